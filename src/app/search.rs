//! `/`: one search over the material, the notes and the log, as the user types.
//!
//! Every word of the query must occur (in any order) as a substring, without regard to case or
//! accents, in either direction: "orientatie" finds "oriëntatie" and "oriëntatie" finds
//! "orientatie". Both sides are folded with nucleo-matcher's Latin tables (accents off, lower
//! case), one character for one, so a match's place in the folded text is its place in the
//! original. (nucleo-matcher's own substring matcher is not used: in 0.3.1 it misses accented
//! matches that do not start the text.)

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::{App, LogFilter, Overlay, Tab};
use crate::content::Target;
use crate::i18n::{Lang, Msg};
use crate::keys::Cmd;
pub use crate::search::{Hit, HitKind, LogSearch, Query, item_fields, search_log};

/// A row of the results as drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultRow {
    /// A group's heading.
    Heading(HitKind),
    /// A hit, by its place among all hits.
    Hit(usize),
}

/// Narrowing a result set this small is done at once rather than on the worker.
const NARROW_AT_ONCE: usize = 2_000;

/// The search overlay's state.
#[derive(Debug)]
pub struct Search {
    pub query: TextArea<'static>,
    /// Material and notes, in reading order.
    pub hits: Vec<Hit>,
    /// Log entries by place, newest first.
    pub log_hits: Vec<u32>,
    /// The log part is still being searched.
    pub log_pending: bool,
    pub selected: usize,
    /// The first result row shown (rows include a heading per group).
    pub offset: usize,
    lang: Lang,
    /// The query the hits are for, and which search of the log is the latest.
    pub(super) last: String,
    generation: u64,
}

impl Search {
    pub fn new(lang: Lang) -> Search {
        Search {
            query: super::form::line("", Msg::SearchPlaceholder.get(lang)),
            hits: Vec::new(),
            log_hits: Vec::new(),
            log_pending: false,
            selected: 0,
            offset: 0,
            lang,
            last: String::new(),
            generation: 0,
        }
    }

    pub fn text(&self) -> String {
        self.query.lines().join(" ")
    }

    pub fn len(&self) -> usize {
        self.hits.len() + self.log_hits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`th result, material and notes first, then the log.
    pub fn hit(&self, i: usize) -> Option<Hit> {
        match self.hits.get(i) {
            Some(h) => Some(*h),
            None => self
                .log_hits
                .get(i - self.hits.len())
                .map(|ix| Hit::Log(*ix)),
        }
    }

    /// How many hits of each kind.
    pub fn count(&self, kind: HitKind) -> usize {
        match kind {
            HitKind::Log => self.log_hits.len(),
            _ => self.hits.iter().filter(|h| h.kind() == kind).count(),
        }
    }

    /// The groups of results as drawn, in order: the kind, its first row (its heading), and
    /// the place of its first hit among all hits. Empty groups are not drawn.
    fn groups(&self) -> impl Iterator<Item = (HitKind, usize, usize)> + '_ {
        let mut row = 0;
        let mut before = 0;
        [HitKind::Material, HitKind::Note, HitKind::Log]
            .into_iter()
            .filter_map(move |kind| {
                let n = self.count(kind);
                (n > 0).then(|| {
                    let group = (kind, row, before);
                    row += 1 + n;
                    before += n;
                    group
                })
            })
    }

    /// The row of the `i`th hit among the rows drawn (a heading before each group).
    pub fn row_of(&self, i: usize) -> usize {
        let mut last = 0;
        for (kind, row, before) in self.groups() {
            if i < before + self.count(kind) {
                return row + 1 + (i - before);
            }
            last = row + 1 + self.count(kind);
        }
        last
    }

    /// What the `row`th row drawn is: the reverse of `row_of`, so drawing lays out only the
    /// rows in view, however many results there are.
    pub fn row_at(&self, row: usize) -> Option<ResultRow> {
        self.groups()
            .take_while(|(_, first, _)| *first <= row)
            .last()
            .and_then(|(kind, first, before)| {
                if row == first {
                    Some(ResultRow::Heading(kind))
                } else {
                    let i = row - first - 1;
                    (i < self.count(kind)).then_some(ResultRow::Hit(before + i))
                }
            })
    }
}

impl App {
    pub(super) fn open_search(&mut self) {
        self.overlay = Some(Overlay::Search(Box::new(Search::new(self.lang))));
    }

    fn search_mut(&mut self) -> Option<&mut Search> {
        match &mut self.overlay {
            Some(Overlay::Search(s)) => Some(s),
            _ => None,
        }
    }

    pub(super) fn search_input(&mut self, key: KeyEvent) {
        if let Some(s) = self.search_mut() {
            s.query.input(key);
        }
        self.run_search();
    }

    pub(super) fn search_paste(&mut self, text: &str) {
        if let Some(s) = self.search_mut() {
            s.query.insert_str(text.replace('\n', " "));
        }
        self.run_search();
    }

    /// Finds what the query matches: the material and the notes at once; the log at once
    /// when the query only narrows a small earlier result, else on the worker (the footer says
    /// so until it is done).
    pub(super) fn run_search(&mut self) {
        if !matches!(self.overlay, Some(Overlay::Search(_))) {
            return;
        }
        let Some(Overlay::Search(mut s)) = self.overlay.take() else {
            return;
        };
        self.search_into(&mut s);
        self.overlay = Some(Overlay::Search(s));
    }

    fn search_into(&mut self, s: &mut Search) {
        let text = s.text();
        if text == s.last {
            return;
        }
        let narrowing = !s.last.trim().is_empty() && text.starts_with(&s.last);
        let mut q = Query::new(&text);
        // A longer query only loses results: look again at what matched before.
        let within = narrowing.then(|| std::mem::take(&mut s.hits));
        let hits =
            crate::search::material_and_notes(self.content, &self.workbook, &mut q, s.lang, within);
        s.hits = hits;
        s.generation += 1;
        s.selected = 0;
        s.offset = 0;
        let narrowing = narrowing && !s.log_pending;
        s.last = text.clone();
        let Some(log) = self.loaded_log_arc() else {
            s.log_hits.clear();
            return;
        };
        if q.is_empty() {
            s.log_hits.clear();
            s.log_pending = false;
            self.search_request = None;
        } else if narrowing && s.log_hits.len() <= NARROW_AT_ONCE {
            s.log_hits = search_log(&log, &text, Some(&s.log_hits));
            s.log_pending = false;
            self.search_request = None;
        } else {
            let within = narrowing.then(|| std::mem::take(&mut s.log_hits));
            s.log_pending = true;
            self.search_request = Some(LogSearch {
                generation: s.generation,
                query: text,
                log,
                within,
            });
        }
    }

    /// The worker's answer; answers to older queries are dropped.
    pub(super) fn log_hits(&mut self, generation: u64, hits: Vec<u32>) {
        if let Some(Overlay::Search(s)) = &mut self.overlay
            && s.generation == generation
        {
            s.log_hits = hits;
            s.log_pending = false;
        }
    }

    /// Runs a waiting log search here and now (tests; the terminal loop uses a thread).
    pub fn run_pending_search(&mut self) {
        if let Some(request) = self.search_request.take() {
            let hits = request.run();
            self.log_hits(request.generation, hits);
        }
    }

    pub(super) fn search_cmd(&mut self, cmd: Cmd) {
        let height = crate::ui::search::results_height(self.size);
        let Some(s) = self.search_mut() else { return };
        let last = s.len().saturating_sub(1);
        match cmd {
            Cmd::Up => s.selected = s.selected.saturating_sub(1),
            Cmd::Down => s.selected = (s.selected + 1).min(last),
            Cmd::PageUp => s.selected = s.selected.saturating_sub(height),
            Cmd::PageDown => s.selected = (s.selected + height).min(last),
            Cmd::Close => {
                self.overlay = None;
                return;
            }
            Cmd::Open => {
                let hit = s.hit(s.selected);
                self.overlay = None;
                if let Some(hit) = hit {
                    self.open_hit(hit);
                }
                return;
            }
            Cmd::ForceQuit => {
                self.overlay = None;
                self.quit();
                return;
            }
            _ => {}
        }
        // Keep the chosen result in view; its group heading too when it is the first.
        let row = s.row_of(s.selected);
        let first_of_group = s.selected == 0
            || s.hit(s.selected - 1).map(|h| h.kind()) != s.hit(s.selected).map(|h| h.kind());
        let top = if first_of_group {
            row.saturating_sub(1)
        } else {
            row
        };
        s.offset = super::nav::keep_visible(s.offset, top, row, height);
    }

    fn open_hit(&mut self, hit: Hit) {
        match hit {
            Hit::Material(r) | Hit::Note(r) => self.go_to(Target::Item(r)),
            Hit::Log(ix) => {
                if let Some(id) = self
                    .loaded_log()
                    .and_then(|l| l.entries.get(ix as usize))
                    .map(|e| e.id)
                {
                    self.show_entry(id);
                }
            }
        }
    }

    /// Opens the log tab on an entry, clearing the filter if it hides the entry.
    pub(super) fn show_entry(&mut self, id: u64) {
        if let Some(t) = self.tabs.iter().position(|t| *t == Tab::Log) {
            self.tab = t;
        }
        let shown = self.loaded_log().is_some_and(|log| {
            self.log_view
                .shown
                .iter()
                .any(|i| log.entries.get(*i).is_some_and(|e| e.id == id))
        });
        if !shown {
            self.log_view.filter = LogFilter::default();
        }
        self.refresh_log_view(Some(id));
        self.log_view.focus = super::Focus::List;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ItemRef;

    #[test]
    fn rows_and_hits_map_both_ways_with_a_heading_per_group() {
        let r = ItemRef {
            section: 0,
            group: 0,
            item: 0,
        };
        let mut s = Search::new(Lang::Nl);
        s.hits = vec![Hit::Material(r), Hit::Material(r), Hit::Note(r)];
        s.log_hits = vec![4, 9];
        assert_eq!(s.row_at(0), Some(ResultRow::Heading(HitKind::Material)));
        assert_eq!(s.row_at(3), Some(ResultRow::Heading(HitKind::Note)));
        assert_eq!(s.row_at(5), Some(ResultRow::Heading(HitKind::Log)));
        for i in 0..s.len() {
            assert_eq!(s.row_at(s.row_of(i)), Some(ResultRow::Hit(i)), "hit {i}");
        }
        assert_eq!(s.row_at(8), None, "past the last row");
        s.hits.clear();
        assert_eq!(s.row_at(0), Some(ResultRow::Heading(HitKind::Log)));
        assert_eq!(s.row_at(1), Some(ResultRow::Hit(0)));
    }
}
