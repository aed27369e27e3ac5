//! The app's state, the actions that change it, and `update`. No terminal in here, and no
//! file: what `update` wants done outside (save this, open the editor, search the log, quit)
//! comes out as [`Effect`]s, which the terminal loop carries out and tests look at.
//!
//! The state is split into parts that own it: reading the material ([`Study`]), the log tab
//! ([`LogView`]), the measures tab ([`Measures`]), the search ([`Search`]), the note and entry
//! forms, and presenting ([`crate::present::Presenter`]). What they share (the material, the
//! user's workbook and log, the language, the screen's size, today) is the app's own; its fields
//! are private and read through accessors.

mod assess;
mod editor;
pub mod form;
mod log;
mod nav;
mod present;
mod rescue;
mod search;
mod study;
pub mod testing;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::Size;

pub use assess::Measures;
pub use editor::{EditorError, NoteEditor};
pub use form::{EntryForm, Field, FilterField, FilterForm};
pub use log::LogView;
pub use search::{ResultRow, Search};
pub use study::{Focus, ListRow, Place, Study};

pub use crate::data::assess::{Area, AreaRow, area_rows, areas};
pub use crate::data::log::{LogFilter, action_words, status_word};
pub use crate::search::{Hit, HitKind, LogSearch};
pub use crate::view::tabs::Tab;

use crate::clock::Clock;
use crate::content::{AssessKind, Content, ItemRef, Scale};
use crate::data::{Entry, Log, Workbook};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::store::{
    DataFile, LoadProblem, Notice, ReadOnly, StoreError, StoreEvent, Ticket, Unreadable,
};
use crate::theme::Theme;
use crate::view;

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
    ExternalDone(Result<String, EditorError>),
    /// The worker has searched the log.
    LogHits {
        generation: u64,
        hits: Vec<u32>,
    },
    /// A digit typed where digits mean a number (a slide to jump to).
    Digit(u8),
    /// What the store reports: saves on disk, and saves that failed.
    Stored(Vec<StoreEvent>),
    /// An unreadable file was moved aside (or could not be).
    SetAside {
        doc: DataFile,
        result: Result<PathBuf, StoreError>,
    },
    /// An export was written (or could not be).
    Exported(Result<PathBuf, StoreError>),
    /// An emergency copy the user chose to bring back, as read from its file.
    RescueRead {
        path: PathBuf,
        result: Result<(Workbook, Log), LoadProblem>,
    },
}

/// What `update` asks the terminal loop to do: the app itself does no I/O.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Save the workbook; `seq` numbers the saves of this file, so that the store's report
    /// ([`Action::Stored`]) says which are on disk.
    SaveWorkbook { seq: u64, workbook: Box<Workbook> },
    /// Save the log (shared, not copied).
    SaveLog { seq: u64, log: Arc<Log> },
    /// Move an unreadable file aside; answer with [`Action::SetAside`].
    SetAside(DataFile),
    /// Write an export into the data folder; answer with [`Action::Exported`].
    WriteExport { name: String, bytes: Vec<u8> },
    /// Hand a text to the user's own editor; answer with [`Action::ExternalDone`].
    Edit { text: String },
    /// Search the log off the key path; answer with [`Action::LogHits`].
    SearchLog(LogSearch),
    /// Read an emergency copy; answer with [`Action::RescueRead`].
    ReadRescue(PathBuf),
    /// Remove an emergency copy: brought back and saved, or thrown away.
    RemoveRescue(PathBuf),
    /// Wait until every save is on disk, then end.
    Quit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    Help(view::scroll::Scroll),
    Sources(view::scroll::Scroll),
    Editor(Box<NoteEditor>),
    Entry(Box<EntryForm>),
    Filter(Box<FilterForm>),
    Confirm(Question),
    Search(Box<Search>),
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
    pub doc: DataFile,
    pub file: Unreadable,
}

/// Whether something that has changed is told in the footer or not (quitting, autosaving).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Telling {
    Tell,
    Quietly,
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

/// Per file: the newest save handed out, and the newest known to be on disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Saves {
    last: [u64; 2],
    on_disk: [u64; 2],
}

fn slot(doc: DataFile) -> usize {
    match doc {
        DataFile::Workbook => 0,
        DataFile::Log => 1,
    }
}

pub struct App {
    content: &'static Content,
    workbook: Workbook,
    log: LogState,
    lang: Lang,
    theme: Theme,
    size: Size,
    clock: Box<dyn Clock>,
    zone: TimeZone,
    /// Now and today, as of the last update: drawing never reads the clock.
    now: Timestamp,
    today: Date,
    /// The data directory, for messages about it.
    dir: PathBuf,
    read_only: Option<ReadOnly>,
    /// The tabs of the section bar, and which one is shown.
    tabs: Vec<Tab>,
    tab: usize,
    study: Study,
    log_view: LogView,
    measures: Measures,
    overlay: Option<Overlay>,
    /// Presenting to a room: while set, it is all there is on the screen.
    present: Option<crate::present::Presenter>,
    /// Files that cannot be read: the app asks what to do before anything else. While
    /// presenting they wait: a projector never shows them.
    problems: Vec<Problem>,
    /// Emergency copies of an earlier session, offered once the log is read.
    rescues: Vec<PathBuf>,
    /// Emergency copies brought back, removed once both files are saved with their content.
    rescued: Vec<(PathBuf, [Option<Ticket>; 2])>,
    /// The last deleted entry, for undo.
    undo: Option<Entry>,
    message: Option<Message>,
    /// A message waiting for its save to reach the disk.
    pending: Option<Pending>,
    saves: Saves,
    /// How often the workbook and the log changed: what cached layouts are checked against.
    revision: [u64; 2],
    /// Requests for the terminal loop, taken with [`App::take_effects`].
    effects: Vec<Effect>,
    quitting: bool,
}

impl App {
    pub fn new(content: &'static Content, setup: Setup) -> App {
        let mut problems = Vec::new();
        let workbook = match setup.workbook {
            Ok(w) => w,
            Err(file) => {
                problems.push(Problem {
                    doc: DataFile::Workbook,
                    file,
                });
                Workbook::default()
            }
        };
        let lang = Lang::choose(setup.lang_flag, workbook.settings.lang, setup.locale_lang);
        let zone = setup.clock.zone();
        let now = setup.clock.now();
        let mut app = App {
            content,
            workbook,
            log: LogState::Loading,
            lang,
            theme: setup.theme,
            size: setup.size,
            today: now.to_zoned(zone.clone()).date(),
            now,
            zone,
            clock: setup.clock,
            dir: setup.dir,
            read_only: None,
            tabs: view::tabs::all(content),
            tab: 0,
            study: Study::new(content),
            log_view: LogView::default(),
            measures: Measures::default(),
            overlay: None,
            present: None,
            problems,
            rescues: setup.rescues,
            rescued: Vec::new(),
            undo: None,
            message: None,
            pending: None,
            saves: Saves::default(),
            revision: [0; 2],
            effects: Vec::new(),
            quitting: false,
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
            app.start_presenting(start, present::Standing::Alone);
        }
        app.refresh_doc();
        app
    }

    // --- What drawing and tests read -----------------------------------------------------

    pub fn content(&self) -> &'static Content {
        self.content
    }

    pub fn workbook(&self) -> &Workbook {
        &self.workbook
    }

    /// The log, once it is read.
    pub fn log(&self) -> Option<&Log> {
        match &self.log {
            LogState::Ready(log) => Some(log),
            _ => None,
        }
    }

    pub fn log_state(&self) -> &LogState {
        &self.log
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn size(&self) -> Size {
        self.size
    }

    /// Today in the user's time zone, as of the last update.
    pub fn today(&self) -> Date {
        self.today
    }

    /// Now, as of the last update.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn read_only(&self) -> Option<ReadOnly> {
        self.read_only
    }

    pub fn tabs(&self) -> &[Tab] {
        &self.tabs
    }

    /// The place of the shown tab among the tabs.
    pub fn tab(&self) -> usize {
        self.tab
    }

    pub fn study(&self) -> &Study {
        &self.study
    }

    pub fn log_view(&self) -> &LogView {
        &self.log_view
    }

    pub fn measures(&self) -> &Measures {
        &self.measures
    }

    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    pub fn present(&self) -> Option<&crate::present::Presenter> {
        self.present.as_ref()
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// Whether the app has asked to end (the loop ends once the effects are carried out).
    pub fn quitting(&self) -> bool {
        self.quitting
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

    /// The item under the cursor in the shown section.
    pub fn current_item(&self) -> Option<ItemRef> {
        self.study.selected_item(self.section()?)
    }

    /// The scale a section's items are assessed on, if they are.
    pub fn scale_of(&self, section: usize) -> Option<(AssessKind, &'static Scale)> {
        let kind = self.content.sections[section].assess?;
        Some((kind, self.content.assessment.scale(kind)))
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

    /// The labels of the section bar.
    pub fn tab_labels(&self) -> Vec<String> {
        view::tabs::labels(self.content, &self.tabs, self.lang)
    }

    /// Rows the section bar takes on this screen.
    pub fn tab_rows(&self) -> u16 {
        let right = view::tabs::right_side(self.read_only.is_some(), self.lang);
        view::tabs::rows_needed(
            &self.tab_labels(),
            &right,
            self.size.width,
            self.size.height,
        )
    }

    /// The screen split, as drawing will do it.
    pub fn layout(&self) -> view::layout::Study {
        view::layout::study(self.size.into(), self.tab_rows())
    }

    /// What an item's text is made of.
    pub fn doc_inputs(&self) -> view::item::Inputs<'_> {
        view::item::Inputs {
            content: self.content,
            workbook: &self.workbook,
            log: self.log(),
            lang: self.lang,
            today: self.today,
            zone: &self.zone,
        }
    }

    fn doc_key(&self, item: ItemRef, width: usize) -> study::DocKey {
        study::DocKey {
            item,
            width,
            lang: self.lang,
            revision: self.revision,
            today: self.today,
        }
    }

    /// The current item's text, at the width the screen gives it: laid out once per change,
    /// kept for drawing and moving.
    pub fn current_doc(&self) -> Option<&view::item::Doc> {
        let item = self.current_item()?;
        let key = self.doc_key(item, self.layout().detail_text_width());
        self.study.doc(&key)
    }

    /// An item's text at `width` columns, laid out now.
    pub fn item_doc(&self, item: ItemRef, width: usize) -> view::item::Doc {
        view::item::doc(&self.doc_inputs(), item, width)
    }

    /// Lays out the current item's text again if what it shows has changed.
    pub(super) fn refresh_doc(&mut self) {
        let Some(item) = self.current_item() else {
            return;
        };
        let key = self.doc_key(item, self.layout().detail_text_width());
        if self.study.doc(&key).is_none() {
            let doc = view::item::doc(&self.doc_inputs(), item, key.width);
            self.study.keep_doc(key, doc);
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
            Some(Overlay::Help(_) | Overlay::Sources(_)) => Ctx::Overlay,
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
        self.now = self.clock.now();
        self.today = self.now.to_zoned(self.zone.clone()).date();
        if let Some(p) = &mut self.present {
            p.now = self.now;
        }
        match action {
            Action::Resize(size) => self.size = size,
            Action::Idle => self.autosave_note(),
            Action::Stop => self.stop(),
            Action::Digit(d) => self.present_digit(d),
            Action::LogLoaded(result) => self.log_loaded(result),
            Action::ExternalDone(result) => self.external_done(result),
            Action::LogHits { generation, hits } => self.log_hits(generation, hits),
            Action::Stored(events) => self.stored(events),
            Action::SetAside { doc, result } => self.set_aside_done(doc, result),
            Action::Exported(result) => self.exported(result),
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
        self.refresh_doc();
    }

    /// A key for whichever text field has the focus.
    fn text_input(&mut self, key: KeyEvent) {
        match &mut self.overlay {
            Some(Overlay::Editor(e)) => e.input(key),
            Some(Overlay::Entry(form)) => form.input(key),
            Some(Overlay::Filter(form)) => form.input(key),
            Some(Overlay::Search(_)) => self.search_input(key),
            _ => {}
        }
    }

    fn problem_cmd(&mut self, cmd: Cmd) {
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
    fn set_aside_done(&mut self, doc: DataFile, result: Result<PathBuf, StoreError>) {
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
            Err(e) => self.error(format!(
                "{}: {}",
                Msg::FreshFailed.get(self.lang),
                e.describe(self.lang)
            )),
        }
    }

    fn overlay_cmd(&mut self, cmd: Cmd) {
        let (max, height) = match &self.overlay {
            Some(Overlay::Help(_)) => self.help_scroll_room(),
            Some(Overlay::Sources(_)) => self.sources_scroll_room(),
            _ => return,
        };
        match cmd {
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            other => {
                if let (Some(m), Some(Overlay::Help(scroll) | Overlay::Sources(scroll))) =
                    (nav::move_of(other), &mut self.overlay)
                {
                    scroll.moved(m, height, max);
                }
            }
        }
    }

    /// How far the help can scroll on this screen, and the height it shows.
    fn help_scroll_room(&self) -> (usize, usize) {
        let lines = view::help::lines(self.tab_ctx(), self.lang).len();
        let popup = view::layout::help_popup(self.size.into(), lines);
        let height = usize::from(view::layout::inside(popup).height);
        (lines.saturating_sub(height), height)
    }

    /// How far the sources can scroll on this screen, and the height they show.
    fn sources_scroll_room(&self) -> (usize, usize) {
        let inner = view::layout::inside(view::layout::sources_popup(self.size.into()));
        let height = usize::from(inner.height);
        let lines = view::sources::lines(self.content, self.lang, usize::from(inner.width)).len();
        (lines.saturating_sub(height), height)
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
            Cmd::Present => self.present_from_here(present::Part::FromHere),
            Cmd::PresentPart => self.present_from_here(present::Part::Only),
            Cmd::Help => self.overlay = Some(Overlay::Help(Default::default())),
            Cmd::Sources => self.overlay = Some(Overlay::Sources(Default::default())),
            Cmd::Language => self.toggle_language(),
            Cmd::Quit | Cmd::ForceQuit => self.quit(),
            _ => {}
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
                self.study.focus() == Focus::Detail
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
        self.changed_workbook();
    }

    fn toggle_language(&mut self) {
        self.lang = self.lang.other();
        self.workbook.settings.lang = Some(self.lang);
        self.info(Msg::LangSwitched.get(self.lang).to_string());
        self.changed_workbook();
    }

    /// Saves everything and ends; what is being written is kept.
    fn quit(&mut self) {
        match &self.overlay {
            Some(Overlay::Editor(_)) => self.commit_note(Telling::Quietly),
            Some(Overlay::Entry(_)) => self.save_form(Telling::Quietly),
            _ => {}
        }
        self.quitting = true;
        if self.read_only.is_none() {
            // What could not be read is not saved over: `persist` skips it.
            self.persist();
            self.persist_log();
        }
        self.effects.push(Effect::Quit);
    }

    /// Ends the app from any state; a presentation keeps its place for next time.
    fn stop(&mut self) {
        if self.present.is_some() {
            self.stop_presenting(present::Leaving::Quit);
        } else {
            self.quit();
        }
    }

    fn has_problem(&self, doc: DataFile) -> bool {
        self.problems.iter().any(|p| p.doc == doc)
    }

    // --- Saving ------------------------------------------------------------------------------

    /// The workbook changed: laid-out texts are made again, and it is saved.
    fn changed_workbook(&mut self) -> Option<Ticket> {
        self.revision[0] += 1;
        self.persist()
    }

    /// The log changed: laid-out texts are made again, and it is saved.
    fn changed_log(&mut self) -> Option<Ticket> {
        self.revision[1] += 1;
        self.persist_log()
    }

    /// Asks for the workbook to be saved, unless nothing may be written to it.
    fn persist(&mut self) -> Option<Ticket> {
        if self.read_only.is_some() || self.has_problem(DataFile::Workbook) {
            return None;
        }
        let seq = self.next_save(DataFile::Workbook);
        self.effects.push(Effect::SaveWorkbook {
            seq,
            workbook: Box::new(self.workbook.clone()),
        });
        Some(Ticket {
            doc: DataFile::Workbook,
            seq,
        })
    }

    /// Asks for the log to be saved, if it is there to be saved.
    fn persist_log(&mut self) -> Option<Ticket> {
        if self.read_only.is_some() {
            return None;
        }
        let LogState::Ready(log) = &self.log else {
            return None;
        };
        let log = Arc::clone(log);
        let seq = self.next_save(DataFile::Log);
        self.effects.push(Effect::SaveLog { seq, log });
        Some(Ticket {
            doc: DataFile::Log,
            seq,
        })
    }

    fn next_save(&mut self, doc: DataFile) -> u64 {
        let s = slot(doc);
        self.saves.last[s] += 1;
        self.saves.last[s]
    }

    /// Takes the store's reports: a message waiting for its save becomes true, a failed save
    /// is told.
    fn stored(&mut self, events: Vec<StoreEvent>) {
        for event in events {
            match event {
                StoreEvent::Saved(t) => {
                    let s = slot(t.doc);
                    self.saves.on_disk[s] = self.saves.on_disk[s].max(t.seq);
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
    fn confirm(&mut self, doc: DataFile, saving: Msg, saved: Msg) {
        let s = slot(doc);
        if self.saves.last[s] <= self.saves.on_disk[s] {
            self.info(saved.get(self.lang).to_string());
            return;
        }
        self.info(saving.get(self.lang).to_string());
        self.pending = Some(Pending {
            ticket: Ticket {
                doc,
                seq: self.saves.last[s],
            },
            saving,
            saved,
        });
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

    fn info(&mut self, text: String) {
        self.message = Some(Message {
            kind: MessageKind::Info,
            text,
        });
    }

    fn error(&mut self, text: String) {
        self.message = Some(Message {
            kind: MessageKind::Error,
            text,
        });
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
