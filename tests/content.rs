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

/// Key 4's two lists of ownership factors, each exactly as and in the order its source part
/// gives it: the tip sheet (key 4, tip 1) and the infographic.
const TIP_SHEET_FACTORS: [&str; 8] = [
    "verbinding",
    "verantwoordelijkheid",
    "zelfvertrouwen",
    "teamvertrouwen",
    "resultaatgericht",
    "pro-actief",
    "rolduidelijkheid",
    "lerend vermogen",
];
const INFOGRAPHIC_FACTORS: [&str; 8] = [
    "eigen verantwoordelijkheid",
    "zelfvertrouwen",
    "onderling vertrouwen",
    "alignment",
    "oplossingsgerichtheid",
    "ontplooiingsmogelijkheden",
    "proactiviteit",
    "rolduidelijkheid",
];

#[test]
fn key_four_shows_both_factor_lists_side_by_side_in_source_order() {
    let c = content();
    let (_, key) = c.item_by_id("sleutel-4").unwrap();
    let compares: Vec<_> = key
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Compare {
                left,
                right,
                pairs,
                note,
                ..
            } => Some((left, right, pairs, note)),
            _ => None,
        })
        .collect();
    let [(left, right, pairs, note)] = compares.as_slice() else {
        panic!("sleutel-4 has {} compare blocks", compares.len());
    };
    let nl = |v: &Vec<content::L10n>| v.iter().map(|x| x.nl.to_string()).collect::<Vec<_>>();
    assert_eq!(nl(&left.entries), TIP_SHEET_FACTORS);
    assert_eq!(nl(&right.entries), INFOGRAPHIC_FACTORS);

    let mut same: Vec<(&str, &str)> = Vec::new();
    let mut ours: Vec<(&str, &str)> = Vec::new();
    for p in pairs.iter() {
        let pair = (TIP_SHEET_FACTORS[p.left], INFOGRAPHIC_FACTORS[p.right]);
        match p.link {
            content::Link::Same => same.push(pair),
            content::Link::Ours => ours.push(pair),
        }
    }
    same.sort();
    ours.sort();
    assert_eq!(
        same,
        [
            ("pro-actief", "proactiviteit"),
            ("rolduidelijkheid", "rolduidelijkheid"),
            ("teamvertrouwen", "onderling vertrouwen"),
            ("verantwoordelijkheid", "eigen verantwoordelijkheid"),
            ("zelfvertrouwen", "zelfvertrouwen"),
        ]
    );
    assert_eq!(
        ours,
        [
            ("lerend vermogen", "ontplooiingsmogelijkheden"),
            ("resultaatgericht", "oplossingsgerichtheid"),
            ("verbinding", "alignment"),
        ]
    );
    assert!(note.is_some(), "the pairs of our own say why");

    // No text calls the two lists the same eight any more.
    for (at, t) in c.texts() {
        assert!(!t.nl.contains("dezelfde acht"), "{at}: {}", t.nl);
        assert!(!t.en.contains("the same eight"), "{at}: {}", t.en);
    }
}

#[test]
fn a_factor_names_its_other_wording_only_where_both_lists_plainly_agree() {
    let c = content();
    let s = c.sections.iter().find(|s| s.id == "eigenaarschap").unwrap();
    let titles: Vec<String> = s.groups[0]
        .items
        .iter()
        .map(|i| i.title.nl.to_lowercase())
        .collect();
    assert_eq!(
        titles, TIP_SHEET_FACTORS,
        "the factors keep the tip sheet's words and order"
    );
    let akas: Vec<(&str, Option<&str>)> = s.groups[0]
        .items
        .iter()
        .map(|i| (i.id.as_ref(), i.aka.as_ref().map(|a| a.nl.as_ref())))
        .collect();
    assert_eq!(
        akas,
        [
            ("factor-verbinding", None),
            (
                "factor-verantwoordelijkheid",
                Some("eigen verantwoordelijkheid")
            ),
            ("factor-zelfvertrouwen", None),
            ("factor-teamvertrouwen", Some("onderling vertrouwen")),
            ("factor-resultaatgericht", None),
            ("factor-proactief", Some("proactiviteit")),
            ("factor-rolduidelijkheid", None),
            ("factor-lerend-vermogen", None),
        ]
    );
}

#[test]
fn all_of_the_material_is_there() {
    let c = content();
    let ids: Vec<&str> = c.sections.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "sleutels",
            "eigenaarschap",
            "leerfuncties",
            "verdieping",
            "opbrengsten",
            "kenniskaart",
            "zelfscan",
            "stappen"
        ]
    );
    let items_in = |group: &str| match c.find(group) {
        Some(content::Target::Group { section, group }) => {
            c.sections[section].groups[group].items.len()
        }
        other => panic!("{group}: {other:?}"),
    };
    // Key 1's four mechanisms, key 7's six photo aspects (plus how to take one), four levels,
    // five portfolio lines and four logics.
    assert_eq!(items_in("leermechanismen"), 4);
    assert_eq!(items_in("organisatiefoto"), 7);
    assert_eq!(items_in("evaluatieniveaus"), 4);
    assert_eq!(items_in("portfoliolijnen"), 5);
    assert_eq!(items_in("logicas"), 4);
    // The knowledge map's seven themes, and the checklists: 3 x 6 statements and 9.
    assert_eq!(items_in("themas"), 7);
    for part in [
        "ondersteunende-cultuur",
        "focus-op-ontwikkeling",
        "expertise-benutten",
    ] {
        assert_eq!(items_in(part), 6, "{part}");
    }
    assert_eq!(items_in("in-ons-partnerschap"), 9);
    // Six steps, each with interventions for the school and for the partnership.
    assert_eq!(items_in("zes-stappen"), 6);
    for n in 1..=6 {
        let (_, step) = c.item_by_id(&format!("stap-{n}")).unwrap();
        let scopes: Vec<content::Scope> = step
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Interventions { scope, entries } if !entries.is_empty() => Some(*scope),
                _ => None,
            })
            .collect();
        assert_eq!(
            scopes,
            [content::Scope::School, content::Scope::Partnership],
            "stap-{n}"
        );
    }
}

#[test]
fn the_nine_field_model_is_a_three_by_three_grid_with_every_cell_named() {
    let (_, item) = content().item_by_id("negenveldenmodel").unwrap();
    let grid = item.blocks.iter().find_map(|b| match b {
        Block::Grid {
            columns,
            rows,
            cells,
            ..
        } => Some((columns, rows, cells)),
        _ => None,
    });
    let (columns, rows, cells) = grid.expect("a grid block");
    let names = |v: &Vec<content::L10n>| v.iter().map(|x| x.nl.clone()).collect::<Vec<_>>();
    assert_eq!(names(columns), ["Doelen", "Ontwerp", "Management"]);
    assert_eq!(names(rows), ["Organisatie", "Processen", "Medewerkers"]);
    assert_eq!(cells[0][0].nl, "Strategie, visie & missie");
    assert_eq!(cells[1][2].nl, "Processturing & coördinatie");
    assert_eq!(
        cells[2][2].nl,
        "Zelfsturing, motivatie, gedrag en resultaten"
    );
}

#[test]
fn every_key_links_to_its_models() {
    let c = content();
    for (key, target) in [
        ("sleutel-1", "leermechanismen"),
        ("sleutel-2", "doeldomeinen"),
        ("sleutel-3", "normatief"),
        ("sleutel-6", "leerbeleid"),
        ("sleutel-7", "opbrengsten"),
    ] {
        assert!(
            c.item_by_id(key)
                .unwrap()
                .1
                .links
                .iter()
                .any(|l| l == target),
            "{key}"
        );
    }
    // Every group that belongs to a key really is reachable from that key.
    for section in &c.sections {
        for group in section.groups.iter().filter(|g| g.key.is_some()) {
            let key = format!("sleutel-{}", group.key.unwrap());
            let links = &c.item_by_id(&key).unwrap().1.links;
            assert!(
                links.iter().any(|l| *l == group.id || *l == section.id),
                "{} (key {:?}) is not linked from {key}",
                group.id,
                group.key
            );
        }
    }
}

/// The tips of the seven keys, exactly as the tip sheets title them, key by key and in order.
const TIP_TITLES: [[&str; 3]; 7] = [
    [
        "Zorg voor regelmatige gesprekken met belanghebbenden",
        "Heb oog voor de koppeling tussen externe netwerken met interne netwerken",
        "Maak slim gebruik van het leerpotentieel in het netwerk",
    ],
    [
        "Denk na over het waarom, hoe en wat",
        "Houd doel en waarde in balans",
        "Ontwikkel vanuit activiteiten",
    ],
    [
        "Waardeer de deugden",
        "Ondersteun de 'normatieve professionalisering'",
        "Ontwikkel dialogische vaardigheden",
    ],
    [
        "Eigenaarschap begint bij jezelf",
        "Zorg voor organisatorische voorwaarden",
        "Ben dienstbaar aan anderen",
    ],
    [
        "Ontwikkel professionele ruimte",
        "Ontwikkel een 'leerplan voor de schoolorganisatie' met zeven leerfuncties",
        "Ontwikkel verleidingskracht",
    ],
    [
        "Ontwikkel gedifferentieerd leerbeleid",
        "Ontwikkel moresprudentie",
        "Maak slim gebruik van digitale mogelijkheden",
    ],
    [
        "Maak organisatiefoto's van de school",
        "Evalueer impact op verschillende niveaus",
        "Maak een leer- en ontwikkelportfolio van de schoolorganisatie",
    ],
];

#[test]
fn keys_tips_steps_and_themes_carry_the_source_titles() {
    let c = content();
    let keys = [
        "Zorg voor externe oriëntatie",
        "Begin met de bedoeling",
        "Heb oog voor de normatieve dimensie",
        "Ontwikkel eigenaarschap bij anderen",
        "Verleid tot leren",
        "Ga na welke leerprocessen nodig zijn",
        "Breng de opbrengsten in kaart",
    ];
    for (n, (key_title, tips)) in keys.iter().zip(TIP_TITLES).enumerate() {
        let (_, key) = c.item_by_id(&format!("sleutel-{}", n + 1)).unwrap();
        assert_eq!(key.title.nl, *key_title);
        let titles: Vec<&str> = key
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Tip { title, .. } => Some(title.nl.as_ref()),
                _ => None,
            })
            .collect();
        assert_eq!(titles, tips, "the tips of sleutel-{}", n + 1);
    }
    // The new key-7 tips, named where the groups that retell them begin.
    for (group, title) in [
        ("organisatiefoto", "Maak organisatiefoto's van de school"),
        ("negenvelden", "Evalueer impact op verschillende dimensies"),
        (
            "logicas",
            "Maak een leer- en ontwikkelportfolio van de schoolorganisatie",
        ),
    ] {
        let Some(content::Target::Group { section, group: g }) = c.find(group) else {
            panic!("no group {group}");
        };
        let intro = c.sections[section].groups[g].intro.as_ref().unwrap();
        assert!(intro.nl.contains(title), "{group} does not name {title:?}");
    }
    let steps = [
        "Breng de expertise in beeld",
        "Stimuleer de ontwikkeling van expertise",
        "Benut de verschillende expertises",
        "Formuleer een visie op het leren van leerlingen én leraren",
        "Werk onderzoeksmatig aan verbetering en innovatie",
        "Creëer een positief leer- en werkklimaat",
    ];
    for (n, title) in steps.iter().enumerate() {
        assert_eq!(
            c.item_by_id(&format!("stap-{}", n + 1)).unwrap().1.title.nl,
            *title
        );
    }
    let themes = [
        ("thema-basis", "De basis voor professionalisering"),
        (
            "thema-instrumenten",
            "Instrumenten voor competentieontwikkeling",
        ),
        ("thema-loopbaan", "Loopbaanontwikkeling"),
        ("thema-starters", "Begeleiding starters"),
        ("thema-leiderschap", "Leiderschap"),
        ("thema-beleid", "Beleidsvorming"),
        ("thema-borging", "Borging in de organisatie"),
    ];
    for (id, title) in themes {
        assert_eq!(c.item_by_id(id).unwrap().1.title.nl, title);
    }
    let functions: Vec<String> = c
        .items_of(2)
        .map(|(_, i)| i.title.nl.to_lowercase())
        .collect();
    assert_eq!(
        functions,
        [
            "materiedeskundigheid",
            "probleemoplossingsvaardigheden",
            "reflectieve vaardigheden",
            "communicatieve vaardigheden",
            "motivatie en zelfregulatieve vaardigheden",
            "rust en stabiliteit",
            "creatieve onrust",
        ]
    );
}

#[test]
fn key_seven_lists_the_four_evaluation_levels_as_a_numbered_list() {
    let (_, key) = content().item_by_id("sleutel-7").unwrap();
    let numbered: Vec<usize> = key
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List {
                entries,
                numbered: true,
                ..
            } => Some(entries.len()),
            _ => None,
        })
        .collect();
    assert_eq!(numbered, [4]);
}

/// Each checklist statement keeps its source's key words, in the source's order, so a team can
/// hold its answers next to the printed checklist.
#[test]
fn every_checklist_statement_keeps_the_key_words_of_the_paper() {
    let c = content();
    let key_words: [(&str, &[&str]); 27] = [
        // Ondersteunende cultuur
        (
            "lo-cultuur-1",
            &[
                "alle leraren",
                "verantwoordelijk",
                "alle leerlingen",
                "school of afdeling",
            ],
        ),
        ("lo-cultuur-2", &["leraren", "steunen elkaar", "moeilijk"]),
        (
            "lo-cultuur-3",
            &["leraren en schoolleiders", "kwetsbaar", "worstelen"],
        ),
        (
            "lo-cultuur-4",
            &["fouten", "experimenten", "minder geslaagd", "leerkansen"],
        ),
        (
            "lo-cultuur-5",
            &[
                "bespreekcultuur",
                "mogelijkheden",
                "verbeteren",
                "gesprek aan",
            ],
        ),
        (
            "lo-cultuur-6",
            &["leraren en schoolleiders", "aandacht voor elkaar"],
        ),
        // Focus op ontwikkeling
        ("lo-ontwikkeling-1", &["leraren", "gedreven", "onderwijs"]),
        ("lo-ontwikkeling-2", &["opleidingen", "specialiseren"]),
        (
            "lo-ontwikkeling-3",
            &[
                "regelmatig",
                "inhoudelijke gesprekken",
                "onderwijs",
                "(reflectieve dialoog)",
            ],
        ),
        (
            "lo-ontwikkeling-4",
            &["netwerk buiten de school", "expertise"],
        ),
        (
            "lo-ontwikkeling-5",
            &["leren van elkaar", "intervisie", "soortgelijke werkvormen"],
        ),
        (
            "lo-ontwikkeling-6",
            &["bezoeken regelmatig", "lessen van collega's", "leren"],
        ),
        // Expertise benutten
        (
            "lo-expertise-1",
            &["taken", "expertise van alle leraren", "optimaal"],
        ),
        (
            "lo-expertise-2",
            &[
                "werkgroepen",
                "praktijkonderzoek",
                "onderbouwde voorstellen",
            ],
        ),
        ("lo-expertise-3", &["meer expertise", "leiderschap"]),
        (
            "lo-expertise-4",
            &["besluiten", "genomen", "de meeste expertise"],
        ),
        (
            "lo-expertise-5",
            &["vakliteratuur", "keuzes", "onderbouwen"],
        ),
        ("lo-expertise-6", &["bepaalde expertise", "feedback"]),
        // In ons partnerschap
        (
            "lp-1",
            &[
                "delen",
                "kennis",
                "samen opleiden, samen professionaliseren en samen onderzoeken",
            ],
        ),
        (
            "lp-2",
            &[
                "samen",
                "onderwijs",
                "opleidingsonderwijs",
                "bovenschoolse projecten en netwerken",
            ],
        ),
        (
            "lp-3",
            &[
                "in beeld",
                "thema's",
                "scholen",
                "opleiding(en)",
                "expertise",
            ],
        ),
        (
            "lp-4",
            &[
                "opleiding(en)",
                "scholen",
                "optimaal gebruik",
                "elkaars expertise",
            ],
        ),
        (
            "lp-5",
            &[
                "studenten en opleiders",
                "participeren",
                "innovaties in de scholen",
            ],
        ),
        (
            "lp-6",
            &[
                "leraren",
                "studenten",
                "opleiders",
                "regelmatig",
                "elkaars scholen",
                "van elkaar te leren",
            ],
        ),
        (
            "lp-7",
            &["gezamenlijke ontwikkelagenda", "praktijkonderzoek"],
        ),
        (
            "lp-8",
            &[
                "onderzoekswerkplaats",
                "vergelijkbaar initiatief",
                "samen kennis",
                "specifiek thema",
            ],
        ),
        (
            "lp-9",
            &[
                "samen onderzoeksaanvragen",
                "participeren",
                "praktijkgericht onderzoek",
            ],
        ),
    ];
    let mut statements = 0;
    for section in c.sections.iter().filter(|s| s.id == "zelfscan") {
        for group in &section.groups {
            statements += group.items.len();
        }
    }
    assert_eq!(statements, key_words.len());
    // What "sterk ontwikkeld" could look like is the workbook's example, never the paper's.
    for section in c.sections.iter().filter(|s| s.id == "zelfscan") {
        for item in section.groups.iter().flat_map(|g| &g.items) {
            for b in &item.blocks {
                if let Block::Text { text, ours } = b {
                    assert_eq!(*ours, Some(content::Ours::Example), "{}", item.id);
                    assert!(text.nl.starts_with("Sterk ontwikkeld"), "{}", item.id);
                }
            }
        }
    }
    for (id, words) in key_words {
        let title = c.item_by_id(id).unwrap().1.title.nl.to_lowercase();
        let mut from = 0;
        for w in words {
            match title[from..].find(w) {
                Some(at) => from += at + w.len(),
                None => panic!("{id}: {w:?} missing or out of order in {title:?}"),
            }
        }
    }
}

fn dutch_of(c: &Content, id: &str) -> String {
    let mut all = String::new();
    for (at, t) in c.texts() {
        if at == format!("item {id}") {
            all.push_str(&t.nl);
            all.push('\n');
        }
    }
    all
}

#[test]
fn retold_passages_keep_what_the_sources_say() {
    let c = content();
    let practice = |id: &str| -> Vec<String> {
        c.item_by_id(id)
            .unwrap()
            .1
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Practice { text, .. } => Some(text.nl.to_string()),
                _ => None,
            })
            .collect()
    };
    // The source has only "ze"; it does not say she was a colleague.
    assert!(!practice("stap-5")[0].contains("collega"));
    let intervention = |id: &str| match c.find(id) {
        Some(content::Target::Intervention { item, block, entry }) => {
            match &c.item(item).blocks[block] {
                Block::Interventions { entries, .. } => entries[entry].text.nl.to_string(),
                _ => unreachable!(),
            }
        }
        other => panic!("{id}: {other:?}"),
    };
    let school5 = intervention("stap-2-school-5");
    assert!(school5.contains("Stimuleer en faciliteer") && school5.contains("professionaliseren"));
    assert!(!school5.contains("willen"), "not only staff who want to");
    assert!(intervention("stap-2-partnerschap-1").contains("professionaliseringsaanbod"));
    assert!(dutch_of(c, "thema-basis").contains("geliefd en verzorgd"));
    assert!(dutch_of(c, "thema-leiderschap").contains("identificeert"));
    assert!(
        dutch_of(c, "thema-starters")
            .contains("dossier over de professionalisering van invalkrachten")
    );
    let domains = dutch_of(c, "thema-loopbaan");
    for role in [
        "zorgcoördinator",
        "Montessori specialist",
        "vak-/beroepsexpert",
        "docentonderzoeker",
        "ontwerper van curriculum",
        "sectieleider",
        "bouwcoördinator",
        "leraar-ambtenaar",
        "(school)opleider",
    ] {
        assert!(
            domains.contains(role),
            "the career figure's {role} is missing"
        );
    }

    // Key 3's tips put the virtues first; the group that retells them keeps that order.
    let Some(content::Target::Group { section, group }) = c.find("normatief") else {
        panic!()
    };
    let ids: Vec<&str> = c.sections[section].groups[group]
        .items
        .iter()
        .map(|i| i.id.as_ref())
        .collect();
    assert_eq!(ids.first(), Some(&"normatief-deugden"));
    assert_eq!(ids.last(), Some(&"normatief-dialoog"));
}

#[test]
fn the_workbook_marks_its_own_explanations() {
    let c = content();
    let ours_texts = |id: &str| -> Vec<content::Ours> {
        c.item_by_id(id)
            .unwrap()
            .1
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Text { ours, .. } | Block::List { ours, .. } => *ours,
                _ => None,
            })
            .collect()
    };
    // The three goal domains are the source's; what each one means is our explanation.
    for id in [
        "doeldomein-kwalificatie",
        "doeldomein-socialisatie",
        "doeldomein-persoonswording",
    ] {
        assert_eq!(ours_texts(id), [content::Ours::Explanation], "{id}");
    }
    // Alignment as the portfolio line means it is ours; the factor no longer defines it.
    assert_eq!(ours_texts("lijn-doorwerking"), [content::Ours::Explanation]);
    assert!(!dutch_of(c, "factor-verbinding").contains("uitdrukt"));
    let marked_list = |id: &str, title: &str| {
        c.item_by_id(id).unwrap().1.blocks.iter().any(
            |b| matches!(b, Block::List { title: Some(t), ours: Some(_), .. } if t.nl == title),
        )
    };
    assert!(marked_list("thema-instrumenten", "Groeien in bekwaamheid"));
    assert!(marked_list("thema-leiderschap", "Andere rollen"));
}

#[test]
fn the_2019_publication_brings_its_authors_and_reading_list() {
    let c = content();
    let ros = c.source("ros-samen-leren").unwrap();
    let noted: Vec<&str> = ros.author_notes.iter().map(|n| n.author.as_str()).collect();
    assert_eq!(
        noted,
        ["Ros, Anje", "Van Rossum, Brigit", "Van Wessum, Loes"]
    );
    let titles: Vec<&str> = ros.reading.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kennisbenutting in onderzoekende scholen",
            "Scan onderzoekscultuur in de school",
            "Dialooginstrument",
            "Kwaliteit door gespreid leiderschap",
            "Ontwikkeling van een lerende cultuur",
            "Leidinggeven aan een lerende school",
        ]
    );
    // Wherever the material names the scan or the dialogue tool, it names who made it.
    let cite = |id: &str| {
        ros.reading
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.short())
            .unwrap()
    };
    assert_eq!(
        cite("ros-van-den-bergh-2016-scan"),
        "Ros & Van den Bergh, 2016"
    );
    let mut named = 0;
    for (at, t) in c.texts() {
        for (name, id) in [
            ("Scan onderzoekscultuur", "ros-van-den-bergh-2016-scan"),
            (
                "dialooginstrument",
                "ros-van-den-bergh-2018-dialooginstrument",
            ),
        ] {
            if t.nl.contains(name) {
                named += 1;
                assert!(
                    t.nl.contains(&cite(id)),
                    "{at} names {name} without its authors"
                );
                assert!(
                    t.en.contains(&cite(id)),
                    "{at} names {name} without its authors"
                );
            }
        }
    }
    assert!(named >= 3);
    // No invented subtitle: a source's subtitle is its own.
    assert_eq!(c.source("kpc-zeven-sleutels").unwrap().subtitle, None);
}

/// Whether `text` has `term` as whole words (case-insensitive); with `plural`, an English
/// plural ("-s", or "-y" as "-ies") counts too.
fn uses(text: &str, term: &str, plural: bool) -> bool {
    let text = text.to_lowercase();
    let term = term.to_lowercase();
    let mut forms = vec![term.clone()];
    if plural {
        forms.push(format!("{term}s"));
        if let Some(stem) = term.strip_suffix('y') {
            forms.push(format!("{stem}ies"));
        }
    }
    forms.iter().any(|form| {
        text.match_indices(form.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + form.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

#[test]
fn every_glossary_term_has_one_english_rendering_throughout() {
    let c = content();
    assert!(c.glossary.len() >= 30, "the glossary has the field's terms");
    for wanted in [
        "pabo",
        "intern begeleider",
        "IKC",
        "bekwaamheidsdossier",
        "lerarenregister",
        "AVG",
    ] {
        assert!(
            c.glossary.iter().any(|t| t.nl == wanted),
            "{wanted} needs a line in the glossary"
        );
    }
    let mut problems = Vec::new();
    for term in &c.glossary {
        let dutch: Vec<&str> = std::iter::once(term.nl.as_ref())
            .chain(term.forms.iter().map(String::as_str))
            .collect();
        for (at, t) in c.texts() {
            if dutch.iter().any(|d| uses(&t.nl, d, false)) && !uses(&t.en, &term.en, true) {
                problems.push(format!(
                    "{at}: uses {:?} but not {:?}: {}",
                    term.nl, term.en, t.en
                ));
            }
            for rival in &term.avoid {
                if uses(&t.en, rival, true) {
                    problems.push(format!("{at}: says {rival:?} for {:?}: {}", term.nl, t.en));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_spells_the_terms_the_issue_named() {
    for (at, t) in content().texts() {
        for wrong in [
            "pabo's",
            "10 to 14 year olds",
            "ten to fourteen",
            "looks up when",
        ] {
            assert!(!t.en.contains(wrong), "{at}: {}", t.en);
        }
        for wrong in ["10-14 onderwijs", "10-14 school", "goeddoet", "privacywet"] {
            assert!(!t.nl.contains(wrong), "{at}: {}", t.nl);
        }
    }
}
