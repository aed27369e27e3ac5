//! The measures tab: the snapshots on the left (the chosen one is the baseline), and on the
//! right the comparison laid out by [`crate::view::measures`], with the trend over all
//! snapshots as a sparkline. Nothing relies on colour: every value is also written out.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, ListState, Paragraph, Sparkline, StatefulWidget, Widget, Wrap};

use super::paint;
use crate::app::App;
use crate::i18n::{self, Msg};
use crate::view::layout;
use crate::view::measures::{MeasureRow, rows};

fn render_snapshots(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let block = super::pane_block(app, true).title(Line::styled(
        format!(" {} ", Msg::MeasuresTitle.get(lang)),
        t.title,
    ));
    let snapshots = &app.workbook().snapshots;
    if snapshots.is_empty() {
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        Paragraph::new(Msg::MeasuresNone.get(lang))
            .style(t.dim)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let zone = app.zone().clone();
    let items: Vec<ListItem> = snapshots
        .iter()
        .rev()
        .map(|s| {
            ListItem::new(Line::from(vec![
                Span::raw(i18n::date_time(s.taken, &zone, lang)),
                Span::styled(format!("  {}", i18n::scores(s.scores.len(), lang)), t.dim),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.measures().selected()));
    let list = super::chooser(app, items, block, true);
    StatefulWidget::render(list, area, buf, &mut state);
}

pub fn render(app: &App, l: &layout::Study, buf: &mut Buffer) {
    let t = app.theme();
    render_snapshots(app, l.list, buf);
    let title = match app.baseline() {
        Some(s) => format!(
            " {} {} ",
            Msg::ComparedWith.get(app.lang()),
            i18n::date_time(s.taken, &app.zone().clone(), app.lang())
        ),
        None => format!(" {} ", Msg::CurrentOnly.get(app.lang())),
    };
    let block = super::pane_block(app, false).title(Line::styled(title, t.title));
    let inner = layout::inside(l.detail);
    block.render(l.detail, buf);
    let width = usize::from(inner.width);
    let rows = rows(
        app.content(),
        app.workbook(),
        app.baseline(),
        app.lang(),
        width,
    );
    let height = usize::from(inner.height);
    let scroll = app
        .measures()
        .scroll()
        .min(rows.len().saturating_sub(height));
    for (y, row) in rows.iter().skip(scroll).take(height).enumerate() {
        let at = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        match row {
            MeasureRow::Text(line) => paint::line(line, t).render(at, buf),
            MeasureRow::Values { line, trend, max } => {
                let used = line.width() as u16;
                paint::line(line, t).render(at, buf);
                let spark = Rect {
                    x: at.x + used,
                    width: at.width.saturating_sub(used).min(trend.len() as u16),
                    ..at
                };
                Sparkline::default()
                    .data(trend.iter().copied())
                    .max(*max)
                    .absent_value_symbol("·")
                    .style(t.accent)
                    .render(spark, buf);
            }
        }
    }
}
