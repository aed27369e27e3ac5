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

/// The app on `workbook` at `width` x `height`, its welcome already seen (the welcome has
/// tests of its own).
pub fn setup(mut workbook: Workbook, width: u16, height: u16) -> Setup {
    workbook.settings.welcomed = true;
    // A returning user, who last read the first key (a first start opens on the first
    // section's introduction, and has tests of its own).
    if workbook.settings.place.is_none() {
        workbook.settings.place = Some(werkboek::data::Place {
            tab: "sleutels".into(),
            item: Some("sleutel-1".into()),
            ..Default::default()
        });
    }
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

/// A small material that exists only for the tests: three short sections (rated keys, steps
/// with interventions, a checklist). Screens that test layout use it, so that rewording the
/// real material does not change their snapshots.
pub fn fixture() -> &'static werkboek::content::Content {
    use std::sync::OnceLock;
    use werkboek::content::{Content, Files};
    static FIXTURE: OnceLock<Content> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        Content::from_json(&Files {
            sources: include_str!("../fixtures/content/sources.json"),
            assessment: include_str!("../fixtures/content/assessment.json"),
            glossary: include_str!("../fixtures/content/glossary.json"),
            sections: &[
                (
                    "a-sleutels.json",
                    include_str!("../fixtures/content/sections/a-sleutels.json"),
                ),
                (
                    "b-stappen.json",
                    include_str!("../fixtures/content/sections/b-stappen.json"),
                ),
                (
                    "c-zelfscan.json",
                    include_str!("../fixtures/content/sections/c-zelfscan.json"),
                ),
            ],
        })
        .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The app on `setup` with the fixture material.
pub fn fixture_harness(setup: Setup) -> Harness {
    Harness::on(fixture(), setup, MemStore::new())
}

/// The app on the fixture material with `workbook`, at 80x24.
pub fn fixture_app(workbook: Workbook) -> Harness {
    fixture_harness(setup(workbook, 80, 24))
}
