//! The embedded material: every file parses, every text is there in both languages, every id is
//! unique and every link lands.

use werkboek::content::{self, Block, Content};

fn content() -> &'static Content {
    content::embedded()
}

#[test]
fn every_file_parses_and_checks_out() {
    let c = Content::parse_embedded().expect("the embedded content parses");
    let problems = c.problems();
    assert!(
        problems.is_empty(),
        "content problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_foundation_sections_are_complete() {
    let c = content();
    let section = |id: &str| {
        c.sections
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no section {id}"))
    };
    let count = |id: &str| {
        section(id)
            .groups
            .iter()
            .map(|g| g.items.len())
            .sum::<usize>()
    };
    assert_eq!(count("sleutels"), 7);
    assert_eq!(count("eigenaarschap"), 8);
    assert_eq!(count("leerfuncties"), 7);

    for n in 1..=7 {
        let (_, key) = c.item_by_id(&format!("sleutel-{n}")).expect("key exists");
        let tips = key
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Tip { .. }))
            .count();
        assert_eq!(tips, 3, "sleutel-{n} has {tips} tips");
        assert!(
            (2..=3).contains(&key.questions.len()),
            "sleutel-{n} has {} questions",
            key.questions.len()
        );
    }
    for id in ["eigenaarschap", "leerfuncties"] {
        for g in &section(id).groups {
            for item in &g.items {
                assert!(!item.questions.is_empty(), "{} has no question", item.id);
            }
        }
    }
}

#[test]
fn keys_four_and_five_list_and_link_their_models() {
    let c = content();
    for (key, section, n) in [
        ("sleutel-4", "eigenaarschap", 8),
        ("sleutel-5", "leerfuncties", 7),
    ] {
        let (_, item) = c.item_by_id(key).unwrap();
        assert_eq!(item.links, [section]);
        let listed = item.blocks.iter().find_map(|b| match b {
            Block::List { entries, .. } => Some(entries.len()),
            _ => None,
        });
        assert_eq!(listed, Some(n), "{key} should list {n} names");
    }
}

#[test]
fn every_ownership_factor_shows_the_infographic_wording() {
    let c = content();
    let s = c.sections.iter().find(|s| s.id == "eigenaarschap").unwrap();
    let akas: Vec<&str> = s.groups[0]
        .items
        .iter()
        .map(|i| i.aka.as_ref().expect("aka").nl.as_str())
        .collect();
    for word in [
        "eigen verantwoordelijkheid",
        "zelfvertrouwen",
        "onderling vertrouwen",
        "alignment",
        "oplossingsgerichtheid",
        "ontplooiingsmogelijkheden",
        "proactiviteit",
        "rolduidelijkheid",
    ] {
        assert!(akas.contains(&word), "{word} is not mapped: {akas:?}");
    }
}
