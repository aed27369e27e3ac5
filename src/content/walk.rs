//! Every text of the material, in both languages, with its place: for the checks that read all
//! of it (non-empty, one rendering per term) without each naming every field again.

use super::{Block, Content, L10n};

pub(super) fn texts(c: &Content) -> Vec<(String, &L10n)> {
    let mut out: Vec<(String, &L10n)> = Vec::new();
    for source in &c.sources {
        let at = format!("source {}", source.id);
        out.push((at.clone(), &source.about));
        for note in &source.author_notes {
            out.push((format!("{at} author {}", note.author), &note.about));
        }
    }
    for (name, scale) in [
        ("assessment.rating", &c.assessment.rating),
        ("assessment.checklist", &c.assessment.checklist),
    ] {
        out.push((name.to_string(), &scale.title));
        for step in &scale.steps {
            out.push((format!("{name} step {}", step.value), &step.label));
        }
    }
    for list in &c.assessment.checklists {
        out.push((format!("checklist {}", list.id), &list.title));
    }
    for section in &c.sections {
        let at = format!("section {}", section.id);
        for t in [&section.tab, &section.title, &section.intro] {
            out.push((at.clone(), t));
        }
        for group in &section.groups {
            let at = format!("group {}", group.id);
            for t in group.title.iter().chain(&group.intro) {
                out.push((at.clone(), t));
            }
            for item in &group.items {
                let at = format!("item {}", item.id);
                for t in item.label.iter().chain([&item.title]).chain(&item.aka) {
                    out.push((at.clone(), t));
                }
                out.push((at.clone(), &item.summary));
                for block in &item.blocks {
                    block_texts(block, &at, &mut out);
                }
                for q in &item.questions {
                    out.push((at.clone(), q));
                }
            }
        }
    }
    out
}

fn block_texts<'a>(block: &'a Block, at: &str, out: &mut Vec<(String, &'a L10n)>) {
    let mut push = |t: &'a L10n| out.push((at.to_string(), t));
    match block {
        Block::Text { text, .. } => push(text),
        Block::Tip {
            title,
            subtitle,
            text,
        } => {
            push(title);
            subtitle.iter().for_each(&mut push);
            push(text);
        }
        Block::List { title, entries, .. } => {
            title.iter().for_each(&mut push);
            for e in entries {
                e.term.iter().for_each(&mut push);
                push(&e.text);
            }
        }
        Block::Grid {
            title,
            corner,
            columns,
            rows,
            cells,
        } => {
            title
                .iter()
                .chain(corner)
                .chain(columns)
                .chain(rows)
                .chain(cells.iter().flatten())
                .for_each(push);
        }
        Block::Interventions { entries, .. } => entries.iter().for_each(|e| push(&e.text)),
        Block::Practice { who, text } => {
            push(who);
            push(text);
        }
        Block::Compare {
            title,
            left,
            right,
            note,
            ..
        } => {
            title.iter().for_each(&mut push);
            for side in [left, right] {
                push(&side.title);
                side.entries.iter().for_each(&mut push);
            }
            note.iter().for_each(push);
        }
    }
}
