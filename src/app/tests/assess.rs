use super::*;
use crate::data::assess::Why;

#[test]
fn rating_a_factor_is_one_keystroke_for_now_and_one_for_the_wish() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    go_to_item(&mut app, "factor-teamvertrouwen");
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('+'));
    }
    key(&mut app, KeyCode::Char(']'));
    for _ in 0..9 {
        key(&mut app, KeyCode::Char(']'));
    }
    let s = saved(&store).score("factor-teamvertrouwen");
    assert_eq!(
        (s.now, s.goal),
        (Some(3), Some(5)),
        "the wish stops at the top of the scale"
    );
    assert_eq!(app.message().unwrap().text, "Wens: 5 · sterk");
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(saved(&store).score("factor-teamvertrouwen").now, Some(2));
    // Below the lowest step the score is cleared.
    key(&mut app, KeyCode::Char('-'));
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(saved(&store).score("factor-teamvertrouwen").now, None);
    // `=` is `+` without shift.
    key(&mut app, KeyCode::Char('='));
    assert_eq!(saved(&store).score("factor-teamvertrouwen").now, Some(1));
}

#[test]
fn answering_the_self_scan_uses_its_three_steps_and_has_no_wish() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    go_to_item(&mut app, "lo-expertise-2");
    for _ in 0..5 {
        key(&mut app, KeyCode::Char('+'));
    }
    assert_eq!(saved(&store).score("lo-expertise-2").now, Some(3));
    assert_eq!(app.message().unwrap().text, "Nu: 3 · sterk ontwikkeld");
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(app.message().unwrap().text, Msg::NoGoalHere.get(Lang::Nl));
    assert_eq!(saved(&store).score("lo-expertise-2").goal, None);
    // The part's summary counts it.
    let r = app.current_item().unwrap();
    let summary = crate::view::item::group_summary(app.content(), app.workbook(), r, Lang::Nl);
    assert_eq!(
        summary,
        "Expertise benutten: 1/6 beantwoord · 1× sterk ontwikkeld"
    );
}

#[test]
fn material_without_a_scale_says_so_instead_of_scoring() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('+'));
    assert_eq!(
        app.message().unwrap().text,
        Msg::NotAssessable.get(Lang::Nl)
    );
    assert_eq!(store.saved.borrow().saves, 0);
}

#[test]
fn snapshots_are_dated_and_measures_compare_now_with_the_previous_or_the_chosen_one() {
    let store = MemStore::new();
    let clock = ManualClock::at("2026-01-15T08:00:00Z");
    let mut s = setup(Workbook::default());
    s.clock = Box::new(clock.clone());
    let mut app = app_with(&store, s);

    // Nothing scored yet: nothing to photograph.
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.message().unwrap().kind, MessageKind::Warning);
    assert!(app.workbook().snapshots.is_empty());

    go_to_item(&mut app, "factor-verbinding");
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('s'));
    assert!(
        app.message()
            .as_ref()
            .unwrap()
            .text
            .contains("15-01-2026 08:00")
    );

    clock.set("2026-04-01T12:00:00Z");
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('s'));
    let w = saved(&store);
    assert_eq!(w.snapshots.len(), 2);
    assert_eq!(w.snapshots[0].taken.to_string(), "2026-01-15T08:00:00Z");
    assert_eq!(w.snapshots[0].scores["factor-verbinding"].now, Some(1));

    // Right after a snapshot, it is how things stand now: the comparison is with the one
    // before it, so the change shows.
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.ctx(), Ctx::Measures);
    assert_eq!(app.comparison(), Some((0, Why::Previous)));
    assert!(screen_text(&app).contains("↑ +1"));

    // Once now moves on, the newest snapshot is the previous measurement.
    go_to_item(&mut app, "factor-verbinding");
    clock.set("2026-06-20T12:00:00Z");
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.comparison(), Some((1, Why::Previous)));

    // ↓ chooses an older one, ↑ a newer one; the choice is saved with the workbook.
    let saves = store.saved.borrow().saves;
    key(&mut app, KeyCode::Down);
    assert_eq!(app.comparison(), Some((0, Why::Chosen)));
    assert!(store.saved.borrow().saves > saves, "the choice is saved");
    assert_eq!(
        saved(&store).settings.compare_with,
        Some("2026-01-15T08:00:00Z".parse().unwrap())
    );
    key(&mut app, KeyCode::Down);
    assert_eq!(
        app.comparison(),
        Some((0, Why::Chosen)),
        "stops at the oldest"
    );
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert_eq!(
        app.comparison(),
        Some((1, Why::Chosen)),
        "stops at the newest"
    );
    // A new snapshot does not change a choice.
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.comparison(), Some((1, Why::Chosen)));
}

/// The screen as lines of text.
fn screen_lines(app: &App) -> Vec<String> {
    let buf = drawn(app);
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// A workbook whose newest snapshot is how things stand now, as after taking one and
/// restarting.
fn two_snapshots() -> Workbook {
    let mut w = Workbook::default();
    w.update_item("factor-verbinding", |s| s.now = Some(2));
    w.take_snapshot("2026-01-15T08:00:00Z".parse().unwrap());
    w.update_item("factor-verbinding", |s| {
        s.now = Some(4);
        s.goal = Some(5);
    });
    w.take_snapshot("2026-04-01T12:00:00Z".parse().unwrap());
    w
}

#[test]
fn after_a_restart_measures_compare_with_the_snapshot_before_the_newest() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.comparison(), Some((0, Why::Previous)));
    let screen = screen_text(&app);
    assert!(
        screen.contains("Nu vergeleken met 15-01-2026 08:00 (de vorige meting)"),
        "{screen}"
    );
    assert!(screen.contains("↑ +2"), "not = 0:\n{screen}");
    // Nothing was chosen, so nothing was saved.
    assert_eq!(store.saved.borrow().saves, 0);
}

#[test]
fn a_chosen_comparison_is_remembered_across_a_restart() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    key(&mut app, KeyCode::Up);
    assert_eq!(app.comparison(), Some((1, Why::Chosen)));
    // The next start reads what was saved.
    let mut again = app_with(&MemStore::new(), setup(saved(&store)));
    key(&mut again, KeyCode::Char('0'));
    assert_eq!(again.comparison(), Some((1, Why::Chosen)));
    assert!(screen_text(&again).contains("01-04-2026 12:00 (gekozen)"));
}

#[test]
fn measures_show_now_against_the_wish_for_ratings() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    let screen = screen_lines(&app);
    // 100 columns: then, now, the change, the wish and how far it is.
    let row = screen
        .iter()
        .find(|l| l.contains("Verbinding"))
        .unwrap_or_else(|| panic!("{screen:#?}"));
    let words: Vec<&str> = row.split_whitespace().collect();
    assert!(
        words
            .windows(6)
            .any(|w| w == ["2", "4", "↑", "+2", "5", "1"]),
        "{row}"
    );
    let head = screen
        .iter()
        .find(|l| l.contains("toen"))
        .unwrap_or_else(|| panic!("{screen:#?}"));
    assert!(head.contains("wens") && head.contains("nog"), "{head}");
}

#[test]
fn a_snapshot_gets_a_name_in_a_line_of_its_own() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Label);
    typed(&mut app, "na studiedag");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Measures);
    let w = saved(&store);
    assert_eq!(w.snapshots[0].label.as_deref(), Some("na studiedag"));
    assert_eq!(
        message(&app),
        "De meting van 15-01-2026 08:00 heet nu ‘na studiedag’."
    );
    let screen = screen_lines(&app);
    assert!(
        screen
            .iter()
            .any(|l| l.contains("┓╭ Nu vergeleken met na studiedag (de vorige meting) ─")),
        "the title: {screen:#?}"
    );
    // The name stands in the list too, under its date.
    let date = screen
        .iter()
        .position(|l| l.starts_with("┃▸ 15-01-2026 08:00"))
        .unwrap_or_else(|| panic!("{screen:#?}"));
    assert!(
        screen[date + 1].starts_with("┃  na studiedag "),
        "{screen:#?}"
    );

    // Esc leaves it as it was; the field starts with the name to change.
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.workbook().snapshots[0].label.as_deref(),
        Some("na studiedag")
    );
    // Emptied, it has no name.
    key(&mut app, KeyCode::Char('e'));
    for _ in 0.."na studiedag".len() {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(saved(&store).snapshots[0].label, None);
    // A name is one line, and not endless.
    key(&mut app, KeyCode::Char('e'));
    app.update(Action::Paste("eerste\nregel".into()));
    typed(&mut app, &"x".repeat(100));
    key(&mut app, KeyCode::Enter);
    let label = saved(&store).snapshots[0].label.clone().unwrap();
    assert!(label.starts_with("eerste regel"), "{label:?}");
    assert_eq!(label.chars().count(), crate::app::assess::LABEL_MAX);
}

#[test]
fn quitting_while_naming_keeps_the_name() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "begin");
    ctrl(&mut app, 'c');
    assert!(app.quit);
    assert_eq!(saved(&store).snapshots[0].label.as_deref(), Some("begin"));
}

#[test]
fn deleting_a_snapshot_asks_first_and_u_brings_it_back() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(two_snapshots()));
    key(&mut app, KeyCode::Char('0'));
    // Choose the newest, then delete it.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    assert!(screen_text(&app).contains("Deze meting verwijderen?"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.workbook().snapshots.len(), 2, "no is no");
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    let w = saved(&store);
    assert_eq!(w.snapshots.len(), 1);
    assert_eq!(w.settings.compare_with, None, "the choice went with it");
    assert_eq!(
        message(&app),
        "Meting van 01-04-2026 12:00 verwijderd. u maakt het ongedaan."
    );
    assert_eq!(app.comparison(), Some((0, Why::Only)));
    key(&mut app, KeyCode::Char('u'));
    let w = saved(&store);
    assert_eq!(w.snapshots.len(), 2);
    assert_eq!(w.snapshots[1].taken.to_string(), "2026-04-01T12:00:00Z");
    assert_eq!(app.comparison(), Some((1, Why::Chosen)), "chosen again");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(message(&app), Msg::NothingToUndo.get(Lang::Nl));
}

#[test]
fn without_snapshots_naming_and_deleting_say_what_to_do() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('0'));
    for c in ['e', 'd', 'u'] {
        key(&mut app, KeyCode::Char(c));
        assert_eq!(app.ctx(), Ctx::Measures, "{c}");
        assert!(!message(&app).is_empty(), "{c} says something");
    }
    key(&mut app, KeyCode::Down);
    assert_eq!(message(&app), Msg::NoSnapshotChosen.get(Lang::Nl));
    assert_eq!(store.saved.borrow().saves, 0);
}

#[test]
fn read_only_neither_names_nor_deletes() {
    let store = MemStore::new();
    let mut s = setup(two_snapshots());
    s.read_only = Some(crate::store::ReadOnly::Locked);
    let mut app = app_with(&store, s);
    key(&mut app, KeyCode::Char('0'));
    for c in ['e', 'd'] {
        key(&mut app, KeyCode::Char(c));
        assert_eq!(app.ctx(), Ctx::Measures, "{c}");
        assert_eq!(app.message().unwrap().kind, MessageKind::Warning);
    }
    // Choosing still works for the session, and is not saved.
    key(&mut app, KeyCode::Up);
    assert_eq!(app.comparison(), Some((1, Why::Chosen)));
    assert_eq!(store.saved.borrow().saves, 0);
}

#[test]
fn in_english_the_tab_and_its_pane_have_one_name() {
    let mut s = setup(two_snapshots());
    s.lang_flag = Some(Lang::En);
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('0'));
    let screen = screen_text(&app);
    assert!(screen.contains("0 Snapshots"), "{screen}");
    assert!(screen.contains("┏ Snapshots "), "{screen}");
    assert!(!screen.contains("Measures"), "{screen}");
    assert_eq!(Ctx::Measures.heading().get(Lang::En), "In Snapshots");
}
