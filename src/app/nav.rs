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
    fn list_height(&self) -> usize {
        usize::from(self.layout().list_inner().height)
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
            Focus::List => self.study.move_in_list(s, m, self.list_height()),
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

    /// Shows a tab.
    pub(super) fn show_tab(&mut self, tab: Tab) {
        if let Some(t) = self.tabs.iter().position(|t| *t == tab) {
            self.tab = t;
        }
    }

    pub(super) fn back(&mut self) {
        match self.study.focus() {
            Focus::Detail => self.study.set_focus(Focus::List),
            Focus::List => {
                if let Some(spot) = self.study.go_back() {
                    self.show_tab(Tab::Section(spot.section));
                    self.study
                        .select_exact(spot.section, spot.index, self.list_height());
                }
            }
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
        self.study.remember(Spot {
            section: r.section,
            index: self.study.place(r.section).selected(),
        });
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
        self.study.select_exact(section, index, self.list_height());
    }
}
