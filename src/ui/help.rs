//! The `?` screen: every binding of the keymap table, grouped by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{layout, render_text_overlay};
use crate::app::App;
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Ctx};

/// The widest keys among the bindings of `ctxs`, in columns.
pub fn key_width(ctxs: &[Ctx], lang: Lang) -> usize {
    ctxs.iter()
        .flat_map(|c| keys::bindings(*c))
        .map(|b| keys::keys_label(b, lang).width())
        .max()
        .unwrap_or(0)
}

/// One line per binding of `ctx`: its keys, padded to `key_width`, then what they do.
pub fn binding_lines(
    ctx: Ctx,
    key_width: usize,
    lang: Lang,
    key: Style,
    text: Style,
) -> Vec<Line<'static>> {
    keys::bindings(ctx)
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<key_width$}  ", keys::keys_label(b, lang)), key),
                Span::styled(b.cmd.describe().get(lang), text),
            ])
        })
        .collect()
}

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
    let key_width = key_width(&ctxs, lang);
    let mut out = Vec::new();
    for &ctx in &ctxs {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(ctx.heading().get(lang), t.heading));
        for mut line in binding_lines(ctx, key_width, lang, t.key, Style::default()) {
            line.spans.insert(0, Span::raw("  "));
            out.push(line);
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
    render_text_overlay(app, Msg::HelpTitle, popup, lines, scroll, buf);
}
