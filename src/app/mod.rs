//! The app's state, the actions that change it, and `update`. No terminal in here: everything
//! can be driven by tests.

mod assess;
mod editor;
pub mod form;
mod log;
mod nav;
mod present;
mod rescue;
pub mod search;

use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::Size;

pub use crate::data::assess::{Area, AreaRow, area_rows, areas};
pub use assess::Measures;
pub use editor::NoteEditor;
pub use form::{EntryForm, Field, FilterForm};
pub use log::{LogFilter, LogView, action_words, status_word};
pub use nav::{Focus, Nav, Row};
pub use search::{Hit, HitKind, LogSearch, ResultRow, Search};

use crate::clock::Clock;
use crate::content::{AssessKind, Content, ItemRef};
use crate::data::{Log, Workbook};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::store::{
    Doc, LoadProblem, Notice, ReadOnly, Store, StoreError, StoreEvent, Ticket, Unreadable,
};
use crate::theme::Theme;

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Cmd(Cmd),
    JumpSection(usize),
    /// A key for the text field that has the focus.
    EditorInput(KeyEvent),
    Paste(String),
    Resize(Size),
    /// No input for a while: a moment to save a note being written.
    Idle,
    /// Stop now, whatever is open, and save everything: the terminal was closed, the system
    /// asked the program to end, or the terminal failed.
    Stop,
    /// The log, read in the background, has arrived.
    LogLoaded(Result<Log, Unreadable>),
    /// The user's own editor has closed: the text, or why it could not run.
    ExternalDone(Result<String, String>),
    /// The worker has searched the log.
    LogHits {
        generation: u64,
        hits: Vec<u32>,
    },
    /// A digit typed where digits mean a number (a slide to jump to).
    Digit(u8),
    /// The store has news: saves on disk, or saves that failed.
    StoreNews,
    /// An emergency copy the user chose to bring back, as read from its file.
    RescueRead {
        path: PathBuf,
        result: Result<(Workbook, Log), LoadProblem>,
    },
}

/// What `update` asks the terminal loop to do: the app itself does no I/O.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Read an emergency copy and hand it back as [`Action::RescueRead`].
    ReadRescue(PathBuf),
    /// Remove an emergency copy: brought back and saved, or thrown away.
    RemoveRescue(PathBuf),
}

/// A message that is true only once a save is on disk: until the store reports it, the user
/// reads that it is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pending {
    ticket: Ticket,
    /// Shown meanwhile ("wordt bewaard…").
    saving: Msg,
    /// Shown once it is on disk ("bewaard").
    saved: Msg,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Error,
}

/// A line in the footer about what just happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

/// A yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    DeleteEntry(u64),
}

/// A screen over the rest.
#[derive(Debug)]
pub enum Overlay {
    Help { scroll: usize },
    Sources { scroll: usize },
    Editor(Box<NoteEditor>),
    Entry(Box<EntryForm>),
    Filter(Box<FilterForm>),
    Confirm(Question),
    Search(Box<Search>),
}

/// What a tab of the section bar shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// A section of the material (its index in the content).
    Section(usize),
    /// The personal development log.
    Log,
    /// Snapshots and how the ratings and answers changed.
    Measures,
}

/// The log, which is read in the background so the first screen never waits for it.
#[derive(Clone, Debug, PartialEq)]
pub enum LogState {
    Loading,
    Ready(Arc<Log>),
    /// It could not be read; the user is asked what to do, and nothing is written to it.
    Unusable,
}

/// A file that could not be read, waiting for the user's choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub doc: Doc,
    pub file: Unreadable,
}

/// A request to hand a text to the user's own editor; the terminal loop carries it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalEdit {
    pub text: String,
}

/// How the app is started: what the store found and what the user asked for.
pub struct Setup {
    pub workbook: Result<Workbook, Unreadable>,
    /// `None` while the log is still being read.
    pub log: Option<Result<Log, Unreadable>>,
    pub read_only: Option<ReadOnly>,
    pub lang_flag: Option<Lang>,
    pub locale_lang: Option<Lang>,
    pub theme: Theme,
    pub size: Size,
    pub clock: Box<dyn Clock>,
    /// Start presenting at once (`werkboek present`, `werkboek team`).
    pub present: Option<crate::present::Start>,
    /// The data directory, for messages about it.
    pub dir: PathBuf,
    /// What the store found worth telling while opening the directory.
    pub notices: Vec<Notice>,
    /// Emergency copies waiting to be brought back.
    pub rescues: Vec<PathBuf>,
}

pub struct App {
    pub content: &'static Content,
    pub workbook: Workbook,
    pub log: LogState,
    pub lang: Lang,
    pub theme: Theme,
    /// The tabs of the section bar, and which one is shown.
    pub tabs: Vec<Tab>,
    pub tab: usize,
    /// Per section: its list rows (derived from the content once) and where the reader is.
    pub rows: Vec<Vec<Row>>,
    pub nav: Vec<Nav>,
    pub measures: Measures,
    pub log_view: LogView,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    /// Where `Esc` goes back to after following a link.
    pub history: Vec<(usize, usize)>,
    pub message: Option<Message>,
    pub read_only: Option<ReadOnly>,
    /// Files that cannot be read: the app asks what to do before anything else. While
    /// presenting they wait: a projector never shows them.
    pub problems: Vec<Problem>,
    /// Emergency copies of an earlier session, offered once the log is read.
    pub rescues: Vec<PathBuf>,
    /// Emergency copies brought back, removed once both files are saved with their content.
    rescued: Vec<(PathBuf, [Option<Ticket>; 2])>,
    /// The last deleted entry, for undo.
    pub undo: Option<crate::data::Entry>,
    /// Text waiting to go to the user's editor.
    pub external: Option<ExternalEdit>,
    /// A search of the log waiting for the worker.
    pub search_request: Option<LogSearch>,
    /// Presenting to a room: while set, it is all there is on the screen.
    pub present: Option<crate::present::Presenter>,
    pub size: Size,
    pub quit: bool,
    /// A save that failed when quitting; the caller reports it and keeps an emergency copy.
    pub quit_error: Option<StoreError>,
    pub clock: Box<dyn Clock>,
    /// The data directory, for messages about it.
    pub dir: PathBuf,
    store: Box<dyn Store>,
    /// A message waiting for its save to reach the disk.
    pending: Option<Pending>,
    /// Per file: the newest save handed to the store, and the newest known to be on disk.
    last_save: [u64; 2],
    on_disk: [u64; 2],
    /// Requests for the terminal loop, taken with [`App::take_effects`].
    effects: Vec<Effect>,
}

fn slot(doc: Doc) -> usize {
    match doc {
        Doc::Workbook => 0,
        Doc::Log => 1,
    }
}

impl App {
    pub fn new(content: &'static Content, store: Box<dyn Store>, setup: Setup) -> App {
        let mut problems = Vec::new();
        let workbook = match setup.workbook {
            Ok(w) => w,
            Err(file) => {
                problems.push(Problem {
                    doc: Doc::Workbook,
                    file,
                });
                Workbook::default()
            }
        };
        let lang = Lang::choose(setup.lang_flag, workbook.settings.lang, setup.locale_lang);
        let rows: Vec<Vec<Row>> = (0..content.sections.len())
            .map(|s| nav::rows_of(content, s))
            .collect();
        let nav = rows.iter().map(|_| Nav::default()).collect();
        let tabs = (0..content.sections.len())
            .map(Tab::Section)
            .chain([Tab::Log, Tab::Measures])
            .collect();
        let mut app = App {
            content,
            workbook,
            log: LogState::Loading,
            lang,
            theme: setup.theme,
            tabs,
            tab: 0,
            rows,
            nav,
            measures: Measures::default(),
            log_view: LogView::default(),
            focus: Focus::List,
            overlay: None,
            history: Vec::new(),
            message: None,
            read_only: None,
            problems,
            undo: None,
            external: None,
            search_request: None,
            present: None,
            size: setup.size,
            quit: false,
            quit_error: None,
            clock: setup.clock,
            dir: setup.dir,
            rescues: setup.rescues,
            rescued: Vec::new(),
            store,
            pending: None,
            last_save: [0; 2],
            on_disk: [0; 2],
            effects: Vec::new(),
        };
        for notice in &setup.notices {
            app.info(notice_text(*notice, lang));
        }
        if let Some(r) = &setup.read_only {
            app.error(r.describe(&app.dir, lang));
        }
        app.read_only = setup.read_only;
        if let Some(log) = setup.log {
            app.log_loaded(log);
        }
        if let Some(start) = setup.present {
            // On a projector nothing is asked about files that cannot be read (the question
            // shows the data path): the problems wait, and nothing is saved over such a file.
            app.start_presenting(start, true);
        }
        app
    }

    /// Takes what `update` asked the terminal loop to do.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The section shown, if the current tab is one.
    pub fn section(&self) -> Option<usize> {
        match self.tabs[self.tab] {
            Tab::Section(s) => Some(s),
            _ => None,
        }
    }

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
            Some(Overlay::Entry(form)) => match form.field {
                Field::Text => Ctx::Form,
                Field::Action => Ctx::FormChoice,
                _ => Ctx::FormLine,
            },
            Some(Overlay::Filter(_)) => Ctx::Filter,
            Some(Overlay::Confirm(_)) => Ctx::Confirm,
            Some(Overlay::Search(_)) => Ctx::Search,
            Some(Overlay::Help { .. } | Overlay::Sources { .. }) => Ctx::Overlay,
            None => self.tab_ctx(),
        }
    }

    /// Where the keys go in the shown tab, with nothing over it.
    pub fn tab_ctx(&self) -> Ctx {
        match self.tabs[self.tab] {
            Tab::Section(_) => Ctx::Study,
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
            Event::Resize(w, h) => Some(Action::Resize(Size::new(*w, *h))),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) {
        if matches!(
            action,
            Action::Cmd(_) | Action::JumpSection(_) | Action::EditorInput(_) | Action::Paste(_)
        ) {
            self.message = None;
        }
        if let Some(p) = &mut self.present {
            p.now = self.clock.now();
        }
        match action {
            Action::Resize(size) => self.size = size,
            Action::Idle => self.autosave_note(),
            Action::Stop => self.stop(),
            Action::Digit(d) => self.present_digit(d),
            Action::LogLoaded(result) => self.log_loaded(result),
            Action::ExternalDone(result) => self.external_done(result),
            Action::LogHits { generation, hits } => self.log_hits(generation, hits),
            Action::StoreNews => {}
            Action::RescueRead { path, result } => self.rescue_read(path, result),
            Action::Paste(text) => self.paste(&text),
            Action::EditorInput(key) => self.text_input(key),
            Action::JumpSection(n) => self.jump_section(n),
            Action::Cmd(cmd) => match self.ctx() {
                Ctx::Problem => self.problem_cmd(cmd),
                Ctx::Rescue => self.rescue_cmd(cmd),
                Ctx::Editor => self.editor_cmd(cmd),
                Ctx::Form | Ctx::FormLine | Ctx::FormChoice => self.form_cmd(cmd),
                Ctx::Filter => self.filter_cmd(cmd),
                Ctx::Confirm => self.confirm_cmd(cmd),
                Ctx::Search => self.search_cmd(cmd),
                Ctx::Overlay => self.overlay_cmd(cmd),
                Ctx::Study => self.study_cmd(cmd),
                Ctx::Log => self.log_cmd(cmd),
                Ctx::Measures => self.measures_cmd(cmd),
                Ctx::Present => self.present_cmd(cmd),
                Ctx::Resume => self.resume_cmd(cmd),
                Ctx::Tabs => self.tabs_cmd(cmd),
            },
        }
        self.store_events();
    }

    /// Takes the store's reports: a message waiting for its save becomes true, a failed save
    /// is told.
    fn store_events(&mut self) {
        for event in self.store.events() {
            match event {
                StoreEvent::Saved(t) => {
                    let s = slot(t.doc);
                    self.on_disk[s] = self.on_disk[s].max(t.seq);
                    if let Some(p) = self.pending
                        && p.ticket.covered_by(t)
                    {
                        self.pending = None;
                        let still_shown = self
                            .message
                            .as_ref()
                            .is_some_and(|m| m.text == p.saving.get(self.lang));
                        if still_shown {
                            self.info(p.saved.get(self.lang).to_string());
                        }
                    }
                }
                StoreEvent::Failed(t, e) => {
                    if self.pending.is_some_and(|p| p.ticket.covered_by(t)) {
                        self.pending = None;
                    }
                    self.error(format!(
                        "{}: {}; {}",
                        Msg::SaveFailed.get(self.lang),
                        e.describe(self.lang),
                        Msg::SaveFailedKeep.get(self.lang)
                    ));
                }
            }
        }
        self.tidy_rescued();
    }

    /// Says `saved` once the newest save of `doc` is on disk, and `saving` until then.
    pub(crate) fn confirm(&mut self, doc: Doc, saving: Msg, saved: Msg) {
        let s = slot(doc);
        if self.last_save[s] <= self.on_disk[s] {
            self.info(saved.get(self.lang).to_string());
            return;
        }
        self.info(saving.get(self.lang).to_string());
        self.pending = Some(Pending {
            ticket: Ticket {
                doc,
                seq: self.last_save[s],
            },
            saving,
            saved,
        });
        // The store may have answered already.
        self.store_events();
    }

    /// Records a save handed to the store.
    fn saving(&mut self, ticket: Option<Ticket>) -> Option<Ticket> {
        if let Some(t) = ticket {
            self.last_save[slot(t.doc)] = t.seq;
        }
        ticket
    }

    /// A key for whichever text field has the focus.
    fn text_input(&mut self, key: KeyEvent) {
        match &mut self.overlay {
            Some(Overlay::Editor(e)) => {
                e.area.input(key);
            }
            Some(Overlay::Entry(form)) => form.input(key),
            Some(Overlay::Filter(form)) => form.input(key),
            Some(Overlay::Search(_)) => self.search_input(key),
            _ => {}
        }
    }

    fn problem_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Quit | Cmd::ForceQuit => {
                // What could not be read is not saved over: quit() skips it.
                self.quit();
            }
            Cmd::Fresh => {
                let Some(problem) = self.problems.first().cloned() else {
                    return;
                };
                let moved = self.store.set_aside(problem.doc);
                match moved {
                    Ok(backup) => {
                        self.problems.remove(0);
                        match problem.doc {
                            Doc::Workbook => {
                                self.workbook = Workbook::default();
                                self.persist();
                            }
                            Doc::Log => self.log_loaded(Ok(Log::default())),
                        }
                        self.info(format!(
                            "{} {}",
                            Msg::FreshStarted.get(self.lang),
                            crate::safe::line(&backup.display().to_string())
                        ));
                    }
                    Err(e) => self.error(format!(
                        "{}: {}",
                        Msg::FreshFailed.get(self.lang),
                        e.describe(self.lang)
                    )),
                }
            }
            _ => {}
        }
    }

    fn overlay_cmd(&mut self, cmd: Cmd) {
        let (max, height) = match &self.overlay {
            Some(Overlay::Help { .. }) => crate::ui::help::max_scroll(self),
            Some(Overlay::Sources { .. }) => crate::ui::sources::max_scroll(self),
            _ => return,
        };
        let Some(Overlay::Help { scroll } | Overlay::Sources { scroll }) = &mut self.overlay else {
            return;
        };
        match cmd {
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            other => *scroll = nav::scrolled(*scroll, other, height, max),
        }
    }

    /// Commands every tab shares.
    fn tabs_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::NextSection => self.cycle_section(1),
            Cmd::PrevSection => self.cycle_section(-1),
            Cmd::Snapshot => self.take_snapshot(),
            Cmd::NewEntry => self.new_entry(),
            Cmd::Search => self.open_search(),
            Cmd::ExportPortfolio => self.export_portfolio(),
            Cmd::Present => self.present_from_here(false),
            Cmd::PresentPart => self.present_from_here(true),
            Cmd::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Cmd::Sources => self.overlay = Some(Overlay::Sources { scroll: 0 }),
            Cmd::Language => self.toggle_language(),
            Cmd::Quit | Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    fn study_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Up => self.move_by(-1),
            Cmd::Down => self.move_by(1),
            Cmd::PageUp => self.page(-1),
            Cmd::PageDown => self.page(1),
            Cmd::Top => self.move_to_end(false),
            Cmd::Bottom => self.move_to_end(true),
            Cmd::Open => match self.focus {
                Focus::List => self.focus = Focus::Detail,
                Focus::Detail => self.follow_link(),
            },
            Cmd::FocusList => self.focus = Focus::List,
            Cmd::FocusDetail => self.focus = Focus::Detail,
            Cmd::Back => self.back(),
            Cmd::FollowLink => self.follow_link(),
            Cmd::EditNote => self.open_editor(),
            Cmd::ToggleStudied => self.toggle_studied(),
            Cmd::RateUp => self.rate(false, 1),
            Cmd::RateDown => self.rate(false, -1),
            Cmd::GoalUp => self.rate(true, 1),
            Cmd::GoalDown => self.rate(true, -1),
            Cmd::AddAction => self.add_action(),
            other => self.tabs_cmd(other),
        }
    }

    /// Whether a command does something for the current item (the footer hides those that do
    /// not: no score key where nothing is scored, no link key where nothing links).
    pub fn applies(&self, cmd: Cmd) -> bool {
        if self.tabs[self.tab] == Tab::Log && self.overlay.is_none() {
            let entry = self.selected_entry();
            return match cmd {
                Cmd::EditEntry | Cmd::DeleteEntry => entry.is_some(),
                Cmd::CycleStatus => entry.is_some_and(|e| e.action.is_some()),
                _ => true,
            };
        }
        let item = self.current_item();
        match cmd {
            Cmd::RateUp | Cmd::RateDown => item.is_some_and(|r| self.scale_of(r.section).is_some()),
            Cmd::GoalUp | Cmd::GoalDown => item
                .is_some_and(|r| matches!(self.scale_of(r.section), Some((AssessKind::Rating, _)))),
            Cmd::FollowLink => item.is_some_and(|r| !self.content.item(r).links.is_empty()),
            // Asked of the material, not of the laid-out text: the footer asks on every frame.
            Cmd::AddAction => {
                self.focus == Focus::Detail
                    && item.is_some_and(|r| {
                        self.content.item(r).blocks.iter().any(|b| {
                            matches!(b, crate::content::Block::Interventions { entries, .. }
                                if !entries.is_empty())
                        })
                    })
            }
            _ => true,
        }
    }

    /// The item under the cursor in the shown section.
    pub fn current_item(&self) -> Option<ItemRef> {
        let s = self.section()?;
        self.item_at(s, self.nav[s].selected)
    }

    fn toggle_studied(&mut self) {
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
        self.persist();
    }

    fn toggle_language(&mut self) {
        self.lang = self.lang.other();
        self.workbook.settings.lang = Some(self.lang);
        self.info(Msg::LangSwitched.get(self.lang).to_string());
        self.persist();
    }

    /// Studied items of a section, and how many it has.
    pub fn progress(&self, section: usize) -> (usize, usize) {
        let mut done = 0;
        let mut total = 0;
        for (_, item) in self.content.items_of(section) {
            total += 1;
            if self.workbook.studied(&item.id) {
                done += 1;
            }
        }
        (done, total)
    }

    /// Today in the user's time zone.
    pub fn today(&self) -> Date {
        self.clock.now().to_zoned(self.clock.zone()).date()
    }

    fn quit(&mut self) {
        match &self.overlay {
            Some(Overlay::Editor(_)) => self.commit_note(true),
            Some(Overlay::Entry(_)) => self.save_form(true),
            _ => {}
        }
        self.quit = true;
        if self.read_only.is_some() {
            return;
        }
        // What could not be read is not saved over: `persist` skips it.
        self.persist();
        self.persist_log();
        if let Err(e) = self.store.flush() {
            self.quit_error = Some(e);
        }
    }

    /// Ends the app from any state; a presentation keeps its place for next time.
    fn stop(&mut self) {
        if self.present.is_some() {
            self.stop_presenting(true);
        } else {
            self.quit();
        }
    }

    fn has_problem(&self, doc: Doc) -> bool {
        self.problems.iter().any(|p| p.doc == doc)
    }

    /// Hands the workbook to the store (which writes it in the background).
    fn persist(&mut self) -> Option<Ticket> {
        if self.read_only.is_none() && !self.has_problem(Doc::Workbook) {
            let t = self.store.save_workbook(&self.workbook);
            self.saving(t)
        } else {
            None
        }
    }

    /// Hands the log to the store, if it is there to be saved.
    fn persist_log(&mut self) -> Option<Ticket> {
        if self.read_only.is_none()
            && let LogState::Ready(log) = &self.log
        {
            let t = self.store.save_log(log);
            self.saving(t)
        } else {
            None
        }
    }

    /// In read-only mode, says so and returns true.
    fn refuse_if_read_only(&mut self) -> bool {
        if self.read_only.is_some() {
            self.error(Msg::ReadOnlyRefused.get(self.lang).to_string());
            true
        } else {
            false
        }
    }

    pub(crate) fn info(&mut self, text: String) {
        self.message = Some(Message {
            kind: MessageKind::Info,
            text,
        });
    }

    pub(crate) fn error(&mut self, text: String) {
        self.message = Some(Message {
            kind: MessageKind::Error,
            text,
        });
    }

    /// The workbook as it would be saved: for an emergency copy when the real save failed.
    pub fn workbook_json(&self) -> Vec<u8> {
        crate::store::workbook_bytes(&self.workbook)
    }

    /// The log as it would be saved, if it was loaded.
    pub fn log_json(&self) -> Option<Vec<u8>> {
        match &self.log {
            LogState::Ready(log) => {
                let mut bytes = Vec::new();
                crate::store::write_log_to(&mut bytes, log).expect("writing into memory works");
                Some(bytes)
            }
            _ => None,
        }
    }
}

/// What a notice from opening the data directory says.
fn notice_text(notice: Notice, lang: Lang) -> String {
    match notice {
        Notice::MadePrivate { mode } => Msg::MadePrivate
            .get(lang)
            .replace("{mode}", &format!("{mode:o}")),
        Notice::Cleaned(c) => Msg::CleanedTemps
            .get(lang)
            .replace("{n}", &c.files.to_string())
            .replace("{kb}", &c.bytes.div_ceil(1024).to_string()),
        Notice::ImportFinished => Msg::ImportFinished.get(lang).to_string(),
    }
}

#[cfg(test)]
mod tests;
