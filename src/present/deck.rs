//! What the deck adds to the material (`content/deck.json`): the overview of the seven keys,
//! which parts of the material are drawn as pictures (with the few words a picture needs
//! besides the material's own), and the work formats a team does in a session. Data, like the
//! material, in our own words.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::content::{Block, Content, L10n, ListEntry};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Deck {
    pub overview: Overview,
    pub models: Vec<ModelSpec>,
    pub formats: Vec<Format>,
}

/// The one slide of all seven keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Overview {
    pub heading: L10n,
    /// What the seven keys stand around.
    pub centre: L10n,
}

/// How a picture is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Rungs from the bottom up (the four levels of evaluation).
    Ladder,
    /// Rings from the middle out (why, how, what).
    Rings,
    /// Who holds which logic, from the classroom outwards.
    Logics,
    /// Two parties from side by side to one (the four learning mechanisms).
    Mechanisms,
    /// Three domains that overlap.
    Domains,
    /// Two things in balance.
    Balance,
    /// Challenge against ability: bored, flow, frustrated.
    Flow,
    /// Domains across, growth in depth down.
    Career,
    /// Steps one after the other.
    Path,
    /// Steps that come round again.
    Cycle,
}

/// A list block of an item: the `nth` list (from 1) in its blocks.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRef {
    pub item: String,
    pub nth: usize,
}

/// A part of the material drawn as a picture: from items (their titles and summaries) or from
/// a list block of an item.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct ModelSpec {
    pub kind: Kind,
    #[serde(default)]
    pub items: Vec<String>,
    pub list: Option<ListRef>,
    /// A second list (the career model's growth in depth).
    pub depth: Option<ListRef>,
    /// A line the picture carries (its centre, or what it shows).
    pub caption: Option<L10n>,
    /// Words the picture puts at its parts (who holds a logic, the axes).
    #[serde(default)]
    pub labels: Vec<L10n>,
}

/// A short exercise for a team, with a suggested duration.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Format {
    /// The key, self-scan part, step or group it follows.
    #[serde(rename = "for")]
    pub after: String,
    pub minutes: u32,
    pub title: L10n,
    pub steps: Vec<L10n>,
}

const DECK: &str = include_str!("../../content/deck.json");

/// The embedded deck, parsed on first use.
pub fn embedded() -> &'static Deck {
    static PARSED: OnceLock<Deck> = OnceLock::new();
    PARSED.get_or_init(|| {
        serde_json::from_str(DECK).unwrap_or_else(|e| panic!("content/deck.json: {e}"))
    })
}

impl ListRef {
    /// The entries of the list it names, if it names one.
    pub fn entries<'c>(&self, content: &'c Content) -> Option<&'c [ListEntry]> {
        let (_, item) = content.item_by_id(&self.item)?;
        item.blocks
            .iter()
            .filter_map(|b| match b {
                Block::List { entries, .. } => Some(entries.as_slice()),
                _ => None,
            })
            .nth(self.nth.checked_sub(1)?)
    }
}

impl ModelSpec {
    /// Whether this picture is drawn from item `id`'s own list (rather than from items).
    pub fn from_list_of(&self, id: &str) -> bool {
        self.list.as_ref().is_some_and(|l| l.item == id)
    }
}

impl Deck {
    /// The work formats that follow `id`.
    pub fn formats_after<'d>(&'d self, id: &'d str) -> impl Iterator<Item = &'d Format> + 'd {
        self.formats.iter().filter(move |f| f.after == id)
    }

    /// Everything wrong with the deck against the material: names that point nowhere, lists
    /// that are not there, pictures without the words they need, empty texts.
    pub fn problems(&self, content: &Content) -> Vec<String> {
        let mut out = Vec::new();
        let mut text = |at: &str, t: &L10n| {
            if t.nl.trim().is_empty() || t.en.trim().is_empty() {
                out.push(format!("{at}: a text is empty in one language"));
            }
        };
        text("overview heading", &self.overview.heading);
        text("overview centre", &self.overview.centre);
        for f in &self.formats {
            text(&format!("format for {}", f.after), &f.title);
            for s in &f.steps {
                text(&format!("format for {}", f.after), s);
            }
        }
        for m in &self.models {
            if let Some(c) = &m.caption {
                text(&format!("{:?}", m.kind), c);
            }
            for l in &m.labels {
                text(&format!("{:?}", m.kind), l);
            }
        }
        for f in &self.formats {
            if content.find(&f.after).is_none() {
                out.push(format!(
                    "a format follows {:?}, which is not there",
                    f.after
                ));
            }
            if f.steps.is_empty() || !(1..=120).contains(&f.minutes) {
                out.push(format!("the format for {} needs steps and a time", f.after));
            }
        }
        for m in &self.models {
            for id in &m.items {
                if content.item_by_id(id).is_none() {
                    out.push(format!("{:?} draws {id:?}, which is no item", m.kind));
                }
            }
            for list in m.list.iter().chain(&m.depth) {
                if list.entries(content).is_none() {
                    out.push(format!(
                        "{:?} draws list {} of {:?}, which is not there",
                        m.kind, list.nth, list.item
                    ));
                }
            }
            if m.items.is_empty() == m.list.is_none() {
                out.push(format!("{:?} is drawn from items or from a list", m.kind));
            }
            let labels = match m.kind {
                Kind::Mechanisms | Kind::Flow | Kind::Career => 2,
                Kind::Logics => m.items.len(),
                _ => 0,
            };
            if m.labels.len() != labels {
                out.push(format!("{:?} needs {labels} labels", m.kind));
            }
            if matches!(m.kind, Kind::Career) != m.depth.is_some() {
                out.push(format!("{:?}: only the career model has a depth", m.kind));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deck_parses_and_points_at_the_material() {
        let problems = embedded().problems(crate::content::embedded());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_key_scan_part_and_step_has_a_work_format() {
        let c = crate::content::embedded();
        let deck = embedded();
        let mut wanted: Vec<String> = Vec::new();
        for s in &c.sections {
            match s.id.as_ref() {
                "sleutels" | "stappen" => wanted.extend(
                    s.groups
                        .iter()
                        .flat_map(|g| &g.items)
                        .map(|i| i.id.to_string()),
                ),
                "zelfscan" => wanted.extend(s.groups.iter().map(|g| g.id.to_string())),
                _ => {}
            }
        }
        assert_eq!(wanted.len(), 7 + 4 + 6);
        for id in wanted {
            assert!(
                deck.formats_after(&id).count() == 1,
                "{id} has no work format"
            );
        }
    }

    /// Whether `text` has `term` as whole words, ignoring case; English plurals count.
    fn uses(text: &str, term: &str, plural: bool) -> bool {
        let text = text.to_lowercase();
        let term = term.to_lowercase();
        let forms = if plural {
            vec![term.clone(), format!("{term}s")]
        } else {
            vec![term.clone()]
        };
        forms.iter().any(|form| {
            text.match_indices(form.as_str()).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + form.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    }

    #[test]
    fn the_deck_speaks_the_glossary() {
        let c = crate::content::embedded();
        let d = embedded();
        let mut texts: Vec<&L10n> = vec![&d.overview.heading, &d.overview.centre];
        for f in &d.formats {
            texts.push(&f.title);
            texts.extend(&f.steps);
        }
        for m in &d.models {
            texts.extend(&m.caption);
            texts.extend(&m.labels);
        }
        for term in &c.glossary {
            let dutch: Vec<&str> = std::iter::once(term.nl.as_ref())
                .chain(term.forms.iter().map(String::as_str))
                .collect();
            for t in &texts {
                if dutch.iter().any(|d| uses(&t.nl, d, false)) {
                    assert!(uses(&t.en, &term.en, true), "{:?}: {}", term.nl, t.en);
                }
                for rival in &term.avoid {
                    assert!(!uses(&t.en, rival, true), "{rival:?}: {}", t.en);
                }
            }
        }
    }
}
