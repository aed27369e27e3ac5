//! The file system, handled with care: the data directory checked and locked, data files read
//! only when they are regular files and only up to a sane size, writes that go through a
//! symbolic link to the file it names, and leftovers of a killed save cleaned up.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The most any data file, export or scan is read up to. A workbook of notes is kilobytes and a
/// log of ten years megabytes; anything above this is not a werkboek file, and reading on would
/// only fill the memory (`/dev/zero` has no end).
pub const READ_LIMIT: u64 = 256 * 1024 * 1024;

/// Prefix and suffix of this program's temporary files: the only names it ever cleans up.
pub const TEMP_PREFIX: &str = ".werkboek-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// What is in a place where a regular file was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}

impl Special {
    /// What stands where a file was expected, in words.
    pub fn describe(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Msg;
        match self {
            Special::Directory => Msg::SpecialDirectory,
            Special::Fifo => Msg::SpecialFifo,
            Special::Device => Msg::SpecialDevice,
            Special::Socket => Msg::SpecialSocket,
            Special::Other => Msg::SpecialOther,
        }
        .get(lang)
    }

    fn of(t: fs::FileType) -> Special {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Special::Fifo;
            }
            if t.is_char_device() || t.is_block_device() {
                return Special::Device;
            }
            if t.is_socket() {
                return Special::Socket;
            }
        }
        if t.is_dir() {
            Special::Directory
        } else {
            Special::Other
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not a regular file ({0:?})")]
    NotRegular(Special),
    #[error("larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Opens `path` for reading if it is a regular file; `None` if there is nothing there. A FIFO
/// or a device is refused without blocking: the file is opened non-blocking and looked at
/// (`fstat`) before anything is read. Symbolic links are followed.
pub fn open_regular(path: &Path) -> Result<Option<File>, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        options.custom_flags(flags.bits() as i32);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let kind = file.metadata()?.file_type();
    if !kind.is_file() {
        return Err(ReadError::NotRegular(Special::of(kind)));
    }
    Ok(Some(file))
}

/// Reads a regular file of at most `limit` bytes; `None` if there is nothing there.
pub fn read_regular(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, ReadError> {
    let Some(file) = open_regular(path)? else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    let mut reader = Limited::new(file, limit);
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| reader.error(e))?;
    Ok(Some(bytes))
}

/// A reader that fails once more than `limit` bytes have come through, so a parser reading
/// from it stops early instead of filling the memory.
pub struct Limited<R> {
    inner: R,
    left: u64,
    limit: u64,
    exceeded: bool,
}

impl<R: Read> Limited<R> {
    pub fn new(inner: R, limit: u64) -> Limited<R> {
        Limited {
            inner,
            left: limit,
            limit,
            exceeded: false,
        }
    }

    /// Whether reading stopped because of the limit.
    pub fn exceeded(&self) -> bool {
        self.exceeded
    }

    /// The error to report for `e`, a failure while reading from this reader.
    pub fn error(&self, e: io::Error) -> ReadError {
        if self.exceeded {
            ReadError::TooLarge { limit: self.limit }
        } else {
            ReadError::Io(e)
        }
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // One byte more than allowed is asked for, to tell "exactly the limit" from "more".
        let room = usize::try_from(self.left.saturating_add(1))
            .unwrap_or(usize::MAX)
            .min(buf.len());
        let n = self.inner.read(&mut buf[..room])?;
        if n as u64 > self.left {
            self.exceeded = true;
            return Err(io::Error::other("the file is larger than werkboek reads"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The file a write to `path` has to replace: `path` itself, or the file a symbolic link there
/// points at (through any number of links). People keep their data in a synced folder through a
/// link; replacing the link with a plain file would quietly cut them off from it.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&p)?;
                p = if to.is_absolute() {
                    to
                } else {
                    p.parent().unwrap_or(Path::new(".")).join(to)
                };
            }
            _ => return Ok(p),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many levels of symbolic links",
    ))
}

/// What is wrong with a data directory before anything is read from it.
#[derive(Debug, thiserror::Error)]
pub enum DirProblem {
    #[error("not a directory")]
    NotADirectory,
    #[error("owned by another user ({uid})")]
    OtherOwner { uid: u32 },
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// A data directory ready for use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prepared {
    /// The directory was open to others (its mode then) and has been made private.
    pub made_private: Option<u32>,
}

/// Makes sure `dir` is a private directory of this user: creates it (0700) if it is not there,
/// refuses a file or another user's directory, and closes one the user left open to others.
pub fn prepare_dir(dir: &Path) -> Result<Prepared, DirProblem> {
    let meta = match fs::metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(dir)?;
            return Ok(Prepared::default());
        }
        Err(e) => return Err(e.into()),
    };
    if !meta.is_dir() {
        return Err(DirProblem::NotADirectory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let me = rustix::process::geteuid().as_raw();
        if meta.uid() != me {
            return Err(DirProblem::OtherOwner { uid: meta.uid() });
        }
        let mode = meta.mode() & 0o7777;
        if mode & 0o077 != 0 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
            return Ok(Prepared {
                made_private: Some(mode),
            });
        }
    }
    Ok(Prepared::default())
}

/// Whether this user may write in `dir` (the directory's own permission bits, as the kernel
/// would check them).
pub fn writable(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_ok()
    }
    #[cfg(not(unix))]
    {
        fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
    }
}

/// One writer per data directory: a lock held on the directory itself, so that it cannot be
/// deleted from under the program the way a lock file can. Before each write the store checks
/// that the path still names the directory that is locked.
#[derive(Debug)]
pub struct DirLock {
    _file: File,
    #[cfg(unix)]
    id: (u64, u64),
}

impl DirLock {
    /// Takes the lock, or `Ok(None)` when another process holds it.
    pub fn try_take(dir: &Path) -> io::Result<Option<DirLock>> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let file = File::open(dir)?;
            let meta = file.metadata()?;
            if !meta.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    "not a directory",
                ));
            }
            match file.try_lock() {
                Ok(()) => Ok(Some(DirLock {
                    _file: file,
                    id: (meta.dev(), meta.ino()),
                })),
                Err(fs::TryLockError::WouldBlock) => Ok(None),
                Err(fs::TryLockError::Error(e)) => Err(e),
            }
        }
        #[cfg(not(unix))]
        {
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(dir.join("werkboek.lock"))?;
            match file.try_lock() {
                Ok(()) => Ok(Some(DirLock { _file: file })),
                Err(fs::TryLockError::WouldBlock) => Ok(None),
                Err(fs::TryLockError::Error(e)) => Err(e),
            }
        }
    }

    /// Takes the lock, waiting up to `wait` for another process to let go of it (a `log add`
    /// run at the same moment holds it for milliseconds).
    pub fn take_waiting(dir: &Path, wait: Duration) -> io::Result<Option<DirLock>> {
        let deadline = Instant::now() + wait;
        loop {
            if let Some(lock) = DirLock::try_take(dir)? {
                return Ok(Some(lock));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether `dir` still names the directory this lock is held on (it was not moved away
    /// and replaced).
    pub fn holds(&self, dir: &Path) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            fs::metadata(dir).is_ok_and(|m| (m.dev(), m.ino()) == self.id)
        }
        #[cfg(not(unix))]
        {
            dir.is_dir()
        }
    }
}

/// `path`, or the first of `name-2.ext`, `name-3.ext`... that is free: for files werkboek writes
/// on its own (an export from the app), which never replace one that is there.
pub fn free_name(path: &Path) -> PathBuf {
    let taken = |p: &Path| fs::symlink_metadata(p).is_ok();
    if !taken(path) {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("export");
    let ext = path.extension().and_then(|s| s.to_str());
    (2..)
        .map(|n| match ext {
            Some(ext) => path.with_file_name(format!("{stem}-{n}.{ext}")),
            None => path.with_file_name(format!("{stem}-{n}")),
        })
        .find(|p| !taken(p))
        .expect("an unbounded range always yields a free name")
}

/// Whether a directory entry is one of this program's temporary files.
fn is_our_temp(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// What a clean-up removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub files: usize,
    pub bytes: u64,
}

/// Removes this program's temporary files from `dir`: copies of personal data left by saves
/// that were killed halfway. Only regular files of this user with this program's own name
/// pattern are touched; call it only while holding the directory's lock.
pub fn clean_temps(dir: &Path) -> Cleaned {
    let mut cleaned = Cleaned::default();
    let Ok(entries) = fs::read_dir(dir) else {
        return cleaned;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_our_temp) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.file_type().is_file() || !owned_by_me(&meta) {
            continue;
        }
        if fs::remove_file(entry.path()).is_ok() {
            cleaned.files += 1;
            cleaned.bytes += meta.len();
        }
    }
    cleaned
}

/// Whether this user owns what `meta` describes.
pub fn owned_by_me(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.uid() == rustix::process::geteuid().as_raw()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_or_device_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("werkboek.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        // Nobody writes to the FIFO: a plain open would block forever.
        assert!(matches!(
            read_regular(&fifo, READ_LIMIT),
            Err(ReadError::NotRegular(Special::Fifo))
        ));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), READ_LIMIT),
            Err(ReadError::NotRegular(Special::Device))
        ));
        assert!(matches!(
            read_regular(dir.path(), READ_LIMIT),
            Err(ReadError::NotRegular(Special::Directory))
        ));
        assert!(
            read_regular(&dir.path().join("none"), READ_LIMIT)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn reading_stops_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, vec![b'x'; 1000]).unwrap();
        assert_eq!(read_regular(&path, 1000).unwrap().unwrap().len(), 1000);
        assert!(matches!(
            read_regular(&path, 999),
            Err(ReadError::TooLarge { limit: 999 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn writes_go_through_links_to_their_target() {
        let dir = tempfile::tempdir().unwrap();
        let synced = dir.path().join("synced");
        fs::create_dir(&synced).unwrap();
        let real = synced.join("werkboek.json");
        let link = dir.path().join("werkboek.json");
        std::os::unix::fs::symlink("synced/werkboek.json", &link).unwrap();
        assert_eq!(
            write_target(&link).unwrap(),
            dir.path().join("synced/werkboek.json")
        );
        assert_eq!(write_target(&real).unwrap(), real);
        let loop_a = dir.path().join("a");
        std::os::unix::fs::symlink("b", &loop_a).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        assert!(write_target(&loop_a).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_is_on_the_directory_and_cannot_be_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let first = DirLock::try_take(dir.path()).unwrap().unwrap();
        assert!(DirLock::try_take(dir.path()).unwrap().is_none());
        // Nothing in the directory to delete that would let a second writer in.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        assert!(first.holds(dir.path()));
        // Moved away and replaced: the lock no longer covers the path.
        let moved = dir.path().with_extension("weg");
        fs::rename(dir.path(), &moved).unwrap();
        fs::create_dir(dir.path()).unwrap();
        assert!(!first.holds(dir.path()));
        drop(first);
        assert!(DirLock::try_take(&moved).unwrap().is_some());
        fs::remove_dir_all(&moved).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn an_open_directory_is_made_private_and_another_users_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("d");
        assert_eq!(prepare_dir(&data).unwrap(), Prepared::default());
        fs::set_permissions(&data, fs::Permissions::from_mode(0o777)).unwrap();
        assert_eq!(prepare_dir(&data).unwrap().made_private, Some(0o777));
        assert_eq!(
            fs::metadata(&data).unwrap().permissions().mode() & 0o777,
            0o700
        );
        assert!(matches!(
            prepare_dir(Path::new("/dev/null")),
            Err(DirProblem::NotADirectory)
        ));
        if rustix::process::geteuid().as_raw() != 0 {
            assert!(matches!(
                prepare_dir(Path::new("/")),
                Err(DirProblem::OtherOwner { uid: 0 })
            ));
        }
    }

    #[test]
    fn only_our_own_temporary_files_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".werkboek-abc.tmp"), "geheim").unwrap();
        fs::write(dir.path().join("werkboek.json"), "{}").unwrap();
        fs::write(dir.path().join(".andere-abc.tmp"), "x").unwrap();
        fs::create_dir(dir.path().join(".werkboek-dir.tmp")).unwrap();
        let cleaned = clean_temps(dir.path());
        assert_eq!(cleaned, Cleaned { files: 1, bytes: 6 });
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".andere-abc.tmp", ".werkboek-dir.tmp", "werkboek.json"]
        );
    }
}
