//! The real binary in a pseudo-terminal, for the end-to-end tests: start it on a pty of a given
//! size, type into it, read what it draws through a terminal emulator (`vt100`), resize it,
//! signal it, hang up on it, and wait for it to end.
//!
//! Every wait is a poll with a deadline: a test never hangs, and returns as soon as what it
//! waits for is there. A child that is still running when its `Pty` is dropped is killed
//! (with its process group), so none outlives its test.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;
use rustix::process::{Pid, Signal};
use rustix::pty::OpenptFlags;
use rustix::termios::Winsize;

/// Keys as a terminal sends them. A lone `ESC` is read as the Esc key only when nothing follows
/// it in the same read: send it on its own (`send_keys` does) and wait for its effect.
pub mod keys {
    pub const ESC: &str = "\x1b";
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const BACKSPACE: &str = "\x7f";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const HOME: &str = "\x1b[H";

    /// Ctrl and a letter, e.g. `ctrl('c')`.
    pub fn ctrl(c: char) -> String {
        char::from((c.to_ascii_lowercase() as u8) & 0x1f).to_string()
    }
}

/// How a program is started on the pty.
#[derive(Clone, Debug)]
pub struct Options {
    pub program: OsString,
    pub args: Vec<OsString>,
    /// Set on top of a minimal environment (`PATH` only): nothing from the test's own
    /// environment (`NO_COLOR`, `LC_ALL`, ...) leaks in unless it is given here.
    pub env: Vec<(OsString, OsString)>,
    pub cols: u16,
    pub rows: u16,
    /// Standard input is `/dev/null` instead of the terminal (`werkboek < /dev/null`). The pty
    /// is still the controlling terminal and standard output and error.
    pub stdin_null: bool,
}

impl Options {
    /// The werkboek binary of this build (for a test), or the one `WERKBOEK_BIN` names (for
    /// the crash harness in `examples/`, which cargo gives no binary path).
    pub fn werkboek<S: AsRef<OsStr>>(args: &[S]) -> Options {
        let program = std::env::var_os("WERKBOEK_BIN")
            .or(option_env!("CARGO_BIN_EXE_werkboek").map(Into::into))
            .expect("the werkboek binary (set WERKBOEK_BIN)");
        Options {
            program,
            args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
            env: Vec::new(),
            cols: 80,
            rows: 24,
            stdin_null: false,
        }
    }

    pub fn env(mut self, name: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Options {
        self.env
            .push((name.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Options {
        self.cols = cols;
        self.rows = rows;
        self
    }

    pub fn stdin_null(mut self) -> Options {
        self.stdin_null = true;
        self
    }

    pub fn spawn(self) -> Pty {
        Pty::start(self)
    }
}

/// What the reading thread has read so far.
#[derive(Default)]
struct Output {
    bytes: Vec<u8>,
    /// The reading thread has stopped: the terminal's other side was closed (every program on
    /// it has ended) or the test hung up.
    done: bool,
}

#[derive(Default)]
struct Shared {
    output: Mutex<Output>,
    more: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Output> {
        // A test that panicked while holding the lock leaves good data behind.
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// What the terminal shows: a copy of the emulator's screen (all of `vt100::Screen` through
/// `Deref`). Its `Debug` is the screen's text with row numbers, so a failed `expect` shows what
/// was on the screen.
#[derive(Clone)]
pub struct Screen(Box<vt100::Screen>);

impl std::ops::Deref for Screen {
    type Target = vt100::Screen;

    fn deref(&self) -> &vt100::Screen {
        &self.0
    }
}

impl Screen {
    /// One row's text, trailing blanks included (up to the width).
    pub fn row(&self, row: u16) -> String {
        let (_, cols) = self.0.size();
        self.0.contents_between(row, 0, row, cols.get())
    }

    pub fn height(&self) -> u16 {
        self.0.size().0.get()
    }

    pub fn width(&self) -> u16 {
        self.0.size().1.get()
    }

    pub fn contains(&self, text: &str) -> bool {
        self.contents().contains(text)
    }
}

impl fmt::Debug for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "screen {}x{}:", self.width(), self.height())?;
        for r in 0..self.height() {
            writeln!(f, "{r:>3}|{}", self.row(r).trim_end())?;
        }
        Ok(())
    }
}

/// A program running on a pseudo-terminal.
pub struct Pty {
    child: Child,
    /// Set once the child has been reaped; after that its pid is never signalled again.
    status: Option<ExitStatus>,
    /// The terminal's master side; `None` once the test has hung up.
    master: Option<Arc<OwnedFd>>,
    shared: Arc<Shared>,
    stop_reading: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    parser: vt100::Parser,
    /// How much of the output the parser has seen.
    parsed: usize,
}

/// How often a wait looks again (the reading thread also wakes it when output arrives).
const POLL: Duration = Duration::from_millis(20);

impl Pty {
    /// The werkboek binary with `args` and `env` on a `cols`×`rows` terminal.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let mut options = Options::werkboek(args).size(cols, rows);
        for (name, value) in env {
            options = options.env(name, value);
        }
        options.spawn()
    }

    fn start(options: Options) -> Pty {
        // CLOEXEC everywhere: tests run in parallel threads, and a child of another test must
        // not keep this terminal open (closing the master would then not hang up).
        let master =
            rustix::pty::openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)
                .expect("open a pseudo-terminal");
        rustix::pty::grantpt(&master).expect("grantpt");
        rustix::pty::unlockpt(&master).expect("unlockpt");
        rustix::termios::tcsetwinsize(&master, winsize(options.cols, options.rows))
            .expect("set the terminal's size");
        let name = rustix::pty::ptsname(&master, Vec::new()).expect("ptsname");
        let child = {
            let slave = rustix::fs::open(
                name.as_c_str(),
                OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .expect("open the terminal's slave side");
            let clone = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup the slave side"));
            let mut command = Command::new(&options.program);
            command
                .args(&options.args)
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .envs(options.env.iter().map(|(k, v)| (k, v)))
                .stdin(if options.stdin_null {
                    Stdio::null()
                } else {
                    clone(&slave)
                })
                .stdout(clone(&slave))
                .stderr(clone(&slave));
            // SAFETY: runs in the child between fork and exec, after the standard streams are
            // in place; it only makes system calls (setsid, ioctl), which are async-signal-safe.
            unsafe {
                command.pre_exec(|| {
                    rustix::process::setsid()?;
                    // Standard output is the terminal even when standard input is not.
                    rustix::process::ioctl_tiocsctty(BorrowedFd::borrow_raw(1))?;
                    Ok(())
                });
            }
            command.spawn().expect("start the program")
            // `command` and `slave` are dropped here: from now on only the child has the
            // slave side open, so reading the master ends (EIO) once the child has ended.
        };

        let master = Arc::new(master);
        let shared = Arc::new(Shared::default());
        let stop_reading = Arc::new(AtomicBool::new(false));
        let reader = {
            let master = Arc::clone(&master);
            let shared = Arc::clone(&shared);
            let stop = Arc::clone(&stop_reading);
            std::thread::Builder::new()
                .name("pty-reader".into())
                .spawn(move || read_master(&master, &shared, &stop))
                .expect("start the reading thread")
        };
        Pty {
            child,
            status: None,
            master: Some(master),
            shared,
            stop_reading,
            reader: Some(reader),
            parser: vt100::Parser::new(nonzero(options.rows), nonzero(options.cols), 0),
            parsed: 0,
        }
    }

    pub fn pid(&self) -> Pid {
        Pid::from_child(&self.child)
    }

    fn master(&self) -> &OwnedFd {
        self.master
            .as_deref()
            .expect("the terminal is still open (hang_up closes it)")
    }

    /// Types `text`, in one write. Keep it short: a program that does not read would leave a
    /// long text waiting in the terminal's input buffer (4 KiB), and this write with it.
    pub fn send(&self, text: &str) {
        let mut bytes = text.as_bytes();
        while !bytes.is_empty() {
            match rustix::io::write(self.master(), bytes) {
                Ok(n) => bytes = &bytes[n..],
                Err(Errno::INTR) | Err(Errno::AGAIN) => {}
                Err(e) => panic!("writing to the terminal: {e}"),
            }
        }
    }

    /// Types each key in its own write. After a lone Esc it leaves a moment, so the program
    /// reads it as Esc and not as Alt with the next key; this keeps keys apart, it is not a
    /// way to wait for their effect (use `wait_for`).
    pub fn send_keys(&self, keys: &[&str]) {
        for key in keys {
            self.send(key);
            if *key == keys::ESC {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    /// Brings the emulator up to date with the output read so far.
    fn parse(&mut self) {
        let output = self.shared.lock();
        if self.parsed < output.bytes.len() {
            self.parser.process(&output.bytes[self.parsed..]);
            self.parsed = output.bytes.len();
        }
    }

    /// What the terminal shows now.
    pub fn screen(&mut self) -> Screen {
        self.parse();
        Screen(Box::new(self.parser.screen().clone()))
    }

    /// Waits until the screen contains `text`: `Ok` with that screen, or `Err` with the last
    /// screen when `timeout` has passed.
    pub fn wait_for(&mut self, text: &str, timeout: Duration) -> Result<Screen, Screen> {
        self.wait_until(timeout, |s| s.contains(text))
    }

    /// Waits for a first screen showing `text`; on a first start the welcome comes first, and
    /// is put away with Enter as a new user would.
    pub fn wait_past_welcome(&mut self, text: &str, timeout: Duration) -> Result<Screen, Screen> {
        const WELCOME: &str = "Welkom bij werkboek";
        let deadline = Instant::now() + timeout;
        let first = self.wait_until(timeout, |s| s.contains(WELCOME) || s.contains(text))?;
        if !first.contains(WELCOME) {
            return Ok(first);
        }
        self.send("\r");
        let left = deadline.saturating_duration_since(Instant::now());
        self.wait_until(left, |s| !s.contains(WELCOME) && s.contains(text))
    }

    /// Waits until `done` holds for the screen; as `wait_for`.
    pub fn wait_until(
        &mut self,
        timeout: Duration,
        mut done: impl FnMut(&Screen) -> bool,
    ) -> Result<Screen, Screen> {
        let deadline = Instant::now() + timeout;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return Ok(screen);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(screen);
            }
            // Sleep until more output comes (or a little while), then look again.
            let output = self.shared.lock();
            if output.bytes.len() == self.parsed {
                if output.done {
                    // Nothing more will come: the screen stays as it is.
                    return Err(screen);
                }
                let _ = self
                    .shared
                    .more
                    .wait_timeout(output, POLL.min(deadline - now));
            }
        }
    }

    /// Everything the program has written to the terminal so far.
    pub fn output(&self) -> Vec<u8> {
        self.shared.lock().bytes.clone()
    }

    /// Resizes the terminal as a terminal emulator does: the emulator takes the new size, then
    /// the pty, and the kernel tells the program (SIGWINCH to the terminal's foreground process
    /// group, here the program's).
    ///
    /// No SIGWINCH of its own is sent: that would be a second resize the program handles a
    /// moment later, and a key typed just then can be held back (crossterm 0.29 returns the
    /// resize and drops the terminal's readiness seen in the same wakeup; the key is read only
    /// with the next one). Use `signal(Signal::WINCH)` to test that on purpose.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // What was drawn before is drawn at the old size.
        self.parse();
        self.parser.set_size(nonzero(rows), nonzero(cols));
        rustix::termios::tcsetwinsize(self.master(), winsize(cols, rows))
            .expect("set the terminal's size");
    }

    /// Sends `signal` to the program, unless it has already been reaped.
    pub fn signal(&mut self, signal: Signal) {
        if self.try_status().is_none() {
            // It may end between the look and the kill; it is not reaped yet, so its pid is
            // still its own.
            let _ = rustix::process::kill_process(self.pid(), signal);
        }
    }

    /// Closes the terminal, as when its window is closed: the reading thread stops and the
    /// master side is closed, so the kernel hangs up the terminal (SIGHUP to the program, its
    /// reads end). Output read before is kept.
    pub fn hang_up(&mut self) {
        self.stop_reader();
        self.parse();
        let master = self.master.take();
        if let Some(master) = master {
            assert_eq!(
                Arc::strong_count(&master),
                1,
                "the reading thread has let go of the master side"
            );
            drop(master);
        }
    }

    fn stop_reader(&mut self) {
        self.stop_reading.store(true, Ordering::SeqCst);
        if let Some(reader) = self.reader.take() {
            // It looks at the flag at least every 50 ms.
            let _ = reader.join();
        }
    }

    fn try_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().ok().flatten();
        }
        self.status
    }

    /// Waits up to `timeout` for the program to end, without killing it. Once it has ended,
    /// also waits (briefly) for the last of its output to be read.
    pub fn exited_within(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.try_status() {
                break status;
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(POLL);
        };
        // The reading thread ends when the master reads EIO, which comes after the last byte
        // the program wrote. Nothing else holds the slave side, so this is quick.
        let drained = Instant::now() + Duration::from_secs(5);
        let mut output = self.shared.lock();
        while !output.done && self.reader.is_some() && Instant::now() < drained {
            output = self
                .shared
                .more
                .wait_timeout(output, POLL)
                .map(|(g, _)| g)
                .unwrap_or_else(|e| e.into_inner().0);
        }
        drop(output);
        self.parse();
        Some(status)
    }

    /// Waits up to `timeout` for the program to end, looking every 100 µs, and says how long it
    /// took: for timing how fast a program quits (`examples/compare.rs`). Tests use
    /// `wait_exit`, which looks less often.
    pub fn time_exit(&mut self, timeout: Duration) -> Option<Duration> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if self.try_status().is_some() {
                return Some(start.elapsed());
            }
            std::thread::sleep(Duration::from_micros(100));
        }
        None
    }

    /// Waits up to `timeout` for the program to end; kills it (SIGKILL) when it has not, and
    /// returns `None` then. No test hangs on a program that does not end.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let status = self.exited_within(timeout);
        if status.is_none() {
            self.kill();
        }
        status
    }

    /// Kills the program and its process group (it leads a session of its own) and reaps it.
    pub fn kill(&mut self) {
        if self.try_status().is_none() {
            let pid = self.pid();
            let _ = rustix::process::kill_process_group(pid, Signal::KILL);
            let _ = rustix::process::kill_process(pid, Signal::KILL);
            self.status = self.child.wait().ok();
        }
    }

    /// The terminal's settings as the program left them (raw mode or not).
    pub fn termios(&self) -> rustix::termios::Termios {
        rustix::termios::tcgetattr(self.master()).expect("read the terminal's settings")
    }

    /// The processor time the program has used so far (Linux: from /proc), to tell a program
    /// that is stuck waiting from one that spins.
    pub fn cpu_time(&self) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).ok()?;
        // The fields after the command name, which is in parentheses and may hold spaces.
        let rest = &stat[stat.rfind(')')? + 2..];
        let fields: Vec<&str> = rest.split(' ').collect();
        // utime and stime are fields 14 and 15 of the whole line, 12 and 13 of `rest` (from 1).
        let ticks: u64 =
            fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
        let per_second = rustix::param::clock_ticks_per_second();
        Some(Duration::from_secs_f64(ticks as f64 / per_second as f64))
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.kill();
        self.stop_reader();
    }
}

/// Describes how a program ended, for assertion messages.
pub fn describe(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        _ => format!("{status:?}"),
    }
}

fn read_master(master: &OwnedFd, shared: &Shared, stop: &AtomicBool) {
    let mut buf = [0u8; 16 * 1024];
    let timeout = Timespec {
        tv_sec: 0,
        tv_nsec: 50_000_000,
    };
    while !stop.load(Ordering::SeqCst) {
        let mut fds = [PollFd::new(master, PollFlags::IN)];
        match rustix::event::poll(&mut fds, Some(&timeout)) {
            Ok(0) | Err(Errno::INTR) => continue,
            Ok(_) => {}
            Err(_) => break,
        }
        match rustix::io::read(master.as_fd(), &mut buf) {
            Ok(0) => break,
            Ok(n) => {
                shared.lock().bytes.extend_from_slice(&buf[..n]);
                shared.more.notify_all();
            }
            Err(Errno::INTR) | Err(Errno::AGAIN) => {}
            // EIO: no program has the terminal open any more. Linux hands out what was
            // written before that first.
            Err(_) => break,
        }
    }
    shared.lock().done = true;
    shared.more.notify_all();
}

fn winsize(cols: u16, rows: u16) -> Winsize {
    Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has at least one row and column")
}
