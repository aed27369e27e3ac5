use super::*;

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
fn snapshots_are_dated_and_measures_compare_now_with_the_chosen_one() {
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
    clock.set("2026-06-20T12:00:00Z");
    key(&mut app, KeyCode::Char('+'));

    let w = saved(&store);
    assert_eq!(w.snapshots.len(), 2);
    assert_eq!(w.snapshots[0].taken.to_string(), "2026-01-15T08:00:00Z");
    assert_eq!(w.snapshots[0].scores["factor-verbinding"].now, Some(1));

    // The measures tab compares with the older snapshot: the newer one was added on top
    // and the choice stayed where it was.
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.ctx(), Ctx::Measures);
    assert_eq!(
        app.baseline().unwrap().taken.to_string(),
        "2026-01-15T08:00:00Z"
    );
    key(&mut app, KeyCode::Up);
    assert_eq!(
        app.baseline().unwrap().taken.to_string(),
        "2026-04-01T12:00:00Z"
    );
    key(&mut app, KeyCode::Up);
    assert_eq!(app.measures().selected(), 0, "stops at the newest");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.measures().selected(), 1, "stops at the oldest");
}

#[test]
fn an_intervention_becomes_an_action_in_the_steps_note() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    // Without choosing one first, `a` explains what to do.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(
        app.message().unwrap().text,
        Msg::ChooseIntervention.get(Lang::Nl)
    );
    key(&mut app, KeyCode::Enter);
    // Read down until the arrows land on the first intervention.
    let mut guard = 0;
    while app.study().place(app.section().unwrap()).chosen().is_none() {
        key(&mut app, KeyCode::Down);
        guard += 1;
        assert!(guard < 200, "never reached an intervention");
    }
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('a'));
    let (_, step) = app.content().item_by_id("stap-1").unwrap();
    let second = step
        .blocks
        .iter()
        .find_map(|b| match b {
            crate::content::Block::Interventions { entries, .. } => {
                Some(entries[1].text.nl.clone())
            }
            _ => None,
        })
        .unwrap();
    assert_eq!(saved(&store).note("stap-1"), format!("☐ Actie: {second}"));
    // Twice is once.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(saved(&store).note("stap-1"), format!("☐ Actie: {second}"));
}
