//! The real store: private files in the data directory, a lock on the directory against a
//! second writer, and one background writer per file that reports when a save is on disk.

use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use super::files::{self, Cleaned, DirLock, DirProblem};
use super::lines::{
    LEGACY_LOG_FILE, LOG_FILE, Migrated, append_lines, deleted_line, entry_line, load_log,
    migrate_log, write_log_to,
};
use super::load::load_workbook_read;
use super::{
    DataFile, ReadOnly, Store, StoreError, StoreEvent, StoreProblem, Ticket, Unreadable,
    WORKBOOK_FILE, backup_path,
};
use crate::data::log::{FileStamp, Record};
use crate::data::{Entry, Log, Workbook};

/// Why a data directory cannot be used at all: werkboek says so and does not start.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{} is not a directory", path.display())]
    NotADirectory { path: PathBuf },
    #[error("{} belongs to another user", path.display())]
    OtherOwner { path: PathBuf, uid: u32 },
}

impl OpenError {
    /// Why the directory cannot be used, in the interface language.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Msg;
        let shown = |p: &Path| crate::safe::line(&p.display().to_string()).into_owned();
        match self {
            OpenError::NotADirectory { path } => Msg::DirNotADirectory
                .get(lang)
                .replace("{dir}", &shown(path)),
            OpenError::OtherOwner { path, .. } => {
                Msg::DirOtherOwner.get(lang).replace("{dir}", &shown(path))
            }
        }
    }
}

/// Something the user should hear about the directory, found while opening it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The directory was open to other users (this mode) and has been made private.
    MadePrivate { mode: u32 },
    /// Temporary files of saves that were killed halfway were removed.
    Cleaned(Cleaned),
    /// An import that was interrupted has been completed.
    ImportFinished,
    /// The log of werkboek 0.1 was moved to the log file; the old file is kept as `kept`.
    /// `added`: entries of an old file found beside the log file, added to it.
    LogMoved { kept: PathBuf, added: usize },
}

/// The log as a session opens it, and what the user should hear about it.
#[derive(Debug)]
pub struct OpenedLog {
    pub log: Result<Log, Unreadable>,
    pub notice: Option<Notice>,
}

/// A freshly opened data directory.
pub struct Opened {
    pub store: FileStore,
    pub workbook: Result<Workbook, Unreadable>,
    pub read_only: Option<ReadOnly>,
    pub notices: Vec<Notice>,
}

/// Calls the terminal loop when a writer has something to report.
pub type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

pub struct FileStore {
    dir: PathBuf,
    /// Where exports go: the data directory's `export` folder until [`FileStore::export_to`]
    /// says otherwise.
    exports: PathBuf,
    /// Held for as long as the store lives; `None` when read-only.
    lock: Option<Arc<DirLock>>,
    workbook: Option<Writer>,
    log: Option<Writer>,
    /// What the log file holds, as far as this store has handed it over: which log (its
    /// lineage), up to how many of its changes.
    log_sent: Option<(u64, u64)>,
    events: Receiver<StoreEvent>,
    waker: Waker,
}

/// Checks and prepares `dir`, refusing what cannot be used at all.
fn prepare(dir: &Path) -> Result<(Option<u32>, Option<io::Error>), OpenError> {
    match files::prepare_dir(dir) {
        Ok(p) => Ok((p.made_private, None)),
        Err(DirProblem::NotADirectory) => Err(OpenError::NotADirectory {
            path: dir.to_path_buf(),
        }),
        Err(DirProblem::OtherOwner { uid }) => Err(OpenError::OtherOwner {
            path: dir.to_path_buf(),
            uid,
        }),
        Err(DirProblem::Io(e)) => Ok((None, Some(e))),
    }
}

/// With the lock held: finishes an interrupted import, then removes what killed saves left.
fn tidy(dir: &Path, notices: &mut Vec<Notice>) {
    if super::commit::finish(dir).unwrap_or(false) {
        notices.push(Notice::ImportFinished);
    }
    let mut cleaned = files::clean_temps(dir);
    // A data file kept elsewhere through a link leaves its temporary files beside its target.
    for name in [WORKBOOK_FILE, LOG_FILE, LEGACY_LOG_FILE] {
        if let Ok(target) = files::write_target(&dir.join(name))
            && let Some(other) = target.parent()
            && other != dir
        {
            let c = files::clean_temps(other);
            cleaned.files += c.files;
            cleaned.bytes += c.bytes;
        }
    }
    if cleaned.files > 0 {
        notices.push(Notice::Cleaned(cleaned));
    }
}

impl FileStore {
    /// Opens `dir` for this session: makes sure it is this user's private directory (creating
    /// it if needed), takes the lock, tidies up after an interrupted session, reads the
    /// workbook. When the lock is held elsewhere or the directory cannot be written, the store
    /// opens read-only and says why; the data is still read.
    pub fn open(dir: &Path) -> Result<Opened, OpenError> {
        FileStore::open_then(dir, |_| {})
    }

    /// [`FileStore::open`], calling `locked` as soon as the lock is taken (`true`) or found
    /// unavailable (`false`) and the directory tidied, before the workbook is read: the log can
    /// be read from there on, beside the workbook and the first frame.
    pub fn open_then(dir: &Path, locked: impl FnOnce(bool)) -> Result<Opened, OpenError> {
        let (made_private, unusable) = prepare(dir)?;
        let mut notices = Vec::new();
        if let Some(mode) = made_private {
            notices.push(Notice::MadePrivate { mode });
        }
        let (lock, read_only) = match unusable {
            Some(e) => (None, Some(ReadOnly::Unavailable(e.kind()))),
            None => match DirLock::try_take(dir) {
                Ok(Some(_)) if !files::writable(dir) => (None, Some(ReadOnly::NotWritable)),
                Ok(Some(lock)) => (Some(Arc::new(lock)), None),
                Ok(None) => (None, Some(ReadOnly::Locked)),
                Err(e) => (None, Some(ReadOnly::Unavailable(e.kind()))),
            },
        };
        if lock.is_some() {
            tidy(dir, &mut notices);
        }
        locked(lock.is_some());
        let workbook_path = dir.join(WORKBOOK_FILE);
        let (workbook, bytes) = load_workbook_read(&workbook_path);
        // What the workbook file holds: saving the same again writes nothing.
        let on_disk = bytes.map(|bytes| hash_of(&bytes));
        let (report, events) = mpsc::channel();
        let waker: Waker = Arc::new(Mutex::new(None));
        let writer = |doc, name, on_disk| {
            lock.as_ref().map(|lock| {
                Writer::spawn(Target {
                    doc,
                    path: dir.join(name),
                    dir: dir.to_path_buf(),
                    lock: Arc::clone(lock),
                    report: report.clone(),
                    waker: Arc::clone(&waker),
                    failed: Arc::new(AtomicBool::new(false)),
                    on_disk,
                    stamp: None,
                    wrote: false,
                })
            })
        };
        let store = FileStore {
            dir: dir.to_path_buf(),
            exports: dir.join("export"),
            workbook: writer(DataFile::Workbook, WORKBOOK_FILE, on_disk),
            log: writer(DataFile::Log, LOG_FILE, None),
            log_sent: None,
            lock,
            events,
            waker,
        };
        Ok(Opened {
            store,
            workbook,
            read_only,
            notices,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Exports go into `folder` (see [`super::export_folder`]).
    pub fn export_to(&mut self, folder: PathBuf) {
        self.exports = folder;
    }

    pub fn export_folder(&self) -> &Path {
        &self.exports
    }

    pub fn workbook_path(&self) -> PathBuf {
        self.dir.join(WORKBOOK_FILE)
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.join(LOG_FILE)
    }

    pub fn writable(&self) -> bool {
        self.lock.is_some()
    }

    /// Calls `wake` (from a writer's thread) whenever there is a report to take with
    /// [`Store::events`].
    pub fn set_waker(&mut self, wake: impl Fn() + Send + 'static) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(Box::new(wake));
        }
    }

    fn path_of(&self, doc: DataFile) -> PathBuf {
        match doc {
            DataFile::Workbook => self.workbook_path(),
            DataFile::Log => self.log_path(),
        }
    }

    /// The log file that is there: the log file, or else the log of werkboek 0.1.
    fn log_file_there(&self) -> PathBuf {
        let path = self.log_path();
        if std::fs::symlink_metadata(&path).is_err() {
            let legacy = self.dir.join(LEGACY_LOG_FILE);
            if std::fs::symlink_metadata(&legacy).is_ok() {
                return legacy;
            }
        }
        path
    }
}

/// Reads the log for a session in `dir`; with the lock held (`writable`), the log of werkboek
/// 0.1 is moved to the log file first ([`migrate_log`]). Run it off the first frame's path: the
/// move reads and writes the whole log once.
pub fn open_log(dir: &Path, writable: bool) -> OpenedLog {
    // A move that fails leaves the old file where it is: it is read below, and the first save
    // writes the log file.
    let notice = match writable.then(|| migrate_log(dir)) {
        Some(Ok(Migrated::Moved { kept, added })) => Some(Notice::LogMoved { kept, added }),
        _ => None,
    };
    OpenedLog {
        log: load_log(dir),
        notice,
    }
}

/// The file at `path` (through a link, to what it names), as it is now; `None` when there is
/// none.
fn stamp_now(path: &Path) -> Option<FileStamp> {
    std::fs::metadata(path).ok().map(|m| FileStamp::of(&m))
}

/// A short fingerprint of a file's bytes, to see that the same bytes need not be written again.
fn hash_of(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// What to add to the log file for the changes `ids` (in order; the last change of an id
/// counts): an entry's line, or its deletion. `None` when an entry to write cannot be read.
fn lines_of(log: &Log, ids: &[u64]) -> Option<Vec<LogLine>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for id in ids.iter().rev() {
        if !seen.insert(*id) {
            continue;
        }
        out.push(match log.find(*id) {
            None => LogLine::Deleted(*id),
            Some(i) => match log.record(i)? {
                Record::Held(e) => LogLine::Put(Arc::clone(e)),
                Record::Stored(_) => LogLine::Put(log.get(i)?),
            },
        });
    }
    out.reverse();
    Some(out)
}

fn line_bytes(lines: &[LogLine]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for l in lines {
        match l {
            LogLine::Put(e) => entry_line(&mut bytes, e),
            LogLine::Deleted(id) => deleted_line(&mut bytes, *id),
        }
    }
    bytes
}

/// Tries to take the lock on `dir` for a command from the shell, waiting a moment for another
/// command to finish (`log add` holds it for milliseconds); then finishes an interrupted import
/// and cleans up. `Ok(None)` when another werkboek still holds it.
pub fn lock_for_writing(dir: &Path) -> Result<Option<DirLock>, io::Error> {
    match files::prepare_dir(dir) {
        Ok(_) => {}
        Err(DirProblem::Io(e)) => return Err(e),
        Err(DirProblem::NotADirectory) => {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                "not a directory",
            ));
        }
        Err(DirProblem::OtherOwner { .. }) => {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "another user's directory",
            ));
        }
    }
    let lock = DirLock::take_waiting(dir, Duration::from_secs(3))?;
    if lock.is_some() {
        tidy(dir, &mut Vec::new());
        // A log of werkboek 0.1 that cannot be moved is read where it is.
        let _ = migrate_log(dir);
    }
    Ok(lock)
}

/// The workbook file as it is written: indented, so a person can read it.
pub fn workbook_bytes(workbook: &Workbook) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(workbook).expect("plain data always serialises");
    bytes.push(b'\n');
    bytes
}

/// Writes the workbook into `dir` now, atomically (commands from the shell, under the lock).
pub fn write_workbook_now(dir: &Path, workbook: &Workbook) -> io::Result<()> {
    super::write_atomic(&dir.join(WORKBOOK_FILE), &workbook_bytes(workbook))
}

/// Writes the whole log into `dir` now, atomically (commands from the shell, under the lock).
pub fn write_log_now(dir: &Path, log: &Log) -> io::Result<()> {
    super::write_atomic_with(&dir.join(LOG_FILE), |f| write_log_to(f, log))
}

/// Saves the changes made to `log` since it was read from `dir` now (commands from the shell,
/// under the lock): their lines appended to the log file, or the whole log written anew when
/// it was not read from that file or the file is more than half replaced lines.
pub fn save_log_now(dir: &Path, log: &Log) -> io::Result<()> {
    if log.from_file()
        && !log.wants_tidying()
        && let Some(lines) = log.changed_since(0).and_then(|ids| lines_of(log, ids))
    {
        match append_lines(&dir.join(LOG_FILE), &line_bytes(&lines)) {
            // Gone since it was read: written whole below.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            other => return other,
        }
    }
    write_log_now(dir, log)
}

impl Store for FileStore {
    fn save_workbook(&mut self, seq: u64, workbook: &Workbook) {
        if let Some(writer) = &self.workbook {
            writer.send(Job::Bytes(seq, workbook_bytes(workbook)));
        }
    }

    /// Hands over the lines of the entries that changed since the last save; the whole log
    /// when the file cannot simply be added to (a log not read from it, an append that failed,
    /// a file mostly of replaced lines, changes too many to remember).
    fn save_log(&mut self, seq: u64, log: &Arc<Log>) {
        let Some(writer) = &self.log else { return };
        let known = match self.log_sent {
            Some((lineage, count)) if lineage == log.lineage() => Some(count),
            // The first save of the log as read: the file holds it, less its changes.
            None if log.from_file() && !log.wants_tidying() => Some(0),
            _ => None,
        };
        if self
            .log_sent
            .is_none_or(|(lineage, _)| lineage != log.lineage())
        {
            writer.send(Job::ReadAs(log.file_stamp()));
        }
        let failed = writer.failed.swap(false, Ordering::SeqCst);
        let lines = known
            .and_then(|count| log.changed_since(count))
            .and_then(|ids| lines_of(log, ids))
            .filter(|_| !failed);
        match lines {
            Some(lines) => writer.send(Job::Append(seq, lines)),
            None => {
                let log = Arc::clone(log);
                writer.send(Job::Write(
                    seq,
                    Box::new(move |f: &mut File| write_log_to(f, &log)),
                ));
            }
        }
        self.log_sent = Some((log.lineage(), log.changes()));
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        // Both writers work at once; the first failure is reported.
        let waiting: Vec<_> = [&self.workbook, &self.log]
            .into_iter()
            .flatten()
            .map(Writer::ask_flush)
            .collect();
        let mut result = Ok(());
        for (doc, answer) in waiting {
            let outcome = answer.recv().unwrap_or_else(|_| {
                Err(StoreError {
                    path: self.path_of(doc),
                    problem: StoreProblem::WriterStopped,
                })
            });
            if result.is_ok() {
                result = outcome;
            }
        }
        result
    }

    fn events(&mut self) -> Vec<StoreEvent> {
        self.events.try_iter().collect()
    }

    fn set_aside(&mut self, doc: DataFile) -> Result<PathBuf, StoreError> {
        let path = match doc {
            DataFile::Workbook => self.workbook_path(),
            DataFile::Log => self.log_file_there(),
        };
        if self.lock.is_none() {
            return Err(StoreError {
                path,
                problem: StoreProblem::ReadOnly,
            });
        }
        let backup = backup_path(&path);
        std::fs::rename(&path, &backup).map_err(|e| StoreError::io(&path, &e))?;
        Ok(backup)
    }

    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let dir = self.exports.clone();
        if dir == self.dir.join("export") {
            // Inside the data directory: a private folder of its own, made when needed.
            files::prepare_dir(&dir).map_err(|e| match e {
                DirProblem::Io(e) => StoreError::io(&dir, &e),
                _ => StoreError {
                    path: dir.clone(),
                    problem: StoreProblem::Io(io::ErrorKind::NotADirectory),
                },
            })?;
        }
        // The user's own folder is left as it is; only the file is private. A name taken in
        // the meantime (another program writing there) moves on to the next free one.
        let mut last = None;
        for _ in 0..100 {
            let path = super::files::free_name(&dir.join(name));
            match super::write_new(&path, bytes) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some((path, e)),
                Err(e) => return Err(StoreError::io(&path, &e)),
            }
        }
        let (path, e) = last.expect("the loop ran");
        Err(StoreError::io(&path, &e))
    }
}

/// What the writer puts into a file: it fills the temporary file; the writer makes it atomic.
type Fill = Box<dyn FnOnce(&mut File) -> io::Result<()> + Send>;

/// A line to add to the log file.
enum LogLine {
    Put(Arc<Entry>),
    Deleted(u64),
}

enum Job {
    /// The log file as the log was read from it (sent before the first save of a log).
    ReadAs(Option<FileStamp>),
    /// Replace the file with what the fill writes.
    Write(u64, Fill),
    /// Replace the file with these bytes, unless it holds them already.
    Bytes(u64, Vec<u8>),
    /// Add these lines at the end of the file (none: only report the save, nothing changed).
    Append(u64, Vec<LogLine>),
    Flush(Sender<Result<(), StoreError>>),
}

/// Where a writer writes, and whom it tells.
struct Target {
    doc: DataFile,
    path: PathBuf,
    dir: PathBuf,
    lock: Arc<DirLock>,
    report: Sender<StoreEvent>,
    waker: Waker,
    /// Set when a write failed: the next save replaces the whole file.
    failed: Arc<AtomicBool>,
    /// The fingerprint of what the file holds, when known.
    on_disk: Option<u64>,
    /// The log file as werkboek last saw it: as it was read, then as each save left it. It is
    /// written to only while it is still that file, unchanged (`None`: there was none).
    stamp: Option<FileStamp>,
    /// Whether this writer has written the file (then `stamp` is what it left).
    wrote: bool,
}

impl Target {
    fn tell(&self, event: StoreEvent) {
        let _ = self.report.send(event);
        if let Ok(w) = self.waker.lock()
            && let Some(wake) = w.as_ref()
        {
            wake();
        }
    }
}

/// The background writer of one file. Saves queued while it is busy are coalesced: only the
/// newest version is written, and its report covers the earlier ones.
struct Writer {
    doc: DataFile,
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    /// Set by the thread when a write failed.
    failed: Arc<AtomicBool>,
}

impl Writer {
    fn spawn(target: Target) -> Writer {
        let doc = target.doc;
        let failed = Arc::clone(&target.failed);
        let (jobs, inbox) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("werkboek-writer-{doc:?}"))
            .spawn(move || write_loop(inbox, target))
            .ok();
        Writer {
            doc,
            jobs: thread.is_some().then_some(jobs),
            thread,
            failed,
        }
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // A writer that stopped answers no flush: that is reported as not saved.
            let _ = jobs.send(job);
        }
    }

    /// Asks for everything handed over to be on disk; the answer comes on the receiver. A
    /// writer that has stopped drops the question unanswered: that is never taken as saved.
    fn ask_flush(&self) -> (DataFile, Receiver<Result<(), StoreError>>) {
        let (reply, answer) = mpsc::channel();
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Flush(reply));
        }
        (self.doc, answer)
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

/// What is waiting to be written: the newest whole version, and lines to add after it.
struct Pending {
    seq: u64,
    replace: Option<Replace>,
    lines: Vec<LogLine>,
}

enum Replace {
    Fill(Fill),
    Bytes(Vec<u8>),
}

fn write_loop(inbox: Receiver<Job>, mut target: Target) {
    // How the newest write went, for flushes.
    let mut last: Result<(), StoreError> = Ok(());
    // Set when adding lines failed: no line is added after that (it would be reported saved
    // while an earlier one is missing) until the whole file is written again.
    let mut broken: Option<StoreError> = None;
    let mut pending: Option<Pending> = None;
    let run = |target: &mut Target,
               pending: &mut Option<Pending>,
               last: &mut Result<(), StoreError>,
               broken: &mut Option<StoreError>| {
        if let Some(p) = pending.take() {
            *last = write_one(target, p, broken);
        }
    };
    while let Ok(first) = inbox.recv() {
        for job in std::iter::once(first).chain(inbox.try_iter()) {
            match job {
                Job::ReadAs(stamp) => {
                    // What werkboek itself wrote since counts: the first log it hears of was
                    // read from the file (or there was none).
                    if !target.wrote {
                        target.stamp = stamp;
                    }
                }
                Job::Write(seq, fill) => {
                    pending = Some(Pending {
                        seq,
                        replace: Some(Replace::Fill(fill)),
                        lines: Vec::new(),
                    });
                }
                Job::Bytes(seq, bytes) => {
                    pending = Some(Pending {
                        seq,
                        replace: Some(Replace::Bytes(bytes)),
                        lines: Vec::new(),
                    });
                }
                Job::Append(seq, lines) => {
                    let p = pending.get_or_insert_with(|| Pending {
                        seq,
                        replace: None,
                        lines: Vec::new(),
                    });
                    p.seq = seq;
                    p.lines.extend(lines);
                }
                Job::Flush(reply) => {
                    run(&mut target, &mut pending, &mut last, &mut broken);
                    let _ = reply.send(last.clone());
                }
            }
        }
        run(&mut target, &mut pending, &mut last, &mut broken);
    }
}

fn write_one(
    target: &mut Target,
    p: Pending,
    broken: &mut Option<StoreError>,
) -> Result<(), StoreError> {
    let ticket = Ticket {
        doc: target.doc,
        seq: p.seq,
    };
    let failed = |e: io::Error| StoreError::io(&target.path, &e);
    let result = if !target.lock.holds(&target.dir) {
        // Whatever is at this path now is not the directory this program locked.
        Err(StoreError {
            path: target.dir.clone(),
            problem: StoreProblem::DirReplaced,
        })
    } else if target.doc == DataFile::Log && stamp_now(&target.path) != target.stamp {
        // The log's lines are copied from the file by their place, and saves add lines to
        // it: a file that is not the one read (or last written) would be written into
        // blindly. Nothing is written; the user hears why.
        Err(StoreError {
            path: target.path.clone(),
            problem: StoreProblem::ChangedOutside,
        })
    } else {
        let mut result = match p.replace {
            Some(Replace::Fill(fill)) => super::write_atomic_with(&target.path, fill)
                .map(|()| {
                    target.on_disk = None;
                    *broken = None;
                })
                .map_err(failed),
            Some(Replace::Bytes(bytes)) => {
                let hash = hash_of(&bytes);
                if target.on_disk == Some(hash) {
                    Ok(())
                } else {
                    target.on_disk = None;
                    super::write_atomic(&target.path, &bytes)
                        .map(|()| target.on_disk = Some(hash))
                        .map_err(failed)
                }
            }
            None => Ok(()),
        };
        if result.is_ok() && !p.lines.is_empty() {
            result = match broken {
                Some(e) => Err(e.clone()),
                None => append_lines(&target.path, &line_bytes(&p.lines)).map_err(|e| {
                    let e = failed(e);
                    *broken = Some(e.clone());
                    e
                }),
            };
        }
        result
    };
    if result.is_err() {
        target.on_disk = None;
        target.failed.store(true, Ordering::SeqCst);
    }
    let outside = matches!(&result, Err(e) if e.problem == StoreProblem::ChangedOutside);
    if target.doc == DataFile::Log && !outside {
        // Written (or half written) by werkboek: the file as it is now is its own.
        target.stamp = stamp_now(&target.path);
        target.wrote = true;
    }
    target.tell(match &result {
        Ok(()) => StoreEvent::Saved(ticket),
        Err(e) => StoreEvent::Failed(ticket, e.clone()),
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::ItemState;
    use crate::store::load_workbook;
    use std::fs;

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

    fn open(dir: &Path) -> Opened {
        FileStore::open(dir).unwrap()
    }

    #[test]
    fn round_trip_through_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("werkboek");
        let mut opened = open(&data);
        assert_eq!(opened.read_only, None);
        assert_eq!(opened.workbook, Ok(Workbook::default()));
        let w = workbook_with_note("Één notitie 🌱");
        opened.store.save_workbook(1, &w);
        opened.store.flush().unwrap();
        drop(opened);
        let again = open(&data);
        assert_eq!(again.workbook, Ok(w));
    }

    #[test]
    fn a_save_is_reported_once_it_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let mut opened = open(dir.path());
        let (tx, woken) = mpsc::channel();
        opened.store.set_waker(move || {
            let _ = tx.send(());
        });
        opened.store.save_workbook(1, &workbook_with_note("eerst"));
        let ticket = Ticket {
            doc: DataFile::Workbook,
            seq: 1,
        };
        woken.recv_timeout(Duration::from_secs(10)).unwrap();
        let events = opened.store.events();
        assert_eq!(events, [StoreEvent::Saved(ticket)]);
        // What the report covers is really there.
        let on_disk = load_workbook(&dir.path().join(WORKBOOK_FILE)).unwrap();
        assert_eq!(on_disk.note("sleutel-1"), "eerst");
    }

    #[test]
    fn second_opener_is_read_only_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let first = open(dir.path());
        assert_eq!(first.read_only, None);
        let mut second = open(dir.path());
        assert_eq!(second.read_only, Some(ReadOnly::Locked));
        second
            .store
            .save_workbook(1, &workbook_with_note("from the second"));
        second.store.flush().unwrap();
        assert!(!dir.path().join(WORKBOOK_FILE).exists());
        drop(first);
        assert!(DirLock::try_take(dir.path()).unwrap().is_some());
    }

    #[test]
    fn deleting_files_in_the_directory_lets_no_second_writer_in() {
        let dir = tempfile::tempdir().unwrap();
        let first = open(dir.path());
        for entry in fs::read_dir(dir.path()).unwrap() {
            let _ = fs::remove_file(entry.unwrap().path());
        }
        let second = open(dir.path());
        assert_eq!(second.read_only, Some(ReadOnly::Locked));
        drop(first);
    }

    #[test]
    fn a_directory_moved_away_is_not_written_into() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d");
        let mut opened = open(&data);
        fs::rename(&data, dir.path().join("weg")).unwrap();
        fs::create_dir(&data).unwrap();
        opened.store.save_workbook(1, &workbook_with_note("x"));
        let err = opened.store.flush().unwrap_err();
        assert_eq!(err.problem, StoreProblem::DirReplaced);
        assert!(!data.join(WORKBOOK_FILE).exists());
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
        let mut opened = open(dir.path());
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
        let mut opened = open(dir.path());
        let backup = opened.store.set_aside(DataFile::Workbook).unwrap();
        assert_eq!(fs::read_to_string(&backup).unwrap(), "not json");
        assert!(!path.exists());
        opened.store.save_workbook(1, &Workbook::default());
        opened.store.flush().unwrap();
        assert!(path.exists());
        assert_eq!(fs::read_to_string(&backup).unwrap(), "not json");
    }

    #[test]
    fn a_failing_write_is_reported_and_a_later_one_clears_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d");
        let mut opened = open(&data);
        // Put a directory where the file should go: the rename fails.
        fs::create_dir(data.join(WORKBOOK_FILE)).unwrap();
        opened.store.save_workbook(1, &Workbook::default());
        let ticket = Ticket {
            doc: DataFile::Workbook,
            seq: 1,
        };
        let err = opened.store.flush().unwrap_err();
        assert_eq!(err.path, data.join(WORKBOOK_FILE));
        assert!(matches!(
            opened.store.events().as_slice(),
            [StoreEvent::Failed(t, _)] if *t == ticket
        ));
        fs::remove_dir(data.join(WORKBOOK_FILE)).unwrap();
        opened.store.save_workbook(2, &Workbook::default());
        assert_eq!(opened.store.flush(), Ok(()));
    }

    #[test]
    fn leftovers_of_killed_saves_are_cleaned_when_opening() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".werkboek-AbCd12.tmp"), "a private copy").unwrap();
        let opened = open(dir.path());
        assert!(
            opened.notices.contains(&Notice::Cleaned(Cleaned {
                files: 1,
                bytes: 14
            })),
            "{:?}",
            opened.notices
        );
        assert!(!dir.path().join(".werkboek-AbCd12.tmp").exists());
        // A second, read-only opener cleans nothing: the files may be the first one's saves.
        fs::write(dir.path().join(".werkboek-EfGh34.tmp"), "busy").unwrap();
        let second = open(dir.path());
        assert!(
            !second
                .notices
                .iter()
                .any(|n| matches!(n, Notice::Cleaned(_))),
            "{:?}",
            second.notices
        );
        assert!(dir.path().join(".werkboek-EfGh34.tmp").exists());
    }

    #[cfg(unix)]
    #[test]
    fn directory_and_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new");
        let mut opened = open(&data);
        opened.store.save_workbook(1, &Workbook::default());
        opened.store.flush().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join(WORKBOOK_FILE)), 0o600);
    }

    #[test]
    fn a_file_where_the_directory_should_be_is_refused() {
        assert!(matches!(
            FileStore::open(Path::new("/dev/null")),
            Err(OpenError::NotADirectory { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_data_file_stays_linked() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d");
        let synced = dir.path().join("sync");
        fs::create_dir_all(&synced).unwrap();
        fs::create_dir_all(&data).unwrap();
        fs::write(
            synced.join("werkboek.json"),
            workbook_bytes(&Workbook::default()),
        )
        .unwrap();
        std::os::unix::fs::symlink(synced.join("werkboek.json"), data.join(WORKBOOK_FILE)).unwrap();
        let mut opened = open(&data);
        opened
            .store
            .save_workbook(1, &workbook_with_note("via de link"));
        opened.store.flush().unwrap();
        assert!(
            fs::symlink_metadata(data.join(WORKBOOK_FILE))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let through = load_workbook(&synced.join("werkboek.json")).unwrap();
        assert_eq!(through.note("sleutel-1"), "via de link");
    }
}
