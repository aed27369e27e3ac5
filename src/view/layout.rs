//! Where things go on the screen. Pure geometry, shared by drawing and by `update` (which needs
//! to know how many rows the list shows, how wide the text is and how tall a popup is).

use ratatui::layout::{Constraint, Layout, Margin, Rect, Size};

/// The smallest screen the study view works on.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// Text lines longer than this are hard to read; wide screens get margins instead.
pub const MAX_TEXT_WIDTH: u16 = 90;

pub fn too_small(size: Size) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Study {
    pub tabs: Rect,
    pub list: Rect,
    /// The text pane (above the note pane when there is one).
    pub detail: Rect,
    /// The reader's own note on the item, under its text, when it has one.
    pub note: Option<Rect>,
    pub footer: Rect,
}

impl Study {
    pub fn list_inner(&self) -> Rect {
        self.list.inner(Margin::new(1, 1))
    }

    pub fn detail_inner(&self) -> Rect {
        text_column(self.detail)
    }

    pub fn detail_text_width(&self) -> usize {
        usize::from(self.detail_inner().width)
    }
}

/// Inside a framed box: within the border, with a column of air on either side.
pub fn inside(frame: Rect) -> Rect {
    frame.inner(Margin::new(2, 1))
}

/// Inside a framed box of reading text, no wider than reads well.
pub fn text_column(frame: Rect) -> Rect {
    let inner = inside(frame);
    Rect {
        width: inner.width.min(MAX_TEXT_WIDTH),
        ..inner
    }
}

/// The screen split for a tab view; the section bar takes `tab_rows` rows.
pub fn study(area: Rect, tab_rows: u16) -> Study {
    study_with_footer(area, tab_rows, 1)
}

/// The screen split for a tab view with a footer of `footer_rows` rows (a long message takes
/// two; the panes give up the row).
pub fn study_with_footer(area: Rect, tab_rows: u16, footer_rows: u16) -> Study {
    let [tabs, body, footer] = Layout::vertical([
        Constraint::Length(tab_rows),
        Constraint::Fill(1),
        Constraint::Length(footer_rows.max(1)),
    ])
    .areas(area);
    // Wide enough for list rows to be read at 80 columns (they wrap to two lines).
    let list_width = (area.width * 42 / 100).clamp(26, 48);
    let [list, detail] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(body);
    Study {
        tabs,
        list,
        detail,
        note: None,
        footer,
    }
}

/// The lines of note the note pane can show under a text pane of `detail` (its frame and a
/// hint take three rows): at most two fifths of the height, at least three lines.
pub fn note_room(detail: Rect) -> usize {
    usize::from((detail.height * 2 / 5).max(6).saturating_sub(3))
}

/// The text pane split for a note of `lines` lines (as many as [`note_room`] allows) under it.
pub fn with_note(study: Study, lines: usize) -> Study {
    let rows = u16::try_from(lines.min(note_room(study.detail)))
        .unwrap_or(u16::MAX)
        .saturating_add(3);
    let [detail, note] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(rows)]).areas(study.detail);
    Study {
        detail,
        note: Some(note),
        ..study
    }
}

/// Where the note's lines go in its pane: inside the frame, above the hint on the last row.
pub fn note_inner(note: Rect) -> Rect {
    let inner = text_column(note);
    Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    }
}

/// A box of at most `width` x `height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

fn lines_high(lines: usize, extra: u16) -> u16 {
    u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_add(extra)
}

/// The help's box, for `lines` lines of text.
pub fn help_popup(area: Rect, lines: usize) -> Rect {
    centered(area, 84, lines_high(lines, 2))
}

/// The sources' box.
pub fn sources_popup(area: Rect) -> Rect {
    centered(area, 84, area.height.saturating_sub(2))
}

/// The box of the recent messages, for `lines` lines of text: as tall as they need, no taller
/// than the screen less two rows. Its width does not depend on `lines`.
pub fn messages_popup(area: Rect, lines: usize) -> Rect {
    centered(
        area,
        84,
        lines_high(lines, 2).min(area.height.saturating_sub(2)),
    )
}

/// The search's box.
pub fn search_popup(area: Rect) -> Rect {
    centered(area, 110, area.height.saturating_sub(2))
}

/// Lines under the results where the chosen result is shown whole (a rule and three lines),
/// when the search's box has room for them.
pub fn search_preview_rows(size: Size) -> u16 {
    let p = search_popup(Rect::new(0, 0, size.width, size.height));
    if p.height >= 14 { 4 } else { 0 }
}

/// How many result rows the search shows on a screen of `size`: its box, less the frame, the
/// query and the counts, and the chosen result shown whole.
pub fn search_results_height(size: Size) -> usize {
    let p = search_popup(Rect::new(0, 0, size.width, size.height));
    usize::from(p.height.saturating_sub(2 + 2 + search_preview_rows(size)))
}

/// The form of a log entry: nearly the whole screen.
pub fn entry_popup(area: Rect) -> Rect {
    centered(area, area.width, area.height.saturating_sub(2))
}

/// The filter of the log.
pub fn filter_popup(area: Rect) -> Rect {
    centered(area, 70, 10)
}

/// The welcome, for `lines` lines of text.
pub fn welcome_popup(area: Rect, lines: usize) -> Rect {
    centered(area, WELCOME_WIDTH + 4, lines_high(lines, 2))
}

/// The width of the welcome's text.
pub const WELCOME_WIDTH: u16 = 70;

/// The text width of the welcome on a screen `width` wide.
pub fn welcome_text_width(width: u16) -> usize {
    usize::from(WELCOME_WIDTH.min(width.saturating_sub(4)))
}

/// A yes/no question.
pub fn confirm_popup(area: Rect) -> Rect {
    centered(area, 60, 7)
}

/// The width of a dialog about a file (one that cannot be read, an emergency copy).
pub const DIALOG_WIDTH: u16 = 84;

/// A dialog of `lines` lines.
pub fn dialog_popup(area: Rect, lines: usize) -> Rect {
    centered(area, DIALOG_WIDTH, lines_high(lines, 4))
}

/// The text pane and, below it, the note being written.
pub fn with_editor(detail: Rect) -> (Rect, Rect) {
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(detail);
    (top, bottom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panes_share_the_screen_without_overlap() {
        for (w, h) in [(60, 15), (80, 24), (100, 30), (250, 70)] {
            let area = Rect::new(0, 0, w, h);
            let s = study(area, 1);
            assert_eq!(s.tabs.height + s.list.height + s.footer.height, h);
            assert_eq!(s.list.width + s.detail.width, w);
            assert!(!s.list.intersects(s.detail));
            assert!(s.detail_inner().width <= MAX_TEXT_WIDTH);
            assert!(s.list_inner().height >= 1);
        }
    }

    #[test]
    fn a_footer_of_two_rows_takes_its_row_from_the_panes() {
        let area = Rect::new(0, 0, 80, 24);
        let one = study(area, 1);
        let two = study_with_footer(area, 1, 2);
        assert_eq!(two.footer.height, 2);
        assert_eq!(two.footer.bottom(), 24);
        assert_eq!(two.list.height + 1, one.list.height);
        assert_eq!(
            two.detail.width, one.detail.width,
            "the text keeps its width"
        );
    }

    #[test]
    fn too_small_below_the_minimum_only() {
        assert!(too_small(Size::new(59, 30)));
        assert!(too_small(Size::new(100, 14)));
        assert!(!too_small(Size::new(60, 15)));
    }
}
