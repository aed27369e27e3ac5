//! The personal development log: the log tab, its filters, and changing entries.

use std::sync::Arc;

use super::form::{EntryForm, FilterForm};
use super::{App, ExternalEdit, Focus, LogState, Overlay, Problem, Question, Tab};
use crate::content::Target;
pub use crate::data::log::{LogFilter, action_words, status_word};
use crate::data::{Entry, Log};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::store::{Doc, Unreadable};

/// Where the reader is in the log tab.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogView {
    pub filter: LogFilter,
    /// Indices into the log's entries that pass the filter, newest first. Derived: rebuilt
    /// when the log or the filter changes, never while drawing.
    pub shown: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
    pub scroll: usize,
    pub focus: Focus,
}

impl App {
    pub(super) fn log_loaded(&mut self, result: Result<Log, Unreadable>) {
        match result {
            Ok(log) => {
                self.log = LogState::Ready(Arc::new(log));
                self.refresh_log_view(None);
                // A search opened while the log was being read has not looked in it yet.
                if let Some(Overlay::Search(s)) = &mut self.overlay {
                    s.last.clear();
                    self.run_search();
                }
                let today = self.today();
                let overdue = self
                    .loaded_log()
                    .map(|l| l.entries.iter().filter(|e| e.is_overdue(today)).count())
                    .unwrap_or(0);
                if overdue > 0 && self.message.is_none() {
                    self.error(
                        Msg::Overdue
                            .get(self.lang)
                            .replace("{n}", &overdue.to_string()),
                    );
                }
            }
            Err(file) => {
                self.log = LogState::Unusable;
                self.problems.push(Problem {
                    doc: Doc::Log,
                    file,
                });
            }
        }
    }

    /// The log, once it is read.
    pub fn loaded_log(&self) -> Option<&Log> {
        match &self.log {
            LogState::Ready(log) => Some(log),
            _ => None,
        }
    }

    /// The log, shared (for the search worker).
    pub(super) fn loaded_log_arc(&self) -> Option<Arc<Log>> {
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

    /// Rebuilds the shown entries after the log or the filter changed, keeping the selected
    /// entry (or the one with `select`) selected when it is still shown.
    pub(super) fn refresh_log_view(&mut self, select: Option<u64>) {
        let keep = select.or_else(|| self.selected_entry().map(|e| e.id));
        let zone = self.clock.zone();
        let Some(log) = self.loaded_log() else { return };
        let shown = self.log_view.filter.shown(log, &zone);
        let at = keep.and_then(|id| shown.iter().position(|i| log.entries[*i].id == id));
        let v = &mut self.log_view;
        v.shown = shown;
        v.selected = at
            .unwrap_or(v.selected)
            .min(v.shown.len().saturating_sub(1));
        v.scroll = 0;
        self.keep_log_selection_visible();
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        let log = self.loaded_log()?;
        let i = *self.log_view.shown.get(self.log_view.selected)?;
        log.entries.get(i).map(|e| &**e)
    }

    fn log_list_height(&self) -> usize {
        usize::from(self.layout().list_inner().height).max(1)
    }

    fn keep_log_selection_visible(&mut self) {
        let height = self.log_list_height();
        let v = &mut self.log_view;
        v.offset = super::nav::keep_visible(v.offset, v.selected, v.selected, height);
    }

    fn log_select(&mut self, index: usize) {
        let last = self.log_view.shown.len().saturating_sub(1);
        let index = index.min(last);
        if index != self.log_view.selected {
            self.log_view.selected = index;
            self.log_view.scroll = 0;
            self.keep_log_selection_visible();
        }
    }

    fn log_move(&mut self, delta: isize) {
        match self.log_view.focus {
            Focus::List => {
                let to = self.log_view.selected.saturating_add_signed(delta);
                self.log_select(to);
            }
            Focus::Detail => {
                let max = self.entry_lines().saturating_sub(self.detail_height());
                let to = self.log_view.scroll.saturating_add_signed(delta);
                self.log_view.scroll = to.min(max);
            }
        }
    }

    fn entry_lines(&self) -> usize {
        let width = self.layout().detail_text_width();
        crate::ui::log::entry_lines(self, width).len()
    }

    pub(super) fn log_cmd(&mut self, cmd: Cmd) {
        let page = self.log_list_height().saturating_sub(1).max(1) as isize;
        match cmd {
            Cmd::Up => self.log_move(-1),
            Cmd::Down => self.log_move(1),
            Cmd::PageUp => self.log_move(-page),
            Cmd::PageDown => self.log_move(page),
            Cmd::Top => self.log_move(isize::MIN / 2),
            Cmd::Bottom => self.log_move(isize::MAX / 2),
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

    /// Stores what the form holds. With `quietly`, problems in the form do not keep it open
    /// (quitting): the entry is saved with what could be read.
    pub(super) fn save_form(&mut self, quietly: bool) {
        let Some(Overlay::Entry(form)) = &self.overlay else {
            return;
        };
        let draft = match form.read(self.content, self.lang) {
            Ok(d) => d,
            Err(problem) if !quietly => {
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
            if !quietly {
                self.info(Msg::EntryEmpty.get(self.lang).to_string());
            }
            return;
        }
        let now = self.clock.now();
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
        self.persist_log();
        if !quietly {
            self.confirm(Doc::Log, Msg::EntrySaving, Msg::EntrySaved);
        }
    }

    pub(super) fn form_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => self.save_form(false),
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
        self.persist_log();
    }

    fn undo_delete(&mut self) {
        let Some(entry) = self.undo.take() else {
            self.info(Msg::NothingToUndo.get(self.lang).to_string());
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
        self.persist_log();
    }

    fn cycle_selected_status(&mut self) {
        let Some(id) = self.selected_entry().map(|e| e.id) else {
            return;
        };
        if self.refuse_if_read_only() {
            return;
        }
        let now = self.clock.now();
        let lang = self.lang;
        let Some(log) = self.log_mut() else { return };
        let Some(i) = log.find(id) else { return };
        if log.entries[i].action.is_none() {
            self.info(Msg::NotAnAction.get(lang).to_string());
            return;
        }
        let e = log.entry_mut(i);
        let Some(action) = &mut e.action else {
            self.info(Msg::NotAnAction.get(lang).to_string());
            return;
        };
        action.status = action.status.next();
        e.updated = Some(now);
        let status = action.status;
        self.info(format!(
            "{}: {}",
            Msg::Status.get(lang),
            status_word(status, lang)
        ));
        self.refresh_log_view(Some(id));
        self.persist_log();
    }

    fn follow_entry_link(&mut self) {
        let target = self
            .selected_entry()
            .and_then(|e| e.items.first())
            .and_then(|id| self.content.find(id));
        match target {
            Some(t @ Target::Item(_)) => self.go_to(t),
            _ => self.info(Msg::NoLink.get(self.lang).to_string()),
        }
    }

    /// `x`: the portfolio as Markdown, written into the data folder.
    pub(super) fn export_portfolio(&mut self) {
        let Some(log) = self.loaded_log() else {
            self.error(Msg::LogUnavailable.get(self.lang).to_string());
            return;
        };
        let zone = self.clock.zone();
        let text = crate::format::portfolio::markdown(
            self.content,
            &self.workbook,
            log,
            self.lang,
            &zone,
            self.clock.now(),
        );
        let name = format!("portfolio-{}.md", self.today());
        match self.store.write_export(&name, text.as_bytes()) {
            Ok(path) => self.info(format!(
                "{} {}",
                Msg::Exported.get(self.lang),
                path.display()
            )),
            Err(e) => self.error(format!("{}: {e}", Msg::ExportFailed.get(self.lang))),
        }
    }

    /// Ctrl-E: hands the text being written to the user's own editor.
    pub(super) fn request_external(&mut self) {
        let text = match &self.overlay {
            Some(Overlay::Entry(form)) => form.text.lines().join("\n"),
            Some(Overlay::Editor(e)) => e.area.lines().join("\n"),
            _ => return,
        };
        self.external = Some(ExternalEdit { text });
    }

    pub(super) fn external_done(&mut self, result: Result<String, String>) {
        match result {
            Ok(text) => {
                let text = text.trim_end_matches('\n').to_string();
                match &mut self.overlay {
                    Some(Overlay::Entry(form)) => form.set_text(&text),
                    Some(Overlay::Editor(e)) => super::editor::replace_text(&mut e.area, &text),
                    _ => {}
                }
            }
            Err(why) => self.error(format!("{}: {why}", Msg::ExternalFailed.get(self.lang))),
        }
    }
}
