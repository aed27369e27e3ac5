//! The `?` screen: every binding of the keymap table, grouped by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::{layout, overlay_block, render_scrolled};
use crate::app::App;
use crate::i18n::Msg;
use crate::keys::{self, Ctx};

/// The help text: one heading per context, one line per binding.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let lang = app.lang;
    let ctxs = [
        Ctx::Tabs,
        Ctx::Study,
        Ctx::Measures,
        Ctx::Editor,
        Ctx::Overlay,
    ];
    let key_width = ctxs
        .iter()
        .flat_map(|c| keys::bindings(*c))
        .map(|b| keys::keys_label(b, lang).width())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for ctx in ctxs {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(ctx.heading().get(lang), t.heading));
        for b in keys::bindings(ctx) {
            let label = keys::keys_label(b, lang);
            let pad = " ".repeat(key_width.saturating_sub(label.width()) + 2);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(label, t.key),
                Span::raw(pad),
                Span::raw(b.cmd.describe().get(lang)),
            ]));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::from(vec![
        Span::styled("✓", t.info),
        Span::raw(format!(" {}   ", Msg::Studied.get(lang))),
        Span::styled("✎", t.note),
        Span::raw(format!(" {}", Msg::YourNote.get(lang).to_lowercase())),
    ]));
    out
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = lines(app);
    let height = (lines.len() as u16).saturating_add(2);
    let popup = layout::centered(area, 72, height);
    Clear.render(popup, buf);
    let block = overlay_block(
        app,
        Msg::HelpTitle.get(app.lang),
        Msg::HelpClose.get(app.lang),
    );
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    render_scrolled(app, lines, scroll, inner, buf);
}
