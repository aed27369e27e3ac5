//! `/`: one search over the material, the notes and the log, as the user types. The rules of
//! matching are [`crate::search`]'s; this is the overlay's state: the query, the results, the
//! chosen one, and the search of the log that is still running on the worker.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::{App, Effect, Overlay};
use crate::content::Target;
use crate::i18n::{Lang, Msg};
use crate::keys::Cmd;
use crate::search::{Hit, HitKind, LogSearch, Query, search_log};
use crate::view::scroll::ListCursor;

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
    query: TextArea<'static>,
    /// Material and notes, in reading order.
    hits: Vec<Hit>,
    /// Log entries by place, newest first.
    log_hits: Vec<u32>,
    /// The log part is still being searched.
    log_pending: bool,
    /// The chosen hit, and the first result row shown (rows include a heading per group).
    list: ListCursor,
    lang: Lang,
    /// The query the hits are for, and which search of the log is the latest.
    last: String,
    generation: u64,
}

impl Search {
    pub fn new(lang: Lang) -> Search {
        Search {
            query: super::form::line("", Msg::SearchPlaceholder.get(lang)),
            hits: Vec::new(),
            log_hits: Vec::new(),
            log_pending: false,
            list: ListCursor::default(),
            lang,
            last: String::new(),
            generation: 0,
        }
    }

    pub fn text(&self) -> String {
        self.query.lines().join(" ")
    }

    /// The query field, for drawing.
    pub fn query(&self) -> &TextArea<'static> {
        &self.query
    }

    /// The log part is still being searched.
    pub fn log_pending(&self) -> bool {
        self.log_pending
    }

    /// The chosen hit, by its place among all hits.
    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    /// The first result row shown.
    pub fn offset(&self) -> usize {
        self.list.offset()
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

    /// Searches again from scratch (the log has arrived, or the language changed).
    pub(super) fn search_again(&mut self) {
        if let Some(s) = self.search_mut() {
            s.last.clear();
            self.run_search();
        }
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
        s.list = ListCursor::default();
        let narrowing = narrowing && !s.log_pending;
        s.last = text.clone();
        let Some(log) = self.shared_log() else {
            s.log_hits.clear();
            return;
        };
        if q.is_empty() {
            s.log_hits.clear();
            s.log_pending = false;
        } else if narrowing && s.log_hits.len() <= NARROW_AT_ONCE {
            s.log_hits = search_log(&log, &text, Some(&s.log_hits));
            s.log_pending = false;
        } else {
            let within = narrowing.then(|| std::mem::take(&mut s.log_hits));
            s.log_pending = true;
            self.effects.push(Effect::SearchLog(LogSearch {
                generation: s.generation,
                query: text,
                log,
                within,
            }));
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

    pub(super) fn search_cmd(&mut self, cmd: Cmd) {
        let height = crate::view::layout::search_results_height(self.size);
        let Some(s) = self.search_mut() else { return };
        match cmd {
            Cmd::Close => {
                self.overlay = None;
                return;
            }
            Cmd::Open => {
                let hit = s.hit(s.selected());
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
            other => {
                if let Some(m) = super::nav::move_of(other) {
                    let to = s.list.target(m, s.len(), height);
                    s.list.choose(to, s.len());
                }
            }
        }
        // Keep the chosen result in view; its group heading too when it is the first.
        let chosen = s.selected();
        let row = s.row_of(chosen);
        let first_of_group =
            chosen == 0 || s.hit(chosen - 1).map(|h| h.kind()) != s.hit(chosen).map(|h| h.kind());
        let top = if first_of_group {
            row.saturating_sub(1)
        } else {
            row
        };
        s.list.show(top, row, height);
    }

    fn open_hit(&mut self, hit: Hit) {
        match hit {
            Hit::Material(r) | Hit::Note(r) => self.go_to(Target::Item(r)),
            Hit::Log(ix) => {
                if let Some(id) = self
                    .log()
                    .and_then(|l| l.entries.get(ix as usize))
                    .map(|e| e.id)
                {
                    self.show_entry(id);
                }
            }
        }
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
