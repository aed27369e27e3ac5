//! Drawing pictures with box characters: boxes with text in them, and lines that join where
//! they meet (a line crossing another becomes `┼`, a line ending on a box's edge joins it).
//! Every picture of a model is made of these.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{Look, plain};
use crate::view::Role;

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// This workbook's own reading, not the source's: dashed.
    Dashed,
    /// A box that stands out (the centre of a picture).
    Double,
}

/// Lines on a grid of cells, each cell knowing which way its lines go, so that meeting lines
/// join. Painted in one go at the end.
#[derive(Default)]
pub struct Lines {
    cells: BTreeMap<(u16, u16), (u8, Stroke, Style)>,
}

impl Lines {
    fn add(&mut self, x: u16, y: u16, dirs: u8, stroke: Stroke, style: Style) {
        let e = self.cells.entry((x, y)).or_insert((0, stroke, style));
        e.0 |= dirs;
        // Where a solid line meets a dashed one, the solid one shows.
        if stroke == Stroke::Solid {
            e.1 = Stroke::Solid;
        }
    }

    /// A horizontal line from `x0` to `x1` (either order) at row `y`.
    pub fn horizontal(&mut self, x0: u16, x1: u16, y: u16, stroke: Stroke, style: Style) {
        let (a, b) = (x0.min(x1), x0.max(x1));
        for x in a..=b {
            let mut d = 0;
            if x > a {
                d |= LEFT;
            }
            if x < b {
                d |= RIGHT;
            }
            self.add(x, y, d, stroke, style);
        }
    }

    /// A vertical line from `y0` to `y1` (either order) at column `x`.
    pub fn vertical(&mut self, x: u16, y0: u16, y1: u16, stroke: Stroke, style: Style) {
        let (a, b) = (y0.min(y1), y0.max(y1));
        for y in a..=b {
            let mut d = 0;
            if y > a {
                d |= UP;
            }
            if y < b {
                d |= DOWN;
            }
            self.add(x, y, d, stroke, style);
        }
    }

    /// The edges of a box.
    pub fn frame(&mut self, r: Rect, stroke: Stroke, style: Style) {
        if r.width < 2 || r.height < 2 {
            return;
        }
        let (x1, y1) = (r.right() - 1, r.bottom() - 1);
        self.horizontal(r.x, x1, r.y, stroke, style);
        self.horizontal(r.x, x1, y1, stroke, style);
        self.vertical(r.x, r.y, y1, stroke, style);
        self.vertical(x1, r.y, y1, stroke, style);
    }

    /// Paints every line, within `clip`.
    pub fn paint(&self, clip: Rect, buf: &mut Buffer) {
        for (&(x, y), &(dirs, stroke, style)) in &self.cells {
            if x < clip.x || y < clip.y || x >= clip.right() || y >= clip.bottom() {
                continue;
            }
            buf[(x, y)]
                .set_symbol(symbol(dirs, stroke))
                .set_style(style);
        }
    }
}

fn symbol(dirs: u8, stroke: Stroke) -> &'static str {
    let h = dirs & (LEFT | RIGHT) != 0;
    let v = dirs & (UP | DOWN) != 0;
    match stroke {
        Stroke::Dashed if h && !v => return "╌",
        Stroke::Dashed if v && !h => return "┆",
        Stroke::Double => {
            return match dirs {
                d if d == DOWN | RIGHT => "╔",
                d if d == DOWN | LEFT => "╗",
                d if d == UP | RIGHT => "╚",
                d if d == UP | LEFT => "╝",
                d if d & (UP | DOWN) == 0 => "═",
                d if d & (LEFT | RIGHT) == 0 => "║",
                _ => "╬",
            };
        }
        _ => {}
    }
    match dirs {
        0 => " ",
        d if d == LEFT || d == RIGHT || d == LEFT | RIGHT => "─",
        d if d == UP || d == DOWN || d == UP | DOWN => "│",
        d if d == DOWN | RIGHT => "┌",
        d if d == DOWN | LEFT => "┐",
        d if d == UP | RIGHT => "└",
        d if d == UP | LEFT => "┘",
        d if d == UP | DOWN | RIGHT => "├",
        d if d == UP | DOWN | LEFT => "┤",
        d if d == LEFT | RIGHT | DOWN => "┬",
        d if d == LEFT | RIGHT | UP => "┴",
        _ => "┼",
    }
}

/// Text wrapped and centred in `r` (both ways), in one role.
pub fn centred(text: &str, role: Role, r: Rect, look: &Look, buf: &mut Buffer) {
    if r.width == 0 || r.height == 0 {
        return;
    }
    let lines: Vec<Line> = plain(text, role, usize::from(r.width), look)
        .into_iter()
        .map(Line::centered)
        .collect();
    let n = (lines.len() as u16).min(r.height);
    let at = Rect {
        y: r.y + (r.height - n) / 2,
        height: n,
        ..r
    };
    Paragraph::new(lines).render(at, buf);
}

/// Lines in a box: the term first (bold), then the text, wrapped to the inside, centred.
/// How many rows the inside needs at `width` columns.
pub fn box_rows(term: &str, text: Option<&str>, width: u16) -> u16 {
    let w = usize::from(width.max(1));
    let mut n = crate::view::text::plain(term, Role::Title, w).len();
    if let Some(t) = text {
        n += crate::view::text::plain(t, Role::Text, w).len();
    }
    n as u16
}

/// A box with a term and, when given, a text under it, everything centred in its inside. The
/// frame is drawn by `lines` (so that lines can join it); the text here.
pub fn boxed(
    lines: &mut Lines,
    r: Rect,
    term: &str,
    text: Option<&str>,
    stroke: Stroke,
    look: &Look,
    buf: &mut Buffer,
) {
    lines.frame(r, stroke, look.theme.border);
    let inside = Rect {
        x: r.x + 2,
        y: r.y + 1,
        width: r.width.saturating_sub(4),
        height: r.height.saturating_sub(2),
    };
    if inside.width == 0 || inside.height == 0 {
        return;
    }
    let w = usize::from(inside.width);
    let mut content: Vec<Line> = plain(term, Role::Title, w, look);
    if let Some(t) = text {
        content.extend(plain(t, Role::Text, w, look));
    }
    let content: Vec<Line> = content.into_iter().map(Line::centered).collect();
    let n = (content.len() as u16).min(inside.height);
    let at = Rect {
        y: inside.y + (inside.height - n) / 2,
        height: n,
        ..inside
    };
    Paragraph::new(content).render(at, buf);
}

/// A string at a place, cut to `max` columns.
pub fn text_at(buf: &mut Buffer, x: u16, y: u16, text: &str, max: u16, style: Style) {
    if max == 0 {
        return;
    }
    buf.set_stringn(x, y, text, usize::from(max), style);
}

/// The width of a text in columns.
pub fn width(text: &str) -> u16 {
    text.width() as u16
}
