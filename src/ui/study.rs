//! The reading view: the list on the left, the selected item's text on the right, and the note
//! editor below the text while a note is being written.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::{detail, layout, list};
use crate::app::{App, Focus, NoteEditor, Overlay};
use crate::i18n::Msg;

pub fn render(app: &App, s: usize, l: &layout::Study, buf: &mut Buffer) {
    list::render(app, s, l.list, buf);
    let editor = match &app.overlay {
        Some(Overlay::Editor(e)) => Some(e.as_ref()),
        _ => None,
    };
    let (text_area, editor_area) = match editor {
        Some(_) => {
            let [top, bottom] =
                Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)])
                    .areas(l.detail);
            (top, Some(bottom))
        }
        None => (l.detail, None),
    };
    render_text(app, s, text_area, buf);
    if let (Some(e), Some(area)) = (editor, editor_area) {
        render_editor(app, e, area, buf);
    }
}

fn render_text(app: &App, s: usize, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Focus::Detail && app.overlay.is_none();
    super::pane_block(app, focused).render(area, buf);
    // The same column as `layout::Study::detail_inner`, which `update` scrolls by.
    let inner = layout::text_column(area);
    let Some(item) = app.current_item() else {
        let intro = app.content.sections[s].intro.get(app.lang);
        Paragraph::new(intro).render(inner, buf);
        return;
    };
    let lines = detail::lines(app, item, usize::from(inner.width));
    super::render_text_pane(app, lines, app.nav[s].scroll, area, inner, buf);
}

fn render_editor(app: &App, e: &NoteEditor, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let title = app
        .content
        .item_by_id(&e.item)
        .map(|(_, item)| item.title.get(app.lang))
        .unwrap_or("");
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.border_focus)
        .title(Line::styled(
            format!(" ✎ {} · {} ", Msg::EditorTitle.get(app.lang), title),
            t.title,
        ))
        .title_bottom(Line::styled(
            format!(" {} ", Msg::EditorHint.get(app.lang)),
            t.dim,
        ));
    let inner = block.inner(area).inner(Margin::new(1, 0));
    block.render(area, buf);
    Widget::render(&e.area, inner, buf);
}
