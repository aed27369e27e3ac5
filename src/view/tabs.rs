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
