//! The log file, `logboek.jsonl`: JSON Lines a person can read. Its first line says what it is
//! (`{"format":"werkboek-logboek","schema":2}`); every other line is an entry, whole, as
//! exports have it, or `{"deleted":ID}`. A later line of an entry replaces the earlier one, so
//! saving a changed entry appends one line instead of writing the whole log again; once more
//! than half the file is replaced lines, the store writes it anew (atomically, as before).
//!
//! A line is only there once it ends with its newline. A save that was interrupted (kill -9, a
//! full disk) can leave the start of a line at the end of the file: reading passes over it (it
//! was never reported saved) and the next append takes it away first. Anything else that does
//! not read as a line of the log makes the whole file unreadable, as before: it is told, and
//! never written to.
//!
//! The log of werkboek 0.1 was one JSON document, `logboek.json`. The first start that holds
//! the lock moves it to this file: the new file is written beside it, synced, read back and
//! compared entry by entry, and only then put in place; the old file is kept as
//! `logboek.v1.json`.

use std::borrow::Cow;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};

use super::atomic::{filled_temp, parent, sync_dir};
use super::files::{self, READ_LIMIT};
use super::json::Shape;
use super::load::{LoadProblem, Unreadable, version_of};
use crate::data::log::line::{self as quick, Quick, timestamp};
use crate::data::log::{FileStamp, Record, Source};
use crate::data::{ActionState, Entry, Log};

/// The log file in the data directory.
pub const LOG_FILE: &str = "logboek.jsonl";
/// The log file of werkboek 0.1, read and moved to [`LOG_FILE`] on the first start.
pub const LEGACY_LOG_FILE: &str = "logboek.json";
/// What the first line calls the file.
pub const LOG_FILE_FORMAT: &str = "werkboek-logboek";
/// The version of the log file this build writes.
pub const LOG_FILE_SCHEMA: u32 = 2;

/// The file's first line, with its newline.
pub const LOG_FILE_HEADER: &str = "{\"format\":\"werkboek-logboek\",\"schema\":2}\n";

/// The header says what the constants say.
const _: () = assert!(LOG_FILE_SCHEMA == 2);

// --- Reading ------------------------------------------------------------------------------

/// The log file, opened: the stored entries are read from it by place for as long as the log
/// lives (a file replaced meanwhile stays readable through this handle).
/// Whether `bytes` hold a control character (below 0x20): eight bytes at a time, by the
/// "has a byte less than n" test on a 64-bit word (exact for n up to 128).
fn has_control(bytes: &[u8]) -> bool {
    const LOW: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        if w.wrapping_sub(LOW) & !w & HIGH != 0 {
            return true;
        }
    }
    words.remainder().iter().any(|b| *b < 0x20)
}

struct LogFile(File, Option<FileStamp>);

impl Source for LogFile {
    fn read_exact_at(&self, at: u64, buf: &mut [u8]) -> io::Result<()> {
        #[cfg(unix)]
        {
            std::os::unix::fs::FileExt::read_exact_at(&self.0, buf, at)
        }
        #[cfg(windows)]
        {
            let mut done = 0;
            while done < buf.len() {
                match std::os::windows::fs::FileExt::seek_read(
                    &self.0,
                    &mut buf[done..],
                    at + done as u64,
                )? {
                    0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                    n => done += n,
                }
            }
            Ok(())
        }
    }

    fn stamp(&self) -> Option<FileStamp> {
        self.1
    }
}

/// A log file's bytes in memory (tests, checks).
struct InMemory(Vec<u8>);

impl Source for InMemory {
    fn read_exact_at(&self, at: u64, buf: &mut [u8]) -> io::Result<()> {
        let at = usize::try_from(at).map_err(|_| io::ErrorKind::UnexpectedEof)?;
        let bytes = self
            .0
            .get(at..at + buf.len())
            .ok_or(io::ErrorKind::UnexpectedEof)?;
        buf.copy_from_slice(bytes);
        Ok(())
    }
}

/// A time as the log file has it: read with [`timestamp`].
struct Stamp(Timestamp);

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Stamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a time (RFC 3339)")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Stamp, E> {
                timestamp(s)
                    .map(Stamp)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self))
            }
        }
        d.deserialize_str(V)
    }
}

/// A tag or item id: borrowed from the line when it can be.
struct Word<'a>(Cow<'a, str>);

impl AsRef<str> for Word<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Word<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Word<'a>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Word<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Word<'de>, E> {
                Ok(Word(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Word<'de>, E> {
                Ok(Word(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

/// A line of the file, as far as the list needs it; the rest is checked, not kept.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    #[serde(default)]
    id: Option<u64>,
    #[serde(default)]
    deleted: Option<u64>,
    #[serde(default)]
    created: Option<Stamp>,
    #[serde(default)]
    updated: Option<Stamp>,
    // The title and the text stay in the file: skipped here (their strings are checked when
    // the entry is read; one that does not read shows as unreadable and is never changed).
    #[serde(default)]
    title: Option<IgnoredAny>,
    #[serde(default)]
    text: Option<IgnoredAny>,
    #[serde(default, borrow)]
    tags: Vec<Word<'a>>,
    #[serde(default, borrow)]
    items: Vec<Word<'a>>,
    #[serde(default)]
    action: Option<ActionState>,
}

/// What a line is.
enum Kind {
    Entry,
    Deleted(u64),
}

impl Line<'_> {
    /// An entry (with its id and time) or a deletion (and nothing else).
    fn kind(&self) -> Result<Kind, Shape> {
        match self.deleted {
            Some(id) => {
                let only = self.id.is_none()
                    && self.created.is_none()
                    && self.updated.is_none()
                    && self.title.is_none()
                    && self.text.is_none()
                    && self.tags.is_empty()
                    && self.items.is_empty()
                    && self.action.is_none();
                if only {
                    Ok(Kind::Deleted(id))
                } else {
                    Err(Shape::UnknownField("deleted".into()))
                }
            }
            None if self.id.is_none() => Err(Shape::MissingField("id".into())),
            None if self.created.is_none() => Err(Shape::MissingField("created".into())),
            None => Ok(Kind::Entry),
        }
    }
}

/// A line's problem, told with its line number (counted from 1).
fn problem_at(e: &serde_json::Error, line: usize) -> LoadProblem {
    match LoadProblem::of_serde(e) {
        LoadProblem::NotJson { column, .. } => LoadProblem::NotJson { line, column },
        LoadProblem::WrongShape { shape, .. } => LoadProblem::WrongShape {
            shape,
            line,
            at: None,
        },
        other => other,
    }
}

/// What serde_json reads of a line, to compare with [`super::quick`] in tests.
#[cfg(test)]
pub(crate) fn slow_head(line: &[u8]) -> Option<quick::Head> {
    use quick::Head;
    let l: Line = serde_json::from_slice(line).ok()?;
    let words = |w: &[Word]| w.iter().map(|w| w.0.to_string()).collect();
    match l.kind().ok()? {
        Kind::Entry => Some(Head::Entry(
            l.id?,
            l.created?.0,
            l.action,
            words(&l.tags),
            words(&l.items),
        )),
        Kind::Deleted(id) => Some(Head::Deleted(id)),
    }
}

/// Checks the first line: this kind of file, a version this build knows.
fn check_header(line: &[u8]) -> Result<(), LoadProblem> {
    let value: serde_json::Value = serde_json::from_slice(line).map_err(|e| problem_at(&e, 1))?;
    let wrong = |shape| LoadProblem::WrongShape {
        shape,
        line: 1,
        at: None,
    };
    let Some(fields) = value.as_object() else {
        return Err(wrong(Shape::InvalidType));
    };
    let found = version_of(&value, "schema")?;
    if found > u64::from(LOG_FILE_SCHEMA) {
        return Err(LoadProblem::Newer {
            found,
            known: LOG_FILE_SCHEMA,
        });
    }
    if value.get("format").and_then(|f| f.as_str()) != Some(LOG_FILE_FORMAT) {
        return Err(wrong(Shape::MissingField("format".into())));
    }
    if found != u64::from(LOG_FILE_SCHEMA) {
        return Err(LoadProblem::BadVersion {
            found: found.to_string(),
        });
    }
    if let Some(other) = fields.keys().find(|k| *k != "format" && *k != "schema") {
        return Err(wrong(Shape::UnknownField(other.clone())));
    }
    Ok(())
}

/// How the last bytes of a file without their newline read.
#[derive(Debug, PartialEq, Eq)]
enum Tail {
    /// A whole line, only its newline missing.
    Whole,
    /// The start of a line: a save that was cut off.
    Cut,
    /// Something else: the file is broken there.
    Broken(LoadProblem),
}

fn tail_kind(bytes: &[u8], line: usize) -> Tail {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Tail::Whole;
    }
    match serde_json::from_slice::<Line>(bytes) {
        Ok(l) => match l.kind() {
            Ok(_) => Tail::Whole,
            Err(shape) => Tail::Broken(LoadProblem::WrongShape {
                shape,
                line,
                at: None,
            }),
        },
        Err(e) if e.is_eof() => Tail::Cut,
        Err(e) => Tail::Broken(problem_at(&e, line)),
    }
}

/// Reads the lines of a log file from `reader` (`size` bytes at most), into a log whose
/// stored entries are read from `source` later.
fn read_lines(
    mut reader: impl Read,
    size: u64,
    source: Arc<dyn Source>,
) -> Result<Log, LoadProblem> {
    if size > READ_LIMIT || size > u64::from(u32::MAX) {
        return Err(LoadProblem::TooLarge { limit: READ_LIMIT });
    }
    // No entry line is shorter than this: as many rows as there can be are asked for at once,
    // so the list never grows (and copies itself) while the file is read. Memory that is
    // asked for and not touched costs nothing; what is left over is given back at the end.
    const SHORTEST: u64 = 40;
    let mut log = Log::build((size / SHORTEST) as usize);
    let mut buf = vec![0u8; 64 * 1024];
    // `buf[..filled]` holds the file from `base` on.
    let mut filled = 0;
    let mut base: u64 = 0;
    let mut line_no = 0;
    let mut overhead: u64 = 0;
    let mut handle = |line: &[u8], at: u64, line_no: usize| -> Result<(), LoadProblem> {
        if line_no == 1 {
            overhead += line.len() as u64 + 1;
            return check_header(line);
        }
        let len = line.len() as u32;
        // The text of a line is passed over here and read only when it is shown: it must be
        // text (UTF-8), and a raw control character (a tab typed by hand) is not JSON; such a
        // line goes to serde_json, which says where it is broken. Checked over the whole line
        // at once, eight bytes a step.
        let controls = has_control(line);
        if std::str::from_utf8(line).is_err() {
            return Err(LoadProblem::NotText);
        }
        // A line as werkboek writes it is read by hand; any other goes to serde_json.
        match quick::head(line).filter(|_| !controls) {
            Some(Quick::Entry {
                id,
                created,
                action,
                tags,
                items,
            }) => {
                log.entry(
                    id,
                    created,
                    action,
                    tags.as_slice(),
                    items.as_slice(),
                    at,
                    len,
                );
                return Ok(());
            }
            Some(Quick::Deleted(id)) => {
                log.deleted(id, at, len);
                return Ok(());
            }
            None => {}
        }
        if line.first().is_none_or(u8::is_ascii_whitespace)
            && line.iter().all(u8::is_ascii_whitespace)
        {
            overhead += line.len() as u64 + 1;
            return Ok(());
        }
        let l: Line = serde_json::from_slice(line).map_err(|e| problem_at(&e, line_no))?;
        match l.kind() {
            Ok(Kind::Entry) => {
                let (Some(id), Some(created)) = (l.id, l.created) else {
                    unreachable!("kind() checked both");
                };
                log.entry(id, created.0, l.action, &l.tags, &l.items, at, len);
            }
            Ok(Kind::Deleted(id)) => log.deleted(id, at, len),
            Err(shape) => {
                return Err(LoadProblem::WrongShape {
                    shape,
                    line: line_no,
                    at: None,
                });
            }
        }
        Ok(())
    };
    let mut end_of_file = false;
    while !end_of_file {
        if filled == buf.len() {
            // A line longer than the buffer: more room.
            buf.resize(buf.len() * 2, 0);
        }
        let n = loop {
            match reader.read(&mut buf[filled..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(LoadProblem::Io(e.kind())),
            }
        };
        end_of_file = n == 0;
        filled += n;
        let mut start = 0;
        while let Some(nl) = memchr::memchr(b'\n', &buf[start..filled]) {
            line_no += 1;
            handle(&buf[start..start + nl], base + start as u64, line_no)?;
            start += nl + 1;
        }
        buf.copy_within(start..filled, 0);
        filled -= start;
        base += start as u64;
    }
    let rest = &buf[..filled];
    if line_no == 0 {
        // Not even a whole first line.
        if rest.iter().all(u8::is_ascii_whitespace) {
            return Err(LoadProblem::Empty);
        }
        check_header(rest)?;
        overhead += rest.len() as u64;
    } else {
        match tail_kind(rest, line_no + 1) {
            Tail::Whole if rest.iter().all(u8::is_ascii_whitespace) => {
                overhead += rest.len() as u64
            }
            Tail::Whole => handle(rest, base, line_no + 1)?,
            // Never reported saved: as if it was not there.
            Tail::Cut => overhead += rest.len() as u64,
            Tail::Broken(problem) => return Err(problem),
        }
    }
    drop(buf);
    Ok(log.finish(source, base + filled as u64, overhead))
}

/// Parses a log file's bytes. Pure: no I/O.
pub fn parse_log(bytes: &[u8]) -> Result<Log, LoadProblem> {
    let source = Arc::new(InMemory(bytes.to_vec()));
    read_lines(bytes, bytes.len() as u64, source)
}

/// Reads the log file at `path`; a missing file is an empty log. Only a regular file is read,
/// and at most [`READ_LIMIT`]; the file stays open for reading the entries' texts.
pub fn read_log_file(path: &Path) -> Result<Log, Unreadable> {
    let unreadable = |problem| Unreadable {
        path: path.to_path_buf(),
        problem,
    };
    let file = match files::open_regular(path) {
        Ok(Some(f)) => f,
        Ok(None) => return Ok(Log::default()),
        Err(e) => return Err(unreadable(e.into())),
    };
    let meta = file
        .metadata()
        .map_err(|e| unreadable(LoadProblem::Io(e.kind())))?;
    let size = meta.len();
    let stamp = FileStamp::of(&meta);
    let reader = file
        .try_clone()
        .map_err(|e| unreadable(LoadProblem::Io(e.kind())))?;
    // The file may grow while it is read (another werkboek appending): only what was there.
    read_lines(
        reader.take(size),
        size,
        Arc::new(LogFile(file, Some(stamp))),
    )
    .map_err(unreadable)
}

/// Reads the log of the data directory `dir`: its log file, or, where there is none yet, the
/// log of werkboek 0.1 (held in memory; the first save writes the log file).
pub fn load_log(dir: &Path) -> Result<Log, Unreadable> {
    let path = dir.join(LOG_FILE);
    if fs::symlink_metadata(&path).is_ok() {
        return read_log_file(&path);
    }
    let legacy = dir.join(LEGACY_LOG_FILE);
    super::load::load_legacy_log(&legacy)
}

// --- Writing ------------------------------------------------------------------------------

/// An entry's line, with its newline.
pub fn entry_line(out: &mut Vec<u8>, e: &Entry) {
    serde_json::to_writer(&mut *out, e).expect("plain data always serialises");
    out.push(b'\n');
}

/// The line that deletes entry `id`, with its newline.
pub fn deleted_line(out: &mut Vec<u8>, id: u64) {
    out.extend_from_slice(format!("{{\"deleted\":{id}}}\n").as_bytes());
}

/// The whole log file, streamed: the first line, then every entry, oldest first. Entries in
/// the file the log was read from are copied as they are; an entry that cannot be read from it
/// any more fails the write (the file being replaced then stays as it was).
pub fn write_log_to(out: impl Write, log: &Log) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    out.write_all(LOG_FILE_HEADER.as_bytes())?;
    let mut line = Vec::new();
    let mut piece = Piece::default();
    for i in 0..log.len() {
        line.clear();
        match log.record(i) {
            Some(Record::Held(e)) => entry_line(&mut line, e),
            Some(Record::Stored(s)) => {
                let source = log
                    .source()
                    .ok_or_else(|| io::Error::other("an entry without its file"))?;
                out.write_all(piece.get(&**source, s.at, s.len)?)?;
                out.write_all(b"\n")?;
                continue;
            }
            None => return Err(io::Error::other("an entry that is not there")),
        }
        out.write_all(&line)?;
    }
    out.flush()
}

/// A piece of the file read ahead: copying every line reads the file in large pieces.
#[derive(Default)]
struct Piece {
    bytes: Vec<u8>,
    start: u64,
}

impl Piece {
    fn get(&mut self, source: &dyn Source, at: u64, len: u32) -> io::Result<&[u8]> {
        let end = at + u64::from(len);
        if at < self.start || end > self.start + self.bytes.len() as u64 {
            // Read up to 64 kB from here on; the file may end sooner, so shrink until it fits.
            let mut size = (len as usize).max(64 * 1024);
            loop {
                self.bytes.resize(size, 0);
                match source.read_exact_at(at, &mut self.bytes) {
                    Ok(()) => break,
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof && size > len as usize => {
                        size = (size / 2).max(len as usize);
                    }
                    Err(e) => return Err(e),
                }
            }
            self.start = at;
        }
        let from = (at - self.start) as usize;
        Ok(&self.bytes[from..from + len as usize])
    }
}

/// Opens the log file at `path` (through links) to add to it: a regular file, never waited
/// for. `NotFound` when there is none.
fn open_to_append(path: &Path) -> io::Result<File> {
    let target = files::write_target(path)?;
    let mut options = OpenOptions::new();
    options.read(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        options.custom_flags(flags.bits() as i32);
    }
    let file = options.open(&target)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the log file is not a regular file",
        ));
    }
    Ok(file)
}

/// Makes the file end with a whole line: the start of a line a cut-off save left is taken
/// away, a whole last line without its newline gets one. A file that is broken there is left
/// alone (`InvalidData`).
fn mend_tail(file: &mut File) -> io::Result<()> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the log file is empty",
        ));
    }
    let source = LogFile(file.try_clone()?, None);
    let mut last = [0u8];
    source.read_exact_at(len - 1, &mut last)?;
    if last[0] == b'\n' {
        return Ok(());
    }
    // Back to the last newline, a piece at a time.
    let mut from = len;
    let mut chunk = vec![0u8; 4096];
    let line_start = loop {
        let start = from.saturating_sub(chunk.len() as u64);
        let piece = &mut chunk[..(from - start) as usize];
        source.read_exact_at(start, piece)?;
        if let Some(nl) = memchr::memrchr(b'\n', piece) {
            break start + nl as u64 + 1;
        }
        if start == 0 {
            break 0;
        }
        from = start;
    };
    if line_start == 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the log file has no first line",
        ));
    }
    let mut rest = vec![0u8; (len - line_start) as usize];
    source.read_exact_at(line_start, &mut rest)?;
    match tail_kind(&rest, 0) {
        Tail::Whole => file.write_all(b"\n"),
        Tail::Cut => {
            file.set_len(line_start)?;
            file.sync_data()
        }
        Tail::Broken(_) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the log file's last line is broken",
        )),
    }
}

/// Adds `lines` (whole lines, each with its newline) at the end of the log file at `path`, in
/// one write, and syncs it. A line cut off by an earlier interruption is taken away first. When
/// the write fails halfway, what it wrote is taken away again.
pub fn append_lines(path: &Path, lines: &[u8]) -> io::Result<()> {
    let mut file = open_to_append(path)?;
    mend_tail(&mut file)?;
    if lines.is_empty() {
        return Ok(());
    }
    let before = file.metadata()?.len();
    let written = file.write_all(lines).and_then(|()| file.sync_data());
    if let Err(e) = written {
        // Half a line must not stay at the end: the next line would be written after it.
        let _ = file.set_len(before).and_then(|()| file.sync_data());
        return Err(e);
    }
    Ok(())
}

// --- Moving the log of werkboek 0.1 -------------------------------------------------------

/// The first free name for keeping the log of werkboek 0.1: `logboek.v1.json`, then
/// `logboek.v1-2.json`...
fn kept_name(dir: &Path) -> PathBuf {
    files::free_name(&dir.join("logboek.v1.json"))
}

/// What moving the old log did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Migrated {
    /// There was no old log to move.
    Nothing,
    /// The log was moved (or a move that was interrupted was finished); the old file is kept
    /// beside it as `kept`. `added`: entries of an old file found beside the log file that the
    /// log file lacked, added to it.
    Moved { kept: PathBuf, added: usize },
}

/// Moves the log of werkboek 0.1 (`logboek.json`) to the log file (`logboek.jsonl`). Call it
/// holding the lock. The new file is written beside its place (in the folder a linked old file
/// points to, then linked the same way), synced, read back and compared with the old one entry
/// by entry, and only then put in place; then the old file is renamed to `logboek.v1.json`. An
/// old file that cannot be read is left where it is (reading the log then says why); a start
/// that was interrupted after the new file was in place finishes the linking and the renaming.
pub fn migrate_log(dir: &Path) -> io::Result<Migrated> {
    let old = dir.join(LEGACY_LOG_FILE);
    let new = dir.join(LOG_FILE);
    let old_there = fs::symlink_metadata(&old).is_ok();
    if fs::symlink_metadata(&new).is_ok() {
        if old_there {
            // Interrupted after the new file was in place (then the new file holds every entry
            // of the old one), or an old file came back: werkboek 0.1 used again, a sync
            // client. Entries of the old file that the log file lacks are added to it first;
            // an old file that cannot be read, or a log file that cannot, is left as it is.
            let (Ok(old_log), Ok(current)) =
                (super::load::load_legacy_log(&old), read_log_file(&new))
            else {
                return Ok(Migrated::Nothing);
            };
            let mut lines = Vec::new();
            let mut added = 0;
            for e in old_log.iter() {
                if current.find(e.id).is_none() {
                    entry_line(&mut lines, &e);
                    added += 1;
                }
            }
            drop(current);
            if added > 0 {
                append_lines(&new, &lines)?;
            }
            let kept = kept_name(dir);
            fs::rename(&old, &kept)?;
            sync_dir(dir)?;
            return Ok(Migrated::Moved { kept, added });
        }
        return Ok(Migrated::Nothing);
    }
    if !old_there {
        return Ok(Migrated::Nothing);
    }
    let Ok(log) = super::load::load_legacy_log(&old) else {
        return Ok(Migrated::Nothing);
    };
    // A linked old file: the new one goes beside what it points to, and is linked the same way.
    let old_target = files::write_target(&old)?;
    let new_target = parent(&old_target).join(LOG_FILE);
    if new_target != new
        && fs::symlink_metadata(&new_target).is_ok()
        && read_log_file(&new_target).is_ok_and(|there| there == log)
    {
        // Interrupted after the new file was put in place beside a linked old one, before the
        // link to it was made: it is complete and checked; the link is made below.
        return link_and_keep(dir, &old, &new, &new_target);
    }
    let tmp = filled_temp(&new_target, |f| write_log_to(f, &log))?;
    let back = read_log_file(tmp.path()).map_err(|u| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the new log file does not read back: {:?}", u.problem),
        )
    })?;
    if back != log {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "the new log file differs from the old one",
        ));
    }
    drop(back);
    tmp.persist_noclobber(&new_target).map_err(|e| e.error)?;
    sync_dir(parent(&new_target))?;
    link_and_keep(dir, &old, &new, &new_target)
}

/// The last steps of the move: the log file linked where the old one was linked, and the old
/// file kept aside.
fn link_and_keep(dir: &Path, old: &Path, new: &Path, new_target: &Path) -> io::Result<Migrated> {
    if new_target != new {
        #[cfg(unix)]
        std::os::unix::fs::symlink(new_target, new)?;
        #[cfg(not(unix))]
        fs::copy(new_target, new).map(|_| ())?;
        sync_dir(dir)?;
    }
    let kept = kept_name(dir);
    fs::rename(old, &kept)?;
    sync_dir(dir)?;
    Ok(Migrated::Moved { kept, added: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_character_is_found_wherever_it_is_and_nothing_else_is_taken_for_one() {
        let text = "Één regel met ü, 🌱 en \"aanhalingstekens\" ~ DEL\u{7f} en spatie".as_bytes();
        assert!(!has_control(text));
        for at in 0..text.len() {
            for c in [0u8, b'\t', b'\n', 0x1f] {
                let mut b = text.to_vec();
                b[at] = c;
                assert!(has_control(&b), "{c:#x} at {at}");
            }
            for c in [0x20u8, 0x7f, 0x80, 0xa0, 0xff] {
                let mut b = text.to_vec();
                b[at] = c;
                assert!(!has_control(&b), "{c:#x} at {at}");
            }
        }
    }

    fn entry(id: u64, title: &str) -> Entry {
        Entry {
            id,
            created: Timestamp::from_second(1_700_000_000 + id as i64).unwrap(),
            updated: None,
            title: title.into(),
            text: format!("Tekst van {title}.\n\nMet \"aanhalingstekens\" en één regel."),
            tags: vec!["lezen".into()],
            items: vec!["sleutel-4".into()],
            action: None,
        }
    }

    fn file_of(log: &Log) -> Vec<u8> {
        let mut bytes = Vec::new();
        write_log_to(&mut bytes, log).unwrap();
        bytes
    }

    mod both_readers {
        use super::*;
        use crate::data::log::line::{MOST, head};
        use crate::data::{ActionState, Status};
        use jiff::civil::Date;
        use proptest::prelude::*;

        fn any_entry() -> impl Strategy<Value = Entry> {
            (
                any::<u64>(),
                -377_705_116_800i64..253_402_300_799,
                0u32..1_000_000_000,
                prop::option::of(0i64..4_000_000_000),
                "\\PC{0,20}|[\"\\\\\u{0}-\u{1f}]{0,4}",
                "\\PC{0,60}|[a\"\\\\\u{0}-\u{1f}é\n]{0,30}",
                prop::collection::vec("[a-z0-9-]{1,12}|\\PC{1,4}", 0..10),
                prop::collection::vec("[a-z0-9-]{1,12}", 0..10),
                prop::option::of((0u8..3, prop::option::of(-500i32..3000))),
            )
                .prop_map(
                    |(id, secs, nanos, updated, title, text, tags, items, action)| Entry {
                        id,
                        created: Timestamp::new(secs, nanos as i32).unwrap(),
                        updated: updated.map(|s| Timestamp::from_second(s).unwrap()),
                        title,
                        text,
                        tags,
                        items,
                        action: action.map(|(st, days)| ActionState {
                            status: [Status::Planned, Status::Doing, Status::Done][usize::from(st)],
                            follow_up: days.map(|d| {
                                Date::new(2020, 1, 1)
                                    .unwrap()
                                    .checked_add(jiff::Span::new().days(i64::from(d)))
                                    .unwrap()
                            }),
                        }),
                    },
                )
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Every line werkboek writes reads the same by hand as through serde_json; by hand
            /// whenever its tags and items need no escapes and are few.
            #[test]
            fn both_readers_agree_on_written_lines(e in any_entry()) {
                let bytes = serde_json::to_vec(&e).unwrap();
                let slow = slow_head(&bytes);
                prop_assert!(slow.is_some());
                let plain = |w: &[String]| w.len() <= MOST && w.iter().all(|s| {
                    !s.chars().any(|c| c == '"' || c == '\\' || c < ' ')
                });
                let four_digits = |t: Timestamp| (0..=9999).contains(&t.to_zoned(jiff::tz::TimeZone::UTC).year());
                match head(&bytes) {
                    Some(q) => prop_assert_eq!(Some(q.owned()), slow),
                    None => prop_assert!(
                        !plain(&e.tags)
                            || !plain(&e.items)
                            || !four_digits(e.created)
                            || e.updated.is_some_and(|u| !four_digits(u))
                            || e.action.and_then(|a| a.follow_up).is_some_and(|d| !(1000..=9999).contains(&d.year())),
                        "a plain line went to serde: {}", String::from_utf8_lossy(&bytes)
                    ),
                }
            }

            /// A line changed anywhere is read by hand only as serde_json reads it (or with a
            /// control character in its title or text, which both pass over here and which make
            /// the entry unreadable when it is read).
            #[test]
            fn a_damaged_line_is_never_read_otherwise(
                e in any_entry(),
                at in any::<prop::sample::Index>(),
                byte in any::<u8>(),
                cut in any::<bool>(),
            ) {
                let mut bytes = serde_json::to_vec(&e).unwrap();
                let i = at.index(bytes.len());
                if cut {
                    bytes.truncate(i);
                } else {
                    bytes[i] = byte;
                }
                if let Some(q) = head(&bytes) {
                    let slow = slow_head(&bytes);
                    let control = bytes.iter().any(|c| *c < 0x20);
                    prop_assert!(
                        slow.as_ref() == Some(&q.owned()) || control && slow.is_none(),
                        "{}: {:?} / {:?}", String::from_utf8_lossy(&bytes), q.owned(), slow
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// The quick reading of times gives what jiff gives, for any time jiff writes and for
        /// anything that looks a bit like one.
        #[test]
        fn times_read_as_jiff_reads_them(
            secs in -377_705_116_800i64..253_402_300_799,
            nanos in 0i32..1_000_000_000,
            noise in "[0-9TZ:.+-]{0,3}",
            at in 0usize..30,
        ) {
            let t = Timestamp::new(secs, nanos).unwrap();
            let written = t.to_string();
            proptest::prop_assert_eq!(timestamp(&written), Some(t));
            let mut odd = written.clone();
            let at = at.min(odd.len());
            if odd.is_char_boundary(at) {
                odd.insert_str(at, &noise);
            }
            proptest::prop_assert_eq!(timestamp(&odd), odd.parse::<Timestamp>().ok(), "{}", odd);
        }
    }

    #[test]
    fn a_written_log_reads_back_and_a_person_can_read_it() {
        let log = Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]);
        let bytes = file_of(&log);
        let text = String::from_utf8(bytes.clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], r#"{"format":"werkboek-logboek","schema":2}"#);
        assert!(
            lines[1].starts_with(r#"{"id":1,"created":"#),
            "{}",
            lines[1]
        );
        assert_eq!(lines.len(), 3);
        let back = parse_log(&bytes).unwrap();
        assert_eq!(back, log);
        assert!(back.from_file());
    }

    #[test]
    fn a_later_line_replaces_and_deletes() {
        let mut bytes = file_of(&Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]));
        entry_line(&mut bytes, &entry(1, "één, anders"));
        deleted_line(&mut bytes, 2);
        entry_line(&mut bytes, &entry(3, "drie"));
        let log = parse_log(&bytes).unwrap();
        let titles: Vec<String> = log.iter().map(|e| e.title.clone()).collect();
        assert_eq!(titles, ["één, anders", "drie"]);
        // Deleted and written again (undo): there.
        deleted_line(&mut bytes, 3);
        entry_line(&mut bytes, &entry(3, "drie terug"));
        let log = parse_log(&bytes).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log.get(1).unwrap().title, "drie terug");
    }

    #[test]
    fn a_cut_off_last_line_is_passed_over_and_anything_else_broken_refused() {
        let whole = file_of(&Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]));
        let mut cut = whole.clone();
        let mut more = Vec::new();
        entry_line(&mut more, &entry(3, "drie"));
        cut.extend_from_slice(&more[..more.len() / 2]);
        assert_eq!(parse_log(&cut).unwrap().len(), 2, "never reported saved");
        // Only the newline missing: the line counts.
        let mut no_newline = whole.clone();
        no_newline.extend_from_slice(&more[..more.len() - 1]);
        assert_eq!(parse_log(&no_newline).unwrap().len(), 3);
        // Broken in the middle: refused, with the line.
        let mut broken = whole.clone();
        let at = LOG_FILE_HEADER.len();
        broken[at] = b'#';
        assert!(matches!(
            parse_log(&broken),
            Err(LoadProblem::NotJson { line: 2, .. })
        ));
        // Broken at the end (not the start of a line): refused too.
        let mut junk = whole;
        junk.extend_from_slice(b"}{");
        assert!(parse_log(&junk).is_err());
    }

    #[test]
    fn a_newer_or_strange_file_is_refused() {
        assert_eq!(parse_log(b""), Err(LoadProblem::Empty));
        assert_eq!(
            parse_log(b"{\"format\":\"werkboek-logboek\",\"schema\":3}\n{\"nieuw\":1}\n"),
            Err(LoadProblem::Newer {
                found: 3,
                known: LOG_FILE_SCHEMA
            })
        );
        assert!(matches!(
            parse_log(b"{\"format\":\"werkboek-logboek\",\"schema\":1}\n"),
            Err(LoadProblem::BadVersion { .. })
        ));
        assert!(matches!(
            parse_log(b"{\"format\":\"iets\",\"schema\":2}\n"),
            Err(LoadProblem::WrongShape { .. })
        ));
        // The log of werkboek 0.1 is not this file.
        assert!(parse_log(b"{\"schema\":1,\"entries\":[]}\n").is_err());
        // An unknown field in a line: refused, not dropped at the next write.
        let mut bytes = LOG_FILE_HEADER.as_bytes().to_vec();
        bytes
            .extend_from_slice(b"{\"id\":1,\"created\":\"2026-01-01T00:00:00Z\",\"nieuw\":true}\n");
        assert!(matches!(
            parse_log(&bytes),
            Err(LoadProblem::WrongShape { line: 2, .. })
        ));
        // A deletion with more in it.
        let mut bytes = LOG_FILE_HEADER.as_bytes().to_vec();
        bytes.extend_from_slice(b"{\"deleted\":1,\"title\":\"x\"}\n");
        assert!(parse_log(&bytes).is_err());
        // Only the first line, without its newline: an empty log.
        assert_eq!(
            parse_log(LOG_FILE_HEADER.trim_end().as_bytes())
                .unwrap()
                .len(),
            0
        );
    }

    #[test]
    fn appending_mends_a_cut_off_line_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOG_FILE);
        let mut bytes = file_of(&Log::from_entries(vec![entry(1, "een")]));
        let mut cut = Vec::new();
        entry_line(&mut cut, &entry(2, "afgebroken"));
        bytes.extend_from_slice(&cut[..20]);
        fs::write(&path, &bytes).unwrap();
        let mut more = Vec::new();
        entry_line(&mut more, &entry(3, "drie"));
        append_lines(&path, &more).unwrap();
        let log = read_log_file(&path).unwrap();
        let ids: Vec<u64> = (0..log.len()).map(|i| log.id(i)).collect();
        assert_eq!(ids, [1, 3]);
        // A whole last line without its newline gets one.
        let mut bytes = fs::read(&path).unwrap();
        bytes.pop();
        fs::write(&path, &bytes).unwrap();
        let mut four = Vec::new();
        entry_line(&mut four, &entry(4, "vier"));
        append_lines(&path, &four).unwrap();
        assert_eq!(read_log_file(&path).unwrap().len(), 3);
        // A broken end is not written after.
        let mut bytes = fs::read(&path).unwrap();
        bytes.extend_from_slice(b"}}}");
        fs::write(&path, &bytes).unwrap();
        assert_eq!(
            append_lines(&path, &four).unwrap_err().kind(),
            io::ErrorKind::InvalidData
        );
        assert_eq!(fs::read(&path).unwrap(), bytes, "left as it was");
        // No file: nothing is made (the store then writes it whole).
        assert_eq!(
            append_lines(&dir.path().join("geen.jsonl"), &four)
                .unwrap_err()
                .kind(),
            io::ErrorKind::NotFound
        );
    }

    #[test]
    fn the_old_log_is_moved_checked_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let log = Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]);
        let old = format!(
            "{{\"schema\": 1, \"entries\": {}}}",
            serde_json::to_string(&log.iter().map(|e| (*e).clone()).collect::<Vec<_>>()).unwrap()
        );
        fs::write(dir.path().join(LEGACY_LOG_FILE), &old).unwrap();
        // Read-only (no move): the old file is read as it is.
        assert_eq!(load_log(dir.path()).unwrap(), log);
        assert_eq!(
            migrate_log(dir.path()).unwrap(),
            Migrated::Moved {
                kept: dir.path().join("logboek.v1.json"),
                added: 0
            }
        );
        assert!(!dir.path().join(LEGACY_LOG_FILE).exists());
        assert_eq!(
            fs::read_to_string(dir.path().join("logboek.v1.json")).unwrap(),
            old
        );
        let moved = load_log(dir.path()).unwrap();
        assert_eq!(moved, log);
        assert!(moved.from_file());
        assert_eq!(migrate_log(dir.path()).unwrap(), Migrated::Nothing);
        // Interrupted after the new file was in place: the old one is kept aside then.
        fs::write(dir.path().join(LEGACY_LOG_FILE), &old).unwrap();
        assert_eq!(
            migrate_log(dir.path()).unwrap(),
            Migrated::Moved {
                kept: dir.path().join("logboek.v1-2.json"),
                added: 0
            }
        );
        assert!(!dir.path().join(LEGACY_LOG_FILE).exists());
        assert!(dir.path().join("logboek.v1-2.json").exists());
    }

    #[test]
    fn an_unreadable_old_log_is_left_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LEGACY_LOG_FILE), "{\"schema\": 1, \"entr").unwrap();
        assert_eq!(migrate_log(dir.path()).unwrap(), Migrated::Nothing);
        assert!(dir.path().join(LEGACY_LOG_FILE).exists());
        assert!(!dir.path().join(LOG_FILE).exists());
        assert_eq!(
            load_log(dir.path()).unwrap_err().path,
            dir.path().join(LEGACY_LOG_FILE)
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_old_log_stays_in_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let synced = dir.path().join("sync");
        fs::create_dir_all(&data).unwrap();
        fs::create_dir_all(&synced).unwrap();
        fs::write(
            synced.join(LEGACY_LOG_FILE),
            "{\"schema\": 1, \"entries\": []}",
        )
        .unwrap();
        std::os::unix::fs::symlink(synced.join(LEGACY_LOG_FILE), data.join(LEGACY_LOG_FILE))
            .unwrap();
        assert!(matches!(
            migrate_log(&data).unwrap(),
            Migrated::Moved { .. }
        ));
        assert!(synced.join(LOG_FILE).is_file());
        assert!(
            fs::symlink_metadata(data.join(LOG_FILE))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_log(&data).unwrap().len(), 0);
    }

    /// Killed after the new file was put beside a linked old one, before the link to it was
    /// made: the next start makes the link (it used to fail at every start from then on).
    #[cfg(unix)]
    #[test]
    fn a_move_of_a_linked_old_log_killed_before_the_link_is_finished() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let synced = dir.path().join("sync");
        fs::create_dir_all(&data).unwrap();
        fs::create_dir_all(&synced).unwrap();
        let log = Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]);
        let old = format!(
            "{{\"schema\": 1, \"entries\": {}}}",
            serde_json::to_string(&log.iter().map(|e| (*e).clone()).collect::<Vec<_>>()).unwrap()
        );
        fs::write(synced.join(LEGACY_LOG_FILE), &old).unwrap();
        std::os::unix::fs::symlink(synced.join(LEGACY_LOG_FILE), data.join(LEGACY_LOG_FILE))
            .unwrap();
        fs::write(synced.join(LOG_FILE), file_of(&log)).unwrap();
        assert!(matches!(
            migrate_log(&data).unwrap(),
            Migrated::Moved { .. }
        ));
        assert!(
            fs::symlink_metadata(data.join(LOG_FILE))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_log(&data).unwrap(), log);
        assert_eq!(
            fs::read_to_string(data.join("logboek.v1.json")).unwrap(),
            old,
            "the old file kept (through its link)"
        );
        // A different file there is never taken for the moved log, nor written over.
        let other = tempfile::tempdir().unwrap();
        let (data, synced) = (other.path().join("data"), other.path().join("sync"));
        fs::create_dir_all(&data).unwrap();
        fs::create_dir_all(&synced).unwrap();
        fs::write(synced.join(LEGACY_LOG_FILE), &old).unwrap();
        std::os::unix::fs::symlink(synced.join(LEGACY_LOG_FILE), data.join(LEGACY_LOG_FILE))
            .unwrap();
        let strange = file_of(&Log::from_entries(vec![entry(9, "anders")]));
        fs::write(synced.join(LOG_FILE), &strange).unwrap();
        assert!(migrate_log(&data).is_err());
        assert_eq!(fs::read(synced.join(LOG_FILE)).unwrap(), strange);
        assert!(data.join(LEGACY_LOG_FILE).exists());
        assert_eq!(load_log(&data).unwrap(), log, "read where it is");
    }
}
