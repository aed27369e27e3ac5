//! The reading view: the list on the left, the selected item's text on the right, and the note
//! editor below the text while a note is being written.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::paint::Palette;
use super::{detail, list};
use crate::app::{App, NoteEditor, Overlay};
use crate::i18n::Msg;
use crate::view::layout;

pub fn render(
    app: &App,
    s: usize,
    l: &layout::Study,
    note: Option<&(Vec<crate::view::Line>, bool)>,
    buf: &mut Buffer,
) {
    list::render(app, s, l.list, buf);
    match app.overlay() {
        Some(Overlay::Editor(e)) => {
            let (text, editor) = layout::with_editor(l.detail);
            detail::render(app, s, text, buf);
            render_editor(app, e, editor, buf);
        }
        _ => detail::render(app, s, l.detail, buf),
    }
    if let (Some(area), Some((lines, more))) = (l.note, note) {
        render_note(app, lines, *more, area, buf);
    }
}

/// The reader's own note under the text: its start, and how to see and change all of it.
fn render_note(app: &App, lines: &[crate::view::Line], more: bool, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let hint = if more {
        Msg::NotePaneMore
    } else {
        Msg::NotePaneEdit
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border)
        .title(Line::styled(
            format!(" ✎ {} ", Msg::YourNote.get(lang)),
            t.note,
        ));
    block.render(area, buf);
    let inner = layout::note_inner(area);
    // A search's words, marked here too when the search opened this item at its note.
    let mut mark = app
        .study()
        .mark()
        .filter(|m| Some(m.item) == app.current_item())
        .map(|m| crate::search::Query::new(&m.query));
    let painted: Vec<Line> = lines
        .iter()
        .map(|l| {
            let painted = super::paint::line(l, t);
            match &mut mark {
                Some(q) => super::paint::marked(
                    painted,
                    &crate::view::mark::positions(q, l),
                    t.style(crate::view::Role::Mark),
                ),
                None => painted,
            }
        })
        .collect();
    Paragraph::new(painted).render(inner, buf);
    let hint_row = Rect {
        y: inner.bottom(),
        height: 1,
        ..inner
    };
    Line::styled(
        crate::view::text::truncate(hint.get(lang), usize::from(hint_row.width)),
        t.dim,
    )
    .render(hint_row, buf);
}

fn render_editor(app: &App, e: &NoteEditor, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let title = app
        .content()
        .item_by_id(e.item())
        .map(|(_, item)| item.title.get(app.lang()))
        .unwrap_or("");
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.border_focus)
        .title(Line::styled(
            format!(
                " {} ",
                crate::view::text::truncate(
                    &format!("✎ {} · {}", Msg::EditorTitle.get(app.lang()), title),
                    usize::from(area.width).saturating_sub(4)
                )
            ),
            t.title,
        ));
    // The keys on the frame when they fit whole; the footer names them too.
    let hint = format!(" {} ", Msg::EditorHint.get(app.lang()));
    let block =
        if unicode_width::UnicodeWidthStr::width(hint.as_str()) + 2 <= usize::from(area.width) {
            block.title_bottom(Line::styled(hint, t.dim))
        } else {
            block
        };
    let inner = block.inner(area).inner(Margin::new(1, 0));
    block.render(area, buf);
    super::form::text_field(app, e.area(), inner, buf);
}
