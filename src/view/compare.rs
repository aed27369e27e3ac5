//! A `compare` block: two lists that name the same things differently, each in its own source's
//! order. Where the width allows they stand side by side with the pairs drawn between them,
//! solid where both lists plainly name the same thing and dashed where the pairing is this
//! workbook's reading; on a narrow pane they follow each other and the pairs are said in words.
//!
//! Side by side, the right list stands half a row lower than the left one (entry `i` of the
//! left list on row `2i`, entry `j` of the right list on row `2j + 1`), so that no row holds the
//! start of one line and the end of another: every line leaves its left entry along its row,
//! runs down or up in a lane of its own and reaches its right entry along that row. Lines cross
//! only where they have to, and a crossing never turns.

use unicode_width::UnicodeWidthStr;

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::{Block, CompareSide, Content, L10n, Link, Pair};
use crate::i18n::{Lang, Msg};

/// The parts of a `compare` block.
#[derive(Clone, Copy)]
pub struct Parts<'a> {
    pub title: Option<&'a L10n>,
    pub left: &'a CompareSide,
    pub right: &'a CompareSide,
    pub pairs: &'a [Pair],
    pub note: Option<&'a L10n>,
}

impl<'a> Parts<'a> {
    pub fn of(block: &'a Block) -> Option<Parts<'a>> {
        match block {
            Block::Compare {
                title,
                left,
                right,
                pairs,
                note,
            } => Some(Parts {
                title: title.as_ref(),
                left,
                right,
                pairs,
                note: note.as_ref(),
            }),
            _ => None,
        }
    }

    /// The pairs that can be drawn: both ends within their lists, each entry in one pair at
    /// most (the content check makes sure of both; a broken fixture must not panic).
    fn valid_pairs(&self) -> Vec<Pair> {
        let mut out: Vec<Pair> = Vec::new();
        for p in self.pairs {
            if p.left < self.left.entries.len()
                && p.right < self.right.entries.len()
                && !out.iter().any(|q| q.left == p.left || q.right == p.right)
            {
                out.push(*p);
            }
        }
        out
    }

    /// The pair entry `j` of the right list is in, if any.
    fn pair_of_right(&self, j: usize) -> Option<Pair> {
        self.valid_pairs().into_iter().find(|p| p.right == j)
    }
}

/// The block as lines of `width` columns: side by side when it fits, else one list after the
/// other.
pub fn lines(content: &Content, parts: &Parts, lang: Lang, width: usize) -> Vec<Line> {
    let mut out = Vec::new();
    if let Some(title) = parts.title {
        out.extend(plain(title.get(lang), Role::Heading, width));
    }
    let same_source = parts.left.source == parts.right.source;
    if same_source && let Some(source) = content.source(&parts.left.source) {
        out.extend(wrap(
            &[
                (Msg::CompareFrom.get(lang), Role::Dim),
                (": ", Role::Dim),
                (&source.title, Role::DimItalic),
            ],
            width,
            none(),
            none(),
        ));
    }
    match side_by_side(content, parts, lang, width) {
        Some(drawn) => {
            out.push(Line::blank());
            out.extend(drawn);
            out.push(Line::blank());
            out.extend(legend(parts, lang, width));
        }
        None => out.extend(one_after_the_other(content, parts, lang, width)),
    }
    out
}

fn none() -> Span {
    Span::new("", Role::Text)
}

/// Where a line of each kind is drawn: its look and its role.
struct Pen {
    across: char,
    down: char,
    role: Role,
    /// Corners: leaving the left entry downwards, upwards; reaching the right entry from
    /// above, from below.
    corners: [char; 4],
}

fn pen(link: Link) -> Pen {
    match link {
        Link::Same => Pen {
            across: '─',
            down: '│',
            role: Role::Accent,
            corners: ['┐', '┘', '└', '┌'],
        },
        Link::Ours => Pen {
            across: '┄',
            down: '┆',
            role: Role::Dim,
            corners: ['╮', '╯', '╰', '╭'],
        },
    }
}

/// The two lists side by side with the pairs drawn, or `None` when `width` is too narrow.
fn side_by_side(content: &Content, parts: &Parts, lang: Lang, width: usize) -> Option<Vec<Line>> {
    let left: Vec<&str> = parts.left.entries.iter().map(|e| e.get(lang)).collect();
    let right: Vec<&str> = parts.right.entries.iter().map(|e| e.get(lang)).collect();
    let pairs = parts.valid_pairs();
    let spans: Vec<(usize, usize)> = pairs.iter().map(|p| span(p.left, p.right)).collect();
    let lanes = lanes(&pairs);
    let k = lanes.iter().max().map_or(0, |m| m + 1);
    let widest = |xs: &[&str]| xs.iter().map(|x| x.width()).max().unwrap_or(0);
    let (lw, rw) = (widest(&left), widest(&right));
    // The gutter: a space, the lanes two columns apart, a column of line and a space.
    let gutter = 2 * k + 3;
    if lw + gutter + rw > width {
        return None;
    }
    // Room to spare widens the left column up to its heading, so it need not wrap.
    let left_title = parts.left.title.get(lang).width();
    let lc = lw.max(left_title.min(width - gutter - rw));
    let g0 = lc + 1;
    let xr = lc + gutter;
    let lane_x = |i: usize| g0 + 1 + 2 * lanes[i];

    let mut out = Vec::new();
    // Each list's heading above it, and its source when the two differ.
    let heading = |side: &CompareSide, w: usize| {
        let mut lines = plain(side.title.get(lang), Role::Title, w);
        if parts.left.source != parts.right.source
            && let Some(source) = content.source(&side.source)
        {
            lines.extend(plain(&source.title, Role::DimItalic, w));
        }
        lines
    };
    let lh = heading(parts.left, lc);
    let rh = heading(parts.right, width - xr);
    for n in 0..lh.len().max(rh.len()) {
        let mut spans = Vec::new();
        let mut used = 0;
        if let Some(l) = lh.get(n) {
            spans.extend(l.spans.iter().cloned());
            used = l.width();
        }
        if let Some(r) = rh.get(n) {
            spans.push(Span::new(" ".repeat(xr - used), Role::Text));
            spans.extend(r.spans.iter().cloned());
        }
        out.push(Line::new(spans));
    }

    // The gutter as a grid of cells, the verticals first, then the lines across over them.
    let rows = 2 * left.len().max(right.len());
    let mut cells: Vec<Vec<(char, Role)>> = vec![vec![(' ', Role::Text); xr]; rows];
    for (i, p) in pairs.iter().enumerate() {
        let pen = pen(p.link);
        let (top, bottom) = spans[i];
        for row in cells.iter_mut().take(bottom).skip(top + 1) {
            row[lane_x(i)] = (pen.down, pen.role);
        }
    }
    let across =
        |cells: &mut Vec<Vec<(char, Role)>>, row: usize, from: usize, to: usize, link: Link| {
            let pen = pen(link);
            for cell in &mut cells[row][from..to] {
                *cell = match cell.0 {
                    // Solid over solid crosses; solid over dashed bridges it; dashed over solid
                    // leaves the solid line whole.
                    '│' if link == Link::Same => ('┼', Role::Accent),
                    '│' => *cell,
                    '┆' if link == Link::Ours => ('┼', Role::Dim),
                    _ => (pen.across, pen.role),
                };
            }
        };
    for (i, p) in pairs.iter().enumerate() {
        let x = lane_x(i);
        let (from, to) = (2 * p.left, 2 * p.right + 1);
        across(&mut cells, from, left[p.left].width() + 1, x, p.link);
        across(&mut cells, to, x + 1, xr - 1, p.link);
        let pen = pen(p.link);
        let down = to > from;
        cells[from][x] = (pen.corners[if down { 0 } else { 1 }], pen.role);
        cells[to][x] = (pen.corners[if down { 2 } else { 3 }], pen.role);
    }
    for (row, line) in cells.into_iter().enumerate() {
        let mut spans: Vec<Span> = Vec::new();
        let mut push = |text: &str, role: Role| match spans.last_mut() {
            Some(last) if last.role == role => last.text.push_str(text),
            _ => spans.push(Span::new(text, role)),
        };
        let mut from = 0;
        if row % 2 == 0
            && let Some(entry) = left.get(row / 2)
        {
            push(entry, Role::Text);
            from = entry.width();
        }
        let mut buf = [0u8; 4];
        for (c, role) in &line[from..] {
            let role = if *c == ' ' { Role::Text } else { *role };
            push(c.encode_utf8(&mut buf), role);
        }
        if row % 2 == 1
            && let Some(entry) = right.get(row / 2)
        {
            push(entry, Role::Text);
        }
        let mut line = Line::new(spans);
        trim_end(&mut line);
        out.push(line);
    }
    Some(out)
}

/// Without the spaces at its end.
fn trim_end(line: &mut Line) {
    while let Some(last) = line.spans.last_mut() {
        let kept = last.text.trim_end().len();
        if kept == 0 {
            line.spans.pop();
        } else {
            last.text.truncate(kept);
            break;
        }
    }
}

/// The rows a pair's line runs between, top first.
fn span(left: usize, right: usize) -> (usize, usize) {
    let (a, b) = (2 * left, 2 * right + 1);
    (a.min(b), a.max(b))
}

/// How many times the lines cross when pair `i` runs in lane `lanes[i]`.
fn crossings(pairs: &[Pair], lanes: &[usize]) -> usize {
    let spans: Vec<(usize, usize)> = pairs.iter().map(|p| span(p.left, p.right)).collect();
    let inside = |row: usize, (top, bottom): (usize, usize)| top < row && row < bottom;
    let mut n = 0;
    for (i, p) in pairs.iter().enumerate() {
        for (j, s) in spans.iter().enumerate() {
            if i == j {
                continue;
            }
            // From the left entry to the lane, then from the lane to the right entry.
            if lanes[j] < lanes[i] && inside(2 * p.left, *s) {
                n += 1;
            }
            if lanes[j] > lanes[i] && inside(2 * p.right + 1, *s) {
                n += 1;
            }
        }
    }
    n
}

/// A lane for each pair: as few lanes as the lines need (two lines that run along the same
/// rows need two), and among those ways the one with the fewest crossings. The lists are short;
/// for long ones the search stops after a while with the best way found so far.
fn lanes(pairs: &[Pair]) -> Vec<usize> {
    struct Search<'a> {
        pairs: &'a [Pair],
        spans: Vec<(usize, usize)>,
        lanes: usize,
        chosen: Vec<usize>,
        best: Option<(usize, Vec<usize>)>,
        budget: usize,
    }
    impl Search<'_> {
        /// Tries every free lane for the next pair, and on.
        fn on(&mut self) {
            let at = self.chosen.len();
            if self.budget == 0 {
                return;
            }
            if at == self.spans.len() {
                self.budget -= 1;
                let score = crossings(self.pairs, &self.chosen);
                if self.best.as_ref().is_none_or(|(b, _)| score < *b) {
                    self.best = Some((score, self.chosen.clone()));
                }
                return;
            }
            let overlap = |a: (usize, usize), b: (usize, usize)| a.0 <= b.1 && b.0 <= a.1;
            for lane in 0..self.lanes {
                let free = (0..at)
                    .all(|j| self.chosen[j] != lane || !overlap(self.spans[j], self.spans[at]));
                if free {
                    self.chosen.push(lane);
                    self.on();
                    self.chosen.pop();
                }
            }
        }
    }
    for lanes in 1..=pairs.len() {
        let mut search = Search {
            pairs,
            spans: pairs.iter().map(|p| span(p.left, p.right)).collect(),
            lanes,
            chosen: Vec::new(),
            best: None,
            budget: 100_000,
        };
        search.on();
        if let Some((_, found)) = search.best {
            return found;
        }
    }
    Vec::new()
}

/// What the two kinds of line mean, and the note on the pairs of this workbook's reading.
fn legend(parts: &Parts, lang: Lang, width: usize) -> Vec<Line> {
    let pairs = parts.valid_pairs();
    let mut out = Vec::new();
    for (link, msg) in [
        (Link::Same, Msg::CompareSame),
        (Link::Ours, Msg::CompareOurs),
    ] {
        if !pairs.iter().any(|p| p.link == link) {
            continue;
        }
        let pen = pen(link);
        let mark = format!("{} ", pen.across.to_string().repeat(3));
        out.extend(wrap(
            &[(msg.get(lang), Role::Dim)],
            width,
            Span::new(mark, pen.role),
            Span::new("    ", Role::Text),
        ));
    }
    if let Some(note) = parts.note {
        out.extend(wrap(
            &[(note.get(lang), Role::Text)],
            width,
            Span::new("    ", Role::Text),
            Span::new("    ", Role::Text),
        ));
    }
    out
}

/// The two lists one after the other; the second says of each entry which entry of the first
/// it is paired with, and how.
fn one_after_the_other(content: &Content, parts: &Parts, lang: Lang, width: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let hang = || Span::new("  ", Role::Text);
    for (n, side) in [parts.left, parts.right].into_iter().enumerate() {
        out.push(Line::blank());
        out.extend(plain(side.title.get(lang), Role::Title, width));
        if parts.left.source != parts.right.source
            && let Some(source) = content.source(&side.source)
        {
            out.extend(plain(&source.title, Role::DimItalic, width));
        }
        for (i, entry) in side.entries.iter().enumerate() {
            let pair = if n == 0 { None } else { parts.pair_of_right(i) };
            let mut segments: Vec<(String, Role)> = vec![(entry.get(lang).to_string(), Role::Text)];
            if let Some(p) = pair {
                let other = parts.left.entries[p.left].get(lang);
                let (words, role) = match p.link {
                    Link::Same => (Msg::CompareSameAs, Role::Dim),
                    Link::Ours => (Msg::CompareOursWith, Role::DimItalic),
                };
                segments.push((format!(" — {} ", words.get(lang)), role));
                segments.push((format!("‘{other}’"), Role::Dim));
            }
            let segments: Vec<(&str, Role)> =
                segments.iter().map(|(t, r)| (t.as_str(), *r)).collect();
            out.extend(wrap(
                &segments,
                width,
                Span::new("• ", Role::Accent),
                hang(),
            ));
        }
    }
    if let Some(note) = parts.note {
        out.push(Line::blank());
        out.extend(plain(
            Msg::CompareOursNote.get(lang),
            Role::DimItalic,
            width,
        ));
        out.extend(plain(note.get(lang), Role::Text, width));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_four() -> (&'static Content, Parts<'static>) {
        let c = crate::content::embedded();
        let (_, item) = c.item_by_id("sleutel-4").unwrap();
        let parts = item
            .blocks
            .iter()
            .find_map(Parts::of)
            .expect("a compare block");
        (c, parts)
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn the_lines_take_as_few_lanes_and_crossings_as_they_can() {
        let (_, parts) = key_four();
        let pairs = parts.valid_pairs();
        let lanes = lanes(&pairs);
        // Three lines run along rows 10 to 15 together; the others fit beside them.
        assert_eq!(lanes.iter().max(), Some(&2));
        // Verbinding (first) to alignment (fourth) must cross the three pairs between them,
        // lerend vermogen (last) to ontplooiingsmogelijkheden (sixth) the two below it: no
        // more.
        assert_eq!(crossings(&pairs, &lanes), 5);
    }

    #[test]
    fn side_by_side_each_list_keeps_its_order_and_every_pair_is_drawn() {
        let (c, parts) = key_four();
        let lines = lines(c, &parts, Lang::Nl, 90);
        let t = texts(&lines);
        // Each list in its own order: left entries on their rows, right ones half a row lower.
        let pos = |name: &str, from_left: bool| {
            t.iter()
                .position(|l| {
                    if from_left {
                        l.starts_with(name)
                    } else {
                        l.ends_with(name)
                    }
                })
                .unwrap_or_else(|| panic!("{name} missing:\n{}", t.join("\n")))
        };
        let left: Vec<usize> = parts
            .left
            .entries
            .iter()
            .map(|e| pos(&format!("{} ", e.nl), true))
            .collect();
        assert!(left.windows(2).all(|w| w[1] == w[0] + 2), "{t:#?}");
        let right: Vec<usize> = parts
            .right
            .entries
            .iter()
            .map(|e| pos(&format!(" {}", e.nl), false))
            .collect();
        assert!(right.windows(2).all(|w| w[1] == w[0] + 2), "{t:#?}");
        assert_eq!(right[0], left[0] + 1);
        // Every entry is in a pair here, so every row of an entry has a line leaving it.
        for row in left.iter().chain(&right) {
            assert!(
                t[*row].contains('─') || t[*row].contains('┄'),
                "{}",
                t[*row]
            );
        }
        // The pairs of this workbook's reading are dashed, the others solid.
        let verbinding = &t[left[0]];
        assert!(verbinding.contains('┄') && !verbinding.contains('─'));
        let verantwoordelijkheid = &t[left[1]];
        assert!(verantwoordelijkheid.contains('─'));
        // Both headings above their lists, the source named, the legend and the note below.
        let all = t.join("\n");
        assert!(all.contains("Beide lijsten uit: Zeven sleutels"), "{all}");
        let head = t
            .iter()
            .find(|l| l.starts_with("Tipblad bij sleutel 4, tip 1"))
            .unwrap();
        assert!(head.trim_end().ends_with("Infographic"), "{head}");
        assert!(all.contains("─── hetzelfde in beide lijsten"));
        assert!(all.contains("┄┄┄ lezing van dit werkboek, niet van de bron"));
        assert!(all.contains("De drie lijnen van de overgebleven"));
        for l in &lines {
            assert!(l.width() <= 90, "{}", l.text());
        }
    }

    #[test]
    fn narrow_the_lists_follow_each_other_and_the_pairs_are_said_in_words() {
        let (c, parts) = key_four();
        for lang in [Lang::Nl, Lang::En] {
            let lines = lines(c, &parts, lang, 45);
            let t = texts(&lines);
            let all = t.join("\n");
            assert!(!all.contains('┄') && !all.contains('┆'), "{all}");
            for l in &lines {
                assert!(l.width() <= 45, "{}", l.text());
            }
            let said = |right: usize, words: Msg, left: usize| {
                let entry = parts.right.entries[right].get(lang);
                let line = format!(
                    "{entry} — {} ‘{}’",
                    words.get(lang),
                    parts.left.entries[left].get(lang)
                );
                let squashed = all.replace("\n  ", " ");
                assert!(squashed.contains(&line), "{line} missing from\n{all}");
            };
            said(0, Msg::CompareSameAs, 1);
            said(3, Msg::CompareOursWith, 0);
            said(5, Msg::CompareOursWith, 7);
            assert!(
                all.contains(parts.note.unwrap().get(lang).split(' ').next().unwrap()),
                "{all}"
            );
            // The left list first, in its order.
            let first = t
                .iter()
                .position(|l| l == &format!("• {}", parts.left.entries[0].get(lang)))
                .unwrap();
            let second = t
                .iter()
                .position(|l| l == &format!("• {}", parts.left.entries[1].get(lang)))
                .unwrap();
            assert_eq!(second, first + 1);
        }
    }

    #[test]
    fn it_goes_side_by_side_as_soon_as_it_fits() {
        let (c, parts) = key_four();
        let drawn = |w| side_by_side(c, &parts, Lang::Nl, w).is_some();
        // "verantwoordelijkheid" (20), the gutter of three lanes (9), "eigen
        // verantwoordelijkheid" (26).
        assert!(drawn(55));
        assert!(!drawn(54));
    }
}
