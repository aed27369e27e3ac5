//! Opening a session: the data directory, the workbook, the log read in the background, the
//! emergency copies waiting, and the app built on them. The real program (`run`) and the
//! benchmark start here, and carry out the store's effects with the same function.

use std::io;
use std::panic;
use std::path::Path;

use super::Action;
use crate::app::{App, Effect, Setup};
use crate::data::Log;
use crate::i18n::Lang;
use crate::present::Start;
use crate::store::{self, FileStore, LoadProblem, Store, Unreadable, files};
use crate::theme::Theme;

/// A session being opened: the data directory checked, locked and tidied, the workbook read,
/// the log being read in the background, emergency copies looked for. The real program and the
/// benchmark start this one way.
pub struct Opening {
    pub store: FileStore,
    workbook: Result<crate::data::Workbook, Unreadable>,
    read_only: Option<store::ReadOnly>,
    notices: Vec<store::Notice>,
    rescues: Vec<std::path::PathBuf>,
    dir: std::path::PathBuf,
}

/// How the app is to be shown: what `Opening::app` needs besides the data.
pub struct Showing {
    pub lang_flag: Option<Lang>,
    pub locale_lang: Option<Lang>,
    pub theme: Theme,
    pub size: ratatui::layout::Size,
    pub clock: Box<dyn crate::clock::Clock>,
    pub present: Option<Start>,
    /// `--mouse` or `--no-mouse`: taken, and remembered in the workbook.
    pub mouse_flag: Option<bool>,
}

impl Opening {
    /// Opens `dir`. The log, read on a thread of its own, goes to `on_log` (never, for a
    /// presentation on its own: it needs no log, and so never has to tell about one).
    pub fn open(
        dir: &Path,
        standalone: bool,
        on_log: impl FnOnce(Result<Log, Unreadable>) + Send + 'static,
    ) -> Result<Opening, store::OpenError> {
        let opened = FileStore::open(dir)?;
        if !standalone {
            let path = opened.store.log_path();
            std::thread::spawn(move || {
                // Should reading stop halfway (a bug), that is a log that could not be read,
                // never an empty one: an empty log would be saved over the real one.
                let loaded =
                    panic::catch_unwind(|| store::load_log(&path)).unwrap_or(Err(Unreadable {
                        path,
                        problem: LoadProblem::Stopped,
                    }));
                on_log(loaded);
            });
        }
        let rescues = if opened.read_only.is_none() && !standalone {
            store::rescue::find(dir)
        } else {
            Vec::new()
        };
        Ok(Opening {
            store: opened.store,
            workbook: opened.workbook,
            read_only: opened.read_only,
            notices: opened.notices,
            rescues,
            dir: dir.to_path_buf(),
        })
    }

    /// The language saved in the workbook, if it could be read.
    pub fn saved_lang(&self) -> Option<Lang> {
        self.workbook.as_ref().ok().and_then(|w| w.settings.lang)
    }

    /// The app on this data, and the store it saves through.
    pub fn app(self, showing: Showing) -> (App, FileStore) {
        let mut workbook = self.workbook;
        if let (Some(mouse), Ok(w)) = (showing.mouse_flag, &mut workbook) {
            w.settings.mouse = Some(mouse);
        }
        let setup = Setup {
            workbook,
            log: None,
            read_only: self.read_only,
            lang_flag: showing.lang_flag,
            locale_lang: showing.locale_lang,
            theme: showing.theme,
            size: showing.size,
            clock: showing.clock,
            present: showing.present,
            dir: self.dir,
            notices: self.notices,
            rescues: self.rescues,
        };
        (App::new(crate::content::embedded(), setup), self.store)
    }
}

/// Does what `update` asked for that needs only the store; hands back what it did not do (the
/// editor, a search of the log, quitting).
pub fn carry_out_stored(app: &mut App, store: &mut impl Store, effect: Effect) -> Option<Effect> {
    match effect {
        Effect::SaveWorkbook { seq, workbook } => store.save_workbook(seq, &workbook),
        Effect::SaveLog { seq, log } => store.save_log(seq, &log),
        Effect::SetAside(doc) => {
            let result = store.set_aside(doc);
            app.update(Action::SetAside { doc, result });
        }
        Effect::ExportPortfolio { name } => {
            let result = match app.log() {
                Some(log) => {
                    let text = crate::format::portfolio::markdown(
                        app.content(),
                        app.workbook(),
                        log,
                        app.lang(),
                        app.zone(),
                        app.now(),
                    );
                    store.write_export(&name, text.as_bytes())
                }
                None => return None,
            };
            app.update(Action::Exported(result));
        }
        Effect::ReadRescue(path) => {
            let result = read_rescue(&path);
            app.update(Action::RescueRead { path, result });
        }
        Effect::RemoveRescue(path) => {
            let _ = std::fs::remove_file(&path);
        }
        other => return Some(other),
    }
    None
}

/// An emergency copy, read and checked like an import.
pub(super) fn read_rescue(path: &Path) -> Result<(crate::data::Workbook, Log), LoadProblem> {
    match files::read_regular(path, files::READ_LIMIT) {
        Ok(Some(bytes)) => String::from_utf8(bytes)
            .map_err(|_| LoadProblem::NotText)
            .and_then(|text| crate::format::portfolio::parse(&text)),
        Ok(None) => Err(LoadProblem::Io(io::ErrorKind::NotFound)),
        Err(e) => Err(e.into()),
    }
}
