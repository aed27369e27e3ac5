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
    error: Option<StoreError>,
}

impl MemStore {
    pub fn new() -> MemStore {
        MemStore::default()
    }

    fn path() -> PathBuf {
        PathBuf::from("geheugen/werkboek.json")
    }
}

impl Store for MemStore {
    fn save_workbook(&mut self, workbook: &Workbook) {
        let mut saved = self.saved.borrow_mut();
        saved.saves += 1;
        match &saved.fail_with {
            Some(problem) => {
                self.error = Some(StoreError {
                    path: Self::path(),
                    problem: problem.clone(),
                })
            }
            None => {
                saved.workbook = Some(workbook.clone());
                self.error = None;
            }
        }
    }

    fn save_log(&mut self, log: &Arc<Log>) {
        let mut saved = self.saved.borrow_mut();
        saved.log_saves += 1;
        if saved.fail_with.is_none() {
            saved.log = Some((**log).clone());
        }
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        self.saved.borrow_mut().flushes += 1;
        match &self.error {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    fn take_error(&mut self) -> Option<StoreError> {
        self.error.clone()
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
