//! The terminal window closed (SIGHUP) or the system asked the program to end (SIGTERM, or a
//! SIGINT sent from outside: in raw mode Ctrl-C arrives as a key). By default any of these
//! ends the program on the spot, losing a note written in the last two seconds. Here they
//! raise a flag instead, which the event loop sees within a quarter of a second; it then saves
//! everything and leaves the way it always does.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Starts watching; the flag turns true once one of the signals has come.
#[cfg(unix)]
pub fn watch() -> Arc<AtomicBool> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    let stop = Arc::new(AtomicBool::new(false));
    // Should any of this fail, the signals keep their default meaning: nothing is lost that
    // would not have been lost before.
    let Ok(mut signals) = Signals::new([SIGHUP, SIGTERM, SIGINT]) else {
        return stop;
    };
    let Ok((empty, keep_open)) = std::io::pipe() else {
        return stop;
    };
    if rustix::io::ioctl_fionbio(&empty, true).is_err() {
        return stop;
    }
    let flag = Arc::clone(&stop);
    let started = std::thread::Builder::new()
        .name("werkboek-signals".into())
        .spawn(move || {
            // Moved in here, the pipe's writing end stays open as long as the program runs, so
            // the pipe never reads as finished.
            let _keep_open = keep_open;
            for signal in signals.forever() {
                flag.store(true, Ordering::SeqCst);
                if signal == SIGHUP {
                    // crossterm 0.29 cannot stop reading a terminal that has gone: each read
                    // ends at once with nothing and it tries again, forever, inside
                    // `event::poll` (crossterm-rs/crossterm#793). An empty pipe in stdin's
                    // place answers "nothing yet" instead, so the event loop gets its turn.
                    let _ = rustix::stdio::dup2_stdin(&empty);
                }
            }
        });
    if started.is_err() {
        return Arc::new(AtomicBool::new(false));
    }
    stop
}

/// Elsewhere the operating system's own handling stays.
#[cfg(not(unix))]
pub fn watch() -> Arc<AtomicBool> {
    Arc::new(AtomicBool::new(false))
}
