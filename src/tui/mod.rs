//! The terminal: one way in, one way out. The terminal is restored on every exit path, panics
//! included, and the user's work is saved on every exit path too.
//!
//! Everything that can happen arrives on one channel: keys (read on a thread of their own, so a
//! terminal that has gone can never hold the loop), the log read in the background, answers of
//! the search worker, and the store's reports that a save is on disk. The loop waits on that
//! channel, carries out what `update` asks for, and draws when something changed.

use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, SetTitle, enable_raw_mode};

use crate::app::{Action, App, Effect, LogSearch, Setup};
use crate::clock::SystemClock;
use crate::data::Log;
use crate::i18n::{Lang, Msg};
use crate::present::Start;
use crate::store::{self, FileStore, LoadProblem, Unreadable, files};
use crate::theme::Theme;

pub mod external;
mod signals;

/// How long without input before a note being written is saved.
const IDLE: Duration = Duration::from_secs(2);
/// How often the presentation's clock moves on.
const TICK: Duration = Duration::from_secs(1);
/// How often to look whether the terminal was closed or the system asked us to stop.
const WATCH: Duration = Duration::from_millis(250);
/// How long the input thread waits for a key before it looks whether it should pause.
const INPUT_POLL: Duration = Duration::from_millis(50);

fn enter() -> io::Result<DefaultTerminal> {
    signals::remember_terminal();
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

/// Everything the loop waits for.
enum LoopEvent {
    Input(Event),
    InputFailed(io::Error),
    Log(Result<Log, Unreadable>),
    Hits(u64, Vec<u32>),
    /// A writer has a report for the store.
    Store,
}

/// Runs the workbook; with `present`, it opens on a presentation and ends when that is left.
pub fn run(dir: &Path, lang_flag: Option<Lang>, present: Option<Start>) -> ExitCode {
    let locale = Lang::from_locale(|v| std::env::var(v).ok());
    let mut opened = match FileStore::open(dir) {
        Ok(o) => o,
        Err(e) => {
            let lang = Lang::choose(lang_flag, None, locale);
            say!("werkboek: {}", e.describe(lang));
            return ExitCode::FAILURE;
        }
    };
    let (tx, rx) = mpsc::channel();
    let store_tx = tx.clone();
    opened.store.set_waker(move || {
        let _ = store_tx.send(LoopEvent::Store);
    });
    let standalone = present.is_some();
    // The log can be large: it is read in the background while the first screen is drawn. A
    // presentation on its own needs no log, and so never has to tell about one.
    let log_loading = !standalone;
    if log_loading {
        let path = opened.store.log_path();
        let log_tx = tx.clone();
        std::thread::spawn(move || {
            // Should reading stop halfway (a bug), that is a log that could not be read, never
            // an empty one: an empty log would be saved over the real one.
            let loaded =
                panic::catch_unwind(|| store::load_log(&path)).unwrap_or(Err(Unreadable {
                    path,
                    problem: LoadProblem::Stopped,
                }));
            let _ = log_tx.send(LoopEvent::Log(loaded));
        });
    }
    let rescues = if opened.read_only.is_none() && !standalone {
        store::rescue::find(dir)
    } else {
        Vec::new()
    };
    let content = crate::content::embedded();
    let env = |name: &str| std::env::var(name).ok();
    let saved_lang = opened.workbook.as_ref().ok().and_then(|w| w.settings.lang);

    let mut terminal = match enter() {
        Ok(t) => t,
        Err(e) => {
            let lang = Lang::choose(lang_flag, saved_lang, locale);
            say!(
                "werkboek: {}",
                Msg::TerminalUnusable
                    .get(lang)
                    .replace("{why}", &crate::i18n::io_problem(e.kind(), lang))
            );
            return ExitCode::FAILURE;
        }
    };
    let size = terminal.size().unwrap_or_default();
    let setup = Setup {
        workbook: opened.workbook,
        log: None,
        read_only: opened.read_only,
        lang_flag,
        locale_lang: locale,
        theme: Theme::from_env(env("NO_COLOR")),
        size,
        clock: Box::new(SystemClock::new()),
        present,
        dir: dir.to_path_buf(),
        notices: opened.notices,
        rescues,
    };
    let mut app = App::new(content, Box::new(opened.store), setup);

    let stop = signals::watch();
    let input = Input::spawn(tx.clone());
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        event_loop(
            &mut terminal,
            &mut app,
            &rx,
            &tx,
            &input,
            log_loading,
            &stop,
        )
    }));
    input.stop();

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

    let lang = app.lang;
    let code = match outcome {
        Ok(Ok(())) => match app.quit_error.take() {
            None => ExitCode::SUCCESS,
            Some(e) => {
                say!(
                    "werkboek: {}: {}",
                    Msg::SaveFailed.get(lang),
                    e.describe(lang)
                );
                keep_emergency_copy(&app);
                ExitCode::FAILURE
            }
        },
        Ok(Err(e)) => {
            say!(
                "werkboek: {}",
                Msg::TerminalFailed
                    .get(lang)
                    .replace("{why}", &crate::i18n::io_problem(e.kind(), lang))
            );
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
        Err(_) => {
            say!("werkboek: {}", Msg::Crashed.get(lang));
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
    };
    // What a presentation did not show: told now, off the projected screen.
    for p in &app.problems {
        say!(
            "werkboek: {}: {} ({}). {}",
            Msg::LoadProblemTitle.get(lang),
            crate::safe::line(&p.file.path.display().to_string()),
            p.file.problem.describe(lang),
            Msg::LoadProblemSafe.get(lang)
        );
    }
    code
}

/// Whether the input thread runs, is asked to pause, has paused, or should end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InputState {
    Run,
    PauseAsked,
    Paused,
    Stop,
}

/// The thread that reads keys. Reading happens apart from the loop, so a terminal that has
/// gone away (crossterm then keeps reading nothing, crossterm-rs/crossterm#793) never holds up
/// saving and quitting. It pauses while the user's own editor has the terminal.
struct Input {
    state: Arc<(Mutex<InputState>, Condvar)>,
}

impl Input {
    fn spawn(tx: Sender<LoopEvent>) -> Input {
        let state = Arc::new((Mutex::new(InputState::Run), Condvar::new()));
        let shared = Arc::clone(&state);
        let reader_tx = tx.clone();
        let started = std::thread::Builder::new()
            .name("werkboek-input".into())
            .spawn(move || read_input(&shared, &reader_tx));
        if let Err(e) = started {
            // Without a reader the program cannot be used: that is the terminal failing,
            // which saves and ends.
            let _ = tx.send(LoopEvent::InputFailed(e));
        }
        Input { state }
    }

    fn set(&self, to: InputState) {
        let (lock, cv) = &*self.state;
        if let Ok(mut s) = lock.lock() {
            *s = to;
            cv.notify_all();
        }
    }

    /// Stops reading until [`resume`](Self::resume); waits (a moment at most) until the
    /// thread has stopped.
    fn pause(&self) {
        let (lock, cv) = &*self.state;
        let Ok(mut s) = lock.lock() else { return };
        *s = InputState::PauseAsked;
        cv.notify_all();
        let deadline = Instant::now() + Duration::from_secs(1);
        while *s == InputState::PauseAsked {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match cv.wait_timeout(s, left) {
                Ok((guard, _)) => s = guard,
                Err(_) => return,
            }
        }
    }

    fn resume(&self) {
        self.set(InputState::Run);
    }

    fn stop(&self) {
        self.set(InputState::Stop);
    }
}

fn read_input(state: &(Mutex<InputState>, Condvar), tx: &Sender<LoopEvent>) {
    let (lock, cv) = state;
    loop {
        {
            let Ok(mut s) = lock.lock() else { return };
            loop {
                match *s {
                    InputState::Run => break,
                    InputState::Stop => return,
                    InputState::PauseAsked => {
                        *s = InputState::Paused;
                        cv.notify_all();
                    }
                    InputState::Paused => match cv.wait(s) {
                        Ok(guard) => s = guard,
                        Err(_) => return,
                    },
                }
            }
        }
        let got = match event::poll(INPUT_POLL) {
            Ok(false) => continue,
            Ok(true) => event::read().map(LoopEvent::Input),
            Err(e) => Err(e),
        };
        let failed = got.is_err();
        let message = got.unwrap_or_else(LoopEvent::InputFailed);
        if tx.send(message).is_err() || failed {
            return;
        }
    }
}

/// The search worker: takes log searches, always the newest one waiting, and answers with the
/// places that matched. Searching ten thousand entries never holds up a key press.
fn search_worker(answers: Sender<LoopEvent>) -> Sender<LogSearch> {
    let (jobs, inbox) = mpsc::channel::<LogSearch>();
    let _ = std::thread::Builder::new()
        .name("werkboek-search".into())
        .spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                if answers
                    .send(LoopEvent::Hits(job.generation, job.run()))
                    .is_err()
                {
                    break;
                }
            }
        });
    jobs
}

/// The file descriptor the screen is drawn on, if it is a terminal: when it stops being one,
/// the terminal has gone (the window was closed without a signal reaching us).
fn terminal_present() -> bool {
    #[cfg(unix)]
    {
        rustix::termios::tcgetattr(io::stdout()).is_ok()
    }
    #[cfg(not(unix))]
    {
        true
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &Receiver<LoopEvent>,
    tx: &Sender<LoopEvent>,
    input: &Input,
    mut log_loading: bool,
    stop: &AtomicBool,
) -> io::Result<()> {
    let search_jobs = search_worker(tx.clone());
    let had_terminal = terminal_present();
    // Keys that came before the log: held until it is there, rather than acted on by a
    // half-started app (`n` would say the log is not available).
    let mut held: Vec<Event> = Vec::new();
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
        if stop.load(Ordering::SeqCst) {
            app.update(Action::Stop);
            return Ok(());
        }
        for effect in app.take_effects() {
            carry_out(app, effect);
            changed = true;
        }
        if let Some(request) = app.external.take() {
            input.pause();
            let result = external::edit(&request.text, terminal);
            input.resume();
            app.update(Action::ExternalDone(result));
            changed = true;
            continue;
        }
        if let Some(request) = app.search_request.take() {
            let _ = search_jobs.send(request);
        }
        let mut wait = WATCH;
        if !idle_sent {
            wait = wait.min(IDLE.saturating_sub(last_input.elapsed()));
        }
        if app.ticking() {
            wait = wait.min(TICK.saturating_sub(last_tick.elapsed()));
        }
        let first = match rx.recv_timeout(wait) {
            Ok(ev) => Some(ev),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the event channel closed"));
            }
        };
        let Some(first) = first else {
            if had_terminal && !terminal_present() {
                app.update(Action::Stop);
                return Ok(());
            }
            if !idle_sent && last_input.elapsed() >= IDLE {
                app.update(Action::Idle);
                idle_sent = true;
                changed = true;
            } else if app.ticking() && last_tick.elapsed() >= TICK {
                // Any action brings the presentation's clock up to date.
                app.update(Action::Idle);
                last_tick = Instant::now();
                changed = true;
            }
            continue;
        };
        // Take everything that is waiting (a paste, fast typing) before drawing again.
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            match ev {
                LoopEvent::Input(e) if log_loading => held.push(e),
                LoopEvent::Input(e) => {
                    if let Some(action) = app.action_for(&e) {
                        app.update(action);
                        changed = true;
                    }
                    last_input = Instant::now();
                    idle_sent = false;
                }
                LoopEvent::InputFailed(e) => return Err(e),
                LoopEvent::Log(loaded) => {
                    log_loading = false;
                    app.update(Action::LogLoaded(loaded));
                    for e in held.drain(..) {
                        if let Some(action) = app.action_for(&e) {
                            app.update(action);
                        }
                    }
                    changed = true;
                }
                LoopEvent::Hits(generation, hits) => {
                    app.update(Action::LogHits { generation, hits });
                    changed = true;
                }
                LoopEvent::Store => {
                    app.update(Action::StoreNews);
                    changed = true;
                }
            }
            if app.quit || app.external.is_some() {
                break;
            }
        }
    }
}

/// Does what `update` asked for.
fn carry_out(app: &mut App, effect: Effect) {
    match effect {
        Effect::ReadRescue(path) => {
            let result = match files::read_regular(&path, files::READ_LIMIT) {
                Ok(Some(bytes)) => String::from_utf8(bytes)
                    .map_err(|_| LoadProblem::NotText)
                    .and_then(|text| crate::format::portfolio::parse(&text)),
                Ok(None) => Err(LoadProblem::Io(io::ErrorKind::NotFound)),
                Err(e) => Err(e.into()),
            };
            app.update(Action::RescueRead { path, result });
        }
        Effect::RemoveRescue(path) => {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn save_after_failure(app: &mut App) {
    if !app.problems.is_empty() || app.read_only.is_some() {
        return;
    }
    app.update(Action::Stop);
    match app.quit_error.take() {
        None => say!("{}", Msg::WorkSaved.get(app.lang)),
        Some(e) => {
            say!(
                "werkboek: {}: {}",
                Msg::SaveFailed.get(app.lang),
                e.describe(app.lang)
            );
            keep_emergency_copy(app);
        }
    }
}

/// Keeps what is in memory in an emergency copy, which the next start offers to bring back.
fn keep_emergency_copy(app: &App) {
    let lang = app.lang;
    let bytes = crate::format::portfolio::rescue_json(
        &app.workbook,
        app.loaded_log(),
        jiff::Timestamp::now(),
        &app.dir,
    );
    match store::rescue::keep(bytes.as_bytes(), &store::rescue::places(&app.dir)) {
        Ok(path) => say!(
            "{}",
            Msg::RescueKept
                .get(lang)
                .replace("{path}", &crate::safe::line(&path.display().to_string()))
        ),
        Err(errors) => {
            let why: Vec<String> = errors
                .iter()
                .map(|(dir, e)| {
                    format!(
                        "{}: {}",
                        crate::safe::line(&dir.display().to_string()),
                        crate::i18n::io_problem(e.kind(), lang)
                    )
                })
                .collect();
            say!(
                "werkboek: {}",
                Msg::RescueFailed
                    .get(lang)
                    .replace("{why}", &why.join("; "))
            );
            use std::io::Write as _;
            let _ = io::stdout().write_all(bytes.as_bytes());
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
