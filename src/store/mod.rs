//! Loading, saving, migrating and locking the user's data.
//!
//! - Files live in one directory of this user, kept 0700 (an open one is closed, another user's
//!   refused); every file is written 0600.
//! - Writes are atomic: a temporary file in the same directory, flushed and synced, renamed over
//!   the old one, then the directory synced. A failed write leaves the old file as it was. A
//!   data file that is a symbolic link is written through the link, in its target's directory.
//! - The workbook and the log are written each on a background thread of its own, so saving
//!   never stalls typing and a note never waits behind a long log. Each save gets a [`Ticket`];
//!   the writer reports when it is on disk ([`StoreEvent`]), and only then does the app say
//!   "bewaard". A workbook the file already holds is not written again.
//! - The log is a file of lines ([`lines`]): saving appends the lines of the entries that
//!   changed (synced, like every write) instead of writing the whole log; the whole file is
//!   written anew (atomically) only when it is more than half replaced lines, or when an append
//!   failed.
//! - A file that cannot be read is never overwritten: the caller gets [`Unreadable`] and decides.
//!   Only regular files are read, up to [`files::READ_LIMIT`].
//! - One process at a time writes a directory: a lock held on the directory itself.
//! - An import replaces both files as one change ([`commit`]); leftovers of killed saves are
//!   cleaned up at the next start.

mod atomic;
pub mod commit;
mod file;
pub mod files;
pub mod json;
mod lines;
mod load;
mod memory;
pub mod rescue;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use atomic::{write_atomic, write_atomic_with, write_new};
pub use file::{
    FileStore, Notice, OpenError, Opened, OpenedLog, lock_for_writing, open_log, save_log_now,
    workbook_bytes, write_log_now, write_workbook_now,
};
pub use lines::{
    LEGACY_LOG_FILE, LOG_FILE, LOG_FILE_FORMAT, LOG_FILE_HEADER, LOG_FILE_SCHEMA, Migrated,
    append_lines, deleted_line, entry_line, load_log, migrate_log, parse_log, read_log_file,
    write_log_to,
};
pub use load::{
    ExportKind, LoadProblem, Unreadable, load_legacy_log, load_workbook, log_from_value,
    parse_legacy_log, parse_workbook, version_of, workbook_from_value,
};
pub use memory::{MemStore, Saved};

use crate::data::{Log, Workbook};
use crate::i18n::{self, Lang, Msg};

pub const WORKBOOK_FILE: &str = "werkboek.json";
pub const ENV_DATA_DIR: &str = "WERKBOEK_DATA_DIR";

/// Why a save did not reach the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreProblem {
    #[error("{0}")]
    Io(io::ErrorKind),
    /// The data directory was moved away or replaced since it was locked.
    #[error("the data directory was moved or replaced")]
    DirReplaced,
    /// Nothing is written here (another werkboek has the lock, or the folder is read-only).
    #[error("read-only")]
    ReadOnly,
    /// The thread that writes stopped (an internal error): never taken as "saved".
    #[error("the saving thread stopped")]
    WriterStopped,
    /// Another program changed the file since werkboek read or last wrote it (an editor that
    /// writes in place, a sync client that put another copy there): werkboek writes neither
    /// into it nor over it.
    #[error("changed by another program")]
    ChangedOutside,
}

/// A save that did not reach the disk, and where it should have gone.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct StoreError {
    pub path: PathBuf,
    pub problem: StoreProblem,
}

impl StoreError {
    pub fn io(path: impl Into<PathBuf>, e: &io::Error) -> StoreError {
        StoreError {
            path: path.into(),
            problem: StoreProblem::Io(e.kind()),
        }
    }

    /// In words of the interface language, with the path made safe to show.
    pub fn describe(&self, lang: Lang) -> String {
        let what = match self.problem {
            StoreProblem::Io(kind) => i18n::io_problem(kind, lang),
            StoreProblem::DirReplaced => Msg::DirReplaced.get(lang).to_string(),
            StoreProblem::ReadOnly => Msg::ReadOnlyBadge.get(lang).to_string(),
            StoreProblem::WriterStopped => Msg::WriterStopped.get(lang).to_string(),
            StoreProblem::ChangedOutside => Msg::ChangedOutside.get(lang).to_string(),
        };
        format!(
            "{}: {what}",
            crate::safe::line(&self.path.display().to_string())
        )
    }
}

/// Which of the user's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Workbook,
    Log,
}

/// One save handed to the store: which file, and its place in that file's order of saves. A
/// later save of the same file makes every earlier one good too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub doc: DataFile,
    pub seq: u64,
}

impl Ticket {
    /// Whether a report about `other` covers this save.
    pub fn covered_by(&self, other: Ticket) -> bool {
        self.doc == other.doc && other.seq >= self.seq
    }
}

/// What the store reports back about a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreEvent {
    /// On disk, synced: this save and every earlier one of the same file.
    Saved(Ticket),
    Failed(Ticket, StoreError),
}

/// Why a store does not write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another werkboek holds the lock on this directory.
    Locked,
    /// This user may not write in the directory.
    NotWritable,
    /// The directory cannot be created or locked.
    Unavailable(io::ErrorKind),
}

impl ReadOnly {
    /// What the user is told when werkboek opens read-only.
    pub fn describe(&self, dir: &Path, lang: Lang) -> String {
        let dir = crate::safe::line(&dir.display().to_string()).into_owned();
        match self {
            ReadOnly::Locked => Msg::ReadOnly.get(lang).to_string(),
            ReadOnly::NotWritable => Msg::ReadOnlyNotWritable.get(lang).replace("{dir}", &dir),
            ReadOnly::Unavailable(kind) => Msg::ReadOnlyUnavailable
                .get(lang)
                .replace("{dir}", &dir)
                .replace("{why}", &i18n::io_problem(*kind, lang)),
        }
    }
}

/// Where the app's data goes. The real one writes files; tests use [`MemStore`]. Saves are
/// numbered by whoever asks for them (`seq`, per file): the reports name the newest one on
/// disk, which makes every earlier one of that file good too.
pub trait Store {
    /// Queues the workbook for writing and returns at once. Nothing is written when the store
    /// is read-only.
    fn save_workbook(&mut self, seq: u64, workbook: &Workbook);
    /// Queues the log for writing and returns at once. The log is shared, not copied: the
    /// writer streams it to disk from the same memory.
    fn save_log(&mut self, seq: u64, log: &Arc<Log>);
    /// Waits until everything queued is on disk; reports the first write that failed and was
    /// not made good by a later one.
    fn flush(&mut self) -> Result<(), StoreError>;
    /// What the writers reported since the last call: saves on disk, and saves that failed.
    fn events(&mut self) -> Vec<StoreEvent>;
    /// Moves an unreadable file aside so a fresh one can be started; returns where the old
    /// one is now.
    fn set_aside(&mut self, doc: DataFile) -> Result<PathBuf, StoreError>;
    /// Writes an export (a portfolio) into the export folder ([`export_folder`]), privately
    /// (0600) and at once, never over an existing file (`name`, else `name-2`...); returns
    /// where it went.
    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError>;
}

/// Where the app's exports go, a folder the user sees and looks in: their documents folder
/// when they have one, else the folder werkboek was started in, else (neither is there) an
/// `export` folder in the data directory.
pub fn export_folder(documents: Option<&Path>, current: Option<&Path>, data_dir: &Path) -> PathBuf {
    [documents, current]
        .into_iter()
        .flatten()
        .find(|d| d.is_dir())
        .map_or_else(|| data_dir.join("export"), Path::to_path_buf)
}

/// [`export_folder`] for this user and this process (`XDG_DOCUMENTS_DIR` on Linux, the
/// Documents folder elsewhere).
pub fn user_export_folder(data_dir: &Path) -> PathBuf {
    let documents =
        directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf));
    let current = std::env::current_dir().ok();
    export_folder(documents.as_deref(), current.as_deref(), data_dir)
}

/// The data directory: `--data-dir`, then `WERKBOEK_DATA_DIR`, then the per-user config
/// directory (`$XDG_CONFIG_HOME/werkboek` on Linux).
pub fn data_dir(flag: Option<PathBuf>, env: Option<String>) -> Option<PathBuf> {
    flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| {
            directories::ProjectDirs::from("nl", "", "werkboek").map(|d| d.config_dir().into())
        })
}

/// The first free name beside `path` for keeping an unreadable file:
/// `werkboek.json` becomes `werkboek.onleesbaar-1.json`, `-2`, and so on.
pub fn backup_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("data");
    let ext = path.extension().and_then(|s| s.to_str()).unwrap_or("json");
    (1..)
        .map(|n| path.with_file_name(format!("{stem}.onleesbaar-{n}.{ext}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .expect("an unbounded range always yields a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_prefers_flag_then_env() {
        let flag = Some(PathBuf::from("/flag"));
        let env = Some("/env".to_string());
        assert_eq!(data_dir(flag, env.clone()), Some(PathBuf::from("/flag")));
        assert_eq!(data_dir(None, env), Some(PathBuf::from("/env")));
        // An empty variable counts as unset.
        assert_ne!(data_dir(None, Some(String::new())), Some(PathBuf::new()));
    }

    #[test]
    fn exports_go_to_the_documents_folder_else_where_werkboek_was_started() {
        let home = tempfile::tempdir().unwrap();
        let documents = home.path().join("Documenten");
        let current = home.path().join("werk");
        let data = home.path().join(".config/werkboek");
        std::fs::create_dir(&current).unwrap();
        // No documents folder (not configured, or configured but not there): where werkboek
        // was started.
        assert_eq!(export_folder(None, Some(&current), &data), current);
        assert_eq!(
            export_folder(Some(&documents), Some(&current), &data),
            current
        );
        std::fs::create_dir(&documents).unwrap();
        assert_eq!(
            export_folder(Some(&documents), Some(&current), &data),
            documents
        );
        // Neither: the data folder's own export folder.
        assert_eq!(export_folder(None, None, &data), data.join("export"));
    }

    #[test]
    fn backup_path_never_reuses_a_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(WORKBOOK_FILE);
        let first = backup_path(&file);
        assert_eq!(first.file_name().unwrap(), "werkboek.onleesbaar-1.json");
        std::fs::write(&first, "x").unwrap();
        assert_eq!(
            backup_path(&file).file_name().unwrap(),
            "werkboek.onleesbaar-2.json"
        );
    }

    #[test]
    fn a_later_save_covers_an_earlier_one_of_the_same_file_only() {
        let t = Ticket {
            doc: DataFile::Workbook,
            seq: 3,
        };
        assert!(t.covered_by(Ticket {
            doc: DataFile::Workbook,
            seq: 4
        }));
        assert!(!t.covered_by(Ticket {
            doc: DataFile::Workbook,
            seq: 2
        }));
        assert!(!t.covered_by(Ticket {
            doc: DataFile::Log,
            seq: 9
        }));
    }
}
