//! The personal development log: the log tab, its filters, and changing entries.

use std::sync::Arc;

use super::form::{EntryForm, FilterForm};
use super::{App, Effect, Focus, LogState, Overlay, Problem, Question, Tab, Telling};
use crate::content::Target;
use crate::data::log::LogFilter;
use crate::data::{Entry, Log};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::store::{DataFile, StoreError, Unreadable};
use crate::view::scroll::{ListCursor, Move, Scroll};

/// The log tab: which entries it shows, the chosen one, and the pane that has the focus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogView {
    filter: LogFilter,
    /// Indices into the log's entries that pass the filter, newest first. Derived: rebuilt
    /// when the log or the filter changes, never while drawing.
    shown: Vec<usize>,
    list: ListCursor,
    text: Scroll,
    focus: Focus,
}

impl LogView {
    pub fn filter(&self) -> &LogFilter {
        &self.filter
    }

    pub fn shown(&self) -> &[usize] {
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
        self.shown.get(self.list.selected()).copied()
    }

    /// Rebuilds the shown entries after the log or the filter changed, keeping `keep` (an
    /// entry's id) chosen when it is still shown.
    fn refresh(&mut self, log: &Log, zone: &jiff::tz::TimeZone, keep: Option<u64>, height: usize) {
        self.shown = self.filter.shown(log, zone);
        let at = keep.and_then(|id| self.shown.iter().position(|i| log.entries[*i].id == id));
        if let Some(at) = at {
            self.list.choose(at, self.shown.len());
        }
        self.list.clamp(self.shown.len(), height);
        self.text.reset();
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
                    .map(|l| l.entries.iter().filter(|e| e.is_overdue(today)).count())
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
        let keep = select.or_else(|| self.selected_entry().map(|e| e.id));
        let height = self.log_list_height();
        let LogState::Ready(log) = &self.log else {
            return;
        };
        self.log_view.refresh(log, &self.zone, keep, height);
    }

    /// The entry chosen in the log tab.
    pub fn selected_entry(&self) -> Option<&Entry> {
        let log = self.log()?;
        let i = self.log_view.selected_index()?;
        log.entries.get(i).map(|e| &**e)
    }

    /// The chosen entry's text as the log tab lays it out.
    fn entry_line_count(&self) -> usize {
        let width = self.layout().detail_text_width();
        self.selected_entry()
            .map(|e| {
                crate::view::entry::lines(e, self.content, self.lang, &self.zone, self.today, width)
                    .len()
            })
            .unwrap_or(0)
    }

    fn log_move(&mut self, m: Move) {
        match self.log_view.focus {
            Focus::List => {
                let height = self.log_list_height();
                let len = self.log_view.shown.len();
                if self.log_view.list.moved(m, len, height) {
                    self.log_view.text.reset();
                }
            }
            Focus::Detail => {
                let height = self.detail_height();
                let max = self.entry_line_count().saturating_sub(height);
                self.log_view.text.moved(m, height, max);
            }
        }
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
            Cmd::FocusList | Cmd::Back => self.log_view.focus = Focus::List,
            Cmd::FocusDetail => self.log_view.focus = Focus::Detail,
            Cmd::FollowLink => self.follow_entry_link(),
            Cmd::EditEntry => self.edit_entry(),
            Cmd::DeleteEntry => {
                if let Some(id) = self.selected_entry().map(|e| e.id)
                    && !self.refuse_if_read_only()
                {
                    self.overlay = Some(Overlay::Confirm(Question::DeleteEntry(id)));
                }
            }
            Cmd::Undo => self.undo_delete(),
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
        let form = EntryForm::new(None, &items, self.lang);
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
        let Some(entry) = self.selected_entry().cloned() else {
            return;
        };
        let form = EntryForm::new(Some(&entry), &entry.items, self.lang);
        self.overlay = Some(Overlay::Entry(Box::new(form)));
    }

    /// Stores what the form holds. Told quietly (quitting), problems in the form do not keep it
    /// open: the entry is saved with what could be read.
    pub(super) fn save_form(&mut self, telling: Telling) {
        let Some(Overlay::Entry(form)) = &self.overlay else {
            return;
        };
        let draft = match form.read(self.content, self.lang) {
            Ok(d) => d,
            Err(problem) if telling == Telling::Tell => {
                if let Some(Overlay::Entry(form)) = &mut self.overlay {
                    form.error = Some(problem);
                }
                return;
            }
            Err(_) => form.read_leniently(self.content),
        };
        let editing = form.editing;
        self.overlay = None;
        if draft.title.trim().is_empty() && draft.text.trim().is_empty() {
            if telling == Telling::Tell {
                self.note(Msg::EntryEmpty.get(self.lang).to_string());
            }
            return;
        }
        let now = self.now;
        let Some(log) = self.log_mut() else { return };
        let id = match editing.and_then(|id| log.find(id)) {
            Some(i) => {
                let e = log.entry_mut(i);
                let changed = e.title != draft.title
                    || e.text != draft.text
                    || e.tags != draft.tags
                    || e.items != draft.items
                    || e.action != draft.action;
                if changed {
                    e.title = draft.title;
                    e.text = draft.text;
                    e.tags = draft.tags;
                    e.items = draft.items;
                    e.action = draft.action;
                    e.updated = Some(now);
                }
                e.id
            }
            None => {
                let id = log.new_id(now);
                log.push(Entry {
                    id,
                    created: now,
                    updated: None,
                    title: draft.title,
                    text: draft.text,
                    tags: draft.tags,
                    items: draft.items,
                    action: draft.action,
                });
                id
            }
        };
        self.refresh_log_view(Some(id));
        self.changed_log();
        if telling == Telling::Tell {
            self.confirm(DataFile::Log, Msg::EntrySaving, Msg::EntrySaved);
        }
    }

    pub(super) fn form_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => self.save_form(Telling::Tell),
            Cmd::ForceQuit => self.quit(),
            Cmd::External => self.request_external(),
            _ => {
                if let Some(Overlay::Entry(form)) = &mut self.overlay {
                    match cmd {
                        Cmd::NextField => form.move_field(1),
                        Cmd::PrevField => form.move_field(-1),
                        Cmd::CycleStatus => form.cycle_status(),
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
        let Some(Overlay::Confirm(question)) = self.overlay else {
            return;
        };
        match cmd {
            Cmd::Yes => {
                self.overlay = None;
                match question {
                    Question::DeleteEntry(id) => self.delete_entry(id),
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
        let entry = log.entries.remove(i);
        self.undo = Some(Arc::unwrap_or_clone(entry));
        self.info(Msg::EntryDeleted.get(self.lang).to_string());
        self.refresh_log_view(None);
        self.changed_log();
    }

    fn undo_delete(&mut self) {
        let Some(entry) = self.undo.take() else {
            self.error(Msg::NothingToUndo.get(self.lang).to_string());
            return;
        };
        if self.refuse_if_read_only() {
            self.undo = Some(entry);
            return;
        }
        let id = entry.id;
        let Some(log) = self.log_mut() else { return };
        log.push(entry);
        log.sort();
        self.info(Msg::EntryRestored.get(self.lang).to_string());
        self.refresh_log_view(Some(id));
        self.changed_log();
    }

    fn cycle_selected_status(&mut self) {
        let Some(id) = self.selected_entry().map(|e| e.id) else {
            return;
        };
        if self.refuse_if_read_only() {
            return;
        }
        let now = self.now;
        let lang = self.lang;
        let Some(log) = self.log_mut() else { return };
        let Some(i) = log.find(id) else { return };
        if log.entries[i].action.is_none() {
            self.error(Msg::NotAnAction.get(lang).to_string());
            return;
        }
        let e = log.entry_mut(i);
        let Some(action) = &mut e.action else {
            self.error(Msg::NotAnAction.get(lang).to_string());
            return;
        };
        action.status = action.status.next();
        e.updated = Some(now);
        let status = action.status;
        self.info(format!(
            "{}: {}",
            Msg::Status.get(lang),
            crate::data::log::status_word(status, lang)
        ));
        self.refresh_log_view(Some(id));
        self.changed_log();
    }

    fn follow_entry_link(&mut self) {
        let target = self
            .selected_entry()
            .and_then(|e| e.items.first())
            .and_then(|id| self.content.find(id));
        match target {
            Some(t @ Target::Item(_)) => self.go_to(t),
            _ => self.error(Msg::NoLink.get(self.lang).to_string()),
        }
    }

    /// Opens the log tab on an entry, clearing the filter if it hides the entry.
    pub(super) fn show_entry(&mut self, id: u64) {
        self.show_tab(Tab::Log);
        let shown = self.log().is_some_and(|log| {
            self.log_view
                .shown
                .iter()
                .any(|i| log.entries.get(*i).is_some_and(|e| e.id == id))
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
