//! The store as the app uses it: round trips through the disk, old files, broken files, and
//! property tests over arbitrary data and arbitrary damage.

use proptest::prelude::*;
use werkboek::data::{ItemState, Workbook};
use werkboek::i18n::Lang;
use werkboek::store::{
    FileStore, LoadProblem, Store, parse_workbook, workbook_bytes, write_atomic, write_log_to,
};

fn item_state() -> impl Strategy<Value = ItemState> {
    (
        "\\PC{0,80}",
        any::<bool>(),
        prop::option::of(1u8..=5),
        prop::option::of(1u8..=5),
    )
        .prop_map(|(note, studied, now, goal)| ItemState {
            note,
            studied,
            now,
            goal,
        })
}

fn workbook() -> impl Strategy<Value = Workbook> {
    (
        prop::option::of(prop_oneof![Just(Lang::Nl), Just(Lang::En)]),
        prop::collection::btree_map("[a-z0-9-]{1,24}", item_state(), 0..12),
    )
        .prop_map(|(lang, items)| {
            let mut w = Workbook::default();
            w.settings.lang = lang;
            for (id, state) in items {
                w.update_item(&id, |s| *s = state);
            }
            // Snapshots of whatever was scored, at two moments.
            w.take_snapshot("2026-02-01T08:00:00Z".parse().unwrap());
            w.take_snapshot("2026-06-01T08:00:00.123456789Z".parse().unwrap());
            w
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the user writes comes back exactly, through the bytes the store writes.
    #[test]
    fn any_workbook_round_trips(w in workbook()) {
        let text = String::from_utf8(workbook_bytes(&w)).unwrap();
        prop_assert_eq!(parse_workbook(&text), Ok(w));
    }

    /// Arbitrary text never panics the loader.
    #[test]
    fn arbitrary_text_is_an_error_not_a_crash(text in "\\PC{0,300}") {
        let _ = parse_workbook(&text);
    }

    /// A file cut short anywhere (a crash in another program, a full disk) is reported, never
    /// silently read as less than it was.
    #[test]
    fn a_truncated_file_is_refused(w in workbook(), cut in 0.0f64..1.0) {
        let text = String::from_utf8(workbook_bytes(&w)).unwrap();
        let mut at = ((text.len() as f64) * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if at < text.trim_end().len() {
            prop_assert!(parse_workbook(&text[..at]).is_err());
        }
    }

    /// The atomic writer stores any bytes exactly.
    #[test]
    fn atomic_write_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, &bytes).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}

#[test]
fn the_first_released_format_still_loads() {
    let text = include_str!("fixtures/werkboek-v1.json");
    let w = parse_workbook(text).expect("a version 1 file loads");
    assert_eq!(w.schema, werkboek::data::WORKBOOK_SCHEMA);
    assert!(w.snapshots.is_empty());
    assert_eq!(w.score("sleutel-4"), Default::default());
    assert_eq!(w.settings.lang, Some(Lang::Nl));
    assert!(w.studied("sleutel-4"));
    assert_eq!(
        w.note("factor-verbinding"),
        "Samen een streefbeeld maken.\nVolgende week bespreken."
    );
    // An id the material no longer has is kept, not dropped.
    assert_eq!(w.note("sleutel-oud"), "bewaren");
}

#[test]
fn notes_survive_a_full_session_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut opened = FileStore::open(dir.path()).unwrap();
    let mut w = opened.workbook.clone().unwrap();
    w.update_item("factor-verbinding", |s| s.note = "één 🌱".into());
    opened.store.save_workbook(1, &w);
    opened.store.flush().unwrap();
    drop(opened);
    let reopened = FileStore::open(dir.path()).unwrap();
    assert_eq!(
        reopened.workbook.unwrap().note("factor-verbinding"),
        "één 🌱"
    );
}

#[test]
fn a_newer_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("werkboek.json");
    let newer = "{\"schema\": 1000, \"iets\": \"nieuws\"}";
    std::fs::write(&path, newer).unwrap();
    let opened = FileStore::open(dir.path()).unwrap();
    let problem = opened.workbook.clone().unwrap_err();
    assert_eq!(
        problem.problem,
        LoadProblem::Newer {
            found: 1000,
            known: werkboek::data::WORKBOOK_SCHEMA
        }
    );
    drop(opened);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

// --- The log file --------------------------------------------------------------------------

use werkboek::data::{ActionState, Entry, Log, Status};
use werkboek::store::parse_log;

/// The log file's text as the store writes it.
fn log_text(log: &Log) -> String {
    let mut bytes = Vec::new();
    write_log_to(&mut bytes, log).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        0u64..u64::MAX / 2,
        0i64..4_000_000_000,
        "\\PC{0,40}",
        "\\PC{0,200}",
        prop::collection::vec("[a-z]{1,10}", 0..3),
        prop::collection::vec("[a-z0-9-]{1,20}", 0..3),
        prop::option::of((0u8..3, prop::option::of(0i16..3000))),
    )
        .prop_map(|(id, secs, title, text, tags, items, action)| Entry {
            id,
            created: jiff::Timestamp::from_second(secs).unwrap(),
            updated: None,
            title,
            text,
            tags,
            items,
            action: action.map(|(s, days)| ActionState {
                status: [Status::Planned, Status::Doing, Status::Done][usize::from(s)],
                follow_up: days.map(|d| {
                    jiff::civil::date(2020, 1, 1)
                        .checked_add(jiff::Span::new().days(i64::from(d)))
                        .unwrap()
                }),
            }),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is written in the log comes back exactly.
    #[test]
    fn any_log_round_trips(entries in prop::collection::vec(entry(), 0..20)) {
        let log = log_of(entries);
        prop_assert_eq!(parse_log(log_text(&log).as_bytes()), Ok(log));
    }

    /// Arbitrary text never panics the log loader, nor does anything after a log's first line.
    #[test]
    fn arbitrary_log_text_is_an_error_not_a_crash(text in "\\PC{0,300}") {
        let _ = parse_log(text.as_bytes());
        let mut after = werkboek::store::LOG_FILE_HEADER.to_string();
        after.push_str(&text);
        let _ = parse_log(after.as_bytes());
    }

    /// Arbitrary bytes neither.
    #[test]
    fn arbitrary_log_bytes_are_an_error_not_a_crash(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut after = werkboek::store::LOG_FILE_HEADER.as_bytes().to_vec();
        after.extend_from_slice(&bytes);
        let _ = parse_log(&after);
    }

    /// A log file cut short (a save interrupted, a disk that filled up) reads as the log was
    /// after an earlier save: the entries whose lines are whole, never anything half.
    #[test]
    fn a_truncated_log_reads_as_an_earlier_save(entries in prop::collection::vec(entry(), 1..8), cut in 0.0f64..1.0) {
        let log = log_of(entries);
        let text = log_text(&log).into_bytes();
        let at = ((text.len() as f64) * cut) as usize;
        let header = werkboek::store::LOG_FILE_HEADER.len();
        match parse_log(&text[..at]) {
            Err(_) => prop_assert!(at + 1 < header, "only a cut first line is refused"),
            Ok(read) => {
                // The entries are written oldest first, one line each.
                let whole = text[header.min(at)..at].iter().filter(|b| **b == b'\n').count();
                prop_assert!(read.len() >= whole && read.len() <= whole + 1);
                let earlier = log_of(log.iter().take(read.len()).map(|e| (*e).clone()).collect());
                prop_assert_eq!(read, earlier);
            }
        }
    }

    /// Lines added after a log (changes, deletions) read as those changes made to it.
    #[test]
    fn appended_lines_read_as_the_changes(
        entries in prop::collection::vec(entry(), 1..8),
        changes in prop::collection::vec((0usize..8, prop::option::of(entry())), 0..8),
    ) {
        let mut log = log_of(entries);
        let mut text = log_text(&log).into_bytes();
        for (n, change) in changes {
            let i = n % log.len().max(1);
            if log.is_empty() {
                break;
            }
            match change {
                Some(mut e) => {
                    e.id = log.id(i);
                    werkboek::store::entry_line(&mut text, &e);
                    log.replace(i, e);
                }
                None => {
                    werkboek::store::deleted_line(&mut text, log.id(i));
                    log.remove(i);
                }
            }
        }
        prop_assert_eq!(parse_log(&text), Ok(log));
    }
}

fn log_of(entries: Vec<Entry>) -> Log {
    let mut log = Log::default();
    for e in entries {
        if log.find(e.id).is_none() {
            log.push(e);
        }
    }
    log
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Both files saved by the real store (its writer threads, atomic writes and lock) and
    /// opened again come back exactly.
    #[test]
    fn both_files_round_trip_through_the_store_on_disk(
        w in workbook(),
        entries in prop::collection::vec(entry(), 0..10),
    ) {
        let mut log = Log::default();
        for e in entries {
            log.push(e);
        }
        let log = std::sync::Arc::new(log);
        let dir = tempfile::tempdir().unwrap();
        let mut opened = FileStore::open(dir.path()).unwrap();
        opened.store.save_workbook(1, &w);
        opened.store.save_log(1, &log);
        opened.store.flush().unwrap();
        drop(opened);
        let reopened = FileStore::open(dir.path()).unwrap();
        prop_assert_eq!(reopened.workbook.clone().unwrap(), w);
        drop(reopened);
        prop_assert_eq!(werkboek::store::load_log(dir.path()).unwrap(), (*log).clone());
    }
}

#[test]
fn the_second_format_still_loads() {
    let text = include_str!("fixtures/werkboek-v2.json");
    let w = parse_workbook(text).expect("a version 2 file loads");
    assert_eq!(w.schema, werkboek::data::WORKBOOK_SCHEMA);
    assert!(w.studied("sleutel-4"));
    assert_eq!(w.note("factor-verbinding"), "Streefbeeld maken.");
    assert_eq!(w.settings.lang, Some(Lang::En));
    assert_eq!(w.score("factor-verbinding").now, Some(3));
    assert_eq!(w.score("factor-verbinding").goal, Some(5));
    assert_eq!(w.snapshots.len(), 1);
    let earlier = &w.snapshots[0];
    assert_eq!(earlier.taken, "2025-09-01T07:30:00Z".parse().unwrap());
    assert_eq!(earlier.scores["factor-verbinding"].goal, Some(4));
    assert_eq!(earlier.scores["sleutel-4"].now, Some(1));
}

#[test]
fn the_third_format_still_loads() {
    let text = include_str!("fixtures/werkboek-v3.json");
    let w = parse_workbook(text).expect("a version 3 file loads");
    assert_eq!(w.schema, werkboek::data::WORKBOOK_SCHEMA);
    assert_eq!(w.settings.present_at.as_deref(), Some("sleutel-4"));
    assert!(
        !w.settings.welcomed,
        "a user of version 3 has not seen the welcome"
    );
    assert_eq!(w.settings.place, None);
    assert_eq!(w.snapshots[0].label, None);
    assert_eq!(w.snapshots[0].scores["lo-cultuur-1"].now, Some(1));
}

// --- Moving the log of werkboek 0.1 to the log file ------------------------------------------

/// A log of werkboek 0.1 as it kept it: one document.
fn legacy_text(log: &Log) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(log).unwrap();
    bytes.push(b'\n');
    bytes
}

/// Every state a first start can be killed in while it moves the old log (nothing done, the
/// new file half written, the new file in place with the old one still there, all done):
/// the next start reads the same log, leaves no temporary file, and keeps the old file.
#[test]
fn a_move_killed_at_any_point_leaves_the_whole_log_and_the_old_file() {
    use werkboek::store::{LEGACY_LOG_FILE, LOG_FILE, load_log, lock_for_writing, migrate_log};
    let mut log = Log::default();
    for n in 0..50u64 {
        log.push(Entry {
            id: n + 1,
            created: jiff::Timestamp::from_second(1_700_000_000 + n as i64 * 60).unwrap(),
            updated: None,
            title: format!("regel {n}"),
            text: "Vandaag een lesbezoek.\nEn een gesprek \"na\".".into(),
            tags: vec!["lesbezoek".into()],
            items: vec!["sleutel-4".into()],
            action: None,
        });
    }
    let old = legacy_text(&log);
    let mut jsonl = Vec::new();
    write_log_to(&mut jsonl, &log).unwrap();
    // The states, as the files on disk show them.
    type State<'a> = (&'a str, Box<dyn Fn(&std::path::Path) + 'a>);
    let states: Vec<State> = vec![
        ("nothing done yet", Box::new(|_| {})),
        (
            "the new file half written",
            Box::new(|d| {
                std::fs::write(d.join(".werkboek-halfweg.tmp"), &jsonl[..jsonl.len() / 2]).unwrap()
            }),
        ),
        (
            "the new file written, not yet in place",
            Box::new(|d| std::fs::write(d.join(".werkboek-klaar.tmp"), &jsonl).unwrap()),
        ),
        (
            "the new file in place, the old one not yet kept aside",
            Box::new(|d| std::fs::write(d.join(LOG_FILE), &jsonl).unwrap()),
        ),
    ];
    for (what, state) in states {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(LEGACY_LOG_FILE), &old).unwrap();
        state(d);
        // A read-only start (the lock held elsewhere) reads it as it is.
        assert_eq!(load_log(d).unwrap(), log, "{what}: read as it is");
        // The next start that holds the lock.
        let lock = lock_for_writing(d).unwrap().expect("the lock");
        drop(lock);
        assert_eq!(load_log(d).unwrap(), log, "{what}: read after the move");
        assert!(d.join(LOG_FILE).is_file(), "{what}: moved");
        assert!(
            !d.join(LEGACY_LOG_FILE).exists(),
            "{what}: the old one aside"
        );
        assert_eq!(
            std::fs::read(d.join("logboek.v1.json")).unwrap(),
            old,
            "{what}: the old file kept as it was"
        );
        let names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.ends_with(".tmp")),
            "{what}: temporary files left: {names:?}"
        );
        assert_eq!(migrate_log(d).unwrap(), werkboek::store::Migrated::Nothing);
    }
}

/// An old log that does not read (broken, or from a newer werkboek) is never moved, never
/// written over and never deleted: not by a start, not by saving a log beside it.
#[test]
fn an_unreadable_old_log_is_kept_and_never_written_over() {
    use werkboek::store::{LEGACY_LOG_FILE, load_log, lock_for_writing};
    for broken in [
        &b"{\"schema\": 1, \"entries\": [{\"id\": 1,"[..],
        b"{\"schema\": 9, \"entries\": []}\n",
        b"\xff\xfe niet eens tekst",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(LEGACY_LOG_FILE), broken).unwrap();
        for _ in 0..2 {
            drop(lock_for_writing(d).unwrap());
            let e = load_log(d).unwrap_err();
            assert_eq!(e.path, d.join(LEGACY_LOG_FILE));
        }
        // The app saves nothing over a log it could not read; even a store that is handed a
        // log writes the log file, never the old one.
        let mut opened = FileStore::open(d).unwrap();
        opened.store.save_log(
            1,
            &std::sync::Arc::new(Log::from_entries(vec![Entry {
                id: 7,
                created: jiff::Timestamp::from_second(1_700_000_000).unwrap(),
                updated: None,
                title: "nieuw".into(),
                text: String::new(),
                tags: vec![],
                items: vec![],
                action: None,
            }])),
        );
        opened.store.flush().unwrap();
        drop(opened);
        let kept = [LEGACY_LOG_FILE, "logboek.v1.json"]
            .iter()
            .filter_map(|n| std::fs::read(d.join(n)).ok())
            .collect::<Vec<_>>();
        assert_eq!(kept, vec![broken.to_vec()], "kept, byte for byte");
    }
}

/// A line with a key twice (a merge by hand) is refused, as in the workbook: which of the two
/// counts would be a guess.
#[test]
fn a_log_line_with_a_key_twice_is_refused() {
    let header = werkboek::store::LOG_FILE_HEADER;
    for line in [
        r#"{"id":1,"id":2,"created":"2026-11-23T10:00:00Z","title":"a","text":"b"}"#,
        r#"{"id":1,"created":"2026-11-23T10:00:00Z","title":"a","title":"c","text":"b"}"#,
        r#"{"id":1,"created":"2026-11-23T10:00:00Z","title":"a","text":"b","tags":[],"tags":["x"]}"#,
    ] {
        let text = format!("{header}{line}\n");
        assert!(parse_log(text.as_bytes()).is_err(), "{line}");
    }
}

/// A row of the list reads only the heading of an entry from the file: its title, or the first
/// line of its text; its dates and action as the entry has them.
#[test]
fn a_listed_entry_is_its_heading_from_the_file_or_from_memory() {
    let mut log = Log::default();
    for (id, title, text) in [
        (1, "Lesbezoek", "lang verhaal\nmet \"regels\""),
        (2, "", "eerste regel\ntweede regel"),
    ] {
        log.push(Entry {
            id,
            created: jiff::Timestamp::from_second(1_700_000_000 + id as i64).unwrap(),
            updated: Some(jiff::Timestamp::from_second(1_800_000_000).unwrap()),
            title: title.into(),
            text: text.into(),
            tags: vec!["t".into()],
            items: vec![],
            action: Some(ActionState {
                status: Status::Doing,
                follow_up: None,
            }),
        });
    }
    let read = parse_log(log_text(&log).as_bytes()).unwrap();
    for l in [&log, &read] {
        for i in 0..2 {
            let whole = l.get(i).unwrap();
            let listed = l.listed(i).unwrap();
            assert_eq!(listed.heading(), whole.heading());
            assert_eq!(
                (listed.id, listed.created, listed.updated, listed.action),
                (whole.id, whole.created, whole.updated, whole.action)
            );
        }
    }
}
