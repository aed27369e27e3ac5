//! Where a slide goes on the screen, shared by the drawing and by the app (which must know how
//! many pages a team's part takes to step through them): margins that grow with the screen, a
//! readable line length for text, more room for pictures and tables.

use std::ops::Range;

use ratatui::layout::{Margin, Rect};

use crate::present::team::TeamArea;

/// The longest line of text on a slide.
pub const MAX_LINE: usize = 76;

/// The slide and the footer line under it.
pub fn frame(area: Rect, footer: bool) -> (Rect, Rect) {
    let rows = u16::from(footer).min(area.height);
    (
        Rect {
            height: area.height - rows,
            ..area
        },
        Rect {
            y: area.bottom() - rows,
            height: rows,
            ..area
        },
    )
}

/// A column in the middle of `area`: side margins of a `side`th of the width, top and bottom
/// margins of a twelfth of the height, at most `max` wide.
pub fn column(area: Rect, side: u16, max: u16) -> Rect {
    let h = (area.width / side).max(2);
    let v = (area.height / 12).max(1);
    let inner = area.inner(Margin::new(h, v));
    let width = inner.width.min(max);
    Rect {
        x: inner.x + (inner.width - width) / 2,
        width,
        ..inner
    }
}

/// The area for a slide's text: margins all round, and no wider than a readable line.
pub fn content_area(body: Rect) -> Rect {
    column(body, 12, MAX_LINE as u16)
}

/// For tables: narrower side margins, up to 160 columns.
pub fn wide_area(body: Rect) -> Rect {
    column(body, 24, 160)
}

/// For pictures: as much of the screen as reads well.
pub fn picture_area(body: Rect) -> Rect {
    column(body, 24, 200)
}

/// Two columns of a list fit beside each other, each a readable line at most.
pub fn two_columns(body: Rect) -> Option<(Rect, Rect)> {
    let wide = column(body, 24, 2 * MAX_LINE as u16 + 6);
    if wide.width < 2 * 56 + 6 {
        return None;
    }
    let w = (wide.width - 6) / 2;
    Some((
        Rect { width: w, ..wide },
        Rect {
            x: wide.x + w + 6,
            width: w,
            ..wide
        },
    ))
}

/// How a team's table is laid out at a width: the statement's column, a cell per step (a
/// count and a bar), how many answered, the median.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamColumns {
    pub name: usize,
    pub cell: usize,
    pub bar: usize,
    pub answered: usize,
    pub median: usize,
}

pub fn team_columns(steps: usize, width: usize) -> TeamColumns {
    let answered = 5;
    let median = 8;
    let cell = ((width.saturating_sub(answered + median)) * 2 / 5 / steps.max(1)).clamp(6, 10);
    let name = width
        .saturating_sub(cell * steps + answered + median + 1)
        .max(12);
    TeamColumns {
        name,
        cell,
        bar: cell.saturating_sub(4).max(1),
        answered,
        median,
    }
}

/// The lines a statement takes in its column.
pub fn team_name_lines(name: &str, columns: &TeamColumns) -> Vec<String> {
    super::text::plain(name, super::Role::Title, columns.name)
        .iter()
        .map(super::Line::text)
        .collect()
}

/// The lines above the rows of a team's slide at `width`: the title, the scale, a blank, the
/// column heads.
pub fn team_head_lines(area: &TeamArea, width: usize) -> usize {
    let title = super::text::plain(&area.title, super::Role::Heading, width).len();
    let scale = super::text::plain(&area.scale.join("  ·  "), super::Role::Dim, width).len();
    title + scale + 2
}

/// The rows of a team's part on each page at `width` x `height`: all on one page when they fit,
/// else as many pages as they need, none split.
pub fn team_pages(area: &TeamArea, width: usize, height: usize) -> Vec<Range<usize>> {
    let columns = team_columns(area.scale.len(), width);
    let room = height
        .saturating_sub(team_head_lines(area, width) + 1)
        .max(1);
    let heights: Vec<usize> = area
        .rows
        .iter()
        .map(|row| team_name_lines(&row.name, &columns).len().max(1))
        .collect();
    let fill = |budget: usize| {
        let mut pages = Vec::new();
        let mut start = 0;
        let mut used = 0;
        for (i, h) in heights.iter().enumerate() {
            if used > 0 && used + h > budget {
                pages.push(start..i);
                start = i;
                used = 0;
            }
            used += h;
        }
        pages.push(start..heights.len());
        pages
    };
    // As few pages as the screen needs, with the rows spread evenly over them (six rows in two
    // pages are three and three, not five and one).
    let fewest = fill(room).len();
    let total: usize = heights.iter().sum();
    let tallest = heights.iter().copied().max().unwrap_or(1);
    let mut budget = total.div_ceil(fewest).max(tallest).min(room);
    loop {
        let pages = fill(budget);
        if pages.len() <= fewest || budget >= room {
            return pages;
        }
        budget += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_column_is_capped_and_centred() {
        let a = content_area(Rect::new(0, 0, 250, 70));
        assert_eq!(usize::from(a.width), MAX_LINE);
        assert_eq!(a.x, (250 - MAX_LINE as u16) / 2);
        let small = content_area(Rect::new(0, 0, 80, 24));
        assert!(small.width <= 80 - 2 * 6 && small.height <= 24 - 2);
        assert_eq!(two_columns(Rect::new(0, 0, 80, 24)), None);
        let (l, r) = two_columns(Rect::new(0, 0, 220, 54)).unwrap();
        assert!(usize::from(l.width) <= MAX_LINE && r.x > l.right());
    }
}
