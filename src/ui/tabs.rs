//! The section bar along the top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::i18n::Msg;

/// The label of the tab for section `s`: its number key and short name.
fn label(app: &App, s: usize) -> String {
    let key = if s == 9 { 0 } else { s + 1 };
    format!(" {key} {} ", app.content.sections[s].tab.get(app.lang))
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
    let mut right = vec![Span::styled(
        format!(" {} ", app.lang.code().to_uppercase()),
        t.dim,
    )];
    if app.read_only.is_some() {
        right.insert(
            0,
            Span::styled(format!(" {} ", Msg::ReadOnlyBadge.get(app.lang)), t.error),
        );
    }
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let name = format!(" {} ", Msg::AppName.get(app.lang));
    let room = usize::from(area.width).saturating_sub(right_width + name.width() + 2);

    let labels: Vec<String> = (0..app.content.sections.len())
        .map(|s| label(app, s))
        .collect();
    let widths: Vec<usize> = labels.iter().map(|l| l.width()).collect();
    let first = first_visible(&widths, app.tab, room);

    let mut spans = vec![Span::styled(name, t.title)];
    if first > 0 {
        spans.push(Span::styled("‹", t.dim));
    } else {
        spans.push(Span::raw(" "));
    }
    let mut used = 0;
    let mut cut = false;
    for (s, l) in labels.iter().enumerate().skip(first) {
        if used + widths[s] > room {
            cut = true;
            break;
        }
        used += widths[s];
        let style = if s == app.tab { t.tab_active } else { t.tab };
        spans.push(Span::styled(l.clone(), style));
    }
    spans.push(Span::styled(if cut { "›" } else { " " }, t.dim));
    Line::from(spans).render(area, buf);
    let right = Line::from(right).right_aligned();
    right.render(area, buf);
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
