//! Presentation mode: slides as they look on a small and a large screen, nothing personal on
//! any of them, and the keys a facilitator uses.

mod common;

use common::press;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use werkboek::app::{Action, App};
use werkboek::clock::ManualClock;
use werkboek::content;
use werkboek::data::{Entry, Log, Workbook};
use werkboek::i18n::Lang;
use werkboek::keys::Ctx;
use werkboek::present::{Start, team};
use werkboek::store::MemStore;
use werkboek::tui::testing::Harness;

fn presenting(workbook: Workbook, log: Log, width: u16, height: u16, start: Start) -> Harness {
    let mut setup = common::setup(workbook, width, height);
    setup.log = Some(Ok(log));
    setup.present = Some(start);
    common::harness(setup)
}

fn material(from: Option<&str>) -> Start {
    Start::Material {
        from: from.map(str::to_string),
        only: false,
    }
}

fn at(app: &App) -> (usize, String) {
    let p = app.present().expect("presenting");
    (p.at, p.current().unwrap().id.clone())
}

fn team_slides() -> Start {
    let scan = |pairs: &[(&str, u8)]| {
        let mut w = Workbook::default();
        for (id, v) in pairs {
            w.update_item(id, |s| s.now = Some(*v));
        }
        team::Scan::of(&w, None, "2026-11-23T10:00:00Z".parse().unwrap()).to_json()
    };
    let files = vec![
        (
            "anna.json".to_string(),
            scan(&[
                ("factor-verbinding", 2),
                ("factor-teamvertrouwen", 4),
                ("lo-cultuur-1", 1),
            ]),
        ),
        (
            "bram.json".to_string(),
            scan(&[
                ("factor-verbinding", 5),
                ("factor-teamvertrouwen", 4),
                ("lo-cultuur-1", 3),
            ]),
        ),
        (
            "cem.json".to_string(),
            scan(&[
                ("factor-verbinding", 3),
                ("factor-teamvertrouwen", 5),
                ("lo-cultuur-1", 3),
            ]),
        ),
        (
            "/home/juf/notities.json".to_string(),
            "{\"schema\": 3}".to_string(),
        ),
    ];
    let t = team::gather(content::embedded(), &files, werkboek::i18n::Lang::Nl);
    Start::Slides(team::slides(&t, werkboek::i18n::Lang::Nl))
}

/// A team as `team DIR` counts it: Anna and Bram gave their names, two did not.
fn watched_team(lang: Lang) -> Start {
    let scan = |name: Option<&str>, pairs: &[(&str, u8)]| {
        let mut w = Workbook::default();
        for (id, v) in pairs {
            w.update_item(id, |s| s.now = Some(*v));
        }
        team::Scan::of(
            &w,
            name.map(str::to_string),
            "2026-11-23T10:00:00Z".parse().unwrap(),
        )
        .to_json()
    };
    let statements = |v: u8| -> Vec<(&'static str, u8)> {
        [
            "lo-cultuur-1",
            "lo-cultuur-2",
            "lo-cultuur-3",
            "lo-cultuur-4",
            "lo-cultuur-5",
            "lo-cultuur-6",
        ]
        .into_iter()
        .enumerate()
        .map(|(i, id)| (id, 1 + ((v as usize + i) % 3) as u8))
        .collect()
    };
    let files = vec![
        ("a.json".to_string(), scan(Some("Anna"), &statements(0))),
        ("b.json".to_string(), scan(Some("Bram"), &statements(1))),
        ("c.json".to_string(), scan(None, &statements(2))),
        ("d.json".to_string(), scan(None, &statements(1)[..4])),
    ];
    let w = team::Watched::new(
        vec!["/home/juf/gedeeld/scans".into()],
        true,
        content::embedded(),
        (files, Vec::new()),
        lang,
    );
    Start::Team(Box::new(w))
}

fn team_at(lang: Lang, width: u16, height: u16, id: &str) -> Harness {
    let mut setup = common::setup(Workbook::default(), width, height);
    setup.lang_flag = Some(lang);
    setup.present = Some(watched_team(lang));
    let mut app = common::harness(setup);
    for _ in 0..40 {
        if at(&app).1 == id {
            return app;
        }
        press(&mut app, KeyCode::Right);
    }
    panic!("{id} not found");
}

#[test]
fn team_slides_statements_in_full_names_apart() {
    for (lang, code) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        for (w, h, size) in [(80, 24, "small"), (220, 55, "large")] {
            let app = team_at(lang, w, h, "team/2");
            let s = common::screen(&app);
            assert!(!s.contains('…'), "statements in full:\n{s}");
            insta::assert_snapshot!(format!("team_statements_{code}_{size}"), s);
            let names = team_at(lang, w, h, "team/namen");
            let s = common::screen(&names);
            assert!(s.contains("Anna") && s.contains("Bram"), "{s}");
            insta::assert_snapshot!(format!("team_names_{code}_{size}"), s);
        }
    }
}

#[test]
fn n_hides_the_names_and_the_folder_is_never_shown() {
    let mut app = team_at(Lang::Nl, 100, 30, "team/namen");
    let s = common::screen(&app);
    assert!(s.contains("zonder naam: 2"), "{s}");
    assert!(s.contains("4 scans"), "{s}");
    assert!(!s.contains("/home/juf"), "{s}");
    press(&mut app, KeyCode::Char('n'));
    let s = common::screen(&app);
    assert!(!s.contains("Anna") && !s.contains("Bram"), "{s}");
    assert!(s.contains("De namen zijn verborgen"), "{s}");
}

#[test]
fn a_scan_that_arrives_is_counted_and_told() {
    let mut app = team_at(Lang::Nl, 100, 30, "team/2");
    let mut w = Workbook::default();
    w.update_item("lo-cultuur-1", |s| s.now = Some(3));
    let files = vec![(
        "e.json".to_string(),
        team::Scan::of(
            &w,
            Some("Cem".into()),
            "2026-11-23T10:05:00Z".parse().unwrap(),
        )
        .to_json(),
    )];
    // The folder now holds only the new file: four went, one came.
    app.update(Action::Scans(files, Vec::new()));
    let s = common::screen(&app);
    assert!(s.contains("1 scan, 1 net binnen, 4 weg"), "{s}");
    assert_eq!(at(&app).1, "team/2", "the same slide");
}

#[test]
fn a_part_too_long_for_the_screen_is_shown_in_pages_none_split() {
    let mut app = team_at(Lang::Nl, 80, 24, "team/5");
    let p = app.present().unwrap();
    let pages = p.pages();
    assert!(pages >= 2, "nine statements at 80x24");
    let s = common::screen(&app);
    assert!(s.contains(&format!("(1/{pages})")), "{s}");
    press(&mut app, KeyCode::Right);
    assert_eq!(at(&app).1, "team/5", "the next page first");
    assert!(common::screen(&app).contains(&format!("(2/{pages})")));
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(at(&app).1, "team/4");
    // At 220x55 the same part is one page.
    let big = team_at(Lang::Nl, 220, 55, "team/5");
    assert_eq!(big.present().unwrap().pages(), 1);
}

// --- How slides look -----------------------------------------------------------------------

fn slide_at(id: &str, width: u16, height: u16) -> String {
    let app = presenting(
        Workbook::default(),
        Log::default(),
        width,
        height,
        material(Some(id)),
    );
    assert_eq!(at(&app).1, id);
    common::screen(&app)
}

#[test]
fn title_slide_small() {
    insta::assert_snapshot!(slide_at("sleutel-4", 80, 24));
}

#[test]
fn title_slide_large() {
    insta::assert_snapshot!(slide_at("sleutel-4", 200, 50));
}

#[test]
fn tip_slide_small() {
    insta::assert_snapshot!(slide_at("sleutel-4/tip-1", 80, 24));
}

#[test]
fn tip_slide_large() {
    insta::assert_snapshot!(slide_at("sleutel-4/tip-1", 200, 50));
}

#[test]
fn model_slide_grid_small() {
    insta::assert_snapshot!(slide_at("negenvelden", 80, 24));
}

#[test]
fn model_slide_grid_large() {
    insta::assert_snapshot!(slide_at("negenvelden", 200, 50));
}

/// A slide of the material in a language and at a size, after some keys.
fn shot(id: &str, lang: Lang, width: u16, height: u16, keys: &[KeyCode]) -> Harness {
    let mut setup = common::setup(Workbook::default(), width, height);
    setup.log = Some(Ok(Log::default()));
    setup.lang_flag = Some(lang);
    setup.present = Some(material(Some(id)));
    let mut app = common::harness(setup);
    assert_eq!(at(&app).1, id);
    for k in keys {
        press(&mut app, *k);
    }
    app
}

/// Snapshots of one slide in both languages, at 80x24 and 220x55.
macro_rules! four_shots {
    ($name:ident, $id:expr) => {
        #[test]
        fn $name() {
            for (lang, code) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
                for (w, h, size) in [(80, 24, "small"), (220, 55, "large")] {
                    let app = shot($id, lang, w, h, &[]);
                    insta::assert_snapshot!(
                        format!("{}_{code}_{size}", stringify!($name)),
                        common::screen(&app)
                    );
                }
            }
        }
    };
}

four_shots!(overview, "overzicht");
four_shots!(model_ladder, "evaluatieniveaus");
four_shots!(model_logics, "logicas");
four_shots!(two_factor_lists, "sleutel-4/vergelijking");

#[test]
fn work_format_with_the_countdown_running() {
    for (lang, code) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        for (w, h, size) in [(80, 24, "small"), (220, 55, "large")] {
            let clock = ManualClock::at("2026-11-23T09:30:00Z");
            let mut setup = common::setup(Workbook::default(), w, h);
            setup.clock = Box::new(clock.clone());
            setup.lang_flag = Some(lang);
            setup.present = Some(material(Some("sleutel-4/werkvorm")));
            let mut app = common::harness(setup);
            press(&mut app, KeyCode::Char('c'));
            assert!(app.ticking(), "a countdown moves every second");
            clock.set("2026-11-23T09:32:25Z");
            app.update(Action::Idle);
            let s = common::screen(&app);
            assert!(s.contains("12:35"), "{s}");
            insta::assert_snapshot!(format!("work_countdown_{code}_{size}"), s);
            // Past its time it says so, on the slide and in the footer.
            clock.set("2026-11-23T09:45:40Z");
            app.update(Action::Idle);
            let s = common::screen(&app);
            let up = werkboek::i18n::Msg::PresentTimeUp.get(lang);
            assert!(s.contains(up), "{s}");
            assert!(s.contains("+00:40"), "{s}");
        }
    }
}

#[test]
fn o_shows_the_overview_from_any_slide_and_o_again_goes_back() {
    let mut app = presenting(
        Workbook::default(),
        Log::default(),
        100,
        30,
        material(Some("stap-3")),
    );
    let before = at(&app);
    press(&mut app, KeyCode::Char('o'));
    let s = common::screen(&app);
    assert!(
        s.contains("Professionalisering met impact") && s.contains("Sleutel 7"),
        "{s}"
    );
    assert_eq!(at(&app), before, "the place is kept");
    press(&mut app, KeyCode::Char('o'));
    assert!(!common::screen(&app).contains("Professionalisering met impact"));
    // Esc leaves the overview, not the presentation.
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Esc);
    assert!(app.present().is_some_and(|p| !p.peeking));
}

#[test]
fn a_slide_number_out_of_range_and_the_last_slide_say_so() {
    let mut app = presenting(Workbook::default(), Log::default(), 100, 30, material(None));
    let n = app.present().unwrap().slides.len();
    for c in "999".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(at(&app).0, 0, "it stays");
    let s = common::screen(&app);
    assert!(
        s.contains(&format!(
            "Er is geen dia 999: deze presentatie heeft er {n}."
        )),
        "{s}"
    );
    press(&mut app, KeyCode::End);
    assert_eq!(at(&app).1, "einde");
    assert!(common::screen(&app).contains("Einde"));
    press(&mut app, KeyCode::Right);
    assert!(common::screen(&app).contains("Dit is de laatste dia."));
    press(&mut app, KeyCode::Left);
    assert!(!common::screen(&app).contains("Dit is de laatste dia."));
}

fn team_slide(n: usize, width: u16, height: u16) -> String {
    let mut app = presenting(
        Workbook::default(),
        Log::default(),
        width,
        height,
        team_slides(),
    );
    for _ in 0..n {
        press(&mut app, KeyCode::Right);
    }
    common::screen(&app)
}

#[test]
fn team_highlights_small() {
    insta::assert_snapshot!(team_slide(2, 80, 24));
}

#[test]
fn team_spread_small() {
    insta::assert_snapshot!(team_slide(3, 80, 24));
}

#[test]
fn team_spread_large() {
    insta::assert_snapshot!(team_slide(3, 200, 50));
}

#[test]
fn skipped_files_are_named_without_their_folder() {
    let mut app = presenting(Workbook::default(), Log::default(), 100, 30, team_slides());
    press(&mut app, KeyCode::End);
    let s = common::screen(&app);
    assert!(
        s.contains("notities.json") && !s.contains("/home/juf"),
        "{s}"
    );
}

// --- Nothing personal ------------------------------------------------------------------------

#[test]
fn no_saved_personal_text_ever_reaches_a_slide() {
    const MARK: &str = "PRIVEMERK";
    let c = content::embedded();
    let mut w = Workbook::default();
    for (_, item) in c.all_items() {
        w.update_item(&item.id, |s| {
            s.note = format!("{MARK} notitie bij {}", item.id);
            s.studied = true;
        });
    }
    w.update_item("factor-verbinding", |s| s.now = Some(4));
    w.take_snapshot("2026-01-01T00:00:00Z".parse().unwrap());
    let mut log = Log::default();
    log.push(Entry {
        id: 1,
        created: "2026-11-01T10:00:00Z".parse().unwrap(),
        updated: None,
        title: format!("{MARK} titel"),
        text: format!("{MARK} tekst"),
        tags: vec![MARK.to_lowercase()],
        items: vec!["sleutel-4".into()],
        action: None,
    });
    for (width, height) in [(80, 24), (200, 50)] {
        let mut app = presenting(w.clone(), log.clone(), width, height, material(None));
        let n = app.present().unwrap().slides.len();
        let mut seen = 0;
        loop {
            let screen = common::screen(&app);
            assert!(
                !screen.to_uppercase().contains(MARK),
                "slide {} at {width}x{height} shows personal text:\n{screen}",
                at(&app).1
            );
            seen += 1;
            if at(&app).0 + 1 == n {
                break;
            }
            press(&mut app, KeyCode::Right);
        }
        assert_eq!(seen, n, "every slide was looked at");
        // The help and the footer, too.
        press(&mut app, KeyCode::Char('?'));
        assert!(!common::screen(&app).contains(MARK));
    }
}

#[test]
fn a_plan_s_notes_never_reach_the_projector() {
    use werkboek::present::plan;
    let all = werkboek::present::slides::build(content::embedded(), Lang::Nl);
    let session = plan::session(
        &plan::parse(
            "- overzicht | 5 min | PRIVEMERK notitie\n- sleutel-4/werkvorm | 15 min | PRIVEMERK\n",
        ),
        &all,
        Lang::Nl,
    );
    let projected = plan::without_notes(session);
    let mut app = presenting(
        Workbook::default(),
        Log::default(),
        80,
        24,
        Start::Plan(projected.slides),
    );
    loop {
        let s = common::screen(&app);
        assert!(!s.contains("PRIVEMERK"), "{s}");
        let before = at(&app);
        press(&mut app, KeyCode::Right);
        if at(&app) == before {
            break;
        }
    }
    // The projector tells the facilitator's screen where it is: an id and a time, no note.
    let told: Vec<String> = app
        .take_requests()
        .into_iter()
        .filter_map(|e| match e {
            werkboek::app::Effect::Presenting(sync) => Some(sync.to_json()),
            _ => None,
        })
        .collect();
    assert!(told.len() >= 2, "every move is told");
    assert!(told.iter().all(|t| !t.contains("PRIVEMERK")));
}

#[test]
fn the_facilitator_s_screen_follows_the_projector_with_its_notes() {
    use werkboek::present::{notes, plan};
    let all = werkboek::present::slides::build(content::embedded(), Lang::Nl);
    let session = plan::session(
        &plan::parse(
            "# Teamdag\n- overzicht | 5 min | Vraag welke sleutel herkend wordt.\n- sleutel-4/werkvorm | 15 min | Kaartjes klaarleggen.\n",
        ),
        &all,
        Lang::Nl,
    );
    let mut app = presenting(
        Workbook::default(),
        Log::default(),
        100,
        30,
        Start::Notes(Box::new(notes::Facilitator {
            session,
            plan: "plan.md".into(),
            projector: None,
        })),
    );
    assert!(app.following());
    let s = common::screen(&app);
    assert!(s.contains("Vraag welke sleutel herkend wordt."), "{s}");
    app.update(Action::Projector(notes::Sync {
        slide: "sleutel-4/werkvorm".into(),
        at: 1,
        started: "2026-11-23T09:00:00Z".parse().unwrap(),
        countdown: None,
    }));
    let s = common::screen(&app);
    assert!(s.contains("Kaartjes klaarleggen."), "{s}");
    assert!(s.contains("volgt de presentatie"), "{s}");
    insta::assert_snapshot!(s);
}

// --- Keys ------------------------------------------------------------------------------------

#[test]
fn next_back_first_last() {
    let mut app = presenting(Workbook::default(), Log::default(), 100, 30, material(None));
    let n = app.present().unwrap().slides.len();
    for k in [KeyCode::Right, KeyCode::Char(' '), KeyCode::PageDown] {
        press(&mut app, k);
    }
    assert_eq!(at(&app).0, 3);
    for k in [KeyCode::Left, KeyCode::PageUp] {
        press(&mut app, k);
    }
    assert_eq!(at(&app).0, 1);
    press(&mut app, KeyCode::End);
    assert_eq!(at(&app).0, n - 1);
    press(&mut app, KeyCode::Right);
    assert_eq!(at(&app).0, n - 1, "stays on the last slide");
    press(&mut app, KeyCode::Home);
    assert_eq!(at(&app).0, 0);
}

#[test]
fn a_number_then_enter_or_g_jumps() {
    let mut app = presenting(Workbook::default(), Log::default(), 100, 30, material(None));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('2'));
    assert!(common::screen(&app).contains("→ naar dia 12"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(at(&app).0, 11);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('9'));
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(at(&app).0, 2);
    // Esc with digits typed forgets them; it does not leave.
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Esc);
    assert!(app.present().is_some());
    assert!(app.present().unwrap().digits.is_empty());
}

#[test]
fn blank_hides_everything_and_any_key_brings_it_back() {
    let mut app = presenting(
        Workbook::default(),
        Log::default(),
        100,
        30,
        material(Some("sleutel-1")),
    );
    press(&mut app, KeyCode::Char('b'));
    let blank = common::screen(&app);
    assert!(
        blank.chars().all(|c| c == ' ' || c == '\n' || c == '"'),
        "{blank}"
    );
    press(&mut app, KeyCode::Char('x'));
    assert!(common::screen(&app).contains("Zorg voor externe oriëntatie"));
    assert_eq!(at(&app).1, "sleutel-1", "bringing it back does not move on");
}

#[test]
fn clock_and_footer_toggle() {
    let clock = ManualClock::at("2026-11-23T09:00:00Z");
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.clock = Box::new(clock.clone());
    setup.present = Some(material(None));
    let mut app = common::harness(setup);
    press(&mut app, KeyCode::Char('t'));
    assert!(app.ticking());
    clock.set("2026-11-23T09:14:07Z");
    app.update(Action::Idle);
    let s = common::screen(&app);
    assert!(s.contains("14:07"), "{s}");
    assert!(s.contains("Begin · 1/"), "{s}");
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Char('t'));
    let s = common::screen(&app);
    assert!(!s.contains("1/") && !s.contains("14:07"), "{s}");
}

#[test]
fn the_place_is_remembered_and_offered_next_time() {
    let store = MemStore::new();
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.present = Some(material(None));
    let mut app = Harness::on(content::embedded(), setup, store.clone());
    for _ in 0..9 {
        press(&mut app, KeyCode::Right);
    }
    let stopped = at(&app).1;
    press(&mut app, KeyCode::Char('q'));
    assert!(
        app.quit,
        "`werkboek present` ends when the presentation does"
    );
    let saved = store.saved.borrow().workbook.clone().unwrap();
    assert_eq!(saved.settings.present_at.as_deref(), Some(stopped.as_str()));

    // Next time: the question, then on where it stopped.
    let mut again = presenting(saved.clone(), Log::default(), 100, 30, material(None));
    assert_eq!(again.ctx(), Ctx::Resume);
    assert!(common::screen(&again).contains("Waar wil je beginnen?"));
    press(&mut again, KeyCode::Enter);
    assert_eq!(again.ctx(), Ctx::Present);
    assert_eq!(at(&again).1, stopped);
    // Or from the start.
    let mut fresh = presenting(saved.clone(), Log::default(), 100, 30, material(None));
    press(&mut fresh, KeyCode::Char('n'));
    assert_eq!(at(&fresh).0, 0);
    // An explicit --from is where the facilitator wants to be: no question.
    let asked = presenting(saved, Log::default(), 100, 30, material(Some("sleutel-6")));
    assert_eq!(asked.ctx(), Ctx::Present);
    assert_eq!(at(&asked).1, "sleutel-6");
}

#[test]
fn from_the_workbook_p_starts_at_the_item_and_q_comes_back() {
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.log = Some(Ok(Log::default()));
    let mut app = common::harness(setup);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.ctx(), Ctx::Present);
    let p = app.present().unwrap();
    assert!(
        p.current()
            .unwrap()
            .shows
            .contains(&"factor-verantwoordelijkheid".to_string())
    );
    press(&mut app, KeyCode::Char('q'));
    assert!(app.present().is_none() && !app.quit, "back in the workbook");
    // Ctrl-P: this key only.
    press(&mut app, KeyCode::Char('1'));
    common::press_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    let p = app.present().unwrap();
    assert!(p.slides.iter().all(|s| s.part_id == "sleutel-1"));
    assert_eq!(p.at, 0);
}

#[test]
fn ctrl_c_ends_everything() {
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.log = Some(Ok(Log::default()));
    let mut app = common::harness(setup);
    press(&mut app, KeyCode::Char('p'));
    common::press_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
}

#[test]
fn ctrl_c_ends_everything_on_a_blank_screen_too() {
    let mut app = presenting(Workbook::default(), Log::default(), 100, 30, material(None));
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('5'));
    assert_eq!(at(&app).0, 0, "a digit only brings the picture back");
    press(&mut app, KeyCode::Char('b'));
    common::press_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
}

#[test]
fn a_presentation_never_shows_the_unreadable_file_question() {
    let mut setup = common::setup(Workbook::default(), 100, 30);
    setup.workbook = Err(werkboek::store::Unreadable {
        path: "/home/juf/.config/werkboek/werkboek.json".into(),
        problem: werkboek::store::LoadProblem::Empty,
    });
    setup.present = Some(material(None));
    let store = MemStore::new();
    let mut app = Harness::on(content::embedded(), setup, store.clone());
    assert_eq!(app.ctx(), Ctx::Present);
    assert!(!common::screen(&app).contains("/home/juf"));
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(
        store.saved.borrow().saves,
        0,
        "nothing saved over the unreadable file"
    );
}
