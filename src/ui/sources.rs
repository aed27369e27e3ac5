//! The sources screen (who wrote the material this workbook retells) and the glossary, which
//! the sources screen leads to.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::render_text_overlay;
use crate::app::App;
use crate::i18n::Msg;
use crate::keys::{Cmd, Ctx, label_for};
use crate::view::{glossary, layout, sources};

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::sources_popup(area);
    let lang = app.lang();
    let lines = sources::lines(
        app.content(),
        lang,
        usize::from(layout::inside(popup).width),
    );
    // The way on to the glossary, before the way out.
    let hint = format!(
        "{} {}  ·  {}",
        label_for(Ctx::Overlay, Cmd::Glossary, lang),
        Msg::FooterGlossary.get(lang),
        Msg::HelpClose.get(lang)
    );
    render_text_overlay(app, Msg::SourcesTitle, &hint, popup, &lines, scroll, buf);
}

pub fn render_glossary(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::sources_popup(area);
    let lines = glossary::lines(
        app.content(),
        app.lang(),
        usize::from(layout::inside(popup).width),
    );
    render_text_overlay(
        app,
        Msg::GlossaryTitle,
        Msg::HelpClose.get(app.lang()),
        popup,
        &lines,
        scroll,
        buf,
    );
}
