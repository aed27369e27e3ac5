//! Two lists side by side, each in its own source's order, the pairs joined: a solid line where
//! both plainly name the same thing, a dashed one where the pairing is this workbook's reading,
//! with the sentence that says why under it. On a tall screen the lines are drawn (the right
//! list a row lower, so that no two lines share a row); on a small one each entry of the left
//! list points at the number of its partner in the right one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::draw::{Lines, Stroke, text_at, width};
use super::{Look, fit, middle, plain, wrap};
use crate::present::slides::Compare;
use crate::view::Role;
use crate::view::slides::picture_area;

const SAME: &str = "──";
const OURS: &str = "╌╌";

pub(super) fn render(c: &Compare, look: &Look, body: Rect, buf: &mut Buffer) {
    let area = picture_area(body);
    let w = usize::from(area.width);
    let head_text = match &c.title {
        Some(t) => format!("{} · {t}", c.heading),
        None => c.heading.clone(),
    };
    // The heading and the sentence on the pairing that is ours, at a width.
    let framed = |w: usize| -> (Vec<Line<'static>>, Vec<Line<'static>>) {
        let head = plain(&head_text, Role::Heading, w, look);
        let note = match &c.note {
            Some(n) => wrap(
                &[(n, Role::Dim)],
                w,
                (format!("{OURS} "), Role::Accent),
                ("   ".into(), Role::Dim),
                look,
            ),
            None => Vec::new(),
        };
        (head, note)
    };
    let (head, note) = framed(w);
    let n = c.left.entries.len().max(c.right.entries.len()) as u16;
    let drawn_rows = 2 * n;
    let fixed = head.len() as u16 + 2 + note.len() as u16 + 1;
    if fixed + drawn_rows <= area.height && lines_fit(c, area.width) {
        // Heading and note as wide as the drawing, over and under it.
        let (lw, gap, rw) = columns(c, area.width);
        let dw = (lw + gap + rw).max(60).min(area.width);
        let area = Rect {
            x: area.x + (area.width - dw) / 2,
            width: dw,
            ..area
        };
        let (head, note) = framed(usize::from(dw));
        let fixed = head.len() as u16 + 2 + note.len() as u16 + 1;
        let total = fixed + drawn_rows;
        let y0 = area.y + (area.height - total) / 2;
        Paragraph::new(head.clone())
            .style(look.base)
            .render(Rect { y: y0, ..area }, buf);
        let top = y0 + head.len() as u16 + 1;
        drawn(
            c,
            look,
            Rect::new(area.x, top, area.width, drawn_rows + 1),
            buf,
        );
        Paragraph::new(note).style(look.base).render(
            Rect {
                y: top + drawn_rows + 2,
                height: area.bottom().saturating_sub(top + drawn_rows + 2),
                ..area
            },
            buf,
        );
        return;
    }
    let mut lines = head;
    lines.extend(table(c, w, look));
    lines.push(Line::raw(""));
    lines.extend(note);
    fit(&mut lines, area.height);
    let at = middle(area, lines.len());
    Paragraph::new(lines).style(look.base).render(at, buf);
}

/// The link of entry `i` of the left list, if it has one.
fn link_of(c: &Compare, i: usize) -> Option<(usize, bool)> {
    c.pairs
        .iter()
        .find(|p| p.left == i)
        .map(|p| (p.right, p.ours))
}

/// Each left entry with an arrow to the number of its partner, beside the right list.
fn table(c: &Compare, w: usize, look: &Look) -> Vec<Line<'static>> {
    let n = c.left.entries.len().max(c.right.entries.len());
    let lw = c
        .left
        .entries
        .iter()
        .map(|e| e.chars().count())
        .max()
        .unwrap_or(0)
        .max(c.left.title.chars().count().saturating_sub(9))
        + 3;
    let arrow = 10;
    let rw = w.saturating_sub(lw + arrow + 2);
    let cut = |s: &str, k: usize| crate::view::text::truncate(s, k);
    let mut out = vec![Line::from(vec![
        Span::styled(
            format!(
                "{:<width$}",
                cut(&c.left.title, lw + arrow),
                width = lw + arrow
            ),
            look.dim,
        ),
        Span::styled(cut(&c.right.title, rw), look.dim),
    ])];
    for i in 0..n {
        let mut spans = Vec::new();
        match c.left.entries.get(i) {
            Some(e) => {
                spans.push(Span::styled(format!("{} ", i + 1), look.accent));
                spans.push(Span::styled(
                    format!("{:<width$}", cut(e, lw - 3), width = lw - 2),
                    look.title,
                ));
            }
            None => spans.push(Span::raw(" ".repeat(lw))),
        }
        match link_of(c, i) {
            Some((j, ours)) => spans.push(Span::styled(
                format!("{}▶ {:<5}", if ours { OURS } else { SAME }, j + 1),
                if ours { look.dim } else { look.accent },
            )),
            None => spans.push(Span::raw(" ".repeat(arrow))),
        }
        if let Some(e) = c.right.entries.get(i) {
            spans.push(Span::styled(format!("{} ", i + 1), look.accent));
            spans.push(Span::styled(cut(e, rw.saturating_sub(3)), look.title));
        }
        out.push(Line::from(spans));
    }
    out
}

/// The columns of the drawing: the left list, room for the lines, the right list.
fn columns(c: &Compare, total: u16) -> (u16, u16, u16) {
    let lw = c.left.entries.iter().map(|e| width(e)).max().unwrap_or(0) + 2;
    let rw = c.right.entries.iter().map(|e| width(e)).max().unwrap_or(0) + 2;
    let lanes = c.pairs.len() as u16;
    let gap = total.saturating_sub(lw + rw).min(lanes * 4 + 10);
    (lw, gap, rw)
}

fn lines_fit(c: &Compare, total: u16) -> bool {
    let (lw, gap, rw) = columns(c, total);
    gap >= c.pairs.len() as u16 * 2 + 6 && lw + gap + rw <= total
}

/// The two lists with the lines drawn between them.
fn drawn(c: &Compare, look: &Look, area: Rect, buf: &mut Buffer) {
    let (lw, gap, rw) = columns(c, area.width);
    let x0 = area.x + (area.width - (lw + gap + rw)) / 2;
    let (gap_x, right_x) = (x0 + lw, x0 + lw + gap);
    text_at(buf, x0, area.y, &c.left.title, lw + gap / 2, look.dim);
    let rt = width(&c.right.title).min(rw + gap / 2);
    text_at(
        buf,
        (right_x + rw).saturating_sub(rt),
        area.y,
        &c.right.title,
        rt,
        look.dim,
    );
    let left_y = |i: usize| area.y + 1 + 2 * i as u16;
    let right_y = |j: usize| area.y + 2 + 2 * j as u16;
    for (i, e) in c.left.entries.iter().enumerate() {
        let w = width(e);
        text_at(buf, gap_x - 1 - w, left_y(i), e, w, look.title);
    }
    for (j, e) in c.right.entries.iter().enumerate() {
        text_at(buf, right_x + 1, right_y(j), e, rw, look.title);
    }
    // One lane per pair, in the order of where they leave the left list.
    let mut pairs = c.pairs.clone();
    pairs.sort_by_key(|p| p.left);
    let lanes = pairs.len() as u16;
    let first = gap_x + 3;
    let span = gap.saturating_sub(6);
    let mut lines = Lines::default();
    for (k, p) in pairs.iter().enumerate() {
        let lane = if lanes > 1 {
            first + k as u16 * span / (lanes - 1)
        } else {
            first + span / 2
        };
        let (stroke, style) = if p.ours {
            (Stroke::Dashed, look.dim)
        } else {
            (Stroke::Solid, look.accent)
        };
        let (ly, ry) = (left_y(p.left), right_y(p.right));
        lines.horizontal(gap_x, lane, ly, stroke, style);
        lines.vertical(lane, ly, ry, stroke, style);
        lines.horizontal(lane, right_x - 1, ry, stroke, style);
    }
    lines.paint(area, buf);
}
