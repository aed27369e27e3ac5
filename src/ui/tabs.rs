//! The section bar along the top, where [`crate::view::tabs::placed`] puts the tabs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::paint::Palette;
use crate::app::App;
use crate::view::tabs::{placed, right_side};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let right: Vec<Span> = right_side(app.read_only().is_some(), app.lang())
        .into_iter()
        .map(|s| Span::styled(s.text, t.style(s.role)))
        .collect();
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let labels = app.tab_labels();
    let p = placed(&labels, app.tab(), area.width, area.height, right_width);
    for (n, row, x, _) in &p.tabs {
        let style = if *n == app.tab() { t.tab_active } else { t.tab };
        let at = Rect {
            x: area.x + x,
            y: area.y + row,
            width: area.width.saturating_sub(*x),
            height: 1,
        };
        Line::from(Span::styled(labels[*n].clone(), style)).render(at, buf);
    }
    if p.hidden_left {
        Span::styled("‹", t.dim).render(area, buf);
    }
    if p.hidden_right {
        let x = p.tabs.last().map(|(_, _, x, w)| x + w).unwrap_or(1);
        if x < area.width {
            let at = Rect {
                x: area.x + x,
                width: 1,
                height: 1,
                ..area
            };
            Span::styled("›", t.dim).render(at, buf);
        }
    }
    Line::from(right).right_aligned().render(area, buf);
}
