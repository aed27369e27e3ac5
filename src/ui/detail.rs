//! The text of one item, as lines of a given width: the material, the self-assessment, the
//! reflection questions, the links and the reader's own note. Pure: the same state and width
//! give the same lines.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::text::{plain, wrap};
use crate::app::{App, Focus};
use crate::content::{AssessKind, Block, ItemRef, L10n, Scale, Scope};
use crate::i18n::{Lang, Msg};
use crate::theme::Theme;

/// An item's text, with the places of the entries a reader can choose (interventions).
#[derive(Debug, Default)]
pub struct Doc {
    pub lines: Vec<Line<'static>>,
    pub anchors: Vec<Anchor>,
}

/// A choosable entry: what it is, the id it stands for and the lines it takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub kind: AnchorKind,
    pub id: String,
    pub line: usize,
    pub height: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorKind {
    /// An intervention, which `a` turns into an action.
    Intervention,
    /// A link, which `Enter` or `g` follows.
    Link,
    /// A log entry linked to the item, which `Enter` opens in the log.
    Entry,
}

/// Just the lines, for callers that do not choose entries.
pub fn lines(app: &App, r: ItemRef, width: usize) -> Vec<Line<'static>> {
    doc(app, r, width).lines
}

/// "●●●○○" for a value on a scale.
pub fn dots(value: Option<u8>, max: u8) -> String {
    let v = value.unwrap_or(0).min(max);
    "●".repeat(usize::from(v)) + &"○".repeat(usize::from(max - v))
}

/// "●●●○○ 3 · redelijk", or "○○○○○ nog geen score".
fn scored(value: Option<u8>, scale: &Scale, lang: Lang) -> String {
    let label = value
        .and_then(|v| scale.label(v).map(|l| format!("{v} · {}", l.get(lang))))
        .unwrap_or_else(|| Msg::NotRated.get(lang).to_string());
    format!("{} {label}", dots(value, scale.max()))
}

/// Builds the text of the item `r` at `width` columns.
pub fn doc(app: &App, r: ItemRef, width: usize) -> Doc {
    let content = app.content;
    let item = content.item(r);
    let lang = app.lang;
    let t = &app.theme;
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut anchors: Vec<Anchor> = Vec::new();
    let nav = app.nav[r.section];
    let chosen = if app.focus == Focus::Detail {
        nav.cursor
    } else {
        None
    };

    // Label and status.
    let studied = app.workbook.studied(&item.id);
    let group = &content.sections[r.section].groups[r.group];
    let place: Vec<&str> = group
        .title
        .iter()
        .chain(&item.label)
        .map(|x| x.get(lang))
        .collect();
    let place = if place.is_empty() {
        String::new()
    } else {
        format!("{}  ·  ", place.join(" · "))
    };
    let status = if studied {
        (format!("✓ {}", Msg::Studied.get(lang)), t.info)
    } else {
        (format!("○ {}", Msg::NotStudied.get(lang)), t.dim)
    };
    out.extend(wrap(
        &[(&place, t.dim), (&status.0, status.1)],
        width,
        Span::raw(""),
        Span::raw(""),
    ));
    out.extend(plain(item.title.get(lang), t.title, width));
    if let Some(aka) = &item.aka {
        out.extend(wrap(
            &[
                (Msg::AlsoNamed.get(lang), t.dim),
                (": ", t.dim),
                (aka.get(lang), t.dim.add_modifier(Modifier::ITALIC)),
            ],
            width,
            Span::raw(""),
            Span::raw(""),
        ));
    }
    if let Some((kind, scale)) = app.scale_of(r.section) {
        let score = app.workbook.score(&item.id);
        out.push(Line::raw(""));
        match kind {
            AssessKind::Rating => {
                for (msg, value) in [(Msg::Now, score.now), (Msg::Goal, score.goal)] {
                    out.push(Line::from(vec![
                        Span::styled(format!("{:<6}", msg.get(lang)), t.dim),
                        Span::styled(scored(value, scale, lang), t.title),
                    ]));
                }
                out.push(Line::styled(Msg::RateHint.get(lang), t.key));
            }
            AssessKind::Checklist => {
                out.extend(wrap(
                    &[
                        (Msg::YourAnswer.get(lang), t.dim),
                        (": ", t.dim),
                        (&scored(score.now, scale, lang), t.title),
                        ("   ", t.dim),
                        (Msg::AnswerHint.get(lang), t.key),
                    ],
                    width,
                    Span::raw(""),
                    Span::raw("  "),
                ));
                out.extend(plain(&group_summary(app, r, lang), t.dim, width));
            }
        }
    }
    out.push(Line::raw(""));
    out.extend(plain(item.summary.get(lang), t.text, width));

    let mut tip = 0;
    for block in &item.blocks {
        out.push(Line::raw(""));
        match block {
            Block::Text { text, .. } => out.extend(plain(text.get(lang), t.text, width)),
            Block::Tip { title, text, .. } => {
                tip += 1;
                let heading = format!("{} {tip} · {}", Msg::Tip.get(lang), title.get(lang));
                out.extend(plain(&heading, t.heading, width));
                out.extend(plain(text.get(lang), t.text, width));
            }
            Block::List { title, entries, .. } => {
                if let Some(title) = title {
                    out.extend(plain(title.get(lang), t.heading, width));
                }
                for e in entries {
                    let term = e.term.as_ref().map(|x| format!("{}: ", x.get(lang)));
                    out.extend(wrap(
                        &[
                            (term.as_deref().unwrap_or(""), t.title),
                            (e.text.get(lang), t.text),
                        ],
                        width,
                        Span::styled("• ", t.accent),
                        Span::raw("  "),
                    ));
                }
            }
            Block::Grid {
                title,
                corner,
                columns,
                rows,
                cells,
            } => {
                if let Some(title) = title {
                    out.extend(plain(title.get(lang), t.heading, width));
                }
                let grid = Grid::of(corner.as_ref(), columns, rows, cells, lang);
                out.extend(grid_lines(&grid, width, t));
            }
            Block::Interventions { scope, entries } => {
                let heading = match scope {
                    Scope::School => Msg::InterventionsSchool,
                    Scope::Partnership => Msg::InterventionsPartnership,
                };
                out.extend(plain(heading.get(lang), t.heading, width));
                for e in entries {
                    let is_chosen = chosen == Some(anchors.len());
                    let (style, mark) = if is_chosen {
                        (t.selected, "▶ ")
                    } else {
                        (t.text, "▸ ")
                    };
                    let lines = wrap(
                        &[(e.text.get(lang), style)],
                        width,
                        Span::styled(mark, if is_chosen { t.selected } else { t.accent }),
                        Span::styled("  ", style),
                    );
                    anchors.push(Anchor {
                        kind: AnchorKind::Intervention,
                        id: e.id.to_string(),
                        line: out.len(),
                        height: lines.len(),
                    });
                    out.extend(lines);
                }
            }
            Block::Practice { who, text } => {
                let heading = format!("{} · {}", Msg::Practice.get(lang), who.get(lang));
                out.extend(plain(&heading, t.dim, width));
                out.extend(wrap(
                    &[(text.get(lang), t.text.add_modifier(Modifier::ITALIC))],
                    width,
                    Span::styled("│ ", t.dim),
                    Span::styled("│ ", t.dim),
                ));
            }
            // Stub until it is drawn side by side: the two lists one after the other.
            Block::Compare { left, right, .. } => {
                for side in [left, right] {
                    out.extend(plain(side.title.get(lang), t.heading, width));
                    for e in &side.entries {
                        out.extend(wrap(
                            &[(e.get(lang), t.text)],
                            width,
                            Span::styled("• ", t.accent),
                            Span::raw("  "),
                        ));
                    }
                }
            }
        }
    }

    if !item.questions.is_empty() {
        out.push(Line::raw(""));
        out.extend(plain(Msg::Questions.get(lang), t.heading, width));
        for (n, q) in item.questions.iter().enumerate() {
            let number = format!("{}. ", n + 1);
            let pad = " ".repeat(number.width());
            out.extend(wrap(
                &[(q.get(lang), t.text)],
                width,
                Span::styled(number, t.accent),
                Span::raw(pad),
            ));
        }
    }

    if !item.links.is_empty() {
        out.push(Line::raw(""));
    }
    for link in &item.links {
        if let Some(name) = content.title_of(link, lang) {
            let is_chosen = chosen == Some(anchors.len());
            let (name_style, mark) = if is_chosen {
                (t.selected, "▶ ")
            } else {
                (t.accent, "→ ")
            };
            let lines = wrap(
                &[
                    (Msg::SeeAlso.get(lang), t.dim),
                    (": ", t.dim),
                    (&name, name_style),
                ],
                width,
                Span::styled(mark, name_style),
                Span::raw("  "),
            );
            anchors.push(Anchor {
                kind: AnchorKind::Link,
                id: link.clone(),
                line: out.len(),
                height: lines.len(),
            });
            out.extend(lines);
        }
    }

    if let Some(log) = app.loaded_log() {
        const SHOWN: usize = 5;
        let entries: Vec<&crate::data::Entry> = log.linked_to(&item.id).collect();
        if !entries.is_empty() {
            out.push(Line::raw(""));
            out.extend(plain(
                &format!("{} ({})", Msg::LogTab.get(lang), entries.len()),
                t.heading,
                width,
            ));
            let zone = app.clock.zone();
            let today = app.today();
            for e in entries.iter().take(SHOWN) {
                let is_chosen = chosen == Some(anchors.len());
                let style = if is_chosen { t.selected } else { t.text };
                let text = format!(
                    "{} {} {}",
                    crate::clock::date(e.created, &zone, lang),
                    e.mark(today),
                    e.heading()
                );
                let lines = wrap(
                    &[(&text, style)],
                    width,
                    Span::styled(if is_chosen { "▶ " } else { "· " }, style),
                    Span::raw("  "),
                );
                anchors.push(Anchor {
                    kind: AnchorKind::Entry,
                    id: e.id.to_string(),
                    line: out.len(),
                    height: lines.len(),
                });
                out.extend(lines);
            }
            if entries.len() > SHOWN {
                out.extend(plain(
                    &Msg::AndMore
                        .get(lang)
                        .replace("{n}", &(entries.len() - SHOWN).to_string()),
                    t.dim,
                    width,
                ));
            }
        }
    }

    out.push(Line::raw(""));
    out.extend(plain(Msg::YourNote.get(lang), t.heading, width));
    let note = app.workbook.note(&item.id);
    if note.is_empty() {
        out.extend(plain(Msg::NoNote.get(lang), t.dim, width));
    } else {
        // The text shows the start of a very long note: laying out megabytes on every key
        // would make each key cost seconds. The rest is there, in the editor and the export.
        let (shown, rest) = note_start(note);
        out.extend(wrap(
            &[(shown, t.note)],
            width,
            Span::styled("✎ ", t.note),
            Span::raw("  "),
        ));
        if rest > 0 {
            out.extend(plain(
                &Msg::NoteContinues
                    .get(lang)
                    .replace("{kb}", &rest.div_ceil(1024).to_string()),
                t.dim,
                width,
            ));
        }
    }
    Doc {
        lines: out,
        anchors,
    }
}

/// How much of a note the text pane lays out: enough for any note written by hand.
const NOTE_SHOWN: usize = 16 * 1024;

/// The start of `note` that the text pane shows (whole lines, at most [`NOTE_SHOWN`] bytes),
/// and how many bytes are left out.
pub fn note_start(note: &str) -> (&str, usize) {
    if note.len() <= NOTE_SHOWN {
        return (note, 0);
    }
    let mut end = NOTE_SHOWN;
    while !note.is_char_boundary(end) {
        end -= 1;
    }
    let end = note[..end].rfind('\n').unwrap_or(end);
    (&note[..end], note.len() - end)
}

/// For a checklist statement: how its part of the checklist stands, e.g. "Ondersteunende
/// cultuur: 4 van 6 beantwoord · 1× nog in startfase · 3× gedeeltelijk ontwikkeld".
pub fn group_summary(app: &App, r: ItemRef, lang: Lang) -> String {
    let group = &app.content.sections[r.section].groups[r.group];
    let Some((_, scale)) = app.scale_of(r.section) else {
        return String::new();
    };
    let answers: Vec<u8> = group
        .items
        .iter()
        .filter_map(|i| app.workbook.score(&i.id).now)
        .collect();
    let mut parts = vec![format!(
        "{}: {}/{} {}",
        group.title.as_ref().map(|x| x.get(lang)).unwrap_or(""),
        answers.len(),
        group.items.len(),
        Msg::Answered.get(lang)
    )];
    for step in &scale.steps {
        let n = answers.iter().filter(|a| **a == step.value).count();
        if n > 0 {
            parts.push(format!("{n}× {}", step.label.get(lang)));
        }
    }
    parts.join(" · ")
}

/// A table of text: a corner, headings for the columns and rows, and the cells.
pub struct Grid<'a> {
    pub corner: &'a str,
    pub columns: Vec<&'a str>,
    pub rows: Vec<&'a str>,
    /// `cells[row][column]`
    pub cells: Vec<Vec<&'a str>>,
}

impl<'a> Grid<'a> {
    pub fn of(
        corner: Option<&'a L10n>,
        columns: &'a [L10n],
        rows: &'a [L10n],
        cells: &'a [Vec<L10n>],
        lang: Lang,
    ) -> Grid<'a> {
        Grid {
            corner: corner.map(|c| c.get(lang)).unwrap_or(""),
            columns: columns.iter().map(|c| c.get(lang)).collect(),
            rows: rows.iter().map(|r| r.get(lang)).collect(),
            cells: cells
                .iter()
                .map(|r| r.iter().map(|c| c.get(lang)).collect())
                .collect(),
        }
    }
}

/// A table drawn with box characters: row headings down the left, column headings on top.
/// Falls back to a list when the width cannot hold a table.
pub fn grid_lines(g: &Grid, width: usize, t: &Theme) -> Vec<Line<'static>> {
    let ncols = g.columns.len() + 1;
    let borders = ncols + 1;
    let room = width.saturating_sub(borders);
    if ncols < 2 || room < ncols * 8 {
        return grid_as_list(g, width, t);
    }
    let longest_word = |texts: Vec<&str>| {
        texts
            .iter()
            .flat_map(|x| x.split_whitespace())
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(1)
    };
    let widths = column_widths(
        std::iter::once(longest_word(g.rows.clone()))
            .chain((0..g.columns.len()).map(|c| {
                longest_word(
                    std::iter::once(g.columns[c])
                        .chain(g.cells.iter().filter_map(|r| r.get(c).copied()))
                        .collect(),
                )
            }))
            .collect(),
        room,
    );

    let rule = |left: &str, mid: &str, right: &str| {
        let mut s = String::from(left);
        for (i, w) in widths.iter().enumerate() {
            s.push_str(&"─".repeat(*w));
            s.push_str(if i + 1 == widths.len() { right } else { mid });
        }
        Line::styled(s, t.border)
    };
    let row_lines = |texts: Vec<(&str, Style)>| -> Vec<Line<'static>> {
        let wrapped: Vec<Vec<Line<'static>>> = texts
            .iter()
            .zip(&widths)
            .map(|((s, style), w)| plain(s, *style, *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (0..height)
            .map(|i| {
                let mut spans = vec![Span::styled("│", t.border)];
                for (cell, w) in wrapped.iter().zip(&widths) {
                    let line = cell.get(i).cloned().unwrap_or_default();
                    let used = line.width();
                    spans.extend(line.spans);
                    spans.push(Span::raw(" ".repeat(w.saturating_sub(used))));
                    spans.push(Span::styled("│", t.border));
                }
                Line::from(spans)
            })
            .collect()
    };

    let mut out = vec![rule("┌", "┬", "┐")];
    let header = std::iter::once((g.corner, t.dim))
        .chain(g.columns.iter().map(|c| (*c, t.title)))
        .collect();
    out.extend(row_lines(header));
    for (r, row) in g.rows.iter().enumerate() {
        out.push(rule("├", "┼", "┤"));
        let texts = std::iter::once((*row, t.title))
            .chain(g.cells.get(r).into_iter().flatten().map(|c| (*c, t.text)))
            .collect();
        out.extend(row_lines(texts));
    }
    out.push(rule("└", "┴", "┘"));
    out
}

/// Shares `room` columns out: every column gets its longest word if that fits, and the rest is
/// spread evenly; otherwise each gets its fair share of `room` (and long words break).
fn column_widths(longest: Vec<usize>, room: usize) -> Vec<usize> {
    let n = longest.len().max(1);
    let need: usize = longest.iter().sum();
    if need <= room {
        let extra = (room - need) / n;
        longest.iter().map(|w| w + extra).collect()
    } else {
        let fair = room / n;
        // Columns that need less than a fair share give the rest to the others.
        let small: usize = longest.iter().filter(|w| **w <= fair).sum();
        let big = longest.iter().filter(|w| **w > fair).count().max(1);
        let share = (room - small) / big;
        longest
            .iter()
            .map(|w| if *w <= fair { *w } else { share })
            .collect()
    }
}

fn grid_as_list(g: &Grid, width: usize, t: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (r, row) in g.rows.iter().enumerate() {
        out.extend(plain(row, t.title, width));
        for (c, column) in g.columns.iter().enumerate() {
            if let Some(cell) = g.cells.get(r).and_then(|cs| cs.get(c)) {
                let term = format!("{column}: ");
                out.extend(wrap(
                    &[(&term, t.dim), (cell, t.text)],
                    width,
                    Span::raw("  "),
                    Span::raw("    "),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{column_widths, note_start};

    #[test]
    fn only_the_start_of_a_huge_note_is_laid_out() {
        let line = "een regel van een heel lange notitie, met é en 🌱\n";
        let huge = line.repeat(200_000);
        let (shown, rest) = note_start(&huge);
        assert!(
            shown.len() <= 16 * 1024 && shown.ends_with("🌱"),
            "whole lines"
        );
        assert_eq!(shown.len() + rest, huge.len());
        assert_eq!(note_start("kort"), ("kort", 0));
    }

    #[test]
    fn columns_fit_their_longest_word_when_they_can() {
        assert_eq!(
            column_widths(vec![11, 17, 21, 13], 80),
            vec![15, 21, 25, 17]
        );
        let tight = column_widths(vec![11, 17, 21, 13], 54);
        assert!(tight.iter().sum::<usize>() <= 54, "{tight:?}");
        assert_eq!(tight[0], 11, "a short column keeps its width");
    }
}
