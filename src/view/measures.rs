//! The comparison in the measures tab: per area, then and now as bars with numbers, the change
//! as an arrow with a number, and the trend over all snapshots. Nothing relies on colour: every
//! value is also written out.

use super::text::truncate;
use super::{Line, Role, Span};
use crate::content::Content;
use crate::data::assess::{area_rows, areas};
use crate::data::{Snapshot, Workbook};
use crate::i18n::{Lang, Msg, number};

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

/// One line of the comparison: text, or a row of values with its trend.
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureRow {
    Text(Line),
    Values {
        line: Line,
        trend: Vec<Option<u64>>,
        max: u64,
    },
}

/// The comparison of now with `baseline`, at `width` columns.
pub fn rows(
    content: &Content,
    workbook: &Workbook,
    baseline: Option<&Snapshot>,
    lang: Lang,
    width: usize,
) -> Vec<MeasureRow> {
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
    if workbook.scored() == 0 && workbook.snapshots.is_empty() {
        out.push(MeasureRow::Text(Line::of(
            Msg::NoScoresYet.get(lang),
            Role::Dim,
        )));
        return out;
    }
    for area in areas(content) {
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
            out.push(MeasureRow::Text(Line::blank()));
        }
        out.push(MeasureRow::Text(Line::of(
            truncate(&heading, width),
            Role::Heading,
        )));
        let col = |s: &str, w: usize| format!("{s:<w$}");
        out.push(MeasureRow::Text(Line::of(
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
            Role::Dim,
        )));
        for row in area_rows(content, &area, workbook, baseline) {
            let value = |v: Option<f64>| {
                format!(
                    "{:<VALUE$}",
                    v.map(|v| number(v, area.averaged, lang))
                        .unwrap_or_default()
                )
            };
            let mut spans = vec![Span::new(
                format!(
                    "{:<w$} ",
                    truncate(row.name.get(lang), name_width),
                    w = name_width
                ),
                Role::Text,
            )];
            if baseline.is_some() {
                spans.push(Span::new(bar(row.then, max), Role::Dim));
                spans.push(Span::new(format!("{} ", value(row.then)), Role::Text));
            } else {
                spans.push(Span::new(" ".repeat(column), Role::Text));
            }
            spans.push(Span::new(bar(row.now, max), Role::Accent));
            spans.push(Span::new(format!("{} ", value(row.now)), Role::Title));
            spans.push(Span::new(
                format!(
                    "{:<DELTA$}  ",
                    change(row.then, row.now, area.averaged, lang)
                ),
                Role::Text,
            ));
            out.push(MeasureRow::Values {
                line: Line::new(spans),
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
