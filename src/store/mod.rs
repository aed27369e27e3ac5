//! Loading, saving, migrating and locking the user's data.
//!
//! - Files live in one directory, created 0700; every file is written 0600.
//! - Writes are atomic: a temporary file in the same directory, flushed and synced, renamed over
//!   the old one, then the directory synced. A failed write leaves the old file as it was.
//! - The workbook and the log are written on a background thread, so saving never stalls
//!   typing. An export the user asks for is written at once, so its result can be told.
//! - A file that cannot be read is never overwritten: the caller gets [`Unreadable`] and decides.
//! - One process at a time writes a directory: a lock file held with `File::try_lock`.

mod atomic;
mod file;
mod load;
mod memory;

use std::fmt;
use std::path::{Path, PathBuf};

pub use atomic::{write_atomic, write_atomic_with};
pub use file::{
    FileStore, Opened, ReadOnly, lock_for_writing, workbook_bytes, write_log_now, write_log_to,
    write_workbook_now,
};
pub use load::{
    LoadProblem, Unreadable, load_log, load_workbook, log_from_value, parse_log, parse_workbook,
    workbook_from_value,
};
pub use memory::{MemStore, Saved};

use std::sync::Arc;

use crate::data::{Log, Workbook};

pub const WORKBOOK_FILE: &str = "werkboek.json";
pub const LOG_FILE: &str = "logboek.json";
pub const LOCK_FILE: &str = "werkboek.lock";
pub const ENV_DATA_DIR: &str = "WERKBOEK_DATA_DIR";

/// A save that did not reach the disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError {
    pub path: PathBuf,
    pub problem: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

impl std::error::Error for StoreError {}

/// Where the app's data goes. The real one writes files; tests use [`MemStore`].
pub trait Store {
    /// Queues the workbook for writing and returns at once.
    fn save_workbook(&mut self, workbook: &Workbook);
    /// Queues the log for writing and returns at once. The log is shared, not copied: the
    /// writer streams it to disk from the same memory.
    fn save_log(&mut self, log: &Arc<Log>);
    /// Waits until everything queued is on disk; reports the first write that failed and was
    /// not made good by a later one.
    fn flush(&mut self) -> Result<(), StoreError>;
    /// A background write that failed since the last call, if any.
    fn take_error(&mut self) -> Option<StoreError>;
    /// Moves an unreadable workbook file aside so a fresh one can be started; returns where the
    /// old one is now.
    fn set_aside_workbook(&mut self) -> Result<PathBuf, StoreError>;
    /// The same for an unreadable log file.
    fn set_aside_log(&mut self) -> Result<PathBuf, StoreError>;
    /// Writes an export (a portfolio) under `export/` in the data directory, privately and
    /// at once; returns where it went.
    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError>;
}

/// Which of the user's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    Workbook,
    Log,
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
        .find(|p| !p.exists())
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
}
