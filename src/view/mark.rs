//! A search's words marked in an item's laid-out text, from opening a search result until
//! another item is chosen: where the words are on a line, and which line to show first.

use super::item::Doc;
use super::{Line, Role};
use crate::content::ItemRef;
use crate::search::Query;

/// The query whose words are marked in an item's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub item: ItemRef,
    pub query: String,
}

/// The character positions on `line` (its text, spans joined) that a word of the query
/// matches, sorted.
pub fn positions(q: &mut Query, line: &Line) -> Vec<usize> {
    q.positions(&line.text())
}

/// Whether a span of this role is the reader's note.
fn is_note(role: Role) -> bool {
    role == Role::Note
}

/// The first line a match of `query` should bring into view. For a match in a note: the first
/// match in the note. Otherwise the first in the material's own words: not in the note, and
/// not in what is only said around them (dim text: the place of the item, a part's summary,
/// hints), unless there is no other; then the first anywhere.
pub fn first_line(doc: &Doc, query: &str, in_note: bool) -> Option<usize> {
    let mut q = Query::new(query);
    let mut anywhere = None;
    for (i, line) in doc.lines.iter().enumerate() {
        let found = positions(&mut q, line);
        if found.is_empty() {
            continue;
        }
        anywhere.get_or_insert(i);
        // The role of each character, to see where the matches fall.
        let roles: Vec<Role> = line
            .spans
            .iter()
            .flat_map(|s| s.text.chars().map(move |_| s.role))
            .collect();
        let hit = |want: &dyn Fn(Role) -> bool| {
            found
                .iter()
                .any(|p| roles.get(*p).is_some_and(|r| want(*r)))
        };
        let wanted = if in_note {
            hit(&|r| is_note(r))
        } else {
            hit(&|r| !is_note(r) && r != Role::Dim)
        };
        if wanted {
            return Some(i);
        }
    }
    anywhere
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Span;

    fn doc(lines: Vec<Line>) -> Doc {
        Doc {
            lines,
            anchors: Vec::new(),
        }
    }

    #[test]
    fn the_first_match_in_the_material_not_in_its_surroundings_or_the_note() {
        let d = doc(vec![
            Line::of("Cultuur  ·  ○ nog niet bestudeerd", Role::Dim),
            Line::of("We helpen elkaar.", Role::Title),
            Line::blank(),
            Line::new(vec![
                Span::new("✎ ", Role::Note),
                Span::new("mijn cultuur", Role::Note),
            ]),
            Line::of("Een cultuur van leren.", Role::Text),
        ]);
        assert_eq!(first_line(&d, "cultuur", false), Some(4));
        assert_eq!(first_line(&d, "cultuur", true), Some(3));
        assert_eq!(
            first_line(&d, "helpen", true),
            Some(1),
            "not in the note: anywhere"
        );
        assert_eq!(first_line(&d, "niet", false), Some(0), "only dim: there");
        assert_eq!(first_line(&d, "zebra", false), None);
    }

    #[test]
    fn positions_count_characters_across_spans() {
        let mut q = Query::new("oriëntatie");
        let line = Line::new(vec![
            Span::new("• ", Role::Accent),
            Span::new("Externe orientatie", Role::Text),
        ]);
        assert_eq!(positions(&mut q, &line), (10..20).collect::<Vec<_>>());
    }
}
