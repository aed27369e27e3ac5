//! A yes/no question's answers: their keys and words from the keymap table, and where they
//! stand in the question's box (its last line), so that a click can answer too.

use ratatui::layout::{Margin, Rect};
use unicode_width::UnicodeWidthStr;

use super::layout;
use crate::i18n::{Lang, Msg};
use crate::keys::{Cmd, Ctx, label_for};

/// Columns between the two answers.
pub const GAP: u16 = 3;

/// The answers as shown, in order: the command, its keys, its word.
pub fn answers(lang: Lang) -> [(Cmd, String, &'static str); 2] {
    [
        (
            Cmd::Yes,
            label_for(Ctx::Confirm, Cmd::Yes, lang),
            Msg::CmdYes.get(lang),
        ),
        (
            Cmd::No,
            label_for(Ctx::Confirm, Cmd::No, lang),
            Msg::CmdNo.get(lang),
        ),
    ]
}

/// Inside the question's box (on a screen of `area`): the question's subject goes in all but
/// the last line, the answers on the last.
pub fn inner(area: Rect) -> Rect {
    layout::confirm_popup(area).inner(Margin::new(2, 2))
}

/// Where each answer stands: its command and its place on the last line.
pub fn answer_places(area: Rect, lang: Lang) -> Vec<(Cmd, Rect)> {
    let inner = inner(area);
    let row = inner.bottom().saturating_sub(1);
    let mut x = inner.x;
    answers(lang)
        .into_iter()
        .map(|(cmd, keys, word)| {
            let width = u16::try_from(keys.width() + 1 + word.width()).unwrap_or(u16::MAX);
            let place = Rect::new(x, row, width, 1).intersection(inner);
            x = x.saturating_add(width + GAP);
            (cmd, place)
        })
        .collect()
}

/// The answer a click at (`x`, `y`) gives, if it is on one.
pub fn answer_at(area: Rect, lang: Lang, x: u16, y: u16) -> Option<Cmd> {
    answer_places(area, lang)
        .into_iter()
        .find(|(_, r)| r.contains(ratatui::layout::Position::new(x, y)))
        .map(|(cmd, _)| cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_on_an_answer_gives_it() {
        let area = Rect::new(0, 0, 80, 24);
        let places = answer_places(area, Lang::Nl);
        let (yes, no) = (places[0].1, places[1].1);
        assert!(yes.right() + GAP <= no.x + 1 && yes.y == no.y);
        assert_eq!(answer_at(area, Lang::Nl, yes.x, yes.y), Some(Cmd::Yes));
        assert_eq!(
            answer_at(area, Lang::Nl, no.right() - 1, no.y),
            Some(Cmd::No)
        );
        assert_eq!(
            answer_at(area, Lang::Nl, yes.right() + 1, yes.y),
            None,
            "between them"
        );
        assert_eq!(answer_at(area, Lang::Nl, yes.x, yes.y - 1), None);
    }
}
