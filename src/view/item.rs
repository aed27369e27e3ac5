//! The text of one item, as lines of a given width: the material, the self-assessment, the
//! reflection questions, the links, the log entries about it and the reader's own note, with
//! the places of what a reader can choose in it (anchors). It depends on what it shows and the
//! width only, not on where the cursor is, so the app can keep it until one of those changes.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use unicode_width::UnicodeWidthStr;

use super::compare;
use super::grid::{Grid, grid_lines};
use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::{AssessKind, Block, Content, ItemRef, Ours, Scale, Scope};
use crate::data::{Log, Workbook};
use crate::i18n::{Lang, Msg};

/// An item's text, with the places of the entries a reader can choose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
    pub anchors: Vec<Anchor>,
}

/// A choosable entry: what it is, the id it stands for and the lines it takes. Its first span
/// is its mark ("▸ ", "→ ", "· "), which a painter shows as chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub kind: AnchorKind,
    pub id: String,
    pub line: usize,
    pub height: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorKind {
    /// An intervention, which `a` turns into an action.
    Intervention,
    /// A link, which `Enter` or `g` follows.
    Link,
    /// A log entry linked to the item, which `Enter` opens in the log.
    Entry,
}

impl AnchorKind {
    /// How an entry looks while it is chosen: its mark and its role. A chosen intervention
    /// looks like the planned action (☐) that `a` makes of it, in a colour of its own.
    pub fn chosen_look(self) -> (&'static str, Role) {
        match self {
            AnchorKind::Intervention => ("☐ ", Role::Action),
            AnchorKind::Link | AnchorKind::Entry => ("▶ ", Role::Chosen),
        }
    }
}

/// Everything an item's text is made of, apart from the item itself.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub content: &'a Content,
    pub workbook: &'a Workbook,
    /// The log, once it is read.
    pub log: Option<&'a Log>,
    pub lang: Lang,
    pub today: Date,
    pub zone: &'a TimeZone,
}

/// "●●●○○" for a value on a scale.
pub fn dots(value: Option<u8>, max: u8) -> String {
    let v = value.unwrap_or(0).min(max);
    "●".repeat(usize::from(v)) + &"○".repeat(usize::from(max - v))
}

/// "●●●○○ 3 · redelijk", or "○○○○○ nog geen score".
fn scored(value: Option<u8>, scale: &Scale, lang: Lang) -> String {
    let label = value
        .and_then(|v| scale.label(v).map(|l| format!("{v} · {}", l.get(lang))))
        .unwrap_or_else(|| Msg::NotRated.get(lang).to_string());
    format!("{} {label}", dots(value, scale.max()))
}

fn none() -> Span {
    Span::new("", Role::Text)
}

/// A note as the note pane shows it: from wrapped line `from` on, at most `max` lines of
/// `width` columns, and whether more of it is left out below. Only what is shown (and what is
/// skipped) is laid out, so a note of a megabyte costs no more than a short one.
pub fn note_lines(note: &str, width: usize, from: usize, max: usize) -> (Vec<Line>, bool) {
    let want = from + max;
    let mut out = Vec::new();
    let mut paragraphs = note.lines();
    for paragraph in paragraphs.by_ref() {
        if out.len() >= want {
            return (shown(out, from, max), true);
        }
        if paragraph.trim().is_empty() {
            out.push(Line::blank());
            continue;
        }
        // A paragraph longer than the pane can show is laid out only as far as it shows.
        let room = width.max(1) * (want + 1);
        let part = match paragraph.char_indices().nth(room) {
            Some((end, _)) => &paragraph[..end],
            None => paragraph,
        };
        out.extend(plain(part, Role::Note, width));
    }
    let more = out.len() > want;
    (shown(out, from, max), more)
}

/// The wrapped line of `note` (at `width` columns) where `find` first holds, if it does.
pub fn note_line_where(
    note: &str,
    width: usize,
    mut find: impl FnMut(&Line) -> bool,
) -> Option<usize> {
    let mut n = 0;
    for paragraph in note.lines() {
        if paragraph.trim().is_empty() {
            n += 1;
            continue;
        }
        for line in plain(paragraph, Role::Note, width) {
            if find(&line) {
                return Some(n);
            }
            n += 1;
        }
    }
    None
}

fn shown(lines: Vec<Line>, from: usize, max: usize) -> Vec<Line> {
    lines.into_iter().skip(from).take(max).collect()
}

/// The dim line over a block in the workbook's own voice: "Uitleg van dit werkboek".
fn ours_label(ours: Ours, lang: Lang, width: usize) -> Vec<Line> {
    let msg = match ours {
        Ours::Explanation => Msg::OursExplanation,
        Ours::Example => Msg::OursExample,
    };
    plain(msg.get(lang), Role::DimItalic, width)
}

/// A line of a block in the workbook's own voice carries a dashed bar down its left edge, so
/// that where that voice ends is plain to see.
fn barred(mut line: Line, bar: bool) -> Line {
    if bar {
        line.spans.insert(0, Span::new(OURS_BAR, Role::Dim));
    }
    line
}

/// The bar before every line of a block marked `ours`.
pub const OURS_BAR: &str = "┆ ";

/// How many of the item's log entries the text lists.
const ENTRIES_SHOWN: usize = 5;

/// Builds the text of the item `r` at `width` columns.
pub fn doc(inputs: &Inputs, r: ItemRef, width: usize) -> Doc {
    let Inputs {
        content,
        workbook,
        lang,
        ..
    } = *inputs;
    let item = content.item(r);
    let mut out: Vec<Line> = Vec::new();
    let mut anchors: Vec<Anchor> = Vec::new();

    // Label and status.
    let group = &content.sections[r.section].groups[r.group];
    let place: Vec<&str> = group
        .title
        .iter()
        .chain(&item.label)
        .map(|x| x.get(lang))
        .collect();
    let place = if place.is_empty() {
        String::new()
    } else {
        format!("{}  ·  ", place.join(" · "))
    };
    let status = if workbook.studied(&item.id) {
        (format!("✓ {}", Msg::Studied.get(lang)), Role::Info)
    } else {
        (format!("○ {}", Msg::NotStudied.get(lang)), Role::Dim)
    };
    out.extend(wrap(
        &[(&place, Role::Dim), (&status.0, status.1)],
        width,
        none(),
        none(),
    ));
    out.extend(plain(item.title.get(lang), Role::Title, width));
    if let Some(aka) = &item.aka {
        out.extend(wrap(
            &[
                (Msg::AlsoNamed.get(lang), Role::Dim),
                (": ", Role::Dim),
                (aka.get(lang), Role::DimItalic),
            ],
            width,
            none(),
            none(),
        ));
    }
    if let Some(kind) = content.sections[r.section].assess {
        let scale = content.assessment.scale(kind);
        let score = workbook.score(&item.id);
        out.push(Line::blank());
        match kind {
            AssessKind::Rating => {
                for (msg, value) in [(Msg::Now, score.now), (Msg::Goal, score.goal)] {
                    out.push(Line::new(vec![
                        Span::new(format!("{:<6}", msg.get(lang)), Role::Dim),
                        Span::new(scored(value, scale, lang), Role::Title),
                    ]));
                }
                out.push(Line::of(Msg::RateHint.get(lang), Role::Key));
            }
            AssessKind::Checklist => {
                out.extend(wrap(
                    &[
                        (Msg::YourAnswer.get(lang), Role::Dim),
                        (": ", Role::Dim),
                        (&scored(score.now, scale, lang), Role::Title),
                    ],
                    width,
                    none(),
                    Span::new("  ", Role::Text),
                ));
                // The keys on a line of their own, so that the hint is never split.
                out.extend(plain(Msg::AnswerHint.get(lang), Role::Key, width));
                out.extend(plain(
                    &group_summary(content, workbook, r, lang),
                    Role::Dim,
                    width,
                ));
            }
        }
    }
    out.push(Line::blank());
    out.extend(plain(item.summary.get(lang), Role::Text, width));

    let bullet = || Span::new("• ", Role::Accent);
    let hang = || Span::new("  ", Role::Text);
    let mut tip = 0;
    for block in &item.blocks {
        out.push(Line::blank());
        match block {
            Block::Text { text, ours } => {
                let bar = ours.is_some();
                let inner = width.saturating_sub(usize::from(bar) * 2);
                let mut lines = Vec::new();
                if let Some(ours) = ours {
                    lines.extend(ours_label(*ours, lang, inner));
                }
                lines.extend(plain(text.get(lang), Role::Text, inner));
                out.extend(lines.into_iter().map(|l| barred(l, bar)));
            }
            Block::Tip {
                title,
                subtitle,
                text,
            } => {
                tip += 1;
                let heading = format!("{} {tip} · {}", Msg::Tip.get(lang), title.get(lang));
                out.extend(plain(&heading, Role::Heading, width));
                // Our own line under the source's title, in a lesser style.
                if let Some(sub) = subtitle {
                    out.extend(plain(sub.get(lang), Role::DimItalic, width));
                }
                out.extend(plain(text.get(lang), Role::Text, width));
            }
            Block::List {
                title,
                entries,
                numbered,
                ours,
            } => {
                if let Some(title) = title {
                    out.extend(plain(title.get(lang), Role::Heading, width));
                }
                // The mark covers the entries' texts; the title and the terms are the source's.
                let bar = ours.is_some();
                let inner = width.saturating_sub(usize::from(bar) * 2);
                if let Some(ours) = ours {
                    out.extend(
                        ours_label(*ours, lang, inner)
                            .into_iter()
                            .map(|l| barred(l, bar)),
                    );
                }
                let digits = entries.len().to_string().len();
                for (n, e) in entries.iter().enumerate() {
                    let term = e.term.as_ref().map(|x| format!("{}: ", x.get(lang)));
                    let (first, rest) = if *numbered {
                        let number = format!("{:>digits$}. ", n + 1);
                        let pad = " ".repeat(number.width());
                        (Span::new(number, Role::Accent), Span::new(pad, Role::Text))
                    } else {
                        (bullet(), hang())
                    };
                    let lines = wrap(
                        &[
                            (term.as_deref().unwrap_or(""), Role::Title),
                            (e.text.get(lang), Role::Text),
                        ],
                        inner,
                        first,
                        rest,
                    );
                    out.extend(lines.into_iter().map(|l| barred(l, bar)));
                }
            }
            Block::Grid {
                title,
                corner,
                columns,
                rows,
                cells,
            } => {
                if let Some(title) = title {
                    out.extend(plain(title.get(lang), Role::Heading, width));
                }
                let grid = Grid::of(corner.as_ref(), columns, rows, cells, lang);
                out.extend(grid_lines(&grid, width));
            }
            Block::Interventions { scope, entries } => {
                let heading = match scope {
                    Scope::School => Msg::InterventionsSchool,
                    Scope::Partnership => Msg::InterventionsPartnership,
                };
                out.extend(plain(heading.get(lang), Role::Heading, width));
                for e in entries {
                    let lines = wrap(
                        &[(e.text.get(lang), Role::Text)],
                        width,
                        Span::new("▸ ", Role::Accent),
                        hang(),
                    );
                    anchors.push(Anchor {
                        kind: AnchorKind::Intervention,
                        id: e.id.to_string(),
                        line: out.len(),
                        height: lines.len(),
                    });
                    out.extend(lines);
                }
            }
            Block::Practice { who, text } => {
                let heading = format!("{} · {}", Msg::Practice.get(lang), who.get(lang));
                out.extend(plain(&heading, Role::Dim, width));
                out.extend(wrap(
                    &[(text.get(lang), Role::TextItalic)],
                    width,
                    Span::new("│ ", Role::Dim),
                    Span::new("│ ", Role::Dim),
                ));
            }
            Block::Compare { .. } => {
                if let Some(parts) = compare::Parts::of(block) {
                    out.extend(compare::lines(content, &parts, lang, width));
                }
            }
        }
    }

    if !item.questions.is_empty() {
        out.push(Line::blank());
        out.extend(plain(Msg::Questions.get(lang), Role::Heading, width));
        for (n, q) in item.questions.iter().enumerate() {
            let number = format!("{}. ", n + 1);
            let pad = " ".repeat(number.width());
            out.extend(wrap(
                &[(q.get(lang), Role::Text)],
                width,
                Span::new(number, Role::Accent),
                Span::new(pad, Role::Text),
            ));
        }
    }

    if !item.links.is_empty() {
        out.push(Line::blank());
    }
    for link in &item.links {
        if let Some(name) = content.title_of(link, lang) {
            let lines = wrap(
                &[
                    (Msg::SeeAlso.get(lang), Role::Dim),
                    (": ", Role::Dim),
                    (&name, Role::Accent),
                ],
                width,
                Span::new("→ ", Role::Accent),
                hang(),
            );
            anchors.push(Anchor {
                kind: AnchorKind::Link,
                id: link.clone(),
                line: out.len(),
                height: lines.len(),
            });
            out.extend(lines);
        }
    }

    if let Some(log) = inputs.log {
        let entries: Vec<&crate::data::Entry> = log.linked_to(&item.id).collect();
        if !entries.is_empty() {
            out.push(Line::blank());
            out.extend(plain(
                &format!("{} ({})", Msg::LogTab.get(lang), entries.len()),
                Role::Heading,
                width,
            ));
            for e in entries.iter().take(ENTRIES_SHOWN) {
                let text = format!(
                    "{} {} {}",
                    crate::i18n::date(e.created, inputs.zone, lang),
                    e.mark(inputs.today),
                    e.heading()
                );
                let lines = wrap(
                    &[(&text, Role::Text)],
                    width,
                    Span::new("· ", Role::Accent),
                    hang(),
                );
                anchors.push(Anchor {
                    kind: AnchorKind::Entry,
                    id: e.id.to_string(),
                    line: out.len(),
                    height: lines.len(),
                });
                out.extend(lines);
            }
            if entries.len() > ENTRIES_SHOWN {
                out.extend(plain(
                    &Msg::AndMore
                        .get(lang)
                        .replace("{n}", &(entries.len() - ENTRIES_SHOWN).to_string()),
                    Role::Dim,
                    width,
                ));
            }
        }
    }

    // The note has a pane of its own under the text; the text only says how to start one.
    if workbook.note(&item.id).is_empty() {
        out.push(Line::blank());
        out.extend(plain(Msg::YourNote.get(lang), Role::Heading, width));
        out.extend(plain(Msg::NoNote.get(lang), Role::Dim, width));
    }
    Doc {
        lines: out,
        anchors,
    }
}

/// What the text pane shows: a section's introduction, or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Intro(usize),
    Item(ItemRef),
}

/// The text of what the pane shows, at `width` columns.
pub fn doc_of(inputs: &Inputs, shown: Shown, width: usize) -> Doc {
    match shown {
        Shown::Intro(section) => intro(inputs, section, width),
        Shown::Item(r) => doc(inputs, r, width),
    }
}

/// A section's introduction: its title, what it is about, where it comes from, how far the
/// reader is, and how to go on.
pub fn intro(inputs: &Inputs, section: usize, width: usize) -> Doc {
    let Inputs {
        content,
        workbook,
        lang,
        ..
    } = *inputs;
    let s = &content.sections[section];
    let mut out = plain(s.title.get(lang), Role::Title, width);
    out.push(Line::blank());
    out.extend(plain(s.intro.get(lang), Role::Text, width));
    let sources: Vec<String> = s
        .sources
        .iter()
        .filter_map(|id| content.source(id))
        .map(|src| format!("{} ({})", src.full_title(), src.published()))
        .collect();
    if !sources.is_empty() {
        out.push(Line::blank());
        let label = if sources.len() == 1 {
            Msg::IntroSource
        } else {
            Msg::IntroSources
        };
        out.extend(wrap(
            &[
                (label.get(lang), Role::Dim),
                (": ", Role::Dim),
                (&sources.join("; "), Role::DimItalic),
            ],
            width,
            none(),
            none(),
        ));
    }
    let items: Vec<_> = content.items_of(section).map(|(_, item)| item).collect();
    let studied = items.iter().filter(|i| workbook.studied(&i.id)).count();
    out.push(Line::blank());
    out.extend(plain(
        &Msg::IntroStudied
            .get(lang)
            .replace("{n}", &studied.to_string())
            .replace("{total}", &items.len().to_string()),
        Role::Dim,
        width,
    ));
    if s.assess.is_some() {
        let scored = items
            .iter()
            .filter(|i| workbook.score(&i.id).now.is_some())
            .count();
        out.extend(plain(
            &Msg::IntroScored
                .get(lang)
                .replace("{n}", &scored.to_string())
                .replace("{total}", &items.len().to_string()),
            Role::Dim,
            width,
        ));
    }
    out.push(Line::blank());
    out.extend(plain(Msg::IntroHint.get(lang), Role::Key, width));
    Doc {
        lines: out,
        anchors: Vec::new(),
    }
}

/// For a checklist statement: how its part of the checklist stands, e.g. "Ondersteunende
/// cultuur: 4/6 beantwoord · 1× nog in startfase · 3× gedeeltelijk ontwikkeld".
pub fn group_summary(content: &Content, workbook: &Workbook, r: ItemRef, lang: Lang) -> String {
    let group = &content.sections[r.section].groups[r.group];
    let Some(kind) = content.sections[r.section].assess else {
        return String::new();
    };
    let scale = content.assessment.scale(kind);
    let answers: Vec<u8> = group
        .items
        .iter()
        .filter_map(|i| workbook.score(&i.id).now)
        .collect();
    let mut parts = vec![format!(
        "{}: {}/{} {}",
        group.title.as_ref().map(|x| x.get(lang)).unwrap_or(""),
        answers.len(),
        group.items.len(),
        Msg::Answered.get(lang)
    )];
    for step in &scale.steps {
        let n = answers.iter().filter(|a| **a == step.value).count();
        if n > 0 {
            parts.push(format!("{n}× {}", step.label.get(lang)));
        }
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_pane_lays_out_only_what_it_shows() {
        let line = "een regel van een heel lange notitie, met é en 🌱\n";
        let huge = line.repeat(200_000);
        let (lines, more) = note_lines(&huge, 40, 0, 6);
        assert_eq!(lines.len(), 6);
        assert!(more);
        let one_line = "woord ".repeat(200_000);
        let (lines, more) = note_lines(&one_line, 40, 0, 6);
        assert_eq!((lines.len(), more), (6, true));
        let (lines, more) = note_lines("kort\n\nen nog een regel", 40, 0, 6);
        assert_eq!((lines.len(), more), (3, false));
        // Scrolled: from the third line on.
        let (lines, more) = note_lines("een\ntwee\ndrie\nvier", 40, 2, 6);
        assert_eq!(
            lines.iter().map(|l| l.text()).collect::<Vec<_>>(),
            ["drie", "vier"]
        );
        assert!(!more);
        assert_eq!(
            note_line_where("een\ntwee\ndrie", 40, |l| l.text() == "drie"),
            Some(2)
        );
        assert!(
            lines
                .iter()
                .all(|l| l.spans.iter().all(|s| s.width() <= 40))
        );
    }

    #[test]
    fn anchors_point_at_their_lines() {
        let c = crate::content::embedded();
        let (r, _) = c.item_by_id("stap-2").unwrap();
        let w = Workbook::default();
        let zone = TimeZone::UTC;
        let inputs = Inputs {
            content: c,
            workbook: &w,
            log: None,
            lang: Lang::Nl,
            today: Date::new(2026, 11, 23).unwrap(),
            zone: &zone,
        };
        let d = doc(&inputs, r, 60);
        assert!(!d.anchors.is_empty());
        for a in &d.anchors {
            let first = &d.lines[a.line];
            assert!(
                ["▸ ", "→ ", "· "].contains(&first.spans[0].text.as_str()),
                "{first:?}"
            );
        }
    }

    fn lines_of(id: &str, lang: Lang, width: usize) -> Vec<String> {
        let c = crate::content::embedded();
        let (r, _) = c.item_by_id(id).unwrap();
        let w = Workbook::default();
        let zone = TimeZone::UTC;
        let inputs = Inputs {
            content: c,
            workbook: &w,
            log: None,
            lang,
            today: Date::new(2026, 11, 23).unwrap(),
            zone: &zone,
        };
        doc(&inputs, r, width)
            .lines
            .iter()
            .map(Line::text)
            .collect()
    }

    #[test]
    fn a_tip_shows_our_own_line_under_the_source_title() {
        let t = lines_of("sleutel-5", Lang::Nl, 60);
        let at = t
            .iter()
            .position(|l| l == "Tip 1 · Ontwikkel professionele ruimte")
            .expect("the source's title");
        assert_eq!(t[at + 1], "Ruimte, met drie voorwaarden");
        let en = lines_of("sleutel-5", Lang::En, 60);
        let at = en
            .iter()
            .position(|l| l == "Tip 1 · Develop professional space")
            .expect("the source's title");
        assert_eq!(en[at + 1], "Room, on three conditions");
    }

    #[test]
    fn a_numbered_list_is_numbered() {
        // Key 7 tip 2's four evaluation levels, numbered as the tip sheet numbers them.
        let t = lines_of("sleutel-7", Lang::Nl, 60);
        for level in [
            "1. Tevredenheid",
            "2. Doelen bereikt",
            "3. Transfer naar de praktijk",
            "4. Bijdrage aan missie",
        ] {
            assert!(
                t.iter().any(|l| l.starts_with(level)),
                "{level} missing:\n{}",
                t.join("\n")
            );
        }
    }

    #[test]
    fn the_workbooks_own_words_are_labelled_and_barred() {
        // A list: its title is the source's, its entries' texts our explanation.
        let t = lines_of("thema-leiderschap", Lang::En, 60);
        let at = t.iter().position(|l| l == "Other roles").unwrap();
        assert_eq!(t[at + 1], "┆ This workbook's explanation");
        assert!(t[at + 2].starts_with("┆ • The HRM officer"));
        let end = t[at..].iter().position(|l| l.is_empty()).unwrap() + at;
        assert!(t[at + 1..end].iter().all(|l| l.starts_with(OURS_BAR)));
        // A text block: an example of our own.
        let c = crate::content::embedded();
        let (id, ours) = c
            .all_items()
            .find_map(|(_, item)| {
                item.blocks.iter().find_map(|b| match b {
                    Block::Text {
                        ours: Some(Ours::Example),
                        text,
                    } => Some((item.id.to_string(), text.nl.to_string())),
                    _ => None,
                })
            })
            .expect("an example of our own");
        let t = lines_of(&id, Lang::Nl, 60);
        let first_words: String = ours.split(' ').take(2).collect::<Vec<_>>().join(" ");
        let at = t
            .iter()
            .position(|l| l.starts_with(&format!("┆ {first_words}")))
            .unwrap_or_else(|| panic!("{first_words} in\n{}", t.join("\n")));
        assert_eq!(t[at - 1], "┆ Voorbeeld van dit werkboek");
        // The source's own text carries no bar.
        assert!(!t.iter().any(|l| l.starts_with("┆ Tip")));
    }
}
