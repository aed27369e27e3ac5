//! The `?` screen: every binding of the keymap table, grouped by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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
    // Every place: the shared keys first, then the tab the help was opened on, then the rest.
    // The question at the start of a presentation and the dialog about an unreadable file name
    // their keys where they ask.
    let here = app.tab_ctx();
    let ctxs: Vec<Ctx> = [Ctx::Tabs, here]
        .into_iter()
        .chain(
            keys::ALL_PLACES
                .into_iter()
                .filter(|c| *c != here && !matches!(c, Ctx::Resume | Ctx::Problem)),
        )
        .collect();
    let key_width = ctxs
        .iter()
        .flat_map(|c| keys::bindings(*c))
        .map(|b| keys::keys_label(b, lang).width())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for &ctx in &ctxs {
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

/// The help's box on a screen of `area`, for `lines` lines of text.
fn popup(area: Rect, lines: usize) -> Rect {
    let height = u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
    layout::centered(area, 84, height)
}

/// How far the help can scroll on the app's screen.
pub fn max_scroll(app: &App) -> (usize, usize) {
    let lines = lines(app).len();
    let inner = layout::inside(popup(app.size.into(), lines));
    let height = usize::from(inner.height);
    (lines.saturating_sub(height), height)
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = lines(app);
    let popup = popup(area, lines.len());
    Clear.render(popup, buf);
    overlay_block(
        app,
        Msg::HelpTitle.get(app.lang),
        Msg::HelpClose.get(app.lang),
    )
    .render(popup, buf);
    render_scrolled(app, lines, scroll, layout::inside(popup), buf);
}
