use super::*;

#[test]
fn search_finds_material_notes_and_log_with_or_without_accents() {
    let store = MemStore::new();
    let mut log = log_of(&[(
        "2026-11-01T10:00:00Z",
        "Gesprek over oriëntatie",
        &[],
        None,
        None,
    )]);
    log.push(Entry {
        id: 99,
        created: "2026-11-02T10:00:00Z".parse().unwrap(),
        updated: None,
        title: "Zonder accent: orientatie".into(),
        text: String::new(),
        tags: vec![],
        items: vec![],
        action: None,
    });
    let mut w = Workbook::default();
    w.update_item("sleutel-2", |s| {
        s.note = "Mijn oriëntatie op de bedoeling".into()
    });
    let mut s = setup(w);
    s.log = Some(Ok(log));
    let mut app = app_with(&store, s);
    for query in ["orientatie", "ORIËNTATIE"] {
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, query);
        let Some(Overlay::Search(s)) = &app.overlay() else {
            panic!("search is open")
        };
        assert!(s.count(HitKind::Material) >= 1, "{query}: key 1's title");
        assert_eq!(s.count(HitKind::Note), 1, "{query}");
        assert_eq!(
            s.count(HitKind::Log),
            2,
            "{query}: with and without the accent"
        );
        key(&mut app, KeyCode::Esc);
    }
    // Enter on a log result opens it in the log.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "zonder accent");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Log);
    assert_eq!(app.selected_entry().unwrap().id, 99);
}

#[test]
fn a_growing_query_narrows_and_stale_answers_are_dropped() {
    let store = MemStore::new();
    let log = log_of(&[
        ("2026-11-01T10:00:00Z", "lezen in groep 3", &[], None, None),
        ("2026-11-02T10:00:00Z", "leesplezier", &[], None, None),
    ]);
    let mut app = with_log(&store, log);
    app.hold_searches = true;
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "le");
    let old = app
        .held
        .last()
        .cloned()
        .expect("the log search waits for the worker");
    typed(&mut app, "zen");
    app.answer_searches();
    // The worker's late answer to "le" must not overwrite the answer to "lezen".
    let stale = old.run();
    app.update(Action::LogHits {
        generation: old.generation,
        hits: stale,
    });
    let Some(Overlay::Search(s)) = &app.overlay() else {
        panic!()
    };
    assert_eq!(s.count(HitKind::Log), 1);
}

#[test]
fn a_search_opened_while_the_log_is_read_looks_in_it_once_it_arrives() {
    let mut s = setup(Workbook::default());
    s.log = None;
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "le");
    app.update(Action::LogLoaded(Ok(log_of(&[(
        "2026-11-01T10:00:00Z",
        "lezen in groep 3",
        &[],
        None,
        None,
    )]))));
    typed(&mut app, "zen");
    let Some(Overlay::Search(s)) = &app.overlay() else {
        panic!()
    };
    assert_eq!(s.count(HitKind::Log), 1);
}
