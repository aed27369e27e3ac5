use super::*;

#[test]
fn select_a_factor_write_a_note_mark_studied_and_see_it_again() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    key(&mut app, KeyCode::Tab);
    assert_eq!(
        app.current_item(),
        None,
        "a section opens on its introduction"
    );
    key(&mut app, KeyCode::Down);
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
    for _ in 0..3 {
        key(&mut again, KeyCode::Char('j'));
    }
    // The note in its pane under the text, without scrolling.
    let text = screen_text(&again);
    assert!(text.contains("één stap per week 🌱"), "{text}");
    assert!(text_of(&again, 60).contains("✓"));
}

#[test]
fn a_link_leads_to_its_section_and_esc_comes_back() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(current_id(&app), "sleutel-4");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.study().focus(), Focus::Detail);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.content().sections[app.tab()].id, "eigenaarschap");
    assert_eq!(
        app.current_item(),
        None,
        "a link to a section opens its introduction"
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(current_id(&app), "sleutel-4");
    // A factor links back to its key.
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Down);
    assert_eq!(current_id(&app), "factor-verbinding");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(current_id(&app), "sleutel-4");
}

#[test]
fn sections_by_tab_and_number() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let n = app.tabs().len();
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(app.tab(), 2);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.tab(), 3 % n);
    key_mod(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.tab(), 2);
    // 0 is the tenth tab.
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(app.tab(), 9);
    assert_eq!(app.tabs().len(), 10);
}

#[test]
fn the_text_scrolls_but_not_past_its_end() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    let end = app.study().place(0).scroll();
    assert!(end > 0, "key 1's text is longer than the pane");
    key(&mut app, KeyCode::Down);
    assert_eq!(app.study().place(0).scroll(), end);
    key(&mut app, KeyCode::Home);
    assert_eq!(app.study().place(0).scroll(), 0);
    // Choosing another item starts its text at the top.
    key(&mut app, KeyCode::PageDown);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.study().place(0).scroll(), 0);
}

#[test]
fn the_list_keeps_the_selection_in_view_on_a_small_screen() {
    let mut s = setup(Workbook::default());
    s.size = Size::new(60, 15);
    let mut app = app_with(&MemStore::new(), s);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::End);
    let height = usize::from(app.layout().list_inner().height);
    let place = app.study().place(1);
    assert!(place.selected() >= place.offset() && place.selected() < place.offset() + height);
}

#[test]
fn language_switch_is_remembered() {
    let store = MemStore::new();
    let mut app = app_with(&store, setup(Workbook::default()));
    assert_eq!(app.lang(), Lang::Nl);
    key(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang(), Lang::En);
    assert_eq!(saved(&store).settings.lang, Some(Lang::En));
    // The saved choice beats the locale, the flag beats both.
    let mut s = setup(saved(&store));
    s.locale_lang = Some(Lang::Nl);
    assert_eq!(app_with(&MemStore::new(), s).lang(), Lang::En);
    let mut s = setup(saved(&store));
    s.lang_flag = Some(Lang::Nl);
    assert_eq!(app_with(&MemStore::new(), s).lang(), Lang::Nl);
}

#[test]
fn help_and_sources_open_scroll_and_close() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay(), Some(Overlay::Help(_))));
    key(&mut app, KeyCode::Down);
    assert!(matches!(app.overlay(), Some(Overlay::Help(s)) if s.top() == 1));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.overlay().is_none());
    assert!(!app.quit, "q closes help instead of quitting");
    key(&mut app, KeyCode::Char('i'));
    assert!(matches!(app.overlay(), Some(Overlay::Sources(_))));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
}

#[test]
fn the_glossary_opens_from_anywhere_and_from_the_sources_and_scrolls_to_its_end() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let glossary = |app: &App| match app.overlay() {
        Some(Overlay::Glossary(scroll)) => Some(scroll.top()),
        _ => None,
    };
    key(&mut app, KeyCode::Char('w'));
    assert_eq!(glossary(&app), Some(0));
    assert_eq!(app.ctx(), Ctx::Overlay);
    for _ in 0..200 {
        key(&mut app, KeyCode::PageDown);
    }
    let end = glossary(&app).unwrap();
    assert!(end > 0, "forty terms do not fit on one screen");
    key(&mut app, KeyCode::Up);
    assert_eq!(glossary(&app), Some(end - 1), "one step up moves at once");
    // The same key closes it.
    key(&mut app, KeyCode::Char('w'));
    assert!(app.overlay().is_none());
    // From the sources screen, which names the key.
    key(&mut app, KeyCode::Char('i'));
    assert!(matches!(app.overlay(), Some(Overlay::Sources(_))));
    key(&mut app, KeyCode::Char('w'));
    assert_eq!(glossary(&app), Some(0));
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay().is_none());
    assert!(!app.quit);
}

#[test]
fn help_scrolls_no_further_than_its_end() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    key(&mut app, KeyCode::Char('?'));
    let scroll = |app: &App| match app.overlay() {
        Some(Overlay::Help(scroll)) => scroll.top(),
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
    let lines: Vec<String> = crate::view::help::lines(app.tab_ctx(), app.lang())
        .iter()
        .map(|l| l.text())
        .collect();
    let at = |heading: Msg| {
        lines
            .iter()
            .position(|l| l == heading.get(app.lang()))
            .unwrap_or_else(|| panic!("{heading:?} in the help"))
    };
    assert!(at(Msg::HelpLog) < at(Msg::HelpList));
    assert_eq!(
        at(Msg::HelpLog),
        0,
        "the place it was opened in comes first"
    );
    assert!(at(Msg::HelpLog) < at(Msg::HelpEverywhere));
    for heading in [
        Msg::HelpForm,
        Msg::HelpFilter,
        Msg::HelpSearch,
        Msg::HelpPresent,
    ] {
        at(heading);
    }
}

#[test]
fn a_choice_the_text_no_longer_has_is_no_choice() {
    // The text's choosable places include the item's log entries; deleting entries leaves an
    // old choice pointing past the end. Moving must carry on from nothing chosen.
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    key(&mut app, KeyCode::Enter);
    let s = app.section().unwrap();
    let doc = app.current_doc().unwrap().clone();
    let anchors = doc.anchors.len();
    app.app
        .study
        .place_for_test(s, doc.anchors[0].line, Some(anchors + 2));
    key(&mut app, KeyCode::Down);
    assert_eq!(
        app.study().place(s).chosen(),
        Some(0),
        "the first one in view is chosen"
    );
    let top = app.study().place(s).scroll();
    app.app.study.place_for_test(s, top, Some(anchors + 2));
    key(&mut app, KeyCode::Up);
    assert!(app.study().place(s).chosen().is_some_and(|c| c < anchors));
}

#[test]
fn ctrl_p_presents_only_the_part_being_read_from_its_start() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "sleutel-5");
    key_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    let p = app.present().expect("presenting");
    let part = &p.slides[0].part_id;
    assert!(p.slides.iter().all(|s| &s.part_id == part));
    assert!(
        p.slides.iter().any(|s| s.id.starts_with("sleutel-5")),
        "{part}"
    );
    assert_eq!(p.at, 0);
}

#[test]
fn shift_p_adds_the_part_being_read_to_the_session_plan() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "factor-verbinding");
    app.take_requests();
    key_mod(&mut app, KeyCode::Char('P'), KeyModifiers::SHIFT);
    assert!(app.present().is_none());
    assert_eq!(
        app.take_requests(),
        [crate::app::Effect::AddToPlan {
            id: "factor-verbinding".into()
        }]
    );
    app.update(crate::app::Action::PlanAdded {
        id: "factor-verbinding".into(),
        result: Ok(("/home/juf/.config/werkboek/plan.md".into(), 6, true)),
    });
    assert_eq!(
        app.message().unwrap().text,
        "factor-verbinding staat nu in het plan (6 onderdelen): /home/juf/.config/werkboek/plan.md"
    );
    // The log is personal: it never goes into a plan.
    key(&mut app, KeyCode::Char('9'));
    key_mod(&mut app, KeyCode::Char('P'), KeyModifiers::SHIFT);
    assert!(app.take_requests().is_empty());
    assert_eq!(
        app.message().unwrap().text,
        Msg::PlanNotPersonal.get(Lang::Nl)
    );
}

#[test]
fn every_link_of_an_item_can_be_followed() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    go_to_item(&mut app, "stap-1");
    let links = app.content().item_by_id("stap-1").unwrap().1.links.clone();
    assert!(links.len() >= 2, "stap-1 has two links to test with");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    // From the end, Up lands on the last link first.
    let mut guard = 0;
    loop {
        key(&mut app, KeyCode::Up);
        let s = app.section().unwrap();
        if app
            .study()
            .chosen_anchor(s)
            .is_some_and(|a| a.id == links[1])
        {
            break;
        }
        guard += 1;
        assert!(guard < 50, "the second link was never chosen");
    }
    key(&mut app, KeyCode::Enter);
    let shown = app.current_item().map(|r| (r.section, r.group)).unwrap();
    let Some(crate::content::Target::Group { section, group }) = app.content().find(&links[1])
    else {
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

#[test]
fn the_footer_follows_the_focus() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    let footer = |app: &Harness| {
        let s = screen_text(app);
        let w = usize::from(app.size().width);
        s.chars().skip(s.chars().count() - w).collect::<String>()
    };
    let list = footer(&app);
    assert!(list.contains("Enter lezen"), "{list}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Text);
    let text = footer(&app);
    assert!(
        text.contains("↓ verder lezen") && text.contains("Esc naar de lijst"),
        "{text}"
    );
    assert!(!text.contains("Enter lezen"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.ctx(), Ctx::Study);
}

/// The app as on a first start: no place to go back to.
fn fresh(store: &MemStore) -> Harness {
    let mut w = Workbook::default();
    w.settings.welcomed = true;
    let mut s = setup(Workbook::default());
    s.workbook = Ok(w);
    app_with(store, s)
}

#[test]
fn a_section_opens_on_its_introduction() {
    let mut app = fresh(&MemStore::new());
    assert_eq!(app.current_item(), None);
    let text = screen_text(&app);
    assert!(text.contains("Inleiding"), "the list's first row:\n{text}");
    let intro = app.content().sections[0].intro.get(Lang::Nl);
    let start: String = intro
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(&start),
        "the text pane shows the introduction:\n{text}"
    );
    // The keys about a part say to choose one first, and are not offered in the footer.
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(message(&app), Msg::ChooseAPart.get(Lang::Nl));
    assert!(!text.contains("spatie bestudeerd"));
    key(&mut app, KeyCode::Down);
    assert_eq!(current_id(&app), "sleutel-1");
    key(&mut app, KeyCode::Up);
    assert_eq!(app.current_item(), None, "and back up to the introduction");
}

#[test]
fn the_workbook_opens_where_the_user_left_it() {
    let store = MemStore::new();
    let mut app = fresh(&store);
    key(&mut app, KeyCode::Char('2'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    for _ in 0..4 {
        key(&mut app, KeyCode::PageDown);
    }
    let scroll = app.study().place(1).scroll();
    assert!(scroll > 0);
    key(&mut app, KeyCode::Char('q'));
    let w = saved(&store);
    assert_eq!(
        w.settings.place,
        Some(crate::data::Place {
            tab: "eigenaarschap".into(),
            item: Some("factor-zelfvertrouwen".into()),
            scroll: scroll as u32,
            in_text: true,
        })
    );
    let mut s = setup(Workbook::default());
    s.workbook = Ok(w);
    let again = app_with(&MemStore::new(), s);
    assert_eq!(current_id(&again), "factor-zelfvertrouwen");
    assert_eq!(again.study().focus(), Focus::Detail);
    assert_eq!(again.study().place(1).scroll(), scroll);

    // A place the material no longer has opens the first section instead.
    let mut w = Workbook::default();
    w.settings.welcomed = true;
    w.settings.place = Some(crate::data::Place {
        tab: "verdwenen".into(),
        item: Some("ook-weg".into()),
        scroll: 900,
        in_text: true,
    });
    let mut s = setup(Workbook::default());
    s.workbook = Ok(w);
    let gone = app_with(&MemStore::new(), s);
    assert_eq!((gone.tab(), gone.current_item()), (0, None));
    assert_eq!(gone.study().focus(), Focus::List);
}

#[test]
fn the_log_tab_is_a_place_to_come_back_to_too() {
    let store = MemStore::new();
    let mut app = fresh(&store);
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Char('q'));
    let mut s = setup(Workbook::default());
    s.workbook = Ok(saved(&store));
    let again = app_with(&MemStore::new(), s);
    assert_eq!(again.tabs()[again.tab()], Tab::Log);
}

#[test]
fn esc_retraces_every_hop_exactly() {
    let mut app = app_with(&MemStore::new(), setup(Workbook::default()));
    // Sleutel 4, in its text, scrolled down to its link to the ownership section.
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.ctx(), Ctx::Text);
    for _ in 0..60 {
        key(&mut app, KeyCode::Down);
        if app
            .study()
            .chosen_anchor(0)
            .is_some_and(|a| a.kind == crate::view::item::AnchorKind::Link)
        {
            break;
        }
    }
    let from = app.study().spot(0);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.content().sections[app.tab()].id, "eigenaarschap");
    // A second hop: from the first factor to the key it links to.
    key(&mut app, KeyCode::Down);
    assert_eq!(current_id(&app), "factor-verbinding");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(current_id(&app), "sleutel-4");
    // Back once: the factor. Back again: sleutel 4's text, scrolled and chosen as it was.
    key(&mut app, KeyCode::Esc);
    assert_eq!(current_id(&app), "factor-verbinding");
    key(&mut app, KeyCode::Backspace);
    assert_eq!(current_id(&app), "sleutel-4");
    assert_eq!(app.study().spot(0), from);
    assert_eq!(app.ctx(), Ctx::Text);
}

#[test]
fn a_link_followed_from_the_log_leads_back_to_the_entry() {
    let store = MemStore::new();
    let mut app = with_log(
        &store,
        log_of(&[(
            "2026-11-01T10:00:00Z",
            "Intervisie",
            &["factor-verbinding"][..],
            None,
            None,
        )]),
    );
    key(&mut app, KeyCode::Char('9'));
    let entry = app.selected_entry().unwrap().id;
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(current_id(&app), "factor-verbinding");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.tabs()[app.tab()], Tab::Log);
    assert_eq!(app.selected_entry().map(|e| e.id), Some(entry));
}

#[test]
fn any_link_of_a_log_entry_can_be_followed_and_esc_comes_back_to_it() {
    let store = MemStore::new();
    let mut app = with_log(
        &store,
        log_of(&[(
            "2026-11-01T10:00:00Z",
            "Intervisie",
            &["factor-verbinding", "functie-reflectie"][..],
            None,
            None,
        )]),
    );
    key(&mut app, KeyCode::Char('9'));
    key(&mut app, KeyCode::Enter);
    // In the entry the arrows choose among its links: the second one.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(app.log_view().chosen(), Some(1));
    key(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "functie-reflectie");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.tabs()[app.tab()], Tab::Log);
    assert_eq!(app.log_view().focus(), Focus::Detail, "back in the entry");
    // From the list, `g` still takes the first.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(current_id(&app), "factor-verbinding");
}
