//! The section bar along the top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::paint::Palette;
use crate::app::App;
use crate::view::tabs::{first_visible, right_side};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let right: Vec<Span> = right_side(app.read_only().is_some(), app.lang())
        .into_iter()
        .map(|s| Span::styled(s.text, t.style(s.role)))
        .collect();
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let room = usize::from(area.width).saturating_sub(right_width + 2);
    let labels = app.tab_labels();
    let widths: Vec<usize> = labels.iter().map(|l| l.width()).collect();
    let tab = |n: usize| {
        let style = if n == app.tab() { t.tab_active } else { t.tab };
        Span::styled(labels[n].clone(), style)
    };

    if area.height >= 2 {
        // Wrapped: as many tabs as fit on the first row, the rest on the second.
        let mut used = 0;
        let split = widths
            .iter()
            .position(|w| {
                used += w;
                used > room
            })
            .unwrap_or(labels.len());
        let first: Vec<Span> = std::iter::once(Span::raw(" "))
            .chain((0..split).map(tab))
            .collect();
        let second: Vec<Span> = std::iter::once(Span::raw(" "))
            .chain((split..labels.len()).map(tab))
            .collect();
        Line::from(first).render(area, buf);
        Line::from(second).render(
            Rect {
                y: area.y + 1,
                height: 1,
                ..area
            },
            buf,
        );
    } else {
        // One row: scroll so the active tab is in view, with marks where tabs are hidden.
        let first = first_visible(&widths, app.tab(), room);
        let mut spans = vec![Span::styled(if first > 0 { "‹" } else { " " }, t.dim)];
        let mut used = 0;
        let mut cut = false;
        for (n, w) in widths.iter().enumerate().skip(first) {
            if used + w > room {
                cut = true;
                break;
            }
            used += w;
            spans.push(tab(n));
        }
        spans.push(Span::styled(if cut { "›" } else { " " }, t.dim));
        Line::from(spans).render(area, buf);
    }
    Line::from(right).right_aligned().render(area, buf);
}
