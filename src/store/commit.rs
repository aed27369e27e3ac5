//! Replacing the workbook and the log together. An import changes both; a kill in between must
//! leave, as the next start sees it, either both old files or both new ones.
//!
//! Both new files are first written in full beside their targets. Then a small journal names
//! which temporary file goes where, and only then are they renamed into place. The next start
//! (or the next command that takes the lock) finishes a journal it finds; an import killed
//! before its journal was complete leaves only temporary files, which the clean-up removes, so
//! nothing of it counts.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{filled_temp, parent, sync_dir};
use super::files::{TEMP_PREFIX, TEMP_SUFFIX, read_regular, write_target};
use super::{LOG_FILE, WORKBOOK_FILE, workbook_bytes, write_atomic, write_log_to};
use crate::data::{Log, Workbook};

/// The journal of an import under way.
pub const JOURNAL: &str = "werkboek.import.json";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Journal {
    /// Each: a complete temporary file, and the file it replaces.
    renames: Vec<(PathBuf, PathBuf)>,
}

/// Replaces the workbook and the log in `dir` as one change. Call it holding the lock.
pub fn replace_both(dir: &Path, workbook: &Workbook, log: &Log) -> io::Result<()> {
    let targets = [
        write_target(&dir.join(WORKBOOK_FILE))?,
        write_target(&dir.join(LOG_FILE))?,
    ];
    let bytes = workbook_bytes(workbook);
    let w = filled_temp(&targets[0], |f| f.write_all(&bytes))?;
    let l = filled_temp(&targets[1], |f| write_log_to(f, log))?;
    let journal = Journal {
        renames: vec![
            (w.path().to_path_buf(), targets[0].clone()),
            (l.path().to_path_buf(), targets[1].clone()),
        ],
    };
    let text = serde_json::to_vec(&journal).map_err(io::Error::other)?;
    // Until the journal is complete, dropping `w` and `l` removes them: nothing has changed.
    write_atomic(&dir.join(JOURNAL), &text)?;
    // From here on the journal holds the import: the temporary files must stay.
    let _ = w.keep();
    let _ = l.keep();
    finish(dir).map(|_| ())
}

/// A temporary file of ours in the same directory as its target: the only renames a journal
/// may ask for.
fn allowed(tmp: &Path, target: &Path) -> bool {
    let ours = tmp
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(TEMP_SUFFIX));
    ours && parent(tmp) == parent(target)
}

/// Finishes an import whose journal is in `dir`; returns whether there was one. Call it holding
/// the lock, before temporary files are cleaned up.
pub fn finish(dir: &Path) -> io::Result<bool> {
    let path = dir.join(JOURNAL);
    let journal: Option<Journal> = match read_regular(&path, 1 << 20) {
        Ok(None) => return Ok(false),
        Ok(Some(bytes)) => serde_json::from_slice(&bytes).ok(),
        Err(_) => None,
    };
    for (tmp, target) in journal.iter().flat_map(|j| &j.renames) {
        if !allowed(tmp, target) {
            continue;
        }
        match fs::rename(tmp, target) {
            Ok(()) => sync_dir(parent(target))?,
            // Renamed before the interruption.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    // A journal that cannot be read was never completed (it is written atomically): what it
    // would have named are temporary files, and the clean-up takes them.
    fs::remove_file(&path)?;
    sync_dir(dir)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{load_log, load_workbook};

    fn workbook(note: &str) -> Workbook {
        let mut w = Workbook::default();
        w.update_item("sleutel-1", |s| s.note = note.into());
        w
    }

    fn log(title: &str) -> Log {
        let mut l = Log::default();
        l.push(crate::data::Entry {
            id: 1,
            created: jiff::Timestamp::UNIX_EPOCH,
            updated: None,
            title: title.into(),
            text: String::new(),
            tags: vec![],
            items: vec![],
            action: None,
        });
        l
    }

    #[test]
    fn both_files_are_replaced_and_no_journal_stays() {
        let dir = tempfile::tempdir().unwrap();
        replace_both(dir.path(), &workbook("nieuw"), &log("nieuw")).unwrap();
        assert_eq!(
            load_workbook(&dir.path().join(WORKBOOK_FILE))
                .unwrap()
                .note("sleutel-1"),
            "nieuw"
        );
        assert_eq!(load_log(dir.path()).unwrap().all()[0].title, "nieuw");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn an_interrupted_import_is_finished_by_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        replace_both(dir.path(), &workbook("oud"), &log("oud")).unwrap();
        // As if killed after the first rename: the workbook is new, the log still old.
        let w = filled_temp(&dir.path().join(LOG_FILE), |f| {
            write_log_to(f, &log("nieuw"))
        })
        .unwrap();
        let (_, tmp_log) = w.keep().unwrap();
        super::super::write_atomic(
            &dir.path().join(WORKBOOK_FILE),
            &workbook_bytes(&workbook("nieuw")),
        )
        .unwrap();
        let journal = Journal {
            renames: vec![
                (
                    dir.path().join(".werkboek-gone.tmp"),
                    dir.path().join(WORKBOOK_FILE),
                ),
                (tmp_log, dir.path().join(LOG_FILE)),
            ],
        };
        fs::write(
            dir.path().join(JOURNAL),
            serde_json::to_vec(&journal).unwrap(),
        )
        .unwrap();
        assert!(finish(dir.path()).unwrap());
        assert_eq!(load_log(dir.path()).unwrap().all()[0].title, "nieuw");
        assert!(!dir.path().join(JOURNAL).exists());
        assert!(!finish(dir.path()).unwrap(), "nothing left to do");
    }

    #[test]
    fn a_journal_asks_only_for_our_own_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("precious"), "keep").unwrap();
        let journal = Journal {
            renames: vec![(dir.path().join("precious"), dir.path().join(WORKBOOK_FILE))],
        };
        fs::write(
            dir.path().join(JOURNAL),
            serde_json::to_vec(&journal).unwrap(),
        )
        .unwrap();
        finish(dir.path()).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("precious")).unwrap(),
            "keep"
        );
        assert!(!dir.path().join(WORKBOOK_FILE).exists());
    }
}
