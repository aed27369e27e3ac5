//! Layout on the fixture material (`tests/fixtures/content/`) at 80x24: panes, popups, the log,
//! the measures and search. Rewording the real material leaves these snapshots alone; the
//! screens of the real material are in `screens.rs`.

mod common;

use common::{fixture, fixture_app, fixture_harness, press, screen, setup, typed};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use werkboek::app::{Action, Setup};
use werkboek::data::{ActionState, Entry, Log, Status, Workbook};
use werkboek::store::{LoadProblem, Unreadable};
use werkboek::tui::testing::Harness;

/// Goes to the item `id` through the keys a user would press: the section's number, then down.
fn open_item(a: &mut Harness, id: &str) {
    let c = fixture();
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

/// The number key of the log's tab: after the fixture's sections.
fn log_tab() -> KeyCode {
    KeyCode::Char(char::from_digit(fixture().sections.len() as u32 + 1, 10).unwrap())
}

fn measures_tab() -> KeyCode {
    KeyCode::Char(char::from_digit(fixture().sections.len() as u32 + 2, 10).unwrap())
}

#[test]
fn the_first_screen() {
    insta::assert_snapshot!(screen(&fixture_app(Workbook::default())));
}

#[test]
fn the_chosen_row_is_highlighted_only_in_the_focused_pane() {
    // The styles are what this test is about, so the buffer is compared with its styles (on
    // the monochrome theme): the chosen row of the list is bold and reversed while the list
    // has focus and only reversed once the text pane has it, and the focused pane's border is
    // the bold one.
    let mut a = fixture_harness(setup(Workbook::default(), 60, 15));
    press(&mut a, KeyCode::Down);
    let draw = |a: &Harness| {
        let mut t = Terminal::new(TestBackend::new(60, 15)).unwrap();
        t.draw(|f| f.render_widget(&**a, f.area())).unwrap();
        t.backend().buffer().clone()
    };
    insta::assert_debug_snapshot!("list_focused", draw(&a));
    press(&mut a, KeyCode::Enter);
    insta::assert_debug_snapshot!("text_focused", draw(&a));
}

#[test]
fn writing_a_note() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, KeyCode::Char('e'));
    typed(
        &mut a,
        "Wie zijn onze grensgangers? Juf Aïcha en meester Joost 🙂",
    );
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn a_list_and_a_grid_in_the_text() {
    let mut a = fixture_app(Workbook::default());
    open_item(&mut a, "sleutel-2");
    let list = screen(&a);
    assert!(list.contains("Drie punten"), "{list}");
    insta::assert_snapshot!("list", list);
    open_item(&mut a, "sleutel-3");
    let grid = screen(&a);
    assert!(
        grid.contains('┌') && grid.contains('┼') && grid.contains('┘'),
        "drawn as a grid:\n{grid}"
    );
    insta::assert_snapshot!("grid", grid);
}

#[test]
fn interventions_and_practice() {
    let mut a = fixture_app(Workbook::default());
    open_item(&mut a, "stap-1");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn unreadable_data_file_asks_what_to_do() {
    let setup = Setup {
        workbook: Err(Unreadable {
            path: "/home/juf/.config/werkboek/werkboek.json".into(),
            problem: LoadProblem::Newer { found: 9, known: 1 },
        }),
        ..setup(Workbook::default(), 80, 24)
    };
    insta::assert_snapshot!(screen(&fixture_harness(setup)));
}

#[test]
fn too_small_a_window_says_so_and_recovers() {
    let small = fixture_harness(setup(Workbook::default(), 40, 10));
    insta::assert_snapshot!(screen(&small));
    let mut grown = small;
    grown.update(Action::Resize(ratatui::layout::Size::new(80, 24)));
    assert!(screen(&grown).contains("Eerste sleutel"));
}

#[test]
fn a_checklist_partly_answered() {
    let mut w = Workbook::default();
    for (id, v) in [("lo-1", 2), ("lo-3", 1)] {
        w.update_item(id, |s| s.now = Some(v));
    }
    let mut a = fixture_app(w);
    open_item(&mut a, "lo-2");
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
    set(&mut w, &[("sleutel-1", 2), ("sleutel-2", 3), ("lo-1", 1)]);
    w.take_snapshot("2026-01-15T08:00:00Z".parse().unwrap());
    set(&mut w, &[("sleutel-1", 3), ("lo-1", 2)]);
    w.take_snapshot("2026-04-01T12:00:00Z".parse().unwrap());
    set(&mut w, &[("sleutel-1", 4), ("sleutel-2", 2), ("lo-2", 3)]);
    w.update_item("sleutel-1", |s| s.goal = Some(5));
    let mut a = fixture_app(w);
    press(&mut a, measures_tab());
    press(&mut a, KeyCode::Down);
    let s = screen(&a);
    assert!(s.contains("15-01-2026 08:00"), "{s}");
    assert!(s.contains("↑ +2"), "the change is written out:\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn measures_before_any_snapshot_explain_what_to_do() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, measures_tab());
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
    Option<(Status, &'a str)>,
);

fn sample_log() -> Log {
    let mut log = Log::default();
    let rows: [Row; 3] = [
        (
            "2026-10-02T14:05:00Z",
            "Lesbezoek bij Sanne",
            "Ik keek mee bij juf Aïcha tijdens de instructie rekenen. Na afloop vroeg Sanne zelf om feedback: dat voelde als een doorbraak.",
            &["feedback", "lesbezoek"],
            &["sleutel-1"],
            None,
        ),
        (
            "2026-11-03T09:15:00Z",
            "Elke vrijdag tien minuten terugblik",
            "Wat ging goed, wat schuurde? Ik wil dit met het team vasthouden tot de kerst.",
            &["team"],
            &["sleutel-2", "stap-2"],
            Some((Status::Doing, "2026-12-19")),
        ),
        (
            "2026-11-10T16:40:00Z",
            "Starter koppelen aan een maatje",
            "",
            &["starters"],
            &["stap-1"],
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
    let mut s = setup(Workbook::default(), 80, 24);
    s.log = Some(Ok(sample_log()));
    fixture_harness(s)
}

#[test]
fn the_log_newest_first_with_an_overdue_action() {
    let mut a = app_with_log();
    press(&mut a, log_tab());
    let s = screen(&a);
    assert!(
        s.contains("! Starter kopp"),
        "overdue is marked, not only coloured:\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn the_log_filtered_on_open_actions_showing_an_entry() {
    let mut a = app_with_log();
    press(&mut a, log_tab());
    press(&mut a, KeyCode::Char('o'));
    press(&mut a, KeyCode::Down);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn writing_a_log_entry() {
    let mut a = app_with_log();
    open_item(&mut a, "sleutel-1");
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
    typed(&mut a, "aicha");
    let s = screen(&a);
    assert!(s.contains("Aïcha"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn a_long_message_wraps_to_a_second_footer_row() {
    // The read-only warning names the data folder: at 80 columns it takes two rows, and the
    // panes give up one.
    let setup = Setup {
        read_only: Some(werkboek::store::ReadOnly::NotWritable),
        dir: "/home/juf.de.vries/.config/werkboek".into(),
        ..setup(Workbook::default(), 80, 24)
    };
    let a = fixture_harness(setup);
    let s = screen(&a);
    assert!(s.contains("/home/juf.de.vries/.config/werkboek"), "{s}");
    assert!(
        s.contains("bewaard."),
        "the end of the message is shown:\n{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn m_shows_the_last_messages_newest_first() {
    let mut a = app_with_log();
    press(&mut a, KeyCode::Char(' '));
    press(&mut a, KeyCode::Char('a'));
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('m'));
    insta::assert_snapshot!(screen(&a));
}
