//! The list of a section's items, with group headings and a mark per item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, ListState, StatefulWidget};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus, ListRow};
use crate::content::AssessKind;
use crate::view::item::dots;
use crate::view::text::truncate;

/// One item's line: studied mark, number (for numbered items), title, note mark, and the
/// score where the section has one. A checklist part's heading shows how much is answered.
fn item_line(app: &App, section: usize, row: &ListRow, width: usize) -> Line<'static> {
    let t = app.theme();
    let lang = app.lang();
    let scale = app.scale_of(section);
    match row {
        ListRow::Intro => Line::from(vec![
            Span::raw("  "),
            Span::styled(crate::i18n::Msg::IntroRow.get(lang), t.accent),
        ]),
        ListRow::Header { group } => {
            let group = &app.content().sections[section].groups[*group];
            let title = group.title.as_ref().map(|x| x.get(lang)).unwrap_or("");
            let count = match scale {
                Some((AssessKind::Checklist, _)) => {
                    let answered = group
                        .items
                        .iter()
                        .filter(|i| app.workbook().score(&i.id).now.is_some())
                        .count();
                    format!(" {answered}/{}", group.items.len())
                }
                _ => String::new(),
            };
            let room = width.saturating_sub(count.width());
            Line::from(vec![
                Span::styled(truncate(title, room), t.heading),
                Span::styled(count, t.dim),
            ])
        }
        ListRow::Item { item: r, .. } => {
            let item = app.content().item(*r);
            let studied = if app.workbook().studied(&item.id) {
                Span::styled("✓ ", t.info)
            } else {
                Span::raw("  ")
            };
            let number = match &item.label {
                Some(_) => format!("{} ", r.item + 1),
                None => String::new(),
            };
            let note = !app.workbook().note(&item.id).is_empty();
            let tail = if note { " ✎" } else { "" };
            let score = match scale {
                Some((_, scale)) => {
                    format!(" {}", dots(app.workbook().score(&item.id).now, scale.max()))
                }
                None => String::new(),
            };
            let room = width.saturating_sub(2 + number.width() + tail.width() + score.width());
            let title = truncate(item.title.get(lang), room);
            let pad = " ".repeat(room.saturating_sub(title.width()));
            Line::from(vec![
                studied,
                Span::styled(number, t.dim),
                Span::raw(title),
                Span::styled(tail, t.note),
                Span::raw(pad),
                Span::styled(score, t.accent),
            ])
        }
    }
}

pub fn render(app: &App, s: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let section = &app.content().sections[s];
    let (done, total) = app.progress(s);
    let focused = app.study().focus() == Focus::List && app.overlay().is_none();
    let block = super::pane_block(app, focused)
        .title(Line::styled(
            format!(
                " {} ",
                truncate(
                    section.title.get(app.lang()),
                    usize::from(area.width).saturating_sub(4)
                )
            ),
            t.title,
        ))
        .title_bottom(Line::styled(format!(" {done}/{total} ✓ "), t.dim).right_aligned());
    let inner_width = usize::from(area.width.saturating_sub(4));
    let place = app.study().place(s);
    let rows = app.study().rows(s);
    let items: Vec<ListItem> = rows
        .iter()
        .map(|r| ListItem::new(item_line(app, s, r, inner_width)))
        .collect();
    let selected = rows
        .iter()
        .position(|r| r.entry() == Some(place.selected()));
    let mut state = ListState::default()
        .with_offset(place.offset())
        .with_selected(selected);
    let list = super::chooser(app, items, block, focused);
    StatefulWidget::render(list, area, buf, &mut state);
}
