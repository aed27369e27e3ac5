//! Checks on the material beyond what the types enforce: every text present in both languages,
//! ids unique and well-formed, every link and reference resolving, every index in range.

use std::collections::HashSet;

use super::{AssessKind, Block, Content, Scale};

struct Check<'a> {
    problems: Vec<String>,
    ids: HashSet<&'a str>,
}

fn well_formed(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl<'a> Check<'a> {
    fn say(&mut self, problem: String) {
        self.problems.push(problem);
    }

    /// An id of the material: well-formed and unique over sections, groups, items and
    /// interventions (and sources and checklists, which share the space).
    fn id(&mut self, id: &'a str, at: &str) {
        if !well_formed(id) {
            self.say(format!("{at}: id {id:?} is not lower-case-with-dashes"));
        }
        if !self.ids.insert(id) {
            self.say(format!("{at}: id {id:?} is used twice"));
        }
    }

    fn scale(&mut self, scale: &Scale, at: &str) {
        for (n, step) in scale.steps.iter().enumerate() {
            if usize::from(step.value) != n + 1 {
                self.say(format!("{at}: step values must run 1, 2, 3 ... in order"));
            }
        }
    }
}

pub(super) fn problems(c: &Content) -> Vec<String> {
    let mut ck = Check {
        problems: Vec::new(),
        ids: HashSet::new(),
    };
    for (at, t) in c.texts() {
        if t.nl.trim().is_empty() {
            ck.say(format!("{at}: Dutch text is empty"));
        }
        if t.en.trim().is_empty() {
            ck.say(format!("{at}: English text is empty"));
        }
    }
    ck.scale(&c.assessment.rating, "assessment.rating");
    ck.scale(&c.assessment.checklist, "assessment.checklist");
    for list in &c.assessment.checklists {
        ck.id(&list.id, "assessment.checklists");
    }
    for source in &c.sources {
        sources(&mut ck, source);
    }
    glossary(&mut ck, c);
    for section in &c.sections {
        let at = format!("section {}", section.id);
        ck.id(&section.id, &at);
        for s in &section.sources {
            if c.source(s).is_none() {
                ck.say(format!("{at}: unknown source {s:?}"));
            }
        }
        for group in &section.groups {
            let at = format!("group {}", group.id);
            ck.id(&group.id, &at);
            if group.key.is_some_and(|k| !(1..=7).contains(&k)) {
                ck.say(format!("{at}: key must be 1 to 7"));
            }
            match (&group.checklist, section.assess) {
                (Some(list), Some(AssessKind::Checklist)) => {
                    if !c.assessment.checklists.iter().any(|l| &l.id == list) {
                        ck.say(format!("{at}: unknown checklist {list:?}"));
                    }
                }
                (None, Some(AssessKind::Checklist)) => ck.say(format!(
                    "{at}: a checklist section's groups name their checklist"
                )),
                (Some(_), _) => ck.say(format!("{at}: only checklist sections name a checklist")),
                (None, _) => {}
            }
            if group.items.is_empty() {
                ck.say(format!("{at}: no items"));
            }
            for item in &group.items {
                let at = format!("item {}", item.id);
                ck.id(&item.id, &at);
                if item.aka.as_ref().is_some_and(|aka| {
                    aka.nl.to_lowercase() == item.title.nl.to_lowercase()
                        || aka.en.to_lowercase() == item.title.en.to_lowercase()
                }) {
                    ck.say(format!("{at}: aka repeats the item's own name"));
                }
                for link in &item.links {
                    if c.find(link).is_none() {
                        ck.say(format!("{at}: link to unknown id {link:?}"));
                    }
                }
                for block in &item.blocks {
                    check_block(&mut ck, c, block, &at);
                }
            }
        }
    }
    ck.problems
}

fn sources<'a>(ck: &mut Check<'a>, source: &'a super::Source) {
    let at = format!("source {}", source.id);
    ck.id(&source.id, "sources");
    for note in &source.author_notes {
        if !source.authors.contains(&note.author) {
            ck.say(format!(
                "{at}: author note for {:?}, who is not among its authors",
                note.author
            ));
        }
    }
    let noted: Vec<&String> = source.author_notes.iter().map(|n| &n.author).collect();
    let in_order: Vec<&String> = source
        .authors
        .iter()
        .filter(|a| noted.contains(a))
        .collect();
    if noted != in_order {
        ck.say(format!(
            "{at}: author notes follow the order of the authors, once each"
        ));
    }
    let mut refs = HashSet::new();
    for r in &source.reading {
        if !well_formed(&r.id) || !refs.insert(r.id.as_str()) {
            ck.say(format!(
                "{at}: reading id {:?} is malformed or used twice",
                r.id
            ));
        }
        if r.authors.is_empty() || r.title.trim().is_empty() {
            ck.say(format!("{at}: reading {} needs authors and a title", r.id));
        }
        let blank = |o: &Option<String>| o.as_ref().is_some_and(|s| s.trim().is_empty());
        if [&r.subtitle, &r.kind, &r.place, &r.publisher]
            .into_iter()
            .any(blank)
            || r.urls.iter().any(|u| u.trim().is_empty())
        {
            ck.say(format!(
                "{at}: reading {} has an empty field (leave it out instead)",
                r.id
            ));
        }
    }
}

fn glossary(ck: &mut Check<'_>, c: &Content) {
    let mut ids = HashSet::new();
    let mut terms = HashSet::new();
    for term in &c.glossary {
        let at = format!("glossary {}", term.id);
        if !well_formed(&term.id) || !ids.insert(term.id.as_ref()) {
            ck.say(format!("{at}: id is malformed or used twice"));
        }
        if term.nl.trim().is_empty() || term.en.trim().is_empty() {
            ck.say(format!("{at}: the term and its rendering are both needed"));
        }
        if term.about.nl.trim().is_empty() || term.about.en.trim().is_empty() {
            ck.say(format!("{at}: about is needed in both languages"));
        }
        for nl in std::iter::once(term.nl.as_ref()).chain(term.forms.iter().map(String::as_str)) {
            if !terms.insert(nl.to_lowercase()) {
                ck.say(format!("{at}: {nl:?} belongs to two terms"));
            }
        }
        let en = term.en.to_lowercase();
        for rival in &term.avoid {
            let rival = rival.to_lowercase();
            if rival.trim().is_empty() || en.contains(&rival) {
                ck.say(format!(
                    "{at}: avoided rendering {rival:?} is empty or part of the rendering itself"
                ));
            }
        }
    }
}

fn check_block<'a>(ck: &mut Check<'a>, c: &Content, block: &'a Block, at: &str) {
    match block {
        Block::Text { .. } | Block::Tip { .. } | Block::Practice { .. } => {}
        Block::List { entries, .. } => {
            if entries.is_empty() {
                ck.say(format!("{at}: empty list"));
            }
        }
        Block::Grid {
            columns,
            rows,
            cells,
            ..
        } => {
            if cells.len() != rows.len() || cells.iter().any(|r| r.len() != columns.len()) {
                ck.say(format!("{at}: grid cells must be rows x columns"));
            }
        }
        Block::Interventions { entries, .. } => {
            if entries.is_empty() {
                ck.say(format!("{at}: no interventions"));
            }
            for e in entries {
                ck.id(&e.id, at);
            }
        }
        Block::Compare {
            left,
            right,
            pairs,
            note,
            ..
        } => {
            for side in [left, right] {
                if c.source(&side.source).is_none() {
                    ck.say(format!(
                        "{at}: compare names unknown source {:?}",
                        side.source
                    ));
                }
                if side.entries.is_empty() {
                    ck.say(format!("{at}: compare has an empty side"));
                }
            }
            let (mut seen_left, mut seen_right) = (HashSet::new(), HashSet::new());
            for p in pairs {
                if p.left >= left.entries.len() || p.right >= right.entries.len() {
                    ck.say(format!(
                        "{at}: pair {} - {} points past the end of a list",
                        p.left, p.right
                    ));
                }
                if !seen_left.insert(p.left) || !seen_right.insert(p.right) {
                    ck.say(format!(
                        "{at}: an entry is paired twice ({} - {})",
                        p.left, p.right
                    ));
                }
            }
            let ours = pairs.iter().any(|p| p.link == super::Link::Ours);
            if ours != note.is_some() {
                ck.say(format!(
                    "{at}: a compare block with pairs of our own says why in its note, and only then"
                ));
            }
        }
    }
}
