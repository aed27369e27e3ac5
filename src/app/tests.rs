//! Key-driven tests of the app's logic: real key events through the keymap, no terminal.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

use super::*;
use crate::clock::ManualClock;
use crate::content;
use crate::store::{LoadProblem, MemStore, Unreadable};

pub(crate) fn setup(workbook: Workbook) -> Setup {
    Setup {
        workbook: Ok(workbook),
        log: Some(Ok(Default::default())),
        read_only: None,
        lang_flag: None,
        locale_lang: None,
        theme: Theme::mono(),
        size: Size::new(100, 30),
        clock: Box::new(ManualClock::at("2026-11-23T09:30:00Z")),
        present: None,
        dir: "geheugen".into(),
        notices: Vec::new(),
        rescues: Vec::new(),
    }
}

fn app_with(store: &MemStore, setup: Setup) -> App {
    App::new(content::embedded(), Box::new(store.clone()), setup)
}

fn key(app: &mut App, code: KeyCode) {
    key_mod(app, code, KeyModifiers::NONE);
}

fn key_mod(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    let ev = Event::Key(KeyEvent::new(code, modifiers));
    if let Some(a) = app.action_for(&ev) {
        app.update(a);
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        match c {
            '\n' => key(app, KeyCode::Enter),
            c => key(app, KeyCode::Char(c)),
        }
    }
}

fn current_id(app: &App) -> String {
    app.content.item(app.current_item().unwrap()).id.to_string()
}

fn saved(store: &MemStore) -> Workbook {
    store
        .saved
        .borrow()
        .workbook
        .clone()
        .expect("something was saved")
}

#[test]
fn select_a_factor_write_a_note_mark_studied_and_see_it_again() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(current_id(&app), "factor-zelfvertrouwen");

    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Editor);
    typed(
        &mut app,
        "Ik durf meer: één stap per week 🌱\nquit is hier gewoon tekst",
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Study);
    key(&mut app, KeyCode::Char(' '));

    let w = saved(&store);
    let state = w.item("factor-zelfvertrouwen").unwrap();
    assert_eq!(
        state.note,
        "Ik durf meer: één stap per week 🌱\nquit is hier gewoon tekst"
    );
    assert!(state.studied);
    assert_eq!(app.progress(1), (1, 8));

    // A new session on what was saved shows the note in the text pane.
    let mut again = app_with(&MemStore::new(), setup(w));
    key(&mut again, KeyCode::Char('2'));
    key(&mut again, KeyCode::Char('j'));
    key(&mut again, KeyCode::Char('j'));
    let r = again.current_item().unwrap();
    let text: String = crate::ui::detail::lines(&again, r, 60)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    assert!(text.contains("één stap per week 🌱"), "{text}");
    assert!(text.contains("✓"), "{text}");
}

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
    assert_eq!(saved_log(&store).entries[0].title, "Gesprek met het team");
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
    assert_eq!(app.quit_error, None);
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
    assert_eq!(
        app.message.as_ref().unwrap().text,
        Msg::NoteRemoved.get(Lang::Nl)
    );
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
fn a_link_leads_to_its_section_and_esc_comes_back() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(current_id(&app), "sleutel-4");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Detail);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.content.sections[app.tab].id, "eigenaarschap");
    assert_eq!(current_id(&app), "factor-verbinding");
    key(&mut app, KeyCode::Esc);
    assert_eq!(current_id(&app), "sleutel-4");
    // A factor links back to its key.
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(current_id(&app), "sleutel-4");
}

#[test]
fn sections_by_tab_and_number() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let n = app.tabs.len();
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(app.tab, 2);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, 3 % n);
    key_mod(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.tab, 2);
    // 0 is the tenth tab.
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.tab, 9);
    assert_eq!(app.tabs.len(), 10);
}

#[test]
fn the_text_scrolls_but_not_past_its_end() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    let end = app.nav[0].scroll;
    assert!(end > 0, "key 1's text is longer than the pane");
    key(&mut app, KeyCode::Down);
    assert_eq!(app.nav[0].scroll, end);
    key(&mut app, KeyCode::Home);
    assert_eq!(app.nav[0].scroll, 0);
    // Choosing another item starts its text at the top.
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.nav[0].scroll, 0);
}

#[test]
fn the_list_keeps_the_selection_in_view_on_a_small_screen() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(60, 15);
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::End);
    let height = usize::from(
        crate::ui::layout::study(Rect::new(0, 0, 60, 15), app.tab_rows())
            .list_inner()
            .height,
    );
    let nav = app.nav[1];
    assert!(nav.selected >= nav.offset && nav.selected < nav.offset + height);
}

use ratatui::layout::Rect;

#[test]
fn language_switch_is_remembered() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    assert_eq!(app.lang, Lang::Nl);
    key(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang, Lang::En);
    assert_eq!(saved(&store).settings.lang, Some(Lang::En));
    // The saved choice beats the locale, the flag beats both.
    let mut s = setup(saved(&store));
    s.locale_lang = Some(Lang::Nl);
    assert_eq!(app_with(&MemStore::new(), s).lang, Lang::En);
    let mut s = setup(saved(&store));
    s.lang_flag = Some(Lang::Nl);
    assert_eq!(app_with(&MemStore::new(), s).lang, Lang::Nl);
}

#[test]
fn read_only_refuses_changes_and_saves_nothing() {
    let store = MemStore::new();
    let mut s = setup(Workbook::default());
    s.read_only = Some(ReadOnly::Locked);
    let mut app = app_with(&store, s);
    assert_eq!(app.message.as_ref().unwrap().kind, MessageKind::Error);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(app.ctx(), Ctx::Study, "no editor in read-only mode");
    assert_eq!(
        app.message.as_ref().unwrap().text,
        Msg::ReadOnlyRefused.get(Lang::Nl)
    );
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    assert_eq!(store.saved.borrow().saves, 0);
    assert!(!app.workbook.studied("sleutel-1"));
}

fn unreadable() -> Unreadable {
    Unreadable {
        path: "/home/juf/.config/werkboek/werkboek.json".into(),
        problem: LoadProblem::NotJson { line: 3, column: 1 },
    }
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
    assert!(app.message.as_ref().unwrap().text.contains("onleesbaar-1"));
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
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.contains("de schijf is vol"), "{}", m.text);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit_error.is_some());
    // The work is still in memory, for the emergency copy.
    assert!(
        String::from_utf8(app.workbook_json())
            .unwrap()
            .contains("sleutel-1")
    );
}

#[test]
fn help_and_sources_open_scroll_and_close() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    key(&mut app, KeyCode::Down);
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 1 })));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.overlay.is_none());
    assert!(!app.quit, "q closes help instead of quitting");
    key(&mut app, KeyCode::Char('i'));
    assert!(matches!(app.overlay, Some(Overlay::Sources { .. })));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
}

#[test]
fn help_scrolls_no_further_than_its_end() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('?'));
    let scroll = |app: &App| match app.overlay {
        Some(Overlay::Help { scroll }) => scroll,
        _ => panic!("help is open"),
    };
    for _ in 0..100 {
        key(&mut app, KeyCode::PageDown);
    }
    let end = scroll(&app);
    assert!(end > 0);
    key(&mut app, KeyCode::Up);
    assert_eq!(scroll(&app), end - 1, "one step up moves at once");
}

#[test]
fn help_names_the_keys_of_the_tab_it_was_opened_on_first() {
    let mut app = with_log(&MemStore::new(), Log::default());
    key(&mut app, KeyCode::Char('9'));
    let lines: Vec<String> = crate::ui::help::lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect();
    let at = |heading: Msg| {
        lines
            .iter()
            .position(|l| l == heading.get(app.lang))
            .unwrap_or_else(|| panic!("{heading:?} in the help"))
    };
    assert!(at(Msg::HelpLog) < at(Msg::HelpList));
    assert!(at(Msg::HelpEverywhere) < at(Msg::HelpLog));
    for heading in [
        Msg::HelpForm,
        Msg::HelpFilter,
        Msg::HelpSearch,
        Msg::HelpPresent,
    ] {
        at(heading);
    }
}

fn go_to_item(app: &mut App, id: &str) {
    let (r, _) = app.content.item_by_id(id).unwrap();
    app.go_to(crate::content::Target::Item(r));
}

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
    assert_eq!(app.message.as_ref().unwrap().text, "Wens: 5 · sterk");
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
    assert_eq!(
        app.message.as_ref().unwrap().text,
        "Nu: 3 · sterk ontwikkeld"
    );
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(
        app.message.as_ref().unwrap().text,
        Msg::NoGoalHere.get(Lang::Nl)
    );
    assert_eq!(saved(&store).score("lo-expertise-2").goal, None);
    // The part's summary counts it.
    let r = app.current_item().unwrap();
    let summary = crate::ui::detail::group_summary(&app, r, Lang::Nl);
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
        app.message.as_ref().unwrap().text,
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
    assert_eq!(app.message.as_ref().unwrap().kind, MessageKind::Error);
    assert!(app.workbook.snapshots.is_empty());

    go_to_item(&mut app, "factor-verbinding");
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('s'));
    assert!(
        app.message
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
    assert_eq!(app.measures.selected, 0, "stops at the newest");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.measures.selected, 1, "stops at the oldest");
}

#[test]
fn an_intervention_becomes_an_action_in_the_steps_note() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    // Without choosing one first, `a` explains what to do.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(
        app.message.as_ref().unwrap().text,
        Msg::ChooseIntervention.get(Lang::Nl)
    );
    key(&mut app, KeyCode::Enter);
    // Read down until the arrows land on the first intervention.
    let mut guard = 0;
    while app.nav[app.section().unwrap()].cursor.is_none() {
        key(&mut app, KeyCode::Down);
        guard += 1;
        assert!(guard < 200, "never reached an intervention");
    }
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('a'));
    let (_, step) = app.content.item_by_id("stap-1").unwrap();
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

#[test]
fn a_choice_the_text_no_longer_has_is_no_choice() {
    // The text's choosable places include the item's log entries; deleting entries leaves an
    // old choice pointing past the end. Moving must carry on from nothing chosen.
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    key(&mut app, KeyCode::Enter);
    let s = app.section().unwrap();
    let doc = app.current_doc();
    let anchors = doc.anchors.len();
    app.nav[s].scroll = doc.anchors[0].line;
    app.nav[s].cursor = Some(anchors + 2);
    key(&mut app, KeyCode::Down);
    assert_eq!(
        app.nav[s].cursor,
        Some(0),
        "the first one in view is chosen"
    );
    app.nav[s].cursor = Some(anchors + 2);
    key(&mut app, KeyCode::Up);
    assert!(app.nav[s].cursor.is_some_and(|c| c < anchors));
}

#[test]
fn shift_p_presents_only_the_part_being_read_from_its_start() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "sleutel-5");
    key_mod(&mut app, KeyCode::Char('P'), KeyModifiers::SHIFT);
    let p = app.present.as_ref().expect("presenting");
    let part = &p.slides[0].part_id;
    assert!(p.slides.iter().all(|s| &s.part_id == part));
    assert!(
        p.slides.iter().any(|s| s.id.starts_with("sleutel-5")),
        "{part}"
    );
    assert_eq!(p.at, 0);
}

#[test]
fn every_link_of_an_item_can_be_followed() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    let links = app.content.item_by_id("stap-1").unwrap().1.links.clone();
    assert!(links.len() >= 2, "stap-1 has two links to test with");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    // From the end, Up lands on the last link first.
    let mut guard = 0;
    loop {
        key(&mut app, KeyCode::Up);
        let s = app.section().unwrap();
        let doc = app.current_doc();
        if app.nav[s]
            .cursor
            .map(|c| &doc.anchors[c])
            .is_some_and(|a| a.id == links[1])
        {
            break;
        }
        guard += 1;
        assert!(guard < 50, "the second link was never chosen");
    }
    key(&mut app, KeyCode::Enter);
    let shown = app.current_item().map(|r| (r.section, r.group)).unwrap();
    let Some(crate::content::Target::Group { section, group }) = app.content.find(&links[1]) else {
        panic!("links[1] names a group");
    };
    assert_eq!(shown, (section, group));
    key(&mut app, KeyCode::Esc);
    assert_eq!(current_id(&app), "stap-1");
}

#[test]
fn the_footer_offers_only_keys_that_do_something_here() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    assert!(!app.applies(Cmd::RateUp), "keys have no score");
    assert!(app.applies(Cmd::FollowLink));
    go_to_item(&mut app, "factor-verbinding");
    assert!(app.applies(Cmd::RateUp) && app.applies(Cmd::GoalUp));
    go_to_item(&mut app, "lp-3");
    assert!(app.applies(Cmd::RateUp) && !app.applies(Cmd::GoalUp));
}

// --- The log -------------------------------------------------------------------------------

use crate::data::{ActionState, Entry, Log, Status};

/// (created, title, items, action status, follow-up date)
type Row<'a> = (
    &'a str,
    &'a str,
    &'a [&'a str],
    Option<Status>,
    Option<&'a str>,
);

fn log_of(entries: &[Row]) -> Log {
    let mut log = Log::default();
    for (n, (created, title, items, status, follow_up)) in entries.iter().enumerate() {
        log.push(Entry {
            id: n as u64 + 1,
            created: created.parse().unwrap(),
            updated: None,
            title: title.to_string(),
            text: format!("tekst van {title}"),
            tags: vec!["team".into()],
            items: items.iter().map(|s| s.to_string()).collect(),
            action: status.map(|status| ActionState {
                status,
                follow_up: follow_up.map(|d| d.parse().unwrap()),
            }),
        });
    }
    log
}

fn with_log(store: &MemStore, log: Log) -> App {
    let mut s = setup(Workbook::default());
    s.log = Some(Ok(log));
    app_with(store, s)
}

fn saved_log(store: &MemStore) -> Log {
    store.saved.borrow().log.clone().expect("the log was saved")
}

fn ctrl(app: &mut App, c: char) {
    key_mod(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

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
    let r = app.content.item_by_id("factor-teamvertrouwen").unwrap().0;
    let text: String = crate::ui::detail::lines(&app, r, 80)
        .iter()
        .map(|l| l.to_string() + "\n")
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
    let Some(Overlay::Entry(form)) = &app.overlay else {
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
        let log = app.loaded_log().unwrap();
        app.log_view
            .shown
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
    assert!(matches!(&app.overlay, Some(Overlay::Filter(f)) if f.error.is_some()));
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
    let m = app.message.clone().unwrap();
    assert_eq!(m.kind, MessageKind::Error);
    assert!(m.text.starts_with("1 actie"), "{}", m.text);
}

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
        app.run_pending_search();
        let Some(Overlay::Search(s)) = &app.overlay else {
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
    app.run_pending_search();
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
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "le");
    let old = app
        .search_request
        .clone()
        .expect("the log search waits for the worker");
    typed(&mut app, "zen");
    app.run_pending_search();
    // The worker's late answer to "le" must not overwrite the answer to "lezen".
    let stale = old.run();
    app.update(Action::LogHits {
        generation: old.generation,
        hits: stale,
    });
    let Some(Overlay::Search(s)) = &app.overlay else {
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
    app.run_pending_search();
    let Some(Overlay::Search(s)) = &app.overlay else {
        panic!()
    };
    assert_eq!(s.count(HitKind::Log), 1);
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
        app.message
            .unwrap()
            .text
            .contains("portfolio-2026-11-23.md")
    );
}

#[test]
fn ctrl_e_hands_the_text_to_the_editor_and_takes_it_back() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::BackTab);
    typed(&mut app, "begin");
    ctrl(&mut app, 'e');
    assert_eq!(app.external.take().unwrap().text, "begin");
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
    assert!(app.external.take().is_some());
    app.update(Action::ExternalDone(Err("vi: not found".into())));
    assert_eq!(app.message.as_ref().unwrap().kind, MessageKind::Error);
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved(&store).note("sleutel-1"), "notitie");
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

// --- Issue 8: nothing lost, nothing leaked, nothing misleading ------------------------------

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn screen_text(app: &App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(
        app.size.width,
        app.size.height,
    ))
    .unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = terminal.backend().buffer();
    buf.content.iter().map(|c| c.symbol()).collect()
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
    app.update(Action::StoreNews);
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
    assert_eq!(app.take_effects(), [Effect::ReadRescue(path.clone())]);
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
    assert_eq!(store.saved.borrow().log.as_ref().unwrap().entries.len(), 1);
    assert_eq!(
        app.take_effects(),
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
    assert!(app.take_effects().is_empty(), "later keeps the file");
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(app.take_effects(), [Effect::RemoveRescue("b.json".into())]);
    assert_eq!(app.ctx(), Ctx::Study);
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
