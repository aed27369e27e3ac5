//! The rows of a section's list, laid out: the introduction, group headings and items, an item
//! wrapped to two lines (the chosen one to as many as it needs, so that it can always be read
//! in full), with the marks of studied, note and score in columns of their own. `app` measures
//! the rows with it to keep the chosen one in view; `ui` paints them.

use unicode_width::UnicodeWidthStr;

use super::item::dots;
use super::text::{truncate, wrap};
use super::{Line, Role, Span};

use crate::content::{AssessKind, Content, ItemRef};
use crate::i18n::{Lang, Msg};

/// A row of the list (see `app::ListRow`, which these mirror without the app's state).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Intro,
    Header { group: usize },
    Item(ItemRef),
}

/// How an item stands, for its marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    pub studied: bool,
    pub note: bool,
    /// The current score or answer.
    pub now: Option<u8>,
    /// For a checklist part's heading: how many of its statements are answered.
    pub answered: usize,
}

/// Lines an item's title may take when it is not the chosen one.
pub const ROW_LINES: usize = 2;

/// The list's lines for one row at `width` columns; `chosen` rows are not cut.
pub fn row_lines(
    content: &Content,
    section: usize,
    row: Row,
    lang: Lang,
    width: usize,
    chosen: bool,
    marks: Marks,
) -> Vec<Line> {
    let s = &content.sections[section];
    let scale = s.assess.map(|k| (k, content.assessment.scale(k)));
    match row {
        Row::Intro => vec![Line::new(vec![
            Span::new("  ", Role::Text),
            Span::new(
                truncate(Msg::IntroRow.get(lang), width.saturating_sub(2)),
                Role::Accent,
            ),
        ])],
        Row::Header { group } => {
            let group = &s.groups[group];
            let title = group.title.as_ref().map(|x| x.get(lang)).unwrap_or("");
            let count = match scale {
                Some((AssessKind::Checklist, _)) => {
                    format!(" {}/{}", marks.answered, group.items.len())
                }
                _ => String::new(),
            };
            let room = width.saturating_sub(count.width());
            vec![Line::new(vec![
                Span::new(truncate(title, room), Role::Heading),
                Span::new(count, Role::Dim),
            ])]
        }
        Row::Item(r) => {
            let item = content.item(r);
            let number = match &item.label {
                Some(_) => format!("{} ", r.item + 1),
                None => String::new(),
            };
            let score = scale
                .map(|(_, scale)| format!(" {}", dots(marks.now, scale.max())))
                .unwrap_or_default();
            let lead = 2 + number.width();
            // Title, then the note mark and the score in columns of their own.
            let room = width.saturating_sub(lead + 2 + score.width()).max(4);
            let mut title = wrap(
                &[(item.title.get(lang), Role::Text)],
                room,
                Span::new("", Role::Text),
                Span::new("", Role::Text),
            );
            if !chosen && title.len() > ROW_LINES {
                // The last line shown ends in "…": the rest is there when the row is chosen.
                let cut = title[ROW_LINES - 1].text() + " " + &title[ROW_LINES].text();
                title.truncate(ROW_LINES);
                title[ROW_LINES - 1] = Line::of(truncate(&cut, room), Role::Text);
            }
            title
                .into_iter()
                .enumerate()
                .map(|(n, line)| {
                    let text = line.text();
                    let pad = " ".repeat(room.saturating_sub(text.width()));
                    let mut spans = if n == 0 {
                        vec![
                            Span::new(if marks.studied { "✓ " } else { "  " }, Role::Info),
                            Span::new(number.clone(), Role::Dim),
                        ]
                    } else {
                        vec![Span::new(" ".repeat(lead), Role::Text)]
                    };
                    spans.push(Span::new(text, Role::Text));
                    spans.push(Span::new(pad, Role::Text));
                    if n == 0 {
                        spans.push(Span::new(if marks.note { " ✎" } else { "  " }, Role::Note));
                        spans.push(Span::new(score.clone(), Role::Accent));
                    } else {
                        spans.push(Span::new(" ".repeat(2 + score.width()), Role::Text));
                    }
                    Line::new(spans)
                })
                .collect()
        }
    }
}

/// How many lines each row takes (marks do not change it), `chosen` being the chosen row.
pub fn heights(
    content: &Content,
    section: usize,
    rows: &[Row],
    lang: Lang,
    width: usize,
    chosen: Option<usize>,
) -> Vec<usize> {
    rows.iter()
        .enumerate()
        .map(|(n, row)| {
            row_lines(
                content,
                section,
                *row,
                lang,
                width,
                chosen == Some(n),
                Marks::default(),
            )
            .len()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checklist_item(content: &Content) -> ItemRef {
        content.item_by_id("lo-cultuur-1").unwrap().0
    }

    #[test]
    fn a_long_title_takes_two_lines_and_all_it_needs_when_chosen() {
        let c = crate::content::embedded();
        let r = checklist_item(c);
        let title = c.item(r).title.get(Lang::Nl);
        let text = |lines: &[Line]| lines.iter().map(|l| l.text()).collect::<Vec<_>>().join(" ");
        let short = row_lines(
            c,
            r.section,
            Row::Item(r),
            Lang::Nl,
            28,
            false,
            Marks::default(),
        );
        assert_eq!(short.len(), ROW_LINES);
        assert!(text(&short).contains('…'), "{short:?}");
        let full = row_lines(
            c,
            r.section,
            Row::Item(r),
            Lang::Nl,
            28,
            true,
            Marks::default(),
        );
        assert!(full.len() > ROW_LINES);
        let words: String = text(&full)
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ");
        for word in title.split_whitespace() {
            assert!(words.contains(word), "{word} of {title} in {words}");
        }
        for l in short.iter().chain(&full) {
            assert_eq!(l.spans.iter().map(Span::width).sum::<usize>(), 28, "{l:?}");
        }
    }

    #[test]
    fn heights_follow_the_lines() {
        let c = crate::content::embedded();
        let r = checklist_item(c);
        let rows = [Row::Intro, Row::Header { group: r.group }, Row::Item(r)];
        assert_eq!(heights(c, r.section, &rows, Lang::Nl, 28, None), [1, 1, 2]);
        assert!(heights(c, r.section, &rows, Lang::Nl, 28, Some(2))[2] > 2);
    }
}
