//! Time, injected: the app asks a [`Clock`], so tests can fix it.

use std::cell::Cell;
use std::rc::Rc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

pub trait Clock {
    fn now(&self) -> Timestamp;
    /// The user's time zone, for showing dates.
    fn zone(&self) -> TimeZone;
}

/// The real time in the system's time zone.
pub struct SystemClock {
    zone: TimeZone,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock {
            zone: TimeZone::system(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
    fn zone(&self) -> TimeZone {
        self.zone.clone()
    }
}

/// A clock the test sets and moves by hand. Clones share the time.
#[derive(Clone)]
pub struct ManualClock {
    now: Rc<Cell<Timestamp>>,
    zone: TimeZone,
}

impl ManualClock {
    /// At `at` (e.g. "2026-11-23T09:00:00Z"), showing dates in UTC.
    pub fn at(at: &str) -> ManualClock {
        ManualClock {
            now: Rc::new(Cell::new(at.parse().expect("a valid timestamp"))),
            zone: TimeZone::UTC,
        }
    }

    pub fn set(&self, at: &str) {
        self.now.set(at.parse().expect("a valid timestamp"));
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        self.now.get()
    }
    fn zone(&self) -> TimeZone {
        self.zone.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_for_all_its_clones() {
        let c = ManualClock::at("2026-01-01T00:00:00Z");
        let shared = c.clone();
        c.set("2026-06-01T00:00:00Z");
        assert_eq!(shared.now(), c.now());
    }
}
