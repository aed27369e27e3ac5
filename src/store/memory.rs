//! An in-memory store for tests: records what the app saved, and can be told to fail.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use super::{Store, StoreError};
use crate::data::Workbook;

/// What a [`MemStore`] has been given, shared with the test that made it.
#[derive(Debug, Default)]
pub struct Saved {
    pub workbook: Option<Workbook>,
    pub saves: usize,
    pub flushes: usize,
    /// When set, every save fails with this problem.
    pub fail_with: Option<String>,
    pub set_aside: usize,
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
}
