//! The welcome of the first start.

use super::*;

fn first_start(store: &MemStore) -> Harness {
    let mut s = setup(Workbook::default());
    s.workbook = Ok(Workbook::default());
    app_with(store, s)
}

#[test]
fn the_first_start_welcomes_and_any_answer_puts_it_away_for_good() {
    let store = MemStore::new();
    let mut app = first_start(&store);
    assert_eq!(app.ctx(), Ctx::Welcome);
    assert!(screen_text(&app).contains("Welkom bij werkboek"));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Study);
    assert!(!screen_text(&app).contains("Welkom bij werkboek"));
    assert!(
        saved(&store).settings.welcomed,
        "saved, so it does not come back"
    );
    // The next start, on what was saved, goes straight to the material.
    let mut s = setup(Workbook::default());
    s.workbook = Ok(saved(&store));
    let again = app_with(&MemStore::new(), s);
    assert_eq!(again.ctx(), Ctx::Study);
}

#[test]
fn the_welcome_leads_to_the_help_or_out() {
    let store = MemStore::new();
    let mut app = first_start(&store);
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    assert!(saved(&store).settings.welcomed);

    let store = MemStore::new();
    let mut app = first_start(&store);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert!(saved(&store).settings.welcomed);
}

#[test]
fn no_welcome_for_someone_who_already_wrote_or_scored() {
    let mut w = Workbook::default();
    w.update_item("sleutel-1", |s| s.note = "van een oudere versie".into());
    let mut s = setup(Workbook::default());
    s.workbook = Ok(w);
    assert_eq!(app_with(&MemStore::new(), s).ctx(), Ctx::Study);
}

#[test]
fn no_welcome_on_a_projector() {
    let mut s = setup(Workbook::default());
    s.workbook = Ok(Workbook::default());
    s.present = Some(crate::present::Start::Material {
        from: None,
        only: false,
    });
    let mut app = app_with(&MemStore::new(), s);
    assert!(matches!(app.ctx(), Ctx::Present | Ctx::Resume));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.overlay().is_none(), "nor after the presentation");
}

#[test]
fn on_a_small_screen_the_arrows_scroll_the_welcome() {
    let mut s = setup(Workbook::default());
    s.workbook = Ok(Workbook::default());
    s.size = Size::new(60, 15);
    let mut app = app_with(&MemStore::new(), s);
    let before = screen_text(&app);
    assert!(
        !before.contains("zoeken"),
        "the keys are below the fold:\n{before}"
    );
    for _ in 0..10 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.ctx(), Ctx::Welcome, "scrolling does not put it away");
    let after = screen_text(&app);
    assert!(after.contains("zoeken"), "{after}");
}
