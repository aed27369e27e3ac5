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
    key(&mut app, KeyCode::Enter); // the date: today
    typed(&mut app, "feedback, lesbezoek");
    key(&mut app, KeyCode::Tab); // items: already chosen
    assert_eq!(app.ctx(), Ctx::FormPicker);
    key(&mut app, KeyCode::Enter); // with nothing searched, Enter moves on
    assert_eq!(app.ctx(), Ctx::FormChoice);
    assert_eq!(app.ctx(), Ctx::FormChoice);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-12-01");
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.ctx(), Ctx::Form);
    typed(&mut app, "Sanne vroeg om feedback.\nIk ga dat vaker doen.");
    key(&mut app, KeyCode::Esc);

    let log = saved_log(&store);
    assert_eq!(log.len(), 1);
    let e = &log.all()[0].clone();
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
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "volgende week");
    key(&mut app, KeyCode::Esc);
    let Some(Overlay::Entry(form)) = &app.overlay() else {
        panic!("the form closed on a bad date");
    };
    assert!(form.problems[0].text.contains("volgende week"));
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
        saved_log(&store).all()[1].action.unwrap().status,
        Status::Doing
    );
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        saved_log(&store).all()[1].action.unwrap().status,
        Status::Planned
    );

    key(&mut app, KeyCode::Char('e'));
    for _ in 0.."actie".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "bijgewerkt");
    key(&mut app, KeyCode::Esc);
    let e = &saved_log(&store).all()[1];
    assert_eq!(e.title, "bijgewerkt");
    assert_eq!(e.updated.unwrap().to_string(), "2026-11-23T09:30:00Z");

    key(&mut app, KeyCode::Char('d'));
    assert_eq!(app.ctx(), Ctx::Confirm);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(saved_log(&store).len(), 2, "no means no");
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(saved_log(&store).len(), 1);
    key(&mut app, KeyCode::Char('u'));
    let titles: Vec<String> = saved_log(&store).iter().map(|e| e.title.clone()).collect();
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
            .map(|i| log.get(*i as usize).unwrap().title.clone())
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
        saved_log(&store).all()[0].text,
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

// --- Issue 10: a newcomer's first hour ---------------------------------------------------------

/// The form that is open.
fn form(app: &App) -> &EntryForm {
    match app.overlay() {
        Some(Overlay::Entry(form)) => form,
        other => panic!("no form open: {other:?}"),
    }
}

/// Empties the focused one-line field.
fn clear_field(app: &mut Harness) {
    for _ in 0..40 {
        key(app, KeyCode::Backspace);
    }
}

/// The text of an intervention of an item, by its place.
fn intervention(app: &App, item: &str, n: usize) -> String {
    let (_, step) = app.content().item_by_id(item).unwrap();
    step.blocks
        .iter()
        .find_map(|b| match b {
            crate::content::Block::Interventions { entries, .. } => {
                Some(entries[n].text.nl.to_string())
            }
            _ => None,
        })
        .unwrap()
}

#[test]
fn an_intervention_becomes_a_planned_action_in_the_log() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    go_to_item(&mut app, "stap-1");
    // In the list, `a` says how to get to an intervention; in the text, how to choose one.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(message(&app), Msg::ChooseIntervention.get(Lang::Nl));
    key(&mut app, KeyCode::Enter);
    assert!(
        !app.applies(Cmd::AddAction),
        "no `a actie` before one is chosen"
    );
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(message(&app), Msg::ChooseInterventionHere.get(Lang::Nl));
    let mut guard = 0;
    while app.study().place(app.section().unwrap()).chosen().is_none() {
        key(&mut app, KeyCode::Down);
        guard += 1;
        assert!(guard < 200, "never reached an intervention");
    }
    assert!(app.applies(Cmd::AddAction), "`a actie` once one is chosen");
    key(&mut app, KeyCode::Down);
    let second = intervention(&app, "stap-1", 1);
    key(&mut app, KeyCode::Char('a'));
    // The form opens on a new action, the intervention's words as its title, to change first.
    assert_eq!(app.ctx(), Ctx::FormLine);
    let f = form(&app);
    assert!(f.is_new());
    assert_eq!(f.title.lines(), std::slice::from_ref(&second));
    assert_eq!(f.parts(), ["stap-1"]);
    assert_eq!(f.status(), Some(Status::Planned));
    typed(&mut app, " (met Sanne)");
    key(&mut app, KeyCode::Esc);
    let log = saved_log(&store);
    assert_eq!(log.len(), 1);
    let e = &log.all()[0].clone();
    assert_eq!(e.title, format!("{second} (met Sanne)"));
    assert_eq!(e.items, ["stap-1"]);
    assert_eq!(e.action.map(|a| a.status), Some(Status::Planned));
    assert_eq!(app.workbook().note("stap-1"), "", "nothing in the note");
    // The other intervention, thrown away with Ctrl-D: nothing stored.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(form(&app).title.lines(), [intervention(&app, "stap-1", 0)]);
    ctrl(&mut app, 'd');
    key(&mut app, KeyCode::Char('y'));
    assert!(app.overlay().is_none());
    assert_eq!(saved_log(&store).len(), 1);
}

#[test]
fn the_same_open_action_is_not_added_twice() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    go_to_item(&mut app, "stap-1");
    key(&mut app, KeyCode::Enter);
    while app.study().place(app.section().unwrap()).chosen().is_none() {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(message(&app), Msg::ActionAlreadyThere.get(Lang::Nl));
    assert!(app.overlay().is_none());
}

#[test]
fn a_new_entry_thrown_away_asks_first_and_comes_back_with_u() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    go_to_item(&mut app, "sleutel-2");
    // An empty form goes without a question.
    key(&mut app, KeyCode::Char('n'));
    ctrl(&mut app, 'd');
    assert!(app.overlay().is_none());
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Per ongeluk begonnen");
    ctrl(&mut app, 'd');
    assert_eq!(app.ctx(), Ctx::Confirm);
    assert!(screen_text(&app).contains("Deze nieuwe regel weggooien?"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.ctx(), Ctx::FormLine, "no keeps writing");
    ctrl(&mut app, 'd');
    key(&mut app, KeyCode::Char('j'));
    assert!(app.overlay().is_none());
    assert_eq!(message(&app), Msg::EntryDiscarded.get(Lang::Nl));
    assert_eq!(store.saved.borrow().log_saves, 0, "it was never stored");
    // `u` in the text, where it was thrown away: the form again, as it was.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(form(&app).title.lines(), ["Per ongeluk begonnen"]);
    assert_eq!(form(&app).parts(), ["sleutel-2"]);
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_log(&store).all()[0].title, "Per ongeluk begonnen");
}

#[test]
fn a_new_entry_a_pause_stored_is_taken_out_and_u_puts_it_back() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Eerste gedachte");
    assert_eq!(store.saved.borrow().log_saves, 0, "no save per keystroke");
    app.update(Action::Idle);
    assert_eq!(saved_log(&store).all()[0].title, "Eerste gedachte");
    assert_eq!(app.ctx(), Ctx::FormLine, "the form stays open");
    typed(&mut app, " en meer");
    ctrl(&mut app, 'd');
    key(&mut app, KeyCode::Enter);
    assert!(saved_log(&store).is_empty(), "out of the log");
    key(&mut app, KeyCode::Char('u'));
    let log = saved_log(&store);
    assert_eq!(log.len(), 1);
    assert_eq!(
        log.all()[0].title,
        "Eerste gedachte en meer",
        "all that was typed"
    );
    assert_eq!(message(&app), Msg::EntryRestored.get(Lang::Nl));
}

#[test]
fn closing_the_form_says_what_happened_since_it_opened() {
    let store = MemStore::new();
    let log = log_of(&[("2026-11-01T10:00:00Z", "bestaand", &[], None, None)]);
    let mut app = with_log(&store, log);
    // A pause stored the new entry; closing still says it is saved, not unchanged.
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Na een pauze");
    app.update(Action::Idle);
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::EntrySaved.get(Lang::Nl));
    assert_eq!(saved_log(&store).len(), 2, "stored once");
    // Opening an entry and closing it without a change.
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Down);
    assert_eq!(app.selected_entry().unwrap().title, "bestaand");
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::EntryUnchanged.get(Lang::Nl));
    assert_eq!(saved_log(&store).all()[0].updated, None);
    // Emptying a new entry that a pause stored takes it out again.
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "x");
    app.update(Action::Idle);
    assert_eq!(saved_log(&store).len(), 3);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Esc);
    assert_eq!(message(&app), Msg::EntryEmpty.get(Lang::Nl));
    assert_eq!(saved_log(&store).len(), 2);
}

#[test]
fn changes_thrown_away_leave_the_entry_as_it_was() {
    let store = MemStore::new();
    let log = log_of(&[("2026-11-01T10:00:00Z", "zoals het was", &[], None, None)]);
    let mut app = with_log(&store, log);
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('e'));
    clear_field(&mut app);
    typed(&mut app, "anders");
    app.update(Action::Idle);
    assert_eq!(saved_log(&store).all()[0].title, "anders");
    ctrl(&mut app, 'd');
    assert!(screen_text(&app).contains("Je wijzigingen aan deze regel weggooien?"));
    key(&mut app, KeyCode::Char('y'));
    let e = &saved_log(&store).all()[0];
    assert_eq!((e.title.as_str(), e.updated), ("zoals het was", None));
    assert_eq!(message(&app), Msg::EditDiscarded.get(Lang::Nl));
    // u opens the changes again.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(form(&app).title.lines(), ["anders"]);
    assert!(!form(&app).is_new());
}

#[test]
fn the_date_sets_the_day_an_entry_was_written_and_keeps_its_time() {
    let store = MemStore::new();
    let log = log_of(&[("2026-11-10T10:00:00Z", "later geschreven", &[], None, None)]);
    let mut app = with_log(&store, log);
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Gesprek van vorige week");
    key(&mut app, KeyCode::Tab);
    assert_eq!(
        form(&app).date.lines(),
        ["23-11-2026"],
        "today, the Dutch way"
    );
    clear_field(&mut app);
    typed(&mut app, "2-11-2026");
    key(&mut app, KeyCode::Esc);
    let log = saved_log(&store);
    assert_eq!(
        log.all()[0].created.to_string(),
        "2026-11-02T09:30:00Z",
        "that day, at the time it was written; oldest first"
    );
    // Changed again, written the other way round: the day moves, the time stays.
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::End);
    assert_eq!(
        app.selected_entry().unwrap().title,
        "Gesprek van vorige week"
    );
    key(&mut app, KeyCode::Char('e'));
    assert_eq!(form(&app).date.lines(), ["02-11-2026"]);
    key(&mut app, KeyCode::Tab);
    clear_field(&mut app);
    typed(&mut app, "2026-11-12");
    key(&mut app, KeyCode::Esc);
    let log = saved_log(&store);
    let all = log.all();
    let titles: Vec<&str> = all.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["later geschreven", "Gesprek van vorige week"]);
    assert_eq!(log.all()[1].created.to_string(), "2026-11-12T09:30:00Z");
}

#[test]
fn every_problem_of_the_form_is_told_at_once() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Titel");
    key(&mut app, KeyCode::Tab);
    clear_field(&mut app);
    typed(&mut app, "eergisteren");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "sleutel-99");
    key(&mut app, KeyCode::Esc);
    let problems: Vec<String> = form(&app).problems.iter().map(|p| p.text.clone()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("eergisteren"), "{problems:?}");
    assert!(problems[1].contains("sleutel-99"), "{problems:?}");
    let screen = screen_text(&app);
    assert!(
        screen.contains("eergisteren") && screen.contains("sleutel-99"),
        "both shown"
    );
    assert_eq!(store.saved.borrow().log_saves, 0);
}

#[test]
fn parts_are_chosen_by_typing_their_titles() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Over eigenaarschap");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    assert_eq!(app.ctx(), Ctx::FormPicker);
    typed(&mut app, "externe orientatie");
    assert_eq!(form(&app).found(), ["sleutel-1"]);
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Zelfvertrouwen");
    key(&mut app, KeyCode::Enter);
    // An id is taken too.
    typed(&mut app, "stap-2");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        form(&app).parts(),
        ["sleutel-1", "factor-zelfvertrouwen", "stap-2"]
    );
    assert!(app.applies(Cmd::RemovePart));
    key(&mut app, KeyCode::Backspace);
    assert_eq!(form(&app).parts(), ["sleutel-1", "factor-zelfvertrouwen"]);
    // The arrows choose which one Backspace takes.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(form(&app).parts(), ["factor-zelfvertrouwen"]);
    // Shown with their titles.
    assert!(screen_text(&app).contains("Factor 3 · Zelfvertrouwen"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(saved_log(&store).all()[0].items, ["factor-zelfvertrouwen"]);
}

#[test]
fn u_with_nothing_to_bring_back_says_so_everywhere() {
    let store = MemStore::new();
    let mut app = with_log(&store, Log::default());
    for tab in ['1', '0'] {
        key(&mut app, KeyCode::Char(tab));
        key(&mut app, KeyCode::Char('u'));
        assert_eq!(message(&app), Msg::NothingToUndo.get(Lang::Nl));
    }
}

#[test]
fn the_footer_follows_the_focus_into_an_entry_and_back() {
    let mut app = with_log(
        &MemStore::new(),
        log_of(&[(
            "2026-11-01T10:00:00Z",
            "Gesprek met het team",
            &[],
            None,
            None,
        )]),
    );
    key(&mut app, KeyCode::Char('9'));
    let footer = |app: &Harness| {
        let s = screen_text(app);
        let w = usize::from(app.size().width);
        s.chars().skip(s.chars().count() - w).collect::<String>()
    };
    let list = footer(&app);
    assert!(list.contains("↑ kiezen"), "{list}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::LogText);
    let text = footer(&app);
    assert!(
        text.contains("↓ verder lezen") && text.contains("Esc naar de lijst"),
        "{text}"
    );
    assert!(!text.contains("↑ kiezen"), "{text}");
    // The entry's own keys still work from its text.
    assert!(text.contains("e bewerken"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Log);
}
