//! End to end: the real binary in a pseudo-terminal, read through a terminal emulator. These
//! check what only a terminal shows: the first draw, typing, resizing, the terminal put back
//! at the end, and what happens when the terminal is closed or the program is asked to stop.
//!
//! Each test has a data directory and a config directory of its own. Every wait is a poll with
//! a generous deadline (the machine may be busy) that returns as soon as its condition holds.
#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pty::{Options, Pty, describe, keys};
use rustix::process::Signal;
use rustix::termios::LocalModes;
use tempfile::TempDir;

/// For something to appear on the screen.
const WAIT: Duration = Duration::from_secs(20);
/// For the program to end once it has been asked to.
const EXIT: Duration = Duration::from_secs(15);
/// For the program to end after its terminal was closed: issue 8 asks for 5 s.
const HANG_UP_EXIT: Duration = Duration::from_secs(5);

/// The title of the list on the first tab: there once the first screen is drawn.
const FIRST_SCREEN: &str = "De zeven sleutels";
/// The keys in the footer of the first tab (when no message takes its place).
const FOOTER: &str = "q stoppen";
/// The note editor's frame.
const EDITOR: &str = "✎ Notitie ·";

/// A fresh data directory and config directory, and werkboek started on them.
struct Fixture {
    tmp: TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture {
            tmp: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    fn data_dir(&self) -> PathBuf {
        self.tmp.path().join("data")
    }

    fn options(&self, cols: u16, rows: u16) -> Options {
        self.options_with(&[], cols, rows)
    }

    /// As `options`, with more arguments.
    fn options_with(&self, more: &[&str], cols: u16, rows: u16) -> Options {
        let home = self.tmp.path();
        let dir = self.data_dir();
        let mut args = vec![OsStr::new("--data-dir"), dir.as_os_str()];
        args.extend(more.iter().map(OsStr::new));
        Options::werkboek(&args)
            .size(cols, rows)
            .env("LANG", "C")
            .env("TERM", "xterm-256color")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
    }

    /// werkboek at 80x24, its first screen drawn.
    fn start(&self) -> Pty {
        started(self.options(80, 24).spawn())
    }

    fn workbook_file(&self) -> PathBuf {
        self.data_dir().join("werkboek.json")
    }

    /// The note on the first key as saved, if any.
    fn saved_note(&self) -> Option<String> {
        saved_note(&self.workbook_file())
    }

    /// Waits until the note on the first key is saved as `text`. A running program writes on
    /// a thread of its own, a moment after it says "saved".
    fn wait_for_saved_note(&self, text: &str) {
        let deadline = Instant::now() + WAIT;
        while self.saved_note().as_deref() != Some(text) {
            assert!(
                Instant::now() < deadline,
                "the note is not saved within {WAIT:?}: {:?}",
                self.saved_note()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn saved_note(file: &Path) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON ({e}):\n{text}", file.display()));
    json["items"]["sleutel-1"]["note"]
        .as_str()
        .map(str::to_owned)
}

/// Waits for the first screen.
fn started(mut t: Pty) -> Pty {
    t.wait_past_welcome(FIRST_SCREEN, WAIT)
        .expect("the first screen is drawn");
    t
}

/// Opens the note on the first key and types `text` into it, until it shows.
fn write_note(t: &mut Pty, text: &str) {
    // The first key, wherever the program opened: its section, the top of the list (the
    // introduction), one down.
    t.send("1");
    t.send_keys(&[keys::HOME, keys::DOWN]);
    t.send("e");
    t.wait_for(EDITOR, WAIT).expect("e opens the note editor");
    t.send(text);
    t.wait_for(text, WAIT)
        .expect("the typed text shows in the editor");
}

/// Presses q and waits for the program to end in order.
fn quit(t: &mut Pty) {
    t.send("q");
    match t.wait_exit(EXIT) {
        Some(status) => assert!(status.success(), "q ends with {}", describe(status)),
        None => panic!(
            "q does not end the program within {EXIT:?}: {:?}the output ends: {}",
            t.screen(),
            tail(&t.output())
        ),
    }
}

/// Where `needle` last occurs in `haystack`.
fn last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Whether the output last set the private mode `mode` (`CSI ? mode h`) or reset it (`l`);
/// `None` when it never touched it.
fn last_set(output: &[u8], mode: &str) -> Option<bool> {
    let set = last(output, format!("\x1b[?{mode}h").as_bytes());
    let reset = last(output, format!("\x1b[?{mode}l").as_bytes());
    match (set, reset) {
        (None, None) => None,
        (set, reset) => Some(set > reset),
    }
}

/// Whether the program has left the alternate screen at the end.
fn left_alternate_screen(output: &[u8]) -> bool {
    last_set(output, "1049") == Some(false)
}

fn tail(output: &[u8]) -> String {
    let from = output.len().saturating_sub(200);
    format!("{:?}", String::from_utf8_lossy(&output[from..]))
}

#[test]
fn starts_draws_and_quits_putting_the_terminal_back() {
    let f = Fixture::new();
    let mut t = f.start();
    let screen = t
        .wait_for("Inleiding", WAIT)
        .expect("the first section's introduction is shown");
    let tabs = screen.row(0);
    assert!(
        tabs.contains("1 Sleutels") && tabs.contains("2 Eigenaarschap"),
        "the tab bar is on the first row: {screen:?}"
    );
    assert!(
        screen.alternate_screen(),
        "it draws on the alternate screen"
    );
    assert!(
        !t.termios().local_modes.contains(LocalModes::ICANON),
        "the terminal is in raw mode while it runs"
    );

    assert_eq!(
        last_set(&t.output(), "1000"),
        Some(true),
        "it takes the mouse"
    );

    quit(&mut t);

    let output = t.output();
    // 1049: the alternate screen; 25: the cursor shown; 2004: bracketed paste; 1000 and 1006:
    // the mouse.
    for (mode, at_end, what) in [
        ("1049", false, "leaves the alternate screen"),
        ("25", true, "shows the cursor"),
        ("2004", false, "turns bracketed paste off"),
        ("1000", false, "gives the mouse back"),
        ("1006", false, "gives the mouse back"),
    ] {
        assert_eq!(
            last_set(&output, mode),
            Some(at_end),
            "at the end the program {what} (CSI ?{mode}h/l); the output ends: {}",
            tail(&output)
        );
    }
    let screen = t.screen();
    assert!(!screen.alternate_screen(), "back on the main screen");
    assert!(!screen.hide_cursor(), "the cursor is shown");
    assert!(!screen.bracketed_paste(), "bracketed paste is off");
    let modes = t.termios().local_modes;
    assert!(
        modes.contains(LocalModes::ICANON | LocalModes::ECHO),
        "the terminal is out of raw mode again: {modes:?}"
    );
}

#[test]
fn a_note_typed_and_closed_is_in_the_data_file_after_quitting() {
    let f = Fixture::new();
    let mut t = f.start();
    let text = "e2e notitie bewaren 41";
    write_note(&mut t, text);
    t.send(keys::ESC);
    t.wait_until(WAIT, |s| {
        s.contains("Notitie bewaard") && !s.contains(EDITOR)
    })
    .expect("Esc saves and closes the note");
    quit(&mut t);
    assert_eq!(f.saved_note().as_deref(), Some(text));
}

#[test]
fn resizing_redraws_at_the_new_size() {
    let f = Fixture::new();
    let mut t = f.start();
    let small = t.screen();
    assert!(
        !small.row(0).contains("6 Kenniskaart"),
        "at 80 columns the tab bar takes two rows: {small:?}"
    );

    t.resize(120, 40);
    // At 120 columns the first row holds six tabs, and the footer moves to the 40th row.
    let big = t
        .wait_until(WAIT, |s| {
            s.row(0).contains("6 Kenniskaart") && s.row(39).contains(FOOTER)
        })
        .expect("the screen is drawn again at 120x40");
    assert!(
        big.contains("Ga na welke leerprocessen nodig zijn"),
        "the list has room for whole titles now: {big:?}"
    );

    // And back: the footer is on the 24th row again.
    t.resize(80, 24);
    t.wait_until(WAIT, |s| {
        s.row(23).contains(FOOTER) && !s.row(0).contains("6 Kenniskaart")
    })
    .expect("the screen is drawn again at 80x24");

    // Ended with SIGTERM, not q. A key that arrives in the same wakeup as a resize is held
    // back until the next key (crossterm 0.29's event source returns the resize and drops the
    // terminal's readiness seen with it), and the screen cannot tell whether the program has
    // taken the resize yet: q would be lost about once in a few hundred runs on a busy machine.
    // Keys after a resize are not what this test is about.
    t.signal(Signal::TERM);
    let status = t.wait_exit(EXIT).expect("SIGTERM ends the program");
    assert!(status.success(), "SIGTERM ends with {}", describe(status));
}

/// A stop signal while a note is being written (not closed with Esc): the note is saved and
/// the program ends.
fn signal_while_writing_saves_the_note(signal: Signal, text: &str) {
    let f = Fixture::new();
    let mut t = f.start();
    write_note(&mut t, text);
    t.signal(signal);
    let status = t
        .wait_exit(EXIT)
        .unwrap_or_else(|| panic!("{signal:?} ends the program within {EXIT:?}"));
    assert!(
        status.success(),
        "{signal:?} ends the program in order, not with {}",
        describe(status)
    );
    assert_eq!(
        f.saved_note().as_deref(),
        Some(text),
        "the note being written when {signal:?} came is saved"
    );
    assert!(
        left_alternate_screen(&t.output()),
        "the terminal is put back; the output ends: {}",
        tail(&t.output())
    );
}

#[test]
fn sighup_while_writing_a_note_saves_it_and_ends() {
    signal_while_writing_saves_the_note(Signal::HUP, "e2e notitie sighup 17");
}

#[test]
fn sigterm_while_writing_a_note_saves_it_and_ends() {
    signal_while_writing_saves_the_note(Signal::TERM, "e2e notitie sigterm 23");
}

/// Closes the terminal as a window manager does: the master side is closed (the kernel hangs up
/// and sends SIGHUP), and SIGHUP is sent once more, as some terminal emulators do.
fn close_terminal(t: &mut Pty) {
    t.hang_up();
    t.signal(Signal::HUP);
}

/// Says why a program that should have ended has not, and ends it.
fn still_running(t: &mut Pty, what: &str, waited: Duration) -> String {
    let before = t.cpu_time();
    std::thread::sleep(Duration::from_secs(1));
    let after = t.cpu_time();
    t.kill();
    match (before, after) {
        (Some(b), Some(a)) => format!(
            "{what}: still running after {waited:?}, using {:.0}% of a processor",
            (a - b).as_secs_f64() * 100.0
        ),
        _ => format!("{what}: still running after {waited:?}"),
    }
}

#[test]
fn closing_the_terminal_while_writing_a_note_saves_it_and_ends() {
    let f = Fixture::new();
    let mut t = f.start();
    let text = "e2e notitie venster dicht 31";
    write_note(&mut t, text);
    close_terminal(&mut t);
    if t.exited_within(HANG_UP_EXIT).is_none() {
        panic!(
            "{}",
            still_running(&mut t, "closing the terminal", HANG_UP_EXIT)
        );
    }
    // The exit status may tell that the terminal failed: it has gone. The note counts.
    assert_eq!(f.saved_note().as_deref(), Some(text));
}

#[test]
fn closing_the_terminal_with_stdin_elsewhere_saves_the_note_and_ends() {
    // `werkboek < /dev/null`: crossterm reads /dev/tty itself, which the signal handler's
    // swap of standard input does not reach.
    let f = Fixture::new();
    let mut t = started(f.options(80, 24).stdin_null().spawn());
    let text = "e2e notitie stdin elders 59";
    write_note(&mut t, text);
    close_terminal(&mut t);
    if t.exited_within(HANG_UP_EXIT).is_none() {
        let why = still_running(
            &mut t,
            "closing the terminal with stdin not the terminal",
            HANG_UP_EXIT,
        );
        panic!("{why}; the note saved: {:?}", f.saved_note());
    }
    assert_eq!(f.saved_note().as_deref(), Some(text));
}

#[test]
fn a_second_sigterm_always_ends_the_program() {
    // The one state known to keep the program from ending on the first signal: its terminal
    // closed while it reads /dev/tty (see the test above).
    let f = Fixture::new();
    let mut t = started(f.options(80, 24).stdin_null().spawn());
    write_note(&mut t, "e2e notitie tweede sigterm 67");
    close_terminal(&mut t);
    t.signal(Signal::TERM);
    if t.exited_within(Duration::from_secs(1)).is_none() {
        t.signal(Signal::TERM);
        if t.exited_within(HANG_UP_EXIT).is_none() {
            panic!(
                "{}",
                still_running(&mut t, "a second SIGTERM", HANG_UP_EXIT)
            );
        }
    }
}

#[test]
fn a_second_instance_is_read_only_and_keeps_the_first_ones_note() {
    let f = Fixture::new();
    let mut first = f.start();
    let text = "e2e notitie eerste venster 73";
    write_note(&mut first, text);
    first.send(keys::ESC);
    first
        .wait_for("Notitie bewaard", WAIT)
        .expect("Esc saves and closes the note");
    f.wait_for_saved_note(text);
    let before = std::fs::read(f.workbook_file()).expect("the workbook is written");

    let mut second = f.start();
    second
        .wait_for("alleen lezen", WAIT)
        .expect("the second instance says it is read-only");
    second.send_keys(&[keys::DOWN]);
    second.send("e");
    let refused = second
        .wait_for(
            "Alleen lezen: deze wijziging kan hier niet worden bewaard",
            WAIT,
        )
        .expect("the second instance refuses to open a note");
    assert!(!refused.contains(EDITOR), "no editor opens: {refused:?}");
    // A space marks the item as studied: also a change that must not be written.
    second.send(" ");
    quit(&mut second);
    assert_eq!(
        std::fs::read(f.workbook_file()).expect("the workbook is still there"),
        before,
        "the second instance wrote nothing"
    );

    quit(&mut first);
    assert_eq!(f.saved_note().as_deref(), Some(text));
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal_and_is_remembered() {
    let f = Fixture::new();
    let mut t = started(f.options_with(&["--no-mouse"], 80, 24).spawn());
    quit(&mut t);
    let took = |output: &[u8]| last(output, b"\x1b[?1000h").is_some();
    assert!(!took(&t.output()), "the mouse is never taken");
    // The next start, without the option, remembers it.
    let mut again = f.start();
    quit(&mut again);
    assert!(!took(&again.output()), "remembered");
    // --mouse takes it again.
    let mut back = started(f.options_with(&["--mouse"], 80, 24).spawn());
    quit(&mut back);
    assert_eq!(
        last_set(&back.output(), "1000"),
        Some(false),
        "taken, and given back"
    );
}

#[test]
fn a_click_in_a_real_terminal_chooses_a_row() {
    let f = Fixture::new();
    let mut t = f.start();
    let screen = t
        .wait_for("Verleid tot leren", WAIT)
        .expect("the list shows");
    let (row, column) = (0..screen.height())
        .find_map(|r| screen.row(r).find("Verleid tot leren").map(|c| (r, c)))
        .expect("the row is on the screen");
    let column = screen.row(row)[..column].chars().count();
    // SGR mouse: press and release of the left button, 1-based.
    t.send(&format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        column + 1,
        row + 1,
        column + 1,
        row + 1
    ));
    t.wait_for("Sleutel 5", WAIT)
        .expect("the clicked key is shown in the text pane");
    quit(&mut t);
}
