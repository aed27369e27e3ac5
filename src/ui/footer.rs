//! The bottom line: what just happened, or the keys that matter here (from the keymap table).
//! The last hints (help and quit) are kept at the right edge and never cut off; the others
//! fill the space that is left, in table order.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::{App, MessageKind};
use crate::keys::{self, Cmd};
use crate::view::text::truncate;

fn hint(app: &App, b: &keys::Binding) -> Vec<Span<'static>> {
    let word = b.footer.map(|m| m.get(app.lang())).unwrap_or_default();
    vec![
        Span::styled(b.keys[0].label(app.lang()), app.theme().key),
        Span::styled(format!(" {word}  "), app.theme().dim),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    if let Some(m) = &app.message() {
        let (mark, style) = match m.kind {
            MessageKind::Info => ("✓ ", t.info),
            MessageKind::Error => ("! ", t.error),
        };
        let text = truncate(&m.text, usize::from(area.width).saturating_sub(3));
        Line::from(vec![
            Span::raw(" "),
            Span::styled(mark, style),
            Span::styled(text, style),
        ])
        .render(area, buf);
        return;
    }
    // The most specific binding of a command decides whether it is shown (the text pane's
    // Up has no hint where the list's has one).
    let mut seen = Vec::new();
    let (fixed, rest): (Vec<_>, Vec<_>) = keys::active(app.ctx())
        .filter(|b| {
            let first = !seen.contains(&b.cmd);
            seen.push(b.cmd);
            first
        })
        .filter(|b| b.footer.is_some() && app.applies(b.cmd))
        .partition(|b| matches!(b.cmd, Cmd::Help | Cmd::Quit | Cmd::ForceQuit));
    let right: Vec<Span> = fixed.iter().flat_map(|b| hint(app, b)).collect();
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let mut room = usize::from(area.width).saturating_sub(right_width + 1);
    let mut left = vec![Span::raw(" ")];
    for b in rest {
        let spans = hint(app, b);
        let w: usize = spans.iter().map(|s| s.width()).sum();
        if w > room {
            break;
        }
        room -= w;
        left.extend(spans);
    }
    Line::from(left).render(area, buf);
    Line::from(right).right_aligned().render(area, buf);
}
