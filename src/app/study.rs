//! Reading the material: per section the list and where the reader is in it, the text pane and
//! the entry chosen in it, the pane that has the focus, and the way back after following links.
//! The item's laid-out text is kept here too, made again only when what it shows changes.

use crate::content::{Content, ItemRef};
use crate::view::item::{Anchor, Doc};
use crate::view::mark::Mark;
use crate::view::scroll::{ListCursor, Move, Scroll};

/// Which pane the arrow keys move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// A line of a section's list: a group heading, or an item (with its place in reading order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListRow {
    Header { group: usize },
    Item { index: usize, item: ItemRef },
}

/// Where the reader is in one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// The selected item (in reading order) and the first list row shown.
    list: ListCursor,
    /// The text pane.
    text: Scroll,
    /// The chosen entry in the text (an intervention, a link), by its place among the anchors.
    chosen: Option<usize>,
}

impl Place {
    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    pub fn offset(&self) -> usize {
        self.list.offset()
    }

    pub fn scroll(&self) -> usize {
        self.text.top()
    }

    pub fn chosen(&self) -> Option<usize> {
        self.chosen
    }
}

/// Where `Esc` goes back to after following a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spot {
    pub section: usize,
    pub index: usize,
}

/// What the cached text was laid out for: when any of it changes, it is laid out again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocKey {
    pub item: ItemRef,
    pub width: usize,
    pub lang: crate::i18n::Lang,
    /// Changes of the workbook and the log since the start.
    pub revision: [u64; 2],
    pub today: jiff::civil::Date,
}

/// The reading part of the app.
#[derive(Debug)]
pub struct Study {
    /// Per section: its list rows, derived from the content once.
    rows: Vec<Vec<ListRow>>,
    places: Vec<Place>,
    focus: Focus,
    history: Vec<Spot>,
    doc: Option<(DocKey, Doc)>,
    /// A search's words marked in an item's text, until another item is chosen.
    mark: Option<Mark>,
}

/// The list rows of a section: headings for titled groups, then their items.
pub fn rows_of(content: &Content, section: usize) -> Vec<ListRow> {
    let mut rows = Vec::new();
    let mut index = 0;
    for (g, group) in content.sections[section].groups.iter().enumerate() {
        if group.title.is_some() {
            rows.push(ListRow::Header { group: g });
        }
        for i in 0..group.items.len() {
            rows.push(ListRow::Item {
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

impl Study {
    pub fn new(content: &Content) -> Study {
        let rows: Vec<Vec<ListRow>> = (0..content.sections.len())
            .map(|s| rows_of(content, s))
            .collect();
        Study {
            places: vec![Place::default(); rows.len()],
            rows,
            focus: Focus::List,
            history: Vec::new(),
            doc: None,
            mark: None,
        }
    }

    pub fn rows(&self, section: usize) -> &[ListRow] {
        &self.rows[section]
    }

    pub fn place(&self, section: usize) -> &Place {
        &self.places[section]
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The item at `index` (reading order) of a section.
    pub fn item_at(&self, section: usize, index: usize) -> Option<ItemRef> {
        self.rows[section].iter().find_map(|r| match r {
            ListRow::Item { index: i, item } if *i == index => Some(*item),
            _ => None,
        })
    }

    /// The selected item of a section.
    pub fn selected_item(&self, section: usize) -> Option<ItemRef> {
        self.item_at(section, self.places[section].selected())
    }

    pub fn item_count(&self, section: usize) -> usize {
        self.rows[section]
            .iter()
            .filter(|r| matches!(r, ListRow::Item { .. }))
            .count()
    }

    /// The place in reading order of an item.
    pub fn index_of(&self, r: ItemRef) -> usize {
        self.rows[r.section]
            .iter()
            .find_map(|row| match row {
                ListRow::Item { index, item } if *item == r => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// The first item of a group, in reading order.
    pub fn first_of_group(&self, section: usize, group: usize) -> usize {
        self.rows[section]
            .iter()
            .find_map(|r| match r {
                ListRow::Item { index, item } if item.group == group => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// The list row of an item, and the row to keep in view above it (its heading when it is
    /// the first of a titled group).
    fn rows_for(&self, section: usize, index: usize) -> (usize, usize) {
        let rows = &self.rows[section];
        let row = rows
            .iter()
            .position(|r| matches!(r, ListRow::Item { index: i, .. } if *i == index))
            .unwrap_or(0);
        let top = match row.checked_sub(1).map(|r| rows[r]) {
            Some(ListRow::Header { .. }) => row - 1,
            _ => row,
        };
        (top, row)
    }

    pub fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
    }

    /// Selects item `index` of a section (within its items): the text from its top, the item
    /// (and its heading) in view in `height` list rows. Returns whether it changed.
    pub fn select(&mut self, section: usize, index: usize, height: usize) -> bool {
        let len = self.item_count(section);
        let changed = self.places[section].list.choose(index, len);
        if changed {
            self.selection_changed(section, height);
        }
        changed
    }

    /// Selects item `index` whatever was selected before (going back, following a link).
    pub fn select_exact(&mut self, section: usize, index: usize, height: usize) {
        let len = self.item_count(section);
        self.places[section].list.choose(index, len);
        self.selection_changed(section, height);
    }

    fn selection_changed(&mut self, section: usize, height: usize) {
        let (top, row) = self.rows_for(section, self.places[section].selected());
        let place = &mut self.places[section];
        place.text.reset();
        place.chosen = None;
        place.list.show(top, row, height);
        self.mark = None;
    }

    /// Marks a search's words in an item's text (until another item is chosen).
    pub fn set_mark(&mut self, mark: Mark) {
        self.mark = Some(mark);
    }

    /// The search's words marked, if any.
    pub fn mark(&self) -> Option<&Mark> {
        self.mark.as_ref()
    }

    /// A move in the list of a section.
    pub fn move_in_list(&mut self, section: usize, m: Move, height: usize) {
        let len = self.item_count(section);
        let target = self.places[section].list.target(m, len, height);
        self.select(section, target, height);
    }

    /// Scrolls the text (the kept one) to `line`, `height` lines shown; a chosen entry that
    /// scrolls out of view is no longer chosen.
    pub fn scroll_to(&mut self, section: usize, line: usize, height: usize) {
        let Some((_, doc)) = &self.doc else { return };
        let place = &mut self.places[section];
        place.text.set(line, doc.lines.len().saturating_sub(height));
        let top = place.text.top();
        if let Some(a) = place.chosen.and_then(|c| doc.anchors.get(c))
            && (a.line < top || a.line + a.height > top + height)
        {
            place.chosen = None;
        }
    }

    /// In the text, the arrow keys hop between choosable entries (interventions, links, log
    /// entries) and scroll otherwise. With nothing chosen, they choose the first (down) or last
    /// (up) entry in view; with an entry chosen, they hop to the next or previous one if it is
    /// within half a page, so no text is skipped unseen. Returns whether the choice moved.
    pub fn move_choice(&mut self, section: usize, down: bool, height: usize) -> bool {
        let Some((_, doc)) = &self.doc else {
            return false;
        };
        let place = self.places[section];
        let (top, bottom) = (place.scroll(), place.scroll() + height);
        let fully_visible = |a: &Anchor| a.line >= top && a.line + a.height <= bottom;
        // A choice the text no longer has (its log entry was deleted) counts as no choice.
        let chosen = place.chosen.filter(|c| *c < doc.anchors.len());
        let next = match (chosen, down) {
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
        let place = &mut self.places[section];
        place.chosen = Some(n);
        if a.line < place.scroll() {
            place.text.set(a.line, max);
        } else if a.line + a.height > place.scroll() + height {
            place
                .text
                .set((a.line + a.height).saturating_sub(height), max);
        }
        true
    }

    /// The anchor chosen in the (kept) text of a section, if the text still has it.
    pub fn chosen_anchor(&self, section: usize) -> Option<&Anchor> {
        let (_, doc) = self.doc.as_ref()?;
        self.places[section].chosen.and_then(|c| doc.anchors.get(c))
    }

    pub fn remember(&mut self, spot: Spot) {
        self.history.push(spot);
    }

    pub fn go_back(&mut self) -> Option<Spot> {
        self.history.pop()
    }

    /// The laid-out text, if it was laid out for `key`.
    pub fn doc(&self, key: &DocKey) -> Option<&Doc> {
        self.doc.as_ref().filter(|(k, _)| k == key).map(|(_, d)| d)
    }

    /// The text laid out last, whatever for.
    pub fn last_doc(&self) -> Option<(&DocKey, &Doc)> {
        self.doc.as_ref().map(|(k, d)| (k, d))
    }

    /// Puts the text of a section at `scroll` with `chosen` chosen, whatever the text holds.
    #[cfg(test)]
    pub(crate) fn place_for_test(&mut self, section: usize, scroll: usize, chosen: Option<usize>) {
        let place = &mut self.places[section];
        place.text.set(scroll, usize::MAX);
        place.chosen = chosen;
    }

    /// Keeps `doc` as laid out for `key`.
    pub fn keep_doc(&mut self, key: DocKey, doc: Doc) {
        self.doc = Some((key, doc));
    }
}
