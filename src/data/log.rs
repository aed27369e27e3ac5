//! The personal development log: dated entries, optionally linked to the material, some of them
//! actions with a status and a follow-up date.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Msg};

pub mod line;
mod table;

pub use table::{FileStamp, Log, Record, Source, Stored};

/// The version of the log's entries as exports carry them (`{"schema": 1, "entries": [...]}`),
/// and as werkboek 0.1 kept them in `logboek.json`. The log file itself has a version of its
/// own (`store::LOG_FILE_SCHEMA`).
pub const LOG_SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique and stable: the creation time in nanoseconds, nudged if two coincide.
    pub id: u64,
    pub created: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "exact"
    )]
    pub tags: Vec<String>,
    /// Ids of the items of the material this entry is about.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "exact"
    )]
    pub items: Vec<String>,
    /// Set when the entry is something the user will do differently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ActionState>,
}

/// A list read without spare room: serde grows a list to four places for its first element,
/// which over ten thousand entries is megabytes of nothing.
fn exact<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let mut v = Vec::<String>::deserialize(d)?;
    v.shrink_to_fit();
    Ok(v)
}

/// An action: what the user will do differently, and whether it happened (the material's
/// transfer level: did the learning change practice?).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionState {
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<Date>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Planned,
    Doing,
    Done,
}

impl Status {
    pub fn next(self) -> Status {
        match self {
            Status::Planned => Status::Doing,
            Status::Doing => Status::Done,
            Status::Done => Status::Planned,
        }
    }
}

impl Entry {
    /// What the entry is called: its title, or the first line of its text when it has none.
    pub fn heading(&self) -> &str {
        if self.title.trim().is_empty() {
            self.text.lines().next().unwrap_or("")
        } else {
            &self.title
        }
    }

    /// The text's lines that are not already its heading.
    pub fn body_lines(&self) -> impl Iterator<Item = &str> {
        let skip = usize::from(self.title.trim().is_empty());
        self.text.lines().skip(skip)
    }

    /// The same entry, whatever its id (an import renumbers an entry whose id was taken).
    pub fn same_apart_from_id(&self, other: &Entry) -> bool {
        // Every field named, so a new one cannot be forgotten here.
        let Entry {
            id: _,
            created,
            updated,
            title,
            text,
            tags,
            items,
            action,
        } = self;
        *created == other.created
            && *updated == other.updated
            && *title == other.title
            && *text == other.text
            && *tags == other.tags
            && *items == other.items
            && *action == other.action
    }

    /// An action not yet done.
    pub fn is_open_action(&self) -> bool {
        self.action.is_some_and(|a| a.status != Status::Done)
    }

    /// An open action whose follow-up date has passed.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.is_open_action()
            && self
                .action
                .and_then(|a| a.follow_up)
                .is_some_and(|d| d < today)
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    /// The mark for its action: ☐ planned, ◐ doing, ☑ done, nothing for a plain entry; an open
    /// action past its date gets a "!".
    pub fn mark(&self, today: Date) -> &'static str {
        match (self.action.map(|a| a.status), self.is_overdue(today)) {
            (Some(_), true) => "!",
            (Some(Status::Planned), _) => "☐",
            (Some(Status::Doing), _) => "◐",
            (Some(Status::Done), _) => "☑",
            (None, _) => " ",
        }
    }
}

/// "gepland", "bezig", "klaar".
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Planned => Msg::Planned,
        Status::Doing => Msg::Doing,
        Status::Done => Msg::Done,
    }
    .get(lang)
}

/// An action in words: "gepland, opvolgen op 01-12-2026".
pub fn action_words(a: ActionState, lang: Lang) -> String {
    let status = status_word(a.status, lang);
    match a.follow_up {
        Some(d) => format!(
            "{status}, {} {}",
            Msg::FollowUpOn.get(lang),
            crate::i18n::day(d, lang)
        ),
        None => status.to_string(),
    }
}

/// Which entries the log tab shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogFilter {
    /// Only actions not yet done.
    pub open_only: bool,
    pub tag: Option<String>,
    /// Only entries linked to this item id.
    pub item: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl LogFilter {
    pub fn is_empty(&self) -> bool {
        *self == LogFilter::default()
    }

    /// The entries that pass, newest first, by their place in the log. Only what the log keeps
    /// in memory is looked at: nothing is read from its file.
    pub fn shown(&self, log: &Log, zone: &TimeZone) -> Vec<u32> {
        let range = self.range(zone);
        let test = log.tester(self.tag.as_deref(), self.item.as_deref());
        (0..log.len() as u32)
            .rev()
            .filter(|i| {
                let i = *i as usize;
                (!self.open_only || log.is_open_action(i))
                    && test.passes(log, i)
                    && range.0.is_none_or(|from| log.created(i) >= from)
                    && range.1.is_none_or(|until| log.created(i) < until)
            })
            .collect()
    }

    fn range(&self, zone: &TimeZone) -> (Option<Timestamp>, Option<Timestamp>) {
        let start = |d: Date| d.to_zoned(zone.clone()).ok().map(|z| z.timestamp());
        (
            self.from.and_then(start),
            self.to
                .and_then(|d| d.checked_add(1.day()).ok())
                .and_then(start),
        )
    }
}

/// A tag as typed: without a leading #.
pub fn bare_tag(text: &str) -> &str {
    text.trim().trim_start_matches('#')
}

/// An item id as typed: ids are lower case.
pub fn item_id(text: &str) -> String {
    text.trim().to_lowercase()
}

/// A list as typed: split on commas and spaces, each part cleaned, no empty ones, no doubles
/// (as `same` sees it).
fn parse_list(
    text: &str,
    clean: impl Fn(&str) -> String,
    same: impl Fn(&str, &str) -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split(|c: char| c == ',' || c.is_whitespace()) {
        let part = clean(part);
        if !part.is_empty() && !out.iter().any(|x| same(x, &part)) {
            out.push(part);
        }
    }
    out
}

/// Tags as the user types them: a leading # dropped, no doubles whatever their case.
pub fn parse_tags(text: &str) -> Vec<String> {
    parse_list(
        text,
        |t| bare_tag(t).to_string(),
        |a, b| a.eq_ignore_ascii_case(b),
    )
}

/// Item ids as the user types them.
pub fn parse_items(text: &str) -> Vec<String> {
    parse_list(text, item_id, |a, b| a == b)
}

/// A date as people write it: 2026-11-23 or 23-11-2026 (also with / or .).
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim().replace(['/', '.'], "-");
    if let Ok(d) = t.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = t.split('-').collect();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
    {
        return Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok();
    }
    None
}

/// `at` moved to the calendar day `day` in `zone`, its time of day kept: how a date chosen for
/// an entry sets when it was written. A time of day that the day does not have (a clock moved
/// forward) is taken as the clock would read it.
pub fn on_day(at: Timestamp, day: Date, zone: &TimeZone) -> Timestamp {
    let time = at.to_zoned(zone.clone()).time();
    day.to_datetime(time)
        .to_zoned(zone.clone())
        .map(|z| z.timestamp())
        .unwrap_or(at)
}

/// The calendar day of `at` in `zone`.
pub fn day_of(at: Timestamp, zone: &TimeZone) -> Date {
    at.to_zoned(zone.clone()).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(
        id: u64,
        created: &str,
        tags: &[&str],
        items: &[&str],
        action: Option<Status>,
    ) -> Entry {
        Entry {
            id,
            created: created.parse().unwrap(),
            updated: None,
            title: format!("regel {id}"),
            text: String::new(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            items: items.iter().map(|t| t.to_string()).collect(),
            action: action.map(|status| ActionState {
                status,
                follow_up: None,
            }),
        }
    }

    #[test]
    fn filters_combine() {
        let zone = TimeZone::UTC;
        let a = entry(
            1,
            "2026-09-01T10:00:00Z",
            &["lezen"],
            &["sleutel-4"],
            Some(Status::Planned),
        );
        let b = entry(
            2,
            "2026-10-15T10:00:00Z",
            &["coaching"],
            &[],
            Some(Status::Done),
        );
        let c = entry(3, "2026-11-20T23:30:00Z", &["Lezen"], &["sleutel-4"], None);
        let mut log = Log::default();
        for e in [a, b, c] {
            log.push(e);
        }
        let check = |f: &LogFilter| -> Vec<u64> {
            let mut ids: Vec<u64> = f
                .shown(&log, &zone)
                .into_iter()
                .map(|i| log.id(i as usize))
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(check(&LogFilter::default()), [1, 2, 3]);
        let open = LogFilter {
            open_only: true,
            ..Default::default()
        };
        assert_eq!(check(&open), [1]);
        let tag = LogFilter {
            tag: Some("lezen".into()),
            ..Default::default()
        };
        assert_eq!(check(&tag), [1, 3], "tags match without regard to case");
        let item = LogFilter {
            item: Some("sleutel-4".into()),
            ..Default::default()
        };
        assert_eq!(check(&item), [1, 3]);
        let dates = LogFilter {
            from: Date::new(2026, 10, 1).ok(),
            to: Date::new(2026, 11, 20).ok(),
            ..Default::default()
        };
        assert_eq!(check(&dates), [2, 3], "the last day counts to its end");
    }

    #[test]
    fn tags_are_cleaned_and_unique() {
        assert_eq!(
            parse_tags("#lezen, coaching  Lezen,,"),
            ["lezen", "coaching"]
        );
        assert!(parse_tags("  , ").is_empty());
    }

    #[test]
    fn dates_in_both_orders() {
        let d = Date::new(2026, 11, 23).unwrap();
        for t in [
            "2026-11-23",
            "23-11-2026",
            "23/11/2026",
            "23.11.2026",
            " 2026-11-23 ",
        ] {
            assert_eq!(parse_date(t), Some(d), "{t}");
        }
        for t in ["", "morgen", "31-02-2026", "2026-13-01", "1-1-26"] {
            assert_eq!(parse_date(t), None, "{t}");
        }
    }

    #[test]
    fn a_chosen_day_keeps_the_time_of_day() {
        let zone = TimeZone::fixed(jiff::tz::offset(1));
        let at: Timestamp = "2026-11-23T13:05:00Z".parse().unwrap();
        let moved = on_day(at, Date::new(2026, 11, 2).unwrap(), &zone);
        assert_eq!(moved.to_string(), "2026-11-02T13:05:00Z");
        assert_eq!(day_of(moved, &zone), Date::new(2026, 11, 2).unwrap());
        // Late in the evening in the user's zone is still that day there.
        let late: Timestamp = "2026-11-23T23:30:00Z".parse().unwrap();
        assert_eq!(day_of(late, &zone), Date::new(2026, 11, 24).unwrap());
        let back = on_day(late, Date::new(2026, 11, 20).unwrap(), &zone);
        assert_eq!(back.to_string(), "2026-11-19T23:30:00Z");
    }

    #[test]
    fn overdue_means_open_and_past_its_date() {
        let today = Date::new(2026, 11, 23).unwrap();
        let mut e = Entry {
            id: 1,
            created: Timestamp::UNIX_EPOCH,
            updated: None,
            title: "x".into(),
            text: String::new(),
            tags: vec![],
            items: vec![],
            action: Some(ActionState {
                status: Status::Planned,
                follow_up: Some(Date::new(2026, 11, 22).unwrap()),
            }),
        };
        assert!(e.is_overdue(today));
        e.action = Some(ActionState {
            status: Status::Done,
            follow_up: Some(Date::new(2026, 11, 22).unwrap()),
        });
        assert!(!e.is_overdue(today));
        e.action = None;
        assert!(!e.is_overdue(today));
    }
}
