//! Saving and telling: what changed goes to the store as an effect, numbered per file; the
//! store's reports make "wordt bewaard…" into "bewaard" or tell that saving failed; quitting
//! saves everything first.

use std::sync::Arc;

use super::{App, Effect, LogState, MessageKind, Overlay, Pending, Telling, present, slot};
use crate::i18n::{self, Lang, Msg};
use crate::store::{DataFile, Notice, StoreEvent, Ticket};

impl App {
    /// Saves everything and ends; what is being written is kept.
    pub(super) fn quit(&mut self) {
        match &self.overlay {
            Some(Overlay::Editor(_)) => self.commit_note(Telling::Quietly),
            Some(Overlay::Entry(_)) => self.save_form(Telling::Quietly),
            Some(Overlay::Label(_)) => self.save_label(Telling::Quietly),
            _ => {}
        }
        self.quitting = true;
        if self.present.is_none() && self.problems.is_empty() {
            // The next start opens here.
            self.workbook.settings.place = Some(self.place_now());
        }
        if self.read_only.is_none() {
            // What could not be read is not saved over: `persist` skips it.
            self.persist();
            self.persist_log();
        }
        self.effects.push(Effect::Quit);
    }

    /// Ends the app from any state; a presentation keeps its place for next time.
    pub(super) fn stop(&mut self) {
        if self.present.is_some() {
            self.stop_presenting(present::Leaving::Quit);
        } else {
            self.quit();
        }
    }

    pub(super) fn has_problem(&self, doc: DataFile) -> bool {
        self.problems.iter().any(|p| p.doc == doc)
    }

    // --- Saving ------------------------------------------------------------------------------

    /// The workbook changed: laid-out texts are made again, and it is saved.
    pub(super) fn changed_workbook(&mut self) -> Option<Ticket> {
        self.revision[0] += 1;
        self.persist()
    }

    /// The log changed: laid-out texts are made again, and it is saved.
    pub(super) fn changed_log(&mut self) -> Option<Ticket> {
        self.revision[1] += 1;
        self.persist_log()
    }

    /// Asks for the workbook to be saved, unless nothing may be written to it.
    pub(super) fn persist(&mut self) -> Option<Ticket> {
        if self.read_only.is_some() || self.has_problem(DataFile::Workbook) {
            return None;
        }
        let seq = self.next_save(DataFile::Workbook);
        self.effects.push(Effect::SaveWorkbook {
            seq,
            workbook: Box::new(self.workbook.clone()),
        });
        Some(Ticket {
            doc: DataFile::Workbook,
            seq,
        })
    }

    /// Asks for the log to be saved, if it is there to be saved.
    pub(super) fn persist_log(&mut self) -> Option<Ticket> {
        if self.read_only.is_some() {
            return None;
        }
        let LogState::Ready(log) = &self.log else {
            return None;
        };
        let log = Arc::clone(log);
        let seq = self.next_save(DataFile::Log);
        self.effects.push(Effect::SaveLog { seq, log });
        Some(Ticket {
            doc: DataFile::Log,
            seq,
        })
    }

    pub(super) fn next_save(&mut self, doc: DataFile) -> u64 {
        let s = slot(doc);
        self.saves.last[s] += 1;
        self.saves.last[s]
    }

    /// Takes the store's reports: a message waiting for its save becomes true, a failed save
    /// is told.
    pub(super) fn stored(&mut self, events: Vec<StoreEvent>) {
        for event in events {
            match event {
                StoreEvent::Saved(t) => {
                    let s = slot(t.doc);
                    self.saves.on_disk[s] = self.saves.on_disk[s].max(t.seq);
                    if let Some(p) = self.pending
                        && p.ticket.covered_by(t)
                    {
                        self.pending = None;
                        let still_shown = self
                            .message
                            .as_ref()
                            .is_some_and(|m| m.text == p.saving.get(self.lang));
                        if still_shown {
                            self.retell(MessageKind::Done, p.saved.get(self.lang).to_string());
                        }
                    }
                }
                StoreEvent::Failed(t, e) => {
                    if self.pending.is_some_and(|p| p.ticket.covered_by(t)) {
                        self.pending = None;
                    }
                    self.failed(format!(
                        "{}: {}; {}",
                        Msg::SaveFailed.get(self.lang),
                        e.describe(self.lang),
                        Msg::SaveFailedKeep.get(self.lang)
                    ));
                }
            }
        }
        self.tidy_rescued();
    }

    /// Says `saved` once the newest save of `doc` is on disk, and `saving` until then.
    pub(super) fn confirm(&mut self, doc: DataFile, saving: Msg, saved: Msg) {
        let s = slot(doc);
        if self.saves.last[s] <= self.saves.on_disk[s] {
            self.info(saved.get(self.lang).to_string());
            return;
        }
        self.note(saving.get(self.lang).to_string());
        self.pending = Some(Pending {
            ticket: Ticket {
                doc,
                seq: self.saves.last[s],
            },
            saving,
            saved,
        });
    }

    /// In read-only mode, says so and returns true.
    pub(super) fn refuse_if_read_only(&mut self) -> bool {
        if self.read_only.is_some() {
            self.error(Msg::ReadOnlyRefused.get(self.lang).to_string());
            true
        } else {
            false
        }
    }

    /// Something was done (saved, marked, exported): ✓.
    pub(super) fn info(&mut self, text: String) {
        self.tell(MessageKind::Done, text);
    }

    /// Plain information, no mark.
    pub(super) fn note(&mut self, text: String) {
        self.tell(MessageKind::Info, text);
    }

    /// Something was not done (read-only, nothing there to do it to) or wants attention: !.
    pub(super) fn error(&mut self, text: String) {
        self.tell(MessageKind::Warning, text);
    }

    /// Something went wrong (a save, an export, the editor): ✗.
    pub(super) fn failed(&mut self, text: String) {
        self.tell(MessageKind::Failed, text);
    }
}

/// What a notice from opening the data directory says.
/// What the user is told of something found while opening the data folder.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::MadePrivate { mode } => Msg::MadePrivate
            .get(lang)
            .replace("{mode}", &format!("{mode:o}")),
        Notice::Cleaned(c) => Msg::CleanedTemps
            .get(lang)
            .replace(
                "{files}",
                &i18n::count(c.files, Msg::TempFile, Msg::TempFiles, lang),
            )
            .replace("{kb}", &c.bytes.div_ceil(1024).to_string()),
        Notice::ImportFinished => Msg::ImportFinished.get(lang).to_string(),
        Notice::LogMoved { kept, added } => {
            let kept = kept
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if *added > 0 {
                Msg::LogMovedAdded
                    .get(lang)
                    .replace(
                        "{entries}",
                        &i18n::count(*added, Msg::LogEntryOne, Msg::LogEntryMany, lang),
                    )
                    .replace("{kept}", &kept)
            } else {
                Msg::LogMoved
                    .get(lang)
                    .replace("{new}", crate::store::LOG_FILE)
                    .replace("{kept}", &kept)
            }
        }
    }
}
