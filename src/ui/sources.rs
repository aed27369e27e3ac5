//! The sources screen: who wrote the material this workbook retells.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::text::{plain, wrap};
use super::{layout, overlay_block, render_scrolled};
use crate::app::App;
use crate::i18n::Msg;

pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let lang = app.lang;
    let mut out = plain(Msg::SourcesIntro.get(lang), t.text, width);
    for s in &app.content.sources {
        out.push(Line::raw(""));
        let title = match &s.subtitle {
            Some(sub) => format!("{}: {}", s.title, sub),
            None => s.title.to_string(),
        };
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
        let published = match s.year {
            Some(year) => format!(
                "{}: {}, {year}",
                Msg::SourcesPublisher.get(lang),
                s.publisher
            ),
            None => format!("{}: {}", Msg::SourcesPublisher.get(lang), s.publisher),
        };
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

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = layout::centered(area, 84, area.height.saturating_sub(2));
    Clear.render(popup, buf);
    let block = overlay_block(
        app,
        Msg::SourcesTitle.get(app.lang),
        Msg::HelpClose.get(app.lang),
    );
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let lines = lines(app, usize::from(inner.width));
    render_scrolled(app, lines, scroll, inner, buf);
}
