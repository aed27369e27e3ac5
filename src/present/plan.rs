//! A session plan: the parts of the material in the order of a session, each with an optional
//! time and a note for the facilitator. A plan is a Markdown file a trainer writes and reads by
//! hand; each part is one list item, its fields split by `|`:
//!
//! ```text
//! # Teamdag eigenaarschap
//!
//! - overzicht
//! - sleutel-4 | 20 min | Vraag eerst wie zich eigenaar voelt.
//! - sleutel-4/werkvorm | 15 min
//! ```
//!
//! The first field is an id (of a key, a group, an item, a step, a theme, or a slide); a field
//! like `15 min` is the time; any other field is the note. The first `#` heading names the
//! session; everything else (text, comments in `<!-- -->`) is left alone. A line that names
//! nothing is reported with its number and left out; the rest of the plan still runs.

use super::slides::{self, Slide};
use crate::i18n::{Lang, Msg};

/// One part of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The line it is on, from 1.
    pub line: usize,
    pub id: String,
    pub minutes: Option<u32>,
    /// For the facilitator only: never on a projected slide.
    pub note: Option<String>,
}

/// What is wrong with a line of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A list item without an id.
    NoId { line: usize },
    /// A field that looks like a time but is not one.
    BadTime { line: usize, text: String },
    /// An id that names nothing in the material.
    Unknown { line: usize, id: String },
}

impl Problem {
    pub fn line(&self) -> usize {
        match self {
            Problem::NoId { line }
            | Problem::BadTime { line, .. }
            | Problem::Unknown { line, .. } => *line,
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        let line = self.line().to_string();
        match self {
            Problem::NoId { .. } => Msg::PlanNoId.get(lang).replace("{line}", &line),
            Problem::BadTime { text, .. } => Msg::PlanBadTime
                .get(lang)
                .replace("{line}", &line)
                .replace("{text}", text),
            Problem::Unknown { id, .. } => Msg::PlanUnknown
                .get(lang)
                .replace("{line}", &line)
                .replace("{id}", id),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub title: Option<String>,
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
}

/// Minutes from a field such as "15 min", "15min", "15 minuten", "15 minutes", "15m" or
/// "1:30" (an hour and a half); `None` when it is not a time, `Some(Err)` when it starts like
/// one but is not.
fn minutes(field: &str) -> Option<Result<u32, ()>> {
    let f = field.trim().to_lowercase();
    // "2 tafels klaarzetten" is a note; "20 uur" is a time that is not one.
    if !f.starts_with(|c: char| c.is_ascii_digit()) || f.split_whitespace().count() > 2 {
        return None;
    }
    if let Some((h, m)) = f.split_once(':') {
        return Some(match (h.parse::<u32>(), m.parse::<u32>()) {
            (Ok(h), Ok(m)) if m < 60 && h < 10 && h * 60 + m > 0 => Ok(h * 60 + m),
            _ => Err(()),
        });
    }
    let digits: String = f.chars().take_while(|c| c.is_ascii_digit()).collect();
    let unit = f[digits.len()..].trim();
    let n: Option<u32> = digits.parse().ok();
    Some(match (n, unit) {
        (Some(n), "min" | "min." | "minuten" | "minuut" | "minutes" | "minute" | "m")
            if (1..=600).contains(&n) =>
        {
            Ok(n)
        }
        _ => Err(()),
    })
}

/// Reads a plan. Never fails: what it cannot use is in `problems`, with its line.
pub fn parse(text: &str) -> Plan {
    let mut plan = Plan::default();
    let mut in_comment = false;
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let mut l = raw.trim();
        if in_comment {
            match l.find("-->") {
                Some(end) => {
                    in_comment = false;
                    l = l[end + 3..].trim();
                }
                None => continue,
            }
        }
        if let Some(start) = l.find("<!--") {
            match l[start..].find("-->") {
                Some(_) => {}
                None => {
                    in_comment = true;
                    l = l[..start].trim();
                }
            }
        }
        if let Some(title) = l.strip_prefix("# ") {
            if plan.title.is_none() && !title.trim().is_empty() {
                plan.title = Some(title.trim().to_string());
            }
            continue;
        }
        let item = ["- ", "* ", "+ "]
            .iter()
            .find_map(|m| l.strip_prefix(m))
            .or_else(|| {
                let digits = l.chars().take_while(char::is_ascii_digit).count();
                (digits > 0)
                    .then(|| l[digits..].strip_prefix(". "))
                    .flatten()
            });
        let Some(item) = item else { continue };
        // A comment at the end of a line is no part of it.
        let item = match item.find("<!--") {
            Some(at) => &item[..at],
            None => item,
        };
        let mut fields = item.split('|').map(str::trim);
        let id = fields.next().unwrap_or_default().trim_matches('`').trim();
        if id.is_empty() || id.contains(char::is_whitespace) {
            plan.problems.push(if id.is_empty() {
                Problem::NoId { line }
            } else {
                Problem::Unknown {
                    line,
                    id: id.to_string(),
                }
            });
            continue;
        }
        let mut entry = Entry {
            line,
            id: id.to_string(),
            minutes: None,
            note: None,
        };
        let mut notes: Vec<&str> = Vec::new();
        for field in fields.filter(|f| !f.is_empty()) {
            match minutes(field) {
                Some(Ok(m)) if entry.minutes.is_none() => entry.minutes = Some(m),
                Some(Err(())) => plan.problems.push(Problem::BadTime {
                    line,
                    text: field.to_string(),
                }),
                _ => notes.push(field),
            }
        }
        if !notes.is_empty() {
            entry.note = Some(notes.join(" | "));
        }
        plan.entries.push(entry);
    }
    plan
}

/// The plan's text with `id` added as its last part; `None` when it is in the plan already.
pub fn add(text: &str, id: &str) -> Option<String> {
    if parse(text).entries.iter().any(|e| e.id == id) {
        return None;
    }
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("- {id}\n"));
    Some(out)
}

/// A plan to start from, with comments on how to write one.
pub fn starter(lang: Lang) -> String {
    Msg::PlanStarter.get(lang).to_string()
}

/// A session: its slides, the plan entry each came from, and what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub title: Option<String>,
    pub slides: Vec<Slide>,
    /// For each slide, the index in `entries` of the part it belongs to (none for the end).
    pub entry_of: Vec<Option<usize>>,
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
}

/// The slides of a plan from all the slides of the material, in the plan's order, each part's
/// time on its slides; the end slide last. Ids that name nothing are reported and skipped.
pub fn session(plan: &Plan, all: &[Slide], lang: Lang) -> Session {
    let mut out = Session {
        title: plan.title.clone(),
        slides: Vec::new(),
        entry_of: Vec::new(),
        entries: Vec::new(),
        problems: plan.problems.clone(),
    };
    for entry in &plan.entries {
        let found = slides::resolve(all, &entry.id);
        if found.is_empty() {
            out.problems.push(Problem::Unknown {
                line: entry.line,
                id: entry.id.clone(),
            });
            continue;
        }
        // Only the parts that are there: the others are told, not planned.
        let e = out.entries.len();
        out.entries.push(entry.clone());
        for n in found {
            let mut s = all[n].clone();
            s.minutes = entry.minutes.or(s.minutes);
            out.slides.push(s);
            out.entry_of.push(Some(e));
        }
    }
    if out.slides.last().is_none_or(|s| s.id != slides::END) {
        out.slides.push(slides::end(lang));
        out.entry_of.push(None);
    }
    out.problems.sort_by_key(Problem::line);
    out
}

/// The same session without the facilitator's notes: what a projected presentation is given.
pub fn without_notes(mut session: Session) -> Session {
    for e in &mut session.entries {
        e.note = None;
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parts_times_and_notes() {
        let plan = parse(
            "# Teamdag\n\n<!-- uitleg\n- niet-dit -->\nWat tekst.\n- overzicht\n- sleutel-4 | 20 min | Vraag wie zich eigenaar voelt.\n* `stap-2` | 10m\n3. negenvelden | 1:30 | Met | streep\n",
        );
        assert_eq!(plan.title.as_deref(), Some("Teamdag"));
        let ids: Vec<&str> = plan.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["overzicht", "sleutel-4", "stap-2", "negenvelden"]);
        assert_eq!(plan.entries[1].minutes, Some(20));
        assert_eq!(plan.entries[1].line, 7);
        assert_eq!(
            plan.entries[1].note.as_deref(),
            Some("Vraag wie zich eigenaar voelt.")
        );
        assert_eq!(plan.entries[2].minutes, Some(10));
        assert_eq!(plan.entries[3].minutes, Some(90));
        assert_eq!(plan.entries[3].note.as_deref(), Some("Met | streep"));
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    }

    #[test]
    fn a_bad_id_is_reported_with_its_line_and_the_rest_runs() {
        let all = slides::build(crate::content::embedded(), Lang::Nl);
        let plan =
            parse("# Sessie\n- sleutel-4\n- sleutel-9 | 5 min\n-  | 3 min\n- stap-2 | 20 uur\n");
        let s = session(&plan, &all, Lang::Nl);
        assert_eq!(
            s.problems,
            [
                Problem::Unknown {
                    line: 3,
                    id: "sleutel-9".into()
                },
                Problem::NoId { line: 4 },
                Problem::BadTime {
                    line: 5,
                    text: "20 uur".into()
                },
            ]
        );
        assert!(s.slides.iter().any(|x| x.part_id == "sleutel-4"));
        assert!(s.slides.iter().any(|x| x.id == "stap-2/school"));
        assert_eq!(s.slides.last().unwrap().id, slides::END);
        assert_eq!(
            s.problems[0].describe(Lang::Nl),
            "regel 3: sleutel-9 is geen onderdeel van het materiaal; overgeslagen"
        );
    }

    #[test]
    fn a_part_s_time_goes_on_its_slides_and_notes_stay_off_them() {
        let all = slides::build(crate::content::embedded(), Lang::Nl);
        let s = session(
            &parse("- sleutel-4/werkvorm | 25 min | GEHEIME NOTITIE\n"),
            &all,
            Lang::Nl,
        );
        assert_eq!(s.slides[0].minutes, Some(25));
        assert!(!format!("{:?}", s.slides).contains("GEHEIM"));
        let projected = without_notes(s);
        assert!(!format!("{projected:?}").contains("GEHEIM"));
    }

    #[test]
    fn adding_a_part_appends_a_line_once() {
        let text = "# Plan\n- overzicht";
        let added = add(text, "sleutel-4").unwrap();
        assert_eq!(added, "# Plan\n- overzicht\n- sleutel-4\n");
        assert_eq!(add(&added, "sleutel-4"), None);
        assert_eq!(add("", "stap-1").unwrap(), "- stap-1\n");
    }

    #[test]
    fn the_starter_plan_names_only_what_is_there() {
        let all = slides::build(crate::content::embedded(), Lang::Nl);
        for lang in [Lang::Nl, Lang::En] {
            let s = session(&parse(&starter(lang)), &all, lang);
            assert!(s.problems.is_empty(), "{:?}", s.problems);
            assert!(s.entries.len() >= 4);
            assert!(
                s.entries
                    .iter()
                    .any(|e| e.note.is_some() && e.minutes.is_some())
            );
        }
    }

    fn id() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9-]{0,12}(/[a-z0-9-]{1,8}){0,2}"
    }

    fn note() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[A-Za-z][A-Za-z ,.?!éë'-]{0,40}[A-Za-z.?!]")
    }

    proptest! {
        #[test]
        fn what_is_written_is_read_back(
            entries in proptest::collection::vec((id(), proptest::option::of(1u32..=600), note()), 0..12)
        ) {
            let mut text = String::from("# Sessie\n\n<!-- een opmerking -->\n");
            for (id, minutes, note) in &entries {
                let mut line = format!("- {id}");
                if let Some(m) = minutes {
                    line.push_str(&format!(" | {m} min"));
                }
                if let Some(n) = note {
                    line.push_str(&format!(" | {n}"));
                }
                text.push_str(&line);
                text.push('\n');
            }
            let plan = parse(&text);
            prop_assert!(plan.problems.is_empty(), "{:?}", plan.problems);
            prop_assert_eq!(plan.entries.len(), entries.len());
            for (e, (id, minutes, note)) in plan.entries.iter().zip(&entries) {
                prop_assert_eq!(&e.id, id);
                prop_assert_eq!(e.minutes, *minutes);
                prop_assert_eq!(e.note.as_deref(), note.as_deref().map(str::trim));
            }
        }

        #[test]
        fn any_text_is_read_without_a_panic(text in "(?s).{0,400}") {
            let lines = text.lines().count();
            let plan = parse(&text);
            for e in &plan.entries {
                prop_assert!(e.line >= 1 && e.line <= lines);
                prop_assert!(!e.id.is_empty());
            }
            for p in &plan.problems {
                prop_assert!(p.line() >= 1 && p.line() <= lines);
            }
        }
    }
}
