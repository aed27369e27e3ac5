//! The text of one item, as lines of a given width: the material, the reflection questions, the
//! links and the reader's own note. Pure: the same state and width give the same lines.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::text::{plain, wrap};
use crate::app::App;
use crate::content::{Block, ItemRef, L10n, Scope};
use crate::i18n::{Lang, Msg};
use crate::theme::Theme;

/// Builds the lines for the item `r` at `width` columns.
pub fn lines(app: &App, r: ItemRef, width: usize) -> Vec<Line<'static>> {
    let content = app.content;
    let item = content.item(r);
    let lang = app.lang;
    let t = &app.theme;
    let mut out: Vec<Line<'static>> = Vec::new();

    // Label and status.
    let studied = app.workbook.studied(&item.id);
    let mut head = Vec::new();
    if let Some(label) = &item.label {
        head.push(Span::styled(label.get(lang).to_string(), t.dim));
        head.push(Span::styled("  ·  ", t.dim));
    }
    head.push(if studied {
        Span::styled(format!("✓ {}", Msg::Studied.get(lang)), t.info)
    } else {
        Span::styled(format!("○ {}", Msg::NotStudied.get(lang)), t.dim)
    });
    out.push(Line::from(head));
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
    out.push(Line::raw(""));
    out.extend(plain(item.summary.get(lang), t.text, width));

    let mut tip = 0;
    for block in &item.blocks {
        out.push(Line::raw(""));
        match block {
            Block::Text { text } => out.extend(plain(text.get(lang), t.text, width)),
            Block::Tip { title, text } => {
                tip += 1;
                let heading = format!("{} {tip} · {}", Msg::Tip.get(lang), title.get(lang));
                out.extend(plain(&heading, t.heading, width));
                out.extend(plain(text.get(lang), t.text, width));
            }
            Block::List { title, entries } => {
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
                out.extend(grid_lines(
                    corner.as_ref(),
                    columns,
                    rows,
                    cells,
                    width,
                    lang,
                    t,
                ));
            }
            Block::Interventions { scope, entries } => {
                let heading = match scope {
                    Scope::School => Msg::InterventionsSchool,
                    Scope::Partnership => Msg::InterventionsPartnership,
                };
                out.extend(plain(heading.get(lang), t.heading, width));
                for e in entries {
                    out.extend(wrap(
                        &[(e.text.get(lang), t.text)],
                        width,
                        Span::styled("▸ ", t.accent),
                        Span::raw("  "),
                    ));
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

    for link in &item.links {
        if let Some(name) = content.title_of(link, lang) {
            out.push(Line::raw(""));
            out.extend(wrap(
                &[
                    (Msg::SeeAlso.get(lang), t.dim),
                    (": ", t.dim),
                    (&name, t.accent),
                    ("  (g)", t.key),
                ],
                width,
                Span::styled("→ ", t.accent),
                Span::raw("  "),
            ));
        }
    }

    out.push(Line::raw(""));
    out.extend(plain(Msg::YourNote.get(lang), t.heading, width));
    let note = app.workbook.note(&item.id);
    if note.is_empty() {
        out.extend(plain(Msg::NoNote.get(lang), t.dim, width));
    } else {
        out.extend(wrap(
            &[(note, t.note)],
            width,
            Span::styled("✎ ", t.note),
            Span::raw("  "),
        ));
    }
    out
}

/// A table drawn with box characters: row headings down the left, column headings on top.
/// Falls back to a list when the width cannot hold a table.
pub fn grid_lines(
    corner: Option<&L10n>,
    columns: &[L10n],
    rows: &[L10n],
    cells: &[Vec<L10n>],
    width: usize,
    lang: Lang,
    t: &Theme,
) -> Vec<Line<'static>> {
    let ncols = columns.len() + 1;
    let borders = ncols + 1;
    let heading_width = rows.iter().map(|r| r.get(lang).width()).max().unwrap_or(0);
    let room = width.saturating_sub(borders);
    if ncols < 2 || room < ncols * 8 {
        return grid_as_list(columns, rows, cells, width, lang, t);
    }
    let first = heading_width.min(room / ncols).max(8);
    let other = (room - first) / columns.len();
    let widths: Vec<usize> = std::iter::once(first)
        .chain(std::iter::repeat_n(other, columns.len()))
        .collect();

    let rule = |left: &str, mid: &str, right: &str| {
        let mut s = String::from(left);
        for (i, w) in widths.iter().enumerate() {
            s.push_str(&"─".repeat(*w));
            s.push_str(if i + 1 == widths.len() { right } else { mid });
        }
        Line::styled(s, t.border)
    };
    let row_lines = |texts: Vec<(String, Style)>| -> Vec<Line<'static>> {
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
    let header = std::iter::once((
        corner.map(|c| c.get(lang).to_string()).unwrap_or_default(),
        t.dim,
    ))
    .chain(columns.iter().map(|c| (c.get(lang).to_string(), t.title)))
    .collect();
    out.extend(row_lines(header));
    for (r, row) in rows.iter().enumerate() {
        out.push(rule("├", "┼", "┤"));
        let texts = std::iter::once((row.get(lang).to_string(), t.title))
            .chain(
                cells
                    .get(r)
                    .into_iter()
                    .flatten()
                    .map(|c| (c.get(lang).to_string(), t.text)),
            )
            .collect();
        out.extend(row_lines(texts));
    }
    out.push(rule("└", "┴", "┘"));
    out
}

fn grid_as_list(
    columns: &[L10n],
    rows: &[L10n],
    cells: &[Vec<L10n>],
    width: usize,
    lang: Lang,
    t: &Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        out.extend(plain(row.get(lang), t.title, width));
        for (c, column) in columns.iter().enumerate() {
            if let Some(cell) = cells.get(r).and_then(|cs| cs.get(c)) {
                let term = format!("{}: ", column.get(lang));
                out.extend(wrap(
                    &[(&term, t.dim), (cell.get(lang), t.text)],
                    width,
                    Span::raw("  "),
                    Span::raw("    "),
                ));
            }
        }
    }
    out
}
