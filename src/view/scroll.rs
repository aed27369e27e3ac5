//! The one cursor type of every list and scrolled pane: the study list, the log, the search
//! results, the snapshots (a [`ListCursor`]), and the text, the log entry, the comparison, help
//! and sources (a [`Scroll`]).

/// How a key moves a list or a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
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

/// A list: the chosen entry, and the first row shown. Lists whose rows are not their entries
/// (a heading above a group) say which rows to keep in view with [`ListCursor::show`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListCursor {
    selected: usize,
    offset: usize,
}

impl ListCursor {
    pub fn at(selected: usize) -> ListCursor {
        ListCursor {
            selected,
            offset: 0,
        }
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The same choice with `offset` as the first row shown (for lists that measure their
    /// rows themselves).
    pub fn with_offset(self, offset: usize) -> ListCursor {
        ListCursor { offset, ..self }
    }

    /// Where a move lands in a list of `len` entries shown `height` at a time.
    pub fn target(&self, m: Move, len: usize, height: usize) -> usize {
        let page = height.saturating_sub(1).max(1);
        let last = len.saturating_sub(1);
        match m {
            Move::Up => self.selected.saturating_sub(1),
            Move::Down => self.selected + 1,
            Move::PageUp => self.selected.saturating_sub(page),
            Move::PageDown => self.selected + page,
            Move::Top => 0,
            Move::Bottom => last,
        }
        .min(last)
    }

    /// Chooses entry `index` (within `len`); returns whether the choice changed. The caller
    /// keeps it in view with [`show`](Self::show) (or [`moved`](Self::moved) does both).
    pub fn choose(&mut self, index: usize, len: usize) -> bool {
        let index = index.min(len.saturating_sub(1));
        let changed = index != self.selected;
        self.selected = index;
        changed
    }

    /// Keeps rows `first..=last` in view in `height` rows, moving as little as it can.
    pub fn show(&mut self, first: usize, last: usize, height: usize) {
        self.offset = keep_visible(self.offset, first, last, height);
    }

    /// Keeps rows `first..=last` in view in `height` lines, where row `n` takes `heights[n]`
    /// lines, moving as little as it can.
    pub fn show_sized(&mut self, first: usize, last: usize, heights: &[usize], height: usize) {
        if heights.is_empty() {
            self.offset = 0;
            return;
        }
        let last = last.min(heights.len() - 1);
        let first = first.min(last);
        let lines = |from: usize| heights[from..=last].iter().sum::<usize>();
        self.offset = self.offset.min(first);
        while self.offset < first && lines(self.offset) > height.max(1) {
            self.offset += 1;
        }
    }

    /// A move in a list whose rows are its entries; returns whether the choice changed.
    pub fn moved(&mut self, m: Move, len: usize, height: usize) -> bool {
        let changed = self.choose(self.target(m, len, height), len);
        self.show(self.selected, self.selected, height);
        changed
    }

    /// After the list changed: the same entry chosen if it is still within `len`.
    pub fn clamp(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.show(self.selected, self.selected, height);
    }
}

/// A scrolled text: the first line shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scroll {
    top: usize,
}

impl Scroll {
    pub fn top(&self) -> usize {
        self.top
    }

    /// Shows line `line` first, no further than `max` (the last page).
    pub fn set(&mut self, line: usize, max: usize) {
        self.top = line.min(max);
    }

    /// A move over a text of which `height` lines show and at most `max` can scroll away.
    pub fn moved(&mut self, m: Move, height: usize, max: usize) {
        let page = height.saturating_sub(1).max(1);
        let to = match m {
            Move::Up => self.top.saturating_sub(1),
            Move::Down => self.top + 1,
            Move::PageUp => self.top.saturating_sub(page),
            Move::PageDown => self.top + page,
            Move::Top => 0,
            Move::Bottom => max,
        };
        self.set(to, max);
    }

    /// Scrolls by `delta` lines.
    pub fn by(&mut self, delta: isize, max: usize) {
        self.set(self.top.saturating_add_signed(delta), max);
    }

    pub fn reset(&mut self) {
        self.top = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stops_at_both_ends() {
        let mut s = Scroll::default();
        s.set(3, 3);
        s.moved(Move::Down, 10, 3);
        assert_eq!(s.top(), 3);
        s.set(0, 3);
        s.moved(Move::Up, 10, 3);
        assert_eq!(s.top(), 0);
        s.moved(Move::PageDown, 10, 30);
        assert_eq!(s.top(), 9, "a page keeps one line");
        s.set(25, 30);
        s.moved(Move::PageDown, 10, 30);
        assert_eq!(s.top(), 30);
        s.moved(Move::Top, 10, 30);
        assert_eq!(s.top(), 0);
        s.moved(Move::Bottom, 10, 30);
        assert_eq!(s.top(), 30);
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

    #[test]
    fn rows_of_several_lines_are_kept_in_view_whole() {
        let heights = [1, 2, 2, 4, 1, 2];
        let mut c = ListCursor::default();
        c.show_sized(3, 3, &heights, 6);
        assert_eq!(c.offset(), 2, "rows 2 and 3 take six lines");
        c.show_sized(5, 5, &heights, 6);
        assert_eq!(c.offset(), 4, "rows 3 to 5 take seven lines");
        c.show_sized(1, 2, &heights, 6);
        assert_eq!(
            c.offset(),
            1,
            "back up: the first row wanted is the first shown"
        );
        c.show_sized(3, 3, &heights, 2);
        assert_eq!(
            c.offset(),
            3,
            "a row taller than the list is shown from its start"
        );
        c.show_sized(0, 0, &[], 5);
        assert_eq!(c.offset(), 0);
    }

    #[test]
    fn a_list_moves_within_its_length_and_keeps_the_choice_in_view() {
        let mut c = ListCursor::default();
        assert!(c.moved(Move::Down, 100, 10));
        assert_eq!(c.selected(), 1);
        c.moved(Move::PageDown, 100, 10);
        assert_eq!(c.selected(), 10);
        assert_eq!(c.offset(), 1, "the choice is the last row shown");
        c.moved(Move::Bottom, 100, 10);
        assert_eq!((c.selected(), c.offset()), (99, 90));
        assert!(!c.moved(Move::Down, 100, 10), "no further than the end");
        c.clamp(5, 10);
        assert_eq!(c.selected(), 4, "a shorter list keeps a choice within it");
        c.moved(Move::Top, 5, 10);
        assert_eq!((c.selected(), c.offset()), (0, 0));
        let mut empty = ListCursor::default();
        assert!(!empty.moved(Move::Down, 0, 10));
        assert_eq!(empty.selected(), 0);
    }
}
