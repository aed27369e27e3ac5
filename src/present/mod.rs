//! Presentation mode: the material (or a team's scans) as slides for a room. Its state holds
//! slides built from the material and nothing of the user's own: drawing it cannot show notes,
//! scores, log entries or paths, because it is never given them.

pub mod deck;
pub mod html;
pub mod plan;
pub mod slides;
pub mod team;

use jiff::Timestamp;

pub use slides::{Body, Slide};

/// Where a presentation starts and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The material: from a slide showing `from` (a key, a factor, a step...), or from the
    /// beginning; with `only`, just the part that slide belongs to.
    Material { from: Option<String>, only: bool },
    /// Ready-made slides (a team's scans).
    Slides(Vec<Slide>),
    /// The slides of a session plan (ids and times only: a plan's notes for the facilitator
    /// never reach a presentation that is projected).
    Plan(Vec<Slide>),
    /// The facilitator's screen for a session: the slides, and what the projector shows now,
    /// followed through `presenting` in the data folder.
    Notes(Box<notes::Facilitator>),
    /// A team's scans from folders, looked at again as they change.
    Team(Box<team::Watched>),
}

pub mod notes;

/// A countdown for a work format: started at a moment, for so many seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    pub started: Timestamp,
    pub seconds: u32,
}

impl Countdown {
    /// Seconds left at `now`; below zero once the time is up.
    pub fn left(&self, now: Timestamp) -> i64 {
        i64::from(self.seconds) - now.as_second().saturating_sub(self.started.as_second())
    }
}

/// "09:05", or "1:02:05" for an hour or more; negative values are shown as they are past.
pub fn clock_text(secs: i64) -> String {
    let secs = secs.unsigned_abs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// What the last key could not do, said in the footer until the next key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A slide number out of range was typed.
    NoSuchSlide(usize),
    /// `→` on the last slide.
    Last,
    /// `c` on a slide without a time, with no minutes typed.
    NoTime,
    /// The names of a team are hidden or shown again.
    NamesHidden,
    NamesShown,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Presenter {
    pub slides: Vec<Slide>,
    pub at: usize,
    /// The screen is blank (a pause in the session).
    pub blank: bool,
    pub show_clock: bool,
    pub show_footer: bool,
    pub help: bool,
    /// Digits typed for a jump ("12" then Enter).
    pub digits: String,
    pub started: Timestamp,
    pub now: Timestamp,
    /// Offered at the start: go on where the last session stopped?
    pub resume: Option<usize>,
    /// Leaving ends the program (`werkboek present`, `werkboek team`) instead of returning to
    /// the workbook.
    pub standalone: bool,
    /// Whether the place is remembered for next time (not for a team's slides).
    pub remember: bool,
    /// A work format's time running, shown in big figures.
    pub countdown: Option<Countdown>,
    pub notice: Option<Notice>,
    /// The overview of the seven keys, which `o` shows over any slide.
    pub overview: Option<Slide>,
    pub peeking: bool,
    /// The team's names are kept off the screen.
    pub hide_names: bool,
    /// The part of a slide shown when it holds more than the screen (a team's rows), and how
    /// many parts it has on this screen (the app measures it).
    pub page: usize,
    pub page_count: usize,
    /// The facilitator's screen (`present --notes`): never set on a projected presentation.
    pub facilitator: Option<Box<notes::Facilitator>>,
    /// A team's scans, kept to count again as files arrive (`team --watch`).
    pub team: Option<Box<team::Watched>>,
}

impl Presenter {
    pub fn new(slides: Vec<Slide>, at: usize, now: Timestamp) -> Presenter {
        let at = at.min(slides.len().saturating_sub(1));
        Presenter {
            slides,
            at,
            blank: false,
            show_clock: false,
            show_footer: true,
            help: false,
            digits: String::new(),
            started: now,
            now,
            resume: None,
            standalone: false,
            remember: true,
            countdown: None,
            notice: None,
            overview: None,
            peeking: false,
            hide_names: false,
            page: 0,
            page_count: 1,
            facilitator: None,
            team: None,
        }
    }

    /// The slide on the screen: the overview while it is peeked at, else the current one.
    pub fn shown(&self) -> Option<&Slide> {
        match (&self.overview, self.peeking) {
            (Some(o), true) => Some(o),
            _ => self.current(),
        }
    }

    pub fn current(&self) -> Option<&Slide> {
        self.slides.get(self.at)
    }

    /// Shows slide `n` (counted from 0), within bounds.
    pub fn go(&mut self, n: usize) {
        let n = n.min(self.slides.len().saturating_sub(1));
        if n != self.at {
            self.page = 0;
        }
        self.at = n;
        self.blank = false;
        self.peeking = false;
        self.digits.clear();
    }

    /// One slide on or back; on from the last says that there is no more.
    pub fn step(&mut self, delta: isize) {
        if delta > 0 && self.at + 1 >= self.slides.len() && !self.peeking {
            self.notice = Some(Notice::Last);
        }
        self.go(self.at.saturating_add_signed(delta));
    }

    /// Enter or g: to the slide whose number was typed; without digits, the next slide. A
    /// number that is no slide says so and stays.
    pub fn jump(&mut self) {
        match self.digits.parse::<usize>() {
            Ok(n) if (1..=self.slides.len()).contains(&n) => self.go(n - 1),
            Ok(n) if n >= 1 || self.digits.len() > 1 => {
                self.notice = Some(Notice::NoSuchSlide(n));
            }
            _ => self.step(1),
        }
        self.digits.clear();
    }

    /// `o`: the overview over the current slide, or back from it.
    pub fn toggle_overview(&mut self) {
        let on_it = self.current().is_some_and(|s| s.id == slides::OVERVIEW);
        self.peeking = !self.peeking && self.overview.is_some() && !on_it;
    }

    /// `c`: starts the countdown (the minutes typed, else the slide's own time), or stops it.
    pub fn toggle_countdown(&mut self) {
        let typed = self
            .digits
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=600).contains(m));
        self.digits.clear();
        if self.countdown.is_some() && typed.is_none() {
            self.countdown = None;
            return;
        }
        match typed.or_else(|| self.current().and_then(|s| s.minutes)) {
            Some(minutes) => {
                self.countdown = Some(Countdown {
                    started: self.now,
                    seconds: minutes * 60,
                })
            }
            None => self.notice = Some(Notice::NoTime),
        }
    }

    pub fn digit(&mut self, d: u8) {
        if self.digits.len() < 4 {
            self.digits.push(char::from(b'0' + d));
        }
    }

    /// Elapsed time as "12:05" or "1:02:05".
    pub fn elapsed(&self) -> String {
        clock_text(
            self.now
                .as_second()
                .saturating_sub(self.started.as_second())
                .max(0),
        )
    }

    /// How many pages the current slide takes on this screen.
    pub fn pages(&self) -> usize {
        self.page_count.max(1)
    }

    /// Whether the footer line is there: it is, while it has something to say.
    pub fn footer_shown(&self) -> bool {
        self.show_footer
            || self.show_clock
            || !self.digits.is_empty()
            || self.notice.is_some()
            || self.countdown.is_some()
            || self.team.as_ref().is_some_and(|t| t.watching)
    }

    /// Seconds left on the countdown, if one runs (below zero once the time is up).
    pub fn left(&self) -> Option<i64> {
        self.countdown.map(|c| c.left(self.now))
    }

    /// "Sleutel 4 · 12/38".
    pub fn position(&self) -> String {
        let part = self.current().map(|s| s.part.as_str()).unwrap_or("");
        format!("{part} · {}/{}", self.at + 1, self.slides.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presenter() -> Presenter {
        let slides = slides::build(crate::content::embedded(), crate::i18n::Lang::Nl);
        Presenter::new(slides, 0, "2026-11-23T09:00:00Z".parse().unwrap())
    }

    #[test]
    fn steps_stop_at_both_ends() {
        let mut p = presenter();
        p.step(-1);
        assert_eq!(p.at, 0);
        p.go(usize::MAX);
        assert_eq!(p.at, p.slides.len() - 1);
        p.step(1);
        assert_eq!(p.at, p.slides.len() - 1);
    }

    #[test]
    fn typed_numbers_jump_and_enter_alone_moves_on() {
        let mut p = presenter();
        p.digit(1);
        p.digit(2);
        p.jump();
        assert_eq!(p.at, 11);
        assert!(p.digits.is_empty());
        p.jump();
        assert_eq!(p.at, 12);
        p.digit(0);
        p.jump();
        assert_eq!(p.at, 13, "0 alone is not a slide number: on to the next");
        p.digit(9);
        p.digit(9);
        p.digit(9);
        p.jump();
        assert_eq!(p.at, 13, "no slide 999: it stays");
        assert_eq!(p.notice, Some(Notice::NoSuchSlide(999)));
    }

    #[test]
    fn on_from_the_last_slide_says_there_is_no_more() {
        let mut p = presenter();
        p.go(usize::MAX);
        assert_eq!(p.notice, None);
        p.step(1);
        assert_eq!(p.notice, Some(Notice::Last));
        assert_eq!(p.current().unwrap().id, slides::END);
    }

    #[test]
    fn the_countdown_takes_the_slide_s_time_or_the_minutes_typed() {
        let mut p = presenter();
        p.toggle_countdown();
        assert_eq!(p.countdown, None);
        assert_eq!(p.notice, Some(Notice::NoTime));
        let work = p.slides.iter().position(|s| s.minutes.is_some()).unwrap();
        p.go(work);
        p.toggle_countdown();
        let minutes = p.slides[work].minutes.unwrap();
        assert_eq!(p.left(), Some(i64::from(minutes) * 60));
        p.now = "2026-11-23T09:01:30Z".parse().unwrap();
        assert_eq!(p.left(), Some(i64::from(minutes) * 60 - 90));
        p.toggle_countdown();
        assert_eq!(p.countdown, None, "c again stops it");
        p.digit(5);
        p.toggle_countdown();
        assert_eq!(p.left(), Some(300));
        p.now = "2026-11-23T09:07:00Z".parse().unwrap();
        assert_eq!(p.left(), Some(-30), "past its time");
        assert_eq!(clock_text(-30), "00:30");
    }

    #[test]
    fn the_clock_reads_minutes_then_hours() {
        let mut p = presenter();
        p.now = "2026-11-23T09:12:05Z".parse().unwrap();
        assert_eq!(p.elapsed(), "12:05");
        p.now = "2026-11-23T10:02:05Z".parse().unwrap();
        assert_eq!(p.elapsed(), "1:02:05");
    }

    #[test]
    fn the_position_names_the_part() {
        let mut p = presenter();
        let four = slides::find(&p.slides, "sleutel-4").unwrap();
        p.go(four);
        assert_eq!(
            p.position(),
            format!("Sleutel 4 · {}/{}", four + 1, p.slides.len())
        );
    }
}
