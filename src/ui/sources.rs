//! The sources screen: who wrote the material this workbook retells.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::{plain, wrap};
use super::{layout, render_text_overlay};
use crate::app::App;
use crate::i18n::Msg;

pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let lang = app.lang;
    let mut out = plain(Msg::SourcesIntro.get(lang), t.text, width);
    for s in &app.content.sources {
        out.push(Line::raw(""));
        let title = s.full_title();
        out.extend(wrap(
            &[(&title, t.title)],
            width,
            Span::styled("■ ", t.accent),
            Span::raw("  "),
        ));
        if !s.authors.is_empty() {
            let authors = format!(
                "{}: {}",
                Msg::SourcesAuthors.get(lang),
                s.authors.join("; ")
            );
            out.extend(wrap(
                &[(&authors, t.text)],
                width,
                Span::raw("  "),
                Span::raw("    "),
            ));
        }
        let published = format!("{}: {}", Msg::SourcesPublisher.get(lang), s.published());
        out.extend(wrap(
            &[(&published, t.text)],
            width,
            Span::raw("  "),
            Span::raw("    "),
        ));
        if let Some(url) = &s.url {
            out.extend(wrap(
                &[(url, t.dim)],
                width,
                Span::raw("  "),
                Span::raw("  "),
            ));
        }
        out.extend(wrap(
            &[(s.about.get(lang), t.dim)],
            width,
            Span::raw("  "),
            Span::raw("  "),
        ));
    }
    out
}

/// The sources' box on a screen of `area`.
fn popup(area: Rect) -> Rect {
    layout::centered(area, 84, area.height.saturating_sub(2))
}

/// How far the sources can scroll on the app's screen, and the height they are shown in.
pub fn max_scroll(app: &App) -> (usize, usize) {
    let inner = layout::inside(popup(app.size.into()));
    let height = usize::from(inner.height);
    let lines = lines(app, usize::from(inner.width)).len();
    (lines.saturating_sub(height), height)
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = popup(area);
    let lines = lines(app, usize::from(layout::inside(popup).width));
    render_text_overlay(app, Msg::SourcesTitle, popup, lines, scroll, buf);
}
