//! The app's state, the actions that change it, and `update`. No terminal in here: everything
//! can be driven by tests.

mod assess;
mod editor;
mod nav;

use std::path::PathBuf;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::Size;

pub use assess::{Area, AreaRow, Measures, area_rows, areas};
pub use editor::NoteEditor;
pub use nav::{Focus, Nav, Row};

use crate::clock::Clock;
use crate::content::{Content, ItemRef};
use crate::data::Workbook;
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::store::{ReadOnly, Store, StoreError, Unreadable};
use crate::theme::Theme;

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Cmd(Cmd),
    JumpSection(usize),
    /// A key for the note editor's text.
    EditorInput(KeyEvent),
    Paste(String),
    Resize(Size),
    /// No input for a while: a moment to save a note being written.
    Idle,
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

/// A screen over the rest.
#[derive(Debug)]
pub enum Overlay {
    Help { scroll: usize },
    Sources { scroll: usize },
    Editor(Box<NoteEditor>),
}

/// What a tab of the section bar shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// A section of the material (its index in the content).
    Section(usize),
    /// Snapshots and how the ratings and answers changed.
    Measures,
}

/// How the app is started: what the store found and what the user asked for.
pub struct Setup {
    pub workbook: Result<Workbook, Unreadable>,
    pub read_only: Option<ReadOnly>,
    pub lang_flag: Option<Lang>,
    pub locale_lang: Option<Lang>,
    pub theme: Theme,
    pub size: Size,
    pub clock: Box<dyn Clock>,
}

pub struct App {
    pub content: &'static Content,
    pub workbook: Workbook,
    pub lang: Lang,
    pub theme: Theme,
    /// The tabs of the section bar, and which one is shown.
    pub tabs: Vec<Tab>,
    pub tab: usize,
    /// Per section: its list rows (derived from the content once) and where the reader is.
    pub rows: Vec<Vec<Row>>,
    pub nav: Vec<Nav>,
    pub measures: Measures,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    /// Where `Esc` goes back to after following a link.
    pub history: Vec<(usize, usize)>,
    pub message: Option<Message>,
    pub read_only: Option<ReadOnly>,
    /// A data file that cannot be read: the app asks what to do before anything else.
    pub problem: Option<Unreadable>,
    pub size: Size,
    pub quit: bool,
    /// A save that failed when quitting; the caller reports it and keeps an emergency copy.
    pub quit_error: Option<StoreError>,
    pub clock: Box<dyn Clock>,
    store: Box<dyn Store>,
}

impl App {
    pub fn new(content: &'static Content, store: Box<dyn Store>, setup: Setup) -> App {
        let (workbook, problem) = match setup.workbook {
            Ok(w) => (w, None),
            Err(u) => (Workbook::default(), Some(u)),
        };
        let lang = setup
            .lang_flag
            .or(workbook.settings.lang)
            .or(setup.locale_lang)
            .unwrap_or_default();
        let rows: Vec<Vec<Row>> = (0..content.sections.len())
            .map(|s| nav::rows_of(content, s))
            .collect();
        let nav = rows.iter().map(|_| Nav::default()).collect();
        let tabs = (0..content.sections.len())
            .map(Tab::Section)
            .chain([Tab::Measures])
            .collect();
        let message = match &setup.read_only {
            Some(ReadOnly::Locked) => Some(Message {
                kind: MessageKind::Error,
                text: Msg::ReadOnly.get(lang).to_string(),
            }),
            Some(ReadOnly::Unavailable(why)) => Some(Message {
                kind: MessageKind::Error,
                text: format!("{}: {why}", Msg::ReadOnlyRefused.get(lang)),
            }),
            None => None,
        };
        App {
            content,
            workbook,
            lang,
            theme: setup.theme,
            tabs,
            tab: 0,
            rows,
            nav,
            measures: Measures::default(),
            focus: Focus::List,
            overlay: None,
            history: Vec::new(),
            message,
            read_only: setup.read_only,
            problem,
            size: setup.size,
            quit: false,
            quit_error: None,
            clock: setup.clock,
            store,
        }
    }

    /// The section shown, if the current tab is one.
    pub fn section(&self) -> Option<usize> {
        match self.tabs[self.tab] {
            Tab::Section(s) => Some(s),
            Tab::Measures => None,
        }
    }

    /// Which part of the keymap applies now.
    pub fn ctx(&self) -> Ctx {
        if self.problem.is_some() {
            return Ctx::Problem;
        }
        match &self.overlay {
            Some(Overlay::Editor(_)) => Ctx::Editor,
            Some(_) => Ctx::Overlay,
            None => match self.tabs[self.tab] {
                Tab::Section(_) => Ctx::Study,
                Tab::Measures => Ctx::Measures,
            },
        }
    }

    /// Turns a terminal event into an action, through the keymap.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let ctx = self.ctx();
                match keys::lookup(ctx, key) {
                    Some((Cmd::JumpSection, Some(d))) => {
                        // 1-9 are the first nine sections, 0 the tenth.
                        Some(Action::JumpSection(if d == 0 {
                            9
                        } else {
                            usize::from(d) - 1
                        }))
                    }
                    Some((cmd, _)) => Some(Action::Cmd(cmd)),
                    None if ctx == Ctx::Editor => Some(Action::EditorInput(*key)),
                    None => None,
                }
            }
            Event::Paste(text) => Some(Action::Paste(text.clone())),
            Event::Resize(w, h) => Some(Action::Resize(Size::new(*w, *h))),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Idle | Action::Resize(_)) {
            self.message = None;
        }
        match action {
            Action::Resize(size) => self.size = size,
            Action::Idle => self.autosave_note(),
            Action::Paste(text) => self.paste(&text),
            Action::EditorInput(key) => self.editor_input(key),
            Action::JumpSection(n) => self.jump_section(n),
            Action::Cmd(cmd) => match self.ctx() {
                Ctx::Problem => self.problem_cmd(cmd),
                Ctx::Editor => self.editor_cmd(cmd),
                Ctx::Overlay => self.overlay_cmd(cmd),
                Ctx::Study => self.study_cmd(cmd),
                Ctx::Measures => self.measures_cmd(cmd),
                Ctx::Tabs => self.tabs_cmd(cmd),
            },
        }
        if let Some(e) = self.store.take_error() {
            self.error(format!(
                "{}: {e}; {}",
                Msg::SaveFailed.get(self.lang),
                Msg::SaveFailedKeep.get(self.lang)
            ));
        }
    }

    fn problem_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Quit | Cmd::ForceQuit => {
                // Nothing was loaded, so nothing is saved: the unreadable file stays untouched.
                self.quit = true;
            }
            Cmd::Fresh => match self.store.set_aside_workbook() {
                Ok(backup) => {
                    self.problem = None;
                    self.workbook = Workbook::default();
                    self.info(format!(
                        "{} {}",
                        Msg::FreshStarted.get(self.lang),
                        backup.display()
                    ));
                    self.persist();
                }
                Err(e) => self.error(format!("{}: {e}", Msg::FreshFailed.get(self.lang))),
            },
            _ => {}
        }
    }

    fn overlay_cmd(&mut self, cmd: Cmd) {
        let page = usize::from(self.size.height.saturating_sub(6)).max(1);
        let scroll = match &mut self.overlay {
            Some(Overlay::Help { scroll } | Overlay::Sources { scroll }) => scroll,
            _ => return,
        };
        match cmd {
            Cmd::Up => *scroll = scroll.saturating_sub(1),
            Cmd::Down => *scroll += 1,
            Cmd::PageUp => *scroll = scroll.saturating_sub(page),
            Cmd::PageDown => *scroll += page,
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    /// Commands every tab shares.
    fn tabs_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::NextSection => self.cycle_section(1),
            Cmd::PrevSection => self.cycle_section(-1),
            Cmd::Snapshot => self.take_snapshot(),
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
        let item = self.current_item();
        match cmd {
            Cmd::RateUp | Cmd::RateDown => item.is_some_and(|r| self.scale_of(r.section).is_some()),
            Cmd::GoalUp | Cmd::GoalDown => item.is_some_and(|r| {
                matches!(
                    self.scale_of(r.section),
                    Some((crate::content::AssessKind::Rating, _))
                )
            }),
            Cmd::FollowLink => item.is_some_and(|r| !self.content.item(r).links.is_empty()),
            Cmd::AddAction => {
                self.focus == Focus::Detail
                    && self
                        .current_doc()
                        .anchors
                        .iter()
                        .any(|a| a.kind == crate::ui::detail::AnchorKind::Intervention)
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

    fn quit(&mut self) {
        if matches!(self.overlay, Some(Overlay::Editor(_))) {
            self.commit_note(true);
        }
        self.quit = true;
        if self.read_only.is_none() && self.problem.is_none() {
            self.store.save_workbook(&self.workbook);
            if let Err(e) = self.store.flush() {
                self.quit_error = Some(e);
            }
        }
    }

    /// Hands the workbook to the store (which writes it in the background).
    fn persist(&mut self) {
        if self.read_only.is_none() && self.problem.is_none() {
            self.store.save_workbook(&self.workbook);
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
        serde_json::to_vec_pretty(&self.workbook).expect("plain data always serialises")
    }

    /// Where the unreadable file is, if the app is waiting on that question.
    pub fn problem_path(&self) -> Option<PathBuf> {
        self.problem.as_ref().map(|p| p.path.clone())
    }
}

#[cfg(test)]
mod tests;
