//! The app's messages: the mark each kind of message carries, a message laid out in the footer
//! (wrapped, at most [`FOOTER_ROWS`] rows), and the list of the recent ones (the `m` screen).

use super::text::{truncate, wrap};
use super::{Line, Role, Span};

/// What kind of thing a message tells; its mark says it at a glance, never colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Something was done (saved, marked, exported): ✓.
    Done,
    /// Plain information (the language, where a presentation stopped): no mark.
    Info,
    /// Something was not done (read-only, nothing to undo, no score here) or wants attention
    /// (actions past their date): !.
    Warning,
    /// Something went wrong (a save, an export, the editor): ✗.
    Failed,
}

impl Kind {
    /// The mark before the text; plain information has none.
    pub fn mark(self) -> &'static str {
        match self {
            Kind::Done => "✓",
            Kind::Info => "",
            Kind::Warning => "!",
            Kind::Failed => "✗",
        }
    }

    pub fn role(self) -> Role {
        match self {
            Kind::Done => Role::Info,
            Kind::Info => Role::Text,
            Kind::Warning | Kind::Failed => Role::Error,
        }
    }
}

/// The most rows a message takes in the footer. A longer one is cut, and says which key shows
/// all of it.
pub const FOOTER_ROWS: usize = 2;

/// The mark and the space around it, before the first line ("  ✓ ", or "  " for plain
/// information), and what the lines after it start with (as wide).
fn lead(kind: Kind) -> (Span, Span) {
    let mark = kind.mark();
    let first = if mark.is_empty() {
        " ".to_string()
    } else {
        format!(" {mark} ")
    };
    let width = unicode_width::UnicodeWidthStr::width(first.as_str());
    (
        Span::new(first, kind.role()),
        Span::new(" ".repeat(width), Role::Text),
    )
}

/// A message as the footer shows it, `width` columns wide: its mark, then the text wrapped
/// under itself, at most [`FOOTER_ROWS`] lines. When it is cut, the last line ends in "…" and
/// `more` (e.g. "m: alles"), if there is a key that shows the whole message here.
pub fn footer(kind: Kind, text: &str, width: usize, more: Option<&str>) -> Vec<Line> {
    let (first, rest) = lead(kind);
    let indent = rest.width();
    let role = kind.role();
    let mut lines = wrap(&[(text, role)], width, first, rest.clone());
    if lines.len() <= FOOTER_ROWS {
        return lines;
    }
    // The part that does not fit, as one run of text on the last row.
    let tail: Vec<String> = lines[FOOTER_ROWS - 1..]
        .iter()
        .map(|l| l.text().trim().to_string())
        .collect();
    lines.truncate(FOOTER_ROWS - 1);
    let hint = more.map(|m| format!("  {m}")).unwrap_or_default();
    let room = width.saturating_sub(indent + unicode_width::UnicodeWidthStr::width(hint.as_str()));
    // One column more than fits, so that `truncate` always cuts and ends in "…".
    let mut cut = truncate(&tail.join(" "), room);
    if !cut.ends_with('…') {
        cut = truncate(&format!("{cut} …"), room);
    }
    let mut last = vec![rest, Span::new(cut, role)];
    if !hint.is_empty() {
        last.push(Span::new(hint, Role::Key));
    }
    lines.push(Line::new(last));
    lines
}

/// How many rows the footer needs for a message at `width` columns.
pub fn footer_rows(kind: Kind, text: &str, width: usize) -> u16 {
    // The hint does not change the number of rows: it only goes on a row that is cut anyway.
    footer(kind, text, width, None).len() as u16
}

/// A message in the list of recent ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said<'a> {
    /// When it was said, as shown ("14:05").
    pub when: String,
    pub kind: Kind,
    pub text: &'a str,
}

/// The recent messages, newest first, `width` columns wide: the time, the mark, the text
/// wrapped under itself. `none` when there are none.
pub fn lines(said: &[Said], none: &str, width: usize) -> Vec<Line> {
    if said.is_empty() {
        return super::text::plain(none, Role::Dim, width);
    }
    let when_width = said
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.when.as_str()))
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for s in said {
        let mark = s.kind.mark();
        let mark = if mark.is_empty() { " " } else { mark };
        let head = format!("{:<when_width$}  ", s.when);
        let indent = unicode_width::UnicodeWidthStr::width(head.as_str()) + 2;
        let mut wrapped = wrap(
            &[(s.text, s.kind.role())],
            width,
            Span::new(" ".repeat(indent), Role::Text),
            Span::new(" ".repeat(indent), Role::Text),
        );
        if let Some(first) = wrapped.first_mut() {
            // The indent (maybe merged with text of the same role) gives way to the time and
            // the mark.
            let start = &mut first.spans[0];
            start.text = start.text.split_off(indent.min(start.text.len()));
            first.spans.retain(|s| !s.text.is_empty());
            first.spans.insert(0, Span::new(head, Role::Dim));
            first
                .spans
                .insert(1, Span::new(format!("{mark} "), s.kind.role()));
        }
        out.extend(wrapped);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn each_kind_has_a_mark_that_fits_it() {
        assert_eq!(Kind::Done.mark(), "✓");
        assert_eq!(Kind::Info.mark(), "");
        assert_eq!(Kind::Warning.mark(), "!");
        assert_eq!(Kind::Failed.mark(), "✗");
    }

    #[test]
    fn a_short_message_takes_one_row() {
        let l = footer(Kind::Done, "Notitie bewaard.", 80, Some("m: alles"));
        assert_eq!(texts(&l), [" ✓ Notitie bewaard."]);
        let l = footer(Kind::Info, "Taal: Nederlands.", 80, None);
        assert_eq!(texts(&l), [" Taal: Nederlands."]);
    }

    #[test]
    fn a_long_message_wraps_to_a_second_row_under_its_text() {
        let text = "Portfolio opgeslagen in /home/juf/Documenten/portfolio-2026-11-23.md, \
                    een bestand dat alleen jij kunt lezen.";
        let l = footer(Kind::Done, text, 80, Some("m: alles"));
        assert_eq!(l.len(), 2);
        assert!(l[0].text().starts_with(" ✓ Portfolio"));
        assert!(l[1].text().starts_with("   "), "{:?}", texts(&l));
        assert_eq!(
            texts(&l)
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            format!("✓ {text}")
        );
        assert_eq!(footer_rows(Kind::Done, text, 80), 2);
        assert_eq!(footer_rows(Kind::Done, "kort", 80), 1);
        for line in &l {
            assert!(line.width() <= 80);
        }
    }

    #[test]
    fn a_message_longer_than_two_rows_is_cut_and_says_where_the_rest_is() {
        let text = "woord ".repeat(40);
        let l = footer(Kind::Warning, &text, 40, Some("m: alles"));
        assert_eq!(l.len(), FOOTER_ROWS);
        let last = l[1].text();
        assert!(last.ends_with("…  m: alles"), "{last:?}");
        assert!(l.iter().all(|x| x.width() <= 40), "{:?}", texts(&l));
        // Without a key to show it all, only the ellipsis.
        let l = footer(Kind::Warning, &text, 40, None);
        assert!(l[1].text().ends_with('…'));
    }

    #[test]
    fn the_recent_messages_show_time_mark_and_text() {
        let said = [
            Said {
                when: "14:05".into(),
                kind: Kind::Failed,
                text: "Opslaan mislukt: de schijf is vol",
            },
            Said {
                when: "14:01".into(),
                kind: Kind::Info,
                text: "Taal: Nederlands.",
            },
        ];
        let l = lines(&said, "geen", 26);
        assert_eq!(
            texts(&l),
            [
                "14:05  ✗ Opslaan mislukt:",
                "         de schijf is vol",
                "14:01    Taal: Nederlands.",
            ]
        );
        assert_eq!(
            texts(&lines(&[], "Nog geen meldingen.", 40)),
            ["Nog geen meldingen."]
        );
    }
}
