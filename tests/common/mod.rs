//! Helpers shared by the integration tests.
#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use werkboek::app::{App, Setup};
use werkboek::clock::ManualClock;
use werkboek::content;
use werkboek::data::Workbook;
use werkboek::i18n::Lang;
use werkboek::store::MemStore;
use werkboek::theme::Theme;
use werkboek::tui::testing::Harness;

pub fn setup(workbook: Workbook, width: u16, height: u16) -> Setup {
    Setup {
        workbook: Ok(workbook),
        log: Some(Ok(Default::default())),
        read_only: None,
        lang_flag: Some(Lang::Nl),
        locale_lang: None,
        theme: Theme::mono(),
        size: Size::new(width, height),
        clock: Box::new(ManualClock::at("2026-11-23T09:30:00Z")),
        present: None,
        dir: "geheugen".into(),
        notices: Vec::new(),
        rescues: Vec::new(),
    }
}

pub fn app(workbook: Workbook) -> Harness {
    harness(setup(workbook, 100, 30))
}

/// The app on `setup`, its effects carried out on an in-memory store.
pub fn harness(setup: Setup) -> Harness {
    Harness::on(content::embedded(), setup, MemStore::new())
}

pub fn press(app: &mut Harness, code: KeyCode) {
    press_mod(app, code, KeyModifiers::NONE);
}

pub fn press_mod(app: &mut Harness, code: KeyCode, modifiers: KeyModifiers) {
    if let Some(a) = app.action_for(&Event::Key(KeyEvent::new(code, modifiers))) {
        app.update(a);
    }
}

pub fn typed(app: &mut Harness, text: &str) {
    for c in text.chars() {
        press(
            app,
            if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            },
        );
    }
}

/// The screen as text, the way a user would see it.
pub fn screen(app: &App) -> String {
    let Size { width, height } = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().to_string()
}
