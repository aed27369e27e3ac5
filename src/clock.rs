//! Time, injected: the app asks a [`Clock`], so tests can fix it.

use std::cell::Cell;
use std::rc::Rc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::Lang;

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

/// "23-11-2026 14:05" in Dutch, "2026-11-23 14:05" in English.
pub fn date_time(at: Timestamp, zone: &TimeZone, lang: Lang) -> String {
    let zoned = at.to_zoned(zone.clone());
    match lang {
        Lang::Nl => zoned.strftime("%d-%m-%Y %H:%M").to_string(),
        Lang::En => zoned.strftime("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "23-11-2026" in Dutch, "2026-11-23" in English.
pub fn date(at: Timestamp, zone: &TimeZone, lang: Lang) -> String {
    day(at.to_zoned(zone.clone()).date(), lang)
}

/// A calendar date: "01-12-2026" in Dutch, "2026-12-01" in English.
pub fn day(d: jiff::civil::Date, lang: Lang) -> String {
    match lang {
        Lang::Nl => d.strftime("%d-%m-%Y").to_string(),
        Lang::En => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_the_local_way() {
        let c = ManualClock::at("2026-03-05T08:07:00Z");
        assert_eq!(date_time(c.now(), &c.zone(), Lang::Nl), "05-03-2026 08:07");
        assert_eq!(date_time(c.now(), &c.zone(), Lang::En), "2026-03-05 08:07");
        assert_eq!(date(c.now(), &c.zone(), Lang::Nl), "05-03-2026");
        let amsterdam = TimeZone::fixed(jiff::tz::offset(1));
        assert_eq!(date_time(c.now(), &amsterdam, Lang::Nl), "05-03-2026 09:07");
    }

    #[test]
    fn a_manual_clock_moves_for_all_its_clones() {
        let c = ManualClock::at("2026-01-01T00:00:00Z");
        let shared = c.clone();
        c.set("2026-06-01T00:00:00Z");
        assert_eq!(shared.now(), c.now());
    }
}
