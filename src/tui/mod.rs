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
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, SetTitle, enable_raw_mode};

use crate::app::{Action, App, Effect, LogSearch};
use crate::clock::SystemClock;
use crate::i18n::{Lang, Msg};
use crate::present::Start;
use crate::store::Store;
use crate::store::{self, FileStore};
use crate::theme::Theme;

pub mod external;
mod input;
pub mod presenting;
mod session;
mod signals;
pub mod testing;

use input::Input;
pub use session::{Opening, Showing, carry_out_stored};

/// How long without input before a note being written is saved.
const IDLE: Duration = Duration::from_secs(2);
/// How often the presentation's clock moves on.
const TICK: Duration = Duration::from_secs(1);
/// How often to look whether the terminal was closed or the system asked us to stop.
const WATCH: Duration = Duration::from_millis(250);
/// How long the input thread waits for a key before it looks whether it should pause.
const INPUT_POLL: Duration = Duration::from_millis(50);

/// Whether the app has the mouse (to take it again after the external editor).
static MOUSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Takes the mouse if the user wants the app to have it. While it has it, the terminal selects
/// text with Shift held (the help says so).
fn take_mouse(wanted: bool) {
    if wanted && execute!(io::stdout(), EnableMouseCapture).is_ok() {
        MOUSE.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

fn enter() -> io::Result<DefaultTerminal> {
    signals::remember_terminal();
    let terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableBracketedPaste, SetTitle("werkboek"));
    Ok(terminal)
}

fn leave() {
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
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
    Log(store::OpenedLog),
    Hits(u64, Vec<u32>),
    /// A writer has a report for the store.
    Store,
    /// A team's folder changed: its scans, read again.
    Scans(Vec<(String, String)>, Vec<crate::present::team::Skipped>),
    /// The projected presentation moved (for the facilitator's screen).
    Projector(crate::present::notes::Sync),
}

/// Runs the workbook; with `present`, it opens on a presentation and ends when that is left.
pub fn run(
    dir: &Path,
    lang_flag: Option<Lang>,
    mouse_flag: Option<bool>,
    present: Option<Start>,
) -> ExitCode {
    let locale = Lang::from_locale(|v| std::env::var(v).ok());
    let (tx, rx) = mpsc::channel();
    let log_tx = tx.clone();
    let standalone = present.is_some();
    let mut opening = match Opening::open(dir, standalone, move |log| {
        let _ = log_tx.send(LoopEvent::Log(log));
    }) {
        Ok(o) => o,
        Err(e) => {
            let lang = Lang::choose(lang_flag, None, locale);
            say!("werkboek: {}", e.describe(lang));
            return ExitCode::FAILURE;
        }
    };
    // The portfolio (`x`) goes where the user looks for documents, not into the hidden data
    // folder.
    opening.store.export_to(store::user_export_folder(dir));
    let log_loading = !standalone;
    let saved_lang = opening.saved_lang();
    let mut terminal = match enter() {
        Ok(t) => t,
        Err(e) => {
            let lang = Lang::choose(lang_flag, saved_lang, locale);
            say!(
                "werkboek: {}",
                Msg::TerminalUnusable
                    .get(lang)
                    .replace("{why}", &crate::i18n::io_error(&e, lang))
            );
            if matches!(present, Some(Start::Slides(_))) {
                // The team view has a form that needs no terminal.
                say!("{}", Msg::TeamNoTerminal.get(lang));
            }
            return ExitCode::FAILURE;
        }
    };
    let (mut app, mut store) = opening.app(Showing {
        lang_flag,
        locale_lang: locale,
        theme: Theme::from_env(std::env::var("NO_COLOR").ok()),
        size: terminal.size().unwrap_or_default(),
        clock: Box::new(SystemClock::new()),
        present,
        mouse_flag,
    });
    take_mouse(app.workbook().settings.mouse != Some(false));
    let store_tx = tx.clone();
    store.set_waker(move || {
        let _ = store_tx.send(LoopEvent::Store);
    });

    if let Some(sources) = app.watched() {
        presenting::watch_team(sources.to_vec(), app.lang(), tx.clone(), LoopEvent::Scans);
    }
    if app.following() {
        follow_projector(dir.to_path_buf(), tx.clone());
    }
    let stop = signals::watch();
    let input = Input::spawn(tx.clone());
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut lp = Loop {
            terminal: &mut terminal,
            store: &mut store,
            input: &input,
            search: search_worker(tx.clone()),
            flushed: None,
        };
        lp.run(&mut app, &rx, log_loading, &stop)
            .map(|()| lp.flushed.take())
    }));
    input.stop();

    if terminal.show_cursor().is_err() {
        // The terminal has gone. Dropping `terminal` would try to show the cursor again and
        // report that it could not with `eprintln!`, which panics without a terminal, in the
        // middle of saving. The process ends in a moment and takes the memory with it.
        std::mem::forget(terminal);
    }
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    if outcome.is_ok() {
        // After a panic the hook `ratatui::try_init` installed has restored the terminal
        // already; restoring twice would move the cursor back over the panic report.
        let _ = ratatui::try_restore();
    }

    let lang = app.lang();
    let code = match outcome {
        Ok(Ok(None | Some(Ok(())))) => ExitCode::SUCCESS,
        Ok(Ok(Some(Err(e)))) => {
            say!(
                "werkboek: {}: {}",
                Msg::SaveFailed.get(lang),
                e.describe(lang)
            );
            keep_emergency_copy(&app);
            ExitCode::FAILURE
        }
        Ok(Err(e)) => {
            say!(
                "werkboek: {}",
                Msg::TerminalFailed
                    .get(lang)
                    .replace("{why}", &crate::i18n::io_error(&e, lang))
            );
            save_after_failure(&mut app, &mut store);
            ExitCode::FAILURE
        }
        Err(_) => {
            say!("werkboek: {}", Msg::Crashed.get(lang));
            save_after_failure(&mut app, &mut store);
            ExitCode::FAILURE
        }
    };
    // What a presentation did not show: told now, off the projected screen.
    for p in app.problems() {
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

/// Reads where the projected presentation is, whenever its file changes, for the
/// facilitator's screen. Ends when nobody listens any more.
fn follow_projector(dir: std::path::PathBuf, answers: Sender<LoopEvent>) {
    let _ = std::thread::Builder::new()
        .name("werkboek-follow".into())
        .spawn(move || {
            let mut seen = None;
            loop {
                if let Some((modified, sync)) = presenting::read_projector(&dir)
                    && seen != Some(modified)
                {
                    seen = Some(modified);
                    if answers.send(LoopEvent::Projector(sync)).is_err() {
                        break;
                    }
                }
                std::thread::sleep(Duration::from_millis(300));
            }
        });
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

/// What the loop works with: the terminal, the store, the reader of keys, the search worker.
struct Loop<'a> {
    terminal: &'a mut DefaultTerminal,
    store: &'a mut FileStore,
    input: &'a Input,
    search: Sender<LogSearch>,
    /// How waiting for the disk went when the app asked to end.
    flushed: Option<Result<(), store::StoreError>>,
}

impl Loop<'_> {
    fn run(
        &mut self,
        app: &mut App,
        rx: &Receiver<LoopEvent>,
        mut log_loading: bool,
        stop: &AtomicBool,
    ) -> io::Result<()> {
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
            self.carry_out(app);
            if self.flushed.is_some() {
                return Ok(());
            }
            if changed {
                self.terminal
                    .draw(|frame| frame.render_widget(&*app, frame.area()))?;
                changed = false;
            }
            if stop.load(Ordering::SeqCst) {
                app.update(Action::Stop);
                self.carry_out(app);
                return Ok(());
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
                    self.carry_out(app);
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
                        app.update(Action::LogLoaded(loaded.log));
                        if let Some(notice) = loaded.notice {
                            app.update(Action::Notice(notice));
                        }
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
                    LoopEvent::Scans(texts, unreadable) => {
                        app.update(Action::Scans(texts, unreadable));
                        changed = true;
                    }
                    LoopEvent::Projector(sync) => {
                        app.update(Action::Projector(sync));
                        changed = true;
                    }
                    LoopEvent::Store => {
                        let events = self.store.events();
                        if !events.is_empty() {
                            app.update(Action::Stored(events));
                            changed = true;
                        }
                    }
                }
                if app.quitting() {
                    break;
                }
            }
        }
    }

    /// Does what `update` asked for, and what that asks for in turn.
    fn carry_out(&mut self, app: &mut App) {
        loop {
            let effects = app.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                self.carry_out_one(app, effect);
            }
        }
    }

    fn carry_out_one(&mut self, app: &mut App, effect: Effect) {
        let Some(effect) = carry_out_stored(app, self.store, effect) else {
            return;
        };
        match effect {
            Effect::Edit { text } => {
                self.input.pause();
                let name = external::file_name(app);
                let result = external::edit(&text, &name, self.terminal);
                self.input.resume();
                app.update(Action::ExternalDone(result));
            }
            Effect::SearchLog(request) => {
                let _ = self.search.send(request);
            }
            Effect::Presenting(sync) => presenting::tell_projector(app.dir(), &sync),
            Effect::AddToPlan { id } => {
                let result = presenting::add_to_plan(app.dir(), &id, app.lang());
                app.update(Action::PlanAdded { id, result });
            }
            Effect::Quit => self.flushed = Some(self.store.flush()),
            // Carried out above.
            _ => {}
        }
    }
}

/// After the terminal failed or a bug: saves what can be saved, or keeps an emergency copy.
fn save_after_failure(app: &mut App, store: &mut FileStore) {
    if !app.problems().is_empty() || app.read_only().is_some() {
        return;
    }
    app.update(Action::Stop);
    let mut flushed = None;
    for effect in app.take_effects() {
        match effect {
            Effect::SaveWorkbook { seq, workbook } => store.save_workbook(seq, &workbook),
            Effect::SaveLog { seq, log } => store.save_log(seq, &log),
            Effect::Quit => flushed = Some(store.flush()),
            _ => {}
        }
    }
    match flushed.unwrap_or_else(|| store.flush()) {
        Ok(()) => say!("{}", Msg::WorkSaved.get(app.lang())),
        Err(e) => {
            say!(
                "werkboek: {}: {}",
                Msg::SaveFailed.get(app.lang()),
                e.describe(app.lang())
            );
            keep_emergency_copy(app);
        }
    }
}

/// Keeps what is in memory in an emergency copy, which the next start offers to bring back.
fn keep_emergency_copy(app: &App) {
    let lang = app.lang();
    let bytes = crate::format::portfolio::rescue_json(
        app.workbook(),
        app.log(),
        jiff::Timestamp::now(),
        app.dir(),
    );
    match store::rescue::keep(bytes.as_bytes(), &store::rescue::places(app.dir())) {
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
                        crate::i18n::io_error(e, lang)
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
    if MOUSE.load(std::sync::atomic::Ordering::Relaxed) {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    terminal.clear()?;
    Ok(result)
}
