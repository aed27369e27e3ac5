//! The terminal: one way in, one way out. The terminal is restored on every exit path, panics
//! included, and the user's work is saved on every exit path too.

use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, SetTitle, enable_raw_mode};

use crate::app::{Action, App, LogSearch, Setup};
use crate::clock::SystemClock;
use crate::data::Log;
use crate::i18n::Lang;
use crate::present::Start;
use crate::store::{self, FileStore, LoadProblem, Unreadable};
use crate::theme::Theme;

pub mod external;
mod signals;

/// How long without input before a note being written is saved.
const IDLE: Duration = Duration::from_secs(2);
/// How often to look for the log while it is still being read.
const LOADING: Duration = Duration::from_millis(10);
/// How often the presentation's clock moves on.
const TICK: Duration = Duration::from_secs(1);
/// How often to look whether the terminal was closed or the system asked us to stop.
const WATCH: Duration = Duration::from_millis(250);

fn enter() -> io::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableBracketedPaste, SetTitle("werkboek"));
    Ok(terminal)
}

fn leave() {
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    // Not `ratatui::restore`: it reports failure with `eprintln!`, which panics when the
    // terminal has gone (the window was closed), and so would everything after it.
    let _ = ratatui::try_restore();
}

/// Tells the user something on the way out. The terminal may be gone already (the window was
/// closed); then there is nobody to tell, and that must not stop the saving.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

/// Runs the workbook; with `present`, it opens on a presentation and ends when that is left.
pub fn run(dir: &Path, lang_flag: Option<Lang>, present: Option<Start>) -> ExitCode {
    let opened = FileStore::open(dir);
    // The log can be large: it is read in the background while the first screen is drawn.
    let log = LogLoading::start(opened.store.log_path());
    let content = crate::content::embedded();
    let env = |name: &str| std::env::var(name).ok();

    let mut terminal = match enter() {
        Ok(t) => t,
        Err(e) => {
            say!("werkboek: cannot use this terminal: {e}");
            return ExitCode::FAILURE;
        }
    };
    let size = terminal.size().unwrap_or_default();
    let setup = Setup {
        workbook: opened.workbook,
        log: None,
        read_only: opened.read_only,
        lang_flag,
        locale_lang: Lang::from_locale(env),
        theme: Theme::from_env(env("NO_COLOR")),
        size,
        clock: Box::new(SystemClock::new()),
        present,
    };
    let mut app = App::new(content, Box::new(opened.store), setup);

    let stop = signals::watch();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut app, Some(log), &stop)
    }));

    if terminal.show_cursor().is_err() {
        // The terminal has gone. Dropping `terminal` would try to show the cursor again and
        // report that it could not with `eprintln!`, which panics without a terminal, in the
        // middle of saving. The process ends in a moment and takes the memory with it.
        std::mem::forget(terminal);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    if outcome.is_ok() {
        // After a panic the hook `ratatui::try_init` installed has restored the terminal
        // already; restoring twice would move the cursor back over the panic report.
        let _ = ratatui::try_restore();
    }

    match outcome {
        Ok(Ok(())) => match app.quit_error.take() {
            None => ExitCode::SUCCESS,
            Some(e) => {
                say!("werkboek: saving failed: {e}");
                keep_emergency_copy(&app);
                ExitCode::FAILURE
            }
        },
        Ok(Err(e)) => {
            say!("werkboek: the terminal failed: {e}");
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
        Err(_) => {
            say!("werkboek stopped because of an internal error (a bug). Saving your work.");
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
    }
}

/// The log, being read on its own thread.
struct LogLoading {
    rx: Receiver<Result<Log, Unreadable>>,
    path: PathBuf,
}

impl LogLoading {
    fn start(path: PathBuf) -> LogLoading {
        let (tx, rx) = mpsc::channel();
        let reading = path.clone();
        std::thread::spawn(move || {
            let _ = tx.send(store::load_log(&reading));
        });
        LogLoading { rx, path }
    }

    /// The log once it is read: waiting for it, or only looking. Should the reading thread
    /// have stopped without an answer, that is a log that could not be read, never an empty
    /// one: an empty log would be saved over the real one.
    fn take(&self, wait: bool) -> Option<Result<Log, Unreadable>> {
        let answer = if wait {
            self.rx.recv().map_err(|_| TryRecvError::Disconnected)
        } else {
            self.rx.try_recv()
        };
        match answer {
            Ok(loaded) => Some(loaded),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Unreadable {
                path: self.path.clone(),
                problem: LoadProblem::Io("reading stopped halfway (an internal error)".into()),
            })),
        }
    }
}

/// The search worker: takes log searches, always the newest one waiting, and answers with the
/// places that matched. Searching ten thousand entries never holds up a key press.
fn search_worker() -> (Sender<LogSearch>, Receiver<(u64, Vec<u32>)>) {
    let (jobs, inbox) = mpsc::channel::<LogSearch>();
    let (answers, results) = mpsc::channel();
    std::thread::Builder::new()
        .name("werkboek-search".into())
        .spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                if answers.send((job.generation, job.run())).is_err() {
                    break;
                }
            }
        })
        .expect("the search thread starts");
    (jobs, results)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    mut log: Option<LogLoading>,
    stop: &AtomicBool,
) -> io::Result<()> {
    let (search_jobs, search_results) = search_worker();
    // The newest search handed to the worker and not yet answered.
    let mut awaiting: Option<u64> = None;
    // The screen is drawn again only when something has changed.
    let mut changed = true;
    let mut last_input = Instant::now();
    let mut idle_sent = false;
    let mut last_tick = Instant::now();
    loop {
        if changed {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            changed = false;
        }
        if app.quit {
            return Ok(());
        }
        if stop.load(Ordering::Relaxed) {
            app.update(Action::Stop);
            return Ok(());
        }
        if let Some(request) = app.external.take() {
            let result = external::edit(&request.text, terminal);
            app.update(Action::ExternalDone(result));
            changed = true;
            continue;
        }
        if let Some(request) = app.search_request.take() {
            let generation = request.generation;
            if search_jobs.send(request).is_ok() {
                awaiting = Some(generation);
            }
        }
        let wait = if log.is_some() || awaiting.is_some() {
            LOADING
        } else {
            WATCH
        };
        if event::poll(wait)? {
            // Input comes before the log: wait for it rather than act on a half-started app.
            if let Some(loaded) = log.take().and_then(|l| l.take(true)) {
                app.update(Action::LogLoaded(loaded));
                changed = true;
            }
            // Take everything that is waiting (a paste, fast typing) before drawing again.
            loop {
                let ev = event::read()?;
                if let Some(action) = app.action_for(&ev) {
                    app.update(action);
                    changed = true;
                }
                if app.quit || app.external.is_some() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            last_input = Instant::now();
            idle_sent = false;
        } else if let Some(loading) = &log {
            if let Some(loaded) = loading.take(false) {
                app.update(Action::LogLoaded(loaded));
                log = None;
                changed = true;
            }
        } else if !idle_sent && last_input.elapsed() >= IDLE {
            app.update(Action::Idle);
            idle_sent = true;
            changed = true;
        } else if app.ticking() && last_tick.elapsed() >= TICK {
            // Any action brings the presentation's clock up to date.
            app.update(Action::Idle);
            last_tick = Instant::now();
            changed = true;
        }
        for (generation, hits) in search_results.try_iter() {
            if awaiting == Some(generation) {
                awaiting = None;
            }
            app.update(Action::LogHits { generation, hits });
            changed = true;
        }
    }
}

fn save_after_failure(app: &mut App) {
    if !app.problems.is_empty() || app.read_only.is_some() {
        return;
    }
    app.update(Action::Stop);
    match app.quit_error.take() {
        None => say!("Your work is saved."),
        Some(e) => {
            say!("werkboek: saving failed: {e}");
            keep_emergency_copy(app);
        }
    }
}

fn keep_emergency_copy(app: &App) {
    let pid = std::process::id();
    let mut copies = vec![(
        std::env::temp_dir().join(format!("werkboek-noodkopie-{pid}.json")),
        app.workbook_json(),
    )];
    if let Some(log) = app.log_json() {
        copies.push((
            std::env::temp_dir().join(format!("logboek-noodkopie-{pid}.json")),
            log,
        ));
    }
    for (path, bytes) in copies {
        match store::write_atomic(&path, &bytes) {
            Ok(()) => say!(
                "A copy of your data is kept in {}; put it back into your data folder \
                 (werkboek path) when the problem is solved.",
                path.display()
            ),
            Err(e) => {
                say!("werkboek: could not write an emergency copy either ({e}); here it is:");
                use std::io::Write as _;
                let _ = io::stdout().write_all(&bytes);
            }
        }
    }
}

/// Leaves the terminal for another program and comes back.
/// The same terminal is taken up again: entering anew would add a panic hook each time.
pub(crate) fn suspend<T>(terminal: &mut DefaultTerminal, f: impl FnOnce() -> T) -> io::Result<T> {
    leave();
    let result = f();
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    terminal.clear()?;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_that_stopped_without_an_answer_is_an_unreadable_log_not_an_empty_one() {
        let (tx, rx) = mpsc::channel();
        let loading = LogLoading {
            rx,
            path: PathBuf::from("logboek.json"),
        };
        assert!(loading.take(false).is_none(), "still reading");
        drop(tx);
        for wait in [false, true] {
            let Some(Err(e)) = loading.take(wait) else {
                panic!("an error, not a log");
            };
            assert_eq!(e.path, PathBuf::from("logboek.json"));
        }
    }
}
