//! A table of text drawn with box characters (the nine-field model), or as a list when the
//! width cannot hold a table.

use unicode_width::UnicodeWidthStr;

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::L10n;
use crate::i18n::Lang;

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
/// Falls back to a list when the width cannot hold a table without cutting many words.
pub fn grid_lines(g: &Grid, width: usize) -> Vec<Line> {
    let ncols = g.columns.len() + 1;
    let borders = ncols + 1;
    let room = width.saturating_sub(borders);
    if ncols < 2 || room < ncols * 8 {
        return grid_as_list(g, width);
    }
    let longest_word = |texts: Vec<&str>| {
        texts
            .iter()
            .flat_map(|x| x.split_whitespace())
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(1)
    };
    let longest: Vec<usize> = std::iter::once(longest_word(g.rows.clone()))
        .chain((0..g.columns.len()).map(|c| {
            longest_word(
                std::iter::once(g.columns[c])
                    .chain(g.cells.iter().filter_map(|r| r.get(c).copied()))
                    .collect(),
            )
        }))
        .collect();
    // A table whose columns are much narrower than their longest words would cut word after
    // word (with hyphens), and one that cuts its row headings loses its picture: a list reads
    // better then. A little cutting in the cells keeps the picture.
    let widths = column_widths(longest.clone(), room);
    if longest.iter().sum::<usize>() * 10 > room * 13 || widths[0] < longest[0] {
        return grid_as_list(g, width);
    }

    let rule = |left: &str, mid: &str, right: &str| {
        let mut s = String::from(left);
        for (i, w) in widths.iter().enumerate() {
            s.push_str(&"─".repeat(*w));
            s.push_str(if i + 1 == widths.len() { right } else { mid });
        }
        Line::of(s, Role::Border)
    };
    let row_lines = |texts: Vec<(&str, Role)>| -> Vec<Line> {
        let wrapped: Vec<Vec<Line>> = texts
            .iter()
            .zip(&widths)
            .map(|((s, role), w)| plain(s, *role, *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (0..height)
            .map(|i| {
                let mut spans = vec![Span::new("│", Role::Border)];
                for (cell, w) in wrapped.iter().zip(&widths) {
                    let line = cell.get(i).cloned().unwrap_or_default();
                    let used = line.width();
                    spans.extend(line.spans);
                    spans.push(Span::new(" ".repeat(w.saturating_sub(used)), Role::Text));
                    spans.push(Span::new("│", Role::Border));
                }
                Line::new(spans)
            })
            .collect()
    };

    let mut out = vec![rule("┌", "┬", "┐")];
    let header = std::iter::once((g.corner, Role::Dim))
        .chain(g.columns.iter().map(|c| (*c, Role::Title)))
        .collect();
    out.extend(row_lines(header));
    for (r, row) in g.rows.iter().enumerate() {
        out.push(rule("├", "┼", "┤"));
        let texts = std::iter::once((*row, Role::Title))
            .chain(
                g.cells
                    .get(r)
                    .into_iter()
                    .flatten()
                    .map(|c| (*c, Role::Text)),
            )
            .collect();
        out.extend(row_lines(texts));
    }
    out.push(rule("└", "┴", "┘"));
    out
}

/// Shares `room` columns out: every column gets its longest word if that fits, and the rest is
/// spread evenly; otherwise each gets its fair share of `room` (and long words break, with a
/// hyphen).
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
        // What the division leaves goes to the last wide columns, a column each.
        let mut spare = (room - small) % big;
        let mut widths: Vec<usize> = longest
            .iter()
            .map(|w| if *w <= fair { *w } else { share })
            .collect();
        for (w, l) in widths.iter_mut().zip(&longest).rev() {
            if spare > 0 && *l > fair {
                *w += 1;
                spare -= 1;
            }
        }
        widths
    }
}

fn grid_as_list(g: &Grid, width: usize) -> Vec<Line> {
    let mut out = Vec::new();
    for (r, row) in g.rows.iter().enumerate() {
        out.extend(plain(row, Role::Title, width));
        for (c, column) in g.columns.iter().enumerate() {
            if let Some(cell) = g.cells.get(r).and_then(|cs| cs.get(c)) {
                let term = format!("{column}: ");
                out.extend(wrap(
                    &[(&term, Role::Dim), (cell, Role::Text)],
                    width,
                    Span::new("  ", Role::Text),
                    Span::new("    ", Role::Text),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_table_becomes_a_list_rather_than_cut_its_words() {
        let g = Grid {
            corner: "",
            columns: vec!["Doelen", "Ontwerp", "Management"],
            rows: vec!["Organisatie", "Medewerkers"],
            cells: vec![
                vec!["Strategie", "Structuur", "Aansturing en leiderschap"],
                vec!["Verwachtingen", "Taken", "Zelfsturing en motivatie"],
            ],
        };
        for width in [30, 46, 90] {
            let text: Vec<String> = grid_lines(&g, width).iter().map(|l| l.text()).collect();
            for word in ["Organisatie", "leiderschap", "Verwachtingen", "Management"] {
                assert!(
                    text.iter().any(|l| l.contains(word)),
                    "{word} whole at {width}: {text:#?}"
                );
            }
        }
        let wide: Vec<String> = grid_lines(&g, 90).iter().map(|l| l.text()).collect();
        assert!(wide[0].starts_with('┌'), "a table where it fits: {wide:#?}");
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
