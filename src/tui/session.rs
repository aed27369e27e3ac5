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
        on_log: impl FnOnce(store::OpenedLog) + Send + 'static,
    ) -> Result<Opening, store::OpenError> {
        // The log is read on a thread of its own from the moment the lock is taken (holding
        // it, the log of werkboek 0.1 is moved to the log file first), beside the workbook,
        // the material and the first frame.
        let log_dir = dir.to_path_buf();
        let opened = FileStore::open_then(dir, move |writable| {
            if standalone {
                return;
            }
            let path = log_dir.join(store::LOG_FILE);
            std::thread::spawn(move || {
                // Should reading stop halfway (a bug), that is a log that could not be read,
                // never an empty one: an empty log would be saved over the real one.
                let loaded = panic::catch_unwind(|| store::open_log(&log_dir, writable))
                    .unwrap_or_else(|_| store::OpenedLog {
                        log: Err(Unreadable {
                            path,
                            problem: LoadProblem::Stopped,
                        }),
                        notice: None,
                    });
                on_log(loaded);
            });
        })?;
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
        Effect::ExportScan { name, person } => {
            let scan = crate::format::scan::Scan::of(app.workbook(), person, app.now());
            let result = store.write_export(&name, scan.to_json().as_bytes());
            app.update(Action::ScanExported(result));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::keys::Cmd;
    use std::path::PathBuf;

    /// The app on a real data folder in `home`, exporting into what `export_folder` picks
    /// from `documents` and `current`, after `x`: where the portfolio went.
    fn export_with(home: &Path, documents: Option<&Path>, current: &Path) -> (App, PathBuf) {
        let data = home.join("data");
        let (tx, rx) = std::sync::mpsc::channel();
        let mut opening = Opening::open(&data, false, move |log| {
            let _ = tx.send(log);
        })
        .unwrap();
        opening
            .store
            .export_to(store::export_folder(documents, Some(current), &data));
        let (mut app, mut store) = opening.app(Showing {
            lang_flag: Some(Lang::Nl),
            locale_lang: None,
            theme: Theme::mono(),
            size: ratatui::layout::Size::new(80, 24),
            clock: Box::new(crate::clock::ManualClock::at("2026-11-23T09:30:00Z")),
            present: None,
            mouse_flag: None,
        });
        app.update(Action::LogLoaded(rx.recv().unwrap().log));
        // A first start: the welcome is put away first.
        app.update(Action::Cmd(Cmd::Close));
        app.update(Action::Cmd(Cmd::ExportPortfolio));
        for effect in app.take_effects() {
            let _ = carry_out_stored(&mut app, &mut store, effect);
        }
        let said = app.message().expect("the export is told").clone();
        assert_eq!(said.kind, crate::app::MessageKind::Done, "{}", said.text);
        let path = said
            .text
            .strip_prefix("Portfolio opgeslagen in ")
            .map(PathBuf::from)
            .expect("the message names the file");
        (app, path)
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_first_start_on_an_old_log_says_that_it_was_moved_and_where_the_old_file_is() {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(
            data.join(store::LEGACY_LOG_FILE),
            r#"{"schema":1,"entries":[{"id":1,"created":"2026-11-20T09:00:00Z","title":"Oud"}]}"#,
        )
        .unwrap();
        let open = || {
            let (tx, rx) = std::sync::mpsc::channel();
            let opening = Opening::open(&data, false, move |log| {
                let _ = tx.send(log);
            })
            .unwrap();
            let opened = rx.recv().unwrap();
            drop(opening);
            opened
        };
        let first = open();
        assert_eq!(first.log.as_ref().map(|l| l.len()).ok(), Some(1));
        let kept = data.join("logboek.v1.json");
        assert_eq!(
            first.notice,
            Some(store::Notice::LogMoved {
                kept: kept.clone(),
                added: 0
            })
        );
        assert!(kept.exists());
        let text = crate::app::notice_text(first.notice.as_ref().unwrap(), Lang::Nl);
        assert!(
            text.contains(store::LOG_FILE) && text.contains("logboek.v1.json"),
            "{text}"
        );
        // Once: the next start has nothing to tell.
        let second = open();
        assert_eq!(second.log.as_ref().map(|l| l.len()).ok(), Some(1));
        assert_eq!(second.notice, None);
    }

    #[test]
    fn the_portfolio_goes_to_the_documents_folder_with_its_full_path_said() {
        let home = tempfile::tempdir().unwrap();
        let documents = home.path().join("Documenten");
        let current = home.path().join("werk");
        std::fs::create_dir(&documents).unwrap();
        std::fs::create_dir(&current).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&documents, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let (_, path) = export_with(home.path(), Some(&documents), &current);
        assert_eq!(path, documents.join("portfolio-2026-11-23.md"));
        assert!(path.is_absolute(), "the whole path is said");
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("Mijn ontwikkelportfolio")
        );
        #[cfg(unix)]
        {
            assert_eq!(mode(&path), 0o600, "personal data: only the user reads it");
            assert_eq!(
                mode(&documents),
                0o755,
                "the user's own folder is left alone"
            );
        }
        // A second export on the same day never replaces the first.
        let (_, again) = export_with(home.path(), Some(&documents), &current);
        assert_eq!(again, documents.join("portfolio-2026-11-23-2.md"));
        assert!(path.exists());
        assert!(!home.path().join("data/export").exists());
    }

    #[test]
    fn without_a_documents_folder_it_goes_where_werkboek_was_started() {
        let home = tempfile::tempdir().unwrap();
        let current = home.path().join("werk");
        std::fs::create_dir(&current).unwrap();
        let missing = home.path().join("Documenten");
        for documents in [None, Some(missing.as_path())] {
            let (_, path) = export_with(home.path(), documents, &current);
            assert_eq!(path.parent(), Some(current.as_path()));
        }
    }
}
