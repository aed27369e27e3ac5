//! The personal development log: the log tab, its filters, and changing entries.

use std::sync::Arc;

use super::form::{Draft, EntryForm, FilterForm};
use super::{App, Effect, Focus, LogState, Overlay, Problem, Question, Tab, Telling};
use crate::content::{Block, Target};
use crate::data::log::{LogFilter, day_of, on_day};
use crate::data::{Entry, Log};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::store::{DataFile, StoreError, Unreadable};
use crate::view::item::AnchorKind;
use crate::view::scroll::{ListCursor, Move, Scroll};

/// What `u` brings back.
#[derive(Debug)]
pub enum Undo {
    /// An entry deleted, or a new one thrown away after a pause had stored it: back into the
    /// log.
    Entry(Entry),
    /// A form thrown away before anything of it was stored (or changes to an entry): open
    /// again, as it was.
    Form(Box<EntryForm>),
}

/// The log tab: which entries it shows, the chosen one, and the pane that has the focus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogView {
    filter: LogFilter,
    /// Indices into the log's entries that pass the filter, newest first. Derived: rebuilt
    /// when the log or the filter changes, never while drawing.
    shown: Vec<u32>,
    list: ListCursor,
    text: Scroll,
    focus: Focus,
    /// The link chosen in the entry's text, by its place among the entry's links.
    chosen: Option<usize>,
}

impl LogView {
    /// The link chosen in the entry's text.
    pub fn chosen(&self) -> Option<usize> {
        self.chosen
    }

    pub fn filter(&self) -> &LogFilter {
        &self.filter
    }

    pub fn shown(&self) -> &[u32] {
        &self.shown
    }

    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    pub fn offset(&self) -> usize {
        self.list.offset()
    }

    pub fn scroll(&self) -> usize {
        self.text.top()
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The chosen entry's place in the log.
    fn selected_index(&self) -> Option<usize> {
        self.shown.get(self.list.selected()).map(|i| *i as usize)
    }

    /// Rebuilds the shown entries after the log or the filter changed, keeping `keep` (an
    /// entry's id) chosen when it is still shown.
    fn refresh(&mut self, log: &Log, zone: &jiff::tz::TimeZone, keep: Option<u64>, height: usize) {
        self.shown = self.filter.shown(log, zone);
        let at = keep.and_then(|id| self.shown.iter().position(|i| log.id(*i as usize) == id));
        if let Some(at) = at {
            self.list.choose(at, self.shown.len());
        }
        self.list.clamp(self.shown.len(), height);
        self.text.reset();
        self.chosen = None;
    }
}

impl App {
    pub(super) fn log_loaded(&mut self, result: Result<Log, Unreadable>) {
        match result {
            Ok(log) => {
                self.log = LogState::Ready(Arc::new(log));
                self.revision[1] += 1;
                self.refresh_log_view(None);
                // A search opened while the log was being read has not looked in it yet.
                self.search_again();
                let today = self.today;
                let overdue = self
                    .log()
                    .map(|l| (0..l.len()).filter(|i| l.is_overdue(*i, today)).count())
                    .unwrap_or(0);
                if overdue > 0 && self.message.is_none() {
                    self.error(crate::i18n::count(
                        overdue,
                        Msg::OverdueOne,
                        Msg::Overdue,
                        self.lang,
                    ));
                }
            }
            Err(file) => {
                self.log = LogState::Unusable;
                self.problems.push(Problem {
                    doc: DataFile::Log,
                    file,
                });
            }
        }
    }

    /// The log, shared (for the search worker).
    pub(super) fn shared_log(&self) -> Option<Arc<Log>> {
        match &self.log {
            LogState::Ready(log) => Some(Arc::clone(log)),
            _ => None,
        }
    }

    /// The log to change: copied only if the writer is still busy with the previous version.
    fn log_mut(&mut self) -> Option<&mut Log> {
        match &mut self.log {
            LogState::Ready(log) => Some(Arc::make_mut(log)),
            _ => None,
        }
    }

    fn log_list_height(&self) -> usize {
        usize::from(self.layout().list_inner().height).max(1)
    }

    /// Rebuilds the shown entries after the log or the filter changed, keeping the chosen
    /// entry (or the one with `select`) chosen when it is still shown.
    pub(super) fn refresh_log_view(&mut self, select: Option<u64>) {
        let keep = select.or_else(|| {
            let i = self.selected_place()?;
            self.log().map(|l| l.id(i))
        });
        let height = self.log_list_height();
        let LogState::Ready(log) = &self.log else {
            return;
        };
        self.log_view.refresh(log, &self.zone, keep, height);
    }

    /// The entry chosen in the log tab, read whole (from the log file, unless it is held in
    /// memory); a stand-in when it cannot be read ([`crate::view::entry::shown`]).
    pub fn selected_entry(&self) -> Option<Arc<Entry>> {
        let log = self.log()?;
        let i = self.selected_place()?;
        Some(crate::view::entry::shown(log, i, self.lang))
    }

    /// The chosen entry's place in the log.
    pub(super) fn selected_place(&self) -> Option<usize> {
        let log = self.log()?;
        self.log_view.selected_index().filter(|i| *i < log.len())
    }

    fn log_move(&mut self, m: Move) {
        match self.log_view.focus {
            Focus::List => {
                let height = self.log_list_height();
                let len = self.log_view.shown.len();
                if self.log_view.list.moved(m, len, height) {
                    self.log_view.text.reset();
                    self.log_view.chosen = None;
                }
                self.keep_log_row_in_view();
            }
            Focus::Detail => {
                let height = self.detail_height();
                let Some(doc) = self.entry_doc() else { return };
                let max = doc.lines.len().saturating_sub(height);
                // The arrows choose among the entry's links first, as in an item's text.
                let links = doc.anchors.len();
                let next = match (m, self.log_view.chosen) {
                    (Move::Down, None) if links > 0 => Some(0),
                    (Move::Down, Some(c)) if c + 1 < links => Some(c + 1),
                    (Move::Up, Some(c)) if c > 0 => Some(c - 1),
                    (Move::Up, Some(_)) => {
                        self.log_view.chosen = None;
                        return;
                    }
                    _ => None,
                };
                match next {
                    Some(n) => {
                        self.log_view.chosen = Some(n);
                        let a = &doc.anchors[n];
                        let top = self.log_view.text.top();
                        if a.line < top || a.line + a.height > top + height {
                            self.log_view.text.set(a.line.saturating_sub(1), max);
                        }
                    }
                    None => self.log_view.text.moved(m, height, max),
                }
            }
        }
    }

    /// The chosen entry's text (with its links) as the log tab lays it out.
    fn entry_doc(&self) -> Option<crate::view::item::Doc> {
        let width = self.layout().detail_text_width();
        let e = self.selected_entry()?;
        Some(crate::view::entry::doc(
            &e,
            self.content,
            self.lang,
            &self.zone,
            self.today,
            width,
        ))
    }

    /// The lines each shown entry's row takes in the list, for rows `from..to`.
    pub(super) fn log_row_heights(&self, from: usize, to: usize) -> Vec<usize> {
        let Some(log) = self.log() else {
            return Vec::new();
        };
        let width = usize::from(self.layout().list_inner().width).saturating_sub(2);
        let chosen = self.log_view.list.selected();
        (from..to.min(self.log_view.shown.len()))
            .map(|row| {
                let e =
                    crate::view::entry::listed(log, self.log_view.shown[row] as usize, self.lang);
                crate::view::entry::row_lines(
                    &e,
                    self.lang,
                    &self.zone,
                    self.today,
                    width,
                    row == chosen,
                )
                .len()
            })
            .collect()
    }

    /// Rows of two lines (and the chosen one's, of all it needs) still leave the chosen row
    /// whole in view: only the rows between the first shown and the chosen one are measured.
    fn keep_log_row_in_view(&mut self) {
        let height = self.log_list_height();
        let selected = self.log_view.list.selected();
        let offset = self.log_view.list.offset().min(selected);
        let heights = self.log_row_heights(offset, selected + 1);
        let mut first = 0;
        while first < heights.len().saturating_sub(1)
            && heights[first..].iter().sum::<usize>() > height
        {
            first += 1;
        }
        self.log_view.list = self.log_view.list.with_offset(offset + first);
    }

    pub(super) fn log_cmd(&mut self, cmd: Cmd) {
        if let Some(m) = super::nav::move_of(cmd) {
            self.log_move(m);
            return;
        }
        match cmd {
            Cmd::Open => match self.log_view.focus {
                Focus::List => self.log_view.focus = Focus::Detail,
                Focus::Detail => self.follow_entry_link(),
            },
            Cmd::FocusList => self.log_view.focus = Focus::List,
            Cmd::Back => match self.log_view.focus {
                Focus::Detail => self.log_view.focus = Focus::List,
                Focus::List => self.go_back(),
            },
            Cmd::FocusDetail => self.log_view.focus = Focus::Detail,
            Cmd::FollowLink => self.follow_entry_link(),
            Cmd::EditEntry => self.edit_entry(),
            Cmd::DeleteEntry => {
                if let Some(id) = self.selected_place().and_then(|i| Some(self.log()?.id(i)))
                    && !self.refuse_if_read_only()
                {
                    self.overlay = Some(Overlay::Confirm(Question::DeleteEntry(id)));
                }
            }
            Cmd::Undo => self.undo(),
            Cmd::CycleStatus => self.cycle_selected_status(),
            Cmd::ToggleOpen => {
                self.log_view.filter.open_only = !self.log_view.filter.open_only;
                self.refresh_log_view(None);
            }
            Cmd::Filter => {
                let form = FilterForm::new(&self.log_view.filter, self.lang);
                self.overlay = Some(Overlay::Filter(Box::new(form)));
            }
            Cmd::ClearFilter => {
                self.log_view.filter = LogFilter::default();
                self.refresh_log_view(None);
            }
            other => self.tabs_cmd(other),
        }
    }

    /// `n`: a new entry, linked to the item being read (or the item the log is filtered on).
    pub(super) fn new_entry(&mut self) {
        if self.refuse_if_read_only() || !self.log_usable() {
            return;
        }
        let items: Vec<String> = match self.tabs[self.tab] {
            Tab::Section(_) => self
                .current_item()
                .map(|r| vec![self.content.item(r).id.to_string()])
                .unwrap_or_default(),
            Tab::Log => self.log_view.filter.item.iter().cloned().collect(),
            Tab::Measures => Vec::new(),
        };
        let form = EntryForm::new(self.content, self.lang, None, &items, self.today);
        self.overlay = Some(Overlay::Entry(Box::new(form)));
    }

    /// `a`: the intervention chosen in the text becomes a new action in the log (planned,
    /// linked to the item), in the entry form so it can be put in the user's own words first.
    pub(super) fn add_action(&mut self) {
        let Some(r) = self.current_item() else { return };
        let has_any = self
            .content
            .item(r)
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Interventions { entries, .. } if !entries.is_empty()));
        if !has_any {
            self.error(Msg::NoInterventions.get(self.lang).to_string());
            return;
        }
        self.refresh_doc();
        let in_text = self.study.focus() == Focus::Detail;
        let chosen = self
            .study
            .chosen_anchor(r.section)
            .filter(|a| in_text && a.kind == AnchorKind::Intervention)
            .and_then(|a| self.content.title_of(&a.id, self.lang));
        let Some(text) = chosen else {
            let hint = if in_text {
                Msg::ChooseInterventionHere
            } else {
                Msg::ChooseIntervention
            };
            self.error(hint.get(self.lang).to_string());
            return;
        };
        if self.refuse_if_read_only() || !self.log_usable() {
            return;
        }
        let id = self.content.item(r).id.to_string();
        let open_already = self.log().is_some_and(|log| {
            log.linked_to(&id)
                .any(|e| e.is_open_action() && e.title == text)
        });
        if open_already {
            self.error(Msg::ActionAlreadyThere.get(self.lang).to_string());
            return;
        }
        let form = EntryForm::new_action(self.content, self.lang, &text, &[id], self.today);
        self.overlay = Some(Overlay::Entry(Box::new(form)));
    }

    fn log_usable(&mut self) -> bool {
        if matches!(self.log, LogState::Ready(_)) {
            true
        } else {
            self.error(Msg::LogUnavailable.get(self.lang).to_string());
            false
        }
    }

    fn edit_entry(&mut self) {
        if self.refuse_if_read_only() {
            return;
        }
        let Some(i) = self.selected_place() else {
            return;
        };
        // Read whole: an entry that cannot be read is not opened to be changed.
        let Some(entry) = self.log().and_then(|l| l.get(i)).map(Arc::unwrap_or_clone) else {
            self.error(Msg::EntryUnreadableRefused.get(self.lang).to_string());
            return;
        };
        let day = day_of(entry.created, &self.zone);
        let form = EntryForm::new(self.content, self.lang, Some(&entry), &entry.items, day);
        self.overlay = Some(Overlay::Entry(Box::new(form)));
    }

    /// Puts a draft into the log: into the entry the form writes to, or as a new entry.
    /// Returns the entry's id and whether the log changed (the caller saves it). A date set in
    /// the form changes the day the entry was written, not its time of day: a new entry keeps
    /// the time it was written, a changed one its own time.
    fn store_draft(&mut self, form: &EntryForm, draft: Draft) -> Option<(u64, bool)> {
        let now = self.now;
        let zone = self.zone.clone();
        let original = form.original().cloned();
        let stored = form.stored();
        let log = self.log_mut()?;
        let Some(i) = stored.and_then(|id| log.find(id)) else {
            let id = log.new_id(now);
            let created = draft.day.map_or(now, |d| on_day(now, d, &zone));
            log.push(Entry {
                id,
                created,
                updated: None,
                title: draft.title,
                text: draft.text,
                tags: draft.tags,
                items: draft.items,
                action: draft.action,
            });
            return Some((id, true));
        };
        // Changed back to what it was when the form opened: as it was, also when.
        if let Some(o) = original.filter(|o| draft.same_as(o, &zone)) {
            let id = o.id;
            let changed = log.update(i, |e| {
                let changed = *e != o;
                *e = o;
                changed
            })?;
            return Some((id, changed));
        }
        let is_new = form.is_new();
        log.update(i, |e| {
            let created = match draft.day {
                Some(d) if d != day_of(e.created, &zone) => on_day(e.created, d, &zone),
                _ => e.created,
            };
            let id = e.id;
            if draft.same_as(e, &zone) && created == e.created {
                return (id, false);
            }
            e.title = draft.title;
            e.text = draft.text;
            e.tags = draft.tags;
            e.items = draft.items;
            e.action = draft.action;
            e.created = created;
            // A new entry that a pause stored is still being written, not changed.
            if !is_new {
                e.updated = Some(now);
            }
            (id, true)
        })
    }

    /// Takes the entry `id` out of the log, if it is there.
    fn take_entry(&mut self, id: u64) -> Option<Entry> {
        let log = self.log_mut()?;
        let i = log.find(id)?;
        log.remove(i).map(Arc::unwrap_or_clone)
    }

    /// Stores what the form holds. Told quietly (quitting), problems in the form do not keep it
    /// open: the entry is saved with what could be read. Told, it says what happened to the
    /// entry since the form opened: saved, or unchanged (whatever a pause stored in between).
    pub(super) fn save_form(&mut self, telling: Telling) {
        let Some(Overlay::Entry(form)) = &mut self.overlay else {
            return;
        };
        let draft = match form.read() {
            Ok(d) => d,
            Err(problems) if telling == Telling::Tell => {
                form.problems = problems;
                return;
            }
            Err(_) => form.read_leniently(),
        };
        let Some(Overlay::Entry(form)) = self.overlay.take() else {
            return;
        };
        if draft.is_empty() {
            // A new entry that a pause stored goes again; a changed one stays as it was.
            if form.is_new()
                && let Some(id) = form.stored()
                && self.take_entry(id).is_some()
            {
                self.refresh_log_view(None);
                self.changed_log();
            }
            if telling == Telling::Tell {
                self.note(Msg::EntryEmpty.get(self.lang).to_string());
            }
            return;
        }
        let unchanged = form
            .original()
            .is_some_and(|o| draft.same_as(o, &self.zone));
        let Some((id, changed)) = self.store_draft(&form, draft) else {
            return;
        };
        self.refresh_log_view(Some(id));
        if changed {
            self.changed_log();
        }
        if telling == Telling::Tell {
            if unchanged {
                self.note(Msg::EntryUnchanged.get(self.lang).to_string());
            } else {
                self.confirm(DataFile::Log, Msg::EntrySaving, Msg::EntrySaved);
            }
        }
    }

    /// While an entry is being written, a pause in typing stores it (leaving out what cannot
    /// be read yet), as it does a note: a crash or a closed terminal loses at most the last
    /// few seconds. The form stays open.
    pub(super) fn autosave_form(&mut self) {
        let Some(Overlay::Entry(form)) = &self.overlay else {
            return;
        };
        if form.discarding() || self.read_only.is_some() {
            return;
        }
        let draft = form.read_leniently();
        if draft.is_empty() {
            return;
        }
        // The form is taken out while the log changes, and put back.
        let Some(Overlay::Entry(mut form)) = self.overlay.take() else {
            return;
        };
        if let Some((id, changed)) = self.store_draft(&form, draft) {
            form.set_stored(id);
            if changed {
                self.refresh_log_view(Some(id));
                self.changed_log();
            }
        }
        self.overlay = Some(Overlay::Entry(form));
    }

    /// Ctrl-D in the form: asks whether to throw the entry away, unless there is nothing to
    /// lose.
    fn ask_discard(&mut self) {
        let zone = self.zone.clone();
        let Some(Overlay::Entry(form)) = &mut self.overlay else {
            return;
        };
        let draft = form.read_leniently();
        let nothing_to_lose = match form.original() {
            None => form.stored().is_none() && draft.is_empty() && form.query.is_empty(),
            Some(o) => draft.same_as(o, &zone) && form.query.is_empty(),
        };
        if nothing_to_lose {
            let msg = if form.is_new() {
                Msg::EntryEmpty
            } else {
                Msg::EntryUnchanged
            };
            self.overlay = None;
            self.info(msg.get(self.lang).to_string());
            return;
        }
        form.set_discarding(true);
    }

    /// Yes to the question: the entry goes, and `u` brings it back. A new entry that a pause
    /// stored is taken out of the log (with everything typed since); one never stored, or the
    /// changes to an existing entry, come back as the form they were.
    fn discard_form(&mut self) {
        let Some(Overlay::Entry(mut form)) = self.overlay.take() else {
            return;
        };
        form.set_discarding(false);
        form.problems.clear();
        match (form.original().cloned(), form.stored()) {
            (None, Some(_)) => {
                let draft = form.read_leniently();
                let stored = self
                    .store_draft(&form, draft)
                    .and_then(|(id, _)| self.take_entry(id));
                if let Some(entry) = stored {
                    self.undo = Some(Undo::Entry(entry));
                }
                self.refresh_log_view(None);
                self.changed_log();
                self.info(Msg::EntryDiscarded.get(self.lang).to_string());
            }
            (None, None) => {
                self.undo = Some(Undo::Form(form));
                self.info(Msg::EntryDiscarded.get(self.lang).to_string());
            }
            (Some(original), _) => {
                // A pause may have stored some of the changes: the entry as it was.
                let id = original.id;
                let restored = self.log_mut().and_then(|log| {
                    let i = log.find(id)?;
                    log.update(i, |e| {
                        let changed = *e != original;
                        *e = original;
                        changed
                    })
                });
                if restored == Some(true) {
                    self.refresh_log_view(Some(id));
                    self.changed_log();
                }
                self.undo = Some(Undo::Form(form));
                self.info(Msg::EditDiscarded.get(self.lang).to_string());
            }
        }
    }

    pub(super) fn form_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => self.save_form(Telling::Tell),
            Cmd::ForceQuit => self.quit(),
            Cmd::External => self.request_external(),
            Cmd::DiscardEntry => self.ask_discard(),
            _ => {
                if let Some(Overlay::Entry(form)) = &mut self.overlay {
                    match cmd {
                        Cmd::NextField => form.move_field(1),
                        Cmd::PrevField => form.move_field(-1),
                        Cmd::CycleStatus => form.cycle_status(),
                        Cmd::Up => form.move_in_parts(false),
                        Cmd::Down => form.move_in_parts(true),
                        // With nothing searched for, Enter moves on as in the other fields.
                        Cmd::PickPart if !form.pick_part() => form.move_field(1),
                        Cmd::RemovePart => form.remove_part(crate::keys::Key::Backspace.event()),
                        _ => {}
                    }
                }
            }
        }
    }

    pub(super) fn filter_cmd(&mut self, cmd: Cmd) {
        let Some(Overlay::Filter(form)) = &mut self.overlay else {
            return;
        };
        match cmd {
            Cmd::NextField => form.move_field(1),
            Cmd::PrevField => form.move_field(-1),
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            Cmd::Apply => {
                match form.read(self.content, self.log_view.filter.open_only, self.lang) {
                    Ok(filter) => {
                        self.overlay = None;
                        self.log_view.filter = filter;
                        self.refresh_log_view(None);
                    }
                    Err(problem) => form.error = Some(problem),
                }
            }
            _ => {}
        }
    }

    pub(super) fn confirm_cmd(&mut self, cmd: Cmd) {
        if let Some(Overlay::Entry(form)) = &mut self.overlay {
            match cmd {
                Cmd::Yes => self.discard_form(),
                Cmd::No => form.set_discarding(false),
                Cmd::ForceQuit => {
                    // Quitting keeps what is written, as it always does.
                    form.set_discarding(false);
                    self.quit();
                }
                _ => {}
            }
            return;
        }
        let Some(Overlay::Confirm(question)) = self.overlay else {
            return;
        };
        match cmd {
            Cmd::Yes => {
                self.overlay = None;
                match question {
                    Question::DeleteEntry(id) => self.delete_entry(id),
                    Question::DeleteSnapshot(taken) => self.delete_snapshot(taken),
                }
            }
            Cmd::No => self.overlay = None,
            Cmd::ForceQuit => {
                self.overlay = None;
                self.quit();
            }
            _ => {}
        }
    }

    fn delete_entry(&mut self, id: u64) {
        let Some(log) = self.log_mut() else { return };
        let Some(i) = log.find(id) else { return };
        // One that cannot be read goes too; it cannot come back with u.
        if let Some(entry) = log.remove(i) {
            self.undo = Some(Undo::Entry(Arc::unwrap_or_clone(entry)));
        }
        self.info(Msg::EntryDeleted.get(self.lang).to_string());
        self.refresh_log_view(None);
        self.changed_log();
    }

    /// `u`: the last entry deleted or thrown away comes back.
    pub(super) fn undo(&mut self) {
        let Some(undo) = self.undo.take() else {
            self.error(Msg::NothingToUndo.get(self.lang).to_string());
            return;
        };
        if self.refuse_if_read_only() {
            self.undo = Some(undo);
            return;
        }
        let entry = match undo {
            Undo::Entry(entry) => entry,
            Undo::Form(form) => {
                self.overlay = Some(Overlay::Entry(form));
                self.note(Msg::EntryReopened.get(self.lang).to_string());
                return;
            }
        };
        let id = entry.id;
        let Some(log) = self.log_mut() else { return };
        log.push(entry);
        self.info(Msg::EntryRestored.get(self.lang).to_string());
        self.refresh_log_view(Some(id));
        self.changed_log();
    }

    fn cycle_selected_status(&mut self) {
        let Some(id) = self.selected_place().and_then(|i| Some(self.log()?.id(i))) else {
            return;
        };
        if self.refuse_if_read_only() {
            return;
        }
        let now = self.now;
        let lang = self.lang;
        let Some(log) = self.log_mut() else { return };
        let Some(i) = log.find(id) else { return };
        if log.action(i).is_none() {
            self.error(Msg::NotAnAction.get(lang).to_string());
            return;
        }
        let cycled = log.update(i, |e| {
            let action = e.action.as_mut()?;
            action.status = action.status.next();
            e.updated = Some(now);
            Some(action.status)
        });
        let status = match cycled {
            Some(Some(status)) => status,
            Some(None) => {
                self.error(Msg::NotAnAction.get(lang).to_string());
                return;
            }
            None => {
                self.error(Msg::EntryUnreadableRefused.get(lang).to_string());
                return;
            }
        };
        self.info(format!(
            "{}: {}",
            Msg::Status.get(lang),
            crate::data::log::status_word(status, lang)
        ));
        self.refresh_log_view(Some(id));
        self.changed_log();
    }

    /// Follows the link chosen in the entry's text, or else its first link.
    fn follow_entry_link(&mut self) {
        let chosen = match self.log_view.focus {
            Focus::Detail => self.log_view.chosen,
            Focus::List => None,
        };
        let target = self
            .selected_place()
            .and_then(|i| self.log()?.items(i).nth(chosen.unwrap_or(0)))
            .and_then(|id| self.content.find(id));
        match target {
            Some(t @ Target::Item(_)) => {
                if let Some(entry) = self.selected_place().and_then(|i| Some(self.log()?.id(i))) {
                    self.study.remember(super::study::Spot::Log {
                        entry,
                        focus: self.log_view.focus,
                    });
                }
                self.go_to(t)
            }
            _ => self.error(Msg::NoLink.get(self.lang).to_string()),
        }
    }

    /// Chooses the entry on row `row` of the log's list, if there is one (a click on it).
    pub(super) fn select_log_row(&mut self, row: usize) {
        let len = self.log_view.shown.len();
        if row < len && self.log_view.list.choose(row, len) {
            self.log_view.text.reset();
            self.log_view.chosen = None;
        }
        self.keep_log_row_in_view();
    }

    pub(super) fn set_log_focus(&mut self, focus: Focus) {
        self.log_view.focus = focus;
    }

    /// Opens the log tab on an entry, clearing the filter if it hides the entry.
    pub(super) fn show_entry(&mut self, id: u64) {
        self.show_tab(Tab::Log);
        let shown = self.log().is_some_and(|log| {
            self.log_view
                .shown
                .iter()
                .any(|i| (*i as usize) < log.len() && log.id(*i as usize) == id)
        });
        if !shown {
            self.log_view.filter = LogFilter::default();
        }
        self.refresh_log_view(Some(id));
        self.log_view.focus = Focus::List;
    }

    /// `x`: the portfolio as Markdown, written into the data folder.
    pub(super) fn export_portfolio(&mut self) {
        if self.log().is_none() {
            self.error(Msg::LogUnavailable.get(self.lang).to_string());
            return;
        }
        let name = format!("portfolio-{}.md", self.today);
        self.effects.push(Effect::ExportPortfolio { name });
    }

    /// The export is written (or not).
    pub(super) fn exported(&mut self, result: Result<std::path::PathBuf, StoreError>) {
        match result {
            Ok(path) => self.info(format!(
                "{} {}",
                Msg::Exported.get(self.lang),
                crate::safe::line(&path.display().to_string())
            )),
            Err(e) => self.failed(format!(
                "{}: {}",
                Msg::ExportFailed.get(self.lang),
                e.describe(self.lang)
            )),
        }
    }
}
