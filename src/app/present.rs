//! Presentation mode inside the app: starting it from where the reader is, the keys while
//! presenting, and remembering the place.

use super::{App, Effect, Tab};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::present::notes::Sync;
use crate::present::team::{Skipped, TeamSlide};
use crate::present::{Body, Notice, Presenter, Start, slides};
use crate::view;

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
        let mut facilitator = None;
        let mut team = None;
        let (slides, at, remember, resume) = match start {
            Start::Slides(slides) | Start::Plan(slides) => (slides, 0, false, None),
            Start::Notes(f) => {
                let slides = f.session.slides.clone();
                facilitator = Some(f);
                (slides, 0, false, None)
            }
            Start::Team(w) => {
                let slides = crate::present::team::slides(&w.team, self.lang);
                team = Some(w);
                (slides, 0, false, None)
            }
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
        if team.is_none() {
            // `o` shows the overview of the keys from any slide of the material.
            let all = slides::build(self.content, self.lang);
            p.overview = all.into_iter().find(|s| s.id == slides::OVERVIEW);
        }
        p.facilitator = facilitator;
        p.team = team;
        self.present = Some(p);
        self.overlay = None;
        self.presented();
    }

    /// After anything that may have moved the presentation: its pages measured on this screen,
    /// and the facilitator's screen told where the projector is now.
    pub(super) fn presented(&mut self) {
        let size = self.size;
        let Some(p) = &mut self.present else { return };
        p.page_count = match p.current().map(|s| &s.body) {
            Some(Body::Team(TeamSlide::Spread { area, .. })) => {
                let (body, _) = view::slides::frame(size.into(), p.footer_shown());
                let a = view::slides::wide_area(body);
                view::slides::team_pages(area, usize::from(a.width), usize::from(a.height)).len()
            }
            _ => 1,
        };
        p.page = p.page.min(p.page_count - 1);
        // Only a projected presentation of the material says where it is.
        if p.facilitator.is_some() || p.team.is_some() {
            return;
        }
        let Some(slide) = p.current() else { return };
        let sync = Sync {
            slide: slide.id.clone(),
            at: p.at,
            started: p.started,
            countdown: p.countdown.map(|c| (c.started, c.seconds)),
        };
        if self.told_projector.as_ref() != Some(&sync) {
            self.told_projector = Some(sync.clone());
            self.effects.push(Effect::Presenting(sync));
        }
    }

    /// The projector has moved (the facilitator's screen follows it).
    pub(super) fn projector_moved(&mut self, sync: Sync) {
        let Some(p) = &mut self.present else { return };
        if p.facilitator.is_none() {
            return;
        }
        let at = if p.slides.get(sync.at).is_some_and(|s| s.id == sync.slide) {
            Some(sync.at)
        } else {
            p.slides.iter().position(|s| s.id == sync.slide)
        };
        if let Some(at) = at {
            p.go(at);
        }
        p.started = sync.started;
        p.countdown = sync
            .countdown
            .map(|(started, seconds)| crate::present::Countdown { started, seconds });
        if let Some(f) = &mut p.facilitator {
            f.projector = Some(sync);
        }
    }

    /// A team's folder changed: the team counted again, on the slide it was on.
    pub(super) fn scans_read(&mut self, texts: Vec<(String, String)>, unreadable: Vec<Skipped>) {
        let (lang, now, content) = (self.lang, self.now, self.content);
        let Some(p) = &mut self.present else { return };
        let here = p.current().map(|s| s.id.clone());
        let Some(w) = &mut p.team else { return };
        w.update(content, (texts, unreadable), lang, Some(now));
        let slides = crate::present::team::slides(&w.team, lang);
        p.slides = slides;
        let at = here
            .and_then(|id| p.slides.iter().position(|s| s.id == id))
            .unwrap_or(p.at.min(p.slides.len().saturating_sub(1)));
        p.at = at;
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
        p.notice = None;
        match cmd {
            // A slide in pages (a team's part on a small screen) turns its pages first.
            Cmd::Next if !p.peeking && p.page + 1 < p.pages() => p.page += 1,
            Cmd::Prev if !p.peeking && p.page > 0 => p.page -= 1,
            Cmd::Next => p.step(1),
            Cmd::Prev => {
                let before = p.at;
                p.step(-1);
                if p.at != before {
                    // Back onto a slide in pages: its last page.
                    p.page = usize::MAX;
                }
            }
            Cmd::Overview => p.toggle_overview(),
            Cmd::Countdown => p.toggle_countdown(),
            Cmd::HideNames => {
                p.hide_names = !p.hide_names;
                p.notice = Some(if p.hide_names {
                    Notice::NamesHidden
                } else {
                    Notice::NamesShown
                });
            }
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
            Cmd::Leave if p.peeking => p.peeking = false,
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

    /// Whether the screen needs redrawing every second (the presentation's clock, a
    /// countdown, the facilitator's screen, a team's folder being watched).
    pub fn ticking(&self) -> bool {
        self.present.as_ref().is_some_and(|p| {
            p.show_clock
                || p.countdown.is_some()
                || p.facilitator.is_some()
                || p.team.as_ref().is_some_and(|t| t.watching)
        })
    }

    /// Whether the facilitator's screen follows a projector (the loop looks for its news).
    pub fn following(&self) -> bool {
        self.present
            .as_ref()
            .is_some_and(|p| p.facilitator.is_some())
    }

    /// The folders of a team being watched, if any.
    pub fn watched(&self) -> Option<&[std::path::PathBuf]> {
        let w = self.present.as_ref()?.team.as_ref()?;
        w.watching.then_some(w.sources.as_slice())
    }

    /// `P`: the part being read goes into the session plan in the data folder.
    pub(super) fn add_to_plan(&mut self) {
        let id = match self.tabs[self.tab] {
            Tab::Section(_) => self
                .current_item()
                .map(|r| self.content.item(r).id.to_string())
                .or_else(|| {
                    self.section()
                        .map(|s| self.content.sections[s].id.to_string())
                }),
            _ => None,
        };
        match id {
            Some(id) => self.effects.push(Effect::AddToPlan { id }),
            None => self.error(Msg::PlanNotPersonal.get(self.lang).to_string()),
        }
    }

    /// The plan was written (or not).
    pub(super) fn plan_added(
        &mut self,
        id: String,
        result: Result<(std::path::PathBuf, usize, bool), crate::store::StoreError>,
    ) {
        let lang = self.lang;
        match result {
            Ok((path, n, added)) => {
                let path = crate::safe::line(&path.display().to_string()).into_owned();
                let msg = if added {
                    Msg::PlanAdded
                } else {
                    Msg::PlanAlready
                };
                self.info(
                    msg.get(lang)
                        .replace("{id}", &id)
                        .replace("{n}", &n.to_string())
                        .replace("{path}", &path),
                );
            }
            Err(e) => self.failed(format!(
                "{}: {}",
                Msg::PlanAddFailed.get(lang),
                e.describe(lang)
            )),
        }
    }
}
