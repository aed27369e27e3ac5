//! The list of a section's items, with group headings and a mark per item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, List, ListItem, ListState, StatefulWidget};
use unicode_width::UnicodeWidthStr;

use super::text::truncate;
use crate::app::{App, Focus, Row};

/// One item's line: studied mark, number (for numbered items), title, note mark.
fn item_line(app: &App, row: &Row, width: usize) -> Line<'static> {
    let t = &app.theme;
    let lang = app.lang;
    match row {
        Row::Header { group } => {
            let section = &app.content.sections[app.tab];
            let title = section.groups[*group]
                .title
                .as_ref()
                .map(|x| x.get(lang))
                .unwrap_or("");
            Line::styled(truncate(title, width), t.heading)
        }
        Row::Item { item: r, .. } => {
            let item = app.content.item(*r);
            let studied = if app.workbook.studied(&item.id) {
                Span::styled("✓ ", t.info)
            } else {
                Span::raw("  ")
            };
            let number = match &item.label {
                Some(_) => format!("{} ", r.item + 1),
                None => String::new(),
            };
            let note = !app.workbook.note(&item.id).is_empty();
            let tail = if note { " ✎" } else { "" };
            let room = width.saturating_sub(2 + number.width() + tail.width());
            Line::from(vec![
                studied,
                Span::styled(number, t.dim),
                Span::raw(truncate(item.title.get(lang), room)),
                Span::styled(tail, t.note),
            ])
        }
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let section = &app.content.sections[app.tab];
    let (done, total) = app.progress(app.tab);
    let focused = app.focus == Focus::List && app.overlay.is_none();
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Line::styled(
            format!(" {} ", section.title.get(app.lang)),
            t.title,
        ))
        .title_bottom(Line::styled(format!(" {done}/{total} ✓ "), t.dim).right_aligned());
    let inner_width = usize::from(area.width.saturating_sub(4));
    let nav = &app.nav[app.tab];
    let rows = &app.rows[app.tab];
    let items: Vec<ListItem> = rows
        .iter()
        .map(|r| ListItem::new(item_line(app, r, inner_width)))
        .collect();
    let selected = rows
        .iter()
        .position(|r| matches!(r, Row::Item { index, .. } if *index == nav.selected));
    let mut state = ListState::default()
        .with_offset(nav.offset)
        .with_selected(selected);
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▸ ")
        .highlight_style(if focused {
            t.selected
        } else {
            t.selected_unfocused
        });
    StatefulWidget::render(list, area, buf, &mut state);
}
