//! The log as the app holds it: of every entry only what the list and its filters need (its
//! id, when it was written, its action, its tags and links: 40 bytes and a few word numbers),
//! and the rest (title and text) in the log file, read by its place when the entry is shown,
//! searched or changed. Entries written or changed in this session are held whole in memory
//! until the next start.
//!
//! The file is read through a [`Source`] the store provides: the file as it was opened when the
//! log was read. The bytes at a place in it never change while the session holds it (saving
//! appends after them; tidying the file writes a new one, and this one stays readable through
//! the handle), so reading them while drawing is reading state, not asking the world.
//!
//! What changed is kept as a list of ids ([`Log::changed_since`]), so that the store writes
//! only those entries.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Deserialize;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use super::{ActionState, Entry, LOG_SCHEMA, Status};

/// Where the entries that are not held in memory are read from: the log file, by place.
pub trait Source: Send + Sync {
    /// Fills `buf` with the bytes at `at`; an error when there are not that many.
    fn read_exact_at(&self, at: u64, buf: &mut [u8]) -> io::Result<()>;

    /// Which file it was, and how it was, when it was read: the store writes to the log file
    /// only while it is still that (see [`FileStamp`]).
    fn stamp(&self) -> Option<FileStamp> {
        None
    }
}

/// A file as the system describes it: which one (device and inode), how long, when it last
/// changed. Another program that writes the file in place or puts another file in its place
/// changes it; reading it does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    pub dev: u64,
    pub ino: u64,
    pub len: u64,
    pub modified: Option<std::time::SystemTime>,
}

impl FileStamp {
    pub fn of(m: &std::fs::Metadata) -> FileStamp {
        #[cfg(unix)]
        let (dev, ino) = {
            use std::os::unix::fs::MetadataExt;
            (m.dev(), m.ino())
        };
        #[cfg(not(unix))]
        let (dev, ino) = (0, 0);
        FileStamp {
            dev,
            ino,
            len: m.len(),
            modified: m.modified().ok(),
        }
    }
}

/// Where an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The place of its line in the file, and the line's length without its newline.
    pub at: u64,
    pub len: u32,
}

/// An entry as the store writes it: a line of the file to copy, or an entry held in memory.
#[derive(Clone, Debug)]
pub enum Record<'a> {
    Stored(Stored),
    Held(&'a Arc<Entry>),
}

/// `len` of a row whose entry is held in memory; `at` is then its slot.
const HELD: u32 = u32::MAX;
/// A count of tags or items too large for a byte: the counts are then in the pool.
const MANY: u8 = u8::MAX;
/// `status` of a line that deleted its entry (only while the file is read).
const DELETED: u8 = u8::MAX;

/// What is kept in memory of one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Row {
    id: u64,
    secs: i64,
    nanos: i32,
    /// The place of its line in the file, or its slot among the held entries.
    at: u32,
    /// The length of its line, or `HELD`.
    len: u32,
    /// Where its tags, then its items, start in the pool (as word numbers).
    links: u32,
    /// The follow-up date, packed (`pack_date`); 0 for none.
    follow_up: u32,
    tags: u8,
    items: u8,
    /// 0: no action; 1, 2, 3: planned, doing, done.
    status: u8,
}

impl Row {
    fn created(&self) -> Timestamp {
        Timestamp::new(self.secs, self.nanos).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// The log's order: when written, then id.
    fn key(&self) -> (i64, i32, u64) {
        (self.secs, self.nanos, self.id)
    }

    fn action(&self) -> Option<ActionState> {
        let status = match self.status {
            1 => Status::Planned,
            2 => Status::Doing,
            3 => Status::Done,
            _ => return None,
        };
        Some(ActionState {
            status,
            follow_up: unpack_date(self.follow_up),
        })
    }

    fn held(&self) -> Option<usize> {
        (self.len == HELD).then_some(self.at as usize)
    }
}

fn status_code(a: Option<ActionState>) -> u8 {
    match a.map(|a| a.status) {
        None => 0,
        Some(Status::Planned) => 1,
        Some(Status::Doing) => 2,
        Some(Status::Done) => 3,
    }
}

fn pack_date(d: Option<Date>) -> u32 {
    match d {
        None => 0,
        Some(d) => {
            (u32::from(d.year() as u16) << 16)
                | (u32::from(d.month() as u8) << 8)
                | u32::from(d.day() as u8)
        }
    }
}

fn unpack_date(p: u32) -> Option<Date> {
    if p == 0 {
        return None;
    }
    Date::new((p >> 16) as u16 as i16, (p >> 8) as u8 as i8, p as u8 as i8).ok()
}

/// Tags and item ids, each kept once.
#[derive(Clone, Debug, Default)]
struct Words {
    names: Vec<Arc<str>>,
    index: HashMap<Arc<str>, u32, BuildHasherDefault<Fx>>,
}

/// A quick hash for short words of the user's own file (every tag and link of every line is
/// looked up at every start): the multiply-and-rotate of Firefox and rustc.
#[derive(Clone, Copy, Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let word = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.add(word);
        }
        for b in chunks.remainder() {
            self.add(u64::from(*b));
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Words {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.index.get(s) {
            return n;
        }
        let n = self.names.len() as u32;
        let name: Arc<str> = Arc::from(s);
        self.names.push(Arc::clone(&name));
        self.index.insert(name, n);
        n
    }

    fn get(&self, s: &str) -> Option<u32> {
        self.index.get(s).copied()
    }

    fn name(&self, n: u32) -> &str {
        self.names.get(n as usize).map_or("", |s| s)
    }
}

/// The log file the stored entries are read from, and how much of it is superseded.
#[derive(Clone)]
struct FileInfo {
    source: Arc<dyn Source>,
    /// Its length when it was read.
    size: u64,
    /// Bytes of lines that a later line replaced or deleted.
    garbage: u64,
}

/// Above this much superseded text, and when it is more than half the file, the store writes
/// the file anew.
const GARBAGE_LIMIT: u64 = 64 * 1024;

/// The ids changed since the log was read or made, in order, for the store.
#[derive(Clone, Debug)]
struct Journal {
    /// Which log this is: a copy of a log has its original's, a log read or made anew its own.
    lineage: u64,
    /// How many changes came before the first one in `ids` (older ones are let go).
    start: u64,
    ids: Vec<u64>,
}

/// Changes kept for the store; beyond this the older half goes, and the store writes the
/// whole log once instead.
const JOURNAL_MAX: usize = 4096;

static LINEAGES: AtomicU64 = AtomicU64::new(1);

impl Journal {
    fn new() -> Journal {
        Journal {
            lineage: LINEAGES.fetch_add(1, Ordering::Relaxed),
            start: 0,
            ids: Vec::new(),
        }
    }

    fn note(&mut self, id: u64) {
        if self.ids.len() >= JOURNAL_MAX {
            let half = JOURNAL_MAX / 2;
            self.ids.drain(..half);
            self.start += half as u64;
        }
        self.ids.push(id);
    }
}

/// The personal development log: dated entries, oldest first (in the order they were written,
/// then by id), shown newest first.
#[derive(Clone)]
pub struct Log {
    rows: Vec<Row>,
    /// Word numbers of every row's tags, then items.
    pool: Vec<u32>,
    words: Words,
    /// Entries held whole in memory, by slot; `free` are slots to use again.
    held: Vec<Option<Arc<Entry>>>,
    free: Vec<u32>,
    file: Option<FileInfo>,
    journal: Journal,
    /// Per word, once asked for: the entries linked to it, without their text
    /// ([`Log::linked_to`]). Let go at every change.
    linked: Vec<OnceLock<Box<[Entry]>>>,
}

impl Default for Log {
    fn default() -> Self {
        Log {
            rows: Vec::new(),
            pool: Vec::new(),
            words: Words::default(),
            held: Vec::new(),
            free: Vec::new(),
            file: None,
            journal: Journal::new(),
            linked: Vec::new(),
        }
    }
}

/// Two logs are equal when they hold the same entries in the same order, wherever those are.
impl PartialEq for Log {
    fn eq(&self, other: &Log) -> bool {
        self.len() == other.len() && (0..self.len()).all(|i| self.get(i) == other.get(i))
    }
}

impl fmt::Debug for Log {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Log ")?;
        f.debug_list().entries(self.iter()).finish()
    }
}

/// As exports carry it: `{"schema": 1, "entries": [...]}`, every entry whole.
impl Serialize for Log {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct All<'a>(&'a Log);
        impl Serialize for All<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(None)?;
                for e in self.0.iter() {
                    seq.serialize_element(&*e)?;
                }
                seq.end()
            }
        }
        let mut s = serializer.serialize_struct("Log", 2)?;
        s.serialize_field("schema", &LOG_SCHEMA)?;
        s.serialize_field("entries", &All(self))?;
        s.end()
    }
}

/// A filter's tag and item, as word numbers: looked up once, compared as numbers.
pub struct Tester {
    /// The tag's spellings (tags match without regard to case); empty: no entry has it.
    tag: Option<Vec<u32>>,
    /// `Some(None)`: no entry links to the item.
    item: Option<Option<u32>>,
}

impl Tester {
    /// Whether entry `i` has the tag and the link.
    pub fn passes(&self, log: &Log, i: usize) -> bool {
        let row = &log.rows[i];
        self.tag
            .as_ref()
            .is_none_or(|t| log.tag_ids(row).iter().any(|w| t.contains(w)))
            && self
                .item
                .is_none_or(|w| w.is_some_and(|w| log.item_ids(row).contains(&w)))
    }
}

impl Log {
    /// A log of these entries, all held in memory (an export, the file of werkboek 0.1).
    pub fn from_entries(entries: Vec<Entry>) -> Log {
        let mut log = Log::default();
        log.extend(entries);
        log.journal = Journal::new();
        log
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The id of entry `i` (`i` must be a place in the log, as every index here).
    pub fn id(&self, i: usize) -> u64 {
        self.rows[i].id
    }

    pub fn created(&self, i: usize) -> Timestamp {
        self.rows[i].created()
    }

    pub fn action(&self, i: usize) -> Option<ActionState> {
        self.rows[i].action()
    }

    /// An action not yet done.
    pub fn is_open_action(&self, i: usize) -> bool {
        self.action(i).is_some_and(|a| a.status != Status::Done)
    }

    /// An open action whose follow-up date has passed.
    pub fn is_overdue(&self, i: usize, today: Date) -> bool {
        self.is_open_action(i)
            && self
                .action(i)
                .and_then(|a| a.follow_up)
                .is_some_and(|d| d < today)
    }

    pub fn tags(&self, i: usize) -> impl Iterator<Item = &str> {
        self.tag_ids(&self.rows[i])
            .iter()
            .map(|w| self.words.name(*w))
    }

    pub fn items(&self, i: usize) -> impl Iterator<Item = &str> {
        self.item_ids(&self.rows[i])
            .iter()
            .map(|w| self.words.name(*w))
    }

    /// The place of the entry with `id`.
    pub fn find(&self, id: u64) -> Option<usize> {
        self.rows.iter().position(|r| r.id == id)
    }

    /// A fresh id for an entry made at `at`: its nanoseconds, moved on if already taken.
    pub fn new_id(&self, at: Timestamp) -> u64 {
        let mut id = u64::try_from(at.as_nanosecond()).unwrap_or(0);
        while self.rows.iter().any(|r| r.id == id) {
            id += 1;
        }
        id
    }

    /// Entry `i` whole; `None` when there is no such entry, or when its line can no longer be
    /// read (the file was changed by another program): the entry is then shown as unreadable
    /// and never changed.
    pub fn get(&self, i: usize) -> Option<Arc<Entry>> {
        let row = self.rows.get(i)?;
        if let Some(slot) = row.held() {
            return self.held.get(slot)?.clone();
        }
        let file = self.file.as_ref()?;
        let mut line = vec![0; row.len as usize];
        file.source
            .read_exact_at(u64::from(row.at), &mut line)
            .ok()?;
        let entry: Entry = serde_json::from_slice(&line).ok()?;
        (entry.id == row.id).then(|| Arc::new(entry))
    }

    /// Entry `i` as a list shows it: its id, dates, action and heading (its title, or the first
    /// line of its text), without the rest of its text, its tags and its links. Cheaper than
    /// [`Log::get`]: the strings are borrowed from the line while it is read, and only the
    /// heading is kept. `None` as for [`Log::get`].
    pub fn listed(&self, i: usize) -> Option<Entry> {
        #[derive(Deserialize)]
        struct Heading<'a> {
            id: u64,
            #[serde(default)]
            updated: Option<Timestamp>,
            #[serde(borrow, default)]
            title: Cow<'a, str>,
            #[serde(borrow, default)]
            text: Cow<'a, str>,
        }
        let row = self.rows.get(i)?;
        let heading = |id: u64, updated: Option<Timestamp>, title: &str, text: &str| Entry {
            id,
            created: row.created(),
            updated,
            title: title.to_string(),
            text: if title.trim().is_empty() {
                text.lines().next().unwrap_or("").to_string()
            } else {
                String::new()
            },
            tags: Vec::new(),
            items: Vec::new(),
            action: row.action(),
        };
        if let Some(slot) = row.held() {
            let e = self.held.get(slot)?.as_ref()?;
            return Some(heading(e.id, e.updated, &e.title, &e.text));
        }
        let file = self.file.as_ref()?;
        let mut line = vec![0; row.len as usize];
        file.source
            .read_exact_at(u64::from(row.at), &mut line)
            .ok()?;
        let h: Heading = serde_json::from_slice(&line).ok()?;
        // A line that reads only this far is shown as it is; it is read whole (and checked)
        // when it is opened or changed.
        (h.id == row.id).then(|| heading(h.id, h.updated, &h.title, &h.text))
    }

    /// Every entry that can be read, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = Arc<Entry>> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Every entry that can be read, oldest first, in a list (tests, small logs).
    pub fn all(&self) -> Vec<Arc<Entry>> {
        self.iter().collect()
    }

    /// The entries linked to the item `id`, newest first: each with its id, dates, action and
    /// heading (its title, or the first line of its text), not its text; [`Log::get`] reads an
    /// entry whole. Kept once asked for, until the log changes.
    pub fn linked_to<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        let list: &[Entry] = match self.words.get(id) {
            Some(w) => self
                .linked
                .get(w as usize)
                .map_or(&[], |cell| cell.get_or_init(|| self.summaries(w))),
            None => &[],
        };
        list.iter()
    }

    fn summaries(&self, word: u32) -> Box<[Entry]> {
        (0..self.len())
            .rev()
            .filter(|i| self.item_ids(&self.rows[*i]).contains(&word))
            .filter_map(|i| {
                let e = self.get(i)?;
                let text = if e.title.trim().is_empty() {
                    e.text.lines().next().unwrap_or("").to_string()
                } else {
                    String::new()
                };
                Some(Entry {
                    id: e.id,
                    created: e.created,
                    updated: e.updated,
                    title: e.title.clone(),
                    text,
                    tags: Vec::new(),
                    items: Vec::new(),
                    action: e.action,
                })
            })
            .collect()
    }

    /// The filter's tag and item, ready to test entries with ([`Tester::passes`]).
    pub fn tester(&self, tag: Option<&str>, item: Option<&str>) -> Tester {
        Tester {
            tag: tag.map(|t| {
                self.words
                    .names
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| w.eq_ignore_ascii_case(t))
                    .map(|(n, _)| n as u32)
                    .collect()
            }),
            item: item.map(|i| self.words.get(i)),
        }
    }

    /// Whether entry `i` has `tag` (in any case).
    pub fn has_tag(&self, i: usize, tag: &str) -> bool {
        self.tags(i).any(|t| t.eq_ignore_ascii_case(tag))
    }

    /// The title and text of the entries at `order`, in that order, to `f`: from memory, or
    /// read from the file a large piece at a time (the search runs through them all). An entry
    /// that cannot be read is passed over.
    pub fn texts(
        &self,
        order: impl IntoIterator<Item = usize>,
        mut f: impl FnMut(usize, &str, &str),
    ) {
        #[derive(Deserialize)]
        struct Texts<'a> {
            id: u64,
            #[serde(borrow, default)]
            title: Cow<'a, str>,
            #[serde(borrow, default)]
            text: Cow<'a, str>,
        }
        let mut window = Window::default();
        for i in order {
            let Some(row) = self.rows.get(i) else {
                continue;
            };
            if let Some(slot) = row.held() {
                if let Some(Some(e)) = self.held.get(slot) {
                    f(i, &e.title, &e.text);
                }
                continue;
            }
            let Some(file) = &self.file else { continue };
            let Some(line) = window.get(file, u64::from(row.at), row.len) else {
                continue;
            };
            if let Ok(t) = serde_json::from_slice::<Texts>(line)
                && t.id == row.id
            {
                f(i, &t.title, &t.text);
            }
        }
    }

    // --- Changing it --------------------------------------------------------------------

    /// Adds an entry in its place in the log's order.
    pub fn push(&mut self, entry: Entry) {
        let id = entry.id;
        let row = self.held_row(entry);
        let at = self.place_of(&row);
        self.rows.insert(at, row);
        self.changed(id);
    }

    /// Adds many entries (an import), each in its place.
    pub fn extend(&mut self, entries: impl IntoIterator<Item = Entry>) {
        for entry in entries {
            let id = entry.id;
            let row = self.held_row(entry);
            self.rows.push(row);
            self.journal.note(id);
        }
        self.rows.sort_by_key(Row::key);
        self.forget_linked();
    }

    /// Takes entry `i` out of the log; the entry as it was, if it could be read.
    pub fn remove(&mut self, i: usize) -> Option<Arc<Entry>> {
        let entry = self.get(i);
        let row = self.rows.remove(i);
        self.release(&row);
        self.changed(row.id);
        entry
    }

    /// Puts `entry` in the place of entry `i` (and moves it to where its date puts it).
    pub fn replace(&mut self, i: usize, entry: Entry) {
        let old = self.rows.remove(i);
        self.release(&old);
        if old.id != entry.id {
            self.journal.note(old.id);
        }
        self.push(entry);
    }

    /// Changes entry `i` with `f`: read whole, changed, held in memory from then on. `None`
    /// when it cannot be read (then nothing changes).
    pub fn update<R>(&mut self, i: usize, f: impl FnOnce(&mut Entry) -> R) -> Option<R> {
        let before = self.get(i)?;
        let mut entry = (*before).clone();
        let r = f(&mut entry);
        if entry != *before {
            self.replace(i, entry);
        }
        Some(r)
    }

    fn changed(&mut self, id: u64) {
        self.journal.note(id);
        self.forget_linked();
    }

    fn forget_linked(&mut self) {
        for cell in &mut self.linked {
            cell.take();
        }
    }

    /// Where a row goes in the log's order.
    fn place_of(&self, row: &Row) -> usize {
        self.rows.partition_point(|r| r.key() < row.key())
    }

    fn intern(&mut self, s: &str) -> u32 {
        let n = self.words.intern(s);
        while self.linked.len() < self.words.names.len() {
            self.linked.push(OnceLock::new());
        }
        n
    }

    /// The row of an entry held in memory; its links go into the pool.
    fn held_row(&mut self, entry: Entry) -> Row {
        let links = self.add_links(&entry.tags, &entry.items);
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.held.push(None);
                (self.held.len() - 1) as u32
            }
        };
        let row = Row {
            id: entry.id,
            secs: entry.created.as_second(),
            nanos: entry.created.subsec_nanosecond(),
            at: slot,
            len: HELD,
            links: links.0,
            follow_up: pack_date(entry.action.and_then(|a| a.follow_up)),
            tags: links.1,
            items: links.2,
            status: status_code(entry.action),
        };
        self.held[slot as usize] = Some(Arc::new(entry));
        row
    }

    fn release(&mut self, row: &Row) {
        if let Some(slot) = row.held()
            && let Some(place) = self.held.get_mut(slot)
        {
            *place = None;
            self.free.push(slot as u32);
        }
    }

    /// Puts tags and items into the pool: where they start, and their counts (`MANY` when
    /// the counts are in the pool, before them).
    fn add_links(&mut self, tags: &[impl AsRef<str>], items: &[impl AsRef<str>]) -> (u32, u8, u8) {
        let start = self.pool.len() as u32;
        let (t, i) = match (u8::try_from(tags.len()), u8::try_from(items.len())) {
            (Ok(t), Ok(i)) if t < MANY && i < MANY => (t, i),
            _ => {
                self.pool.push(tags.len() as u32);
                self.pool.push(items.len() as u32);
                (MANY, MANY)
            }
        };
        for s in tags {
            let n = self.intern(s.as_ref());
            self.pool.push(n);
        }
        for s in items {
            let n = self.intern(s.as_ref());
            self.pool.push(n);
        }
        (start, t, i)
    }

    /// The pool's counts and where the words start, for a row.
    fn links(&self, row: &Row) -> (usize, usize, usize) {
        let at = row.links as usize;
        if row.tags == MANY {
            let t = self.pool.get(at).copied().unwrap_or(0) as usize;
            let i = self.pool.get(at + 1).copied().unwrap_or(0) as usize;
            (at + 2, t, i)
        } else {
            (at, usize::from(row.tags), usize::from(row.items))
        }
    }

    fn tag_ids(&self, row: &Row) -> &[u32] {
        let (at, t, _) = self.links(row);
        self.pool.get(at..at + t).unwrap_or(&[])
    }

    fn item_ids(&self, row: &Row) -> &[u32] {
        let (at, t, i) = self.links(row);
        self.pool.get(at + t..at + t + i).unwrap_or(&[])
    }

    // --- For the store ------------------------------------------------------------------

    /// Which log this is: the same for a log and its copies, another for a log read or made
    /// anew.
    pub fn lineage(&self) -> u64 {
        self.journal.lineage
    }

    /// How many changes were made to this log since it was read or made.
    pub fn changes(&self) -> u64 {
        self.journal.start + self.journal.ids.len() as u64
    }

    /// The ids changed (added, changed or deleted) after the first `count` changes, in order;
    /// `None` when those are no longer known.
    pub fn changed_since(&self, count: u64) -> Option<&[u64]> {
        let from = usize::try_from(count.checked_sub(self.journal.start)?).ok()?;
        self.journal.ids.get(from..)
    }

    /// Whether the log was read from its file: then, before its changes, it is what the file
    /// holds.
    pub fn from_file(&self) -> bool {
        self.file.is_some()
    }

    /// Whether the file it was read from is more than half superseded lines.
    pub fn wants_tidying(&self) -> bool {
        self.file
            .as_ref()
            .is_some_and(|f| f.garbage > GARBAGE_LIMIT && f.garbage * 2 > f.size)
    }

    /// Where entry `i` is.
    pub fn record(&self, i: usize) -> Option<Record<'_>> {
        let row = self.rows.get(i)?;
        match row.held() {
            Some(slot) => self.held.get(slot)?.as_ref().map(Record::Held),
            None => Some(Record::Stored(Stored {
                at: u64::from(row.at),
                len: row.len,
            })),
        }
    }

    /// The file the stored entries are read from.
    pub fn source(&self) -> Option<&Arc<dyn Source>> {
        self.file.as_ref().map(|f| &f.source)
    }

    /// The file the log was read from, as it was then.
    pub fn file_stamp(&self) -> Option<FileStamp> {
        self.source().and_then(|s| s.stamp())
    }

    /// A log read from a file, line by line ([`Builder`]).
    pub fn build(lines: usize) -> Builder {
        Builder {
            rows: Vec::with_capacity(lines),
            log: Log::default(),
        }
    }
}

/// A piece of the file in memory, so that running through all entries reads it in large
/// pieces instead of line by line.
#[derive(Default)]
struct Window {
    bytes: Vec<u8>,
    start: u64,
    /// Where the last line asked for was: going back through the file, the next piece is
    /// read to end where the line ends.
    last: u64,
}

/// How much of the file is read at a time.
const WINDOW: usize = 64 * 1024;

impl Window {
    fn get(&mut self, file: &FileInfo, at: u64, len: u32) -> Option<&[u8]> {
        let end = at + u64::from(len);
        let have = self.start..self.start + self.bytes.len() as u64;
        if at < have.start || end > have.end {
            let size = (len as usize).max(WINDOW) as u64;
            let start = if at < self.last {
                end.saturating_sub(size)
            } else {
                at
            };
            let stop = (start + size).min(file.size.max(end));
            self.bytes.resize((stop - start) as usize, 0);
            if file.source.read_exact_at(start, &mut self.bytes).is_err() {
                self.bytes.clear();
                return None;
            }
            self.start = start;
        }
        self.last = at;
        let from = (at - self.start) as usize;
        self.bytes.get(from..from + len as usize)
    }
}

/// A log being read from its file: every line in the order of the file, a later line of an
/// entry replacing an earlier one.
pub struct Builder {
    rows: Vec<Row>,
    log: Log,
}

impl Builder {
    /// The line at `at` (of `len` bytes, without its newline) holds the entry `id`: what the
    /// list and the filters need of it.
    #[allow(clippy::too_many_arguments)]
    pub fn entry(
        &mut self,
        id: u64,
        created: Timestamp,
        action: Option<ActionState>,
        tags: &[impl AsRef<str>],
        items: &[impl AsRef<str>],
        at: u64,
        len: u32,
    ) {
        let links = self.log.add_links(tags, items);
        self.rows.push(Row {
            id,
            secs: created.as_second(),
            nanos: created.subsec_nanosecond(),
            at: at as u32,
            len,
            links: links.0,
            follow_up: pack_date(action.and_then(|a| a.follow_up)),
            tags: links.1,
            items: links.2,
            status: status_code(action),
        });
    }

    /// The line at `at` deleted the entry `id`.
    pub fn deleted(&mut self, id: u64, at: u64, len: u32) {
        self.rows.push(Row {
            id,
            secs: 0,
            nanos: 0,
            at: at as u32,
            len,
            links: 0,
            follow_up: 0,
            tags: 0,
            items: 0,
            status: DELETED,
        });
    }

    /// The log, read from `source` (`size` bytes, of which `overhead` are not entries: the
    /// first line, empty lines).
    pub fn finish(self, source: Arc<dyn Source>, size: u64, overhead: u64) -> Log {
        let Builder { mut rows, mut log } = self;
        // The last line of each id counts.
        rows.sort_unstable_by_key(|r| (r.id, r.at));
        let mut kept = 0;
        for n in 0..rows.len() {
            if kept > 0 && rows[kept - 1].id == rows[n].id {
                rows[kept - 1] = rows[n];
            } else {
                rows[kept] = rows[n];
                kept += 1;
            }
        }
        rows.truncate(kept);
        rows.retain(|r| r.status != DELETED);
        let live: u64 = rows.iter().map(|r| u64::from(r.len) + 1).sum();
        rows.sort_unstable_by_key(Row::key);
        rows.shrink_to_fit();
        log.pool.shrink_to_fit();
        log.rows = rows;
        log.file = Some(FileInfo {
            source,
            size,
            garbage: size.saturating_sub(overhead).saturating_sub(live),
        });
        log.journal = Journal::new();
        log
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: u64, secs: i64, title: &str) -> Entry {
        Entry {
            id,
            created: Timestamp::from_second(secs).unwrap(),
            updated: None,
            title: title.into(),
            text: format!("tekst van {title}\nen meer"),
            tags: vec!["lezen".into()],
            items: vec!["sleutel-4".into()],
            action: None,
        }
    }

    #[test]
    fn a_row_is_forty_bytes() {
        assert_eq!(std::mem::size_of::<Row>(), 40);
    }

    #[test]
    fn dates_pack_and_unpack() {
        for d in [
            Date::new(2026, 11, 23).unwrap(),
            Date::new(-9999, 1, 1).unwrap(),
            Date::new(9999, 12, 31).unwrap(),
            Date::new(0, 2, 29).unwrap(),
        ] {
            assert_eq!(unpack_date(pack_date(Some(d))), Some(d));
        }
        assert_eq!(unpack_date(pack_date(None)), None);
    }

    #[test]
    fn entries_keep_their_order_whatever_order_they_come_in() {
        let mut log = Log::default();
        log.push(entry(3, 300, "c"));
        log.push(entry(1, 100, "a"));
        log.push(entry(2, 200, "b"));
        let ids: Vec<u64> = (0..3).map(|i| log.id(i)).collect();
        assert_eq!(ids, [1, 2, 3]);
        // A change of date moves it.
        let i = log.find(1).unwrap();
        log.update(i, |e| e.created = Timestamp::from_second(400).unwrap());
        let ids: Vec<u64> = (0..3).map(|i| log.id(i)).collect();
        assert_eq!(ids, [2, 3, 1]);
    }

    #[test]
    fn ids_never_collide() {
        let mut log = Log::default();
        let at: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        for _ in 0..3 {
            let id = log.new_id(at);
            let mut e = entry(id, at.as_second(), "x");
            e.created = at;
            log.push(e);
        }
        let mut ids: Vec<u64> = (0..3).map(|i| log.id(i)).collect();
        ids.dedup();
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn every_change_is_noted_for_the_store() {
        let mut log = Log::default();
        let lineage = log.lineage();
        log.push(entry(1, 100, "a"));
        log.push(entry(2, 200, "b"));
        assert_eq!(log.changes(), 2);
        let copy = log.clone();
        log.update(0, |e| e.title = "anders".into());
        log.update(1, |e| e.title = "b".into());
        assert_eq!(
            log.changed_since(2),
            Some(&[1][..]),
            "an unchanged entry is not noted"
        );
        log.remove(1);
        assert_eq!(log.changed_since(2), Some(&[1, 2][..]));
        assert_eq!(log.lineage(), lineage);
        assert_eq!(copy.lineage(), lineage, "a copy is the same log");
        assert_ne!(Log::default().lineage(), lineage);
        for n in 0..JOURNAL_MAX as u64 {
            log.update(0, |e| e.title = format!("keer {n}"));
        }
        assert_eq!(
            log.changed_since(2),
            None,
            "too long ago: the store writes it all"
        );
        assert!(log.changed_since(log.changes() - 1).is_some());
    }

    #[test]
    fn many_tags_and_links_are_kept_all() {
        let mut log = Log::default();
        let mut e = entry(1, 100, "veel");
        e.tags = (0..300).map(|n| format!("t{n}")).collect();
        e.items = vec!["a".into(), "b".into()];
        log.push(e.clone());
        log.push(entry(2, 200, "weinig"));
        assert_eq!(log.tags(0).count(), 300);
        assert_eq!(log.items(0).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(log.tags(1).collect::<Vec<_>>(), ["lezen"]);
        assert!(log.has_tag(0, "T299"));
        assert_eq!(*log.get(0).unwrap(), e);
    }

    #[test]
    fn linked_entries_come_with_their_heading_not_their_text() {
        let mut log = Log::default();
        log.push(entry(1, 100, "a"));
        let mut untitled = entry(2, 200, "");
        untitled.text = "eerste regel\ntweede".into();
        log.push(untitled);
        let linked: Vec<&Entry> = log.linked_to("sleutel-4").collect();
        assert_eq!(linked.len(), 2);
        assert_eq!(linked[0].heading(), "eerste regel", "newest first");
        assert_eq!(linked[1].heading(), "a");
        assert!(linked[1].text.is_empty());
        assert_eq!(log.linked_to("sleutel-5").count(), 0);
        // A change is seen at once.
        log.remove(0);
        assert_eq!(log.linked_to("sleutel-4").count(), 1);
    }

    #[test]
    fn a_filter_compares_words_once_looked_up() {
        let mut log = Log::default();
        log.push(entry(1, 100, "a"));
        let mut other = entry(2, 200, "b");
        other.tags = vec!["Lezen".into()];
        other.items = vec![];
        log.push(other);
        let t = log.tester(Some("LEZEN"), None);
        assert!(t.passes(&log, 0) && t.passes(&log, 1));
        let t = log.tester(None, Some("sleutel-4"));
        assert!(t.passes(&log, 0) && !t.passes(&log, 1));
        let t = log.tester(Some("nergens"), None);
        assert!(!t.passes(&log, 0));
        let t = log.tester(None, Some("nergens"));
        assert!(!t.passes(&log, 0));
    }
}
