//! Whole screens as insta snapshots on a fixed-size terminal. A change in what the user sees
//! shows up here for review.

mod common;

use common::{app, press, screen, typed};
use ratatui::crossterm::event::KeyCode;
use werkboek::app::{App, Setup};
use werkboek::content;
use werkboek::data::Workbook;
use werkboek::store::{LoadProblem, MemStore, Unreadable};

#[test]
fn keys_section_opens_on_key_one() {
    insta::assert_snapshot!(screen(&app(Workbook::default())));
}

#[test]
fn ownership_section_with_a_note_and_progress() {
    let mut w = Workbook::default();
    w.update_item("factor-teamvertrouwen", |s| {
        s.note = "We geven elkaar vaker feedback na de lesbezoeken.".into();
        s.studied = true;
    });
    w.update_item("factor-verbinding", |s| s.studied = true);
    let mut a = app(w);
    press(&mut a, KeyCode::Char('2'));
    for _ in 0..3 {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::End);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn learning_functions_section() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('3'));
    press(&mut a, KeyCode::Down);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn key_four_lists_the_eight_factors() {
    let mut a = app(Workbook::default());
    for _ in 0..3 {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut a, KeyCode::PageDown);
    }
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn writing_a_note() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('e'));
    typed(
        &mut a,
        "Wie zijn onze grensgangers? Juf Aïcha en meester Joost 🙂",
    );
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn english_interface() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('2'));
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_screen_lists_the_keymap() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('?'));
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn sources_screen_credits_the_authors() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('i'));
    let top = screen(&a);
    press(&mut a, KeyCode::PageDown);
    let bottom = screen(&a);
    for name in [
        "Bruining, Ton",
        "KPC Groep",
        "Arbeidsmarktplatform PO",
        "Ros, Anje; Van Rossum, Brigit; Van Wessum, Loes",
        "2019",
    ] {
        assert!(
            top.contains(name) || bottom.contains(name),
            "{name} missing from\n{top}\n{bottom}"
        );
    }
    insta::assert_snapshot!(top);
}

#[test]
fn unreadable_data_file_asks_what_to_do() {
    let setup = Setup {
        workbook: Err(Unreadable {
            path: "/home/juf/.config/werkboek/werkboek.json".into(),
            problem: LoadProblem::Newer { found: 9, known: 1 },
        }),
        ..common::setup(Workbook::default(), 100, 30)
    };
    let a = App::new(content::embedded(), Box::new(MemStore::new()), setup);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn too_small_a_window_says_so_and_recovers() {
    let small = App::new(
        content::embedded(),
        Box::new(MemStore::new()),
        common::setup(Workbook::default(), 40, 10),
    );
    insta::assert_snapshot!(screen(&small));
    let mut grown = small;
    grown.update(werkboek::app::Action::Resize(ratatui::layout::Size::new(
        100, 30,
    )));
    assert!(screen(&grown).contains("Zorg voor externe oriëntatie"));
}
