//! The app's words (issue 10, part "words"): messages of a kind with a mark that fits, the
//! recent messages on `m`, a footer of two rows for a long message, counts in singular and
//! plural, the help on the keys of the place it is opened in, and the presentation's questions.

use super::*;
use crate::store::{ReadOnly, Store};

fn kind(app: &App) -> MessageKind {
    app.message().expect("a message is shown").kind
}

#[test]
fn refusals_are_not_marked_as_done() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    // No intervention chosen: `a` is refused, not done.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(message(&app), Msg::NoInterventions.get(Lang::Nl));
    assert_eq!(kind(&app), MessageKind::Warning);
    // A key has no score.
    key(&mut app, KeyCode::Char('+'));
    assert_eq!(kind(&app), MessageKind::Warning);
    // In the log, nothing to undo.
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(message(&app), Msg::NothingToUndo.get(Lang::Nl));
    assert_eq!(kind(&app), MessageKind::Warning);
}

#[test]
fn done_is_ticked_and_plain_information_is_not_marked() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(kind(&app), MessageKind::Done);
    assert_eq!(MessageKind::Done.mark(), "✓");
    key(&mut app, KeyCode::Char('L'));
    assert_eq!(message(&app), "Language: English.");
    assert_eq!(kind(&app), MessageKind::Info);
    assert_eq!(MessageKind::Info.mark(), "");
    // Opening and closing a note without typing changes nothing: plain information.
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(kind(&app), MessageKind::Info);
}

#[test]
fn what_failed_is_marked_as_failed() {
    let store = MemStore::new();
    store.saved.borrow_mut().fail_with = Some(crate::store::StoreProblem::Io(
        std::io::ErrorKind::StorageFull,
    ));
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(kind(&app), MessageKind::Failed);
    assert_eq!(MessageKind::Failed.mark(), "✗");
}

#[test]
fn the_last_messages_are_kept_newest_first_with_their_time() {
    let clock = ManualClock::at("2026-11-23T09:30:00Z");
    let mut s = setup(Workbook::default());
    s.clock = Box::new(clock.clone());
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char(' '));
    clock.set("2026-11-23T09:45:00Z");
    key(&mut app, KeyCode::Char('a'));
    let told: Vec<(String, MessageKind)> = app
        .told()
        .map(|t| (t.message.text.clone(), t.message.kind))
        .collect();
    assert_eq!(
        told,
        [
            (
                Msg::NoInterventions.get(Lang::Nl).to_string(),
                MessageKind::Warning
            ),
            (
                Msg::MarkedStudied.get(Lang::Nl).to_string(),
                MessageKind::Done
            ),
        ]
    );
    assert_eq!(
        app.told().next().unwrap().at,
        "2026-11-23T09:45:00Z".parse().unwrap()
    );
    // No more than twenty are kept.
    for _ in 0..30 {
        key(&mut app, KeyCode::Char(' '));
    }
    assert_eq!(app.told().count(), 20);
}

#[test]
fn being_saved_and_saved_are_one_message_in_the_list() {
    let store = MemStore::new();
    store.saved.borrow_mut().slow = true;
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "tekst");
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::NoteSaving.get(Lang::Nl));
    assert_eq!(kind(&app), MessageKind::Info, "not done yet: no tick");
    store.saved.borrow_mut().slow = false;
    let events = app.store.events();
    app.update(Action::Stored(events));
    assert_eq!(kind(&app), MessageKind::Done);
    let texts: Vec<&str> = app.told().map(|t| t.message.text.as_str()).collect();
    assert_eq!(texts, [Msg::NoteSaved.get(Lang::Nl)]);
}

#[test]
fn m_shows_the_recent_messages_in_full_and_closes_again() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(80, 24);
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char(' '));
    // On a step, from the list: `a` asks to choose an intervention in the text first.
    key(&mut app, KeyCode::Char('8'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('m'));
    assert!(matches!(app.overlay(), Some(Overlay::Messages(_))));
    assert_eq!(app.ctx(), Ctx::Overlay);
    let shown = screen_text(&app);
    assert!(shown.contains("Meldingen"), "{shown}");
    assert!(
        shown.contains("09:30  ! Kies eerst een interventie"),
        "{shown}"
    );
    assert!(
        shown.contains("09:30  ✓ Gemarkeerd als bestudeerd."),
        "{shown}"
    );
    let newest = shown.find("Kies eerst").unwrap();
    assert!(newest < shown.find("Gemarkeerd").unwrap(), "newest first");
    key(&mut app, KeyCode::Char('m'));
    assert!(app.overlay().is_none(), "m closes it again");
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
}

#[test]
fn a_long_message_takes_two_footer_rows_and_the_panes_give_up_one() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(80, 24);
    s.read_only = Some(ReadOnly::NotWritable);
    s.dir = "/home/juf.de.vries/.config/werkboek-met-een-lange-naam".into();
    let mut app = app_with(&MemStore::new(), s);
    assert_eq!(app.footer_rows(), 2);
    let with_message = app.layout();
    assert_eq!(with_message.footer.height, 2);
    let shown = screen_text(&app);
    // The whole path is there, over two rows.
    assert!(shown.contains("werkboek-met-een-lange-naam"), "{shown}");
    // A key clears the message; the footer is one row again and the list has the row back.
    key(&mut app, KeyCode::Down);
    assert_eq!(app.footer_rows(), 1);
    assert_eq!(app.layout().list.height, with_message.list.height + 1);
}

#[test]
fn overdue_actions_are_counted_in_singular_and_plural() {
    let one = with_log(
        &MemStore::new(),
        log_of(&[(
            "2026-10-01T10:00:00Z",
            "bellen",
            &[],
            Some(Status::Planned),
            Some("2026-11-01"),
        )]),
    );
    assert!(
        message(&one).starts_with("1 actie voorbij"),
        "{}",
        message(&one)
    );
    let two = with_log(
        &MemStore::new(),
        log_of(&[
            (
                "2026-10-01T10:00:00Z",
                "bellen",
                &[],
                Some(Status::Planned),
                Some("2026-11-01"),
            ),
            (
                "2026-10-02T10:00:00Z",
                "mailen",
                &[],
                Some(Status::Doing),
                Some("2026-11-02"),
            ),
        ]),
    );
    assert!(
        message(&two).starts_with("2 acties voorbij"),
        "{}",
        message(&two)
    );
    assert!(!message(&two).contains("(s)"));
}

#[test]
fn p_in_the_log_or_the_measures_presents_nothing_and_says_why() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('9'));
    key_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert!(app.present().is_none(), "no lone title slide");
    assert_eq!(message(&app), Msg::PresentNotLog.get(Lang::Nl));
    assert_eq!(kind(&app), MessageKind::Warning);
    key(&mut app, KeyCode::Char('0'));
    key_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert!(app.present().is_none());
    assert_eq!(message(&app), Msg::PresentNotMeasures.get(Lang::Nl));
    // In the material, Ctrl-P presents that part.
    key(&mut app, KeyCode::Char('1'));
    key_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert!(app.present().is_some());
}

/// The app presenting from key 5's slide, having stopped at key 2's last time.
fn asked_to_resume() -> Harness {
    let mut w = Workbook::default();
    w.settings.present_at = Some("sleutel-2".into());
    let mut app = app_with(&MemStore::new(), setup(w));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(current_id(&app), "sleutel-5");
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.ctx(), Ctx::Resume);
    app
}

fn slide_id(app: &App) -> String {
    app.present().unwrap().current().unwrap().id.clone()
}

#[test]
fn the_resume_question_names_both_places_and_home_means_the_start() {
    let app = asked_to_resume();
    let shown = screen_text(&app);
    assert!(
        shown.contains("verder waar je de vorige keer stopte: Sleutel 2"),
        "{shown}"
    );
    assert!(
        shown.contains("opnieuw, vanaf wat je nu leest: Sleutel 5"),
        "{shown}"
    );
    assert!(shown.contains("opnieuw vanaf het begin (1/"), "{shown}");
    assert!(shown.contains("toch niet presenteren"), "{shown}");
    assert!(!shown.contains("beginnen bij"), "{shown}");

    let mut on = asked_to_resume();
    key(&mut on, KeyCode::Enter);
    assert_eq!(slide_id(&on), "sleutel-2");
    let mut here = asked_to_resume();
    key(&mut here, KeyCode::Char('n'));
    assert_eq!(slide_id(&here), "sleutel-5");
    let mut start = asked_to_resume();
    key(&mut start, KeyCode::Home);
    assert_eq!(start.present().unwrap().at, 0);
    assert_eq!(start.ctx(), Ctx::Present);
}

#[test]
fn the_question_footer_names_both_j_and_y() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(80, 24);
    s.log = Some(Ok(log_of(&[(
        "2026-11-01T10:00:00Z",
        "regel",
        &[],
        None,
        None,
    )])));
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    let shown = screen_text(&app);
    assert!(shown.contains(" j/y ja  n nee"), "{shown}");
    key(&mut app, KeyCode::Char('j'));
    assert!(app.log().unwrap().is_empty(), "j answers yes");
    // In English, the word's own letter first.
    key(&mut app, KeyCode::Char('L'));
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('d'));
    assert!(screen_text(&app).contains(" y/j yes  n no"));
}

#[test]
fn the_own_editor_shows_the_name_of_what_is_written() {
    use crate::tui::external::file_name;
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(file_name(&app), "notitie-sleutel-1.md");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(file_name(&app), "logboekregel.md");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('L'));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(file_name(&app), "note-sleutel-1.md");
}

#[test]
fn the_messages_scroll_when_they_do_not_fit() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(80, 24);
    let mut app = app_with(&MemStore::new(), s);
    // Twenty refusals of two lines each at 80 columns: more than the box holds.
    key(&mut app, KeyCode::Char('8'));
    key(&mut app, KeyCode::Down);
    for _ in 0..20 {
        key(&mut app, KeyCode::Char('a'));
    }
    key(&mut app, KeyCode::Char('m'));
    let top = |app: &App| match app.overlay() {
        Some(Overlay::Messages(s)) => s.top(),
        _ => panic!("the messages are open"),
    };
    key(&mut app, KeyCode::PageDown);
    assert!(top(&app) > 0);
    for _ in 0..5 {
        key(&mut app, KeyCode::PageDown);
    }
    // Forty lines in a box of twenty: no further than the last twenty.
    assert_eq!(top(&app), 20, "no further than the end");
    assert!(screen_text(&app).contains("naartoe."));
}
