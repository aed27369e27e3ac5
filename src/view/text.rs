//! Wrapping text with roles into lines of a known width. Every document is built with this, so
//! the app knows exactly how far a text scrolls and where each part starts.

use super::{Line, Role, Span};
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A word with its roles (a word can change role midway, as in "term:").
#[derive(Debug)]
struct Word {
    pieces: Vec<(String, Role)>,
    width: usize,
    /// Whether a space follows it.
    space: bool,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        if self.space { 1.0 } else { 0.0 }
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Splits text into words; runs of whitespace become one space. Words wider than `max` are
/// cut into pieces that fit, each but the last ending in a hyphen: a word is never split
/// without a sign.
fn words(segments: &[(&str, Role)], max: usize) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut current = Word {
        pieces: Vec::new(),
        width: 0,
        space: false,
    };
    let finish = |w: &mut Word, out: &mut Vec<Word>, space: bool| {
        if !w.pieces.is_empty() {
            w.space = space;
            let whole = std::mem::replace(
                w,
                Word {
                    pieces: Vec::new(),
                    width: 0,
                    space: false,
                },
            );
            split_long(whole, max.max(1), out);
        }
    };
    for (text, style) in segments {
        for c in text.chars() {
            if c.is_whitespace() {
                finish(&mut current, &mut out, true);
                continue;
            }
            match current.pieces.last_mut() {
                Some((s, st)) if st == style => s.push(c),
                _ => current.pieces.push((c.to_string(), *style)),
            }
            current.width += c.width().unwrap_or(0);
        }
    }
    finish(&mut current, &mut out, false);
    out
}

/// A word wider than `max` as pieces of `max` columns at most: all but the last end in "-".
fn split_long(word: Word, max: usize, out: &mut Vec<Word>) {
    if word.width <= max {
        out.push(word);
        return;
    }
    // In one column there is no room for a hyphen: the pieces are single characters. The
    // pieces are of about equal width, so that no stub of a letter or two is left over.
    let limit = if max >= 2 { max - 1 } else { max };
    let pieces = word.width.div_ceil(limit);
    let limit = word.width.div_ceil(pieces).min(limit);
    let space = word.space;
    let mut left = word.width;
    let mut piece = Word {
        pieces: Vec::new(),
        width: 0,
        space: false,
    };
    for (text, role) in word.pieces {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if piece.width > 0 && piece.width + left > max && piece.width + w > limit {
                // Measured as the terminal will show it: a character and a variation selector
                // after it can together be wider than each alone.
                let shown: usize = piece.pieces.iter().map(|(s, _)| s.width()).sum();
                if shown < max {
                    piece.pieces.push(("-".to_string(), role));
                    piece.width += 1;
                }
                out.push(std::mem::replace(
                    &mut piece,
                    Word {
                        pieces: Vec::new(),
                        width: 0,
                        space: false,
                    },
                ));
            }
            match piece.pieces.last_mut() {
                Some((s, r)) if *r == role => s.push(c),
                _ => piece.pieces.push((c.to_string(), role)),
            }
            piece.width += w;
            left -= w;
        }
    }
    piece.space = space;
    out.push(piece);
}

/// Wraps text to `width` columns. Every line starts with `first` (the first line) or
/// `rest` (the others), e.g. "• " and "  " for a hanging indent. Newlines in the text start new
/// lines; empty lines are kept.
pub fn wrap(segments: &[(&str, Role)], width: usize, first: Span, rest: Span) -> Vec<Line> {
    // Split on newlines first, keeping each segment's role.
    let mut paragraphs: Vec<Vec<(&str, Role)>> = vec![Vec::new()];
    for (text, style) in segments {
        let mut parts = text.split('\n');
        if let Some(p) = parts.next() {
            paragraphs
                .last_mut()
                .expect("never empty")
                .push((p, *style));
        }
        for p in parts {
            paragraphs.push(vec![(p, *style)]);
        }
    }
    let mut lines = Vec::new();
    for paragraph in paragraphs {
        let indent = if lines.is_empty() { &first } else { &rest };
        let first_width = width.saturating_sub(indent.width()).max(1);
        let rest_width = width.saturating_sub(rest.width()).max(1);
        let words = words(&paragraph, first_width.min(rest_width));
        if words.is_empty() {
            lines.push(Line::new(vec![indent.clone()]));
            continue;
        }
        for chunk in wrap_first_fit(&words, &[first_width as f64, rest_width as f64]) {
            let indent = if lines.is_empty() { &first } else { &rest };
            let mut spans = vec![indent.clone()];
            for (i, word) in chunk.iter().enumerate() {
                if i > 0 && chunk[i - 1].space {
                    spans.push(Span::new(" ", word.pieces[0].1));
                }
                for (text, role) in &word.pieces {
                    spans.push(Span::new(text.clone(), *role));
                }
            }
            lines.push(Line::new(merged(spans)));
        }
    }
    lines
}

/// Neighbouring spans of one role as one span: fewer, longer spans to paint.
fn merged(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if last.role == s.role => last.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    out
}

/// No indent.
fn none() -> Span {
    Span::new("", Role::Text)
}

/// One role, no indent.
pub fn plain(text: &str, role: Role, width: usize) -> Vec<Line> {
    wrap(&[(text, role)], width, none(), none())
}

/// With an indent on every line: `first` on the first, `rest` on the others.
pub fn indented(
    segments: &[(&str, Role)],
    width: usize,
    first: &str,
    rest: &str,
    mark: Role,
) -> Vec<Line> {
    wrap(
        segments,
        width,
        Span::new(first, mark),
        Span::new(rest, mark),
    )
}

/// Cuts text to `width` columns, ending in "…" when it had to cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text_of(line: &Line) -> String {
        line.text()
    }

    #[test]
    fn wraps_at_word_boundaries_with_hanging_indent() {
        let lines = wrap(
            &[("Zorg voor externe oriëntatie en verbinding", Role::Text)],
            16,
            Span::new("• ", Role::Accent),
            Span::new("  ", Role::Text),
        );
        let texts: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(
            texts,
            [
                "• Zorg voor",
                "  externe",
                "  oriëntatie en",
                "  verbinding"
            ]
        );
    }

    #[test]
    fn keeps_roles_inside_a_word() {
        let lines = wrap(
            &[
                ("Verbinding:", Role::Title),
                (" een gedeelde visie", Role::Text),
            ],
            40,
            none(),
            none(),
        );
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].spans[1].role, Role::Title);
        assert_eq!(text_of(&lines[0]), "Verbinding: een gedeelde visie");
    }

    #[test]
    fn newlines_and_empty_lines_survive() {
        let lines = plain("een\n\ntwee", Role::Text, 20);
        let texts: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(texts, ["een", "", "twee"]);
    }

    #[test]
    fn a_word_too_long_for_a_line_is_cut_with_a_hyphen() {
        let lines = plain("Probleemoplossingsvaardigheden zijn nodig", Role::Text, 12);
        let texts: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(
            texts,
            ["Probleemop-", "lossingsva-", "ardigheden", "zijn nodig"]
        );
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Eigenaarschap", 20), "Eigenaarschap");
        assert_eq!(truncate("Eigenaarschap", 6), "Eigen…");
        assert_eq!(truncate("🌱🌱🌱", 4), "🌱…");
    }

    proptest! {
        /// No line is ever wider than asked, whatever the text (emoji, accents, long words).
        #[test]
        fn lines_never_overflow(text in "\\PC{0,200}", width in 4usize..60) {
            for line in wrap(&[(&text, Role::Text)], width, Span::new("• ", Role::Accent), Span::new("  ", Role::Text)) {
                prop_assert!(line.width() <= width, "{:?} wider than {}", text_of(&line), width);
            }
        }

        /// Wrapping loses no visible character (and adds only the hyphens of cut words).
        #[test]
        fn wrapping_keeps_every_character(text in "[a-zé🌱 ]{0,120}", width in 4usize..40) {
            let joined: String = plain(&text, Role::Text, width).iter().map(text_of).collect();
            let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
            prop_assert_eq!(squash(&joined), squash(&text));
        }
    }
}
