//! The overview of the seven keys: on a roomy screen seven boxes around what they are for
//! (four above, three below, lines to the middle), on a small one a numbered list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::draw::{Lines, Stroke, box_rows, boxed, centred};
use super::{Look, fit, middle, plain, wrap};
use crate::view::Role;
use crate::view::slides::{content_area, picture_area};

pub(super) fn render(
    heading: &str,
    centre: &str,
    keys: &[(String, String)],
    look: &Look,
    body: Rect,
    buf: &mut Buffer,
) {
    if !drawing(heading, centre, keys, look, picture_area(body), buf) {
        let area = content_area(body);
        let width = usize::from(area.width);
        let mut lines = plain(heading, Role::Heading, width, look);
        lines.extend(plain(centre, Role::Dim, width, look));
        lines.push(Line::raw(""));
        for (n, (label, title)) in keys.iter().enumerate() {
            let mark = format!("{}. ", n + 1);
            let pad = " ".repeat(mark.len());
            lines.extend(wrap(
                &[(title, Role::Title), (" · ", Role::Dim), (label, Role::Dim)],
                width,
                (mark, Role::Accent),
                (pad, Role::Text),
                look,
            ));
        }
        fit(&mut lines, area.height);
        let at = middle(area, lines.len());
        Paragraph::new(lines).style(look.base).render(at, buf);
    }
}

/// Four boxes above, the centre, three below; `false` when that does not fit.
fn drawing(
    heading: &str,
    centre: &str,
    keys: &[(String, String)],
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    if keys.len() != 7 {
        return false;
    }
    let gap = 2;
    let bw = ((area.width.saturating_sub(3 * gap)) / 4).min(40);
    if bw < 20 {
        return false;
    }
    let inner = bw - 4;
    let bh = keys
        .iter()
        .map(|(label, title)| box_rows(label, Some(title), inner))
        .max()
        .unwrap_or(1)
        + 2;
    let head = plain(heading, Role::Heading, usize::from(area.width), look).len() as u16;
    let ch = 3;
    let link: u16 = if area.height >= 40 { 4 } else { 2 };
    let total = head + 1 + bh + link + ch + link + bh;
    if total > area.height || bh > 8 {
        return false;
    }
    let width = 4 * bw + 3 * gap;
    let x0 = area.x + (area.width - width) / 2;
    let y0 = area.y + (area.height - total) / 2;
    let lines_head: Vec<Line> = plain(heading, Role::Heading, usize::from(area.width), look)
        .into_iter()
        .map(Line::centered)
        .collect();
    Paragraph::new(lines_head).style(look.base).render(
        Rect {
            y: y0,
            height: head,
            ..area
        },
        buf,
    );
    let top = y0 + head + 1;
    let mid = top + bh + link;
    let bottom = mid + ch + link;
    let centre_box = Rect::new(x0 + bw / 2, mid, width - bw, ch);
    let mut lines = Lines::default();
    let border = look.theme.border;
    lines.frame(centre_box, Stroke::Double, border);
    for (i, (label, title)) in keys.iter().enumerate() {
        let r = if i < 4 {
            Rect::new(x0 + i as u16 * (bw + gap), top, bw, bh)
        } else {
            // The last three between the first four, under the centre.
            let j = (i - 4) as u16;
            Rect::new(x0 + bw / 2 + gap / 2 + j * (bw + gap), bottom, bw, bh)
        };
        boxed(&mut lines, r, label, Some(title), Stroke::Solid, look, buf);
        // The lines meet the centre inside its edges.
        let x = (r.x + bw / 2).clamp(centre_box.x + 3, centre_box.right() - 4);
        if i < 4 {
            lines.vertical(x, r.bottom() - 1, mid, Stroke::Solid, border);
        } else {
            lines.vertical(x, centre_box.bottom() - 1, r.y, Stroke::Solid, border);
        }
    }
    lines.paint(area, buf);
    centred(
        centre,
        Role::Heading,
        Rect {
            x: centre_box.x + 2,
            y: centre_box.y + 1,
            width: centre_box.width - 4,
            height: 1,
        },
        look,
        buf,
    );
    true
}
