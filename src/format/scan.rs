//! One person's self-scan as a file: their scores and nothing else (no notes, no log, no name
//! unless they add one), for a facilitator to put together with the team's.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::data::{Score, Workbook};
use crate::store::{ExportKind, LoadProblem};

pub const FORMAT: &str = "werkboek-scan";
pub const VERSION: u32 = 1;

/// One person's scan export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scan {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub exported: Timestamp,
    /// Scores by item id: ratings (now and wish) and checklist answers.
    pub scores: BTreeMap<String, Score>,
}

impl Scan {
    /// The scores of a workbook, and nothing else.
    pub fn of(workbook: &Workbook, name: Option<String>, exported: Timestamp) -> Scan {
        Scan {
            format: FORMAT.into(),
            version: VERSION,
            name,
            exported,
            scores: workbook
                .items
                .keys()
                .map(|id| (id.clone(), workbook.score(id)))
                .filter(|(_, s)| !s.is_empty())
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        super::pretty_json(self)
    }
}

/// Reads a scan export; anything else is refused with the reason.
pub fn parse(text: &str) -> Result<Scan, LoadProblem> {
    let v = super::open_export(text, FORMAT, VERSION, ExportKind::Scan)?;
    serde_json::from_value(v).map_err(|e| LoadProblem::of_serde(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_carries_scores_and_nothing_else() {
        let mut w = Workbook::default();
        w.update_item("factor-verbinding", |s| {
            s.now = Some(3);
            s.goal = Some(5);
            s.note = "GEHEIM".into();
            s.studied = true;
        });
        w.update_item("sleutel-1", |s| s.note = "ook geheim".into());
        let text = Scan::of(&w, None, "2026-11-23T10:00:00Z".parse().unwrap()).to_json();
        assert!(!text.contains("GEHEIM") && !text.contains("geheim") && !text.contains("studied"));
        assert!(!text.contains("name"), "no name unless added");
        let back = parse(&text).unwrap();
        assert_eq!(back.scores.len(), 1);
        assert_eq!(
            back.scores["factor-verbinding"],
            Score {
                now: Some(3),
                goal: Some(5)
            }
        );
    }
}
