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

/// The rows of the screen, with each cell's symbol and whether it is marked (reversed and
/// underlined, as the mark looks on the monochrome theme).
fn marked_rows(app: &App) -> Vec<(String, String)> {
    use ratatui::style::Modifier;
    let buf = drawn(app);
    let mark = Modifier::REVERSED | Modifier::UNDERLINED;
    (0..buf.area.height)
        .map(|y| {
            let cells = (0..buf.area.width).map(|x| &buf[(x, y)]);
            let text = cells.clone().map(|c| c.symbol()).collect();
            let marked = cells
                .filter(|c| c.modifier.contains(mark))
                .map(|c| c.symbol())
                .collect();
            (text, marked)
        })
        .collect()
}

#[test]
fn enter_opens_the_item_at_the_match_and_marks_it_until_another_is_chosen() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "grensgangers");
    key(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "sleutel-1");
    assert_eq!(app.study().focus(), Focus::Detail, "the text is open");
    let s = app.section().unwrap();
    assert!(
        app.study().place(s).scroll() > 0,
        "the match is further down than a page: scrolled to it"
    );
    let rows = marked_rows(&app);
    let marked: Vec<&str> = rows
        .iter()
        .map(|(_, m)| m.as_str())
        .filter(|m| !m.is_empty())
        .collect();
    assert!(
        marked
            .iter()
            .any(|m| m.eq_ignore_ascii_case("grensgangers")),
        "the match is marked: {marked:?}\n{}",
        rows.iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Scrolling keeps the mark; another item drops it.
    key(&mut app, KeyCode::PageUp);
    assert!(app.study().mark().is_some());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Down);
    assert!(app.study().mark().is_none());
    assert!(marked_rows(&app).iter().all(|(_, m)| m.is_empty()));
}

#[test]
fn a_result_in_a_note_opens_at_the_note() {
    let store = MemStore::new();
    let mut w = Workbook::default();
    w.update_item("sleutel-7", |s| {
        s.note = "Afspraak: de kwaliteitskaart bijwerken".into()
    });
    let mut app = app_with(&store, setup(w));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "kwaliteitskaart");
    let Some(Overlay::Search(s)) = app.overlay() else {
        panic!()
    };
    assert_eq!(s.hit(0).map(|h| h.kind()), Some(HitKind::Note));
    key(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "sleutel-7");
    let rows = marked_rows(&app);
    let row = rows
        .iter()
        .find(|(t, _)| t.contains("kwaliteitskaart"))
        .unwrap_or_else(|| panic!("the note is in view"));
    assert_eq!(row.1, "kwaliteitskaart");
}

#[test]
fn slash_again_offers_the_last_query_selected() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    let query = |app: &Harness| match app.overlay() {
        Some(Overlay::Search(s)) => (s.text(), s.query().is_selecting(), s.selected(), s.len()),
        _ => panic!("search is open"),
    };
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "leren");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    let (text, selecting, selected, len) = query(&app);
    assert_eq!(
        (text.as_str(), selecting),
        ("leren", true),
        "kept, and selected"
    );
    assert!(len > 2, "its results are there");
    assert_eq!(selected, 2, "the result chosen last time");
    // Typing replaces it.
    typed(&mut app, "team");
    assert_eq!(query(&app).0, "team");
    key(&mut app, KeyCode::Enter);
    // End keeps it to change.
    key(&mut app, KeyCode::Char('/'));
    assert_eq!(query(&app).0, "team");
    key(&mut app, KeyCode::End);
    typed(&mut app, "s");
    assert_eq!(query(&app).0, "teams");
    key(&mut app, KeyCode::Esc);
    // So do the arrows, from the side they point to.
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Left);
    typed(&mut app, "de ");
    assert_eq!(query(&app).0, "de teams");
    key(&mut app, KeyCode::Esc);
    // Backspace empties it.
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Backspace);
    assert_eq!(query(&app).0, "");
}

#[test]
fn a_self_scan_result_says_which_checklist_and_part() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "samen verantwoordelijk");
    let screen = screen_text(&app);
    assert!(
        screen.contains("Checklist lerende organisatie · Ondersteunende cultuur · 1"),
        "{screen}"
    );
}

#[test]
fn the_chosen_result_is_shown_whole_under_the_list() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(80, 24);
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "toverwoord");
    let shown = screen_text(&app);
    // In its row the title is cut short; under the list it stands whole.
    let title = "Sleutel 4 · Ontwikkel eigenaarschap bij anderen";
    assert!(shown.contains(title), "{shown}");
}

#[test]
fn the_panes_are_drawn_beside_a_search_that_leaves_them_showing_and_not_under_one_that_hides_them()
{
    // At 100 columns the search covers the panes; at 140 they show on either side of it.
    for (width, shown) in [(100, false), (140, true)] {
        let mut s = setup(Workbook::default());
        s.size = Size::new(width, 30);
        let mut app = app_with(&MemStore::new(), s);
        let before = drawn(&app);
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "eigen");
        let during = drawn(&app);
        // The list's rows at the left edge (inside its frame, whose look changes with focus).
        let edge = |b: &ratatui::buffer::Buffer| -> String {
            (3u16..10)
                .flat_map(|y| (1u16..14).map(move |x| (x, y)))
                .map(|p| b[p].symbol().to_string())
                .collect()
        };
        assert!(!edge(&before).trim().is_empty());
        assert_eq!(edge(&during) == edge(&before), shown, "at {width} columns");
        // Nothing of the search's own box differs between the two ways.
        assert!(screen_text(&app).contains("/ eigen"));
    }
}
