//! Text from files and from people, made safe for a terminal and for Markdown: the one place
//! where control characters, bidi overrides and invisible characters are neutralised.
//!
//! A title in a scan file, a log entry that arrived by `import`, a file name, or serde's message
//! about an unknown field can carry an escape sequence (a clipboard write, a window title, a
//! cleared screen) or a right-to-left override that makes text read backwards. Nothing like that
//! may reach the user's terminal or a file they will open. Every such character is made visible
//! instead of dropped, so that nothing the user wrote silently disappears: C0 controls become
//! their control pictures (ESC shows as `␛`), C1 controls and invisible or direction-changing
//! characters become `�`.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is. Line feeds and tabs are decided by the caller.
fn unsafe_char(c: char) -> bool {
    c.is_control() || invisible(c)
}

/// Characters that change how the text around them is shown without showing themselves:
/// direction marks, embeddings, overrides and isolates; zero-width spaces and joiners; the
/// byte-order mark; the Unicode tag block; interlinear annotation; line and paragraph separators.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}'
    )
}

fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '␡',
        _ => '\u{FFFD}',
    }
}

fn neutralise(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| unsafe_char(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if unsafe_char(c) && !keep(c) {
                    visible(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Text of several lines (a note, a log entry's text): line feeds and tabs stay, everything
/// else that is unsafe is made visible. A carriage return, which would let text overwrite the
/// start of its line, is made visible too.
pub fn text(s: &str) -> Cow<'_, str> {
    neutralise(s, |c| c == '\n' || c == '\t')
}

/// Text of one line (a title, a file name, a message): nothing unsafe stays, line feeds
/// included.
pub fn line(s: &str) -> Cow<'_, str> {
    neutralise(s, |_| false)
}

/// A cell of the screen: ratatui drops control characters already, but keeps zero-width ones
/// (a bidi override rides along with the character before it, and turns the rest of the line
/// around). In a cell they are dropped, not shown, so that the cell keeps its width.
pub fn cell(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|c| !unsafe_char(*c)).collect())
}

/// Whether `s` is already safe as one line.
pub fn is_safe_line(s: &str) -> bool {
    !s.chars().any(unsafe_char)
}

/// Whether `s` is safe as text of several lines.
pub fn is_safe_text(s: &str) -> bool {
    !s.chars().any(|c| unsafe_char(c) && c != '\n' && c != '\t')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(line("a\x1b]52;c;aGk=\x07b"), "a␛]52;c;aGk=␇b");
        assert_eq!(line("\x1b[2J"), "␛[2J");
        assert_eq!(line("x\u{9b}31m"), "x\u{FFFD}31m", "a C1 CSI");
        assert_eq!(line("regel\nregel"), "regel␊regel");
        assert_eq!(text("regel\nregel\tmet tab"), "regel\nregel\tmet tab");
        assert_eq!(text("over\rschrijven"), "over␍schrijven");
    }

    #[test]
    fn direction_and_invisible_characters_become_visible() {
        assert_eq!(line("abc\u{202E}fed"), "abc\u{FFFD}fed");
        assert_eq!(line("a\u{200B}b"), "a\u{FFFD}b");
        assert_eq!(line("\u{2067}x\u{2069}"), "\u{FFFD}x\u{FFFD}");
    }

    #[test]
    fn ordinary_text_is_borrowed_untouched() {
        for s in [
            "Één notitie 🌱",
            "oriëntatie — “citaat”",
            "中文",
            "a\u{0301}",
        ] {
            assert!(matches!(line(s), Cow::Borrowed(_)), "{s}");
            assert_eq!(line(s), s);
        }
    }

    proptest! {
        /// Whatever comes in, nothing unsafe comes out, and nothing safe is changed.
        #[test]
        fn nothing_unsafe_survives(s in "\\PC{0,40}|[\\x00-\\x7f\u{80}-\u{9f}\u{200b}-\u{206f}a]{0,40}") {
            let l = line(&s);
            prop_assert!(is_safe_line(&l), "{:?}", l);
            let t = text(&s);
            prop_assert!(is_safe_text(&t), "{:?}", t);
            prop_assert_eq!(l.chars().count(), s.chars().count());
        }
    }
}
