//! The section bar along the top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Tab};
use crate::i18n::Msg;

/// The label of tab `n`: its number key and short name.
fn label(app: &App, n: usize) -> String {
    let key = if n == 9 { 0 } else { n + 1 };
    let name = match app.tabs[n] {
        Tab::Section(s) => app.content.sections[s].tab.get(app.lang),
        Tab::Measures => Msg::MeasuresTab.get(app.lang),
        Tab::Log => Msg::LogTab.get(app.lang),
    };
    format!(" {key} {name} ")
}

/// The labels of all tabs.
fn labels(app: &App) -> Vec<String> {
    (0..app.tabs.len()).map(|n| label(app, n)).collect()
}

/// Columns the right side of the bar takes: read-only badge and language.
fn right_side(app: &App) -> Vec<Span<'static>> {
    let t = &app.theme;
    let mut right = Vec::new();
    if app.read_only.is_some() {
        right.push(Span::styled(
            format!(" {} ", Msg::ReadOnlyBadge.get(app.lang)),
            t.error,
        ));
    }
    right.push(Span::styled(
        format!(" {} ", app.lang.code().to_uppercase()),
        t.dim,
    ));
    right
}

/// How many rows the bar needs on a screen of `width` x `height`: one when every tab fits,
/// two when they do not and the screen is tall enough to spare a row, else one row that
/// scrolls to keep the active tab in view.
pub fn rows_needed(app: &App, width: u16, height: u16) -> u16 {
    let total: usize = labels(app).iter().map(|l| l.width()).sum();
    let right: usize = right_side(app).iter().map(|s| s.width()).sum();
    if total + right + 2 <= usize::from(width) || height < 24 {
        1
    } else {
        2
    }
}

/// The first tab to show so that the active one fits in `width` columns.
fn first_visible(widths: &[usize], active: usize, width: usize) -> usize {
    let mut first = 0;
    while first < active && widths[first..=active].iter().sum::<usize>() > width {
        first += 1;
    }
    first
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let right = right_side(app);
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let room = usize::from(area.width).saturating_sub(right_width + 2);
    let labels = labels(app);
    let widths: Vec<usize> = labels.iter().map(|l| l.width()).collect();
    let tab = |n: usize| {
        let style = if n == app.tab { t.tab_active } else { t.tab };
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
        let first = first_visible(&widths, app.tab, room);
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

#[cfg(test)]
mod tests {
    use super::first_visible;

    #[test]
    fn the_active_tab_is_always_in_view() {
        let widths = [10, 10, 10, 10, 10];
        assert_eq!(first_visible(&widths, 0, 25), 0);
        assert_eq!(first_visible(&widths, 4, 25), 3);
        assert_eq!(first_visible(&widths, 2, 100), 0);
    }
}
