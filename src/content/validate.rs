//! Checks on the material beyond what the types enforce: every text present in both languages,
//! ids unique and well-formed, every link and reference resolving.

use std::collections::HashSet;

use super::{AssessKind, Block, Content, L10n, Scale};

struct Check<'a> {
    problems: Vec<String>,
    ids: HashSet<&'a str>,
}

impl<'a> Check<'a> {
    fn text(&mut self, t: &L10n, at: &str) {
        if t.nl.trim().is_empty() {
            self.problems.push(format!("{at}: Dutch text is empty"));
        }
        if t.en.trim().is_empty() {
            self.problems.push(format!("{at}: English text is empty"));
        }
    }

    fn id(&mut self, id: &'a str, at: &str) {
        let well_formed = !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--")
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.problems
                .push(format!("{at}: id {id:?} is not lower-case-with-dashes"));
        }
        if !self.ids.insert(id) {
            self.problems.push(format!("{at}: id {id:?} is used twice"));
        }
    }

    fn scale(&mut self, scale: &Scale, at: &str) {
        self.text(&scale.title, at);
        for (n, step) in scale.steps.iter().enumerate() {
            if usize::from(step.value) != n + 1 {
                self.problems
                    .push(format!("{at}: step values must run 1, 2, 3 ... in order"));
            }
            self.text(&step.label, &format!("{at} step {}", step.value));
        }
    }
}

pub(super) fn problems(c: &Content) -> Vec<String> {
    let mut ck = Check {
        problems: Vec::new(),
        ids: HashSet::new(),
    };
    ck.scale(&c.assessment.rating, "assessment.rating");
    ck.scale(&c.assessment.checklist, "assessment.checklist");
    for list in &c.assessment.checklists {
        ck.id(&list.id, "assessment.checklists");
        ck.text(&list.title, &format!("checklist {}", list.id));
    }
    for source in &c.sources {
        ck.id(&source.id, "sources");
        ck.text(&source.about, &format!("source {}", source.id));
    }
    for section in &c.sections {
        let at = format!("section {}", section.id);
        ck.id(&section.id, &at);
        ck.text(&section.tab, &at);
        ck.text(&section.title, &at);
        ck.text(&section.intro, &at);
        for s in &section.sources {
            if c.source(s).is_none() {
                ck.problems.push(format!("{at}: unknown source {s:?}"));
            }
        }
        for group in &section.groups {
            let at = format!("group {}", group.id);
            ck.id(&group.id, &at);
            for t in group.title.iter().chain(&group.intro) {
                ck.text(t, &at);
            }
            if group.key.is_some_and(|k| !(1..=7).contains(&k)) {
                ck.problems.push(format!("{at}: key must be 1 to 7"));
            }
            match (&group.checklist, section.assess) {
                (Some(list), Some(AssessKind::Checklist)) => {
                    if !c.assessment.checklists.iter().any(|l| &l.id == list) {
                        ck.problems
                            .push(format!("{at}: unknown checklist {list:?}"));
                    }
                }
                (None, Some(AssessKind::Checklist)) => ck.problems.push(format!(
                    "{at}: a checklist section's groups name their checklist"
                )),
                (Some(_), _) => ck
                    .problems
                    .push(format!("{at}: only checklist sections name a checklist")),
                (None, _) => {}
            }
            if group.items.is_empty() {
                ck.problems.push(format!("{at}: no items"));
            }
            for item in &group.items {
                let at = format!("item {}", item.id);
                ck.id(&item.id, &at);
                ck.text(&item.title, &at);
                ck.text(&item.summary, &at);
                for t in item.label.iter().chain(&item.aka).chain(&item.questions) {
                    ck.text(t, &at);
                }
                for link in &item.links {
                    if c.find(link).is_none() {
                        ck.problems
                            .push(format!("{at}: link to unknown id {link:?}"));
                    }
                }
                for block in &item.blocks {
                    check_block(&mut ck, block, &at);
                }
            }
        }
    }
    ck.problems
}

fn check_block<'a>(ck: &mut Check<'a>, block: &'a Block, at: &str) {
    match block {
        Block::Text { text } => ck.text(text, at),
        Block::Tip { title, text } => {
            ck.text(title, at);
            ck.text(text, at);
        }
        Block::List { title, entries } => {
            if entries.is_empty() {
                ck.problems.push(format!("{at}: empty list"));
            }
            for t in title.iter() {
                ck.text(t, at);
            }
            for e in entries {
                for t in e.term.iter() {
                    ck.text(t, at);
                }
                ck.text(&e.text, at);
            }
        }
        Block::Grid {
            title,
            corner,
            columns,
            rows,
            cells,
        } => {
            for t in title.iter().chain(corner).chain(columns).chain(rows) {
                ck.text(t, at);
            }
            if cells.len() != rows.len() || cells.iter().any(|r| r.len() != columns.len()) {
                ck.problems
                    .push(format!("{at}: grid cells must be rows x columns"));
            }
            for cell in cells.iter().flatten() {
                ck.text(cell, at);
            }
        }
        Block::Interventions { entries, .. } => {
            if entries.is_empty() {
                ck.problems.push(format!("{at}: no interventions"));
            }
            for e in entries {
                ck.id(&e.id, at);
                ck.text(&e.text, at);
            }
        }
        Block::Practice { who, text } => {
            ck.text(who, at);
            ck.text(text, at);
        }
    }
}
