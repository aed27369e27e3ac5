//! Whole screens as insta snapshots on a fixed-size terminal. A change in what the user sees
//! shows up here for review.

mod common;

use common::{app, harness, press, screen, setup};
use ratatui::crossterm::event::KeyCode;
use werkboek::content;
use werkboek::data::Workbook;
use werkboek::tui::testing::Harness;

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
    // Past the introduction to the fourth factor.
    for _ in 0..4 {
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
    // Past the introduction to the second function.
    press(&mut a, KeyCode::Down);
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

fn open_item(a: &mut Harness, id: &str) {
    // Through the keys a user would press: the section's number, then down to the item.
    let c = content::embedded();
    let (r, _) = c.item_by_id(id).unwrap();
    press(
        a,
        KeyCode::Char(char::from_digit(r.section as u32 + 1, 10).unwrap()),
    );
    press(a, KeyCode::Home);
    let index = c.items_of(r.section).position(|(x, _)| x == r).unwrap();
    // Home is the introduction; the items follow it.
    for _ in 0..=index {
        press(a, KeyCode::Down);
    }
}

#[test]
fn the_nine_field_model_as_a_grid() {
    let mut a = app(Workbook::default());
    open_item(&mut a, "negenveldenmodel");
    press(&mut a, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut a, KeyCode::Down);
    }
    let s = screen(&a);
    assert!(
        s.contains("┌") && s.contains("┼") && s.contains("┘"),
        "drawn as a grid:\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn key_four_draws_the_two_lists_side_by_side_where_there_is_room() {
    let mut a = harness(setup(Workbook::default(), 120, 40));
    open_item(&mut a, "sleutel-4");
    press(&mut a, KeyCode::Enter);
    // Down to the two lists, under the list of eight, until the whole block is in view.
    let mut s = screen(&a);
    for _ in 0..80 {
        if s.contains("Twee lijsten van acht factoren") && s.contains("persoon heeft.") {
            break;
        }
        press(&mut a, KeyCode::Down);
        s = screen(&a);
    }
    for shown in [
        "verbinding ┄",
        "─ eigen verantwoordelijkheid",
        "┄ alignment",
        "─── hetzelfde in beide lijsten",
        "┄┄┄ lezing van dit werkboek, niet van de bron",
    ] {
        assert!(s.contains(shown), "{shown} missing:\n{s}");
    }
    insta::assert_snapshot!(s);
    press(&mut a, KeyCode::Char('L'));
    let en = screen(&a);
    assert!(en.contains("─ own responsibility"), "{en}");
    insta::assert_snapshot!("key_four_side_by_side_en", en);
}

#[test]
fn the_glossary_in_english_gives_the_dutch_term_beside_each() {
    let mut a = harness(setup(Workbook::default(), 80, 24));
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('w'));
    let s = screen(&a);
    assert!(
        s.contains("■ 10-14 education · Dutch: 10-14-onderwijs"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}
