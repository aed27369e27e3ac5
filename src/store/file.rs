//! The real store: private files in the data directory, a lock against a second writer, and a
//! background thread that does the writing.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::{
    LOCK_FILE, LOG_FILE, Store, StoreError, Unreadable, WORKBOOK_FILE, backup_path, load_workbook,
};
use crate::data::{Log, Workbook};

/// Why a store does not write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another werkboek holds the lock on this directory.
    Locked,
    /// The directory or its lock file cannot be created or opened.
    Unavailable(String),
}

/// A freshly opened data directory.
pub struct Opened {
    pub store: FileStore,
    pub workbook: Result<Workbook, Unreadable>,
    pub read_only: Option<ReadOnly>,
}

pub struct FileStore {
    dir: PathBuf,
    /// Held for as long as the store lives; `None` when read-only.
    _lock: Option<File>,
    writer: Option<Writer>,
}

impl FileStore {
    /// Opens `dir` for this session: creates it (0700) if needed, takes the lock, reads the data.
    /// When the lock is held elsewhere or the directory cannot be written, the store opens
    /// read-only and says why; the data is still read.
    pub fn open(dir: &Path) -> Opened {
        let lock = create_private_dir(dir).and_then(|()| take_lock(dir));
        let workbook = load_workbook(&dir.join(WORKBOOK_FILE));
        let (lock, read_only) = match lock {
            Ok(Some(file)) => (Some(file), None),
            Ok(None) => (None, Some(ReadOnly::Locked)),
            Err(e) => (None, Some(ReadOnly::Unavailable(e.to_string()))),
        };
        let writer = lock.is_some().then(Writer::spawn);
        Opened {
            store: FileStore {
                dir: dir.to_path_buf(),
                _lock: lock,
                writer,
            },
            workbook,
            read_only,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn workbook_path(&self) -> PathBuf {
        self.dir.join(WORKBOOK_FILE)
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.join(LOG_FILE)
    }

    pub fn writable(&self) -> bool {
        self.writer.is_some()
    }

    fn set_aside(&mut self, path: PathBuf) -> Result<PathBuf, StoreError> {
        let err = |problem: String| StoreError {
            path: path.clone(),
            problem,
        };
        if self.writer.is_none() {
            return Err(err("read-only".into()));
        }
        let backup = backup_path(&path);
        fs::rename(&path, &backup).map_err(|e| err(e.to_string()))?;
        Ok(backup)
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// `Ok(None)` when another process holds the lock.
fn take_lock(dir: &Path) -> io::Result<Option<File>> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(dir.join(LOCK_FILE))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// Tries to take the lock on `dir` without reading anything: for commands that write from the
/// shell. `Ok(None)` when another werkboek holds it.
pub fn lock_for_writing(dir: &Path) -> io::Result<Option<File>> {
    create_private_dir(dir)?;
    take_lock(dir)
}

/// The workbook file as it is written: indented, so a person can read it.
pub fn workbook_bytes(workbook: &Workbook) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(workbook).expect("plain data always serialises");
    bytes.push(b'\n');
    bytes
}

/// The log file as it is written: streamed, compact (it can hold megabytes).
pub fn write_log_to(out: impl Write, log: &Log) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut out, log).map_err(io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes the workbook into `dir` now, atomically (commands from the shell, under the lock).
pub fn write_workbook_now(dir: &Path, workbook: &Workbook) -> io::Result<()> {
    super::write_atomic(&dir.join(WORKBOOK_FILE), &workbook_bytes(workbook))
}

/// Writes the log into `dir` now, atomically (commands from the shell, under the lock).
pub fn write_log_now(dir: &Path, log: &Log) -> io::Result<()> {
    super::write_atomic_with(&dir.join(LOG_FILE), |f| write_log_to(f, log))
}

impl Store for FileStore {
    fn save_workbook(&mut self, workbook: &Workbook) {
        if let Some(writer) = &self.writer {
            let bytes = workbook_bytes(workbook);
            writer.write(
                self.dir.join(WORKBOOK_FILE),
                Box::new(move |f: &mut File| f.write_all(&bytes)),
            );
        }
    }

    fn save_log(&mut self, log: &Arc<Log>) {
        if let Some(writer) = &self.writer {
            let log = Arc::clone(log);
            writer.write(
                self.dir.join(LOG_FILE),
                Box::new(move |f: &mut File| write_log_to(f, &log)),
            );
        }
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        match &self.writer {
            Some(writer) => writer.flush().map_err(|problem| StoreError {
                path: self.dir.clone(),
                problem,
            })?,
            None => Ok(()),
        }
    }

    fn take_error(&mut self) -> Option<StoreError> {
        self.writer.as_ref().and_then(Writer::take_error)
    }

    fn set_aside_workbook(&mut self) -> Result<PathBuf, StoreError> {
        self.set_aside(self.workbook_path())
    }

    fn set_aside_log(&mut self) -> Result<PathBuf, StoreError> {
        self.set_aside(self.log_path())
    }

    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let dir = self.dir.join("export");
        let path = dir.join(name);
        let err = |e: io::Error| StoreError {
            path: path.clone(),
            problem: e.to_string(),
        };
        create_private_dir(&dir).map_err(err)?;
        super::write_atomic(&path, bytes).map_err(err)?;
        Ok(path)
    }
}

/// What the writer puts into a file: it fills the temporary file; the writer makes it atomic.
type Fill = Box<dyn FnOnce(&mut File) -> io::Result<()> + Send>;

enum Job {
    Write(PathBuf, Fill),
    Flush(Sender<Result<(), StoreError>>),
}

/// The background writer. Jobs queued while it is busy are coalesced: only the newest version
/// of each file is written.
struct Writer {
    jobs: Option<Sender<Job>>,
    errors: Receiver<StoreError>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    fn spawn() -> Writer {
        let (jobs, inbox) = mpsc::channel();
        let (report, errors) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("werkboek-writer".into())
            .spawn(move || write_loop(inbox, report))
            .expect("the writer thread starts");
        Writer {
            jobs: Some(jobs),
            errors,
            thread: Some(thread),
        }
    }

    fn write(&self, path: PathBuf, fill: Fill) {
        if let Some(jobs) = &self.jobs {
            // The thread only ends when `jobs` is dropped, so sending cannot fail.
            let _ = jobs.send(Job::Write(path, fill));
        }
    }

    /// Waits until everything handed over is on disk. The outer error is a writer that has
    /// stopped (it cannot say what it saved): that is never reported as saved.
    fn flush(&self) -> Result<Result<(), StoreError>, String> {
        let (reply, answer) = mpsc::channel();
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Flush(reply));
        }
        answer
            .recv()
            .map_err(|_| "the saving thread stopped (an internal error)".to_string())
    }

    fn take_error(&self) -> Option<StoreError> {
        self.errors.try_iter().last()
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Closing the queue ends the thread once everything queued is written.
        self.jobs.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_loop(inbox: Receiver<Job>, report: Sender<StoreError>) {
    // Paths whose newest write failed, and why.
    let mut failed: HashMap<PathBuf, StoreError> = HashMap::new();
    let mut pending: Vec<(PathBuf, Fill)> = Vec::new();
    while let Ok(first) = inbox.recv() {
        for job in std::iter::once(first).chain(inbox.try_iter()) {
            match job {
                Job::Write(path, fill) => {
                    pending.retain(|(p, _)| *p != path);
                    pending.push((path, fill));
                }
                Job::Flush(reply) => {
                    write_pending(&mut pending, &mut failed, &report);
                    let _ = reply.send(match failed.values().next() {
                        Some(e) => Err(e.clone()),
                        None => Ok(()),
                    });
                }
            }
        }
        write_pending(&mut pending, &mut failed, &report);
    }
}

fn write_pending(
    pending: &mut Vec<(PathBuf, Fill)>,
    failed: &mut HashMap<PathBuf, StoreError>,
    report: &Sender<StoreError>,
) {
    for (path, fill) in pending.drain(..) {
        match super::write_atomic_with(&path, fill) {
            Ok(()) => {
                failed.remove(&path);
            }
            Err(e) => {
                let error = StoreError {
                    path: path.clone(),
                    problem: e.to_string(),
                };
                let _ = report.send(error.clone());
                failed.insert(path, error);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ItemState;

    fn workbook_with_note(note: &str) -> Workbook {
        let mut w = Workbook::default();
        w.items.insert(
            "sleutel-1".into(),
            ItemState {
                note: note.into(),
                studied: true,
                ..ItemState::default()
            },
        );
        w
    }

    #[test]
    fn round_trip_through_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("werkboek");
        let mut opened = FileStore::open(&data);
        assert_eq!(opened.read_only, None);
        assert_eq!(opened.workbook, Ok(Workbook::default()));
        let w = workbook_with_note("Één notitie 🌱");
        opened.store.save_workbook(&w);
        opened.store.flush().unwrap();
        drop(opened);
        let again = FileStore::open(&data);
        assert_eq!(again.workbook, Ok(w));
    }

    #[test]
    fn second_opener_is_read_only_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let first = FileStore::open(dir.path());
        assert_eq!(first.read_only, None);
        let mut second = FileStore::open(dir.path());
        assert_eq!(second.read_only, Some(ReadOnly::Locked));
        second
            .store
            .save_workbook(&workbook_with_note("from the second"));
        second.store.flush().unwrap();
        assert!(!dir.path().join(WORKBOOK_FILE).exists());
        assert!(lock_for_writing(dir.path()).unwrap().is_none());
        drop(first);
        assert!(lock_for_writing(dir.path()).unwrap().is_some());
    }

    #[test]
    fn unreadable_file_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(WORKBOOK_FILE);
        fs::write(
            &path,
            "{\"schema\": 1, \"items\": {\"sleutel-1\": {\"note\": \"half",
        )
        .unwrap();
        let mut opened = FileStore::open(dir.path());
        let problem = opened.workbook.clone().unwrap_err();
        assert_eq!(problem.path, path);
        // Dropping the store (as quitting does) writes nothing over it.
        opened.store.flush().unwrap();
        drop(opened);
        assert!(fs::read_to_string(&path).unwrap().ends_with("half"));
    }

    #[test]
    fn set_aside_keeps_the_unreadable_file_beside_the_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(WORKBOOK_FILE);
        fs::write(&path, "not json").unwrap();
        let mut opened = FileStore::open(dir.path());
        let backup = opened.store.set_aside_workbook().unwrap();
        assert_eq!(fs::read_to_string(&backup).unwrap(), "not json");
        assert!(!path.exists());
        opened.store.save_workbook(&Workbook::default());
        opened.store.flush().unwrap();
        assert!(path.exists());
        assert_eq!(fs::read_to_string(&backup).unwrap(), "not json");
    }

    #[test]
    fn a_failing_write_is_reported_and_a_later_one_clears_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d");
        let mut opened = FileStore::open(&data);
        // Put a directory where the file should go: the rename fails.
        fs::create_dir(data.join(WORKBOOK_FILE)).unwrap();
        opened.store.save_workbook(&Workbook::default());
        let err = opened.store.flush().unwrap_err();
        assert_eq!(err.path, data.join(WORKBOOK_FILE));
        assert!(opened.store.take_error().is_some());
        fs::remove_dir(data.join(WORKBOOK_FILE)).unwrap();
        opened.store.save_workbook(&Workbook::default());
        assert_eq!(opened.store.flush(), Ok(()));
    }

    #[cfg(unix)]
    #[test]
    fn directory_and_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new");
        let mut opened = FileStore::open(&data);
        opened.store.save_workbook(&Workbook::default());
        opened.store.flush().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join(WORKBOOK_FILE)), 0o600);
        assert_eq!(mode(&data.join(LOCK_FILE)), 0o600);
    }
}
