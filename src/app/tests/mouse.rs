//! The mouse: clicks and the wheel, found where drawing puts things.

use super::*;

fn click(app: &mut Harness, column: u16, row: u16) {
    app.update(Action::Pointer(Pointer {
        kind: PointerKind::Click,
        column,
        row,
    }));
}

fn wheel(app: &mut Harness, down: bool, column: u16, row: u16) {
    app.update(Action::Pointer(Pointer {
        kind: if down {
            PointerKind::WheelDown
        } else {
            PointerKind::WheelUp
        },
        column,
        row,
    }));
}

/// Where `text` is on the screen (column, row), as drawn.
fn find(app: &App, text: &str) -> (u16, u16) {
    let screen = screen_text(app);
    let width = usize::from(app.size().width);
    let chars: Vec<char> = screen.chars().collect();
    for (row, line) in chars.chunks(width).enumerate() {
        let line: String = line.iter().collect();
        if let Some(at) = line.find(text) {
            let column = line[..at].chars().count();
            return (column as u16, row as u16);
        }
    }
    panic!("{text} is not on the screen:\n{screen}");
}

#[test]
fn a_click_on_a_tab_shows_it() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let (x, y) = find(&app, "9 Logboek");
    click(&mut app, x + 2, y);
    assert_eq!(app.tabs()[app.tab()], Tab::Log);
    let (x, y) = find(&app, "3 Leerfuncties");
    click(&mut app, x, y);
    assert_eq!(app.tab(), 2);
}

#[test]
fn a_click_chooses_a_row_and_a_second_click_reads_it() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let (x, y) = find(&app, "Verleid tot leren");
    click(&mut app, x, y);
    assert_eq!(current_id(&app), "sleutel-5");
    assert_eq!(app.ctx(), Ctx::Study);
    click(&mut app, x, y);
    assert_eq!(app.ctx(), Ctx::Text, "the second click reads it");
    // A click on the list gives it the focus back.
    click(&mut app, 2, 3);
    assert_eq!(app.ctx(), Ctx::Study);
}

#[test]
fn a_click_on_a_link_chooses_it_and_a_second_follows_it() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let (x, y) = find(&app, "Begin met de bedoeling");
    click(&mut app, x, y);
    // Scroll the text with the wheel until its link shows.
    let (tx, ty) = (70, 10);
    for _ in 0..40 {
        if screen_text(&app).contains("Zie ook") {
            break;
        }
        wheel(&mut app, true, tx, ty);
    }
    let (x, y) = find(&app, "Zie ook");
    click(&mut app, x, y);
    assert_eq!(app.ctx(), Ctx::Text);
    assert!(
        app.study()
            .chosen_anchor(0)
            .is_some_and(|a| a.kind == crate::view::item::AnchorKind::Link)
    );
    let before = current_id(&app);
    let (x, y) = find(&app, "Zie ook");
    click(&mut app, x, y);
    assert_ne!(
        app.current_shown(),
        Some(crate::view::item::Shown::Item(
            app.content().item_by_id(&before).unwrap().0
        ))
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(current_id(&app), before, "and Esc comes back");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    wheel(&mut app, true, 70, 10);
    assert!(app.study().place(0).scroll() > 0, "the text scrolls");
    assert_eq!(current_id(&app), "sleutel-1", "the list stays");
    wheel(&mut app, true, 5, 10);
    assert_eq!(
        current_id(&app),
        "sleutel-2",
        "the wheel over the list moves in it"
    );
    // In the help, the wheel scrolls the help.
    key(&mut app, KeyCode::Char('?'));
    let top = screen_text(&app);
    wheel(&mut app, true, 50, 10);
    assert_ne!(screen_text(&app), top);
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    // And in the glossary, the glossary.
    key(&mut app, KeyCode::Char('w'));
    assert!(matches!(app.overlay(), Some(Overlay::Glossary(s)) if s.top() == 0));
    wheel(&mut app, true, 50, 10);
    assert!(matches!(app.overlay(), Some(Overlay::Glossary(s)) if s.top() > 0));
}

#[test]
fn a_click_on_the_note_opens_it() {
    let mut w = Workbook::default();
    w.update_item("sleutel-1", |s| s.note = "mijn notitie".into());
    let mut app = app_with(&MemStore::new(), setup(w));
    let (x, y) = find(&app, "mijn notitie");
    click(&mut app, x, y);
    assert_eq!(app.ctx(), Ctx::Editor);
}

#[test]
fn the_mouse_never_answers_a_question_about_the_users_files() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.workbook = Err(unreadable());
    let mut app = app_with(&store, s);
    for row in 0..30 {
        click(&mut app, 50, row);
    }
    assert_eq!(app.ctx(), Ctx::Problem);
    assert_eq!(store.saved.borrow().set_aside, 0);
}

#[test]
fn a_question_is_answered_by_a_click_on_its_answer() {
    let store = MemStore::new();
    let mut app = with_log(
        &store,
        log_of(&[("2026-11-01T10:00:00Z", "Weg ermee", &[][..], None, None)]),
    );
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    // A click beside the answers does nothing; on "nee" it says no.
    click(&mut app, 1, 1);
    assert_eq!(app.ctx(), Ctx::Confirm);
    let (x, y) = find(&app, "nee");
    click(&mut app, x, y);
    assert_eq!(app.ctx(), Ctx::Log);
    assert_eq!(app.log().unwrap().len(), 1);
    key(&mut app, KeyCode::Char('d'));
    let (x, y) = find(&app, " ja");
    click(&mut app, x + 1, y);
    assert_eq!(app.log().unwrap().len(), 0, "yes deletes");
}

#[test]
fn a_click_on_a_search_result_chooses_it_and_a_second_opens_it() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "eigenaarschap");
    let (x, y) = find(&app, "Factor 2 · Verantwoordelijkheid");
    click(&mut app, x, y);
    assert_eq!(app.ctx(), Ctx::Search, "the first click chooses");
    click(&mut app, x, y);
    assert_eq!(
        current_id(&app),
        "factor-verantwoordelijkheid",
        "the second opens"
    );
}

#[test]
fn a_click_on_a_snapshot_compares_with_it() {
    let mut w = Workbook::default();
    w.update_item("factor-verbinding", |s| s.now = Some(2));
    w.take_snapshot("2026-01-15T08:00:00Z".parse().unwrap());
    w.update_item("factor-verbinding", |s| s.now = Some(3));
    w.take_snapshot("2026-04-01T12:00:00Z".parse().unwrap());
    let store = MemStore::new();
    let mut app = app_with(&store, setup(w));
    key(&mut app, KeyCode::Char('0'));
    let (x, y) = find(&app, "01-04-2026 12:00");
    click(&mut app, x, y);
    assert_eq!(app.comparison().map(|(i, _)| i), Some(1));
    let (x, y) = find(&app, "15-01-2026 08:00");
    click(&mut app, x, y);
    assert_eq!(app.comparison().map(|(i, _)| i), Some(0));
}
