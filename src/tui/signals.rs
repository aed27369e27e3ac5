//! The terminal window closed (SIGHUP) or the system asked the program to end (SIGTERM, or a
//! SIGINT sent from outside: in raw mode Ctrl-C arrives as a key). By default any of these
//! ends the program on the spot, losing a note written in the last two seconds. Here the first
//! one raises a flag instead, which the event loop sees within a quarter of a second; it then
//! saves everything and leaves the way it always does. The event loop never waits on the
//! terminal itself (input is read on a thread of its own), so a terminal that has gone cannot
//! hold it up.
//!
//! A second SIGTERM or SIGINT always ends the program at once: should saving hang, the user can
//! still stop it. The terminal's settings from before werkboek started are put back first, with
//! nothing but system calls, which is all a signal handler may do. SIGHUP never does that: a
//! closed window often brings two of them (one from the kernel, one passed on by the shell),
//! and the second must not cut the saving short.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

#[cfg(unix)]
use rustix::fd::OwnedFd;

/// The terminal and its settings before raw mode, for a second signal to restore.
#[cfg(unix)]
static BEFORE: OnceLock<(OwnedFd, rustix::termios::Termios)> = OnceLock::new();

/// Remembers the terminal's settings; call it before raw mode is entered.
#[cfg(unix)]
pub fn remember_terminal() {
    let Ok(tty) = rustix::fs::open(
        "/dev/tty",
        rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    ) else {
        return;
    };
    if let Ok(settings) = rustix::termios::tcgetattr(&tty) {
        let _ = BEFORE.set((tty, settings));
    }
}

#[cfg(not(unix))]
pub fn remember_terminal() {}

/// Puts the terminal back as it was, from inside a signal handler: only system calls.
#[cfg(unix)]
fn restore_from_handler() {
    if let Some((tty, settings)) = BEFORE.get() {
        let _ = rustix::termios::tcsetattr(tty, rustix::termios::OptionalActions::Now, settings);
        // The mouse and bracketed paste off, the main screen back, the cursor shown.
        let _ = rustix::io::write(
            tty,
            b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?2004l\x1b[?1049l\x1b[?25h",
        );
    }
}

/// Starts watching; the flag turns true once one of the signals has come.
#[cfg(unix)]
pub fn watch() -> Arc<AtomicBool> {
    use signal_hook::consts::SIGHUP;
    use signal_hook::low_level;
    // Whether a SIGTERM or SIGINT has come before.
    let asked = Arc::new(AtomicBool::new(false));
    watch_with(
        |signal, flag| {
            let asked = Arc::clone(&asked);
            let action = move || {
                if signal != SIGHUP && asked.swap(true, Ordering::SeqCst) {
                    // Asked a second time: out now.
                    restore_from_handler();
                    low_level::exit(1);
                }
                flag.store(true, Ordering::SeqCst);
            };
            // SAFETY: the action only touches an atomic flag and, on a second signal, makes
            // system calls and exits: all async-signal-safe.
            unsafe { low_level::register(signal, action) }
        },
        low_level::unregister,
    )
}

/// Registers the handler for each signal with `register`. Should one fail, those already
/// registered are taken back with `unregister`, so the signals keep their default meaning
/// (ending the program) rather than being caught by a handler nobody watches.
#[cfg(unix)]
fn watch_with<Id, E>(
    mut register: impl FnMut(std::ffi::c_int, Arc<AtomicBool>) -> Result<Id, E>,
    mut unregister: impl FnMut(Id) -> bool,
) -> Arc<AtomicBool> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    let mut registered = Vec::new();
    for signal in [SIGHUP, SIGTERM, SIGINT] {
        match register(signal, Arc::clone(&stop)) {
            Ok(id) => registered.push(id),
            Err(_) => {
                for id in registered {
                    unregister(id);
                }
                return Arc::new(AtomicBool::new(false));
            }
        }
    }
    stop
}

/// Elsewhere the operating system's own handling stays.
#[cfg(not(unix))]
pub fn watch() -> Arc<AtomicBool> {
    Arc::new(AtomicBool::new(false))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_failed_registration_takes_back_the_earlier_ones() {
        let mut taken_back = Vec::new();
        let mut n = 0;
        let flag = watch_with(
            |signal, _| {
                n += 1;
                if n == 3 { Err(()) } else { Ok(signal) }
            },
            |id| {
                taken_back.push(id);
                true
            },
        );
        use signal_hook::consts::{SIGHUP, SIGTERM};
        assert_eq!(taken_back, [SIGHUP, SIGTERM]);
        assert!(!flag.load(Ordering::SeqCst));
    }

    /// Run as a child of the test below: two hang-ups and the first SIGTERM raise the flag,
    /// the second SIGTERM ends the process with status 1.
    #[test]
    fn child_of_the_second_signal_test() {
        if std::env::var_os("WERKBOEK_SIGNAL_CHILD").is_none() {
            return;
        }
        let stop = watch();
        signal_hook::low_level::raise(signal_hook::consts::SIGHUP).unwrap();
        signal_hook::low_level::raise(signal_hook::consts::SIGHUP).unwrap();
        assert!(stop.load(Ordering::SeqCst));
        println!("hang-ups caught");
        signal_hook::low_level::raise(signal_hook::consts::SIGTERM).unwrap();
        assert!(stop.load(Ordering::SeqCst));
        println!("first signal caught");
        signal_hook::low_level::raise(signal_hook::consts::SIGTERM).unwrap();
        // Not reached: the second signal ended the process.
        std::process::exit(0);
    }

    #[test]
    fn a_second_signal_always_ends_the_program() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "tui::signals::tests::child_of_the_second_signal_test",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("WERKBOEK_SIGNAL_CHILD", "1")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains("hang-ups caught"),
            "two hang-ups never end it: {said}"
        );
        assert!(said.contains("first signal caught"), "{said}");
        assert_eq!(out.status.code(), Some(1), "{said}");
    }
}
