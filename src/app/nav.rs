//! Moving through the material: sections, the item list, the text pane, links and back.

use super::App;
use crate::content::{Content, ItemRef, Target};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::ui::{detail, layout};

/// Which pane the arrow keys move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// A line of a section's list: a group heading, or an item (with its place in reading order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Header { group: usize },
    Item { index: usize, item: ItemRef },
}

/// Where the reader is in one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Nav {
    /// The selected item, in reading order.
    pub selected: usize,
    /// The first list row shown.
    pub offset: usize,
    /// The first line of the text pane shown.
    pub scroll: usize,
    /// The chosen entry in the text (an intervention), by its place among the text's anchors.
    pub cursor: Option<usize>,
}

/// The list rows of a section: headings for titled groups, then their items.
pub fn rows_of(content: &Content, section: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut index = 0;
    for (g, group) in content.sections[section].groups.iter().enumerate() {
        if group.title.is_some() {
            rows.push(Row::Header { group: g });
        }
        for i in 0..group.items.len() {
            rows.push(Row::Item {
                index,
                item: ItemRef {
                    section,
                    group: g,
                    item: i,
                },
            });
            index += 1;
        }
    }
    rows
}

/// The smallest change to `offset` that shows rows `first..=last` in `height` rows.
pub fn keep_visible(offset: usize, first: usize, last: usize, height: usize) -> usize {
    let height = height.max(1);
    if last >= offset + height {
        (last + 1 - height).min(first)
    } else if first < offset {
        first
    } else {
        offset
    }
}

impl App {
    pub(super) fn item_at(&self, section: usize, index: usize) -> Option<ItemRef> {
        self.rows[section].iter().find_map(|r| match r {
            Row::Item { index: i, item } if *i == index => Some(*item),
            _ => None,
        })
    }

    fn item_count(&self, section: usize) -> usize {
        self.rows[section]
            .iter()
            .filter(|r| matches!(r, Row::Item { .. }))
            .count()
    }

    /// The list row of an item, and the row to keep in view above it (its heading when it is
    /// the first of a titled group).
    fn rows_for(&self, section: usize, index: usize) -> (usize, usize) {
        let rows = &self.rows[section];
        let row = rows
            .iter()
            .position(|r| matches!(r, Row::Item { index: i, .. } if *i == index))
            .unwrap_or(0);
        let top = match row.checked_sub(1).map(|r| rows[r]) {
            Some(Row::Header { .. }) => row - 1,
            _ => row,
        };
        (top, row)
    }

    /// Rows the section bar takes on this screen.
    pub fn tab_rows(&self) -> u16 {
        crate::ui::tabs::rows_needed(self, self.size.width, self.size.height)
    }

    /// The screen split, as drawing will do it.
    pub fn layout(&self) -> layout::Study {
        layout::study(self.size.into(), self.tab_rows())
    }

    fn list_height(&self) -> usize {
        usize::from(self.layout().list_inner().height)
    }

    /// The current item's text at the width the screen gives it.
    pub(crate) fn current_doc(&self) -> detail::Doc {
        let width = self.layout().detail_text_width();
        match self.current_item() {
            Some(item) => detail::doc(self, item, width),
            None => detail::Doc::default(),
        }
    }

    pub(super) fn detail_height(&self) -> usize {
        usize::from(self.layout().detail_inner().height)
    }

    /// After the selection changed: text from the top, selection in view.
    fn selection_changed(&mut self) {
        let Some(s) = self.section() else { return };
        let height = self.list_height();
        let (top, row) = self.rows_for(s, self.nav[s].selected);
        let nav = &mut self.nav[s];
        nav.scroll = 0;
        nav.cursor = None;
        nav.offset = keep_visible(nav.offset, top, row, height);
    }

    fn select(&mut self, index: usize) {
        let Some(s) = self.section() else { return };
        let last = self.item_count(s).saturating_sub(1);
        let index = index.min(last);
        if index != self.nav[s].selected {
            self.nav[s].selected = index;
            self.selection_changed();
        }
    }

    /// Scrolls the text; a chosen entry that scrolls out of view is no longer chosen.
    fn scroll_to(&mut self, doc: &detail::Doc, line: usize) {
        let Some(s) = self.section() else { return };
        let height = self.detail_height();
        let nav = &mut self.nav[s];
        nav.scroll = line.min(doc.lines.len().saturating_sub(height));
        if let Some(a) = nav.cursor.and_then(|c| doc.anchors.get(c))
            && (a.line < nav.scroll || a.line + a.height > nav.scroll + height)
        {
            nav.cursor = None;
        }
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        let Some(s) = self.section() else { return };
        match self.focus {
            Focus::List => {
                let target = self.nav[s].selected.saturating_add_signed(delta);
                self.select(target);
            }
            Focus::Detail => {
                // The text is laid out once for this key (it lists the item's log entries).
                let doc = self.current_doc();
                if delta.abs() == 1 && self.move_cursor(&doc, delta) {
                    return;
                }
                let target = self.nav[s].scroll.saturating_add_signed(delta);
                self.scroll_to(&doc, target);
            }
        }
    }

    /// In the text, the arrow keys hop between choosable entries (interventions, links) and
    /// scroll otherwise. With nothing chosen, they choose the first (down) or last (up) entry in
    /// view; with an entry chosen, they hop to the next or previous one if it is within half a
    /// page, so no text is skipped unseen. Returns whether the cursor moved.
    fn move_cursor(&mut self, doc: &detail::Doc, delta: isize) -> bool {
        let Some(s) = self.section() else {
            return false;
        };
        let height = self.detail_height();
        let nav = self.nav[s];
        let (top, bottom) = (nav.scroll, nav.scroll + height);
        let fully_visible = |a: &detail::Anchor| a.line >= top && a.line + a.height <= bottom;
        // A choice the text no longer has (its log entry was deleted) counts as no choice.
        let cursor = nav.cursor.filter(|c| *c < doc.anchors.len());
        let next = match (cursor, delta > 0) {
            (Some(c), true) => Some(c + 1).filter(|n| {
                doc.anchors
                    .get(*n)
                    .is_some_and(|a| a.line + a.height <= bottom + height / 2)
            }),
            (Some(c), false) => c
                .checked_sub(1)
                .filter(|p| doc.anchors[*p].line + height / 2 >= top),
            (None, true) => doc.anchors.iter().position(fully_visible),
            (None, false) => doc.anchors.iter().rposition(fully_visible),
        };
        let Some(n) = next else {
            return false;
        };
        let a = &doc.anchors[n];
        let max = doc.lines.len().saturating_sub(height);
        let nav = &mut self.nav[s];
        nav.cursor = Some(n);
        if a.line < nav.scroll {
            nav.scroll = a.line;
        } else if a.line + a.height > nav.scroll + height {
            nav.scroll = (a.line + a.height).saturating_sub(height).min(max);
        }
        true
    }

    pub(super) fn page(&mut self, direction: isize) {
        let page = match self.focus {
            Focus::List => self.list_height(),
            Focus::Detail => self.detail_height(),
        }
        .saturating_sub(1)
        .max(1);
        self.move_by(direction * page as isize);
    }

    pub(super) fn move_to_end(&mut self, end: bool) {
        match (self.focus, end) {
            (Focus::List, false) => self.select(0),
            (Focus::List, true) => self.select(usize::MAX),
            (Focus::Detail, false) => self.scroll_to(&self.current_doc(), 0),
            (Focus::Detail, true) => self.scroll_to(&self.current_doc(), usize::MAX),
        }
    }

    pub(super) fn cycle_section(&mut self, delta: isize) {
        let n = self.tabs.len() as isize;
        self.tab = (self.tab as isize + delta).rem_euclid(n) as usize;
        self.focus = Focus::List;
    }

    /// Shows tab `n` (counted from 0), if there is one.
    pub(super) fn jump_section(&mut self, n: usize) {
        if n < self.tabs.len() {
            self.tab = n;
            self.focus = Focus::List;
        }
    }

    /// Shows a section of the material.
    fn show_section(&mut self, section: usize) {
        if let Some(t) = self
            .tabs
            .iter()
            .position(|t| *t == super::Tab::Section(section))
        {
            self.tab = t;
        }
    }

    pub(super) fn back(&mut self) {
        match self.focus {
            Focus::Detail => self.focus = Focus::List,
            Focus::List => {
                if let Some((section, selected)) = self.history.pop() {
                    self.show_section(section);
                    self.select_exact(selected);
                }
            }
        }
    }

    fn select_exact(&mut self, index: usize) {
        let Some(s) = self.section() else { return };
        self.nav[s].selected = index;
        self.selection_changed();
    }

    /// Follows the link chosen in the text (or opens the chosen log entry), or else the item's
    /// first link.
    pub(super) fn follow_link(&mut self) {
        let Some(r) = self.current_item() else { return };
        let doc = self.current_doc();
        if self.focus == Focus::Detail
            && let Some(a) = self.nav[r.section].cursor.and_then(|c| doc.anchors.get(c))
            && a.kind == detail::AnchorKind::Entry
            && let Ok(id) = a.id.parse()
        {
            self.show_entry(id);
            return;
        }
        let chosen = match self.focus {
            Focus::Detail => self.nav[r.section]
                .cursor
                .and_then(|c| doc.anchors.get(c))
                .filter(|a| a.kind == detail::AnchorKind::Link)
                .map(|a| a.id.clone()),
            Focus::List => None,
        };
        let link = chosen.or_else(|| self.content.item(r).links.first().cloned());
        let Some(target) = link.and_then(|id| self.content.find(&id)) else {
            self.info(Msg::NoLink.get(self.lang).to_string());
            return;
        };
        self.history.push((r.section, self.nav[r.section].selected));
        self.go_to(target);
    }

    /// Shows whatever a target names: a section from its top, a group from its first item.
    pub(crate) fn go_to(&mut self, target: Target) {
        let (section, index) = match target {
            Target::Section(s) => (s, 0),
            Target::Group { section, group } => {
                (section, self.first_index_of_group(section, group))
            }
            Target::Item(r) | Target::Intervention { item: r, .. } => (r.section, self.index_of(r)),
        };
        self.show_section(section);
        self.focus = Focus::List;
        self.select_exact(index);
    }

    fn first_index_of_group(&self, section: usize, group: usize) -> usize {
        self.rows[section]
            .iter()
            .find_map(|r| match r {
                Row::Item { index, item } if item.group == group => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }

    pub(super) fn index_of(&self, r: ItemRef) -> usize {
        self.rows[r.section]
            .iter()
            .find_map(|row| match row {
                Row::Item { index, item } if *item == r => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }
}

/// Where a scrolled text lands after a scrolling command, `height` lines shown and at most
/// `max` lines scrolled away; other commands leave it.
pub(super) fn scrolled(scroll: usize, cmd: Cmd, height: usize, max: usize) -> usize {
    let page = height.saturating_sub(1).max(1);
    match cmd {
        Cmd::Up => scroll.saturating_sub(1),
        Cmd::Down => scroll + 1,
        Cmd::PageUp => scroll.saturating_sub(page),
        Cmd::PageDown => scroll + page,
        Cmd::Top => 0,
        Cmd::Bottom => max,
        _ => scroll,
    }
    .min(max)
}

#[cfg(test)]
mod tests {
    use super::{keep_visible, scrolled};
    use crate::keys::Cmd;

    #[test]
    fn scrolling_stops_at_both_ends() {
        assert_eq!(scrolled(3, Cmd::Down, 10, 3), 3);
        assert_eq!(scrolled(0, Cmd::Up, 10, 3), 0);
        assert_eq!(
            scrolled(0, Cmd::PageDown, 10, 30),
            9,
            "a page keeps one line"
        );
        assert_eq!(scrolled(25, Cmd::PageDown, 10, 30), 30);
        assert_eq!(scrolled(5, Cmd::Bottom, 10, 30), 30);
        assert_eq!(scrolled(5, Cmd::Open, 10, 30), 5);
    }

    #[test]
    fn keep_visible_moves_as_little_as_it_can() {
        // Already in view: no change.
        assert_eq!(keep_visible(0, 3, 3, 10), 0);
        // Below the window: scroll so it is the last row.
        assert_eq!(keep_visible(0, 12, 12, 10), 3);
        // Above the window: scroll so it is the first row.
        assert_eq!(keep_visible(5, 2, 2, 10), 2);
        // A heading and its first item both come into view.
        assert_eq!(keep_visible(5, 3, 4, 10), 3);
        // A window of zero rows does not divide by zero or loop.
        assert_eq!(keep_visible(0, 4, 4, 0), 4);
    }
}
