//! The team's scans on slides: the spread of the answers per row, the highlights, the files
//! left out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Look, fit, middle, plain, wrap};
use crate::i18n::{Lang, Msg};
use crate::present::team::{TeamArea, TeamSlide};
use crate::view::Role;
use crate::view::text::truncate;

/// " 3 ███" for a count: the number, then a bar scaled to the team size.
fn count_bar(count: usize, people: usize, cells: usize) -> String {
    let filled = if people == 0 {
        0
    } else {
        (count * cells).div_ceil(people).min(cells)
    };
    format!(
        "{count:>2} {}{}",
        "█".repeat(filled),
        " ".repeat(cells - filled)
    )
}

fn render_spread(
    area_data: &TeamArea,
    people: usize,
    look: &Look,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let steps = area_data.scale.len();
    let mut lines = plain(&area_data.title, Role::Heading, width, look);
    let scale = area_data.scale.join("  ·  ");
    lines.extend(plain(&scale, Role::Dim, width, look));
    lines.push(Line::raw(""));
    let median_w = 8;
    let cell = ((width.saturating_sub(median_w)) * 3 / 5 / steps.max(1)).clamp(6, 10);
    let bar_cells = cell.saturating_sub(4).max(1);
    let name_w = width.saturating_sub(cell * steps + median_w + 1).max(8);
    let mut head = vec![Span::raw(" ".repeat(name_w + 1))];
    for s in 1..=steps {
        head.push(Span::styled(
            format!("{s:>2}{:<w$}", "", w = cell - 2),
            look.dim,
        ));
    }
    head.push(Span::styled(Msg::TeamMedian.get(lang), look.dim));
    lines.push(Line::from(head));
    for row in &area_data.rows {
        let mut spans = vec![Span::styled(
            format!("{:<name_w$} ", truncate(&row.name, name_w)),
            look.title,
        )];
        for c in &row.counts {
            spans.push(Span::styled(
                format!("{:<cell$}", count_bar(*c, people, bar_cells)),
                look.accent,
            ));
        }
        spans.push(Span::styled(row.median_text(lang), look.title));
        lines.push(Line::from(spans));
    }
    fit(&mut lines, area.height);
    Paragraph::new(lines).style(look.base).render(area, buf);
}

pub(super) fn render(team: &TeamSlide, look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    match team {
        TeamSlide::Spread { area: a, people } => render_spread(a, *people, look, lang, area, buf),
        TeamSlide::Highlights { well, focus, rubs } => {
            let mut lines = Vec::new();
            let sections = crate::present::team::highlight_lists(well, focus, rubs, lang);
            for (msg, rows) in sections {
                lines.extend(plain(msg.get(lang), Role::Heading, width, look));
                if rows.is_empty() {
                    lines.extend(plain(Msg::TeamNoAnswers.get(lang), Role::Dim, width, look));
                }
                for r in rows {
                    lines.extend(wrap(
                        &[(&r, Role::Text)],
                        width,
                        ("• ".into(), Role::Accent),
                        ("  ".into(), Role::Text),
                        look,
                    ));
                }
                lines.push(Line::raw(""));
            }
            lines.extend(plain(Msg::TeamRule.get(lang), Role::Dim, width, look));
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
        TeamSlide::Skipped(files) => {
            let mut lines = plain(Msg::TeamSkipped.get(lang), Role::Heading, width, look);
            lines.push(Line::raw(""));
            for s in files {
                // The file's name only: a projector never shows where things are kept.
                let name = std::path::Path::new(&s.file)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                lines.extend(wrap(
                    &[
                        (&name, Role::Title),
                        (": ", Role::Dim),
                        (&s.why, Role::Text),
                    ],
                    width,
                    ("• ".into(), Role::Accent),
                    ("  ".into(), Role::Text),
                    look,
                ));
            }
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_scale_to_the_team() {
        assert_eq!(count_bar(3, 6, 4), " 3 ██  ");
        assert_eq!(count_bar(0, 6, 4), " 0     ");
        assert_eq!(count_bar(12, 12, 4), "12 ████");
    }
}
