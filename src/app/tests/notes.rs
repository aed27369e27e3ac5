use super::*;
use crate::store::Store;

#[test]
fn ctrl_c_in_the_editor_saves_the_note_and_quits() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "half af");
    key_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
    assert_eq!(saved(&store).note("sleutel-1"), "half af");
    assert!(
        store.saved.borrow().flushes >= 1,
        "quitting waits for the disk"
    );
}

#[test]
fn a_pause_in_typing_saves_the_note_so_far() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "eerste gedachte");
    assert_eq!(store.saved.borrow().saves, 0, "no save per keystroke");
    app.update(Action::Idle);
    assert_eq!(saved(&store).note("sleutel-1"), "eerste gedachte");
    assert_eq!(app.ctx(), Ctx::Editor, "the editor stays open");
}

#[test]
fn emptying_a_note_removes_it() {
    let store = MemStore::new();
    let mut w = Workbook::default();
    w.update_item("sleutel-1", |s| s.note = "weg ermee".into());
    let mut app = app_with(&store, setup(w));
    key(&mut app, KeyCode::Char('e'));
    for _ in 0.."weg ermee".len() {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(&store).item("sleutel-1"), None);
    assert_eq!(app.message().unwrap().text, Msg::NoteRemoved.get(Lang::Nl));
}

#[test]
fn paste_goes_into_the_note_and_nowhere_else() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    app.update(Action::Paste("niet hier".into()));
    assert_eq!(app.ctx(), Ctx::Study);
    key(&mut app, KeyCode::Char('e'));
    app.update(Action::Paste("regel 1\r\nregel 2".into()));
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(&store).note("sleutel-1"), "regel 1\nregel 2");
}

#[test]
fn saved_is_said_only_once_the_save_is_on_disk() {
    let store = MemStore::new();
    store.saved.borrow_mut().slow = true;
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "nog niet op schijf");
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::NoteSaving.get(Lang::Nl));
    // The writer reports back: now it is true.
    store.saved.borrow_mut().slow = false;
    let events = app.store.events();
    app.update(Action::Stored(events));
    assert_eq!(message(&app), Msg::NoteSaved.get(Lang::Nl));
}

#[test]
fn closing_a_note_after_an_autosave_says_it_was_saved() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "een pauze in het typen");
    app.update(Action::Idle);
    assert_eq!(saved(&store).note("sleutel-1"), "een pauze in het typen");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        message(&app),
        Msg::NoteSaved.get(Lang::Nl),
        "not 'unchanged'"
    );
    // Opening and closing without typing is unchanged.
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::NoteUnchanged.get(Lang::Nl));
}

#[test]
fn a_huge_note_is_kept_but_not_opened_in_the_editor() {
    let mut w = Workbook::default();
    let huge = "x".repeat(editor::NOTE_LIMIT + 10);
    w.update_item("sleutel-1", |s| s.note = huge.clone());
    let store = MemStore::new();
    let mut app = app_with(&store, setup(w));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Study);
    assert!(message(&app).contains("te groot"), "{}", message(&app));
    key(&mut app, KeyCode::Char('q'));
    assert_eq!(saved(&store).note("sleutel-1"), huge, "kept as it was");
}
