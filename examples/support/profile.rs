//! The data the benchmarks work on, made the same way every time: a workbook with scores,
//! snapshots and notes, and a log of many entries. Used by `bench.rs` and `compare.rs`
//! (`#[path]`), so both measure the same profile; `compare.rs` also writes the same log for
//! tui-journal's JSON back end.
#![allow(dead_code)]

use werkboek::content::{AssessKind, Content};
use werkboek::data::{ActionState, Entry, Log, Status, Workbook};

/// A small, fixed pseudo-random sequence, so every run measures the same profile.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "team",
    "leerlingen",
    "lesbezoek",
    "feedback",
    "gesprek",
    "oriëntatie",
    "eigenaarschap",
    "intervisie",
    "collega",
    "ouders",
    "rekenen",
    "begrijpend",
    "lezen",
    "coaching",
    "visie",
    "onderzoek",
    "werkgroep",
    "planning",
    "reflectie",
    "één",
    "creëren",
    "afspraken",
    "klas",
    "instructie",
    "differentiatie",
    "schoolleider",
    "starter",
    "mentor",
    "doelen",
    "evaluatie",
];

const TAGS: &[&str] = &[
    "feedback", "lezen", "team", "coaching", "ouders", "starters", "visie",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
    s[0] = "Vandaag";
    s.join(" ") + "."
}

/// How long the entries' texts are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Texts {
    /// Two to four sentences (BENCHMARKS.md's profile: 10,000 entries are 5.1 MB).
    Sentences,
    /// Two to four paragraphs of a few sentences (the profile: 10,000 entries are
    /// about 9 MB, as in tui-journal's JSON file).
    Paragraphs,
}

/// When the first entry was written; the others follow every hour and a half.
pub const START: &str = "2024-01-08T08:00:00Z";

/// `n` log entries, oldest first: a title, a text, tags, links to the material, a fifth of
/// them actions.
pub fn entries(content: &Content, n: usize, texts: Texts) -> Vec<Entry> {
    let mut rng = Rng(0x1095_eed5);
    let ids: Vec<String> = content.all_items().map(|(_, i)| i.id.to_string()).collect();
    let start: jiff::Timestamp = START.parse().unwrap();
    let mut out = Vec::with_capacity(n);
    for k in 0..n as u64 {
        let created = start + jiff::SignedDuration::from_secs(k as i64 * 5_400);
        let words = 4 + (rng.next() % 5) as usize;
        let title: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
        let text = match texts {
            Texts::Sentences => (0..(2 + rng.next() % 3))
                .map(|_| sentence(&mut rng, 12))
                .collect::<Vec<_>>()
                .join(" "),
            Texts::Paragraphs => (0..(2 + rng.next() % 3))
                .map(|_| {
                    (0..(2 + rng.next() % 2))
                        .map(|_| {
                            let words = 9 + (rng.next() % 5) as usize;
                            sentence(&mut rng, words)
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n\n"),
        };
        let tags = (0..rng.next() % 3)
            .map(|_| rng.pick(TAGS).to_string())
            .collect();
        let items = (0..rng.next() % 3)
            .map(|_| ids[(rng.next() % ids.len() as u64) as usize].clone())
            .collect();
        let action = rng.next().is_multiple_of(5).then(|| ActionState {
            status: [Status::Planned, Status::Doing, Status::Done][(rng.next() % 3) as usize],
            follow_up: Some(created.to_zoned(jiff::tz::TimeZone::UTC).date()),
        });
        out.push(Entry {
            id: u64::try_from(created.as_nanosecond()).unwrap(),
            created,
            updated: None,
            title: title.join(" "),
            text,
            tags,
            items,
            action,
        });
    }
    out
}

/// The log of those entries.
pub fn log(content: &Content, n: usize, texts: Texts) -> Log {
    let mut log = Log::default();
    for e in entries(content, n, texts) {
        log.push(e);
    }
    log
}

/// A workbook of a year's use: every factor, function and statement scored, twelve snapshots,
/// notes on forty items. Welcomed, in Dutch.
pub fn workbook(content: &Content) -> Workbook {
    let mut rng = Rng(0x5eed_f00d);
    let mut w = Workbook::default();
    w.settings.welcomed = true;
    w.settings.lang = Some(werkboek::i18n::Lang::Nl);
    let assessed: Vec<(String, u8)> = content
        .sections
        .iter()
        .filter_map(|s| s.assess.map(|k| (s, k)))
        .flat_map(|(s, k)| {
            let max = if k == AssessKind::Rating { 5 } else { 3 };
            s.groups
                .iter()
                .flat_map(|g| &g.items)
                .map(move |i| (i.id.to_string(), max))
        })
        .collect();
    let start: jiff::Timestamp = START.parse().unwrap();
    for month in 0..12 {
        for (id, max) in &assessed {
            let v = 1 + (rng.next() % u64::from(*max)) as u8;
            w.update_item(id, |s| s.now = Some(v));
        }
        w.take_snapshot(start + jiff::SignedDuration::from_hours(24 * 30 * month));
    }
    for (i, (_, item)) in content.all_items().enumerate().take(40) {
        let note = (0..4)
            .map(|_| sentence(&mut rng, 14))
            .collect::<Vec<_>>()
            .join("\n");
        w.update_item(&item.id, |s| {
            s.note = note;
            s.studied = i % 2 == 0;
        });
    }
    w
}

/// The same entries as tui-journal's JSON back end keeps them: one array of
/// `{id, date, title, content, tags, priority}`.
pub fn tui_journal_json(entries: &[Entry]) -> String {
    #[derive(serde::Serialize)]
    struct TjEntry<'a> {
        id: u32,
        date: String,
        title: &'a str,
        content: &'a str,
        tags: &'a [String],
        priority: Option<u32>,
    }
    let out: Vec<TjEntry> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| TjEntry {
            id: i as u32,
            date: e.created.to_string(),
            title: &e.title,
            content: &e.text,
            tags: &e.tags,
            priority: None,
        })
        .collect();
    serde_json::to_string(&out).unwrap()
}

/// The log as werkboek 0.1 kept it, one JSON document (`logboek.json`): what a first start of
/// this version migrates.
pub fn legacy_log_json(entries: &[Entry]) -> String {
    #[derive(serde::Serialize)]
    struct Legacy<'a> {
        schema: u32,
        entries: &'a [Entry],
    }
    serde_json::to_string(&Legacy { schema: 1, entries }).unwrap() + "\n"
}
