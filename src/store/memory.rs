//! An in-memory store for tests: records what the app saved, and can be told to fail.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use super::{Store, StoreError};
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
    pub fail_with: Option<String>,
    pub set_aside: usize,
    /// Exports written, by name.
    pub exports: Vec<(String, Vec<u8>)>,
}

#[derive(Clone, Default)]
pub struct MemStore {
    pub saved: Rc<RefCell<Saved>>,
    /// How the last save went, as a flush reports it.
    error: Option<StoreError>,
    /// A failed save not yet reported, as `take_error` gives it once (like the file store).
    unreported: Option<StoreError>,
}

impl MemStore {
    pub fn new() -> MemStore {
        MemStore::default()
    }

    fn path() -> PathBuf {
        PathBuf::from("geheugen/werkboek.json")
    }

    /// Records how a save went: `Some(problem)` when it failed.
    fn went(&mut self, failed: Option<String>) {
        self.error = failed.map(|problem| StoreError {
            path: Self::path(),
            problem,
        });
        if self.error.is_some() {
            self.unreported = self.error.clone();
        }
    }
}

impl Store for MemStore {
    fn save_workbook(&mut self, workbook: &Workbook) {
        let mut saved = self.saved.borrow_mut();
        saved.saves += 1;
        if saved.fail_with.is_none() {
            saved.workbook = Some(workbook.clone());
        }
        let fail_with = saved.fail_with.clone();
        drop(saved);
        self.went(fail_with);
    }

    fn save_log(&mut self, log: &Arc<Log>) {
        let mut saved = self.saved.borrow_mut();
        saved.log_saves += 1;
        if saved.fail_with.is_none() {
            saved.log = Some((**log).clone());
        }
        let fail_with = saved.fail_with.clone();
        drop(saved);
        self.went(fail_with);
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        self.saved.borrow_mut().flushes += 1;
        match &self.error {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    fn take_error(&mut self) -> Option<StoreError> {
        self.unreported.take()
    }

    fn set_aside_workbook(&mut self) -> Result<PathBuf, StoreError> {
        self.saved.borrow_mut().set_aside += 1;
        Ok(PathBuf::from("geheugen/werkboek.onleesbaar-1.json"))
    }

    fn write_export(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        self.saved
            .borrow_mut()
            .exports
            .push((name.to_string(), bytes.to_vec()));
        Ok(PathBuf::from("geheugen/export").join(name))
    }

    fn set_aside_log(&mut self) -> Result<PathBuf, StoreError> {
        self.saved.borrow_mut().set_aside += 1;
        Ok(PathBuf::from("geheugen/logboek.onleesbaar-1.json"))
    }
}
