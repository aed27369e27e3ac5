use super::*;

#[test]
fn stopping_from_outside_saves_the_note_being_written() {
    // The terminal window closed, two seconds had not passed: the note is kept all the same.
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "net begonnen");
    app.update(Action::Stop);
    assert!(app.quit);
    assert_eq!(saved(&store).note("sleutel-1"), "net begonnen");
    assert!(store.saved.borrow().flushes >= 1, "it waits for the disk");
}

#[test]
fn stopping_from_outside_keeps_a_half_written_log_entry() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Gesprek met het team");
    app.update(Action::Stop);
    assert!(app.quit);
    assert_eq!(saved_log(&store).all()[0].title, "Gesprek met het team");
}

#[test]
fn stopping_from_outside_ends_a_presentation_and_the_app() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.ctx(), Ctx::Present);
    app.update(Action::Stop);
    assert!(app.quit, "not only the presentation but the program ends");
    assert!(store.saved.borrow().flushes >= 1);
}

#[test]
fn q_quits_and_flushes_from_the_list() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert_eq!(store.saved.borrow().flushes, 1);
    assert_eq!(app.flushed, Some(Ok(())));
}

#[test]
fn read_only_refuses_changes_and_saves_nothing() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.read_only = Some(ReadOnly::Locked);
    let mut app = app_with(&store, s);
    assert_eq!(app.message().unwrap().kind, MessageKind::Warning);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Study, "no editor in read-only mode");
    assert_eq!(
        app.message().unwrap().text,
        Msg::ReadOnlyRefused.get(Lang::Nl)
    );
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert_eq!(store.saved.borrow().saves, 0);
    assert!(!app.workbook().studied("sleutel-1"));
}

#[test]
fn an_unreadable_file_is_never_saved_over_when_quitting() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.workbook = Err(unreadable());
    let mut app = app_with(&store, s);
    assert_eq!(app.ctx(), Ctx::Problem);
    // Study keys do nothing while the question is open.
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    let saved = store.saved.borrow();
    assert_eq!((saved.saves, saved.set_aside), (0, 0));
}

#[test]
fn starting_afresh_keeps_the_old_file_aside_first() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.workbook = Err(unreadable());
    let mut app = app_with(&store, s);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.ctx(), Ctx::Study);
    assert_eq!(store.saved.borrow().set_aside, 1);
    assert!(app.message().unwrap().text.contains("onleesbaar-1"));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert!(saved(&store).studied("sleutel-1"));
}

#[test]
fn a_failed_save_is_shown_and_reported_at_quit() {
    let store = MemStore::new();
    store.saved.borrow_mut().fail_with = Some(crate::store::StoreProblem::Io(
        std::io::ErrorKind::StorageFull,
    ));
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char(' '));
    let m = app.message().cloned().unwrap();
    assert_eq!(m.kind, MessageKind::Failed);
    assert!(m.text.contains("de schijf is vol"), "{}", m.text);
    key(&mut app, KeyCode::Char('q'));
    assert!(
        app.flushed.as_ref().is_some_and(|f| f.is_err()),
        "the loop hears it failed, and keeps an emergency copy"
    );
    // The work is still in memory, for the emergency copy.
    assert!(app.workbook().studied("sleutel-1"));
}

#[test]
fn the_export_key_writes_the_portfolio_and_says_where() {
    let store = MemStore::new();
    let mut app = with_log(
        &store,
        log_of(&[("2026-11-01T10:00:00Z", "regel", &[], None, None)]),
    );
    key(&mut app, KeyCode::Char('x'));
    let exports = store.saved.borrow().exports.clone();
    assert_eq!(exports.len(), 1);
    assert_eq!(exports[0].0, "portfolio-2026-11-23.md");
    assert!(String::from_utf8_lossy(&exports[0].1).contains("### 01-11-2026 10:00 · regel"));
    assert!(
        app.message()
            .unwrap()
            .text
            .contains("portfolio-2026-11-23.md")
    );
}

#[test]
fn an_unreadable_log_is_asked_about_and_never_saved_over() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.log = Some(Err(Unreadable {
        path: "/x/logboek.json".into(),
        problem: LoadProblem::Empty,
    }));
    let mut app = app_with(&store, s);
    assert_eq!(app.ctx(), Ctx::Problem);
    key(&mut app, KeyCode::Char('q'));
    assert_eq!(store.saved.borrow().log_saves, 0);
    assert_eq!(
        store.saved.borrow().saves,
        1,
        "the readable workbook is still saved"
    );
}

#[test]
fn a_data_problem_never_shows_on_a_presentation() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.log = None;
    let mut app = app_with(&store, s);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.ctx(), Ctx::Present);
    app.update(Action::LogLoaded(Err(Unreadable {
        path: "/home/juf/.config/werkboek/logboek.json".into(),
        problem: LoadProblem::Empty,
    })));
    assert_eq!(app.ctx(), Ctx::Present, "the slides keep the screen");
    let shown = screen_text(&app);
    assert!(
        !shown.contains("logboek.json") && !shown.contains("/home/juf"),
        "{shown}"
    );
    key(&mut app, KeyCode::Char('q'));
    assert_eq!(app.ctx(), Ctx::Problem, "asked once the projector is left");
}

#[test]
fn an_emergency_copy_is_offered_brought_back_and_then_removed() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.rescues = vec!["geheugen/werkboek-noodkopie-abc.json".into()];
    let mut app = app_with(&store, s);
    assert_eq!(app.ctx(), Ctx::Rescue);
    assert!(screen_text(&app).contains("Noodkopie gevonden"));
    key(&mut app, KeyCode::Enter);
    let path = PathBuf::from("geheugen/werkboek-noodkopie-abc.json");
    assert_eq!(app.take_requests(), [Effect::ReadRescue(path.clone())]);
    assert_eq!(app.ctx(), Ctx::Study);
    let mut theirs = Workbook::default();
    theirs.update_item("sleutel-2", |s| s.note = "gered".into());
    let mut their_log = Log::default();
    their_log.push(crate::data::Entry {
        id: 9,
        created: "2026-11-20T10:00:00Z".parse().unwrap(),
        updated: None,
        title: "geredde regel".into(),
        text: String::new(),
        tags: vec![],
        items: vec![],
        action: None,
    });
    app.update(Action::RescueRead {
        path: path.clone(),
        result: Ok((theirs, their_log)),
    });
    assert_eq!(saved(&store).note("sleutel-2"), "gered");
    assert_eq!(store.saved.borrow().log.as_ref().unwrap().len(), 1);
    assert_eq!(
        app.take_requests(),
        [Effect::RemoveRescue(path)],
        "removed once both files are on disk"
    );
}

#[test]
fn an_emergency_copy_can_wait_or_be_thrown_away() {
    let mut s = setup(Workbook::default());
    s.rescues = vec!["a.json".into(), "b.json".into()];
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Esc);
    assert!(app.take_requests().is_empty(), "later keeps the file");
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(app.take_requests(), [Effect::RemoveRescue("b.json".into())]);
    assert_eq!(app.ctx(), Ctx::Study);
}

#[test]
fn a_direction_override_never_reaches_the_screen() {
    let mut log = Log::default();
    log.push(crate::data::Entry {
        id: 1,
        created: "2026-11-20T10:00:00Z".parse().unwrap(),
        updated: None,
        title: "abc\u{202e}fed \u{200b}x".into(),
        text: String::new(),
        tags: vec![],
        items: vec![],
        action: None,
    });
    let mut s = setup(Workbook::default());
    s.log = Some(Ok(log));
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('9'));
    let shown = screen_text(&app);
    assert!(shown.contains("abcfed"), "{shown}");
    assert!(!shown.contains('\u{202e}') && !shown.contains('\u{200b}'));
}

#[test]
fn opening_read_only_names_the_reason_not_a_change() {
    for (why, says) in [
        (ReadOnly::NotWritable, "niet schrijven"),
        (
            ReadOnly::Unavailable(std::io::ErrorKind::PermissionDenied),
            "geen toestemming",
        ),
        (ReadOnly::Locked, "ander venster"),
    ] {
        let mut s = setup(Workbook::default());
        s.read_only = Some(why);
        let app = app_with(&MemStore::new(), s);
        let m = message(&app);
        assert!(m.contains(says), "{m}");
        assert!(!m.contains("deze wijziging"), "{m}");
    }
}
