//! Writing Markdown from text that came from a person or a file: one line at a time, made safe
//! for a terminal (no control sequences, no bidi overrides) and escaped so that a title like
//! `*nieuw* | [klik](x)` stays text instead of turning into emphasis, a table column or a link.

use std::fmt::Write;

/// Characters that mean something in Markdown inline text.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~'];

/// One line of text, neutralised and escaped.
pub fn text(s: &str) -> String {
    let safe = crate::safe::line(s);
    let mut out = String::with_capacity(safe.len());
    for c in safe.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: as [`text`] (which escapes `|` too).
pub fn cell(s: &str) -> String {
    text(s)
}

/// Text of several lines as a block quote, each line neutralised and escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let _ = writeln!(out, "> {}", text(line));
    }
    out
}

/// Text of several lines as paragraphs: each line neutralised and escaped, line breaks kept.
pub fn paragraphs(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let _ = writeln!(out, "{}  ", text(line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_stays_text() {
        assert_eq!(text("*nieuw* | [klik](x)"), "\\*nieuw\\* \\| \\[klik\\](x)");
        assert_eq!(text("# kop"), "\\# kop");
        assert_eq!(text("a\x1b[2Jb"), "a␛\\[2Jb");
        assert_eq!(quote("een\ntwee"), "> een\n> twee\n");
    }
}
