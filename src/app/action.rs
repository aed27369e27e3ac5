//! What can happen to the app (actions, into `update`) and what the app asks the terminal loop
//! to do (effects, out of `update`).

use std::path::PathBuf;
use std::sync::Arc;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Size;

use super::EditorError;
use crate::data::{Log, Workbook};
use crate::keys::Cmd;
use crate::search::LogSearch;
use crate::store::{DataFile, LoadProblem, StoreError, StoreEvent, Unreadable};

/// Everything that can happen to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Cmd(Cmd),
    JumpSection(usize),
    /// A key for the text field that has the focus.
    EditorInput(KeyEvent),
    Paste(String),
    /// The mouse: a click or the wheel, somewhere on the screen.
    Pointer(super::Pointer),
    Resize(Size),
    /// No input for a while: a moment to save a note or a log entry being written.
    Idle,
    /// Stop now, whatever is open, and save everything: the terminal was closed, the system
    /// asked the program to end, or the terminal failed.
    Stop,
    /// The log, read in the background, has arrived.
    LogLoaded(Result<Log, Unreadable>),
    /// Something the user should hear about the data folder, found after the first frame.
    Notice(crate::store::Notice),
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
    /// The projector says where it is (read by the facilitator's screen).
    Projector(crate::present::notes::Sync),
    /// A team's scans, read again because their folder changed: the texts, and the files
    /// that could not be read.
    Scans(Vec<(String, String)>, Vec<crate::present::team::Skipped>),
    /// A part was added to the session plan (or was in it already, or could not be added):
    /// the plan's file, how many parts it has, whether it was added.
    PlanAdded {
        id: String,
        result: Result<(PathBuf, usize, bool), StoreError>,
    },
    /// A self-scan was exported (or could not be).
    ScanExported(Result<PathBuf, StoreError>),
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
    /// Write the portfolio (Markdown, as the app's workbook and log are now) into the data
    /// folder as `name`; answer with [`Action::Exported`].
    ExportPortfolio { name: String },
    /// Tell a facilitator's screen where the projected presentation is (a small file in the
    /// data folder); nothing is answered.
    Presenting(crate::present::notes::Sync),
    /// Add a part to the session plan in the data folder; answer with [`Action::PlanAdded`].
    AddToPlan { id: String },
    /// Write the self-scan (the scores, and `person` if given) into the documents folder as
    /// `name`; answer with [`Action::ScanExported`].
    ExportScan {
        name: String,
        person: Option<String>,
    },
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
