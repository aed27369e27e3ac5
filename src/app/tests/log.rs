use super::*;

#[test]
fn a_new_entry_from_an_item_is_linked_to_it_and_listed_with_it() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    go_to_item(&mut app, "factor-teamvertrouwen");
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.ctx(), Ctx::FormLine);
    typed(&mut app, "Feedback na lesbezoek");
    key(&mut app, KeyCode::Enter); // Enter in a one-line field moves on
    typed(&mut app, "feedback, lesbezoek");
    key(&mut app, KeyCode::Tab); // items: already filled in
    key(&mut app, KeyCode::Tab); // action
    assert_eq!(app.ctx(), Ctx::FormChoice);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-12-01");
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.ctx(), Ctx::Form);
    typed(&mut app, "Sanne vroeg om feedback.\nIk ga dat vaker doen.");
    key(&mut app, KeyCode::Esc);

    let log = saved_log(&store);
    assert_eq!(log.entries.len(), 1);
    let e = &log.entries[0];
    assert_eq!(e.title, "Feedback na lesbezoek");
    assert_eq!(e.tags, ["feedback", "lesbezoek"]);
    assert_eq!(e.items, ["factor-teamvertrouwen"]);
    assert_eq!(e.text, "Sanne vroeg om feedback.\nIk ga dat vaker doen.");
    assert_eq!(e.created.to_string(), "2026-11-23T09:30:00Z");
    assert_eq!(
        e.action,
        Some(ActionState {
            status: Status::Planned,
            follow_up: "2026-12-01".parse().ok()
        })
    );
    // The item's text lists it.
    let r = app.content().item_by_id("factor-teamvertrouwen").unwrap().0;
    let text: String = app
        .item_doc(r, 80)
        .lines
        .iter()
        .map(|l| l.text() + "\n")
        .collect();
    assert!(
        text.contains("Logboek (1)") && text.contains("Feedback na lesbezoek"),
        "{text}"
    );
}

#[test]
fn a_form_with_a_mistake_stays_open_and_says_what_is_wrong() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Titel");
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "volgende week");
    key(&mut app, KeyCode::Esc);
    let Some(Overlay::Entry(form)) = &app.overlay() else {
        panic!("the form closed on a bad date");
    };
    assert!(form.error.as_ref().unwrap().contains("volgende week"));
    assert_eq!(store.saved.borrow().log_saves, 0);
}

#[test]
fn edit_delete_undo_and_status() {
    let store = MemStore::new();
    let log = log_of(&[
        ("2026-11-01T10:00:00Z", "oud", &[], None, None),
        (
            "2026-11-20T10:00:00Z",
            "actie",
            &[],
            Some(Status::Planned),
            None,
        ),
    ]);
    let mut app = with_log(&store, log);
    key(&mut app, KeyCode::Char('9'));
    assert_eq!(app.selected_entry().unwrap().title, "actie", "newest first");

    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        saved_log(&store).entries[1].action.unwrap().status,
        Status::Doing
    );
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        saved_log(&store).entries[1].action.unwrap().status,
        Status::Planned
    );

    key(&mut app, KeyCode::Char('e'));
    for _ in 0.."actie".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "bijgewerkt");
    key(&mut app, KeyCode::Esc);
    let e = &saved_log(&store).entries[1];
    assert_eq!(e.title, "bijgewerkt");
    assert_eq!(e.updated.unwrap().to_string(), "2026-11-23T09:30:00Z");

    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(saved_log(&store).entries.len(), 2, "no means no");
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(saved_log(&store).entries.len(), 1);
    key(&mut app, KeyCode::Char('u'));
    let titles: Vec<String> = saved_log(&store)
        .entries
        .iter()
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(titles, ["oud", "bijgewerkt"], "restored in its place");
}

#[test]
fn filters_by_open_actions_tag_item_and_dates() {
    let store = MemStore::new();
    let log = log_of(&[
        ("2026-09-01T10:00:00Z", "sept", &["sleutel-4"], None, None),
        ("2026-10-01T10:00:00Z", "okt", &[], Some(Status::Done), None),
        (
            "2026-11-01T10:00:00Z",
            "nov",
            &["sleutel-4"],
            Some(Status::Doing),
            None,
        ),
    ]);
    let mut app = with_log(&store, log);
    key(&mut app, KeyCode::Char('9'));
    let shown = |app: &App| -> Vec<String> {
        let log = app.log().unwrap();
        app.log_view()
            .shown()
            .iter()
            .map(|i| log.entries[*i].title.clone())
            .collect()
    };
    assert_eq!(shown(&app), ["nov", "okt", "sept"]);
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(shown(&app), ["nov"]);
    key(&mut app, KeyCode::Char('o'));
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "sleutel-4");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "15-08-2026");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "30-09-2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), ["sept"]);
    key(&mut app, KeyCode::Char('F'));
    assert_eq!(shown(&app).len(), 3);
    // A filter that names an unknown part is refused in the form.
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "geen-onderdeel");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(&app.overlay(), Some(Overlay::Filter(f)) if f.error.is_some()));
}

#[test]
fn overdue_actions_are_flagged_on_start() {
    let store = MemStore::new();
    let log = log_of(&[
        (
            "2026-10-01T10:00:00Z",
            "te laat",
            &[],
            Some(Status::Planned),
            Some("2026-11-01"),
        ),
        (
            "2026-10-01T10:00:00Z",
            "op tijd",
            &[],
            Some(Status::Planned),
            Some("2026-12-01"),
        ),
        (
            "2026-10-01T10:00:00Z",
            "klaar",
            &[],
            Some(Status::Done),
            Some("2026-11-01"),
        ),
    ]);
    let app = with_log(&store, log);
    let m = app.message().cloned().unwrap();
    assert_eq!(m.kind, MessageKind::Warning);
    assert!(m.text.starts_with("1 actie"), "{}", m.text);
}

#[test]
fn ctrl_e_hands_the_text_to_the_editor_and_takes_it_back() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::BackTab);
    typed(&mut app, "begin");
    ctrl(&mut app, 'e');
    assert_eq!(
        app.take_requests(),
        [Effect::Edit {
            text: "begin".into()
        }]
    );
    app.update(Action::ExternalDone(Ok(
        "begin\nen meer uit de editor\n".into()
    )));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        saved_log(&store).entries[0].text,
        "begin\nen meer uit de editor"
    );
    // A note can go to the editor too; a failing editor leaves the text as it was.
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "notitie");
    ctrl(&mut app, 'e');
    assert!(
        app.take_requests()
            .iter()
            .any(|e| matches!(e, Effect::Edit { .. }))
    );
    app.update(Action::ExternalDone(Err(EditorError::Io {
        editor: "vi".into(),
        kind: std::io::ErrorKind::NotFound,
    })));
    assert_eq!(app.message().unwrap().kind, MessageKind::Failed);
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(&store).note("sleutel-1"), "notitie");
}
