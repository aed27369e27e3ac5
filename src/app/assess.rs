//! Self-assessment in the app: rating factors and functions, answering the self-scans, taking
//! snapshots, and the measures tab that compares now with an earlier snapshot: choosing that
//! snapshot (remembered in the workbook), naming snapshots and deleting them (with undo).

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::{App, Overlay, Question, Telling};
use crate::content::AssessKind;
use crate::data::Snapshot;
use crate::data::assess::Why;
use crate::i18n::{self, Msg};
use crate::keys::Cmd;
use crate::view::scroll::Scroll;

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

/// A snapshot taken out, for undo, and whether it was the one chosen to compare with.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    snapshot: Snapshot,
    chosen: bool,
}

/// The measures tab: how far the comparison is scrolled, and the snapshot deleted last. Which
/// snapshot is compared with is the workbook's (`settings.compare_with`, else the rule of
/// [`crate::data::assess::baseline`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measures {
    scroll: Scroll,
    undo: Option<Deleted>,
}

impl Measures {
    /// The first line of the comparison shown.
    pub fn scroll(&self) -> usize {
        self.scroll.top()
    }
}

/// The longest name a snapshot can have, in characters.
pub const LABEL_MAX: usize = 60;

/// Naming a snapshot: one line of text.
#[derive(Debug)]
pub struct LabelInput {
    taken: Timestamp,
    field: TextArea<'static>,
}

impl LabelInput {
    fn new(snapshot: &Snapshot, lang: i18n::Lang) -> LabelInput {
        LabelInput {
            taken: snapshot.taken,
            field: super::form::line(
                snapshot.label.as_deref().unwrap_or(""),
                Msg::LabelPlaceholder.get(lang),
            ),
        }
    }

    /// The snapshot being named.
    pub fn taken(&self) -> Timestamp {
        self.taken
    }

    /// The field, for drawing.
    pub fn field(&self) -> &TextArea<'static> {
        &self.field
    }

    pub fn text(&self) -> String {
        self.field.lines().join(" ")
    }

    fn input(&mut self, key: KeyEvent) {
        if self.field.input(key) && self.text().chars().count() > LABEL_MAX {
            self.field.undo();
        }
    }

    fn paste(&mut self, text: &str) {
        let room = LABEL_MAX.saturating_sub(self.text().chars().count());
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(room)
            .collect();
        self.field.insert_str(text);
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
        let taken = self.now;
        // A chosen comparison stays chosen; otherwise the new snapshot, which is how things
        // stand now, makes the one before it the comparison.
        self.workbook.take_snapshot(taken);
        let when = i18n::date_time(taken, &self.zone, self.lang);
        self.info(
            Msg::SnapshotTaken
                .get(self.lang)
                .replace("{when}", &when)
                .replace("{scores}", &i18n::scores(scored, self.lang)),
        );
        self.changed_workbook();
    }

    pub(super) fn measures_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Up | Cmd::Down => self.choose_baseline(cmd == Cmd::Up),
            Cmd::PageUp | Cmd::PageDown => {
                let (max, height) = self.comparison_room();
                let m = super::nav::move_of(cmd).expect("a move");
                self.measures.scroll.moved(m, height, max);
            }
            Cmd::LabelSnapshot => {
                let Some(snapshot) = self.baseline() else {
                    self.error(Msg::NoSnapshotChosen.get(self.lang).to_string());
                    return;
                };
                let input = LabelInput::new(snapshot, self.lang);
                if !self.refuse_if_read_only() {
                    self.overlay = Some(Overlay::Label(Box::new(input)));
                }
            }
            Cmd::DeleteSnapshot => {
                let Some(taken) = self.baseline().map(|s| s.taken) else {
                    self.error(Msg::NoSnapshotChosen.get(self.lang).to_string());
                    return;
                };
                if !self.refuse_if_read_only() {
                    self.overlay = Some(Overlay::Confirm(Question::DeleteSnapshot(taken)));
                }
            }
            Cmd::Undo => self.undo_snapshot_delete(),
            other => self.tabs_cmd(other),
        }
    }

    /// `↑` `↓`: compare with a newer or an older snapshot; the choice is kept in the workbook.
    fn choose_baseline(&mut self, newer: bool) {
        let Some((i, _)) = self.comparison() else {
            self.error(Msg::NoSnapshotChosen.get(self.lang).to_string());
            return;
        };
        let last = self.workbook.snapshots.len() - 1;
        let to = if newer {
            (i + 1).min(last)
        } else {
            i.saturating_sub(1)
        };
        if to != i {
            self.compare_with(to);
        }
    }

    /// Compares now with snapshot `i` (oldest first), and remembers the choice.
    pub(super) fn compare_with(&mut self, i: usize) {
        let Some(taken) = self.workbook.snapshots.get(i).map(|s| s.taken) else {
            return;
        };
        self.workbook.settings.compare_with = Some(taken);
        // Only the choice changed: saved quietly, nothing laid out again.
        if self.read_only.is_none() {
            self.persist();
        }
    }

    /// `d`, answered yes: the snapshot goes, and `u` brings it back.
    pub(super) fn delete_snapshot(&mut self, taken: Timestamp) {
        let Some(i) = self.workbook.snapshot_at(taken) else {
            return;
        };
        let snapshot = self.workbook.snapshots.remove(i);
        let chosen = self.workbook.settings.compare_with == Some(taken);
        if chosen {
            self.workbook.settings.compare_with = None;
        }
        let when = i18n::date_time(taken, &self.zone, self.lang);
        self.measures.undo = Some(Deleted { snapshot, chosen });
        self.info(Msg::SnapshotDeleted.get(self.lang).replace("{when}", &when));
        self.changed_workbook();
    }

    /// `u` in Metingen: the snapshot deleted last comes back; without one, the log's undo (an
    /// entry deleted or thrown away), as `u` does in every tab.
    fn undo_snapshot_delete(&mut self) {
        if self.measures.undo.is_none() {
            self.undo();
            return;
        }
        if self.refuse_if_read_only() {
            return;
        }
        let Some(Deleted { snapshot, chosen }) = self.measures.undo.take() else {
            return;
        };
        let taken = snapshot.taken;
        let at = self
            .workbook
            .snapshots
            .partition_point(|s| s.taken <= taken);
        self.workbook.snapshots.insert(at, snapshot);
        if chosen {
            self.workbook.settings.compare_with = Some(taken);
        }
        let when = i18n::date_time(taken, &self.zone, self.lang);
        self.info(
            Msg::SnapshotRestored
                .get(self.lang)
                .replace("{when}", &when),
        );
        self.changed_workbook();
    }

    pub(super) fn label_input(&mut self, key: KeyEvent) {
        if let Some(Overlay::Label(input)) = &mut self.overlay {
            input.input(key);
        }
    }

    pub(super) fn label_paste(&mut self, text: &str) {
        if let Some(Overlay::Label(input)) = &mut self.overlay {
            input.paste(text);
        }
    }

    pub(super) fn label_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => self.save_label(Telling::Tell),
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    /// Gives the snapshot the name typed (none when it is empty) and closes the field.
    pub(super) fn save_label(&mut self, telling: Telling) {
        let Some(Overlay::Label(input)) = self.overlay.take() else {
            return;
        };
        let text = input.text();
        let label = Some(text.trim()).filter(|t| !t.is_empty());
        let Some(i) = self.workbook.snapshot_at(input.taken()) else {
            return;
        };
        let snapshot = &mut self.workbook.snapshots[i];
        if snapshot.label.as_deref() == label {
            return;
        }
        snapshot.label = label.map(str::to_string);
        if telling == Telling::Tell {
            let when = i18n::date_time(input.taken(), &self.zone, self.lang);
            let text = match label {
                Some(l) => Msg::LabelSaved
                    .get(self.lang)
                    .replace("{when}", &when)
                    .replace("{label}", &crate::safe::line(l)),
                None => Msg::LabelCleared.get(self.lang).replace("{when}", &when),
            };
            self.info(text);
        }
        self.changed_workbook();
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

    /// The snapshot the measures tab compares with (by its place, oldest first), and why.
    pub fn comparison(&self) -> Option<(usize, Why)> {
        crate::data::assess::baseline(&self.workbook)
    }

    /// The snapshot the measures tab compares with.
    pub fn baseline(&self) -> Option<&Snapshot> {
        self.comparison()
            .and_then(|(i, _)| self.workbook.snapshots.get(i))
    }
}
