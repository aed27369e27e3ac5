//! The comparison in the measures tab: per area, then and now as bars with numbers, the change
//! as an arrow with a number, and the trend over all snapshots. Nothing relies on colour: every
//! value is also written out.

use jiff::tz::TimeZone;
use unicode_width::UnicodeWidthStr;

use super::text::{plain, truncate};
use super::{Line, Role, Span};
use crate::content::Content;
use crate::data::assess::{Why, area_rows, areas};
use crate::data::{Snapshot, Workbook};
use crate::i18n::{self, Lang, Msg, number};

const BAR: usize = 5;
/// A value ("4", "2,5") or a column heading ("toen", "wens").
const VALUE: usize = 4;
/// The change: "↑ +2" for a rating, "↑ +1,5" for an average.
const DELTA_WHOLE: usize = 4;
const DELTA_AVERAGED: usize = 6;
/// How far the wish is: "3" or "✓".
const GAP: usize = 3;
/// Room kept for the trend column: its heading ("verloop").
const TREND: usize = 7;
/// Names are cut to no fewer columns than this while a column can still make room.
const MIN_NAME: usize = 12;
/// Below this width the bars go: the numbers say the same.
const BARS_FROM: usize = 64;

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

/// How far now is from the wish: the steps still to go, "✓" once it is reached, nothing when
/// either is missing.
pub fn gap(now: Option<f64>, wish: Option<f64>) -> String {
    match (now, wish) {
        (Some(n), Some(w)) if w - n >= 0.5 => format!("{:.0}", w - n),
        (Some(_), Some(_)) => "✓".into(),
        _ => String::new(),
    }
}

/// The columns a comparison shows at a width. When the names would get shorter than
/// [`MIN_NAME`], columns make room in this order: the bars, how far the wish is, the trend,
/// the wish. Then, now and the change always stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    pub name: usize,
    pub bars: bool,
    pub wish: bool,
    pub gap: bool,
    pub trend: bool,
    delta: usize,
}

impl Columns {
    /// At `width` columns, for names of at most `longest` columns: they get the room they need
    /// and no more.
    pub fn fit(width: usize, averaged: bool, longest: usize) -> Columns {
        let mut c = Columns {
            name: 0,
            bars: width >= BARS_FROM,
            wish: !averaged,
            gap: !averaged,
            trend: true,
            delta: if averaged {
                DELTA_AVERAGED
            } else {
                DELTA_WHOLE
            },
        };
        let drops: [fn(&mut Columns); 4] = [
            |c| c.bars = false,
            |c| c.gap = false,
            |c| c.trend = false,
            |c| c.wish = false,
        ];
        for drop in drops {
            if width.saturating_sub(c.fixed()) >= MIN_NAME {
                break;
            }
            drop(&mut c);
        }
        c.name = width
            .saturating_sub(c.fixed())
            .min(longest.max(MIN_NAME))
            .max(1);
        c
    }

    /// A value's column, its bar included.
    fn value(&self) -> usize {
        if self.bars {
            BAR + 1 + VALUE + 1
        } else {
            VALUE + 1
        }
    }

    /// Everything but the name.
    fn fixed(&self) -> usize {
        let mut w = 1 + 2 * self.value() + self.delta + 2;
        if self.wish {
            w += VALUE + 1;
        }
        if self.gap {
            w += GAP + 1;
        }
        if self.trend {
            w += TREND;
        }
        w
    }
}

/// One line of the comparison: text, or a row of values with its trend.
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureRow {
    Text(Line),
    Values {
        line: Line,
        /// Empty when the screen has no room for the trend.
        trend: Vec<Option<u64>>,
        max: u64,
    },
}

/// `text` left-aligned in `width` columns (cut when longer).
fn pad(text: &str, width: usize) -> String {
    let text = truncate(text, width);
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// The comparison of now with `baseline`, at `width` columns: per area a heading, a line of
/// column headings and a row per item or part, with then, now, the change, the wish and how
/// far it is (for ratings) and the trend, as far as the width allows.
pub fn rows(
    content: &Content,
    workbook: &Workbook,
    baseline: Option<&Snapshot>,
    lang: Lang,
    width: usize,
) -> Vec<MeasureRow> {
    let mut out = Vec::new();
    if workbook.scored() == 0 && workbook.snapshots.is_empty() {
        out.extend(
            plain(Msg::NoScoresYet.get(lang), Role::Dim, width)
                .into_iter()
                .map(MeasureRow::Text),
        );
        return out;
    }
    for area in areas(content) {
        let rows = area_rows(content, &area, workbook, baseline);
        let longest = rows
            .iter()
            .map(|r| r.name.get(lang).width())
            .max()
            .unwrap_or(0);
        let c = Columns::fit(width, area.averaged, longest);
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
        out.extend(
            plain(&heading, Role::Heading, width)
                .into_iter()
                .map(MeasureRow::Text),
        );
        let then_word = if baseline.is_some() {
            Msg::Then.get(lang)
        } else {
            ""
        };
        let mut head = format!(
            "{}{}{}{}",
            " ".repeat(c.name + 1),
            pad(then_word, c.value()),
            pad(Msg::MeasuresNow.get(lang), c.value()),
            " ".repeat(c.delta + 2),
        );
        if c.wish {
            head += &pad(Msg::MeasuresWish.get(lang), VALUE + 1);
        }
        if c.gap {
            head += &pad(Msg::MeasuresGap.get(lang), GAP + 1);
        }
        if c.trend {
            head += Msg::Trend.get(lang);
        }
        out.push(MeasureRow::Text(Line::of(head.trim_end(), Role::Dim)));
        let bar = |v: Option<f64>| {
            if c.bars {
                format!("{} ", bar(v, max))
            } else {
                String::new()
            }
        };
        let value = |v: Option<f64>| {
            pad(
                &v.map(|v| number(v, area.averaged, lang))
                    .unwrap_or_default(),
                VALUE,
            ) + " "
        };
        for row in rows {
            let mut spans = vec![Span::new(pad(row.name.get(lang), c.name) + " ", Role::Text)];
            if baseline.is_some() {
                spans.push(Span::new(bar(row.then), Role::Dim));
                spans.push(Span::new(value(row.then), Role::Text));
            } else {
                spans.push(Span::new(" ".repeat(c.value()), Role::Text));
            }
            spans.push(Span::new(bar(row.now), Role::Accent));
            spans.push(Span::new(value(row.now), Role::Title));
            spans.push(Span::new(
                pad(&change(row.then, row.now, area.averaged, lang), c.delta) + "  ",
                Role::Text,
            ));
            if c.wish {
                spans.push(Span::new(value(row.goal), Role::Text));
            }
            if c.gap {
                spans.push(Span::new(
                    pad(&gap(row.now, row.goal), GAP) + " ",
                    Role::Text,
                ));
            }
            let trend = if c.trend {
                row.trend
                    .iter()
                    .map(|v| v.map(|x| (x * 10.0).round() as u64))
                    .collect()
            } else {
                Vec::new()
            };
            out.push(MeasureRow::Values {
                line: Line::new(spans),
                trend,
                max: u64::from(area.scale.max()) * 10,
            });
        }
    }
    out
}

/// A snapshot by name: its label and date, its label alone, or its date. Longest first.
pub fn names(snapshot: &Snapshot, zone: &TimeZone, lang: Lang) -> Vec<String> {
    let date = i18n::date_time(snapshot.taken, zone, lang);
    match snapshot.label.as_deref().map(crate::safe::line) {
        Some(label) => vec![format!("{label} · {date}"), label.into_owned()],
        None => vec![date],
    }
}

/// The title of the comparison in `room` columns: what now is compared with and why, said as
/// fully as fits ("Nu vergeleken met 15-01-2026 08:00 (de vorige meting)", then shorter).
pub fn title(
    baseline: Option<(&Snapshot, Why)>,
    zone: &TimeZone,
    lang: Lang,
    room: usize,
) -> String {
    let Some((snapshot, why)) = baseline else {
        return truncate(Msg::CurrentOnly.get(lang), room);
    };
    let (long, short) = match why {
        Why::Chosen => (Msg::WhyChosen, Msg::WhyChosen),
        Why::Previous => (Msg::WhyPrevious, Msg::WhyPreviousShort),
        Why::Only => (Msg::WhyOnly, Msg::WhyOnlyShort),
    };
    let compared = Msg::ComparedWith.get(lang);
    let names = names(snapshot, zone, lang);
    let mut candidates = Vec::new();
    for why in [long, short] {
        for name in &names {
            candidates.push(format!("{compared} {name} ({})", why.get(lang)));
        }
    }
    for name in &names {
        candidates.push(format!("{name} ({})", short.get(lang)));
    }
    candidates.extend(names.iter().cloned());
    let shortest = candidates.last().cloned().unwrap_or_default();
    candidates
        .into_iter()
        .find(|c| c.width() <= room)
        .unwrap_or_else(|| truncate(&shortest, room))
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
    fn the_gap_to_the_wish_is_written_and_a_reached_wish_is_ticked() {
        assert_eq!(gap(Some(2.0), Some(5.0)), "3");
        assert_eq!(gap(Some(5.0), Some(5.0)), "✓");
        assert_eq!(gap(Some(5.0), Some(4.0)), "✓", "past the wish");
        assert_eq!(gap(None, Some(4.0)), "");
        assert_eq!(gap(Some(3.0), None), "");
    }

    #[test]
    fn columns_make_room_for_the_names_in_a_fixed_order() {
        // 120 columns and up: everything.
        let wide = Columns::fit(71, false, 40);
        assert!(wide.bars && wide.wish && wide.gap && wide.trend, "{wide:?}");
        // 100 columns: no bars.
        let c = Columns::fit(58, false, 40);
        assert!(!c.bars && c.wish && c.gap && c.trend, "{c:?}");
        // 80 columns: the wish and how far it is, the trend.
        let c = Columns::fit(46, false, 40);
        assert!(c.wish && c.gap && c.trend && c.name >= MIN_NAME, "{c:?}");
        // The smallest screen: then, now and the change.
        let c = Columns::fit(30, false, 40);
        assert!(!c.wish && !c.gap && !c.trend && c.name >= MIN_NAME, "{c:?}");
        // Short names take no more than they need; long ones all there is.
        assert_eq!(Columns::fit(150, false, 20).name, 20);
        assert_eq!(Columns::fit(150, false, 5).name, MIN_NAME);
        assert_eq!(Columns::fit(150, false, 41).name, 41);
        // Checklists have no wish.
        let c = Columns::fit(71, true, 40);
        assert!(!c.wish && !c.gap, "{c:?}");
        for width in 30..=90 {
            for averaged in [false, true] {
                let c = Columns::fit(width, averaged, 40);
                assert!(c.name + c.fixed() <= width, "{width}: {c:?}");
            }
        }
    }

    #[test]
    fn every_row_fits_its_width() {
        let c = crate::content::embedded();
        let mut w = Workbook::default();
        for (_, item) in c.all_items() {
            w.update_item(&item.id, |s| s.now = Some(1));
        }
        for (n, at) in ["2026-01-15T08:00:00Z", "2026-04-01T12:00:00Z"]
            .iter()
            .enumerate()
        {
            w.take_snapshot(at.parse().unwrap());
            w.snapshots[n].label = Some("een heel lange naam voor een meting".into());
        }
        for (_, item) in c.all_items() {
            w.update_item(&item.id, |s| {
                s.now = Some(2);
                s.goal = Some(5);
            });
        }
        let zone = TimeZone::UTC;
        for lang in [Lang::Nl, Lang::En] {
            for width in 30..=90 {
                let base = w.snapshots.first();
                for row in rows(c, &w, base, lang, width) {
                    let (line, trend) = match &row {
                        MeasureRow::Text(l) => (l, 0),
                        MeasureRow::Values { line, trend, .. } => (line, trend.len()),
                    };
                    assert!(
                        line.width() + trend <= width,
                        "{width} {lang:?}: {:?} and {trend} of trend",
                        line.text()
                    );
                }
                for why in [Why::Chosen, Why::Previous, Why::Only] {
                    let t = title(base.map(|s| (s, why)), &zone, lang, width);
                    assert!(t.width() <= width, "{width}: {t}");
                }
            }
        }
        let empty = rows(c, &Workbook::default(), None, Lang::Nl, 30);
        assert!(empty.len() > 1, "the explanation wraps");
    }

    #[test]
    fn the_title_says_as_much_as_fits() {
        let zone = TimeZone::UTC;
        let mut s = Snapshot {
            taken: "2026-01-15T08:00:00Z".parse().unwrap(),
            label: None,
            scores: Default::default(),
        };
        let t = |s: &Snapshot, why, room| title(Some((s, why)), &zone, Lang::Nl, room);
        assert_eq!(
            t(&s, Why::Previous, 80),
            "Nu vergeleken met 15-01-2026 08:00 (de vorige meting)"
        );
        assert_eq!(
            t(&s, Why::Previous, 46),
            "Nu vergeleken met 15-01-2026 08:00 (vorige)"
        );
        assert_eq!(t(&s, Why::Chosen, 30), "15-01-2026 08:00 (gekozen)");
        s.label = Some("na studiedag".into());
        assert_eq!(
            t(&s, Why::Chosen, 80),
            "Nu vergeleken met na studiedag · 15-01-2026 08:00 (gekozen)"
        );
        assert_eq!(
            t(&s, Why::Chosen, 46),
            "Nu vergeleken met na studiedag (gekozen)"
        );
        assert_eq!(t(&s, Why::Chosen, 20), "na studiedag");
        assert_eq!(t(&s, Why::Chosen, 8), "na stud…");
        assert_eq!(title(None, &zone, Lang::Nl, 80), "Zo staat het nu");
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
