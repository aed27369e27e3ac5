//! Moving through the material: sections, the item list, the text pane, links and back.

use super::App;
use crate::content::{Content, ItemRef, Target};
use crate::i18n::Msg;
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

    fn list_height(&self) -> usize {
        usize::from(layout::study(self.size.into()).list_inner().height)
    }

    fn detail_height(&self) -> usize {
        usize::from(layout::study(self.size.into()).detail_inner().height)
    }

    /// How far the text pane can scroll for the current item.
    fn max_scroll(&self) -> usize {
        let Some(item) = self.current_item() else {
            return 0;
        };
        let width = layout::study(self.size.into()).detail_text_width();
        let lines = detail::lines(self, item, width).len();
        lines.saturating_sub(self.detail_height())
    }

    /// After the selection changed: text from the top, selection in view.
    fn selection_changed(&mut self) {
        let height = self.list_height();
        let nav = &mut self.nav[self.tab];
        nav.scroll = 0;
        let selected = nav.selected;
        let (top, row) = self.rows_for(self.tab, selected);
        let nav = &mut self.nav[self.tab];
        nav.offset = keep_visible(nav.offset, top, row, height);
    }

    fn select(&mut self, index: usize) {
        let last = self.item_count(self.tab).saturating_sub(1);
        let index = index.min(last);
        if index != self.nav[self.tab].selected {
            self.nav[self.tab].selected = index;
            self.selection_changed();
        }
    }

    fn scroll_to(&mut self, line: usize) {
        let max = self.max_scroll();
        self.nav[self.tab].scroll = line.min(max);
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        match self.focus {
            super::Focus::List => {
                let target = self.nav[self.tab].selected.saturating_add_signed(delta);
                self.select(target);
            }
            super::Focus::Detail => {
                let target = self.nav[self.tab].scroll.saturating_add_signed(delta);
                self.scroll_to(target);
            }
        }
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
            (Focus::Detail, false) => self.scroll_to(0),
            (Focus::Detail, true) => self.scroll_to(usize::MAX),
        }
    }

    pub(super) fn cycle_section(&mut self, delta: isize) {
        let n = self.content.sections.len() as isize;
        self.tab = (self.tab as isize + delta).rem_euclid(n) as usize;
        self.focus = Focus::List;
    }

    pub(super) fn jump_section(&mut self, section: usize) {
        if section < self.content.sections.len() {
            self.tab = section;
            self.focus = Focus::List;
        }
    }

    pub(super) fn back(&mut self) {
        match self.focus {
            Focus::Detail => self.focus = Focus::List,
            Focus::List => {
                if let Some((tab, selected)) = self.history.pop() {
                    self.tab = tab;
                    self.select_exact(selected);
                }
            }
        }
    }

    fn select_exact(&mut self, index: usize) {
        self.nav[self.tab].selected = index;
        self.selection_changed();
    }

    pub(super) fn follow_link(&mut self) {
        let Some(r) = self.current_item() else { return };
        let Some(target) = self
            .content
            .item(r)
            .links
            .first()
            .and_then(|id| self.content.find(id))
        else {
            self.info(Msg::NoLink.get(self.lang).to_string());
            return;
        };
        self.history.push((self.tab, self.nav[self.tab].selected));
        self.go_to(target);
    }

    /// Shows whatever a target names: a section from its top, a group from its first item.
    pub(super) fn go_to(&mut self, target: Target) {
        let (section, index) = match target {
            Target::Section(s) => (s, 0),
            Target::Group { section, group } => {
                (section, self.first_index_of_group(section, group))
            }
            Target::Item(r) | Target::Intervention { item: r, .. } => (r.section, self.index_of(r)),
        };
        self.tab = section;
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

#[cfg(test)]
mod tests {
    use super::keep_visible;

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
