//! `X`: the self-scan exported from inside the workbook, with a name or without, to where the
//! portfolio goes; only the scores go in.

use super::*;

fn scored() -> Workbook {
    let mut w = Workbook::default();
    w.update_item("lo-cultuur-1", |s| {
        s.now = Some(2);
        s.note = "GEHEIME NOTITIE".into();
    });
    w
}

#[test]
fn x_in_zelfscan_asks_a_name_and_says_where_the_scan_went() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(scored()));
    go_to_item(&mut app, "lo-cultuur-1");
    key(&mut app, KeyCode::Char('X'));
    assert_eq!(app.ctx(), Ctx::ScanName);
    app.typed("Anna de Vries");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Study);
    let exports = store.saved.borrow().exports.clone();
    assert_eq!(exports.len(), 1);
    let (name, bytes) = &exports[0];
    assert_eq!(name, "zelfscan-anna-de-vries-2026-11-23.json");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let scan = crate::format::scan::parse(&text).unwrap();
    assert_eq!(scan.name.as_deref(), Some("Anna de Vries"));
    assert_eq!(scan.scores["lo-cultuur-1"].now, Some(2));
    assert!(!text.contains("GEHEIM"), "only the scores");
    assert_eq!(
        message(&app),
        format!(
            "Je scan staat in geheugen/export/{name}. Geef dat bestand aan wie de sessie leidt."
        )
    );
}

#[test]
fn without_a_name_the_scan_has_none_and_esc_exports_nothing() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(scored()));
    key(&mut app, KeyCode::Char('0'));
    key(&mut app, KeyCode::Char('X'));
    assert_eq!(app.ctx(), Ctx::ScanName);
    key(&mut app, KeyCode::Esc);
    assert!(store.saved.borrow().exports.is_empty());
    key(&mut app, KeyCode::Char('X'));
    key(&mut app, KeyCode::Enter);
    let exports = store.saved.borrow().exports.clone();
    assert_eq!(exports[0].0, "zelfscan-2026-11-23.json");
    let scan =
        crate::format::scan::parse(&String::from_utf8(exports[0].1.clone()).unwrap()).unwrap();
    assert_eq!(scan.name, None);
}

#[test]
fn x_where_nothing_is_scored_says_where_to_go() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(scored()));
    // Key 1 is read, not scored.
    key(&mut app, KeyCode::Char('X'));
    assert_eq!(message(&app), Msg::ScanNotHere.get(Lang::Nl));
    let mut empty = app_with(&store, setup(Workbook::default()));
    key(&mut empty, KeyCode::Char('0'));
    key(&mut empty, KeyCode::Char('X'));
    assert_eq!(message(&empty), Msg::ScanNothing.get(Lang::Nl));
    assert!(store.saved.borrow().exports.is_empty());
}
