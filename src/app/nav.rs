//! Moving through the material: the section bar, the list, the text pane, links and back. The
//! state is the [`Study`](super::Study) part's; this is where keys become its moves.

use super::study::Spot;
use super::{App, Focus, Tab};
use crate::content::Target;
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::view::item::AnchorKind;
use crate::view::scroll::Move;

/// The move a scrolling command asks for.
pub(super) fn move_of(cmd: Cmd) -> Option<Move> {
    Some(match cmd {
        Cmd::Up => Move::Up,
        Cmd::Down => Move::Down,
        Cmd::PageUp => Move::PageUp,
        Cmd::PageDown => Move::PageDown,
        Cmd::Top => Move::Top,
        Cmd::Bottom => Move::Bottom,
        _ => return None,
    })
}

impl App {
    /// What the study list is measured with on this screen.
    pub(super) fn list_fit(&self) -> super::study::Fit {
        let inner = self.layout().list_inner();
        super::study::Fit {
            content: self.content,
            lang: self.lang,
            // Less the mark of the chosen row.
            width: usize::from(inner.width).saturating_sub(2),
            height: usize::from(inner.height),
        }
    }

    pub(super) fn detail_height(&self) -> usize {
        usize::from(self.layout().detail_inner().height)
    }

    pub(super) fn study_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Up | Cmd::Down | Cmd::PageUp | Cmd::PageDown | Cmd::Top | Cmd::Bottom => {
                if let Some(m) = move_of(cmd) {
                    self.study_move(m);
                }
            }
            Cmd::Open => match self.study.focus() {
                Focus::List => self.study.set_focus(Focus::Detail),
                Focus::Detail => self.follow_link(),
            },
            Cmd::EditNote
            | Cmd::ToggleStudied
            | Cmd::RateUp
            | Cmd::RateDown
            | Cmd::GoalUp
            | Cmd::GoalDown
            | Cmd::AddAction
                if self.current_item().is_none() =>
            {
                // On a section's introduction: these are about a part of it.
                self.error(Msg::ChooseAPart.get(self.lang).to_string());
            }
            Cmd::FocusList => self.study.set_focus(Focus::List),
            Cmd::FocusDetail => self.study.set_focus(Focus::Detail),
            Cmd::Back => self.back(),
            Cmd::FollowLink => self.follow_link(),
            Cmd::EditNote => self.open_editor(),
            Cmd::ToggleStudied => self.toggle_studied(),
            Cmd::RateUp => self.rate(super::assess::Which::Now, super::assess::Step::Up),
            Cmd::RateDown => self.rate(super::assess::Which::Now, super::assess::Step::Down),
            Cmd::GoalUp => self.rate(super::assess::Which::Wish, super::assess::Step::Up),
            Cmd::GoalDown => self.rate(super::assess::Which::Wish, super::assess::Step::Down),
            Cmd::AddAction => self.add_action(),
            other => self.tabs_cmd(other),
        }
    }

    /// A move in the list, or in the text: there the arrows first hop between the entries a
    /// reader can choose.
    fn study_move(&mut self, m: Move) {
        let Some(s) = self.section() else { return };
        match self.study.focus() {
            Focus::List => self.study.move_in_list(s, m, self.list_fit()),
            Focus::Detail => {
                // Moves in the text are measured on it as laid out now.
                self.refresh_doc();
                let height = self.detail_height();
                if matches!(m, Move::Up | Move::Down)
                    && self.study.move_choice(s, m == Move::Down, height)
                {
                    return;
                }
                let top = self.study.place(s).scroll();
                let page = height.saturating_sub(1).max(1);
                let to = match m {
                    Move::Up => top.saturating_sub(1),
                    Move::Down => top + 1,
                    Move::PageUp => top.saturating_sub(page),
                    Move::PageDown => top + page,
                    Move::Top => 0,
                    Move::Bottom => usize::MAX,
                };
                self.study.scroll_to(s, to, height);
            }
        }
    }

    pub(super) fn cycle_section(&mut self, delta: isize) {
        let n = self.tabs.len() as isize;
        self.tab = (self.tab as isize + delta).rem_euclid(n) as usize;
        self.study.set_focus(Focus::List);
    }

    /// Shows tab `n` (counted from 0), if there is one.
    pub(super) fn jump_section(&mut self, n: usize) {
        if n < self.tabs.len() {
            self.tab = n;
            self.study.set_focus(Focus::List);
        }
    }

    /// Where the user is now, to open there next time.
    pub(super) fn place_now(&self) -> crate::data::Place {
        use crate::data::Place;
        match self.tabs[self.tab] {
            Tab::Section(s) => Place {
                tab: self.content.sections[s].id.to_string(),
                item: self
                    .current_item()
                    .map(|r| self.content.item(r).id.to_string()),
                scroll: u32::try_from(self.study.place(s).scroll()).unwrap_or(u32::MAX),
                in_text: self.study.focus() == Focus::Detail,
            },
            Tab::Log => Place {
                tab: Place::LOG.into(),
                ..Place::default()
            },
            Tab::Measures => Place {
                tab: Place::MEASURES.into(),
                ..Place::default()
            },
        }
    }

    /// Opens where the user left off, as far as the material still has it.
    pub(super) fn return_to(&mut self, place: &crate::data::Place) {
        use crate::data::Place;
        let tab = match place.tab.as_str() {
            Place::LOG => Tab::Log,
            Place::MEASURES => Tab::Measures,
            id => match self.content.sections.iter().position(|s| s.id == id) {
                Some(s) => Tab::Section(s),
                None => return,
            },
        };
        self.show_tab(tab);
        let Tab::Section(s) = tab else { return };
        let item = place
            .item
            .as_deref()
            .and_then(|id| self.content.item_by_id(id))
            .filter(|(r, _)| r.section == s);
        if let Some((r, _)) = item {
            let index = self.study.index_of(r);
            self.study.select_exact(s, index, self.list_fit());
        }
        self.refresh_doc();
        self.study
            .scroll_to(s, place.scroll as usize, self.detail_height());
        if place.in_text {
            self.study.set_focus(Focus::Detail);
        }
    }

    /// Shows a tab.
    pub(super) fn show_tab(&mut self, tab: Tab) {
        if let Some(t) = self.tabs.iter().position(|t| *t == tab) {
            self.tab = t;
        }
    }

    pub(super) fn back(&mut self) {
        match self.study.focus() {
            Focus::Detail => self.study.set_focus(Focus::List),
            Focus::List => self.go_back(),
        }
    }

    /// Back to where the last link was followed from, if one was.
    pub(super) fn go_back(&mut self) {
        match self.study.go_back() {
            Some(Spot::Study {
                section,
                index,
                scroll,
                focus,
                chosen,
            }) => {
                self.show_tab(Tab::Section(section));
                self.study.select_exact(section, index, self.list_fit());
                self.refresh_doc();
                self.study.restore_text(section, scroll, chosen);
                self.study.set_focus(focus);
            }
            Some(Spot::Log { entry, focus }) => {
                self.show_entry(entry);
                self.set_log_focus(focus);
            }
            None => {}
        }
    }

    /// Follows the link chosen in the text (or opens the chosen log entry), or else the item's
    /// first link.
    pub(super) fn follow_link(&mut self) {
        let Some(r) = self.current_item() else { return };
        self.refresh_doc();
        let chosen = match self.study.focus() {
            Focus::Detail => self.study.chosen_anchor(r.section).cloned(),
            Focus::List => None,
        };
        if let Some(a) = &chosen
            && a.kind == AnchorKind::Entry
            && let Ok(id) = a.id.parse()
        {
            self.study.remember(self.study.spot(r.section));
            self.show_entry(id);
            return;
        }
        let link = chosen
            .filter(|a| a.kind == AnchorKind::Link)
            .map(|a| a.id)
            .or_else(|| self.content.item(r).links.first().cloned());
        let Some(target) = link.and_then(|id| self.content.find(&id)) else {
            self.error(Msg::NoLink.get(self.lang).to_string());
            return;
        };
        self.study.remember(self.study.spot(r.section));
        self.go_to(target);
    }

    /// Shows whatever a target names: a section from its top, a group from its first item.
    pub(super) fn go_to(&mut self, target: Target) {
        let (section, index) = match target {
            Target::Section(s) => (s, 0),
            Target::Group { section, group } => {
                (section, self.study.first_of_group(section, group))
            }
            Target::Item(r) | Target::Intervention { item: r, .. } => {
                (r.section, self.study.index_of(r))
            }
        };
        self.show_tab(Tab::Section(section));
        self.study.set_focus(Focus::List);
        self.study.select_exact(section, index, self.list_fit());
    }
}
