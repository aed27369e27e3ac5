//! Emergency copies of an earlier session: offered at the start, brought back as an import (so
//! nothing that is there now is lost), and removed once what they held is saved.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{App, Effect, LogState, slot};
use crate::data::merge::merge;
use crate::data::{Log, Workbook};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::store::LoadProblem;

impl App {
    /// The emergency copy to ask about now: once the log is read (bringing one back merges
    /// into both files), never on a projector.
    pub fn rescue_shown(&self) -> Option<&Path> {
        if self.present.is_some() || !matches!(self.log, LogState::Ready(_)) {
            return None;
        }
        self.rescues.first().map(PathBuf::as_path)
    }

    pub(super) fn rescue_cmd(&mut self, cmd: Cmd) {
        let Some(path) = self.rescues.first().cloned() else {
            return;
        };
        match cmd {
            Cmd::Restore => {
                if self.refuse_if_read_only() {
                    return;
                }
                self.rescues.remove(0);
                self.effects.push(Effect::ReadRescue(path));
            }
            Cmd::Discard => {
                self.rescues.remove(0);
                self.effects.push(Effect::RemoveRescue(path));
                self.info(Msg::RescueDiscarded.get(self.lang).to_string());
            }
            Cmd::Later => {
                self.rescues.remove(0);
                self.note(Msg::RescueLater.get(self.lang).to_string());
            }
            Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    /// The copy as read: merged into what is here, both files saved, and the copy removed once
    /// both saves are on disk.
    pub(super) fn rescue_read(
        &mut self,
        path: PathBuf,
        result: Result<(Workbook, Log), LoadProblem>,
    ) {
        let (theirs, their_log) = match result {
            Ok(both) => both,
            Err(problem) => {
                self.failed(format!(
                    "{}: {}",
                    Msg::RescueUnreadable.get(self.lang),
                    problem.describe(self.lang)
                ));
                return;
            }
        };
        let LogState::Ready(log) = &mut self.log else {
            self.error(Msg::LogUnavailable.get(self.lang).to_string());
            return;
        };
        let report = merge(
            &mut self.workbook,
            Arc::make_mut(log),
            theirs,
            their_log,
            Msg::ImportedMarker.get(self.lang),
        );
        self.revision[0] += 1;
        self.revision[1] += 1;
        let saves = [self.persist(), self.persist_log()];
        self.rescued.push((path, saves));
        self.refresh_log_view(None);
        self.info(Msg::RescueRestored.get(self.lang).replace(
            "{n}",
            &crate::i18n::count(report.added(), Msg::Thing, Msg::Things, self.lang),
        ));
    }

    /// Removes the copies whose content is now on disk.
    pub(super) fn tidy_rescued(&mut self) {
        let on_disk = self.saves.on_disk;
        let (done, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.rescued)
            .into_iter()
            .partition(|(_, saves)| {
                saves
                    .iter()
                    .flatten()
                    .all(|t| on_disk[slot(t.doc)] >= t.seq)
            });
        self.rescued = waiting;
        self.effects
            .extend(done.into_iter().map(|(path, _)| Effect::RemoveRescue(path)));
    }
}
