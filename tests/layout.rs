//! Layout on the fixture material (`tests/fixtures/content/`) at 80x24: panes, popups, the log,
//! the measures and search. Rewording the real material leaves these snapshots alone; the
//! screens of the real material are in `screens.rs`.

mod common;

use common::{fixture, fixture_app, fixture_harness, press, press_mod, screen, setup, typed};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Modifier;
use werkboek::app::{Action, Setup};
use werkboek::data::{ActionState, Entry, Log, Status, Workbook};
use werkboek::i18n::{Lang, Msg};
use werkboek::store::{LoadProblem, Unreadable};
use werkboek::theme::Theme;
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
    // Home is the introduction; the items follow it.
    for _ in 0..=index {
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

/// Scores in the fixture, two snapshots, and now: a wish for the first key.
fn measured() -> Workbook {
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
    w.update_item("sleutel-2", |s| s.goal = Some(4));
    w
}

#[test]
fn measures_compare_now_with_an_earlier_snapshot() {
    let mut a = fixture_app(measured());
    press(&mut a, measures_tab());
    press(&mut a, KeyCode::Down);
    let s = screen(&a);
    assert!(s.contains("15-01-2026 08:00 (gekozen)"), "{s}");
    assert!(s.contains("↑ +2"), "the change is written out:\n{s}");
    assert!(s.contains("wens"), "now against the wish:\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn measures_after_a_restart_compare_with_the_previous_snapshot() {
    // The newest snapshot is how things stand now, as right after taking it.
    let mut w = measured();
    w.take_snapshot("2026-06-01T12:00:00Z".parse().unwrap());
    let mut a = fixture_app(w);
    press(&mut a, measures_tab());
    let s = screen(&a);
    assert!(s.contains("01-04-2026 12:00 (vorige)"), "{s}");
    assert!(!s.contains("= 0     "), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn measures_at_the_smallest_and_a_large_screen() {
    let mut w = measured();
    w.snapshots[0].label = Some("voor de studiedag".into());
    for (width, height) in [(60, 15), (120, 40)] {
        let mut a = fixture_harness(setup(w.clone(), width, height));
        press(&mut a, measures_tab());
        press(&mut a, KeyCode::Down);
        let s = screen(&a);
        assert!(s.contains("voor de studiedag"), "{s}");
        insta::assert_snapshot!(format!("measures_{width}x{height}"), s);
    }
}

#[test]
fn measures_before_any_snapshot_explain_what_to_do() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, measures_tab());
    let s = screen(&a);
    assert!(s.contains("Nog geen metingen"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn measures_say_everything_at_every_size() {
    // Nothing is cut off: every word of both explanations is on the screen, from the smallest
    // screen up, in both languages.
    for lang in [Lang::Nl, Lang::En] {
        for (width, height) in [
            (60, 15),
            (70, 20),
            (80, 24),
            (100, 30),
            (120, 40),
            (200, 60),
        ] {
            let mut s = setup(Workbook::default(), width, height);
            s.lang_flag = Some(lang);
            let mut a = fixture_harness(s);
            press(&mut a, measures_tab());
            let text = screen(&a);
            for msg in [Msg::NoScoresYet, Msg::MeasuresNone] {
                for word in msg.get(lang).split_whitespace() {
                    assert!(
                        text.contains(word),
                        "{width}x{height} {lang:?}: {word}\n{text}"
                    );
                }
            }
        }
    }
    let mut a = fixture_harness(setup(Workbook::default(), 60, 15));
    press(&mut a, measures_tab());
    insta::assert_snapshot!("measures_empty_60x15", screen(&a));
}

#[test]
fn naming_a_snapshot() {
    let mut a = fixture_app(measured());
    press(&mut a, measures_tab());
    press(&mut a, KeyCode::Char('e'));
    typed(&mut a, "na studiedag");
    let s = screen(&a);
    assert!(s.contains("Naam van de meting"), "{s}");
    insta::assert_snapshot!("naming_a_snapshot", s);
    press(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("na studiedag"), "{s}");
    insta::assert_snapshot!("named_snapshot", s);
    press(&mut a, KeyCode::Char('d'));
    insta::assert_snapshot!("deleting_a_snapshot", screen(&a));
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
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "intervisie");
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Char(' '));
    let s = screen(&a);
    // Labels in one column; typed values and placeholders start in the next one.
    let column = |label: &str| {
        let row = s.lines().find(|l| l.contains(label)).unwrap();
        let after = &row[row.find(label).unwrap() + label.len()..];
        let value = after.len() - after.trim_start().len();
        row[..row.find(label).unwrap()].chars().count() + label.chars().count() + value
    };
    let columns: Vec<usize> = [
        "Titel",
        "Datum",
        "Tags",
        "Onderdelen",
        "Actie",
        "Opvolgen op",
        "Tekst",
    ]
    .iter()
    .map(|l| column(l))
    .collect();
    assert!(columns.iter().all(|c| *c == columns[0]), "{columns:?}\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn a_self_scan_result_names_its_checklist_and_part() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "fouten");
    let s = screen(&a);
    assert!(
        s.contains("Checklist lerende organisatie · Cultuur · 2"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn a_search_result_opens_at_its_match_and_slash_offers_the_query_again() {
    // A long note whose last line is what is looked for: far below the first page.
    let mut w = Workbook::default();
    let note: Vec<String> = (1..=30)
        .map(|n| format!("Regel {n} van mijn notitie."))
        .chain(["Afspraak met juf Aïcha over de kerstviering.".to_string()])
        .collect();
    w.update_item("stap-1", |s| s.note = note.join("\n"));
    let mut a = fixture_app(w);
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "kerst");
    press(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("kerstviering"), "scrolled to the match:\n{s}");
    // The match is marked: reversed and underlined, which shows without colour too.
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(&*a, f.area())).unwrap();
    let buf = t.backend().buffer();
    let mark = Modifier::REVERSED | Modifier::UNDERLINED;
    let marked: String = buf
        .content
        .iter()
        .filter(|c| c.modifier.contains(mark))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(marked, "kerst");
    insta::assert_snapshot!("a_search_result_opened", s);
    press(&mut a, KeyCode::Char('/'));
    let s = screen(&a);
    assert!(s.contains("/ kerst"), "{s}");
    insta::assert_snapshot!("the_search_again", s);
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
fn the_welcome_of_the_first_start() {
    for (w, h) in [(80, 24), (60, 15)] {
        let mut s = setup(Workbook::default(), w, h);
        s.workbook = Ok(Workbook::default());
        let shown = screen(&fixture_harness(s));
        assert!(shown.contains("Welkom bij werkboek"), "{shown}");
        insta::assert_snapshot!(format!("welcome_{w}x{h}"), shown);
    }
}

#[test]
fn a_first_start_opens_on_the_first_sections_introduction() {
    let mut w = Workbook::default();
    w.settings.welcomed = true;
    let mut s = setup(Workbook::default(), 80, 24);
    s.workbook = Ok(w);
    let shown = screen(&fixture_harness(s));
    assert!(
        shown.contains("Inleiding") && shown.contains("Een korte inleiding op de proefsleutels"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn the_note_shows_under_the_text_without_scrolling() {
    let mut w = Workbook::default();
    w.update_item("sleutel-1", |s| {
        s.note =
            "Met het team afspreken wie de eerste stap zet.\n\nVolgende week terugkijken.".into()
    });
    let a = fixture_app(w);
    let shown = screen(&a);
    assert!(
        shown.contains("Jouw notitie") && shown.contains("Volgende week terugkijken."),
        "{shown}"
    );
    insta::assert_snapshot!("note_pane", shown);

    // A long note shows its start, and says where the rest is.
    let mut w = Workbook::default();
    w.update_item("sleutel-1", |s| {
        s.note = (1..=40)
            .map(|n| format!("Regel {n} van een lange notitie."))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let shown = screen(&fixture_app(w));
    assert!(
        shown.contains("Regel 1 van") && !shown.contains("Regel 40"),
        "{shown}"
    );
    assert!(shown.contains("de rest met e"), "{shown}");
    insta::assert_snapshot!("long_note_pane", shown);
}

#[test]
fn choosing_parts_by_typing_their_titles() {
    let mut a = app_with_log();
    open_item(&mut a, "sleutel-1");
    press(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Twee stappen");
    for _ in 0..3 {
        press(&mut a, KeyCode::Tab);
    }
    typed(&mut a, "stap");
    press(&mut a, KeyCode::Down);
    let s = screen(&a);
    assert!(
        s.contains("× De proefsleutels 1 · Eerste sleutel")
            && s.contains("▸ De stappen 2 · Kijk terug"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn every_problem_of_a_form_at_once() {
    let mut a = app_with_log();
    press(&mut a, log_tab());
    press(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Te snel bewaard");
    press(&mut a, KeyCode::Tab);
    for _ in 0..12 {
        press(&mut a, KeyCode::Backspace);
    }
    typed(&mut a, "gisteren");
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Tab);
    typed(&mut a, "bestaat-niet");
    press(&mut a, KeyCode::Esc);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn throwing_a_new_entry_away_asks_first() {
    let mut a = app_with_log();
    press(&mut a, log_tab());
    press(&mut a, KeyCode::Char('n'));
    typed(&mut a, "Per ongeluk");
    press_mod(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn an_empty_note_says_what_to_write_and_wraps() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, KeyCode::Char('e'));
    let s = screen(&a);
    assert!(!s.contains("Druk op e"), "already writing:\n{s}");
    assert!(s.contains("Schrijf hier je notitie"), "{s}");
    assert!(s.contains("onthouden?"), "wrapped, not cut:\n{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn a_chosen_intervention_has_its_own_mark_and_look() {
    let mut a = fixture_harness(setup(Workbook::default(), 80, 24));
    open_item(&mut a, "stap-1");
    press(&mut a, KeyCode::Enter);
    let before = screen(&a);
    assert!(!before.contains("a actie"), "nothing chosen yet:\n{before}");
    while !screen(&a).contains("☐ ") {
        press(&mut a, KeyCode::Down);
    }
    let s = screen(&a);
    assert!(
        s.contains("☐ Spreek elke leraar.") && s.contains("a actie"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    // Its look is the theme's for an action, not the highlight of a link.
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(&*a, f.area())).unwrap();
    let buf = t.backend().buffer();
    let at = buf.content.iter().position(|c| c.symbol() == "☐").unwrap();
    assert_eq!(
        buf.content[at].style().add_modifier,
        Theme::mono().action.add_modifier
    );
}

#[test]
fn an_intervention_opens_as_a_planned_action_its_title_wrapped() {
    let mut a = app_with_log();
    open_item(&mut a, "stap-1");
    press(&mut a, KeyCode::Enter);
    while !screen(&a).contains("☐ ") {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Char('a'));
    typed(
        &mut a,
        " Vraag ook wat zij nodig hebben om met de eigen ontwikkeling verder te komen.",
    );
    let s = screen(&a);
    assert!(
        s.contains("Spreek elke leraar. Vraag ook") && s.contains("verder te komen."),
        "the whole title in view:\n{s}"
    );
    assert!(
        s.contains("gepland") && s.contains("× De stappen 1 · Begin klein"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn on_the_smallest_screen_the_part_under_the_arrows_stays_in_view() {
    let mut a = fixture_harness(setup(Workbook::default(), 60, 15));
    press(&mut a, log_tab());
    press(&mut a, KeyCode::Char('n'));
    for _ in 0..3 {
        press(&mut a, KeyCode::Tab);
    }
    typed(&mut a, "e");
    for _ in 0..3 {
        press(&mut a, KeyCode::Down);
    }
    let Some(werkboek::app::Overlay::Entry(form)) = a.overlay() else {
        panic!("the form is open");
    };
    let under = &form.found()[form.found_at().selected()];
    let title = werkboek::app::form::part_title(fixture(), under, werkboek::i18n::Lang::Nl);
    let s = screen(&a);
    assert!(s.contains(&format!("▸ {title}")), "{title}:\n{s}");
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

#[test]
fn a_subtitle_our_own_words_a_numbered_list_and_two_lists_side_by_side() {
    assert_eq!(fixture().problems(), Vec::<String>::new());
    let mut a = fixture_app(Workbook::default());
    open_item(&mut a, "stap-2");
    let top = screen(&a);
    for shown in [
        "Tip 1 · Kijk samen terug",
        "Een regel van onszelf",
        "┆ Uitleg van dit werkboek",
        "┆ Zo legt dit werkboek het zelf uit",
        "1. Verzamel.",
        "3. Besluit.",
    ] {
        assert!(top.contains(shown), "{shown} missing:\n{top}");
    }
    insta::assert_snapshot!("own_words", top);
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::End);
    let lists = screen(&a);
    for shown in [
        "Blad",
        "Plaat",
        "appel ",
        "┄",
        "─── hetzelfde in beide lijsten",
        "┄┄┄ lezing van dit werkboek",
    ] {
        assert!(lists.contains(shown), "{shown} missing:\n{lists}");
    }
    insta::assert_snapshot!("two_lists_side_by_side", lists);
    press(&mut a, KeyCode::Char('L'));
    insta::assert_snapshot!("two_lists_side_by_side_en", screen(&a));
}

#[test]
fn the_sources_with_their_author_notes_and_reading_then_the_glossary() {
    let mut a = fixture_app(Workbook::default());
    press(&mut a, KeyCode::Char('i'));
    let sources = screen(&a);
    for shown in [
        "Over de auteurs",
        "Tester, Tamara: Schrijft proefbronnen",
        "Verder lezen",
        "Tester, T., & Proef, P. (2025). Een eerder proefboek.",
        "https://example.org/proefboek",
        "Druk op w voor de woordenlijst",
        "w woordenlijst",
    ] {
        assert!(sources.contains(shown), "{shown} missing:\n{sources}");
    }
    insta::assert_snapshot!("sources", sources);
    press(&mut a, KeyCode::Char('w'));
    let nl = screen(&a);
    assert!(nl.contains("■ oefening · Engels: exercise"), "{nl}");
    assert!(nl.find("■ oefening").unwrap() < nl.find("■ werkvorm").unwrap());
    insta::assert_snapshot!("glossary", nl);
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Char('L'));
    press(&mut a, KeyCode::Char('w'));
    let en = screen(&a);
    // In English the English rendering first, the Dutch term beside it, in English order.
    assert!(en.contains("■ exercise · Dutch: oefening"), "{en}");
    assert!(en.find("■ activity format").unwrap() < en.find("■ exercise").unwrap());
    insta::assert_snapshot!("glossary_en", en);
}
