//! The whole material in one language: Markdown for a printable handout, JSON (with the stable
//! ids) for other tools. No personal data goes in here.

use serde_json::{Value, json};

use super::md::{Inline, Markdown};
use crate::content::{Block, Content, Item, L10n, Link, Ours, Scope, Section, Source};
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
    for s in &c.sources {
        source_notes_md(&mut md, s, lang);
    }
    for (n, section) in c.sections.iter().enumerate() {
        section_md(&mut md, c, n + 1, section, lang);
    }
    glossary_md(&mut md, c, lang);
    md.finish()
}

/// What a source says about its authors, and its reading list.
fn source_notes_md(md: &mut Markdown, s: &Source, lang: Lang) {
    if !s.author_notes.is_empty() {
        md.para(
            Inline::strong(Msg::SourcesAboutAuthors.get(lang))
                .then(" (")
                .then(Inline::em(&s.title))
                .then(")"),
        );
        for note in &s.author_notes {
            md.bullet(
                Inline::strong(&note.author)
                    .then(": ")
                    .then(t(&note.about, lang)),
            );
        }
    }
    if !s.reading.is_empty() {
        md.para(
            Inline::strong(Msg::SourcesReading.get(lang))
                .then(" (")
                .then(Inline::em(&s.title))
                .then(")"),
        );
        for r in &s.reading {
            let c = r.citation();
            let mut line = Inline::text(&c.who)
                .then(" ")
                .then(Inline::em(&c.title_ended()));
            if !c.rest.is_empty() {
                line = line.then(" ").then(c.rest);
            }
            for url in &r.urls {
                line = line.then(" ").then(url);
            }
            md.bullet(line);
        }
    }
}

/// The glossary as a table, in the reader's alphabet: the term in the reader's language first,
/// the other language beside it.
fn glossary_md(md: &mut Markdown, c: &Content, lang: Lang) {
    if c.glossary.is_empty() {
        return;
    }
    md.heading(2, Msg::GlossaryTitle.get(lang));
    md.para(Msg::GlossaryIntro.get(lang));
    let (first, second) = match lang {
        Lang::Nl => (Msg::GlossaryDutch, Msg::GlossaryEnglish),
        Lang::En => (Msg::GlossaryEnglish, Msg::GlossaryDutch),
    };
    let head = [first, second, Msg::GlossaryMeaning]
        .iter()
        .map(|m| Inline::text(m.get(lang)))
        .collect();
    let rows = c
        .glossary_in_order(lang)
        .into_iter()
        .map(|term| {
            vec![
                Inline::strong(term.name(lang)),
                Inline::text(term.other_name(lang)),
                Inline::text(term.about.get(lang)),
            ]
        })
        .collect();
    md.table(head, rows);
}

/// The label over a block in the workbook's own voice.
fn ours_label(ours: Ours, lang: Lang) -> &'static str {
    match ours {
        Ours::Explanation => Msg::OursExplanation.get(lang),
        Ours::Example => Msg::OursExample.get(lang),
    }
}

/// A compare block as a table: one row per entry of the left list in its order, with the entry
/// of the right list it is paired with and how; the right list's place in its own order is its
/// number. Entries of the right list without a pair follow.
fn compare_md(md: &mut Markdown, c: &Content, block: &Block, lang: Lang) {
    let Block::Compare {
        title,
        left,
        right,
        pairs,
        note,
    } = block
    else {
        return;
    };
    if let Some(title) = title {
        md.para(Inline::strong(t(title, lang)));
    }
    if left.source == right.source
        && let Some(source) = c.source(&left.source)
    {
        md.para(
            Inline::text(Msg::CompareFrom.get(lang))
                .then(": ")
                .then(Inline::em(&source.title)),
        );
    }
    let numbered = |side: &crate::content::CompareSide, i: usize| {
        side.entries
            .get(i)
            .map(|e| Inline::text(&format!("{}. {}", i + 1, t(e, lang))))
            .unwrap_or_default()
    };
    let link = |l: Link| match l {
        Link::Same => Inline::text(Msg::CompareSame.get(lang)),
        Link::Ours => Inline::em(Msg::CompareOurs.get(lang)),
    };
    let mut rows: Vec<Vec<Inline>> = Vec::new();
    for i in 0..left.entries.len() {
        let pair = pairs.iter().find(|p| p.left == i);
        rows.push(vec![
            numbered(left, i),
            pair.map(|p| numbered(right, p.right)).unwrap_or_default(),
            pair.map(|p| link(p.link)).unwrap_or_default(),
        ]);
    }
    for j in 0..right.entries.len() {
        if !pairs.iter().any(|p| p.right == j) {
            rows.push(vec![
                Inline::default(),
                numbered(right, j),
                Inline::default(),
            ]);
        }
    }
    let head = vec![
        Inline::text(t(&left.title, lang)),
        Inline::text(t(&right.title, lang)),
        Inline::text(Msg::CompareLink.get(lang)),
    ];
    md.table(head, rows);
    if let Some(note) = note {
        md.para(
            Inline::em(&format!("{}:", Msg::CompareOursNote.get(lang)))
                .then(" ")
                .then(t(note, lang)),
        );
    }
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
            Block::Text { text, ours } => match ours {
                Some(ours) => md.para(
                    Inline::em(&format!("{}:", ours_label(*ours, lang)))
                        .then(" ")
                        .then(t(text, lang)),
                ),
                None => md.para(t(text, lang)),
            },
            Block::Tip {
                title,
                subtitle,
                text,
            } => {
                tip += 1;
                md.para(Inline::strong(&format!(
                    "{} {tip}: {}",
                    Msg::Tip.get(lang),
                    t(title, lang)
                )));
                if let Some(sub) = subtitle {
                    md.para(Inline::em(t(sub, lang)));
                }
                md.para(t(text, lang));
            }
            Block::List {
                title,
                entries,
                numbered,
                ours,
            } => {
                if let Some(title) = title {
                    md.para(Inline::strong(t(title, lang)));
                }
                if let Some(ours) = ours {
                    md.para(Inline::em(&format!("{}:", ours_label(*ours, lang))));
                }
                for (n, e) in entries.iter().enumerate() {
                    let text = match &e.term {
                        Some(term) => Inline::strong(t(term, lang))
                            .then(": ")
                            .then(t(&e.text, lang)),
                        None => Inline::text(t(&e.text, lang)),
                    };
                    if *numbered {
                        md.numbered(n + 1, text);
                    } else {
                        md.bullet(text);
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
            Block::Compare { .. } => compare_md(md, c, block, lang),
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
        Block::Text { text, ours } => {
            json!({"type": "text", "text": t(text, lang), "ours": ours})
        }
        Block::Tip {
            title,
            subtitle,
            text,
        } => json!({
            "type": "tip",
            "title": t(title, lang),
            "subtitle": subtitle.as_ref().map(|x| t(x, lang)),
            "text": t(text, lang),
        }),
        Block::List {
            title,
            entries,
            numbered,
            ours,
        } => json!({
            "type": "list",
            "title": title.as_ref().map(|x| t(x, lang)),
            "numbered": numbered,
            "ours": ours,
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
        Block::Compare {
            title,
            left,
            right,
            pairs,
            note,
        } => {
            let side = |s: &crate::content::CompareSide| {
                json!({
                    "title": t(&s.title, lang),
                    "source": s.source,
                    "entries": s.entries.iter().map(|x| t(x, lang)).collect::<Vec<_>>(),
                })
            };
            json!({
                "type": "compare",
                "title": title.as_ref().map(|x| t(x, lang)),
                "left": side(left),
                "right": side(right),
                "pairs": pairs.iter().map(|p| json!({"left": p.left, "right": p.right, "link": p.link})).collect::<Vec<_>>(),
                "note": note.as_ref().map(|x| t(x, lang)),
            })
        }
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
            "author_notes": s.author_notes.iter().map(|n| json!({
                "author": n.author,
                "about": t(&n.about, lang),
            })).collect::<Vec<_>>(),
            "reading": s.reading.iter().map(|r| json!({
                "id": r.id,
                "authors": r.authors,
                "year": r.year,
                "title": r.title,
                "subtitle": r.subtitle,
                "kind": r.kind,
                "place": r.place,
                "publisher": r.publisher,
                "urls": r.urls,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "glossary": c.glossary_in_order(lang).iter().map(|g| json!({
            "id": g.id,
            "nl": g.nl,
            "en": g.en,
            "about": t(&g.about, lang),
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

    #[test]
    fn the_two_factor_lists_are_a_table_with_the_pairs_and_the_note() {
        let c = content::embedded();
        let md = markdown(c, Lang::Nl);
        assert!(
            md.contains("| Tipblad bij sleutel 4, tip 1 | Infographic | Verband |"),
            "the compare block as a table"
        );
        // Each list keeps its own numbers; the pairs say how they are paired.
        assert!(md.contains(
            "| 2. verantwoordelijkheid | 1. eigen verantwoordelijkheid | hetzelfde in beide lijsten |"
        ));
        assert!(md.contains(
            "| 8. lerend vermogen | 6. ontplooiingsmogelijkheden | *lezing van dit werkboek, niet van de bron* |"
        ));
        assert!(md.contains("*Lezing van dit werkboek, niet van de bron:* De drie lijnen"));
    }

    #[test]
    fn subtitles_our_own_words_and_numbered_lists_show_as_such() {
        let c = content::embedded();
        let md = markdown(c, Lang::Nl);
        assert!(md.contains(
            "**Tip 1: Ontwikkel professionele ruimte**\n\n*Ruimte, met drie voorwaarden*\n"
        ));
        assert!(md.contains("\n*Uitleg van dit werkboek:* "));
        assert!(md.contains("\n*Voorbeeld van dit werkboek:* "));
        assert!(md.contains("\n1. **Tevredenheid**: "));
        assert!(md.contains("\n4. **Bijdrage aan missie en strategie**: "));
        let en = markdown(c, Lang::En);
        assert!(en.contains("*This workbook's explanation:* "));
        assert!(en.contains("Every text is written in our own words;"));
    }

    #[test]
    fn the_glossary_author_notes_and_reading_list_are_in_the_handout() {
        let c = content::embedded();
        let nl = markdown(c, Lang::Nl);
        assert!(nl.contains("## Woordenlijst"));
        assert!(nl.contains("| Nederlands | Engels | Betekenis |"));
        assert!(nl.contains("| **intervisie** | peer supervision | "));
        let en = markdown(c, Lang::En);
        assert!(en.contains("| English | Dutch | Meaning |"));
        assert!(en.contains("| **peer supervision** | intervisie | "));
        // Every term, in the reader's alphabet.
        let rows: Vec<&str> = en
            .lines()
            .skip_while(|l| !l.starts_with("| English |"))
            .skip(2)
            .take_while(|l| l.starts_with('|'))
            .collect();
        assert_eq!(rows.len(), c.glossary.len());
        assert!(
            nl.contains(
                "**Over de auteurs** (*Samen leren en kennisdelen in de opleidingsschool*)"
            )
        );
        assert!(nl.contains("- **Ros, Anje**: Lector bij Fontys"));
        assert!(nl.contains("**Verder lezen**"));
        // A reference with its title in italics and where to find it.
        let online = c
            .source("ros-samen-leren")
            .unwrap()
            .reading
            .iter()
            .find(|r| !r.urls.is_empty())
            .unwrap();
        let cited = online.citation();
        let line = format!(
            "- {} *{}* {}",
            cited.who,
            cited.title_ended(),
            online.urls[0]
        );
        assert!(nl.contains(&line), "{line}");
        assert!(en.contains("**Further reading**"));
    }

    #[test]
    fn json_carries_the_compare_block_the_marks_and_the_glossary() {
        let c = content::embedded();
        let v = json(c, Lang::En);
        let items: Vec<&Value> = v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["groups"].as_array().unwrap())
            .flat_map(|g| g["items"].as_array().unwrap())
            .collect();
        let blocks = |id: &str| {
            items.iter().find(|i| i["id"] == id).unwrap()["blocks"]
                .as_array()
                .unwrap()
                .clone()
        };
        let compare = blocks("sleutel-4")
            .into_iter()
            .find(|b| b["type"] == "compare")
            .unwrap();
        assert_eq!(compare["left"]["title"], "Tip sheet for key 4, tip 1");
        assert_eq!(compare["right"]["entries"][3], "alignment");
        assert_eq!(compare["pairs"].as_array().unwrap().len(), 8);
        assert_eq!(compare["pairs"][5]["link"], "ours");
        assert!(
            compare["note"]
                .as_str()
                .unwrap()
                .starts_with("The three lines")
        );
        let tips = blocks("sleutel-5");
        let tip = tips.iter().find(|b| b["type"] == "tip").unwrap();
        assert_eq!(tip["subtitle"], "Room, on three conditions");
        let levels = blocks("sleutel-7");
        assert!(levels.iter().any(|b| b["numbered"] == true));
        assert!(
            items
                .iter()
                .flat_map(|i| i["blocks"].as_array().unwrap())
                .any(|b| b["ours"] == "example")
        );
        assert_eq!(v["glossary"].as_array().unwrap().len(), c.glossary.len());
        let ros = v["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "ros-samen-leren")
            .unwrap();
        assert_eq!(ros["author_notes"].as_array().unwrap().len(), 3);
        assert_eq!(ros["reading"][1]["year"], 2016);
    }
}
