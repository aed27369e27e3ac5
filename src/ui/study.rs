//! The reading view: the list on the left, the selected item's text on the right, and the note
//! editor below the text while a note is being written.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Widget};

use super::{detail, list};
use crate::app::{App, NoteEditor, Overlay};
use crate::i18n::Msg;
use crate::view::layout;

pub fn render(app: &App, s: usize, l: &layout::Study, buf: &mut Buffer) {
    list::render(app, s, l.list, buf);
    match app.overlay() {
        Some(Overlay::Editor(e)) => {
            let (text, editor) = layout::with_editor(l.detail);
            detail::render(app, s, text, buf);
            render_editor(app, e, editor, buf);
        }
        _ => detail::render(app, s, l.detail, buf),
    }
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
            format!(" ✎ {} · {} ", Msg::EditorTitle.get(app.lang()), title),
            t.title,
        ))
        .title_bottom(Line::styled(
            format!(" {} ", Msg::EditorHint.get(app.lang())),
            t.dim,
        ));
    let inner = block.inner(area).inner(Margin::new(1, 0));
    block.render(area, buf);
    super::form::text_field(app, e.area(), inner, buf);
}
