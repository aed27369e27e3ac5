//! Painting laid-out text: each [`Role`] gets its look from a palette (the theme, or the
//! presentation's own high-contrast look).

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::theme::Theme;
use crate::view::{self, Role};

/// A look for every role.
pub trait Palette {
    fn style(&self, role: Role) -> Style;
}

impl Palette for Theme {
    fn style(&self, role: Role) -> Style {
        match role {
            Role::Text => self.text,
            Role::TextItalic => self.text.add_modifier(Modifier::ITALIC),
            Role::Dim => self.dim,
            Role::DimItalic => self.dim.add_modifier(Modifier::ITALIC),
            Role::Heading => self.heading,
            Role::Title => self.title,
            Role::Accent => self.accent,
            Role::Key => self.key,
            Role::Info => self.info,
            Role::Error => self.error,
            Role::Note => self.note,
            Role::Border => self.border,
            Role::Mark => self.mark,
            Role::Chosen => self.selected,
            Role::Action => self.action,
        }
    }
}

/// One line, painted.
pub fn line(l: &view::Line, p: &impl Palette) -> Line<'static> {
    Line::from(
        l.spans
            .iter()
            .map(|s| Span::styled(s.text.clone(), p.style(s.role)))
            .collect::<Vec<_>>(),
    )
}

/// Lines, painted.
pub fn lines(ls: &[view::Line], p: &impl Palette) -> Vec<Line<'static>> {
    ls.iter().map(|l| line(l, p)).collect()
}

/// One line of a chosen entry: all in `chosen`, its mark (the first span of its first line)
/// turned into `mark`.
pub fn chosen(l: &view::Line, first: bool, mark: &str, chosen: Style) -> Line<'static> {
    Line::from(
        l.spans
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let text = if first && i == 0 && s.width() == 2 {
                    mark.to_string()
                } else {
                    s.text.clone()
                };
                Span::styled(text, chosen)
            })
            .collect::<Vec<_>>(),
    )
}

/// A painted line with the characters at `positions` (sorted) in `mark` laid over their own
/// look: a search's words in a text.
pub fn marked(l: Line<'static>, positions: &[usize], mark: Style) -> Line<'static> {
    if positions.is_empty() {
        return l;
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut at = 0;
    for span in l.spans {
        let mut run = String::new();
        let mut run_marked = false;
        for c in span.content.chars() {
            let m = positions.binary_search(&at).is_ok();
            if m != run_marked && !run.is_empty() {
                let style = if run_marked {
                    span.style.patch(mark)
                } else {
                    span.style
                };
                spans.push(Span::styled(std::mem::take(&mut run), style));
            }
            run_marked = m;
            run.push(c);
            at += 1;
        }
        if !run.is_empty() {
            let style = if run_marked {
                span.style.patch(mark)
            } else {
                span.style
            };
            spans.push(Span::styled(run, style));
        }
    }
    Line::from(spans).style(l.style)
}
