//! From keys to changes: which part of the keymap applies, a terminal event as an action,
//! and `update`, which hands each action to the part of the app it belongs to.

use std::path::PathBuf;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Size;

use super::{Action, App, Effect, Field, Focus, Overlay, Pointer, PointerKind, Tab, nav, present};
use crate::content::AssessKind;
use crate::data::{Log, Workbook};
use crate::i18n::Msg;
use crate::keys::{self, Cmd, Ctx};
use crate::store::{DataFile, StoreError};
use crate::view;

impl App {
    /// Which part of the keymap applies now.
    pub fn ctx(&self) -> Ctx {
        if let Some(p) = &self.present {
            return if p.resume.is_some() {
                Ctx::Resume
            } else {
                Ctx::Present
            };
        }
        if !self.problems.is_empty() {
            return Ctx::Problem;
        }
        if self.rescue_shown().is_some() {
            return Ctx::Rescue;
        }
        match &self.overlay {
            Some(Overlay::Editor(_)) => Ctx::Editor,
            Some(Overlay::Entry(form)) if form.discarding() => Ctx::Confirm,
            Some(Overlay::Entry(form)) => match form.field {
                Field::Text => Ctx::Form,
                Field::Action => Ctx::FormChoice,
                Field::Items => Ctx::FormPicker,
                _ => Ctx::FormLine,
            },
            Some(Overlay::Filter(_)) => Ctx::Filter,
            Some(Overlay::Confirm(_)) => Ctx::Confirm,
            Some(Overlay::Search(_)) => Ctx::Search,
            Some(Overlay::Label(_)) => Ctx::Label,
            Some(Overlay::ScanName(_)) => Ctx::ScanName,
            Some(
                Overlay::Help(_)
                | Overlay::Sources(_)
                | Overlay::Glossary(_)
                | Overlay::Messages(_),
            ) => Ctx::Overlay,
            Some(Overlay::Welcome(_)) => Ctx::Welcome,
            None => self.tab_ctx(),
        }
    }

    /// Where the keys go in the shown tab, with nothing over it.
    pub fn tab_ctx(&self) -> Ctx {
        match self.tabs[self.tab] {
            Tab::Section(_) if self.study.focus() == Focus::Detail => Ctx::Text,
            Tab::Section(_) => Ctx::Study,
            Tab::Log if self.log_view.focus() == Focus::Detail => Ctx::LogText,
            Tab::Log => Ctx::Log,
            Tab::Measures => Ctx::Measures,
        }
    }

    /// Turns a terminal event into an action, through the keymap.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let ctx = self.ctx();
                let found = keys::lookup(ctx, key);
                // A blanked screen comes back with any key; Ctrl-C still quits.
                if ctx == Ctx::Present
                    && self.present.as_ref().is_some_and(|p| p.blank)
                    && !matches!(found, Some((Cmd::ForceQuit, _)))
                {
                    return Some(Action::Cmd(Cmd::Blank));
                }
                match found {
                    Some((Cmd::JumpSection, Some(d))) => {
                        // 1-9 are the first nine tabs, 0 the tenth.
                        Some(Action::JumpSection(if d == 0 {
                            9
                        } else {
                            usize::from(d) - 1
                        }))
                    }
                    Some((Cmd::Digit, Some(d))) => Some(Action::Digit(d)),
                    Some((cmd, _)) => Some(Action::Cmd(cmd)),
                    None if ctx.takes_text() => Some(Action::EditorInput(*key)),
                    None => None,
                }
            }
            Event::Paste(text) => Some(Action::Paste(text.clone())),
            Event::Mouse(m) => {
                let kind = match m.kind {
                    MouseEventKind::Down(MouseButton::Left) => PointerKind::Click,
                    MouseEventKind::ScrollUp => PointerKind::WheelUp,
                    MouseEventKind::ScrollDown => PointerKind::WheelDown,
                    // Moving, dragging and letting go do nothing (and draw nothing).
                    _ => return None,
                };
                Some(Action::Pointer(Pointer {
                    kind,
                    column: m.column,
                    row: m.row,
                }))
            }
            Event::Resize(w, h) => Some(Action::Resize(Size::new(*w, *h))),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) {
        if matches!(
            action,
            Action::Cmd(_)
                | Action::JumpSection(_)
                | Action::EditorInput(_)
                | Action::Paste(_)
                | Action::Pointer(_)
        ) {
            self.message = None;
        }
        self.now = self.clock.now();
        self.today = self.now.to_zoned(self.zone.clone()).date();
        if let Some(p) = &mut self.present {
            p.now = self.now;
        }
        match action {
            Action::Resize(size) => self.size = size,
            Action::Idle => {
                self.autosave_note();
                self.autosave_form();
            }
            Action::Stop => self.stop(),
            Action::Digit(d) => self.present_digit(d),
            Action::LogLoaded(result) => self.log_loaded(result),
            Action::Notice(notice) => {
                let text = super::saving::notice_text(&notice, self.lang);
                self.info(text);
            }
            Action::ExternalDone(result) => self.external_done(result),
            Action::LogHits { generation, hits } => self.log_hits(generation, hits),
            Action::Stored(events) => self.stored(events),
            Action::SetAside { doc, result } => self.set_aside_done(doc, result),
            Action::Exported(result) => self.exported(result),
            Action::RescueRead { path, result } => self.rescue_read(path, result),
            Action::Projector(sync) => self.projector_moved(sync),
            Action::Scans(texts, unreadable) => self.scans_read(texts, unreadable),
            Action::PlanAdded { id, result } => self.plan_added(id, result),
            Action::ScanExported(result) => self.scan_exported(result),
            Action::Paste(text) if matches!(self.overlay, Some(Overlay::ScanName(_))) => {
                self.scan_name_paste(&text)
            }
            Action::Paste(text) if matches!(self.overlay, Some(Overlay::Label(_))) => {
                self.label_paste(&text)
            }
            Action::Paste(text) => self.paste(&text),
            Action::Pointer(p) => self.pointer(p),
            Action::EditorInput(key) => self.text_input(key),
            Action::JumpSection(n) => self.jump_section(n),
            Action::Cmd(cmd) => match self.ctx() {
                Ctx::Problem => self.problem_cmd(cmd),
                Ctx::Rescue => self.rescue_cmd(cmd),
                Ctx::Editor => self.editor_cmd(cmd),
                Ctx::Form | Ctx::FormLine | Ctx::FormChoice | Ctx::FormPicker => self.form_cmd(cmd),
                Ctx::Filter => self.filter_cmd(cmd),
                Ctx::Confirm => self.confirm_cmd(cmd),
                Ctx::Search => self.search_cmd(cmd),
                Ctx::Overlay => self.overlay_cmd(cmd),
                Ctx::Study | Ctx::Text => self.study_cmd(cmd),
                Ctx::Welcome => self.welcome_cmd(cmd),
                Ctx::Log | Ctx::LogText => self.log_cmd(cmd),
                Ctx::Measures => self.measures_cmd(cmd),
                Ctx::Present => self.present_cmd(cmd),
                Ctx::Resume => self.resume_cmd(cmd),
                Ctx::Tabs => self.tabs_cmd(cmd),
                Ctx::Label => self.label_cmd(cmd),
                Ctx::ScanName => self.scan_name_cmd(cmd),
            },
        }
        if self.present.is_some() {
            self.presented();
        }
        if let Some(s) = self.section() {
            // The chosen row stays in view whatever changed its size (a resize, the language).
            self.study.keep_in_view(s, self.list_fit());
        }
        self.refresh_doc();
    }

    /// A key for whichever text field has the focus.
    pub(super) fn text_input(&mut self, key: KeyEvent) {
        match &mut self.overlay {
            Some(Overlay::Editor(e)) => e.input(key),
            Some(Overlay::Entry(form)) => form.input(key),
            Some(Overlay::Filter(form)) => form.input(key),
            Some(Overlay::Search(_)) => self.search_input(key),
            Some(Overlay::Label(_)) => self.label_input(key),
            Some(Overlay::ScanName(_)) => self.scan_name_input(key),
            _ => {}
        }
    }

    pub(super) fn problem_cmd(&mut self, cmd: Cmd) {
        match cmd {
            // What could not be read is not saved over: quit() skips it.
            Cmd::Quit | Cmd::ForceQuit => self.quit(),
            Cmd::Fresh => {
                if let Some(p) = self.problems.first() {
                    self.effects.push(Effect::SetAside(p.doc));
                }
            }
            _ => {}
        }
    }

    /// The unreadable file is out of the way (or could not be moved): start afresh.
    pub(super) fn set_aside_done(&mut self, doc: DataFile, result: Result<PathBuf, StoreError>) {
        match result {
            Ok(backup) => {
                self.problems.retain(|p| p.doc != doc);
                match doc {
                    DataFile::Workbook => {
                        self.workbook = Workbook::default();
                        self.changed_workbook();
                    }
                    DataFile::Log => self.log_loaded(Ok(Log::default())),
                }
                self.info(format!(
                    "{} {}",
                    Msg::FreshStarted.get(self.lang),
                    crate::safe::line(&backup.display().to_string())
                ));
            }
            Err(e) => self.failed(format!(
                "{}: {}",
                Msg::FreshFailed.get(self.lang),
                e.describe(self.lang)
            )),
        }
    }

    /// Whether this is the very first start: no welcome seen yet, and nothing written or
    /// scored (a user of an older version, who has notes, is not welcomed as new).
    pub(super) fn first_start(&self) -> bool {
        let w = &self.workbook;
        !w.settings.welcomed && w.items.is_empty() && w.snapshots.is_empty()
    }

    /// The arrows scroll the welcome on a small screen; any other answer puts it away for
    /// good, `?` then shows the keys, `q` quits.
    pub(super) fn welcome_cmd(&mut self, cmd: Cmd) {
        if let (Some(m), Some(Overlay::Welcome(scroll))) = (nav::move_of(cmd), &mut self.overlay) {
            let area = self.size.into();
            let lines =
                view::welcome::lines(self.lang, view::layout::welcome_text_width(self.size.width));
            let popup = view::layout::welcome_popup(area, lines.len());
            let height = usize::from(view::layout::inside(popup).height);
            scroll.moved(m, height, lines.len().saturating_sub(height));
            return;
        }
        self.overlay = None;
        if !self.workbook.settings.welcomed && self.read_only.is_none() {
            self.workbook.settings.welcomed = true;
            self.persist();
        }
        match cmd {
            Cmd::Help => self.overlay = Some(Overlay::Help(Default::default())),
            Cmd::Quit | Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    pub(super) fn overlay_cmd(&mut self, cmd: Cmd) {
        let (max, height) = match &self.overlay {
            Some(Overlay::Help(_)) => self.help_scroll_room(),
            Some(Overlay::Sources(_)) => self.sources_scroll_room(),
            Some(Overlay::Glossary(_)) => self.glossary_scroll_room(),
            Some(Overlay::Messages(_)) => self.messages_scroll_room(),
            _ => return,
        };
        match cmd {
            Cmd::Close => self.overlay = None,
            // From the sources (or help) to the glossary; in the glossary the same key closes it.
            Cmd::Glossary => {
                self.overlay = match self.overlay {
                    Some(Overlay::Glossary(_)) => None,
                    _ => Some(Overlay::Glossary(Default::default())),
                }
            }
            Cmd::ForceQuit => self.quit(),
            other => {
                if let (
                    Some(m),
                    Some(
                        Overlay::Help(scroll)
                        | Overlay::Sources(scroll)
                        | Overlay::Glossary(scroll)
                        | Overlay::Messages(scroll),
                    ),
                ) = (nav::move_of(other), &mut self.overlay)
                {
                    scroll.moved(m, height, max);
                }
            }
        }
    }

    /// How far the help can scroll on this screen, and the height it shows.
    pub(super) fn help_scroll_room(&self) -> (usize, usize) {
        let lines = view::help::lines(self.tab_ctx(), self.lang).len();
        let popup = view::layout::help_popup(self.size.into(), lines);
        let height = usize::from(view::layout::inside(popup).height);
        (lines.saturating_sub(height), height)
    }

    /// How far the sources can scroll on this screen, and the height they show.
    pub(super) fn sources_scroll_room(&self) -> (usize, usize) {
        let inner = view::layout::inside(view::layout::sources_popup(self.size.into()));
        let height = usize::from(inner.height);
        let lines = view::sources::lines(self.content, self.lang, usize::from(inner.width)).len();
        (lines.saturating_sub(height), height)
    }

    /// How far the glossary can scroll on this screen, and the height it shows.
    pub(super) fn glossary_scroll_room(&self) -> (usize, usize) {
        let inner = view::layout::inside(view::layout::sources_popup(self.size.into()));
        let height = usize::from(inner.height);
        let lines = view::glossary::lines(self.content, self.lang, usize::from(inner.width)).len();
        (lines.saturating_sub(height), height)
    }

    /// Commands every tab shares.
    pub(super) fn tabs_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::NextSection => self.cycle_section(1),
            Cmd::PrevSection => self.cycle_section(-1),
            Cmd::Snapshot => self.take_snapshot(),
            Cmd::NewEntry => self.new_entry(),
            Cmd::Search => self.open_search(),
            Cmd::ExportPortfolio => self.export_portfolio(),
            Cmd::Present => self.present_from_here(present::Part::FromHere),
            Cmd::PresentPart => self.present_from_here(present::Part::Only),
            Cmd::AddToPlan => self.add_to_plan(),
            Cmd::ExportScan => self.ask_scan_name(),
            Cmd::Help => self.overlay = Some(Overlay::Help(Default::default())),
            Cmd::Sources => self.overlay = Some(Overlay::Sources(Default::default())),
            Cmd::Glossary => self.overlay = Some(Overlay::Glossary(Default::default())),
            Cmd::Messages => self.open_messages(),
            Cmd::Language => self.toggle_language(),
            Cmd::Undo => self.undo(),
            Cmd::Quit | Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    /// Whether a command does something for the current item (the footer hides those that do
    /// not: no score key where nothing is scored, no link key where nothing links).
    pub fn applies(&self, cmd: Cmd) -> bool {
        if self.tabs[self.tab] == Tab::Log && self.overlay.is_none() {
            // From what the log keeps in memory: the footer asks this for every key it shows.
            let entry = self.selected_place();
            return match cmd {
                Cmd::EditEntry | Cmd::DeleteEntry => entry.is_some(),
                Cmd::CycleStatus => {
                    entry.is_some_and(|i| self.log().is_some_and(|l| l.action(i).is_some()))
                }
                _ => true,
            };
        }
        let item = self.current_item();
        match cmd {
            Cmd::RateUp | Cmd::RateDown => item.is_some_and(|r| self.scale_of(r.section).is_some()),
            Cmd::GoalUp | Cmd::GoalDown => item
                .is_some_and(|r| matches!(self.scale_of(r.section), Some((AssessKind::Rating, _)))),
            Cmd::FollowLink => item.is_some_and(|r| !self.content.item(r).links.is_empty()),
            Cmd::EditNote | Cmd::ToggleStudied => item.is_some(),
            // In the text, Enter follows the chosen link or opens the chosen log entry.
            Cmd::Open if self.ctx() == Ctx::Text => item.is_some_and(|r| {
                self.study.chosen_anchor(r.section).is_some_and(|a| {
                    matches!(
                        a.kind,
                        crate::view::item::AnchorKind::Link | crate::view::item::AnchorKind::Entry
                    )
                })
            }),
            Cmd::LabelSnapshot | Cmd::DeleteSnapshot => !self.workbook.snapshots.is_empty(),
            Cmd::ExportScan => self.scan_exportable_here(),
            // Only once an intervention is chosen in the text.
            Cmd::AddAction => {
                self.study.focus() == Focus::Detail
                    && item.is_some_and(|r| {
                        self.study
                            .chosen_anchor(r.section)
                            .is_some_and(|a| a.kind == crate::view::item::AnchorKind::Intervention)
                    })
            }
            // Enter reads the text from the list; in the text it follows what is chosen, which
            // `g` names (and the room goes to `a` when an intervention is chosen).
            Cmd::Open if self.ctx() == Ctx::Study => self.study.focus() == Focus::List,
            Cmd::RemovePart => {
                matches!(&self.overlay, Some(Overlay::Entry(f)) if f.can_remove_part())
            }
            _ => true,
        }
    }

    pub(super) fn toggle_studied(&mut self) {
        let Some(r) = self.current_item() else { return };
        if self.refuse_if_read_only() {
            return;
        }
        let id = self.content.item(r).id.clone();
        let now = !self.workbook.studied(&id);
        self.workbook.update_item(&id, |s| s.studied = now);
        self.info(
            if now {
                Msg::MarkedStudied
            } else {
                Msg::MarkedNotStudied
            }
            .get(self.lang)
            .to_string(),
        );
        self.changed_workbook();
    }

    pub(super) fn toggle_language(&mut self) {
        self.lang = self.lang.other();
        self.workbook.settings.lang = Some(self.lang);
        self.note(Msg::LangSwitched.get(self.lang).to_string());
        self.changed_workbook();
    }
}
