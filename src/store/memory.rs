//! An in-memory store for tests: records what the app saved, and can be told to fail.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use super::{DataFile, Store, StoreError, StoreEvent, StoreProblem, Ticket};
use crate::data::{Log, Workbook};

/// What a [`MemStore`] has been given, shared with the test that made it.
#[derive(Debug, Default)]
pub struct Saved {
    pub workbook: Option<Workbook>,
    pub log: Option<Log>,
    pub saves: usize,
    pub log_saves: usize,
    pub flushes: usize,
    /// When set, every save fails with this problem.
    pub fail_with: Option<StoreProblem>,
    /// When set, saves are held back (not yet on "disk"): reported once it is unset again, or
    /// at the next flush.
    pub slow: bool,
    /// Saves held back while `slow`.
    pub held: Vec<Ticket>,
    pub set_aside: usize,
    /// Exports written, by name.
    pub exports: Vec<(String, Vec<u8>)>,
}

#[derive(Clone, Default)]
pub struct MemStore {
    pub saved: Rc<RefCell<Saved>>,
    /// How the last save of each file went, as a flush reports it.
    last: Option<StoreError>,
    /// Reports not yet taken with `events`.
    events: Vec<StoreEvent>,
}

impl MemStore {
    pub fn new() -> MemStore {
        MemStore::default()
    }

    fn path(doc: DataFile) -> PathBuf {
        match doc {
            DataFile::Workbook => PathBuf::from("geheugen/werkboek.json"),
            DataFile::Log => PathBuf::from("geheugen/logboek.jsonl"),
        }
    }

    /// Records a save and how it went.
    fn went(&mut self, doc: DataFile, seq: u64) {
        let ticket = Ticket { doc, seq };
        let (fail, slow) = {
            let saved = self.saved.borrow();
            (saved.fail_with, saved.slow)
        };
        match fail {
            Some(problem) => {
                let e = StoreError {
                    path: Self::path(doc),
                    problem,
                };
                self.last = Some(e.clone());
                self.events.push(StoreEvent::Failed(ticket, e));
            }
            None => {
                self.last = None;
                if slow {
                    self.saved.borrow_mut().held.push(ticket);
                } else {
                    self.events.push(StoreEvent::Saved(ticket));
                }
            }
        }
    }

    /// Reports the saves held back by `slow` as on "disk".
    fn release(&mut self) {
        let held: Vec<Ticket> = self.saved.borrow_mut().held.drain(..).collect();
        self.events.extend(held.into_iter().map(StoreEvent::Saved));
    }
}

impl Store for MemStore {
    fn save_workbook(&mut self, seq: u64, workbook: &Workbook) {
        let mut saved = self.saved.borrow_mut();
        saved.saves += 1;
        if saved.fail_with.is_none() {
            saved.workbook = Some(workbook.clone());
        }
        drop(saved);
        self.went(DataFile::Workbook, seq);
    }

    fn save_log(&mut self, seq: u64, log: &Arc<Log>) {
        let mut saved = self.saved.borrow_mut();
        saved.log_saves += 1;
        if saved.fail_with.is_none() {
            saved.log = Some((**log).clone());
        }
        drop(saved);
        self.went(DataFile::Log, seq);
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        self.saved.borrow_mut().flushes += 1;
        self.release();
        match &self.last {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    fn events(&mut self) -> Vec<StoreEvent> {
        if !self.saved.borrow().slow {
            self.release();
        }
        std::mem::take(&mut self.events)
    }

    fn set_aside(&mut self, doc: DataFile) -> Result<PathBuf, StoreError> {
        self.saved.borrow_mut().set_aside += 1;
        Ok(match doc {
            DataFile::Workbook => PathBuf::from("geheugen/werkboek.onleesbaar-1.json"),
            DataFile::Log => PathBuf::from("geheugen/logboek.onleesbaar-1.json"),
        })
    }

    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        self.saved
            .borrow_mut()
            .exports
            .push((name.to_string(), bytes.to_vec()));
        Ok(PathBuf::from("geheugen/export").join(name))
    }
}
