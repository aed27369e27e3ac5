//! The `m` screen: the last messages, newest first, each with its time and mark, in full.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::render_text_overlay;
use crate::app::App;
use crate::i18n::Msg;
use crate::view::layout;

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let width = layout::inside(layout::messages_popup(area, 0)).width;
    let lines = app.messages_doc(usize::from(width));
    let popup = layout::messages_popup(area, lines.len());
    render_text_overlay(
        app,
        Msg::MessagesTitle,
        Msg::MessagesClose.get(app.lang()),
        popup,
        &lines,
        scroll,
        buf,
    );
}
