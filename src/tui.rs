//! The terminal: one way in, one way out. The terminal is restored on every exit path, panics
//! included, and the user's work is saved on every exit path too.

use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::SetTitle;

use crate::app::{Action, App, Setup};
use crate::clock::SystemClock;
use crate::i18n::Lang;
use crate::store::{self, FileStore};
use crate::theme::Theme;

/// How long without input before a note being written is saved.
const IDLE: Duration = Duration::from_secs(2);

pub fn run(dir: &Path, lang_flag: Option<Lang>) -> ExitCode {
    let opened = FileStore::open(dir);
    let content = crate::content::embedded();
    let env = |name: &str| std::env::var(name).ok();

    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("werkboek: cannot use this terminal: {e}");
            return ExitCode::FAILURE;
        }
    };
    let _ = execute!(io::stdout(), EnableBracketedPaste, SetTitle("werkboek"));
    let size = terminal.size().unwrap_or_default();
    let setup = Setup {
        workbook: opened.workbook,
        read_only: opened.read_only,
        lang_flag,
        locale_lang: Lang::from_locale(env),
        theme: Theme::from_env(env("NO_COLOR")),
        size,
        clock: Box::new(SystemClock::new()),
    };
    let mut app = App::new(content, Box::new(opened.store), setup);

    let outcome = panic::catch_unwind(AssertUnwindSafe(|| event_loop(&mut terminal, &mut app)));

    let _ = execute!(io::stdout(), DisableBracketedPaste);
    if outcome.is_ok() {
        // After a panic the hook `ratatui::try_init` installed has restored the terminal
        // already; restoring twice would move the cursor back over the panic report.
        ratatui::restore();
    }

    match outcome {
        Ok(Ok(())) => match app.quit_error.take() {
            None => ExitCode::SUCCESS,
            Some(e) => {
                eprintln!("werkboek: saving failed: {e}");
                keep_emergency_copy(&app);
                ExitCode::FAILURE
            }
        },
        Ok(Err(e)) => {
            eprintln!("werkboek: the terminal failed: {e}");
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
        Err(_) => {
            // The panic hook has restored the terminal and printed the panic.
            eprintln!("werkboek stopped because of an internal error (a bug). Saving your work.");
            save_after_failure(&mut app);
            ExitCode::FAILURE
        }
    }
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    loop {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        if app.quit {
            return Ok(());
        }
        if event::poll(IDLE)? {
            // Take everything that is waiting (a paste, fast typing) before drawing again.
            loop {
                let ev = event::read()?;
                if let Some(action) = app.action_for(&ev) {
                    app.update(action);
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        } else {
            app.update(Action::Idle);
        }
    }
}

/// After a crash or a terminal failure: save through the normal path, and if that fails too,
/// keep a copy where the user can find it.
fn save_after_failure(app: &mut App) {
    if app.problem.is_some() || app.read_only.is_some() {
        return;
    }
    app.update(Action::Cmd(crate::keys::Cmd::ForceQuit));
    match app.quit_error.take() {
        None => eprintln!("Your work is saved."),
        Some(e) => {
            eprintln!("werkboek: saving failed: {e}");
            keep_emergency_copy(app);
        }
    }
}

fn keep_emergency_copy(app: &App) {
    let path = std::env::temp_dir().join(format!("werkboek-noodkopie-{}.json", std::process::id()));
    let bytes = app.workbook_json();
    match store::write_atomic(&path, &bytes) {
        Ok(()) => eprintln!(
            "Your notes are kept in {}. Copy it to {} when the problem is solved.",
            path.display(),
            store::WORKBOOK_FILE
        ),
        Err(e) => {
            eprintln!(
                "werkboek: could not write an emergency copy either ({e}); here is your data:"
            );
            println!("{}", String::from_utf8_lossy(&bytes));
        }
    }
}
