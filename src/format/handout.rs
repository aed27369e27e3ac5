//! The whole material in one language: Markdown for a printable handout, JSON (with the stable
//! ids) for other tools. No personal data goes in here.

use serde_json::{Value, json};

use super::md::{Inline, Markdown};
use crate::content::{Block, Content, Item, L10n, Scope, Section};
use crate::i18n::{Lang, Msg};

fn t(x: &L10n, lang: Lang) -> &str {
    x.get(lang)
}

/// The whole material as a Markdown handout, to print or to read elsewhere.
pub fn markdown(c: &Content, lang: Lang) -> String {
    let mut md = Markdown::new();
    md.heading(1, Msg::HandoutTitle.get(lang));
    md.para(Msg::SourcesIntro.get(lang));
    for s in &c.sources {
        let mut line = Inline::em(&s.full_title());
        if !s.authors.is_empty() {
            line = line.then(". ").then(s.authors.join("; "));
        }
        md.bullet(line.then(format!(". {}.", s.published())));
    }
    for (n, section) in c.sections.iter().enumerate() {
        section_md(&mut md, c, n + 1, section, lang);
    }
    md.finish()
}

fn section_md(md: &mut Markdown, c: &Content, n: usize, section: &Section, lang: Lang) {
    md.heading(2, format!("{n}. {}", t(&section.title, lang)));
    md.para(t(&section.intro, lang));
    if let Some(kind) = section.assess {
        let scale = c.assessment.scale(kind);
        let steps = scale.numbered(lang).join(" · ");
        md.para(Inline::em(&format!("{}: {steps}", t(&scale.title, lang))));
    }
    for group in &section.groups {
        if let Some(title) = &group.title {
            md.heading(3, t(title, lang));
        }
        if let Some(intro) = &group.intro {
            md.para(t(intro, lang));
        }
        let level = if group.title.is_some() { 4 } else { 3 };
        for item in &group.items {
            item_md(md, c, level, item, lang);
        }
    }
}

fn item_md(md: &mut Markdown, c: &Content, level: usize, item: &Item, lang: Lang) {
    md.heading(level, item.labelled_title(lang));
    if let Some(aka) = &item.aka {
        md.para(Inline::em(&format!(
            "{}: {}",
            Msg::AlsoNamed.get(lang),
            t(aka, lang)
        )));
    }
    md.para(t(&item.summary, lang));
    let mut tip = 0;
    for block in &item.blocks {
        match block {
            Block::Text { text, .. } => md.para(t(text, lang)),
            Block::Tip { title, text, .. } => {
                tip += 1;
                md.para(Inline::strong(&format!(
                    "{} {tip}: {}",
                    Msg::Tip.get(lang),
                    t(title, lang)
                )));
                md.para(t(text, lang));
            }
            Block::List { title, entries, .. } => {
                if let Some(title) = title {
                    md.para(Inline::strong(t(title, lang)));
                }
                for e in entries {
                    match &e.term {
                        Some(term) => md.bullet(
                            Inline::strong(t(term, lang))
                                .then(": ")
                                .then(t(&e.text, lang)),
                        ),
                        None => md.bullet(t(&e.text, lang)),
                    }
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
                    md.para(Inline::strong(t(title, lang)));
                }
                let corner = corner.as_ref().map(|x| t(x, lang)).unwrap_or("");
                let head = std::iter::once(Inline::text(corner))
                    .chain(columns.iter().map(|x| Inline::text(t(x, lang))))
                    .collect();
                let body = rows
                    .iter()
                    .enumerate()
                    .map(|(r, row)| {
                        std::iter::once(Inline::strong(t(row, lang)))
                            .chain(
                                cells
                                    .get(r)
                                    .into_iter()
                                    .flatten()
                                    .map(|x| Inline::text(t(x, lang))),
                            )
                            .collect()
                    })
                    .collect();
                md.table(head, body);
            }
            Block::Interventions { scope, entries } => {
                let heading = match scope {
                    Scope::School => Msg::InterventionsSchool,
                    Scope::Partnership => Msg::InterventionsPartnership,
                };
                md.para(Inline::strong(heading.get(lang)));
                for e in entries {
                    md.task(false, t(&e.text, lang));
                }
            }
            Block::Practice { who, text } => md.quote_line(
                Inline::em(&format!("{} ({})", Msg::Practice.get(lang), t(who, lang)))
                    .then(": ")
                    .then(t(text, lang)),
            ),
            // Stub until it is drawn: the two lists one after the other.
            Block::Compare { left, right, .. } => {
                for side in [left, right] {
                    md.para(Inline::strong(t(&side.title, lang)));
                    for e in &side.entries {
                        md.bullet(t(e, lang));
                    }
                }
            }
        }
    }
    if !item.questions.is_empty() {
        md.para(Inline::strong(Msg::Questions.get(lang)));
        for (n, q) in item.questions.iter().enumerate() {
            md.numbered(n + 1, t(q, lang));
        }
    }
    for link in &item.links {
        if let Some(name) = c.title_of(link, lang) {
            md.para(format!("{}: {name}", Msg::SeeAlso.get(lang)));
        }
    }
}

fn block_json(b: &Block, lang: Lang) -> Value {
    match b {
        Block::Text { text, .. } => json!({"type": "text", "text": t(text, lang)}),
        Block::Tip { title, text, .. } => {
            json!({"type": "tip", "title": t(title, lang), "text": t(text, lang)})
        }
        Block::List { title, entries, .. } => json!({
            "type": "list",
            "title": title.as_ref().map(|x| t(x, lang)),
            "entries": entries.iter().map(|e| json!({
                "term": e.term.as_ref().map(|x| t(x, lang)),
                "text": t(&e.text, lang),
            })).collect::<Vec<_>>(),
        }),
        Block::Grid {
            title,
            corner,
            columns,
            rows,
            cells,
        } => json!({
            "type": "grid",
            "title": title.as_ref().map(|x| t(x, lang)),
            "corner": corner.as_ref().map(|x| t(x, lang)),
            "columns": columns.iter().map(|x| t(x, lang)).collect::<Vec<_>>(),
            "rows": rows.iter().map(|x| t(x, lang)).collect::<Vec<_>>(),
            "cells": cells.iter().map(|r| r.iter().map(|x| t(x, lang)).collect::<Vec<_>>()).collect::<Vec<_>>(),
        }),
        Block::Interventions { scope, entries } => json!({
            "type": "interventions",
            "scope": scope,
            "entries": entries.iter().map(|e| json!({"id": e.id, "text": t(&e.text, lang)})).collect::<Vec<_>>(),
        }),
        Block::Practice { who, text } => {
            json!({"type": "practice", "who": t(who, lang), "text": t(text, lang)})
        }
        // Stub until it is exported in full: the two lists only.
        Block::Compare { left, right, .. } => json!({
            "type": "compare",
            "left": left.entries.iter().map(|x| t(x, lang)).collect::<Vec<_>>(),
            "right": right.entries.iter().map(|x| t(x, lang)).collect::<Vec<_>>(),
        }),
    }
}

/// The material as JSON in one language, keeping every id.
pub fn json(c: &Content, lang: Lang) -> Value {
    json!({
        "format": "werkboek-content",
        "version": 1,
        "lang": lang,
        "sources": c.sources.iter().map(|s| json!({
            "id": s.id,
            "title": s.title,
            "subtitle": s.subtitle,
            "authors": s.authors,
            "publisher": s.publisher,
            "year": s.year,
            "url": s.url,
        })).collect::<Vec<_>>(),
        "scales": {
            "rating": c.assessment.rating.steps.iter().map(|s| json!({"value": s.value, "label": t(&s.label, lang)})).collect::<Vec<_>>(),
            "checklist": c.assessment.checklist.steps.iter().map(|s| json!({"value": s.value, "label": t(&s.label, lang)})).collect::<Vec<_>>(),
        },
        "sections": c.sections.iter().map(|s| json!({
            "id": s.id,
            "title": t(&s.title, lang),
            "intro": t(&s.intro, lang),
            "assess": s.assess,
            "groups": s.groups.iter().map(|g| json!({
                "id": g.id,
                "title": g.title.as_ref().map(|x| t(x, lang)),
                "key": g.key,
                "intro": g.intro.as_ref().map(|x| t(x, lang)),
                "checklist": g.checklist,
                "items": g.items.iter().map(|i| json!({
                    "id": i.id,
                    "label": i.label.as_ref().map(|x| t(x, lang)),
                    "title": t(&i.title, lang),
                    "aka": i.aka.as_ref().map(|x| t(x, lang)),
                    "summary": t(&i.summary, lang),
                    "blocks": i.blocks.iter().map(|b| block_json(b, lang)).collect::<Vec<_>>(),
                    "questions": i.questions.iter().map(|q| t(q, lang)).collect::<Vec<_>>(),
                    "links": i.links,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn markdown_holds_every_item_title_and_the_grid() {
        let c = content::embedded();
        let md = markdown(c, Lang::Nl);
        for (_, item) in c.all_items() {
            assert!(md.contains(item.title.nl.as_ref()), "{} missing", item.id);
        }
        assert!(
            md.contains("| **Medewerkers** |"),
            "nine-field grid as a table"
        );
        assert!(md.contains("- [ ] "), "interventions as a checklist");
    }

    #[test]
    fn json_keeps_the_ids_in_one_language() {
        let c = content::embedded();
        let v = json(c, Lang::En);
        assert_eq!(v["lang"], "en");
        let first = &v["sections"][0]["groups"][0]["items"][0];
        assert_eq!(first["id"], "sleutel-1");
        assert_eq!(
            first["title"],
            c.item_by_id("sleutel-1").unwrap().1.title.en.as_ref()
        );
    }
}
