//! The app's state, the actions that change it, and `update`. No terminal in here, and no
//! file: what `update` wants done outside (save this, open the editor, search the log, quit)
//! comes out as [`Effect`]s, which the terminal loop carries out and tests look at.
//!
//! The state is split into parts that own it: reading the material ([`Study`]), the log tab
//! ([`LogView`]), the measures tab ([`Measures`]), the search ([`Search`]), the note and entry
//! forms, and presenting ([`crate::present::Presenter`]). What they share (the material, the
//! user's workbook and log, the language, the screen's size, today) is the app's own; its fields
//! are private and read through accessors.

mod action;
mod assess;
mod editor;
pub mod form;
mod input;
mod log;
mod messages;
mod mouse;
mod nav;
mod present;
mod rescue;
mod saving;
mod scan;
mod search;
mod study;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use ratatui::layout::Size;

pub use action::{Action, Effect};
pub use assess::{LabelInput, Measures};
pub use editor::{EditorError, NoteEditor};
pub use form::{EntryForm, Field, FilterField, FilterForm};
pub use log::LogView;
pub use messages::Told;
pub use mouse::{Pointer, PointerKind};
pub use saving::notice_text;
pub use scan::ScanInput;
pub use search::{ResultRow, Search};
pub use study::{Focus, ListRow, Place, Study};

pub use crate::data::assess::{Area, AreaRow, area_rows, areas};
pub use crate::data::log::{LogFilter, action_words, status_word};
pub use crate::search::{Hit, HitKind, LogSearch};
pub use crate::view::tabs::Tab;

use crate::clock::Clock;
use crate::content::{AssessKind, Content, ItemRef, Scale};
use crate::data::{Log, Workbook};
use crate::i18n::{Lang, Msg};
use crate::store::{DataFile, Notice, ReadOnly, Ticket, Unreadable};
use crate::theme::Theme;
use crate::view;

pub use crate::view::messages::Kind as MessageKind;

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
    /// The snapshot taken at this moment.
    DeleteSnapshot(Timestamp),
}

/// A screen over the rest.
#[derive(Debug)]
pub enum Overlay {
    Help(view::scroll::Scroll),
    Sources(view::scroll::Scroll),
    /// The terms of the field with their English rendering.
    Glossary(view::scroll::Scroll),
    /// The recent messages, newest first.
    Messages(view::scroll::Scroll),
    Editor(Box<NoteEditor>),
    Entry(Box<EntryForm>),
    Filter(Box<FilterForm>),
    Confirm(Question),
    Search(Box<Search>),
    /// The welcome of the first start, scrolled on a small screen.
    Welcome(view::scroll::Scroll),
    /// Naming a snapshot.
    Label(Box<LabelInput>),
    /// Naming a self-scan before it is exported.
    ScanName(Box<scan::ScanInput>),
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
    /// The last entry deleted or thrown away, for undo.
    undo: Option<log::Undo>,
    /// The last search, offered again (selected) when `/` opens the search.
    last_search: search::Recall,
    message: Option<Message>,
    /// The last messages, newest first, for the `m` screen (at most [`messages::KEPT`]).
    told: std::collections::VecDeque<Told>,
    /// A message waiting for its save to reach the disk.
    pending: Option<Pending>,
    saves: Saves,
    /// How often the workbook and the log changed: what cached layouts are checked against.
    revision: [u64; 2],
    /// Requests for the terminal loop, taken with [`App::take_effects`].
    effects: Vec<Effect>,
    /// Where the projected presentation last said it was, so it is said once per change.
    told_projector: Option<crate::present::notes::Sync>,
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
            last_search: Default::default(),
            message: None,
            told: Default::default(),
            pending: None,
            saves: Saves::default(),
            revision: [0; 2],
            effects: Vec::new(),
            told_projector: None,
            quitting: false,
        };
        for notice in &setup.notices {
            app.info(saving::notice_text(notice, lang));
        }
        if let Some(r) = &setup.read_only {
            app.error(r.describe(&app.dir, lang));
        }
        app.read_only = setup.read_only;
        if let Some(place) = app.workbook.settings.place.clone() {
            app.return_to(&place);
        }
        if app.first_start() && app.problems.is_empty() && setup.present.is_none() {
            app.overlay = Some(Overlay::Welcome(Default::default()));
        }
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
        let l =
            view::layout::study_with_footer(self.size.into(), self.tab_rows(), self.footer_rows());
        match self.note_shown(&l) {
            Some((lines, _)) => view::layout::with_note(l, self.note_rows(&l, lines.len())),
            None => l,
        }
    }

    /// The lines the note pane takes for `shown` lines of note: all it can once the note is
    /// scrolled, so that scrolling does not shrink it.
    pub fn note_rows(&self, l: &view::layout::Study, shown: usize) -> usize {
        let scrolled = self
            .section()
            .is_some_and(|s| self.study.place(s).note_top() > 0);
        if scrolled {
            view::layout::note_room(l.detail)
        } else {
            shown
        }
    }

    /// The note of the current item as its pane shows it under the text on the screen split
    /// `l` (lines, and whether more is left out); `None` when there is no note, or it is being
    /// written (the editor takes its place).
    pub fn note_shown(&self, l: &view::layout::Study) -> Option<(Vec<view::Line>, bool)> {
        if matches!(self.overlay, Some(Overlay::Editor(_))) {
            return None;
        }
        let item = self.current_item()?;
        let note = self.workbook.note(&self.content.item(item).id);
        if note.is_empty() {
            return None;
        }
        let width = usize::from(view::layout::text_column(l.detail).width);
        let from = self.study.place(item.section).note_top();
        Some(view::item::note_lines(
            note,
            width,
            from,
            view::layout::note_room(l.detail),
        ))
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

    fn doc_key(&self, shown: view::item::Shown, width: usize) -> study::DocKey {
        study::DocKey {
            shown,
            width,
            lang: self.lang,
            revision: self.revision,
            today: self.today,
        }
    }

    /// What the text pane of the shown section shows: the chosen item, or the introduction.
    pub fn current_shown(&self) -> Option<view::item::Shown> {
        let section = self.section()?;
        Some(match self.study.selected_item(section) {
            Some(r) => view::item::Shown::Item(r),
            None => view::item::Shown::Intro(section),
        })
    }

    /// The current text, at the width the screen gives it: laid out once per change, kept for
    /// drawing and moving.
    pub fn current_doc(&self) -> Option<&view::item::Doc> {
        let key = self.doc_key(self.current_shown()?, self.layout().detail_text_width());
        self.study.doc(&key)
    }

    /// A text at `width` columns, laid out now.
    pub fn shown_doc(&self, shown: view::item::Shown, width: usize) -> view::item::Doc {
        view::item::doc_of(&self.doc_inputs(), shown, width)
    }

    /// An item's text at `width` columns, laid out now.
    pub fn item_doc(&self, item: ItemRef, width: usize) -> view::item::Doc {
        self.shown_doc(view::item::Shown::Item(item), width)
    }

    /// Lays out the current text again if what it shows has changed.
    pub(super) fn refresh_doc(&mut self) {
        let Some(shown) = self.current_shown() else {
            return;
        };
        let key = self.doc_key(shown, self.layout().detail_text_width());
        if self.study.doc(&key).is_none() {
            let doc = view::item::doc_of(&self.doc_inputs(), shown, key.width);
            self.study.keep_doc(key, doc);
        }
    }
}

#[cfg(test)]
mod tests;
