//! `/`: one search over the material, the notes and the log, as the user types. The rules of
//! matching are [`crate::search`]'s; this is the overlay's state: the query, the results, the
//! chosen one, and the search of the log that is still running on the worker.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea};

use super::{App, Effect, Focus, Overlay};
use crate::content::{ItemRef, Target};
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

/// Narrowing a result set this small is done at once rather than on the worker: each entry is
/// read from the log file, so only a few (a millisecond at most) are read on the key path.
const NARROW_AT_ONCE: usize = 64;

/// The last search, offered again when `/` opens the search: its query and the result chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Recall {
    query: String,
    selected: usize,
}

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
    /// The result to choose again once there are that many (the log's may come later).
    restore: Option<usize>,
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
            restore: None,
        }
    }

    /// The search again, as it was left: the query there and selected, so that typing
    /// replaces it and the arrows, `Home` and `End` keep it to change; the result chosen then
    /// chosen again.
    fn again(lang: Lang, recall: &Recall) -> Search {
        let mut s = Search::new(lang);
        if !recall.query.is_empty() {
            s.query.insert_str(&recall.query);
            s.query
                .set_selection_style(Style::default().add_modifier(Modifier::REVERSED));
            s.query.select_all();
            s.restore = Some(recall.selected);
        }
        s
    }

    /// What to offer the next time.
    fn recall(&self) -> Recall {
        Recall {
            query: self.text(),
            selected: self.selected(),
        }
    }

    /// Chooses the result to choose again, once it is there.
    fn restore(&mut self) {
        if let Some(i) = self.restore
            && i < self.len()
        {
            self.list.choose(i, self.len());
            self.restore = None;
        }
    }

    /// Keeps the chosen result in view in `height` rows; its group heading too when it is the
    /// first of its group.
    fn keep_in_view(&mut self, height: usize) {
        let chosen = self.selected();
        let row = self.row_of(chosen);
        let first_of_group = chosen == 0
            || self.hit(chosen - 1).map(|h| h.kind()) != self.hit(chosen).map(|h| h.kind());
        let top = if first_of_group {
            row.saturating_sub(1)
        } else {
            row
        };
        self.list.show(top, row, height);
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
        let search = Search::again(self.lang, &self.last_search);
        self.overlay = Some(Overlay::Search(Box::new(search)));
        self.run_search();
        self.search_settled();
    }

    /// After results came in: the result chosen last time chosen again, and in view.
    fn search_settled(&mut self) {
        let height = crate::view::layout::search_results_height(self.size);
        if let Some(s) = self.search_mut() {
            s.restore();
            s.keep_in_view(height);
        }
    }

    fn search_mut(&mut self) -> Option<&mut Search> {
        match &mut self.overlay {
            Some(Overlay::Search(s)) => Some(s),
            _ => None,
        }
    }

    pub(super) fn search_input(&mut self, key: KeyEvent) {
        if let Some(s) = self.search_mut() {
            // The query offered again is selected: a key that moves ends the selection at
            // that side, to change the query; any other key replaces it.
            let side = match key.code {
                KeyCode::Left | KeyCode::Home => Some(CursorMove::Head),
                KeyCode::Right | KeyCode::End => Some(CursorMove::End),
                _ => None,
            };
            match side {
                Some(to) if s.query.is_selecting() => {
                    s.query.cancel_selection();
                    s.query.move_cursor(to);
                }
                _ => {
                    s.query.input(key);
                }
            }
            s.restore = None;
        }
        self.run_search();
    }

    pub(super) fn search_paste(&mut self, text: &str) {
        if let Some(s) = self.search_mut() {
            s.query.insert_str(text.replace('\n', " "));
            s.restore = None;
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
            self.search_settled();
        }
    }

    /// A click or the wheel in the search: a click chooses the result under it (a second click
    /// opens it), the wheel moves through the results.
    pub(super) fn search_pointer(&mut self, p: super::Pointer) {
        if let Some(cmd) = match p.kind {
            super::PointerKind::WheelUp => Some(Cmd::Up),
            super::PointerKind::WheelDown => Some(Cmd::Down),
            super::PointerKind::Click => None,
        } {
            self.search_cmd(cmd);
            return;
        }
        let popup = crate::view::layout::search_popup(self.size.into());
        // Inside the frame, below the query and the counts.
        let top = popup.y + 1 + 2;
        let height = crate::view::layout::search_results_height(self.size);
        if p.row < top
            || usize::from(p.row - top) >= height
            || !popup.contains((p.column, p.row).into())
        {
            return;
        }
        let Some(s) = self.search_mut() else { return };
        let Some(ResultRow::Hit(i)) = s.row_at(s.offset() + usize::from(p.row - top)) else {
            return;
        };
        if i == s.selected() {
            self.search_cmd(Cmd::Open);
        } else {
            s.list.choose(i, s.len());
            s.restore = None;
            s.keep_in_view(height);
        }
    }

    pub(super) fn search_cmd(&mut self, cmd: Cmd) {
        let height = crate::view::layout::search_results_height(self.size);
        let Some(s) = self.search_mut() else { return };
        let recall = s.recall();
        match cmd {
            Cmd::Close => {
                self.last_search = recall;
                self.overlay = None;
            }
            Cmd::Open => {
                let hit = s.hit(s.selected());
                self.last_search = recall;
                self.overlay = None;
                if let Some(hit) = hit {
                    self.open_hit(hit);
                }
            }
            Cmd::ForceQuit => {
                self.last_search = recall;
                self.overlay = None;
                self.quit();
            }
            other => {
                if let Some(m) = super::nav::move_of(other) {
                    let to = s.list.target(m, s.len(), height);
                    s.list.choose(to, s.len());
                    s.restore = None;
                }
                s.keep_in_view(height);
            }
        }
    }

    /// Opens the item of a hit with the query's words marked in its text, scrolled to the first
    /// match: in the material for a hit in the material, in the note for a hit in a note.
    fn show_match(&mut self, r: ItemRef, in_note: bool) {
        self.go_to(Target::Item(r));
        let query = self.last_search.query.clone();
        self.study.set_focus(Focus::Detail);
        self.study
            .set_mark(crate::view::mark::Mark { item: r, query });
        self.refresh_doc();
        let height = self.detail_height();
        let line = self.current_doc().and_then(|doc| {
            let mark = self.study.mark()?;
            crate::view::mark::first_line(doc, &mark.query, in_note)
        });
        if let Some(line) = line {
            // The match a third of the way down, unless it is on the first page anyway.
            let top = if line < height { 0 } else { line - height / 3 };
            self.study.scroll_to(r.section, top, height);
        }
        if in_note {
            // The note has a pane of its own: it shows the match there.
            let l = crate::view::layout::study(self.size.into(), self.tab_rows());
            let width = usize::from(crate::view::layout::text_column(l.detail).width);
            let room = crate::view::layout::note_room(l.detail);
            let note = self.workbook.note(&self.content.item(r).id);
            let mut q = crate::search::Query::new(&self.last_search.query);
            if let Some(line) = crate::view::item::note_line_where(note, width, |l| {
                !crate::view::mark::positions(&mut q, l).is_empty()
            }) {
                let top = line.saturating_sub(room / 3);
                self.study.scroll_note(r.section, top, line);
            }
        }
    }

    fn open_hit(&mut self, hit: Hit) {
        match hit {
            Hit::Material(r) => self.show_match(r, false),
            Hit::Note(r) => self.show_match(r, true),
            Hit::Log(ix) => {
                if let Some(id) = self
                    .log()
                    .filter(|l| (ix as usize) < l.len())
                    .map(|l| l.id(ix as usize))
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
