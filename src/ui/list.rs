//! The list of a section: its introduction, group headings and items with their marks, laid
//! out by [`crate::view::list`] (an item on up to two lines, the chosen one in full).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{ListItem, ListState, StatefulWidget};

use super::paint;
use crate::app::{App, Focus, ListRow};
use crate::view::list::{Marks, row_lines};
use crate::view::text::truncate;

fn marks(app: &App, section: usize, row: &ListRow) -> Marks {
    let w = app.workbook();
    match row {
        ListRow::Intro => Marks::default(),
        ListRow::Header { group } => Marks {
            answered: app.content().sections[section].groups[*group]
                .items
                .iter()
                .filter(|i| w.score(&i.id).now.is_some())
                .count(),
            ..Marks::default()
        },
        ListRow::Item { item, .. } => {
            let id = &app.content().item(*item).id;
            Marks {
                studied: w.studied(id),
                note: !w.note(id).is_empty(),
                now: w.score(id).now,
                answered: 0,
            }
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
    // Within the frame, less the mark of the chosen row: as `App::list_fit` measures it.
    let width = usize::from(area.width.saturating_sub(4));
    let place = app.study().place(s);
    let rows = app.study().rows(s);
    let selected = rows
        .iter()
        .position(|r| r.entry() == Some(place.selected()));
    let items: Vec<ListItem> = rows
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let lines = row_lines(
                app.content(),
                s,
                (*r).into(),
                app.lang(),
                width,
                selected == Some(n),
                marks(app, s, r),
            );
            ListItem::new(Text::from(
                lines.iter().map(|l| paint::line(l, t)).collect::<Vec<_>>(),
            ))
        })
        .collect();
    let mut state = ListState::default()
        .with_offset(place.offset())
        .with_selected(selected);
    let list = super::chooser(app, items, block, focused);
    StatefulWidget::render(list, area, buf, &mut state);
}
