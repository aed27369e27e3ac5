//! The models as pictures. Each drawing is given the room for the picture and says whether the
//! picture fits there (when it does not, the slide shows the model as a list instead). A picture
//! holds the names; on a wide screen the explanations stand beside it as a legend, except where
//! the boxes hold them (steps, a cycle, a balance).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::Look;
use super::draw::{Lines, Stroke, box_rows, boxed, centred, text_at, width};
use crate::present::slides::{Layer, Model, Point};
use crate::view::Role;

/// Whether the picture keeps the explanations in its own boxes.
pub fn holds_text(model: &Model) -> bool {
    matches!(model, Model::Path(_) | Model::Cycle(_) | Model::Balance(_))
}

/// Draws `model` centred in `area`, if it fits; `caption` is the picture's own word (the
/// classroom, the centre). Nothing is drawn when it does not fit.
pub fn render(
    model: &Model,
    caption: Option<&str>,
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    match model {
        Model::Ladder(points) => ladder(points, look, area, buf),
        Model::Rings(points) => rings(points, look, area, buf),
        Model::Logics(layers) => logics(layers, caption.unwrap_or_default(), look, area, buf),
        Model::Mechanisms { parties, steps } => mechanisms(parties, steps, look, area, buf),
        Model::Domains(points) => domains(points, look, area, buf),
        Model::Balance(points) => balance(points, look, area, buf),
        Model::Flow { up, across, zones } => flow(up, across, zones, look, area, buf),
        Model::Career {
            across,
            down,
            domains,
            stages,
        } => career(across, down, domains, stages, look, area, buf),
        Model::Path(points) => chain(points, false, look, area, buf),
        Model::Cycle(points) => chain(points, true, look, area, buf),
    }
}

/// A rectangle of `w` x `h` centred in `area`.
fn centre_of(area: Rect, w: u16, h: u16) -> Rect {
    Rect {
        x: area.x + area.width.saturating_sub(w) / 2,
        y: area.y + area.height.saturating_sub(h) / 2,
        width: w.min(area.width),
        height: h.min(area.height),
    }
}

/// "1 Tevredenheid": a term with its number.
fn numbered(n: usize, term: &str) -> String {
    format!("{n} {term}")
}

/// Rungs from the bottom up, each a step to the right: the levels climb.
fn ladder(points: &[Point], look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let n = points.len() as u16;
    if n == 0 {
        return false;
    }
    let longest = points
        .iter()
        .enumerate()
        .map(|(i, (t, _))| width(&numbered(i + 1, t)))
        .max()
        .unwrap_or(0);
    let bh: u16 = if area.height >= n * 5 { 5 } else { 3 };
    let bw = (longest + 8).max(area.width / 2).min(area.width);
    if n * bh > area.height || longest + 4 > area.width {
        return false;
    }
    let step = if n > 1 {
        ((area.width - bw) / (n - 1)).min(12)
    } else {
        0
    };
    let total = Rect {
        width: bw + step * (n - 1),
        height: n * bh,
        ..area
    };
    let at = centre_of(area, total.width, total.height);
    let mut lines = Lines::default();
    for (i, (term, _)) in points.iter().enumerate() {
        let i16 = i as u16;
        let r = Rect {
            x: at.x + i16 * step,
            y: at.y + (n - 1 - i16) * bh,
            width: bw,
            height: bh,
        };
        boxed(
            &mut lines,
            r,
            &numbered(i + 1, term),
            None,
            Stroke::Solid,
            look,
            buf,
        );
    }
    lines.paint(area, buf);
    // The way up.
    if at.x >= area.x + 2 {
        for y in at.y..at.bottom() {
            text_at(buf, at.x - 2, y, "│", 1, look.accent);
        }
        text_at(buf, at.x - 2, at.y, "▲", 1, look.accent);
    }
    true
}

/// Rings from the middle out: the first point in the middle.
fn rings(points: &[Point], look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let n = points.len() as u16;
    if n == 0 {
        return false;
    }
    let inner_w = points
        .iter()
        .map(|(t, _)| width(t) + 6)
        .max()
        .unwrap_or(10)
        .max(14);
    let iy: u16 = if area.height >= 3 + 6 * (n - 1) { 3 } else { 2 };
    let spare = area.width.saturating_sub(inner_w);
    let ix = if n > 1 {
        (spare / (2 * (n - 1))).clamp(0, 14)
    } else {
        0
    };
    let need_h = 3 + 2 * iy * (n - 1);
    if ix < inner_w.min(8) / 2 + 2 || need_h > area.height {
        return false;
    }
    let outer = centre_of(area, inner_w + 2 * ix * (n - 1), need_h);
    let mut lines = Lines::default();
    for k in (0..n).rev() {
        let inset_x = ix * (n - 1 - k);
        let inset_y = iy * (n - 1 - k);
        let r = Rect {
            x: outer.x + inset_x,
            y: outer.y + inset_y,
            width: outer.width - 2 * inset_x,
            height: outer.height - 2 * inset_y,
        };
        let stroke = if k == 0 {
            Stroke::Double
        } else {
            Stroke::Solid
        };
        lines.frame(r, stroke, look.theme.border);
        let term = &points[usize::from(k)].0;
        let style = if k == 0 { look.heading } else { look.title };
        let row = if k == 0 { r.y + r.height / 2 } else { r.y + 1 };
        let w = width(term).min(r.width.saturating_sub(2));
        text_at(buf, r.x + (r.width - w) / 2, row, term, w, style);
    }
    lines.paint(area, buf);
    true
}

/// The logics by their distance from the classroom: a column for the classroom, then one per
/// logic, its name above and who holds it below.
fn logics(layers: &[Layer], classroom: &str, look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let n = layers.len() as u16;
    if n == 0 {
        return false;
    }
    let first = (width(classroom) + 4).clamp(9, 16);
    let col = (area.width.saturating_sub(first) / n).min(30);
    if col < 20 {
        return logic_rows(layers, classroom, look, area, buf);
    }
    let inner = col - 3;
    let rows = |l: &Layer| {
        (
            box_rows(&l.name, None, inner),
            box_rows(&l.who, None, inner),
        )
    };
    let top = layers.iter().map(|l| rows(l).0).max().unwrap_or(1);
    let bottom = layers.iter().map(|l| rows(l).1).max().unwrap_or(1);
    let h = top + bottom + 5;
    if h + 2 > area.height {
        return false;
    }
    let total_w = first + col * n + 1;
    let at = centre_of(area, total_w, h + 2);
    let frame = Rect { height: h, ..at };
    let mut lines = Lines::default();
    let border = look.theme.border;
    lines.frame(frame, Stroke::Solid, border);
    let split = frame.y + 1 + top + 1;
    lines.horizontal(
        frame.x + first,
        frame.right() - 1,
        split,
        Stroke::Solid,
        border,
    );
    for k in 0..=n {
        let x = frame.x + first + k * col;
        if k < n || x < frame.right() - 1 {
            lines.vertical(x, frame.y, frame.bottom() - 1, Stroke::Solid, border);
        }
    }
    lines.paint(area, buf);
    centred(
        classroom,
        Role::Heading,
        Rect {
            x: frame.x + 1,
            y: frame.y + 1,
            width: first - 1,
            height: h - 2,
        },
        look,
        buf,
    );
    for (k, l) in layers.iter().enumerate() {
        let x = frame.x + first + k as u16 * col + 2;
        centred(
            &l.name,
            Role::Title,
            Rect {
                x,
                y: frame.y + 1,
                width: inner,
                height: top + 1,
            },
            look,
            buf,
        );
        centred(
            &l.who,
            Role::Accent,
            Rect {
                x,
                y: split + 1,
                width: inner,
                height: bottom + 1,
            },
            look,
            buf,
        );
    }
    // Near to far.
    let arrow_y = frame.bottom() + 1;
    if arrow_y < area.bottom() {
        let x0 = frame.x + first;
        let len = frame.right().saturating_sub(x0 + 1);
        text_at(
            buf,
            x0,
            arrow_y,
            &format!("{}▶", "─".repeat(usize::from(len.saturating_sub(1)))),
            len,
            look.accent,
        );
    }
    true
}

/// The logics one under the other, each further from the classroom: for a narrow screen.
fn logic_rows(
    layers: &[Layer],
    classroom: &str,
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let n = layers.len() as u16;
    let cw = width(classroom) + 4;
    let names = layers
        .iter()
        .enumerate()
        .map(|(k, l)| 2 * (k as u16 + 1) + 1 + width(&l.name))
        .max()
        .unwrap_or(0);
    let whos = layers.iter().map(|l| width(&l.who)).max().unwrap_or(0);
    let stem = cw / 2;
    let total_w = stem + names + 2 + whos;
    let h = 3 + 2 * n - 1;
    if total_w > area.width || h > area.height {
        return false;
    }
    let at = centre_of(area, total_w, h);
    let mut lines = Lines::default();
    let border = look.theme.border;
    let frame = Rect::new(at.x, at.y, cw, 3);
    lines.frame(frame, Stroke::Double, border);
    let x = at.x + stem;
    let last_y = at.y + 3 + 2 * (n - 1);
    lines.vertical(x, at.y + 2, last_y, Stroke::Solid, border);
    for (k, l) in layers.iter().enumerate() {
        let y = at.y + 3 + 2 * k as u16;
        let len = 2 * (k as u16 + 1);
        lines.horizontal(x, x + len, y, Stroke::Solid, border);
        text_at(buf, x + len + 2, y, &l.name, names, look.title);
        text_at(buf, x + names + 2, y, &l.who, whos, look.accent);
    }
    lines.paint(area, buf);
    text_at(buf, at.x + 2, at.y + 1, classroom, cw - 4, look.heading);
    true
}

/// Two parties (school and partner) in four panels: apart, touching, one taking from the
/// other, one new whole.
fn mechanisms(
    parties: &(String, String),
    steps: &[Point],
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let (a, b) = (parties.0.as_str(), parties.1.as_str());
    let aw = width(a) + 4;
    let bw = width(b) + 4;
    let panel_w = (aw + bw + 5).max(
        steps
            .iter()
            .enumerate()
            .map(|(i, (t, _))| width(&numbered(i + 1, t)))
            .max()
            .unwrap_or(0),
    );
    let gap = 4;
    let per_row = if steps.len() as u16 * (panel_w + gap) <= area.width + gap {
        steps.len() as u16
    } else if 2 * (panel_w + gap) <= area.width + gap {
        2
    } else {
        return false;
    };
    if per_row == 0 {
        return false;
    }
    let rows = (steps.len() as u16).div_ceil(per_row);
    let panel_h = 5;
    let total_h = rows * panel_h + rows.saturating_sub(1);
    if total_h > area.height {
        return false;
    }
    let total_w = per_row * panel_w + (per_row - 1) * gap;
    let at = centre_of(area, total_w, total_h);
    let mut lines = Lines::default();
    let border = look.theme.border;
    for (i, (term, _)) in steps.iter().enumerate() {
        let (r, c) = (i as u16 / per_row, i as u16 % per_row);
        let x = at.x + c * (panel_w + gap);
        let y = at.y + r * (panel_h + 1);
        let title = numbered(i + 1, term);
        text_at(buf, x, y, &title, panel_w, look.title);
        let by = y + 2;
        // How far apart the two are, step by step.
        let (bx, arrow) = match i {
            0 => (x + aw + 5, false),
            1 => (x + aw - 1, false),
            2 => (x + aw + 4, true),
            _ => (x, false),
        };
        if i >= 3 {
            let whole = Rect {
                x,
                y: by - 1,
                width: aw + bw + 1,
                height: 3,
            };
            lines.frame(whole, Stroke::Double, border);
            let label = format!("{a} · {b}");
            let w = width(&label).min(whole.width.saturating_sub(2));
            text_at(
                buf,
                whole.x + (whole.width - w) / 2,
                by,
                &label,
                w,
                look.heading,
            );
            continue;
        }
        lines.frame(
            Rect {
                x,
                y: by - 1,
                width: aw,
                height: 3,
            },
            Stroke::Solid,
            border,
        );
        lines.frame(
            Rect {
                x: bx,
                y: by - 1,
                width: bw,
                height: 3,
            },
            Stroke::Solid,
            border,
        );
        text_at(buf, x + 2, by, a, aw - 4, look.text);
        text_at(buf, bx + 2, by, b, bw - 4, look.text);
        if arrow {
            text_at(buf, x + aw, by, " ◀─ ", 4, look.accent);
        }
    }
    lines.paint(area, buf);
    true
}

/// Three domains that overlap, each its own corner of the picture.
fn domains(points: &[Point], look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let [a, b, c] = points else {
        return false;
    };
    let longest = points.iter().map(|(t, _)| width(t)).max().unwrap_or(0);
    // Wide enough that the two top names stand apart.
    let bw = (longest + 8)
        .max(longest * 5 / 3 + 2)
        .max((area.width * 2 / 5).min(40));
    let bh = (bw / 4).clamp(7, 9);
    let shift_x = bw * 3 / 5;
    let shift_y = bh * 5 / 9;
    let (tw, th) = (bw + shift_x, bh + shift_y);
    if tw > area.width || th > area.height || longest + 4 > shift_x + 4 {
        return false;
    }
    let at = centre_of(area, tw, th);
    let boxes = [
        Rect::new(at.x, at.y, bw, bh),
        Rect::new(at.x + shift_x, at.y, bw, bh),
        Rect::new(at.x + shift_x / 2, at.y + shift_y, bw, bh),
    ];
    let mut lines = Lines::default();
    for r in boxes {
        lines.frame(r, Stroke::Solid, look.theme.border);
    }
    lines.paint(area, buf);
    text_at(
        buf,
        boxes[0].x + 2,
        boxes[0].y + 1,
        &a.0,
        shift_x,
        look.title,
    );
    let bwid = width(&b.0);
    text_at(
        buf,
        boxes[1].right().saturating_sub(bwid + 2),
        boxes[1].y + 1,
        &b.0,
        bwid,
        look.title,
    );
    let cw = width(&c.0);
    text_at(
        buf,
        boxes[2].x + (bw.saturating_sub(cw)) / 2,
        boxes[2].bottom() - 2,
        &c.0,
        cw,
        look.title,
    );
    true
}

/// Two pans on a beam, each with its term and text.
fn balance(points: &[Point], look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let [a, b] = points else { return false };
    let bw = ((area.width.saturating_sub(6)) / 2).min(44);
    if bw < 16 {
        return false;
    }
    let inner = bw - 4;
    let bh = box_rows(&a.0, a.1.as_deref(), inner).max(box_rows(&b.0, b.1.as_deref(), inner)) + 2;
    let h = bh + 3;
    if h > area.height {
        return false;
    }
    let tw = 2 * bw + 6;
    let at = centre_of(area, tw, h);
    let left = Rect::new(at.x, at.y, bw, bh);
    let right = Rect::new(at.x + bw + 6, at.y, bw, bh);
    let mut lines = Lines::default();
    boxed(
        &mut lines,
        left,
        &a.0,
        a.1.as_deref(),
        Stroke::Solid,
        look,
        buf,
    );
    boxed(
        &mut lines,
        right,
        &b.0,
        b.1.as_deref(),
        Stroke::Solid,
        look,
        buf,
    );
    let (lx, rx) = (left.x + bw / 2, right.x + bw / 2);
    let beam = left.bottom();
    lines.vertical(
        lx,
        left.bottom() - 1,
        beam,
        Stroke::Solid,
        look.theme.border,
    );
    lines.vertical(
        rx,
        right.bottom() - 1,
        beam,
        Stroke::Solid,
        look.theme.border,
    );
    lines.horizontal(lx, rx, beam, Stroke::Solid, look.theme.border);
    let mid = (lx + rx) / 2;
    lines.vertical(mid, beam, beam + 1, Stroke::Solid, look.theme.border);
    lines.paint(area, buf);
    text_at(buf, mid, beam + 2, "▲", 1, look.accent);
    true
}

/// Challenge up, ability across: too much challenge above the channel, too little below it,
/// flow in it. The zones come in the source's order: too little, too much, flow.
fn flow(
    up: &str,
    across: &str,
    zones: &[Point],
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let [little, much, flow] = zones else {
        return false;
    };
    let w = area.width.min(64);
    let h = area.height.min(16);
    let longest = zones.iter().map(|(t, _)| width(t)).max().unwrap_or(0);
    if h < 10 || w < longest * 2 + 8 {
        return false;
    }
    let at = centre_of(area, w, h);
    let (x0, y0) = (at.x + 1, at.bottom() - 2);
    let (pw, ph) = (w - 2, h - 3);
    let up_label = format!("▲ {up}");
    text_at(buf, at.x, at.y, &up_label, w, look.accent);
    for y in at.y + 1..=y0 {
        text_at(buf, at.x, y, "│", 1, look.accent);
    }
    text_at(buf, at.x, y0, "└", 1, look.accent);
    text_at(
        buf,
        x0,
        y0,
        &"─".repeat(usize::from(pw.saturating_sub(1))),
        pw,
        look.accent,
    );
    let across_label = format!("{across} ▶");
    let aw = width(&across_label);
    text_at(
        buf,
        at.right().saturating_sub(aw),
        y0 + 1,
        &across_label,
        aw,
        look.accent,
    );
    // The channel: two diagonals from the bottom left to the top right.
    let slope = |row: u16| -> u16 { (u32::from(row) * u32::from(pw) / u32::from(ph)) as u16 };
    for r in 0..ph {
        let y = y0 - 1 - r;
        let x = x0 + slope(r);
        for (dx, _) in [(0u16, 0), (6, 1)] {
            let xx = x + dx;
            if xx < at.right() {
                text_at(buf, xx, y, "╱", 1, look.theme.border);
            }
        }
    }
    // The zones.
    text_at(buf, x0 + 2, at.y + 2, &much.0, longest, look.title);
    let lw = width(&little.0);
    text_at(
        buf,
        at.right().saturating_sub(lw + 1),
        y0 - 2,
        &little.0,
        lw,
        look.title,
    );
    let mid = ph / 2;
    let fx = x0 + slope(mid) + 2;
    let fw = width(&flow.0);
    if fx + fw < at.right() {
        text_at(buf, fx + 7, y0 - 1 - mid, &flow.0, fw, look.heading);
    }
    true
}

/// The domains across (breadth), the stages of growth down (depth).
fn career(
    across: &str,
    down: &str,
    domains: &[Point],
    stages: &[String],
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let n = domains.len() as u16;
    if n == 0 {
        return false;
    }
    let left = stages
        .iter()
        .map(|s| width(s))
        .chain([width(down) + 2])
        .max()
        .unwrap_or(0)
        + 3;
    let col = (area.width.saturating_sub(left) / n).min(34);
    if col < 18 {
        return career_stacked(across, down, domains, stages, look, area, buf);
    }
    let inner = col - 5;
    let bh = domains
        .iter()
        .map(|(t, _)| box_rows(t, None, inner))
        .max()
        .unwrap_or(1)
        + 2;
    let h = 2 + bh.max(stages.len() as u16 + 1);
    if h > area.height {
        return false;
    }
    let at = centre_of(area, left + col * n, h);
    let label = format!("{across} ▶");
    text_at(buf, at.x + left, at.y, &label, col * n, look.accent);
    let mut lines = Lines::default();
    for (i, (term, _)) in domains.iter().enumerate() {
        let r = Rect::new(at.x + left + i as u16 * col, at.y + 2, col - 1, bh);
        boxed(&mut lines, r, term, None, Stroke::Solid, look, buf);
    }
    lines.paint(area, buf);
    text_at(buf, at.x, at.y + 2, &format!("▼ {down}"), left, look.accent);
    for (i, s) in stages.iter().enumerate() {
        let y = at.y + 3 + i as u16;
        if y < at.bottom() {
            text_at(buf, at.x, y, "│", 1, look.accent);
            text_at(buf, at.x + 2, y, s, left - 3, look.title);
        }
    }
    true
}

/// The domains side by side, the stages of growth on a line under them: for a narrow screen.
fn career_stacked(
    across: &str,
    down: &str,
    domains: &[Point],
    stages: &[String],
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let n = domains.len() as u16;
    let col = (area.width / n).min(30);
    if col < 14 {
        return false;
    }
    let inner = col - 4;
    let bh = domains
        .iter()
        .map(|(t, _)| box_rows(t, None, inner - 1))
        .max()
        .unwrap_or(1)
        + 2;
    let depth = format!("▼ {down}: {}", stages.join(" › "));
    let depth_lines =
        crate::view::text::plain(&depth, Role::Title, usize::from(col * n)).len() as u16;
    let h = 2 + bh + 1 + depth_lines;
    if h > area.height {
        return false;
    }
    let at = centre_of(area, col * n, h);
    text_at(
        buf,
        at.x,
        at.y,
        &format!("{across} ▶"),
        col * n,
        look.accent,
    );
    let mut lines = Lines::default();
    for (i, (term, _)) in domains.iter().enumerate() {
        let r = Rect::new(at.x + i as u16 * col, at.y + 2, col - 1, bh);
        boxed(&mut lines, r, term, None, Stroke::Solid, look, buf);
    }
    lines.paint(area, buf);
    let below = Rect {
        y: at.y + 2 + bh + 1,
        height: depth_lines,
        ..at
    };
    ratatui::widgets::Widget::render(
        ratatui::widgets::Paragraph::new(super::plain(
            &depth,
            Role::Accent,
            usize::from(at.width),
            look,
        )),
        below,
        buf,
    );
    true
}

/// Steps in boxes joined by arrows: row after row, turning at the end of each (a path), or
/// in two rows that come round again (a cycle).
fn chain(points: &[Point], cycle: bool, look: &Look, area: Rect, buf: &mut Buffer) -> bool {
    let n = points.len();
    if n == 0 {
        return false;
    }
    // A term alone is shown as the box's title; a bare text gets its number.
    let shown: Vec<(String, Option<&str>)> = points
        .iter()
        .enumerate()
        .map(|(i, (term, text))| match text {
            Some(t) => (term.clone(), Some(t.as_str())),
            None => ((i + 1).to_string(), Some(term.as_str())),
        })
        .collect();
    let gap: u16 = 4;
    let choices: Vec<usize> = if cycle {
        vec![n.div_ceil(2)]
    } else {
        (1..=n).rev().collect()
    };
    for per_row in choices {
        let per = per_row as u16;
        let bw = (area.width.saturating_sub(gap * (per - 1) + 2) / per).min(40);
        if bw < 12 {
            continue;
        }
        let bh = shown
            .iter()
            .map(|(t, x)| box_rows(t, *x, bw - 4))
            .max()
            .unwrap_or(1)
            + 2;
        let rows = n.div_ceil(per_row) as u16;
        let total_h = rows * bh + rows.saturating_sub(1) * 2;
        if bh > 9 || total_h > area.height {
            continue;
        }
        let total_w = per * bw + (per - 1) * gap + 2;
        let at = centre_of(area, total_w, total_h);
        let place = |i: usize| -> Rect {
            let r = (i / per_row) as u16;
            let mut c = (i % per_row) as u16;
            // A path turns at the end of each row; a cycle comes back along its second row.
            if r % 2 == 1 {
                c = per - 1 - c;
            }
            Rect::new(at.x + 2 + c * (bw + gap), at.y + r * (bh + 2), bw, bh)
        };
        let mut lines = Lines::default();
        for (i, (term, text)) in shown.iter().enumerate() {
            boxed(&mut lines, place(i), term, *text, Stroke::Solid, look, buf);
        }
        lines.paint(area, buf);
        let mut arrow = |from: Rect, to: Rect| {
            if from.y == to.y {
                let y = from.y + from.height / 2;
                let (x, glyph) = if to.x > from.x {
                    (from.right(), " ──▶")
                } else {
                    (to.right(), "◀── ")
                };
                text_at(buf, x, y, glyph, gap, look.accent);
            } else {
                let x = from.x + from.width / 2;
                let (y, glyph) = if to.y > from.y {
                    (from.bottom(), "▼")
                } else {
                    (to.bottom(), "▲")
                };
                text_at(buf, x, y, "│", 1, look.accent);
                text_at(buf, x, y + 1, glyph, 1, look.accent);
            }
        };
        for i in 1..n {
            arrow(place(i - 1), place(i));
        }
        if cycle && n > 1 {
            // From the last back to the first, along the left.
            let (last, first) = (place(n - 1), place(0));
            let x = at.x;
            for y in first.y + first.height / 2..=last.y + last.height / 2 {
                text_at(buf, x, y, "│", 1, look.accent);
            }
            text_at(buf, x, first.y + first.height / 2, "┌▶", 2, look.accent);
            if rows == 1 {
                return true;
            }
            let y = last.y + last.height / 2;
            text_at(
                buf,
                x + 1,
                y,
                &"─".repeat(usize::from(last.x.saturating_sub(x + 1))),
                last.x.saturating_sub(x + 1),
                look.accent,
            );
            text_at(buf, x, y, "└", 1, look.accent);
        }
        return true;
    }
    false
}
