//! The sources screen: who wrote the material this workbook retells.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::render_text_overlay;
use crate::app::App;
use crate::i18n::Msg;
use crate::view::{layout, sources};

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::sources_popup(area);
    let lines = sources::lines(
        app.content(),
        app.lang(),
        usize::from(layout::inside(popup).width),
    );
    render_text_overlay(
        app,
        Msg::SourcesTitle,
        Msg::HelpClose.get(app.lang()),
        popup,
        &lines,
        scroll,
        buf,
    );
}
