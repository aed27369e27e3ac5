//! Whole screens as insta snapshots on a fixed-size terminal. A change in what the user sees
//! shows up here for review.

mod common;

use common::{app, press, screen, typed};
use ratatui::crossterm::event::KeyCode;
use werkboek::app::Setup;
use werkboek::content;
use werkboek::data::Workbook;
use werkboek::store::{LoadProblem, Unreadable};
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
    let a = common::harness(setup);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn too_small_a_window_says_so_and_recovers() {
    let small = common::harness(common::setup(Workbook::default(), 40, 10));
    insta::assert_snapshot!(screen(&small));
    let mut grown = small;
    grown.update(werkboek::app::Action::Resize(ratatui::layout::Size::new(
        100, 30,
    )));
    assert!(screen(&grown).contains("Zorg voor externe oriëntatie"));
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
    for _ in 0..index {
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
fn a_checklist_partly_answered() {
    let mut w = Workbook::default();
    for (id, v) in [
        ("lo-cultuur-1", 2),
        ("lo-cultuur-2", 3),
        ("lo-cultuur-3", 1),
        ("lo-cultuur-5", 2),
    ] {
        w.update_item(id, |s| s.now = Some(v));
    }
    let mut a = app(w);
    open_item(&mut a, "lo-cultuur-2");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn measures_compare_now_with_an_earlier_snapshot() {
    let mut w = Workbook::default();
    let set = |w: &mut Workbook, pairs: &[(&str, u8)]| {
        for (id, v) in pairs {
            w.update_item(id, |s| s.now = Some(*v));
        }
    };
    set(
        &mut w,
        &[
            ("factor-verbinding", 2),
            ("factor-zelfvertrouwen", 3),
            ("functie-reflectie", 2),
            ("lo-cultuur-1", 1),
            ("lo-cultuur-2", 2),
        ],
    );
    w.take_snapshot("2026-01-15T08:00:00Z".parse().unwrap());
    set(
        &mut w,
        &[
            ("factor-verbinding", 3),
            ("functie-reflectie", 3),
            ("lo-cultuur-1", 2),
        ],
    );
    w.take_snapshot("2026-04-01T12:00:00Z".parse().unwrap());
    set(
        &mut w,
        &[
            ("factor-verbinding", 4),
            ("factor-zelfvertrouwen", 2),
            ("lo-cultuur-2", 3),
        ],
    );
    w.update_item("factor-verbinding", |s| s.goal = Some(5));
    let mut a = app(w);
    press(&mut a, KeyCode::Char('0'));
    press(&mut a, KeyCode::Down);
    let s = screen(&a);
    assert!(s.contains("Nu vergeleken met 15-01-2026 08:00"), "{s}");
    assert!(s.contains("↑ +2"), "the change is written out:\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn measures_before_any_snapshot_explain_what_to_do() {
    let mut a = app(Workbook::default());
    press(&mut a, KeyCode::Char('0'));
    let s = screen(&a);
    assert!(s.contains("Nog geen metingen"), "{s}");
    insta::assert_snapshot!(s);
}

/// (created, title, text, tags, items, action and follow-up)
type Row<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a [&'a str],
    Option<(werkboek::data::Status, &'a str)>,
);

fn sample_log() -> werkboek::data::Log {
    use werkboek::data::{ActionState, Entry, Log, Status};
    let mut log = Log::default();
    let rows: [Row; 3] = [
        (
            "2026-10-02T14:05:00Z",
            "Lesbezoek bij Sanne",
            "Ik keek mee bij de instructie rekenen. Na afloop vroeg Sanne zelf om feedback: dat voelde als een doorbraak.",
            &["feedback", "lesbezoek"],
            &["factor-teamvertrouwen"],
            None,
        ),
        (
            "2026-11-03T09:15:00Z",
            "Elke vrijdag tien minuten terugblik",
            "Wat ging goed, wat schuurde? Ik wil dit met het team vasthouden tot de kerst.",
            &["team"],
            &["sleutel-7", "niveau-transfer"],
            Some((Status::Doing, "2026-12-19")),
        ),
        (
            "2026-11-10T16:40:00Z",
            "Starter koppelen aan een maatje",
            "",
            &["starters"],
            &["thema-starters"],
            Some((Status::Planned, "2026-11-15")),
        ),
    ];
    for (n, (at, title, text, tags, items, action)) in rows.iter().enumerate() {
        log.push(Entry {
            id: n as u64 + 1,
            created: at.parse().unwrap(),
            updated: None,
            title: title.to_string(),
            text: text.to_string(),
            tags: tags.iter().map(|s| s.to_string()).collect(),
            items: items.iter().map(|s| s.to_string()).collect(),
            action: action.map(|(status, d)| ActionState {
                status,
                follow_up: d.parse().ok(),
            }),
        });
    }
    log
}

fn app_with_log() -> Harness {
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.log = Some(Ok(sample_log()));
    common::harness(setup)
}

#[test]
fn the_log_newest_first_with_an_overdue_action() {
    let mut a = app_with_log();
    press(&mut a, KeyCode::Char('9'));
    let s = screen(&a);
    assert!(
        s.contains("! Starter koppelen"),
        "overdue is marked, not only coloured:\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn the_log_filtered_on_open_actions_showing_an_entry() {
    let mut a = app_with_log();
    press(&mut a, KeyCode::Char('9'));
    press(&mut a, KeyCode::Char('o'));
    press(&mut a, KeyCode::Down);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn writing_a_log_entry() {
    let mut a = app_with_log();
    open_item(&mut a, "factor-teamvertrouwen");
    press(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Intervisie over feedback");
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "intervisie");
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Char(' '));
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn searching_without_accents_finds_them() {
    let mut a = app_with_log();
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "orientatie");
    let s = screen(&a);
    assert!(s.contains("oriëntatie"), "{s}");
    insta::assert_snapshot!(s);
}
