//! Searching the material, the notes and the log: the rules, apart from any screen.
//!
//! Every word of the query must occur (in any order) as a substring, without regard to case or
//! accents, in either direction: "orientatie" finds "oriëntatie" and "oriëntatie" finds
//! "orientatie". Both sides are folded with nucleo-matcher's Latin tables (accents off, lower
//! case), one character for one, so a match's place in the folded text is its place in the
//! original. (nucleo-matcher's own substring matcher is not used: in 0.3.1 it misses accented
//! matches that do not start the text.)

use std::sync::Arc;

use nucleo_matcher::chars;

use crate::content::{Block, Content, ItemRef};
use crate::data::{Log, Workbook};
use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Material,
    Note,
    Log,
}

/// A result: an item of the material, a note on an item, or a log entry (by its place in the
/// log; the log cannot change while the search is open, it can only arrive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Material(ItemRef),
    Note(ItemRef),
    Log(u32),
}

impl Hit {
    pub fn kind(&self) -> HitKind {
        match self {
            Hit::Material(_) => HitKind::Material,
            Hit::Note(_) => HitKind::Note,
            Hit::Log(_) => HitKind::Log,
        }
    }
}

/// One character folded: accents off, lower case.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        chars::to_lower_case(chars::normalize(c))
    }
}

/// Folds `text` into `out` (reused, so searching ten thousand entries allocates nothing).
/// Runs of ASCII are copied and lowered in bulk; only other characters go through the table.
fn fold_into(text: &str, out: &mut String) {
    out.clear();
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.push(fold_char(c));
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// A query, ready to match: its words, folded.
pub struct Query {
    words: Vec<String>,
    buf: String,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query {
            words: text
                .split_whitespace()
                .map(|w| w.chars().map(fold_char).collect())
                .collect(),
            buf: String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word occurs in at least one of the texts.
    pub fn matches(&mut self, texts: &[&str]) -> bool {
        if self.words.is_empty() {
            return false;
        }
        // Up to 64 words are tracked in a bit set; more words than that is not a search.
        let all: u64 = if self.words.len() >= 64 {
            u64::MAX
        } else {
            (1 << self.words.len()) - 1
        };
        let mut found = 0u64;
        for t in texts {
            fold_into(t, &mut self.buf);
            for (i, w) in self.words.iter().enumerate().take(64) {
                if found & (1 << i) == 0 && self.buf.contains(w.as_str()) {
                    found |= 1 << i;
                }
            }
            if found == all {
                return true;
            }
        }
        false
    }

    /// Where an item matches best, if every word occurs in one of its `fields`: each word
    /// counts where it occurs best, and the item counts as its weakest word (a title that has
    /// one word and a grid cell the other is a match in a grid cell).
    pub fn rank(&mut self, fields: &[(Field, &str)]) -> Option<Field> {
        if self.words.is_empty() {
            return None;
        }
        let mut best: Vec<Option<Field>> = vec![None; self.words.len()];
        for (field, text) in fields {
            fold_into(text, &mut self.buf);
            for (w, b) in self.words.iter().zip(best.iter_mut()) {
                if b.is_none_or(|b| *field < b) && self.buf.contains(w.as_str()) {
                    *b = Some(*field);
                }
            }
            if best.iter().all(|b| *b == Some(Field::Title)) {
                break;
            }
        }
        best.into_iter()
            .try_fold(Field::Title, |worst, b| b.map(|b| worst.max(b)))
    }

    /// The character positions in `text` that some word of the query matched, sorted.
    pub fn positions(&mut self, text: &str) -> Vec<usize> {
        fold_into(text, &mut self.buf);
        let mut all = Vec::new();
        for w in &self.words {
            let len = w.chars().count();
            for (byte, _) in self.buf.match_indices(w.as_str()) {
                let start = self.buf[..byte].chars().count();
                all.extend(start..start + len);
            }
        }
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// How much of one note a search looks at: far more than anyone writes by hand, and little
/// enough that a note of hundreds of megabytes made elsewhere cannot stall typing.
const NOTE_SEARCHED: usize = 1024 * 1024;

/// The part of a note a search looks at.
fn searched_part(note: &str) -> &str {
    let mut end = note.len().min(NOTE_SEARCHED);
    while !note.is_char_boundary(end) {
        end -= 1;
    }
    &note[..end]
}

/// Where in an item a text is, best first: a match in the title ranks above one in the summary
/// (or the label, or another name), which ranks above one in the body, which ranks above one
/// in a grid's cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Title,
    Summary,
    Body,
    Cell,
}

/// The searchable texts of an item, each with where it is: title, label, other name, summary,
/// every block and the questions. Borrowed, so searching builds nothing.
pub fn item_fields(content: &Content, r: ItemRef, lang: Lang) -> Vec<(Field, &str)> {
    use Field::{Cell, Summary, Title};
    let item = content.item(r);
    let mut parts: Vec<(Field, &str)> = vec![(Title, item.title.get(lang))];
    if let Some(label) = &item.label {
        parts.push((Summary, label.get(lang)));
    }
    if let Some(aka) = &item.aka {
        parts.push((Summary, aka.get(lang)));
    }
    parts.push((Summary, item.summary.get(lang)));
    fn text_of(t: &crate::content::L10n, lang: Lang) -> (Field, &str) {
        (Field::Body, t.get(lang))
    }
    let body = |t| text_of(t, lang);
    for b in &item.blocks {
        match b {
            Block::Text { text, .. } => parts.push(body(text)),
            Block::Tip {
                title,
                subtitle,
                text,
            } => {
                parts.push(body(title));
                parts.extend(subtitle.iter().map(body));
                parts.push(body(text));
            }
            Block::List { title, entries, .. } => {
                parts.extend(title.iter().map(body));
                for e in entries {
                    parts.extend(e.term.iter().map(body));
                    parts.push(body(&e.text));
                }
            }
            Block::Grid {
                title,
                columns,
                rows,
                cells,
                ..
            } => {
                parts.extend(title.iter().map(body));
                parts.extend(
                    columns
                        .iter()
                        .chain(rows)
                        .chain(cells.iter().flatten())
                        .map(|t| (Cell, t.get(lang))),
                );
            }
            Block::Interventions { entries, .. } => {
                parts.extend(entries.iter().map(|e| body(&e.text)))
            }
            Block::Practice { who, text } => parts.extend([body(who), body(text)]),
            Block::Compare {
                title,
                left,
                right,
                note,
                ..
            } => {
                parts.extend(title.iter().map(body));
                for side in [left, right] {
                    parts.push(body(&side.title));
                    parts.extend(side.entries.iter().map(body));
                }
                parts.extend(note.iter().map(body));
            }
        }
    }
    parts.extend(item.questions.iter().map(body));
    parts
}

/// Where a statement of a self-scan belongs, as parts of its name: the checklist, the part of
/// it and the statement's number ("Checklist lerende organisatie", "Ondersteunende cultuur",
/// "1"); the statements alone say too little. `None` for items that are not statements.
pub fn checklist_place(content: &Content, r: ItemRef, lang: Lang) -> Option<Vec<&str>> {
    let group = &content.sections[r.section].groups[r.group];
    let list = group.checklist.as_deref()?;
    let title = content
        .assessment
        .checklists
        .iter()
        .find(|c| c.id.as_ref() == list)
        .map(|c| c.title.get(lang));
    let parts = title
        .into_iter()
        .chain(group.title.as_ref().map(|t| t.get(lang)))
        .chain(content.item(r).label.as_ref().map(|l| l.get(lang)))
        .collect();
    Some(parts)
}

/// The log entries (newest first, by place) that match `query`, among `within` if given.
/// Pure: the terminal loop runs it on a worker thread, tests run it directly. The entries'
/// titles and texts are read from the log file a large piece at a time, their tags from memory.
pub fn search_log(log: &Log, query: &str, within: Option<&[u32]>) -> Vec<u32> {
    let mut q = Query::new(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut tags = String::new();
    let mut hits = Vec::new();
    let order: Box<dyn Iterator<Item = usize>> = match within {
        Some(candidates) => Box::new(candidates.iter().map(|i| *i as usize)),
        None => Box::new((0..log.len()).rev()),
    };
    log.texts(order, |i, title, text| {
        tags.clear();
        for t in log.tags(i) {
            tags.push_str(t);
            tags.push(' ');
        }
        if q.matches(&[title, text, &tags]) {
            hits.push(i as u32);
        }
    });
    hits
}

/// A search of the log waiting to be run (off the key path, by the terminal loop).
#[derive(Clone, Debug)]
pub struct LogSearch {
    pub generation: u64,
    pub query: String,
    pub log: Arc<Log>,
    pub within: Option<Vec<u32>>,
}

/// Two requests are the same when they ask the same of the same log.
impl PartialEq for LogSearch {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
            && self.query == other.query
            && Arc::ptr_eq(&self.log, &other.log)
            && self.within == other.within
    }
}

impl LogSearch {
    pub fn run(&self) -> Vec<u32> {
        search_log(&self.log, &self.query, self.within.as_deref())
    }
}

/// The items of the material whose texts match `q`, best first (by [`Field`], then in reading
/// order), then the notes that do, in reading order; with `within`, only among those (a longer
/// query only loses results).
pub fn material_and_notes(
    content: &Content,
    workbook: &Workbook,
    q: &mut Query,
    lang: Lang,
    within: Option<Vec<Hit>>,
) -> Vec<Hit> {
    if q.is_empty() {
        return Vec::new();
    }
    let candidates: Vec<Hit> = within.unwrap_or_else(|| {
        content
            .all_items()
            .map(|(r, _)| Hit::Material(r))
            .chain(content.all_items().filter_map(|(r, item)| {
                (!workbook.note(&item.id).is_empty()).then_some(Hit::Note(r))
            }))
            .collect()
    });
    // Material first (by rank), then notes; within each, reading order.
    let mut ranked = Vec::new();
    for hit in candidates {
        let (r, rank) = match hit {
            Hit::Material(r) => match q.rank(&item_fields(content, r, lang)) {
                Some(rank) => (r, Some(rank)),
                None => continue,
            },
            Hit::Note(r) if q.matches(&[searched_part(workbook.note(&content.item(r).id))]) => {
                (r, None)
            }
            Hit::Note(_) | Hit::Log(_) => continue,
        };
        ranked.push(((hit.kind(), rank, [r.section, r.group, r.item]), hit));
    }
    ranked.sort_by_key(|(key, _)| *key);
    ranked.into_iter().map(|(_, hit)| hit).collect()
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_match_both_ways_and_case_does_not_matter() {
        let mut q = Query::new("orientatie");
        assert!(q.matches(&["Zorg voor externe oriëntatie"]));
        let mut q = Query::new("oriëntatie");
        assert!(q.matches(&["zonder accent: orientatie"]));
        let mut q = Query::new("CREËER");
        assert!(q.matches(&["creëer een positief klimaat"]));
        assert!(q.matches(&["Creeer"]));
    }

    #[test]
    fn every_word_must_occur_somewhere() {
        let mut q = Query::new("lees team");
        assert!(q.matches(&["het team", "begrijpend lezen en leesplezier"]));
        assert!(!q.matches(&["het team"]));
        let mut empty = Query::new("   ");
        assert!(!empty.matches(&["iets"]));
    }

    #[test]
    fn accents_match_anywhere_in_the_text() {
        // The case nucleo-matcher 0.3.1's substring matcher gets wrong.
        let mut q = Query::new("orientatie");
        assert!(q.matches(&["x oriëntatie"]));
        assert!(q.matches(&["Heel veel tekst ervoor, dan pas: externe oriëntatie."]));
    }

    #[test]
    fn an_item_ranks_by_where_its_weakest_word_is_found_best() {
        use Field::{Body, Cell, Summary, Title};
        let fields = [
            (Title, "Teamvertrouwen"),
            (Summary, "Vertrouwen in elkaar"),
            (Body, "Het team leert samen"),
            (Cell, "leiderschap"),
        ];
        assert_eq!(Query::new("vertrouwen").rank(&fields), Some(Title));
        assert_eq!(Query::new("elkaar").rank(&fields), Some(Summary));
        assert_eq!(Query::new("team samen").rank(&fields), Some(Body));
        assert_eq!(Query::new("team leiderschap").rank(&fields), Some(Cell));
        assert_eq!(Query::new("team zebra").rank(&fields), None);
        assert_eq!(Query::new("  ").rank(&fields), None);
    }

    fn ids(hits: &[Hit], c: &Content) -> Vec<String> {
        hits.iter()
            .map(|h| match h {
                Hit::Material(r) | Hit::Note(r) => c.item(*r).id.to_string(),
                Hit::Log(i) => i.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_title_ranks_above_a_grid_cell_that_comes_first() {
        let c = crate::content::embedded();
        let w = Workbook::default();
        let hits = material_and_notes(c, &w, &mut Query::new("leiderschap"), Lang::Nl, None);
        let ids = ids(&hits, c);
        let at = |id: &str| {
            ids.iter()
                .position(|x| x == id)
                .unwrap_or_else(|| panic!("{id}: {ids:?}"))
        };
        // The nine-field model has it in a cell and comes first in the material; the theme
        // and the statement have it in their titles.
        assert!(at("thema-leiderschap") < at("negenveldenmodel"), "{ids:?}");
        assert!(at("lo-expertise-3") < at("negenveldenmodel"), "{ids:?}");
        // Among titles, reading order.
        assert!(at("thema-leiderschap") < at("lo-expertise-3"), "{ids:?}");
        // Narrowing keeps the order.
        let within = material_and_notes(
            c,
            &w,
            &mut Query::new("leiderschap"),
            Lang::Nl,
            Some(hits.clone()),
        );
        assert_eq!(within, hits);
    }

    #[test]
    fn a_tips_subtitle_and_the_note_on_two_lists_are_searched() {
        let c = crate::content::embedded();
        let w = Workbook::default();
        let found = |query: &str, lang: Lang| -> Vec<String> {
            material_and_notes(c, &w, &mut Query::new(query), lang, None)
                .into_iter()
                .filter_map(|h| match h {
                    Hit::Material(r) => Some(c.item(r).id.to_string()),
                    _ => None,
                })
                .collect()
        };
        // Words of key 5's tips that only their subtitles of our own use.
        assert!(found("elkaars taal", Lang::Nl).contains(&"sleutel-5".into()));
        assert!(found("room on three conditions", Lang::En).contains(&"sleutel-5".into()));
        // Words only in the note on the pairs of key 4's two lists.
        assert!(
            found("voorwaarde die de organisatie biedt", Lang::Nl).contains(&"sleutel-4".into())
        );
        assert!(
            found("a condition the organisation offers", Lang::En).contains(&"sleutel-4".into())
        );
    }

    #[test]
    fn a_label_is_searched_and_notes_come_after_the_material() {
        let c = crate::content::embedded();
        let mut w = Workbook::default();
        w.update_item("sleutel-1", |s| s.note = "Zie sleutel 4".into());
        let hits = material_and_notes(c, &w, &mut Query::new("sleutel 4"), Lang::Nl, None);
        assert_eq!(ids(&hits, c).first().map(String::as_str), Some("sleutel-4"));
        assert_eq!(
            hits.last(),
            Some(&Hit::Note(c.item_by_id("sleutel-1").unwrap().0))
        );
    }

    #[test]
    fn a_statement_of_a_self_scan_knows_its_checklist_and_part() {
        let c = crate::content::embedded();
        let (r, _) = c.item_by_id("lo-cultuur-1").unwrap();
        assert_eq!(
            checklist_place(c, r, Lang::Nl),
            Some(vec![
                "Checklist lerende organisatie",
                "Ondersteunende cultuur",
                "1"
            ])
        );
        let (r, _) = c.item_by_id("sleutel-1").unwrap();
        assert_eq!(checklist_place(c, r, Lang::Nl), None);
    }

    #[test]
    fn positions_point_at_the_matched_characters() {
        let mut q = Query::new("eë");
        // "eë" folds to "ee", found in "Creëer" at positions 2-3.
        assert_eq!(q.positions("Creëer"), [2, 3]);
        let mut q = Query::new("team");
        assert_eq!(q.positions("Één team"), [4, 5, 6, 7]);
    }
}
