//! The `?` screen: every binding of the keymap table, grouped by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::render_text_overlay;
use crate::app::App;
use crate::i18n::Msg;
use crate::view::{help, layout};

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = help::lines(app.tab_ctx(), app.lang());
    let popup = layout::help_popup(area, lines.len());
    render_text_overlay(
        app,
        Msg::HelpTitle,
        Msg::HelpClose.get(app.lang()),
        popup,
        &lines,
        scroll,
        buf,
    );
}
