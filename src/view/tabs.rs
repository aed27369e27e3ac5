//! The section bar along the top: its labels, and how many rows it needs.

use unicode_width::UnicodeWidthStr;

use super::{Role, Span};
use crate::content::Content;
use crate::i18n::{Lang, Msg};

/// What a tab of the section bar shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// A section of the material (its index in the content).
    Section(usize),
    /// The personal development log.
    Log,
    /// Snapshots and how the ratings and answers changed.
    Measures,
}

/// The tabs: the sections of the material, then the log and the measures.
pub fn all(content: &Content) -> Vec<Tab> {
    (0..content.sections.len())
        .map(Tab::Section)
        .chain([Tab::Log, Tab::Measures])
        .collect()
}

/// The label of tab `n`: its number key and short name.
pub fn label(content: &Content, tab: Tab, n: usize, lang: Lang) -> String {
    let key = if n == 9 { 0 } else { n + 1 };
    let name = match tab {
        Tab::Section(s) => content.sections[s].tab.get(lang),
        Tab::Measures => Msg::MeasuresTab.get(lang),
        Tab::Log => Msg::LogTab.get(lang),
    };
    format!(" {key} {name} ")
}

/// The labels of all tabs.
pub fn labels(content: &Content, tabs: &[Tab], lang: Lang) -> Vec<String> {
    tabs.iter()
        .enumerate()
        .map(|(n, t)| label(content, *t, n, lang))
        .collect()
}

/// The right side of the bar: the read-only badge and the language.
pub fn right_side(read_only: bool, lang: Lang) -> Vec<Span> {
    let mut right = Vec::new();
    if read_only {
        right.push(Span::new(
            format!(" {} ", Msg::ReadOnlyBadge.get(lang)),
            Role::Error,
        ));
    }
    right.push(Span::new(
        format!(" {} ", lang.code().to_uppercase()),
        Role::Dim,
    ));
    right
}

/// How many rows the bar needs on a screen of `width` x `height`: one when every tab fits,
/// two when they do not and the screen is tall enough to spare a row, else one row that
/// scrolls to keep the active tab in view.
pub fn rows_needed(labels: &[String], right: &[Span], width: u16, height: u16) -> u16 {
    let total: usize = labels.iter().map(|l| l.width()).sum();
    let right: usize = right.iter().map(Span::width).sum();
    if total + right + 2 <= usize::from(width) || height < 24 {
        1
    } else {
        2
    }
}

/// The first tab to show so that the active one fits in `width` columns.
pub fn first_visible(widths: &[usize], active: usize, width: usize) -> usize {
    let mut first = 0;
    while first < active && widths[first..=active].iter().sum::<usize>() > width {
        first += 1;
    }
    first
}

/// Where the tabs go in a bar `width` columns wide and `rows` high, with `right` columns kept
/// for the right side: per tab shown, its row, first column and width; and whether tabs are
/// hidden to the left or right (one row, scrolled to the active tab).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placed {
    pub tabs: Vec<(usize, u16, u16, u16)>,
    pub hidden_left: bool,
    pub hidden_right: bool,
}

pub fn placed(labels: &[String], active: usize, width: u16, rows: u16, right: usize) -> Placed {
    let widths: Vec<usize> = labels.iter().map(|l| l.width()).collect();
    let room = usize::from(width).saturating_sub(right + 2);
    let mut out = Placed::default();
    let to16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    if rows >= 2 {
        // Wrapped: as many tabs as fit on the first row, the rest on the second.
        let (mut row, mut x) = (0, 1);
        for (n, w) in widths.iter().enumerate() {
            if row == 0 && x - 1 + w > room {
                row = 1;
                x = 1;
            }
            out.tabs.push((n, row, to16(x), to16(*w)));
            x += w;
        }
    } else {
        // One row: scrolled so the active tab is in view.
        let first = first_visible(&widths, active, room);
        out.hidden_left = first > 0;
        let mut x = 1;
        for (n, w) in widths.iter().enumerate().skip(first) {
            if x - 1 + w > room {
                out.hidden_right = true;
                break;
            }
            out.tabs.push((n, 0, to16(x), to16(*w)));
            x += w;
        }
    }
    out
}

/// The tab at column `x` of bar row `row`, if one is there.
pub fn tab_at(placed: &Placed, x: u16, row: u16) -> Option<usize> {
    placed
        .tabs
        .iter()
        .find(|(_, r, from, w)| *r == row && (*from..from + w).contains(&x))
        .map(|(n, ..)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_found_where_it_is_drawn() {
        let labels: Vec<String> = ["aa", "bbbb", "cc"]
            .iter()
            .map(|s| format!(" {s} "))
            .collect();
        let p = placed(&labels, 0, 40, 1, 4);
        assert_eq!(tab_at(&p, 0, 0), None, "the margin");
        assert_eq!(tab_at(&p, 1, 0), Some(0));
        assert_eq!(tab_at(&p, 5, 0), Some(1));
        assert_eq!(tab_at(&p, 11, 0), Some(2));
        assert_eq!(tab_at(&p, 15, 0), None);
        // Narrow and two rows: the third tab goes to the second row.
        let p = placed(&labels, 0, 18, 2, 4);
        assert_eq!(tab_at(&p, 1, 1), Some(2));
        // Narrow and one row, the last tab active: the first is scrolled away.
        let p = placed(&labels, 2, 18, 1, 4);
        assert!(p.hidden_left);
        assert_eq!(tab_at(&p, 1, 0), Some(1));
    }

    #[test]
    fn the_active_tab_is_always_in_view() {
        let widths = [10, 10, 10, 10, 10];
        assert_eq!(first_visible(&widths, 0, 25), 0);
        assert_eq!(first_visible(&widths, 4, 25), 3);
        assert_eq!(first_visible(&widths, 2, 100), 0);
    }
}
