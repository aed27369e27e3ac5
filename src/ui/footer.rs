//! The bottom line: what just happened (two lines when it needs them), or the keys that matter
//! here (from the keymap table).
//! The last hints (help and quit) are kept at the right edge and never cut off; the others
//! fill the space that is left, in table order.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::App;
use crate::i18n::Lang;
use crate::keys::{self, Cmd, Key};

/// The key a hint names: the binding's first, but for an answer to a question every letter
/// that gives it, the one its word starts with first ("j/y ja" in Dutch, "y/j yes" in English).
fn key_label(b: &keys::Binding, word: &str, lang: Lang) -> String {
    let mut letters: Vec<char> = b
        .keys
        .iter()
        .filter_map(|k| match k {
            Key::Char(c) if c.is_alphabetic() => Some(*c),
            _ => None,
        })
        .collect();
    if !matches!(b.cmd, Cmd::Yes | Cmd::No) || letters.len() < 2 {
        return b.keys[0].label(lang);
    }
    let initial = word.chars().next();
    letters.sort_by_key(|c| Some(*c) != initial);
    letters
        .iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join("/")
}

fn hint(app: &App, b: &keys::Binding) -> Vec<Span<'static>> {
    let word = b.footer.map(|m| m.get(app.lang())).unwrap_or_default();
    vec![
        Span::styled(key_label(b, word, app.lang()), app.theme().key),
        Span::styled(format!(" {word}  "), app.theme().dim),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(lines) = app.footer_message(usize::from(area.width)) {
        Paragraph::new(super::paint::lines(&lines, app.theme())).render(area, buf);
        return;
    }
    // The keys go on the last row; a footer has more rows only while a message needs them.
    let area = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    // The most specific binding of a command decides whether it is shown (the text pane's
    // Up has no hint where the list's has one).
    let mut seen = Vec::new();
    let (fixed, rest): (Vec<_>, Vec<_>) = keys::active(app.ctx())
        .filter(|b| {
            let first = !seen.contains(&b.cmd);
            seen.push(b.cmd);
            first
        })
        .filter(|b| b.footer.is_some() && app.applies(b.cmd))
        .partition(|b| matches!(b.cmd, Cmd::Help | Cmd::Quit | Cmd::ForceQuit));
    let right: Vec<Span> = fixed.iter().flat_map(|b| hint(app, b)).collect();
    let right_width: usize = right.iter().map(|s| s.width()).sum();
    let mut room = usize::from(area.width).saturating_sub(right_width + 1);
    let mut left = vec![Span::raw(" ")];
    // In table order; a hint that does not fit makes room for shorter ones after it (the
    // `a actie` of a chosen intervention after a long one).
    for b in rest {
        let spans = hint(app, b);
        let w: usize = spans.iter().map(|s| s.width()).sum();
        if w > room {
            continue;
        }
        room -= w;
        left.extend(spans);
    }
    Line::from(left).render(area, buf);
    Line::from(right).right_aligned().render(area, buf);
}
