//! Self-assessment in the app: rating factors and functions, answering the self-scans, taking
//! snapshots, and the measures tab that compares now with an earlier snapshot.

use super::App;
use crate::content::AssessKind;
use crate::data::Snapshot;
use crate::i18n::{self, Msg};
use crate::keys::Cmd;
use crate::view::item::AnchorKind;
use crate::view::scroll::{ListCursor, Scroll};

/// Which score a key changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Now,
    Wish,
}

/// Which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
}

/// The measures tab: the snapshot compared with now (counted from the newest) and how far the
/// comparison is scrolled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measures {
    list: ListCursor,
    scroll: Scroll,
}

impl Measures {
    /// The snapshot compared with now, counted from the newest.
    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    /// The first line of the comparison shown.
    pub fn scroll(&self) -> usize {
        self.scroll.top()
    }
}

impl App {
    /// `+`/`-` (now) and `]`/`[` (wish): one step up or down; below the lowest step clears.
    pub(super) fn rate(&mut self, which: Which, step: Step) {
        let goal = which == Which::Wish;
        let Some(r) = self.current_item() else { return };
        let Some((kind, scale)) = self.scale_of(r.section) else {
            self.error(Msg::NotAssessable.get(self.lang).to_string());
            return;
        };
        if goal && kind == AssessKind::Checklist {
            self.error(Msg::NoGoalHere.get(self.lang).to_string());
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
        let next = match (current, step == Step::Up) {
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
        self.changed_workbook();
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
        let taken = self.now;
        self.workbook.take_snapshot(taken);
        // Keep comparing with the snapshot that was chosen (the list just grew at the top).
        if had {
            let next = self.measures.list.selected() + 1;
            self.measures
                .list
                .choose(next, self.workbook.snapshots.len());
        }
        let when = i18n::date_time(taken, &self.zone, self.lang);
        self.info(
            Msg::SnapshotTaken
                .get(self.lang)
                .replace("{when}", &when)
                .replace("{scores}", &i18n::scores(scored, self.lang)),
        );
        self.changed_workbook();
    }

    /// `a`: the intervention chosen in the text becomes an action line in the item's note.
    pub(super) fn add_action(&mut self) {
        let Some(r) = self.current_item() else { return };
        self.refresh_doc();
        let chosen = self
            .study
            .chosen_anchor(r.section)
            .filter(|a| a.kind == AnchorKind::Intervention)
            .and_then(|a| self.content.title_of(&a.id, self.lang));
        let Some(text) = chosen else {
            self.error(Msg::ChooseIntervention.get(self.lang).to_string());
            return;
        };
        if self.refuse_if_read_only() {
            return;
        }
        let id = self.content.item(r).id.clone();
        let line = format!("☐ {}: {text}", Msg::Action.get(self.lang));
        let note = self.workbook.note(&id);
        if note.lines().any(|l| l.trim() == line) {
            self.error(Msg::ActionAlreadyThere.get(self.lang).to_string());
            return;
        }
        let new = if note.is_empty() {
            line
        } else {
            format!("{note}\n{line}")
        };
        self.workbook.update_item(&id, |s| s.note = new);
        self.info(Msg::ActionAdded.get(self.lang).to_string());
        self.changed_workbook();
    }

    pub(super) fn measures_cmd(&mut self, cmd: Cmd) {
        let n = self.workbook.snapshots.len();
        match cmd {
            Cmd::Up | Cmd::Down => {
                let m = super::nav::move_of(cmd).expect("a move");
                let height = usize::from(self.layout().list_inner().height);
                self.measures.list.moved(m, n, height);
            }
            Cmd::PageUp | Cmd::PageDown => {
                let (max, height) = self.comparison_room();
                let m = super::nav::move_of(cmd).expect("a move");
                self.measures.scroll.moved(m, height, max);
            }
            other => self.tabs_cmd(other),
        }
    }

    /// How far the comparison can scroll on this screen, and the height it shows.
    fn comparison_room(&self) -> (usize, usize) {
        let inner = crate::view::layout::inside(self.layout().detail);
        let height = usize::from(inner.height);
        let rows = crate::view::measures::rows(
            self.content,
            &self.workbook,
            self.baseline(),
            self.lang,
            usize::from(inner.width),
        )
        .len();
        (rows.saturating_sub(height), height)
    }

    /// The snapshot the measures tab compares with.
    pub fn baseline(&self) -> Option<&Snapshot> {
        let n = self.workbook.snapshots.len();
        let i = n.checked_sub(1 + self.measures.selected())?;
        self.workbook.snapshots.get(i)
    }
}
