//! Key-driven tests of the app's logic: real key events through the keymap, no terminal. The
//! app runs in a [`Harness`] that carries out its effects as the terminal loop does, on an
//! in-memory store. One file per part of the app.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Size;

use super::*;
use crate::clock::ManualClock;
use crate::content;
use crate::data::{ActionState, Entry, Log, Status};
use crate::i18n::{Lang, Msg};
use crate::keys::{Cmd, Ctx};
use crate::store::{LoadProblem, MemStore, Unreadable};
use crate::tui::testing::Harness;

mod assess;
mod files;
mod log;
mod mouse;
mod notes;
mod scan;
mod search;
mod study;
mod welcome;
mod words;

/// The app on `workbook`, its welcome already seen and opening on the first key (the
/// welcome and the first start have tests of their own).
pub(crate) fn setup(mut workbook: Workbook) -> Setup {
    workbook.settings.welcomed = true;
    // A returning user, who last read the first key (a first start opens on the first
    // section's introduction, and has tests of its own).
    if workbook.settings.place.is_none() {
        workbook.settings.place = Some(crate::data::Place {
            tab: "sleutels".into(),
            item: Some("sleutel-1".into()),
            ..Default::default()
        });
    }
    Setup {
        workbook: Ok(workbook),
        log: Some(Ok(Default::default())),
        read_only: None,
        lang_flag: None,
        locale_lang: None,
        theme: Theme::mono(),
        size: Size::new(100, 30),
        clock: Box::new(ManualClock::at("2026-11-23T09:30:00Z")),
        present: None,
        dir: "geheugen".into(),
        notices: Vec::new(),
        rescues: Vec::new(),
    }
}

fn app_with(store: &MemStore, setup: Setup) -> Harness {
    Harness::on(content::embedded(), setup, store.clone())
}

fn key(app: &mut Harness, code: KeyCode) {
    app.key(code);
}

fn key_mod(app: &mut Harness, code: KeyCode, modifiers: KeyModifiers) {
    app.key_mod(code, modifiers);
}

fn typed(app: &mut Harness, text: &str) {
    app.typed(text);
}

fn ctrl(app: &mut Harness, c: char) {
    key_mod(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

fn current_id(app: &App) -> String {
    app.content()
        .item(app.current_item().unwrap())
        .id
        .to_string()
}

fn saved(store: &MemStore) -> Workbook {
    store
        .saved
        .borrow()
        .workbook
        .clone()
        .expect("something was saved")
}

fn saved_log(store: &MemStore) -> Log {
    store.saved.borrow().log.clone().expect("the log was saved")
}

fn message(app: &App) -> String {
    app.message().map(|m| m.text.clone()).unwrap_or_default()
}

/// The app drawn on a terminal of its size.
fn drawn(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(
        app.size().width,
        app.size().height,
    ))
    .unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().buffer().clone()
}

fn screen_text(app: &App) -> String {
    drawn(app).content.iter().map(|c| c.symbol()).collect()
}

/// The text of the current item, as plain lines.
fn text_of(app: &App, width: usize) -> String {
    app.item_doc(app.current_item().unwrap(), width)
        .lines
        .iter()
        .map(|l| l.text() + "\n")
        .collect()
}

fn unreadable() -> Unreadable {
    Unreadable {
        path: "/home/juf/.config/werkboek/werkboek.json".into(),
        problem: LoadProblem::NotJson { line: 3, column: 1 },
    }
}

fn go_to_item(app: &mut Harness, id: &str) {
    let (r, _) = app.content().item_by_id(id).unwrap();
    app.app.go_to(crate::content::Target::Item(r));
}

/// (created, title, items, action status, follow-up date)
type LogRow<'a> = (
    &'a str,
    &'a str,
    &'a [&'a str],
    Option<Status>,
    Option<&'a str>,
);

fn log_of(entries: &[LogRow]) -> Log {
    let mut log = Log::default();
    for (n, (created, title, items, status, follow_up)) in entries.iter().enumerate() {
        log.push(Entry {
            id: n as u64 + 1,
            created: created.parse().unwrap(),
            updated: None,
            title: title.to_string(),
            text: format!("tekst van {title}"),
            tags: vec!["team".into()],
            items: items.iter().map(|s| s.to_string()).collect(),
            action: status.map(|status| ActionState {
                status,
                follow_up: follow_up.map(|d| d.parse().unwrap()),
            }),
        });
    }
    log
}

fn with_log(store: &MemStore, log: Log) -> Harness {
    let mut s = setup(Workbook::default());
    s.log = Some(Ok(log));
    app_with(store, s)
}
