//! The measures tab: the snapshots on the left (the chosen one is the baseline), and on the
//! right, per area, then and now as bars with numbers, the change as an arrow with a number, and
//! the trend over all snapshots as a sparkline. Nothing relies on colour: every value is also
//! written out.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, ListState, Paragraph, Sparkline, StatefulWidget, Widget, Wrap};

use super::layout;
use super::text::truncate;
use crate::app::{App, area_rows, areas};
use crate::clock;
use crate::i18n::{self, Lang, Msg, number};

const BAR: usize = 5;
const VALUE: usize = 4;
const DELTA: usize = 7;
/// Room kept for the trend column (and its heading).
const TREND: usize = 8;

/// A bar of `BAR` cells in eighths: "███▌░".
pub fn bar(v: Option<f64>, max: f64) -> String {
    let Some(v) = v else {
        return " ".repeat(BAR);
    };
    bar_of(v, max)
}

fn bar_of(v: f64, max: f64) -> String {
    let eighths = ((v / max) * (BAR * 8) as f64)
        .round()
        .clamp(0.0, (BAR * 8) as f64) as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
    }
    let used = s.chars().count();
    s + &"░".repeat(BAR - used)
}

/// "↑ +2", "↓ -0,5", "= 0", or nothing when either side is missing.
pub fn change(then: Option<f64>, now: Option<f64>, averaged: bool, lang: Lang) -> String {
    match (then, now) {
        (Some(a), Some(b)) => {
            let d = b - a;
            if d.abs() < 0.05 {
                "= 0".into()
            } else if d > 0.0 {
                format!("↑ +{}", number(d, averaged, lang))
            } else {
                format!("↓ -{}", number(-d, averaged, lang))
            }
        }
        _ => String::new(),
    }
}

/// One line on the right: text, or a row of values with its trend.
enum Row {
    Text(Line<'static>),
    Values {
        line: Line<'static>,
        trend: Vec<Option<u64>>,
        max: u64,
    },
}

fn rows(app: &App, width: usize) -> Vec<Row> {
    let t = &app.theme;
    let lang = app.lang;
    let baseline = app.baseline();
    // Narrow screens drop the bars; the numbers, arrows and trend say the same.
    let bar_width = if width >= 64 { BAR + 1 } else { 0 };
    let bar = |v: Option<f64>, max: f64| {
        if bar_width == 0 {
            String::new()
        } else {
            format!("{} ", bar(v, max))
        }
    };
    let column = bar_width + VALUE + 1;
    let name_width = width
        .saturating_sub(2 * column + DELTA + 2 + TREND + 1)
        .clamp(10, 28);
    let mut out = Vec::new();
    if app.workbook.scored() == 0 && app.workbook.snapshots.is_empty() {
        out.push(Row::Text(Line::styled(Msg::NoScoresYet.get(lang), t.dim)));
        return out;
    }
    for area in areas(app.content) {
        let max = f64::from(area.scale.max());
        let heading = if area.averaged {
            format!(
                "{} (1-{}, {})",
                area.title.get(lang),
                area.scale.max(),
                Msg::Average.get(lang)
            )
        } else {
            format!("{} (1-{})", area.title.get(lang), area.scale.max())
        };
        if !out.is_empty() {
            out.push(Row::Text(Line::raw("")));
        }
        out.push(Row::Text(Line::styled(
            truncate(&heading, width),
            t.heading,
        )));
        let col = |s: &str, w: usize| format!("{s:<w$}");
        out.push(Row::Text(Line::styled(
            format!(
                "{}{}{}{}  {}",
                col("", name_width + 1),
                col(
                    if baseline.is_some() {
                        Msg::Then.get(lang)
                    } else {
                        ""
                    },
                    column
                ),
                col(Msg::MeasuresNow.get(lang), column),
                col("", DELTA),
                Msg::Trend.get(lang)
            ),
            t.dim,
        )));
        for row in area_rows(app.content, &area, &app.workbook, baseline) {
            let value = |v: Option<f64>| {
                format!(
                    "{:<VALUE$}",
                    v.map(|v| number(v, area.averaged, lang))
                        .unwrap_or_default()
                )
            };
            let mut spans = vec![Span::raw(format!(
                "{:<w$} ",
                truncate(row.name.get(lang), name_width),
                w = name_width
            ))];
            if baseline.is_some() {
                spans.push(Span::styled(bar(row.then, max), t.dim));
                spans.push(Span::raw(format!("{} ", value(row.then))));
            } else {
                spans.push(Span::raw(" ".repeat(column)));
            }
            spans.push(Span::styled(bar(row.now, max), t.accent));
            spans.push(Span::styled(format!("{} ", value(row.now)), t.title));
            spans.push(Span::raw(format!(
                "{:<DELTA$}  ",
                change(row.then, row.now, area.averaged, lang)
            )));
            out.push(Row::Values {
                line: Line::from(spans),
                trend: row
                    .trend
                    .iter()
                    .map(|v| v.map(|x| (x * 10.0).round() as u64))
                    .collect(),
                max: u64::from(area.scale.max()) * 10,
            });
        }
    }
    out
}

fn render_snapshots(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let lang = app.lang;
    let block = super::pane_block(app, true).title(Line::styled(
        format!(" {} ", Msg::MeasuresTitle.get(lang)),
        t.title,
    ));
    let snapshots = &app.workbook.snapshots;
    if snapshots.is_empty() {
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        Paragraph::new(Msg::MeasuresNone.get(lang))
            .style(t.dim)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let zone = app.clock.zone();
    let items: Vec<ListItem> = snapshots
        .iter()
        .rev()
        .map(|s| {
            ListItem::new(Line::from(vec![
                Span::raw(clock::date_time(s.taken, &zone, lang)),
                Span::styled(format!("  {}", i18n::scores(s.scores.len(), lang)), t.dim),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.measures.selected));
    let list = super::chooser(app, items, block, true);
    StatefulWidget::render(list, area, buf, &mut state);
}

/// How far the comparison can scroll on the app's screen, and the height it is shown in.
pub fn max_scroll(app: &App) -> (usize, usize) {
    let inner = layout::inside(app.layout().detail);
    let height = usize::from(inner.height);
    let rows = rows(app, usize::from(inner.width)).len();
    (rows.saturating_sub(height), height)
}

pub fn render(app: &App, l: &layout::Study, buf: &mut Buffer) {
    let t = &app.theme;
    render_snapshots(app, l.list, buf);
    let title = match app.baseline() {
        Some(s) => format!(
            " {} {} ",
            Msg::ComparedWith.get(app.lang),
            clock::date_time(s.taken, &app.clock.zone(), app.lang)
        ),
        None => format!(" {} ", Msg::CurrentOnly.get(app.lang)),
    };
    let block = super::pane_block(app, false).title(Line::styled(title, t.title));
    let inner = layout::inside(l.detail);
    block.render(l.detail, buf);
    let width = usize::from(inner.width);
    let rows = rows(app, width);
    let height = usize::from(inner.height);
    let scroll = app.measures.scroll.min(rows.len().saturating_sub(height));
    for (y, row) in rows.iter().skip(scroll).take(height).enumerate() {
        let at = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        match row {
            Row::Text(line) => line.clone().render(at, buf),
            Row::Values { line, trend, max } => {
                let used = line.width() as u16;
                line.clone().render(at, buf);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_grow_in_eighths_and_always_fill_their_width() {
        assert_eq!(bar(Some(5.0), 5.0), "█████");
        assert_eq!(bar(Some(0.0), 5.0), "░░░░░");
        assert_eq!(bar(Some(2.0), 5.0), "██░░░");
        assert_eq!(bar(Some(1.5), 3.0), "██▌░░");
        assert_eq!(bar(None, 5.0), "     ");
        for v in 0..=30 {
            assert_eq!(bar(Some(f64::from(v) / 10.0), 3.0).chars().count(), BAR);
        }
    }

    #[test]
    fn change_is_written_not_only_drawn() {
        assert_eq!(change(Some(2.0), Some(4.0), false, Lang::Nl), "↑ +2");
        assert_eq!(change(Some(2.5), Some(2.0), true, Lang::Nl), "↓ -0,5");
        assert_eq!(change(Some(2.5), Some(2.0), true, Lang::En), "↓ -0.5");
        assert_eq!(change(Some(3.0), Some(3.0), false, Lang::Nl), "= 0");
        assert_eq!(change(None, Some(3.0), false, Lang::Nl), "");
    }
}
