//! The one Markdown writer: the handout, the portfolio and the team report are all written
//! with it. Text only gets in as [`Inline`], which is made safe for a terminal (no control
//! sequences, no direction overrides) and escaped, so a title like `*nieuw* | [klik](x)` stays
//! text instead of turning into emphasis, a table column or a link. The writer keeps the blank
//! lines between blocks and none between the items of one list.

use std::fmt::Write;

/// Characters that mean something in Markdown inline text.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~'];

/// Text ready to go into a document: escaped and neutralised.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline(String);

impl Inline {
    /// Plain text, escaped.
    pub fn text(s: &str) -> Inline {
        let safe = crate::safe::line(s);
        let mut out = String::with_capacity(safe.len() + 4);
        for c in safe.chars() {
            if SPECIAL.contains(&c) {
                out.push('\\');
            }
            out.push(c);
        }
        Inline(out)
    }

    /// Strong text: `**text**`.
    pub fn strong(s: &str) -> Inline {
        Inline(format!("**{}**", Inline::text(s).0))
    }

    /// Emphasised text: `*text*`.
    pub fn em(s: &str) -> Inline {
        Inline(format!("*{}*", Inline::text(s).0))
    }

    /// This text as a whole, emphasised: `*…*`.
    pub fn emphasised(self) -> Inline {
        Inline(format!("*{}*", self.0))
    }

    /// This text, then `other`.
    pub fn then(mut self, other: impl Into<Inline>) -> Inline {
        self.0.push_str(&other.into().0);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Inline {
    fn from(s: &str) -> Inline {
        Inline::text(s)
    }
}

impl From<&String> for Inline {
    fn from(s: &String) -> Inline {
        Inline::text(s)
    }
}

impl From<String> for Inline {
    fn from(s: String) -> Inline {
        Inline::text(&s)
    }
}

/// Inline parts joined with `sep`.
pub fn join(parts: impl IntoIterator<Item = Inline>, sep: &str) -> Inline {
    let mut out = Inline::default();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out = out.then(sep);
        }
        out = out.then(p);
    }
    out
}

/// A line of a paragraph that would start a list (`- `, `+ `, `12. `) is kept a paragraph.
fn guard_line_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if line.starts_with("- ") || line.starts_with("+ ") || line == "-" || line == "+" {
        format!("\\{line}")
    } else if digits > 0 && line[digits..].starts_with(". ") {
        format!("{}\\{}", &line[..digits], &line[digits..])
    } else {
        line.to_string()
    }
}

/// What the last block was, to know which blank lines go between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Nothing,
    Block,
    Bullet,
    Numbered,
    Quote,
    Row,
}

/// A Markdown document being written.
#[derive(Debug)]
pub struct Markdown {
    out: String,
    last: Last,
}

impl Default for Markdown {
    fn default() -> Self {
        Markdown::new()
    }
}

impl Markdown {
    pub fn new() -> Markdown {
        Markdown {
            out: String::new(),
            last: Last::Nothing,
        }
    }

    /// Starts a block of `kind`: a blank line after anything else, none between the lines of
    /// one list, quote or table.
    fn start(&mut self, kind: Last) {
        if self.last != Last::Nothing && (self.last != kind || kind == Last::Block) {
            self.out.push('\n');
        }
        self.last = kind;
    }

    /// `# text`, `## text`, ...
    pub fn heading(&mut self, level: usize, text: impl Into<Inline>) {
        self.start(Last::Block);
        let _ = writeln!(
            self.out,
            "{} {}",
            "#".repeat(level.clamp(1, 6)),
            text.into().0
        );
    }

    /// A paragraph of one line.
    pub fn para(&mut self, text: impl Into<Inline>) {
        self.start(Last::Block);
        let _ = writeln!(self.out, "{}", guard_line_start(&text.into().0));
    }

    /// A paragraph of several lines of a person's text, its line breaks kept.
    pub fn lines(&mut self, text: &str) {
        self.start(Last::Block);
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let brk = if i + 1 < lines.len() { "  " } else { "" };
            let _ = writeln!(self.out, "{}{brk}", guard_line_start(&Inline::text(line).0));
        }
    }

    /// `- text`
    pub fn bullet(&mut self, text: impl Into<Inline>) {
        self.start(Last::Bullet);
        let _ = writeln!(self.out, "- {}", text.into().0);
    }

    /// `- [ ] text` or `- [x] text`
    pub fn task(&mut self, done: bool, text: impl Into<Inline>) {
        self.start(Last::Bullet);
        let mark = if done { "x" } else { " " };
        let _ = writeln!(self.out, "- [{mark}] {}", text.into().0);
    }

    /// `n. text`
    pub fn numbered(&mut self, n: usize, text: impl Into<Inline>) {
        self.start(Last::Numbered);
        let _ = writeln!(self.out, "{n}. {}", text.into().0);
    }

    /// A quote of a person's text, every line of it.
    pub fn quote(&mut self, text: &str) {
        self.start(Last::Quote);
        for line in text.lines() {
            let _ = writeln!(self.out, "> {}", Inline::text(line).0);
        }
    }

    /// A quote of one line of inline text.
    pub fn quote_line(&mut self, text: impl Into<Inline>) {
        self.start(Last::Quote);
        let _ = writeln!(self.out, "> {}", text.into().0);
    }

    /// A table: its head, then its rows.
    pub fn table(&mut self, head: Vec<Inline>, rows: Vec<Vec<Inline>>) {
        self.start(Last::Row);
        let row = |cells: &[Inline]| {
            let cells: Vec<&str> = cells.iter().map(Inline::as_str).collect();
            format!("| {} |", cells.join(" | "))
        };
        let _ = writeln!(self.out, "{}", row(&head));
        let _ = writeln!(self.out, "|{}", "---|".repeat(head.len()));
        for r in &rows {
            let _ = writeln!(self.out, "{}", row(r));
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_text_stays_text() {
        assert_eq!(
            Inline::text("*nieuw* | [klik](x)").as_str(),
            "\\*nieuw\\* \\| \\[klik\\](x)"
        );
        assert_eq!(Inline::text("# kop").as_str(), "\\# kop");
        assert_eq!(guard_line_start("- geen lijst"), "\\- geen lijst");
        assert_eq!(guard_line_start("12. geen lijst"), "12\\. geen lijst");
        assert_eq!(
            guard_line_start("2026 was een goed jaar."),
            "2026 was een goed jaar."
        );
        assert_eq!(Inline::text("a\x1b[2Jb").as_str(), "a␛\\[2Jb");
        assert_eq!(Inline::strong("vet").as_str(), "**vet**");
    }

    #[test]
    fn blocks_are_apart_and_list_items_together() {
        let mut md = Markdown::new();
        md.heading(1, "Titel");
        md.para("Een alinea.");
        md.bullet("een");
        md.bullet("twee");
        md.quote("regel\ntweede");
        md.table(
            vec!["a".into(), "b".into()],
            vec![vec!["1".into(), "x|y".into()]],
        );
        assert_eq!(
            md.finish(),
            "# Titel\n\nEen alinea.\n\n- een\n- twee\n\n> regel\n> tweede\n\n| a | b |\n|---|---|\n| 1 | x\\|y |\n"
        );
    }
}
