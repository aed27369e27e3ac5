//! The browser copy of the deck, read by a real HTML5 parser (html5ever, the algorithm browsers
//! use): it parses without a single error, holds one section per slide in the same order,
//! draws the models, brings everything it needs along (no network, no fonts or scripts from
//! elsewhere), and never carries a plan's notes.

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use werkboek::content;
use werkboek::i18n::Lang;
use werkboek::present::{html, plan, slides};

fn parse(text: &str) -> RcDom {
    let mut opts = ParseOpts::default();
    opts.tree_builder.exact_errors = true;
    parse_document(RcDom::default(), opts)
        .from_utf8()
        .read_from(&mut text.as_bytes())
        .unwrap()
}

/// An element: its name, its attributes, and its node.
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    node: Handle,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }

    fn text(&self) -> String {
        text(&self.node)
    }

    fn all(&self) -> Vec<El> {
        elements(&self.node)
    }
}

fn elements(node: &Handle) -> Vec<El> {
    let mut out = Vec::new();
    for child in node.children.borrow().iter() {
        if let NodeData::Element { name, attrs, .. } = &child.data {
            out.push(El {
                name: name.local.to_string(),
                attrs: attrs
                    .borrow()
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect(),
                node: child.clone(),
            });
        }
        out.extend(elements(child));
    }
    out
}

fn text(node: &Handle) -> String {
    let mut out = String::new();
    if let NodeData::Text { contents } = &node.data {
        out.push_str(&contents.borrow());
    }
    for child in node.children.borrow().iter() {
        out.push_str(&text(child));
    }
    out
}

fn deck(lang: Lang) -> (Vec<slides::Slide>, String) {
    let s = slides::build(content::embedded(), lang);
    let text = html::deck(&s, None, lang);
    (s, text)
}

#[test]
fn the_whole_deck_parses_without_an_error_one_section_per_slide() {
    for lang in [Lang::Nl, Lang::En] {
        let (slides, text) = deck(lang);
        let dom = parse(&text);
        let errors: Vec<String> = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let all = elements(&dom.document);
        let html = all.iter().find(|e| e.name == "html").unwrap();
        assert_eq!(html.attr("lang"), Some(lang.code()));
        let sections: Vec<&El> = all
            .iter()
            .filter(|e| e.name == "section" && e.has_class("slide"))
            .collect();
        assert_eq!(sections.len(), slides.len());
        for (n, (sec, slide)) in sections.iter().zip(&slides).enumerate() {
            assert_eq!(sec.attr("data-id"), Some(slide.id.as_str()));
            assert_eq!(sec.attr("id"), Some(format!("s{}", n + 1).as_str()));
            assert!(!sec.text().trim().is_empty(), "slide {} is empty", slide.id);
        }
        assert!(sections[0].has_class("title"));
        assert_eq!(sections.last().unwrap().attr("data-id"), Some(slides::END));
    }
}

#[test]
fn it_needs_nothing_from_elsewhere() {
    let (_, text) = deck(Lang::Nl);
    // The tree must outlive the elements: dropping it empties its nodes.
    let dom = parse(&text);
    let all = elements(&dom.document);
    for e in &all {
        assert!(
            !["link", "img", "iframe", "object", "embed", "base"].contains(&e.name.as_str()),
            "a <{}> fetches from elsewhere",
            e.name
        );
        for (name, value) in &e.attrs {
            assert!(
                !(name == "src" || name == "href" || value.contains("url(")),
                "<{} {name}={value:?}> points elsewhere",
                e.name
            );
        }
    }
    let scripts: Vec<&El> = all.iter().filter(|e| e.name == "script").collect();
    assert_eq!(scripts.len(), 1, "one script, inline");
    let styles: Vec<&El> = all.iter().filter(|e| e.name == "style").collect();
    assert_eq!(styles.len(), 1);
    let css = styles[0].text();
    assert!(
        !css.contains("@import") && !css.contains("url("),
        "no fonts from elsewhere"
    );
    assert!(css.contains("@media print") && css.contains("break-after:page"));
    assert!(scripts[0].text().contains("ArrowRight"));
    assert!(!text.contains("http://") && !text.contains("https://"));
}

#[test]
fn the_first_slide_credits_every_source_and_the_models_are_drawn() {
    let (_, text) = deck(Lang::Nl);
    // The tree must outlive the elements: dropping it empties its nodes.
    let dom = parse(&text);
    let all = elements(&dom.document);
    let slide = |id: &str| {
        all.iter()
            .find(|e| e.name == "section" && e.attr("data-id") == Some(id))
            .unwrap_or_else(|| panic!("{id}"))
    };
    let first = slide("begin").text();
    for who in [
        "Ton Bruining",
        "KPC Groep",
        "Arbeidsmarktplatform PO",
        "Loes van Wessum",
        "Anje Ros",
        "Brigit van Rossum",
    ] {
        assert!(first.contains(who), "{who}");
    }
    let overview = slide(slides::OVERVIEW).all();
    assert_eq!(
        overview
            .iter()
            .filter(|e| e.has_class("box") && !e.has_class("centre"))
            .count(),
        7
    );
    let ladder = slide("evaluatieniveaus").all();
    let rungs = ladder
        .iter()
        .find(|e| e.name == "ol" && e.has_class("ladder"))
        .unwrap()
        .all()
        .into_iter()
        .filter(|e| e.name == "li")
        .count();
    assert_eq!(rungs, 4);
    let compare = slide("sleutel-4/vergelijking").all();
    let lines: Vec<&El> = compare.iter().filter(|e| e.name == "line").collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(lines.iter().filter(|l| l.has_class("ours")).count(), 3);
    assert!(
        lines
            .iter()
            .filter(|l| l.has_class("ours"))
            .all(|l| l.attr("stroke-dasharray").is_some())
    );
    let work = slide("sleutel-4/werkvorm");
    assert!(work.attr("data-minutes").is_some());
    assert!(work.all().iter().any(|e| e.has_class("countdown")));
    let grid = slide("negenvelden").all();
    assert_eq!(grid.iter().filter(|e| e.name == "td").count(), 9);
}

#[test]
fn a_plan_s_deck_keeps_its_order_and_never_its_notes() {
    let all = slides::build(content::embedded(), Lang::En);
    let session = plan::session(
        &plan::parse(
            "# Team day\n- sleutel-4/werkvorm | 25 min | SECRET NOTE\n- overzicht\n- geen-id\n",
        ),
        &all,
        Lang::En,
    );
    let text = html::deck(
        &plan::without_notes(session.clone()).slides,
        session.title.as_deref(),
        Lang::En,
    );
    assert!(!text.contains("SECRET"));
    let dom = parse(&text);
    assert!(dom.errors.borrow().is_empty());
    let ids: Vec<String> = elements(&dom.document)
        .iter()
        .filter(|e| e.name == "section")
        .filter_map(|e| e.attr("data-id").map(str::to_string))
        .collect();
    assert_eq!(ids, ["sleutel-4/werkvorm", "overzicht", "einde"]);
    let title = elements(&dom.document)
        .into_iter()
        .find(|e| e.name == "title")
        .unwrap()
        .text();
    assert_eq!(title, "Team day");
}
