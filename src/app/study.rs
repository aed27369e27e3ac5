//! Reading the material: per section the list and where the reader is in it, the text pane and
//! the entry chosen in it, the pane that has the focus, and the way back after following links.
//! The item's laid-out text is kept here too, made again only when what it shows changes.

use crate::content::{Content, ItemRef};
use crate::view::item::{Anchor, Doc, Shown};
use crate::view::mark::Mark;
use crate::view::scroll::{ListCursor, Move, Scroll};

/// Which pane the arrow keys move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    List,
    Detail,
}

/// A line of a section's list: the section's introduction (the first entry), a group
/// heading, or an item. Entries (the introduction and the items) are numbered in reading
/// order: the introduction is entry 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListRow {
    Intro,
    Header { group: usize },
    Item { index: usize, item: ItemRef },
}

impl From<ListRow> for crate::view::list::Row {
    fn from(row: ListRow) -> Self {
        match row {
            ListRow::Intro => crate::view::list::Row::Intro,
            ListRow::Header { group } => crate::view::list::Row::Header { group },
            ListRow::Item { item, .. } => crate::view::list::Row::Item(item),
        }
    }
}

/// What the list of a section is measured with: its rows can take more than one line.
#[derive(Clone, Copy)]
pub struct Fit {
    pub content: &'static Content,
    pub lang: crate::i18n::Lang,
    /// The width of a row's text, in columns.
    pub width: usize,
    /// The list's height, in lines.
    pub height: usize,
}

impl ListRow {
    /// The entry this row is, if it can be chosen.
    pub fn entry(&self) -> Option<usize> {
        match self {
            ListRow::Intro => Some(0),
            ListRow::Item { index, .. } => Some(*index),
            ListRow::Header { .. } => None,
        }
    }
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
    /// The first line of the note pane shown.
    note: Scroll,
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

    /// The first line of the note pane shown.
    pub fn note_top(&self) -> usize {
        self.note.top()
    }
}

/// A place `Esc` goes back to after following a link: exactly where the reader was, so that a
/// walk through several links can be retraced step by step (as in a browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    /// Reading: the section's entry, how far its text was scrolled, which pane had the focus
    /// and what was chosen in the text.
    Study {
        section: usize,
        index: usize,
        scroll: usize,
        focus: Focus,
        chosen: Option<usize>,
    },
    /// The log, on an entry.
    Log { entry: u64, focus: Focus },
}

/// How many steps back are kept.
const HISTORY: usize = 100;

/// What the cached text was laid out for: when any of it changes, it is laid out again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocKey {
    pub shown: Shown,
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

/// The list rows of a section: its introduction, then headings for titled groups and their
/// items.
pub fn rows_of(content: &Content, section: usize) -> Vec<ListRow> {
    let mut rows = vec![ListRow::Intro];
    let mut index = 1;
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

    /// The item at entry `index` of a section (`None` for the introduction).
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

    /// How many entries the list of a section has: its introduction and its items.
    pub fn entry_count(&self, section: usize) -> usize {
        self.rows[section]
            .iter()
            .filter(|r| r.entry().is_some())
            .count()
    }

    /// The entry of an item.
    pub fn index_of(&self, r: ItemRef) -> usize {
        self.rows[r.section]
            .iter()
            .find_map(|row| match row {
                ListRow::Item { index, item } if *item == r => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// The entry of the first item of a group.
    pub fn first_of_group(&self, section: usize, group: usize) -> usize {
        self.rows[section]
            .iter()
            .find_map(|r| match r {
                ListRow::Item { index, item } if item.group == group => Some(*index),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// The list row of an entry, and the row to keep in view above it (its heading when it is
    /// the first of a titled group).
    pub fn rows_for(&self, section: usize, index: usize) -> (usize, usize) {
        let rows = &self.rows[section];
        let row = rows
            .iter()
            .position(|r| r.entry() == Some(index))
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

    /// Selects entry `index` of a section: the text from its top, the entry (and its heading)
    /// in view in `height` list rows. Returns whether it changed.
    pub fn select(&mut self, section: usize, index: usize, fit: Fit) -> bool {
        let len = self.entry_count(section);
        let changed = self.places[section].list.choose(index, len);
        if changed {
            self.selection_changed(section, fit);
        }
        changed
    }

    /// Selects entry `index` whatever was selected before (going back, following a link).
    pub fn select_exact(&mut self, section: usize, index: usize, fit: Fit) {
        let len = self.entry_count(section);
        self.places[section].list.choose(index, len);
        self.selection_changed(section, fit);
    }

    fn selection_changed(&mut self, section: usize, fit: Fit) {
        let place = &mut self.places[section];
        place.text.reset();
        place.note.reset();
        place.chosen = None;
        self.mark = None;
        self.keep_in_view(section, fit);
    }

    /// Marks a search's words in an item's text (until another item is chosen).
    pub fn set_mark(&mut self, mark: Mark) {
        self.mark = Some(mark);
    }

    /// The search's words marked, if any.
    pub fn mark(&self) -> Option<&Mark> {
        self.mark.as_ref()
    }

    /// Keeps the chosen row (and its heading) in view, at the list's size now.
    pub fn keep_in_view(&mut self, section: usize, fit: Fit) {
        let (top, row) = self.rows_for(section, self.places[section].selected());
        let heights = self.heights(section, fit, Some(row));
        self.places[section]
            .list
            .show_sized(top, row, &heights, fit.height);
    }

    /// The lines each row of a section's list takes, `chosen` being the chosen row.
    pub fn heights(&self, section: usize, fit: Fit, chosen: Option<usize>) -> Vec<usize> {
        let rows: Vec<crate::view::list::Row> =
            self.rows[section].iter().map(|r| (*r).into()).collect();
        crate::view::list::heights(fit.content, section, &rows, fit.lang, fit.width, chosen)
    }

    /// A move in the list of a section.
    pub fn move_in_list(&mut self, section: usize, m: Move, fit: Fit) {
        let len = self.entry_count(section);
        let target = self.places[section].list.target(m, len, fit.height);
        self.select(section, target, fit);
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

    /// Scrolls the note pane to `line`, at most `max`.
    pub fn scroll_note(&mut self, section: usize, line: usize, max: usize) {
        self.places[section].note.set(line, max);
    }

    /// Chooses anchor `n` of the kept text (a click on it).
    pub fn choose(&mut self, section: usize, n: usize) {
        if self.doc.as_ref().is_some_and(|(_, d)| n < d.anchors.len()) {
            self.places[section].chosen = Some(n);
        }
    }

    /// The anchor chosen in the (kept) text of a section, if the text still has it.
    pub fn chosen_anchor(&self, section: usize) -> Option<&Anchor> {
        let (_, doc) = self.doc.as_ref()?;
        self.places[section].chosen.and_then(|c| doc.anchors.get(c))
    }

    pub fn remember(&mut self, spot: Spot) {
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push(spot);
    }

    /// Where the reader is in a section, to come back to.
    pub fn spot(&self, section: usize) -> Spot {
        let place = &self.places[section];
        Spot::Study {
            section,
            index: place.selected(),
            scroll: place.scroll(),
            focus: self.focus,
            chosen: place.chosen,
        }
    }

    /// Puts the text of a section back as it was: scrolled to `scroll`, `chosen` chosen.
    pub fn restore_text(&mut self, section: usize, scroll: usize, chosen: Option<usize>) {
        let max = self.doc.as_ref().map(|(_, d)| d.lines.len()).unwrap_or(0);
        let place = &mut self.places[section];
        place.text.set(scroll, max);
        place.chosen = chosen;
    }

    pub fn has_history(&self) -> bool {
        !self.history.is_empty()
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
