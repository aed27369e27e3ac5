//! The mouse: a click on a tab, a row of a list or an entry in a text chooses it (a second
//! click on the chosen one opens or follows it), a click on a pane gives it the focus, and the
//! wheel moves through the pane under the pointer. What is under the pointer is found with the
//! same geometry drawing uses ([`crate::view`]).

use ratatui::layout::{Position, Rect};

use super::{App, Focus, Overlay, Tab};
use crate::keys::Cmd;
use crate::view;

/// What the mouse did, and where (column, row of the screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pointer {
    pub kind: PointerKind,
    pub column: u16,
    pub row: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointerKind {
    /// The left button pressed.
    Click,
    WheelUp,
    WheelDown,
}

/// Lines the wheel scrolls a text by.
const WHEEL_LINES: usize = 3;

impl Pointer {
    fn at(&self) -> Position {
        Position::new(self.column, self.row)
    }

    fn in_(&self, area: Rect) -> bool {
        area.contains(self.at())
    }

    /// The wheel as the arrow key it stands for.
    fn wheel_cmd(&self) -> Option<Cmd> {
        match self.kind {
            PointerKind::WheelUp => Some(Cmd::Up),
            PointerKind::WheelDown => Some(Cmd::Down),
            PointerKind::Click => None,
        }
    }
}

impl App {
    pub(super) fn pointer(&mut self, p: Pointer) {
        if let Some(present) = &mut self.present {
            // On a projector the wheel turns the slides; a click does nothing by accident.
            match p.kind {
                PointerKind::WheelDown => present.step(1),
                PointerKind::WheelUp => present.step(-1),
                PointerKind::Click => {}
            }
            return;
        }
        if !self.problems.is_empty() || self.rescue_shown().is_some() {
            // A question about the user's files is answered with the keys it names.
            return;
        }
        match &self.overlay {
            Some(Overlay::Help(_) | Overlay::Sources(_) | Overlay::Glossary(_)) => {
                if let Some(cmd) = p.wheel_cmd() {
                    for _ in 0..WHEEL_LINES {
                        self.overlay_cmd(cmd);
                    }
                }
                return;
            }
            Some(Overlay::Welcome(_)) => {
                if let Some(cmd) = p.wheel_cmd() {
                    self.welcome_cmd(cmd);
                }
                return;
            }
            Some(Overlay::Confirm(_)) => {
                self.answer_by_click(p);
                return;
            }
            Some(Overlay::Entry(form)) if form.discarding() => {
                self.answer_by_click(p);
                return;
            }
            Some(Overlay::Search(_)) => {
                self.search_pointer(p);
                return;
            }
            Some(_) => return,
            None => {}
        }
        let l = self.layout();
        if p.in_(l.tabs) {
            if p.kind == PointerKind::Click {
                let right = view::tabs::right_side(self.read_only.is_some(), self.lang)
                    .iter()
                    .map(view::Span::width)
                    .sum();
                let placed = view::tabs::placed(
                    &self.tab_labels(),
                    self.tab,
                    l.tabs.width,
                    l.tabs.height,
                    right,
                );
                if let Some(n) = view::tabs::tab_at(&placed, p.column - l.tabs.x, p.row - l.tabs.y)
                {
                    self.jump_section(n);
                }
            }
            return;
        }
        match self.tabs[self.tab] {
            Tab::Section(s) => self.study_pointer(s, p, &l),
            Tab::Log => self.log_pointer(p, &l),
            Tab::Measures => self.measures_pointer(p, &l),
        }
    }

    /// A click on an answer of a yes/no question gives that answer.
    fn answer_by_click(&mut self, p: Pointer) {
        if p.kind != PointerKind::Click {
            return;
        }
        if let Some(cmd) = view::question::answer_at(self.size.into(), self.lang, p.column, p.row) {
            self.confirm_cmd(cmd);
        }
    }

    fn study_pointer(&mut self, s: usize, p: Pointer, l: &view::layout::Study) {
        if p.in_(l.list) {
            if let Some(cmd) = p.wheel_cmd() {
                self.study.set_focus(Focus::List);
                self.study_cmd(cmd);
                return;
            }
            let inner = l.list_inner();
            if !p.in_(inner) {
                self.study.set_focus(Focus::List);
                return;
            }
            let fit = self.list_fit();
            let chosen = self.study.rows_for(s, self.study.place(s).selected()).1;
            let heights = self.study.heights(s, fit, Some(chosen));
            let mut y = usize::from(p.row - inner.y);
            let mut hit = None;
            for (row, h) in heights
                .iter()
                .enumerate()
                .skip(self.study.place(s).offset())
            {
                if y < *h {
                    hit = Some(row);
                    break;
                }
                y -= h;
            }
            let entry = hit.and_then(|row| self.study.rows(s)[row].entry());
            match entry {
                Some(e)
                    if e == self.study.place(s).selected() && self.study.focus() == Focus::List =>
                {
                    // A second click on the chosen row reads it.
                    self.study.set_focus(Focus::Detail);
                }
                Some(e) => {
                    self.study.select(s, e, fit);
                    self.study.set_focus(Focus::List);
                }
                None => self.study.set_focus(Focus::List),
            }
        } else if p.in_(l.detail) {
            self.refresh_doc();
            if let Some(cmd) = p.wheel_cmd() {
                let height = self.detail_height();
                let top = self.study.place(s).scroll();
                let to = match cmd {
                    Cmd::Up => top.saturating_sub(WHEEL_LINES),
                    _ => top + WHEEL_LINES,
                };
                self.study.scroll_to(s, to, height);
                return;
            }
            self.study.set_focus(Focus::Detail);
            let inner = l.detail_inner();
            if !p.in_(inner) {
                return;
            }
            let line = self.study.place(s).scroll() + usize::from(p.row - inner.y);
            let anchor = self.current_doc().and_then(|d| {
                d.anchors
                    .iter()
                    .position(|a| (a.line..a.line + a.height).contains(&line))
            });
            if let Some(n) = anchor {
                if self.study.place(s).chosen() == Some(n) {
                    // A second click on a chosen link follows it.
                    self.follow_link();
                } else {
                    self.study.choose(s, n);
                }
            }
        } else if l.note.is_some_and(|n| p.in_(n)) {
            match p.wheel_cmd() {
                None => self.open_editor(),
                Some(cmd) => self.scroll_note(s, cmd == Cmd::Down),
            }
        }
    }

    /// The wheel over the note pane: a few lines on, as long as there is more below.
    fn scroll_note(&mut self, s: usize, down: bool) {
        let top = self.study.place(s).note_top();
        if !down {
            self.study
                .scroll_note(s, top.saturating_sub(WHEEL_LINES), usize::MAX);
            return;
        }
        let Some((_, more)) = self.note_shown(&self.layout()) else {
            return;
        };
        if more {
            self.study.scroll_note(s, top + WHEEL_LINES, usize::MAX);
        }
    }

    /// In Metingen: a click on a snapshot compares with it; the wheel over the list chooses an
    /// older or newer one, over the comparison it scrolls.
    fn measures_pointer(&mut self, p: Pointer, l: &view::layout::Study) {
        let inner = l.list_inner();
        match p.wheel_cmd() {
            Some(cmd) if p.in_(l.list) => self.measures_cmd(cmd),
            Some(cmd) => {
                let page = if cmd == Cmd::Down {
                    Cmd::PageDown
                } else {
                    Cmd::PageUp
                };
                self.measures_cmd(page);
            }
            None if p.in_(inner) => {
                // Newest first; a named snapshot takes a second line. The list shows the
                // chosen one with as few rows above it scrolled away as it can, as drawing does.
                let snapshots = &self.workbook.snapshots;
                let heights: Vec<usize> = snapshots
                    .iter()
                    .rev()
                    .map(|s| 1 + usize::from(s.label.is_some()))
                    .collect();
                let chosen = self
                    .comparison()
                    .map(|(i, _)| snapshots.len() - 1 - i)
                    .unwrap_or(0);
                let height = usize::from(inner.height);
                let mut offset = 0;
                while offset < chosen && heights[offset..=chosen].iter().sum::<usize>() > height {
                    offset += 1;
                }
                let mut y = usize::from(p.row - inner.y);
                for (row, h) in heights.iter().enumerate().skip(offset) {
                    if y < *h {
                        self.compare_with(snapshots.len() - 1 - row);
                        return;
                    }
                    y -= h;
                }
            }
            None => {}
        }
    }

    fn log_pointer(&mut self, p: Pointer, l: &view::layout::Study) {
        let list = p.in_(l.list);
        if !list && !p.in_(l.detail) {
            return;
        }
        self.set_log_focus(if list { Focus::List } else { Focus::Detail });
        if let Some(cmd) = p.wheel_cmd() {
            for _ in 0..if list { 1 } else { WHEEL_LINES } {
                self.log_cmd(cmd);
            }
            return;
        }
        let inner = l.list_inner();
        if list && p.in_(inner) {
            // Rows take one line or more: found by their heights from the first shown.
            let offset = self.log_view().offset();
            let heights = self.log_row_heights(offset, offset + usize::from(inner.height));
            let mut y = usize::from(p.row - inner.y);
            for (n, h) in heights.iter().enumerate() {
                if y < *h {
                    let row = offset + n;
                    if row == self.log_view().selected() {
                        // A second click on the chosen entry reads it.
                        self.set_log_focus(Focus::Detail);
                    } else {
                        self.select_log_row(row);
                    }
                    return;
                }
                y -= h;
            }
        }
    }
}
