//! The log file changed by someone else while werkboek runs (an editor writing in place, a sync
//! client putting another copy in place): werkboek never writes into it or over it, and says
//! that it could not save, instead of saying "bewaard" over a file that no longer reads or
//! lacks what was saved. (Found in review; each failed before the fix.)

use std::fs;
use std::io::Write;
use std::sync::Arc;

use werkboek::data::{Entry, Log};
use werkboek::store::{
    self, FileStore, LOG_FILE, Store, StoreProblem, entry_line, load_log, write_log_to,
};

fn entry(id: u64, title: &str) -> Entry {
    Entry {
        id,
        created: jiff::Timestamp::from_second(1_700_000_000 + id as i64).unwrap(),
        updated: None,
        title: title.into(),
        text: format!("Tekst van {title}."),
        tags: Vec::new(),
        items: Vec::new(),
        action: None,
    }
}

fn file_of(log: &Log) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_log_to(&mut bytes, log).unwrap();
    bytes
}

fn titles(log: &Log) -> Vec<String> {
    log.iter().map(|e| e.title.clone()).collect()
}

/// A log file of entries "een" and "twee" that is more than half replaced lines: the first
/// save writes it whole, copying the lines of the entries it holds only by their place.
fn tidy_wanting(path: &std::path::Path) {
    let mut bytes = file_of(&Log::from_entries(vec![entry(1, "een"), entry(2, "twee")]));
    let mut e3 = entry(3, "drie");
    e3.text = "x".repeat(70 * 1024);
    entry_line(&mut bytes, &e3);
    store::deleted_line(&mut bytes, 3);
    fs::write(path, &bytes).unwrap();
}

fn changed_outside(result: Result<(), store::StoreError>) -> bool {
    matches!(result, Err(e) if e.problem == StoreProblem::ChangedOutside)
}

#[test]
fn a_file_changed_in_place_is_never_copied_as_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    tidy_wanting(&path);

    let mut opened = FileStore::open(dir.path()).unwrap();
    let mut log = store::open_log(dir.path(), true).log.unwrap();
    assert!(log.wants_tidying());
    // Someone corrects entry 1 in an editor that writes in place (the same file).
    let text = fs::read_to_string(&path).unwrap();
    let edited = text.replacen("\"title\":\"een\"", "\"title\":\"een, verbeterd\"", 1);
    let mut f = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    f.write_all(edited.as_bytes()).unwrap();
    drop(f);

    log.push(entry(4, "vier"));
    opened.store.save_log(1, &Arc::new(log));
    let saved = opened.store.flush();
    drop(opened);
    assert!(changed_outside(saved), "told, not \"bewaard\"");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        edited,
        "their file as they left it"
    );
    assert_eq!(
        titles(&load_log(dir.path()).unwrap()),
        ["een, verbeterd", "twee"]
    );
}

#[test]
fn a_newer_file_put_in_place_meanwhile_is_not_appended_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    fs::write(&path, file_of(&Log::from_entries(vec![entry(1, "een")]))).unwrap();
    let mut opened = FileStore::open(dir.path()).unwrap();
    let mut log = store::open_log(dir.path(), true).log.unwrap();
    let newer = "{\"format\":\"werkboek-logboek\",\"schema\":3}\n{\"id\":1,\"nieuw\":{}}\n";
    let tmp = dir.path().join("sync.tmp");
    fs::write(&tmp, newer).unwrap();
    fs::rename(&tmp, &path).unwrap();
    log.push(entry(2, "twee"));
    opened.store.save_log(1, &Arc::new(log));
    assert!(changed_outside(opened.store.flush()));
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn an_older_copy_put_in_place_meanwhile_is_not_appended_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    fs::write(&path, file_of(&Log::from_entries(vec![entry(1, "een")]))).unwrap();
    let older = fs::read(&path).unwrap();
    let mut opened = FileStore::open(dir.path()).unwrap();
    let mut log = store::open_log(dir.path(), true).log.unwrap();
    log.push(entry(2, "twee"));
    let mut log = Arc::new(log);
    opened.store.save_log(1, &log);
    opened.store.flush().unwrap();
    // A sync client puts its older copy in place: entry 2, saved, is not in it.
    let tmp = dir.path().join("sync.tmp");
    fs::write(&tmp, &older).unwrap();
    fs::rename(&tmp, &path).unwrap();
    Arc::make_mut(&mut log).push(entry(3, "drie"));
    opened.store.save_log(2, &log);
    assert!(
        changed_outside(opened.store.flush()),
        "appending only entry 3 would lose entry 2 for good"
    );
    // And it stays so: the next save does not write over it either.
    Arc::make_mut(&mut log).push(entry(4, "vier"));
    opened.store.save_log(3, &log);
    assert!(changed_outside(opened.store.flush()));
    assert_eq!(fs::read(&path).unwrap(), older);
}

#[test]
fn werkboeks_own_saves_and_tidying_are_not_taken_for_a_change_outside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LOG_FILE);
    tidy_wanting(&path);
    let mut opened = FileStore::open(dir.path()).unwrap();
    let mut log = Arc::new(store::open_log(dir.path(), true).log.unwrap());
    for (seq, id) in (1..=5).zip(10..) {
        Arc::make_mut(&mut log).push(entry(id, "nieuw"));
        opened.store.save_log(seq, &log);
        opened.store.flush().unwrap();
    }
    drop(opened);
    assert_eq!(load_log(dir.path()).unwrap().len(), 7);
}

#[test]
fn an_old_log_beside_the_new_one_gives_up_none_of_its_entries() {
    // werkboek 0.1 used again after the move, or a sync client brought the old file back.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(LOG_FILE),
        file_of(&Log::from_entries(vec![entry(1, "een")])),
    )
    .unwrap();
    let old = Log::from_entries(vec![
        entry(1, "een"),
        entry(2, "alleen in het oude bestand"),
    ]);
    fs::write(
        dir.path().join(store::LEGACY_LOG_FILE),
        serde_json::to_string(&old).unwrap(),
    )
    .unwrap();
    let moved = store::migrate_log(dir.path()).unwrap();
    assert_eq!(
        moved,
        store::Migrated::Moved {
            kept: dir.path().join("logboek.v1.json"),
            added: 1
        }
    );
    let log = load_log(dir.path()).unwrap();
    assert_eq!(titles(&log), ["een", "alleen in het oude bestand"]);
    assert!(dir.path().join("logboek.v1.json").exists());
    // And the user hears it, with how many.
    let told = werkboek::app::notice_text(
        &store::Notice::LogMoved {
            kept: dir.path().join("logboek.v1.json"),
            added: 1,
        },
        werkboek::i18n::Lang::Nl,
    );
    assert!(
        told.contains("1 logboekregel ") && told.contains("logboek.v1.json"),
        "{told}"
    );
}

#[test]
fn an_entry_that_does_not_read_makes_the_log_unreadable_instead_of_vanishing_from_exports() {
    // A tab typed into a line by hand, or a byte that is not UTF-8: such an entry was listed,
    // then left out of every export and emergency copy without a word.
    let mut e2 = entry(2, "twee");
    e2.text = "Tekst van twee.".into();
    let text = String::from_utf8(file_of(&Log::from_entries(vec![entry(1, "een"), e2]))).unwrap();
    let tab = text.replacen("Tekst van twee.", "Tekst\tvan twee.", 1);
    assert!(store::parse_log(tab.as_bytes()).is_err());
    let mut bad = text.into_bytes();
    let at = bad.windows(8).position(|w| w == b"van twee").unwrap();
    bad[at] = 0xff;
    assert!(store::parse_log(&bad).is_err());
}
