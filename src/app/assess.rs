//! Self-assessment in the app: rating factors and functions, answering the self-scans, taking
//! snapshots, and the measures tab that compares now with an earlier snapshot.

use super::App;
use crate::clock;
use crate::content::{AssessKind, Scale};
use crate::data::Snapshot;
use crate::i18n::{self, Msg};
use crate::keys::Cmd;
use crate::ui::detail::AnchorKind;

/// Where the reader is in the measures tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measures {
    /// The snapshot compared with now, counted from the newest.
    pub selected: usize,
    /// The first line of the comparison shown.
    pub scroll: usize,
}

impl App {
    /// The scale the current item is assessed on, if it is.
    pub fn scale_of(&self, section: usize) -> Option<(AssessKind, &'static Scale)> {
        let kind = self.content.sections[section].assess?;
        Some((kind, self.content.assessment.scale(kind)))
    }

    /// `+`/`-` (now) and `]`/`[` (wish): one step up or down; below the lowest step clears.
    pub(super) fn rate(&mut self, goal: bool, delta: i8) {
        let Some(r) = self.current_item() else { return };
        let Some((kind, scale)) = self.scale_of(r.section) else {
            self.info(Msg::NotAssessable.get(self.lang).to_string());
            return;
        };
        if goal && kind == AssessKind::Checklist {
            self.info(Msg::NoGoalHere.get(self.lang).to_string());
            return;
        }
        if self.refuse_if_read_only() {
            return;
        }
        let id = self.content.item(r).id.clone();
        let current = if goal {
            self.workbook.score(&id).goal
        } else {
            self.workbook.score(&id).now
        };
        let next = match (current, delta > 0) {
            (None, true) => Some(1),
            (Some(v), true) => Some((v + 1).min(scale.max())),
            (Some(v), false) if v > 1 => Some(v - 1),
            (_, false) => None,
        };
        self.workbook.update_item(&id, |s| {
            if goal {
                s.goal = next;
            } else {
                s.now = next;
            }
        });
        let what = if goal { Msg::Goal } else { Msg::Now };
        let text = match next.and_then(|v| scale.label(v).map(|l| (v, l))) {
            Some((v, label)) => format!("{}: {v} · {}", what.get(self.lang), label.get(self.lang)),
            None => format!("{}: {}", what.get(self.lang), Msg::Cleared.get(self.lang)),
        };
        self.info(text);
        self.persist();
    }

    /// `s`: a dated photo of every rating and answer.
    pub(super) fn take_snapshot(&mut self) {
        if self.refuse_if_read_only() {
            return;
        }
        let scored = self.workbook.scored();
        if scored == 0 {
            self.error(Msg::NothingToSnapshot.get(self.lang).to_string());
            return;
        }
        let had = !self.workbook.snapshots.is_empty();
        let taken = self.clock.now();
        self.workbook.take_snapshot(taken);
        // Keep comparing with the snapshot that was chosen (the list just grew at the top).
        if had {
            self.measures.selected += 1;
        }
        let when = clock::date_time(taken, &self.clock.zone(), self.lang);
        self.info(
            Msg::SnapshotTaken
                .get(self.lang)
                .replace("{when}", &when)
                .replace("{scores}", &i18n::scores(scored, self.lang)),
        );
        self.persist();
    }

    /// `a`: the intervention chosen in the text becomes an action line in the item's note.
    pub(super) fn add_action(&mut self) {
        let Some(r) = self.current_item() else { return };
        let doc = self.current_doc();
        let chosen = self.nav[r.section]
            .cursor
            .and_then(|c| doc.anchors.get(c))
            .filter(|a| a.kind == AnchorKind::Intervention)
            .and_then(|a| self.content.title_of(&a.id, self.lang));
        let Some(text) = chosen else {
            self.info(Msg::ChooseIntervention.get(self.lang).to_string());
            return;
        };
        if self.refuse_if_read_only() {
            return;
        }
        let id = self.content.item(r).id.clone();
        let line = format!("☐ {}: {text}", Msg::Action.get(self.lang));
        let note = self.workbook.note(&id);
        if note.lines().any(|l| l.trim() == line) {
            self.info(Msg::ActionAlreadyThere.get(self.lang).to_string());
            return;
        }
        let new = if note.is_empty() {
            line
        } else {
            format!("{note}\n{line}")
        };
        self.workbook.update_item(&id, |s| s.note = new);
        self.info(Msg::ActionAdded.get(self.lang).to_string());
        self.persist();
    }

    pub(super) fn measures_cmd(&mut self, cmd: Cmd) {
        let n = self.workbook.snapshots.len();
        match cmd {
            Cmd::Up => self.measures.selected = self.measures.selected.saturating_sub(1),
            Cmd::Down => {
                self.measures.selected = (self.measures.selected + 1).min(n.saturating_sub(1));
            }
            Cmd::PageUp | Cmd::PageDown => {
                let (max, height) = crate::ui::measures::max_scroll(self);
                self.measures.scroll = super::nav::scrolled(self.measures.scroll, cmd, height, max);
            }
            other => self.tabs_cmd(other),
        }
    }

    /// The snapshot the measures tab compares with.
    pub fn baseline(&self) -> Option<&Snapshot> {
        let n = self.workbook.snapshots.len();
        let i = n.checked_sub(1 + self.measures.selected)?;
        self.workbook.snapshots.get(i)
    }
}
