//! Presentation mode inside the app: starting it from where the reader is, the keys while
//! presenting, and remembering the place.

use super::{App, Tab};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::present::{Presenter, Start, slides};

/// Whether a presentation is all the program does (`werkboek present`, `werkboek team`), or
/// one started from the workbook, which leaving returns to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Alone,
    FromWorkbook,
}

/// What `p` and `P` present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Everything, from what is being read.
    FromHere,
    /// Only the part (the key) being read.
    Only,
}

/// How a presentation is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// Back to the workbook (or out, when the presentation was all the program did).
    Back,
    /// Out of the program, whatever started it (Ctrl-C, a signal).
    Quit,
}

impl App {
    /// Builds the slides for `start` and shows them.
    pub(super) fn start_presenting(&mut self, start: Start, standing: Standing) {
        let standalone = standing == Standing::Alone;
        let now = self.now;
        let (slides, at, remember, resume) = match start {
            Start::Slides(slides) => (slides, 0, false, None),
            Start::Material { from, only } => {
                let all = slides::build(self.content, self.lang);
                let asked = from.as_deref().and_then(|id| slides::find(&all, id));
                let saved = self
                    .workbook
                    .settings
                    .present_at
                    .as_deref()
                    .and_then(|id| all.iter().position(|s| s.id == id));
                let mut at = asked.unwrap_or(0);
                let mut slides = all;
                // `--from` says where to start; `p`, or no `--from`, leaves room to go on.
                let explicit = standalone && from.is_some();
                let mut resume = saved.filter(|s| *s != at && !explicit);
                if only {
                    // One part alone: its slides, from its first.
                    let part = slides
                        .get(at)
                        .map(|s| s.part_id.clone())
                        .unwrap_or_default();
                    let saved_id = resume.map(|r| slides[r].id.clone());
                    slides.retain(|s| s.part_id == part);
                    at = 0;
                    resume = saved_id
                        .and_then(|id| slides.iter().position(|s| s.id == id))
                        .filter(|r| *r != at);
                }
                (slides, at, true, resume)
            }
        };
        if slides.is_empty() {
            return;
        }
        let mut p = Presenter::new(slides, at, now);
        p.standalone = standalone;
        p.remember = remember;
        p.resume = resume;
        self.present = Some(p);
        self.overlay = None;
    }

    /// `p` and `P` in the workbook: from the slide that shows what is being read.
    pub(super) fn present_from_here(&mut self, part: Part) {
        let only = part == Part::Only;
        // The log and the measures are personal: never presented. "Only this part" has no
        // part of the material to show there, and says so rather than showing a lone title.
        let personal = match self.tabs[self.tab] {
            Tab::Log => Some(Msg::PresentNotLog),
            Tab::Measures => Some(Msg::PresentNotMeasures),
            Tab::Section(_) => None,
        };
        if let (true, Some(why)) = (only, personal) {
            self.error(why.get(self.lang).to_string());
            return;
        }
        let from = match self.tabs[self.tab] {
            Tab::Section(_) => self
                .current_item()
                .map(|r| self.content.item(r).id.to_string()),
            _ => None,
        };
        self.start_presenting(Start::Material { from, only }, Standing::FromWorkbook);
    }

    pub(super) fn present_cmd(&mut self, cmd: Cmd) {
        let Some(p) = &mut self.present else { return };
        match cmd {
            Cmd::Next => p.step(1),
            Cmd::Prev => p.step(-1),
            Cmd::Top => p.go(0),
            Cmd::Bottom => p.go(usize::MAX),
            Cmd::Jump => p.jump(),
            Cmd::DeleteDigit => {
                p.digits.pop();
            }
            // While blank, every key arrives as Blank (see `action_for`) and brings it back.
            Cmd::Blank => p.blank = !p.blank,
            Cmd::ToggleClock => p.show_clock = !p.show_clock,
            Cmd::ToggleFooter => p.show_footer = !p.show_footer,
            Cmd::Help => p.help = !p.help,
            Cmd::Leave if p.help => p.help = false,
            Cmd::Leave if !p.digits.is_empty() => p.digits.clear(),
            Cmd::Leave => self.stop_presenting(Leaving::Back),
            Cmd::ForceQuit => self.stop_presenting(Leaving::Quit),
            _ => {}
        }
    }

    pub(super) fn resume_cmd(&mut self, cmd: Cmd) {
        let Some(p) = &mut self.present else { return };
        match cmd {
            Cmd::Yes => {
                if let Some(at) = p.resume.take() {
                    p.go(at);
                }
            }
            Cmd::No => p.resume = None,
            Cmd::Top => {
                p.resume = None;
                p.go(0);
            }
            Cmd::Leave => self.stop_presenting(Leaving::Back),
            Cmd::ForceQuit => self.stop_presenting(Leaving::Quit),
            _ => {}
        }
    }

    pub(super) fn present_digit(&mut self, d: u8) {
        if let Some(p) = &mut self.present {
            p.digit(d);
        }
    }

    /// Leaves the presentation, remembering the place; quits when it was started on its own
    /// (or with Ctrl-C).
    pub(super) fn stop_presenting(&mut self, leaving: Leaving) {
        let quit = leaving == Leaving::Quit;
        let Some(p) = self.present.take() else { return };
        if p.remember
            && p.resume.is_none()
            && let Some(slide) = p.current()
        {
            self.workbook.settings.present_at = Some(slide.id.clone());
            self.changed_workbook();
        }
        if quit || p.standalone {
            self.quit();
        } else {
            self.note(Msg::PresentLeft.get(self.lang).to_string());
        }
    }

    /// Whether the screen needs redrawing every second (the presentation's clock).
    pub fn ticking(&self) -> bool {
        self.present.as_ref().is_some_and(|p| p.show_clock)
    }
}
