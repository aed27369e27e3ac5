//! The user's own data: notes, progress, self-assessment and settings. Plain data, keyed by the
//! material's stable ids, so rewording the material never orphans a note.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

pub mod assess;
pub mod log;
pub mod merge;

pub use log::{ActionState, Entry, LOG_SCHEMA, Log, Status};

/// The version of the workbook file this build writes. Older versions are migrated on load;
/// newer ones are refused (never overwritten).
///
/// 1. notes, studied marks, language.
/// 2. adds ratings and checklist answers per item, and snapshots of them.
/// 3. adds where the last presentation stopped.
/// 4. adds the welcome seen, the place the user left, the mouse setting, the snapshot
///    Metingen compares with, and a label per snapshot.
pub const WORKBOOK_SCHEMA: u32 = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    pub schema: u32,
    #[serde(default)]
    pub settings: Settings,
    /// Per item id. Entries for ids the material no longer has are kept as they are.
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
    /// Dated photos of all ratings and answers, oldest first.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

impl Default for Workbook {
    fn default() -> Self {
        Workbook {
            schema: WORKBOOK_SCHEMA,
            settings: Settings::default(),
            items: BTreeMap::new(),
            snapshots: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The slide a presentation of the material last stopped at (a slide id, not personal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present_at: Option<String>,
    /// The welcome of the first start was seen and put away.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welcomed: bool,
    /// Whether the app takes the mouse (`None`: yes). `--no-mouse` sets it to `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mouse: Option<bool>,
    /// Where the user was when the workbook last closed; it opens there again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The snapshot Metingen compares "now" with, when the user chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_with: Option<Timestamp>,
}

/// A place in the workbook: ids and positions, nothing the user wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The tab: a section's id, or [`Place::LOG`] or [`Place::MEASURES`].
    pub tab: String,
    /// The chosen item of a section, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// How far the text of the item was scrolled, in lines.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub scroll: u32,
    /// The text pane had the focus (else the list).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_text: bool,
}

impl Place {
    pub const LOG: &str = "logboek";
    pub const MEASURES: &str = "metingen";
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemState {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub studied: bool,
    /// The self-assessment: a rating (1-5) or a checklist answer (1-3), as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<u8>,
    /// For ratings: where the user wants to be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<u8>,
}

/// A rating or answer as it stood: `now` and, for ratings, `goal`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<u8>,
}

impl Score {
    pub fn is_empty(&self) -> bool {
        self.now.is_none() && self.goal.is_none()
    }
}

/// All ratings and answers at one moment: the material's "organisation photo", taken at set
/// times rather than only at the start and the end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub taken: Timestamp,
    /// The user's name for it, such as "na de studiedag".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default)]
    pub scores: BTreeMap<String, Score>,
}

/// A score outside the scale it is given on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadValue {
    /// The item it belongs to.
    pub id: String,
    pub value: u8,
    /// The scale's highest step (its lowest is 1).
    pub max: u8,
}

impl ItemState {
    pub fn is_empty(&self) -> bool {
        *self == ItemState::default()
    }
}

impl Workbook {
    pub fn item(&self, id: &str) -> Option<&ItemState> {
        self.items.get(id)
    }

    pub fn note(&self, id: &str) -> &str {
        self.item(id).map(|s| s.note.as_str()).unwrap_or("")
    }

    pub fn studied(&self, id: &str) -> bool {
        self.item(id).is_some_and(|s| s.studied)
    }

    pub fn score(&self, id: &str) -> Score {
        self.item(id)
            .map(|s| Score {
                now: s.now,
                goal: s.goal,
            })
            .unwrap_or_default()
    }

    /// How many items have a rating or an answer now.
    pub fn scored(&self) -> usize {
        self.items
            .values()
            .filter(|s| s.now.is_some() || s.goal.is_some())
            .count()
    }

    /// Photographs every rating and answer now given.
    pub fn take_snapshot(&mut self, taken: Timestamp) -> &Snapshot {
        let scores = self
            .items
            .keys()
            .map(|id| (id.clone(), self.score(id)))
            .filter(|(_, score)| !score.is_empty())
            .collect();
        self.snapshots.push(Snapshot {
            taken,
            label: None,
            scores,
        });
        self.snapshots.last().expect("just pushed")
    }

    /// Whether every rating and answer stands now as it did in `snapshot` (wishes aside: a
    /// comparison shows how "now" changed).
    pub fn now_as_in(&self, snapshot: &Snapshot) -> bool {
        let then = |id: &str| snapshot.scores.get(id).and_then(|s| s.now);
        let now = |id: &str| self.item(id).and_then(|s| s.now);
        self.items.keys().all(|id| now(id) == then(id))
            && snapshot.scores.keys().all(|id| now(id) == then(id))
    }

    /// The place of the snapshot taken at `taken` (the newest, should two share a moment).
    pub fn snapshot_at(&self, taken: Timestamp) -> Option<usize> {
        self.snapshots.iter().rposition(|s| s.taken == taken)
    }

    /// The first score, now or in a snapshot, that lies outside `1..=max_of(id)`.
    pub fn out_of_range(&self, max_of: impl Fn(&str) -> u8) -> Option<BadValue> {
        let current = self.items.iter().map(|(id, s)| (id, s.now, s.goal));
        let taken = self
            .snapshots
            .iter()
            .flat_map(|s| s.scores.iter().map(|(id, v)| (id, v.now, v.goal)));
        current.chain(taken).find_map(|(id, now, goal)| {
            let max = max_of(id);
            [now, goal]
                .into_iter()
                .flatten()
                .find(|v| !(1..=max).contains(v))
                .map(|value| BadValue {
                    id: id.clone(),
                    value,
                    max,
                })
        })
    }

    /// Changes one item's state, dropping the entry when nothing is left in it.
    pub fn update_item(&mut self, id: &str, change: impl FnOnce(&mut ItemState)) {
        let state = self.items.entry(id.to_string()).or_default();
        change(state);
        if state.is_empty() {
            self.items.remove(id);
        }
    }
}
