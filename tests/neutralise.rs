//! Issue 8, point 9: every text from a file or a person that reaches a terminal or a Markdown
//! file goes through one neutralising function. This property test feeds hostile text (escape
//! sequences, C1 controls, direction overrides, zero-width characters) into every field and
//! looks at every way out: the screen, the portfolio, the team report, and the messages about
//! files that cannot be read or saved.

mod common;

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;
use werkboek::data::{ActionState, Entry, Log, Status, Workbook};
use werkboek::i18n::Lang;
use werkboek::safe;
use werkboek::store::json::Shape;
use werkboek::store::{LoadProblem, StoreError, StoreProblem};

/// Text with the characters that must never reach a terminal raw, among ordinary ones.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("\u{1b}]52;c;cHduZWQ=\u{7}".to_string()),
            Just("\u{1b}[2J".to_string()),
            Just("\u{9b}31m".to_string()),
            Just("\u{202e}".to_string()),
            Just("\u{2066}".to_string()),
            Just("\u{200b}".to_string()),
            Just("\r".to_string()),
            "[a-zé 🌱]{0,6}",
            "\\PC{0,4}",
        ],
        1..8,
    )
    .prop_map(|parts| parts.concat())
}

fn entry(title: &str, text: &str, tag: &str) -> Entry {
    Entry {
        id: 1,
        created: "2026-11-20T10:00:00Z".parse().unwrap(),
        updated: None,
        title: title.into(),
        text: text.into(),
        tags: vec![tag.into()],
        items: vec![format!("sleutel-4{tag}")],
        action: Some(ActionState {
            status: Status::Planned,
            follow_up: None,
        }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn nothing_raw_leaves_by_any_way(a in hostile(), b in hostile(), c in hostile()) {
        let mut w = Workbook::default();
        w.update_item("sleutel-1", |s| s.note = a.clone());
        w.update_item(&b, |s| s.note = c.clone());
        let mut log = Log::default();
        log.push(entry(&a, &b, &c));

        // The portfolio in Markdown.
        let md = werkboek::format::portfolio::markdown(
            werkboek::content::embedded(),
            &w,
            &log,
            Lang::Nl,
            &jiff::tz::TimeZone::UTC,
            "2026-11-23T10:00:00Z".parse().unwrap(),
        );
        prop_assert!(safe::is_safe_text(&md), "portfolio: {:?}", md);

        // The team report, with hostile file names and reasons.
        let files = vec![(a.clone(), b.clone()), (c.clone(), "{".to_string())];
        let team = werkboek::present::team::gather(werkboek::content::embedded(), &files, Lang::Nl);
        let report = werkboek::present::team::markdown(&team, Lang::Nl);
        prop_assert!(safe::is_safe_text(&report), "team: {:?}", report);

        // Messages about files.
        for lang in [Lang::Nl, Lang::En] {
            let p = LoadProblem::WrongShape { shape: Shape::UnknownField(a.clone()), line: 3, at: Some(b.clone()) };
            prop_assert!(safe::is_safe_line(&p.describe(lang)));
            let e = StoreError { path: c.clone().into(), problem: StoreProblem::ReadOnly };
            prop_assert!(safe::is_safe_line(&e.describe(lang)));
        }

        // The screen: the log with the entry chosen, and the material with the note.
        let mut s = common::setup(w, 100, 30);
        s.log = Some(Ok(log));
        let mut app = common::harness(s);
        for screen in [common::screen(&app), { common::press(&mut app, KeyCode::Char('9')); common::screen(&app) }] {
            prop_assert!(
                !screen.chars().any(|ch| ch.is_control() && ch != '\n' || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}')),
                "screen: {:?}", screen
            );
        }
    }
}
