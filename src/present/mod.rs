//! Presentation mode: the material (or a team's scans) as slides for a room. Its state holds
//! slides built from the material and nothing of the user's own: drawing it cannot show notes,
//! scores, log entries or paths, because it is never given them.

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
        }
    }

    pub fn current(&self) -> Option<&Slide> {
        self.slides.get(self.at)
    }

    /// Shows slide `n` (counted from 0), within bounds.
    pub fn go(&mut self, n: usize) {
        self.at = n.min(self.slides.len().saturating_sub(1));
        self.blank = false;
        self.digits.clear();
    }

    pub fn step(&mut self, delta: isize) {
        self.go(self.at.saturating_add_signed(delta));
    }

    /// Enter or g: to the slide whose number was typed; without digits, the next slide.
    pub fn jump(&mut self) {
        match self.digits.parse::<usize>() {
            Ok(n) if n >= 1 => self.go(n - 1),
            _ => self.step(1),
        }
        self.digits.clear();
    }

    pub fn digit(&mut self, d: u8) {
        if self.digits.len() < 4 {
            self.digits.push(char::from(b'0' + d));
        }
    }

    /// Elapsed time as "12:05" or "1:02:05".
    pub fn elapsed(&self) -> String {
        let secs = self
            .now
            .as_second()
            .saturating_sub(self.started.as_second())
            .max(0);
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        if h > 0 {
            format!("{h}:{m:02}:{s:02}")
        } else {
            format!("{m:02}:{s:02}")
        }
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
        assert_eq!(p.at, 13, "0 is not a slide number: on to the next");
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
