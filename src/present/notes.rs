//! The facilitator's screen (`werkboek present --plan FILE --notes`), in a second terminal: the
//! plan with its notes and times, where the projector is now and what comes next. The
//! presentation on the projector says where it is in a small file in the data folder
//! ([`SYNC_FILE`]); the facilitator's screen reads it and follows. The projector's side never
//! holds a note: only this screen does.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::plan::Session;

/// Where a presentation says where it is, in the data folder.
pub const SYNC_FILE: &str = "presenting.json";

/// What the projector tells: the slide on screen, since when it runs, its countdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sync {
    pub slide: String,
    /// Its place, counted from 0 (when the ids do not say, as for the same slide twice).
    pub at: usize,
    pub started: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countdown: Option<(Timestamp, u32)>,
}

impl Sync {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Option<Sync> {
        serde_json::from_str(text).ok()
    }
}

/// The facilitator's side of a session.
#[derive(Clone, Debug, PartialEq)]
pub struct Facilitator {
    pub session: Session,
    /// The plan's file name, to say which plan this is.
    pub plan: String,
    /// What the projector said last, if it has said anything.
    pub projector: Option<Sync>,
}

impl Facilitator {
    /// Minutes planned before the part of slide `at` begins, and in all.
    pub fn schedule(&self, at: usize) -> (u32, u32) {
        let entry = self.session.entry_of.get(at).copied().flatten();
        let mut before = 0;
        let mut total = 0;
        for (i, e) in self.session.entries.iter().enumerate() {
            let m = e.minutes.unwrap_or(0);
            total += m;
            if entry.is_some_and(|x| i < x) {
                before += m;
            }
        }
        (before, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sync_record_reads_back() {
        let s = Sync {
            slide: "sleutel-4/werkvorm".into(),
            at: 12,
            started: "2026-11-23T09:00:00Z".parse().unwrap(),
            countdown: Some(("2026-11-23T09:10:00Z".parse().unwrap(), 900)),
        };
        assert_eq!(Sync::parse(&s.to_json()), Some(s));
        assert_eq!(Sync::parse("{kapot"), None);
    }
}
