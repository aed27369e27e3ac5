//! Bringing an exported portfolio into the current data (moving to a new computer). Nothing that
//! is already there is lost: differing notes are kept side by side, differing scores keep the
//! current value, and entries that clash by id are both kept.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::{Entry, Log, Workbook};

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub notes_added: usize,
    /// Notes that differed: the imported text was added below the current one.
    pub notes_joined: usize,
    pub notes_same: usize,
    pub studied_added: usize,
    pub scores_added: usize,
    /// Scores that differed: the current one was kept.
    pub scores_kept: usize,
    pub snapshots_added: usize,
    pub snapshots_same: usize,
    pub entries_added: usize,
    pub entries_same: usize,
    /// Entries with an id already used by a different entry: both kept, the import's renumbered.
    pub entries_both_kept: usize,
}

impl Report {
    pub fn added(&self) -> usize {
        self.notes_added
            + self.notes_joined
            + self.studied_added
            + self.scores_added
            + self.snapshots_added
            + self.entries_added
            + self.entries_both_kept
    }
}

/// Merges `incoming` into `workbook` and `log`. `marker` heads an imported note that is added
/// below a different current one.
pub fn merge(
    workbook: &mut Workbook,
    log: &mut Log,
    incoming: Workbook,
    incoming_log: Log,
    marker: &str,
) -> Report {
    let mut r = Report::default();
    // Settings come along only where there are none yet (a new computer).
    if workbook.settings.lang.is_none() {
        workbook.settings.lang = incoming.settings.lang;
    }
    for (id, theirs) in incoming.items {
        workbook.update_item(&id, |mine| {
            let note = theirs.note.trim_end();
            if !note.is_empty() {
                if mine.note.is_empty() {
                    mine.note = note.to_string();
                    r.notes_added += 1;
                } else if mine.note.contains(note) {
                    r.notes_same += 1;
                } else {
                    mine.note = format!("{}\n\n{marker}\n{note}", mine.note.trim_end());
                    r.notes_joined += 1;
                }
            }
            if theirs.studied && !mine.studied {
                mine.studied = true;
                r.studied_added += 1;
            }
            for (m, t) in [(&mut mine.now, theirs.now), (&mut mine.goal, theirs.goal)] {
                match (*m, t) {
                    (None, Some(v)) => {
                        *m = Some(v);
                        r.scores_added += 1;
                    }
                    (Some(a), Some(b)) if a != b => r.scores_kept += 1,
                    _ => {}
                }
            }
        });
    }

    for snap in incoming.snapshots {
        if let Some(same) = workbook
            .snapshots
            .iter_mut()
            .find(|s| s.taken == snap.taken)
        {
            // A name is filled in like a missing score; one it has is kept.
            if same.label.is_none() {
                same.label = snap.label;
            }
            r.snapshots_same += 1;
        } else {
            workbook.snapshots.push(snap);
            r.snapshots_added += 1;
        }
    }
    workbook.snapshots.sort_by_key(|s| s.taken);

    // Ten thousand entries into ten thousand: look ids up, do not search for them.
    let mut taken: HashSet<u64> = (0..log.len()).map(|i| log.id(i)).collect();
    let mut added: Vec<Entry> = Vec::new();
    // Built at the first clash of ids: the entries by what they hold (apart from their id).
    let mut by_content: Option<HashMap<u64, Vec<u64>>> = None;
    for entry in incoming_log.iter() {
        let entry = Arc::unwrap_or_clone(entry);
        if taken.insert(entry.id) {
            added.push(entry);
            r.entries_added += 1;
            continue;
        }
        let here = log.find(entry.id).and_then(|i| log.get(i));
        if here.is_some_and(|e| *e == entry) {
            r.entries_same += 1;
            continue;
        }
        let contents = by_content.get_or_insert_with(|| {
            let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
            for e in log.iter() {
                map.entry(content_key(&e)).or_default().push(e.id);
            }
            for e in &added {
                map.entry(content_key(e)).or_default().push(e.id);
            }
            map
        });
        // Imported before, when its id clashed too: it is here under another id.
        let same = contents.get(&content_key(&entry)).is_some_and(|ids| {
            ids.iter().any(|id| {
                let there = log
                    .find(*id)
                    .and_then(|i| log.get(i))
                    .map(Arc::unwrap_or_clone)
                    .or_else(|| added.iter().find(|e| e.id == *id).cloned());
                there.is_some_and(|e| e.same_apart_from_id(&entry))
            })
        });
        if same {
            r.entries_same += 1;
            continue;
        }
        let mut entry = entry;
        let mut id = log.new_id(entry.created);
        while !taken.insert(id) {
            id += 1;
        }
        entry.id = id;
        contents.entry(content_key(&entry)).or_default().push(id);
        added.push(entry);
        r.entries_both_kept += 1;
    }
    log.extend(added);
    r
}

/// What an entry holds apart from its id, as a number: entries that hold the same have the
/// same number.
fn content_key(e: &Entry) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    e.created.hash(&mut h);
    e.updated.hash(&mut h);
    e.title.hash(&mut h);
    e.text.hash(&mut h);
    e.tags.hash(&mut h);
    e.items.hash(&mut h);
    e.action.map(|a| (a.status as u8, a.follow_up)).hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Entry;

    fn entry(id: u64, title: &str) -> Entry {
        Entry {
            id,
            created: jiff::Timestamp::from_second(id as i64).unwrap(),
            updated: None,
            title: title.into(),
            text: String::new(),
            tags: vec![],
            items: vec![],
            action: None,
        }
    }

    #[test]
    fn nothing_existing_is_lost() {
        let mut w = Workbook::default();
        w.update_item("a", |s| {
            s.note = "mijn notitie".into();
            s.now = Some(2);
        });
        let mut log = Log::default();
        log.push(entry(1, "hier"));
        log.push(entry(2, "zelfde"));

        let mut theirs = Workbook::default();
        theirs.update_item("a", |s| {
            s.note = "andere notitie".into();
            s.now = Some(4);
            s.goal = Some(5);
            s.studied = true;
        });
        theirs.update_item("b", |s| s.note = "nieuw".into());
        theirs.take_snapshot("2026-01-01T00:00:00Z".parse().unwrap());
        let mut their_log = Log::default();
        their_log.push(entry(1, "daar"));
        their_log.push(entry(2, "zelfde"));
        their_log.push(entry(3, "nieuw"));

        let r = merge(&mut w, &mut log, theirs, their_log, "— geïmporteerd —");
        assert_eq!(
            w.note("a"),
            "mijn notitie\n\n— geïmporteerd —\nandere notitie"
        );
        assert_eq!(w.note("b"), "nieuw");
        assert_eq!(w.score("a").now, Some(2), "the current score stays");
        assert_eq!(w.score("a").goal, Some(5), "a missing score is filled in");
        assert!(w.studied("a"));
        assert_eq!(w.snapshots.len(), 1);
        let all = log.all();
        let titles: Vec<&str> = all.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles.len(), 4, "{titles:?}");
        assert!(titles.contains(&"hier") && titles.contains(&"daar"));
        assert_eq!(
            r,
            Report {
                notes_added: 1,
                notes_joined: 1,
                studied_added: 1,
                scores_added: 1,
                scores_kept: 1,
                snapshots_added: 1,
                entries_added: 1,
                entries_same: 1,
                entries_both_kept: 1,
                ..Report::default()
            }
        );
    }

    #[test]
    fn an_entry_kept_beside_a_clashing_one_is_not_added_again() {
        let mut log = Log::default();
        log.push(entry(1, "hier"));
        let mut theirs = Log::default();
        theirs.push(entry(1, "daar"));
        let mut w = Workbook::default();
        merge(&mut w, &mut log, Workbook::default(), theirs.clone(), "m");
        let r = merge(&mut w, &mut log, Workbook::default(), theirs, "m");
        let all = log.all();
        let titles: Vec<&str> = all.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["hier", "daar"]);
        assert_eq!((r.entries_same, r.added()), (1, 0));
    }

    #[test]
    fn a_snapshot_both_have_gets_a_name_only_where_it_had_none() {
        let at = "2026-01-01T00:00:00Z".parse().unwrap();
        let mut w = Workbook::default();
        w.update_item("a", |s| s.now = Some(2));
        w.take_snapshot(at);
        let mut theirs = w.clone();
        theirs.snapshots[0].label = Some("begin".into());
        let mut log = Log::default();
        merge(&mut w, &mut log, theirs.clone(), Log::default(), "m");
        assert_eq!(w.snapshots[0].label.as_deref(), Some("begin"));
        theirs.snapshots[0].label = Some("anders".into());
        let r = merge(&mut w, &mut log, theirs, Log::default(), "m");
        assert_eq!(
            w.snapshots[0].label.as_deref(),
            Some("begin"),
            "its own name stays"
        );
        assert_eq!(r.snapshots_same, 1);
    }

    #[test]
    fn importing_twice_changes_nothing_the_second_time() {
        let mut theirs = Workbook::default();
        theirs.update_item("a", |s| s.note = "x".into());
        theirs.take_snapshot("2026-01-01T00:00:00Z".parse().unwrap());
        let mut their_log = Log::default();
        their_log.push(entry(7, "e"));
        let (mut w, mut log) = (Workbook::default(), Log::default());
        merge(&mut w, &mut log, theirs.clone(), their_log.clone(), "m");
        let before = (w.clone(), log.clone());
        let r = merge(&mut w, &mut log, theirs, their_log, "m");
        assert_eq!(r.added(), 0);
        assert_eq!((w, log), before);
    }
}
