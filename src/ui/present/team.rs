//! The team's scans on slides: the spread of the answers per row, the highlights, the files
//! left out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Look, fit, middle, plain, wrap};
use crate::i18n::{Lang, Msg};
use crate::present::Presenter;
use crate::present::team::{TeamArea, TeamSlide};
use crate::view::Role;
use crate::view::slides as geo;
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
    page: usize,
    look: &Look,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let steps = area_data.scale.len();
    let cols = geo::team_columns(steps, width);
    let pages = geo::team_pages(area_data, width, usize::from(area.height));
    let rows = pages
        .get(page.min(pages.len().saturating_sub(1)))
        .cloned()
        .unwrap_or(0..0);
    let mut title = area_data.title.clone();
    if pages.len() > 1 {
        title = format!(
            "{title} ({}/{})",
            page.min(pages.len() - 1) + 1,
            pages.len()
        );
    }
    let mut lines = plain(&title, Role::Heading, width, look);
    let scale = area_data.scale.join("  ·  ");
    lines.extend(plain(&scale, Role::Dim, width, look));
    lines.push(Line::raw(""));
    let mut head = vec![Span::raw(" ".repeat(cols.name + 1))];
    for s in 1..=steps {
        head.push(Span::styled(
            format!("{s:>2}{:<w$}", "", w = cols.cell - 2),
            look.dim,
        ));
    }
    head.push(Span::styled(
        format!("{:>w$} ", "n", w = cols.answered - 1),
        look.dim,
    ));
    head.push(Span::styled(Msg::TeamMedian.get(lang), look.dim));
    lines.push(Line::from(head));
    for row in &area_data.rows[rows] {
        let names = geo::team_name_lines(&row.name, &cols);
        for (k, name) in names.iter().enumerate() {
            let mut spans = vec![Span::styled(
                format!("{:<w$} ", name, w = cols.name),
                look.title,
            )];
            if k == 0 {
                for c in &row.counts {
                    spans.push(Span::styled(
                        format!("{:<w$}", count_bar(*c, people, cols.bar), w = cols.cell),
                        look.accent,
                    ));
                }
                spans.push(Span::styled(
                    format!("{:>w$} ", row.answers(), w = cols.answered - 1),
                    look.text,
                ));
                spans.push(Span::styled(row.median_text(lang), look.title));
            }
            lines.push(Line::from(spans));
        }
    }
    fit(&mut lines, area.height);
    Paragraph::new(lines).style(look.base).render(area, buf);
}

pub(super) fn render(
    team: &TeamSlide,
    p: &Presenter,
    look: &Look,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    match team {
        TeamSlide::Spread { area: a, people } => {
            render_spread(a, *people, p.page, look, lang, area, buf)
        }
        TeamSlide::Names { names, unnamed } => {
            let mut lines = plain(Msg::TeamNames.get(lang), Role::Heading, width, look);
            lines.push(Line::raw(""));
            if p.hide_names {
                lines.extend(plain(
                    Msg::TeamNamesHidden.get(lang),
                    Role::Dim,
                    width,
                    look,
                ));
            } else {
                // As many columns as the names need and the width gives.
                let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 4;
                let per = (width / longest.max(1)).clamp(1, 4);
                let rows = names.len().div_ceil(per);
                for r in 0..rows {
                    let mut spans = Vec::new();
                    for c in 0..per {
                        if let Some(n) = names.get(c * rows + r) {
                            spans.push(Span::styled("• ", look.accent));
                            spans.push(Span::styled(
                                format!("{:<w$}", truncate(n, longest - 4), w = longest - 2),
                                look.title,
                            ));
                        }
                    }
                    lines.push(Line::from(spans));
                }
            }
            if *unnamed > 0 {
                lines.push(Line::raw(""));
                lines.extend(plain(
                    &Msg::TeamUnnamed
                        .get(lang)
                        .replace("{n}", &unnamed.to_string()),
                    Role::Text,
                    width,
                    look,
                ));
            }
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
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
