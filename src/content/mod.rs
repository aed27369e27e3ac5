//! The material as typed data: parsed once at start-up from the JSON files in `content/`, which
//! are embedded in the binary. See `content/README.md` for the shape.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

mod validate;

/// A text in both interface languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct L10n {
    pub nl: String,
    pub en: String,
}

impl L10n {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    pub publisher: String,
    pub year: Option<u16>,
    pub url: Option<String>,
    pub about: L10n,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssessKind {
    /// Rated on the 1-5 scale, now and wished-for.
    Rating,
    /// Answered on the three-step scale of a checklist.
    Checklist,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub tab: L10n,
    pub title: L10n,
    pub intro: L10n,
    pub sources: Vec<String>,
    pub assess: Option<AssessKind>,
    pub groups: Vec<Group>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Option<L10n>,
    /// The key (1-7) this group belongs to.
    pub key: Option<u8>,
    pub intro: Option<L10n>,
    /// For checklist sections: which checklist this part belongs to.
    pub checklist: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub label: Option<L10n>,
    pub title: L10n,
    /// Another wording the source uses for the same thing.
    pub aka: Option<L10n>,
    pub summary: L10n,
    pub blocks: Vec<Block>,
    pub questions: Vec<L10n>,
    /// Ids of sections, groups or items to jump to.
    pub links: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Text {
        text: L10n,
    },
    Tip {
        title: L10n,
        text: L10n,
    },
    List {
        title: Option<L10n>,
        entries: Vec<ListEntry>,
    },
    Grid {
        title: Option<L10n>,
        corner: Option<L10n>,
        columns: Vec<L10n>,
        rows: Vec<L10n>,
        /// `cells[row][column]`
        cells: Vec<Vec<L10n>>,
    },
    Interventions {
        scope: Scope,
        entries: Vec<Intervention>,
    },
    Practice {
        who: L10n,
        text: L10n,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntry {
    pub term: Option<L10n>,
    pub text: L10n,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    School,
    Partnership,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intervention {
    pub id: String,
    pub text: L10n,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub title: L10n,
    pub steps: Vec<ScaleStep>,
}

impl Scale {
    pub fn max(&self) -> u8 {
        self.steps.iter().map(|s| s.value).max().unwrap_or(0)
    }

    pub fn label(&self, value: u8) -> Option<&L10n> {
        self.steps
            .iter()
            .find(|s| s.value == value)
            .map(|s| &s.label)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleStep {
    pub value: u8,
    pub label: L10n,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: L10n,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub rating: Scale,
    pub checklist: Scale,
    pub checklists: Vec<Checklist>,
}

/// Where an item sits in the content tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub section: usize,
    pub group: usize,
    pub item: usize,
}

/// What an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Section(usize),
    Group {
        section: usize,
        group: usize,
    },
    Item(ItemRef),
    Intervention {
        item: ItemRef,
        block: usize,
        entry: usize,
    },
}

/// All the material, parsed and indexed.
#[derive(Debug)]
pub struct Content {
    pub sources: Vec<Source>,
    pub assessment: Assessment,
    pub sections: Vec<Section>,
    index: HashMap<String, Target>,
}

/// The embedded files, in the order of the section bar.
const SECTION_FILES: &[(&str, &str)] = &[
    (
        "01-sleutels.json",
        include_str!("../../content/sections/01-sleutels.json"),
    ),
    (
        "02-eigenaarschap.json",
        include_str!("../../content/sections/02-eigenaarschap.json"),
    ),
    (
        "03-leerfuncties.json",
        include_str!("../../content/sections/03-leerfuncties.json"),
    ),
    (
        "04-verdieping.json",
        include_str!("../../content/sections/04-verdieping.json"),
    ),
    (
        "05-opbrengsten.json",
        include_str!("../../content/sections/05-opbrengsten.json"),
    ),
    (
        "06-kenniskaart.json",
        include_str!("../../content/sections/06-kenniskaart.json"),
    ),
    (
        "07-zelfscan.json",
        include_str!("../../content/sections/07-zelfscan.json"),
    ),
    (
        "08-stappen.json",
        include_str!("../../content/sections/08-stappen.json"),
    ),
];
const SOURCES: &str = include_str!("../../content/sources.json");
const ASSESSMENT: &str = include_str!("../../content/assessment.json");

/// A content file that does not parse: only possible if a broken file was committed, which the
/// content tests catch.
#[derive(Debug)]
pub struct ContentError {
    pub file: String,
    pub problem: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "content/{}: {}", self.file, self.problem)
    }
}

impl std::error::Error for ContentError {}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    serde_json::from_str(text).map_err(|e| ContentError {
        file: file.to_string(),
        problem: e.to_string(),
    })
}

/// The embedded material, parsed on first use and shared read-only afterwards.
pub fn embedded() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse_embedded().unwrap_or_else(|e| panic!("{e}")))
}

impl Content {
    /// Parses the embedded files.
    pub fn parse_embedded() -> Result<Content, ContentError> {
        let sources = parse("sources.json", SOURCES)?;
        let assessment = parse("assessment.json", ASSESSMENT)?;
        let sections = SECTION_FILES
            .iter()
            .map(|(file, text)| parse(&format!("sections/{file}"), text))
            .collect::<Result<Vec<Section>, _>>()?;
        Ok(Content::new(sources, assessment, sections))
    }

    pub fn new(sources: Vec<Source>, assessment: Assessment, sections: Vec<Section>) -> Content {
        let mut index = HashMap::new();
        for (s, section) in sections.iter().enumerate() {
            index.insert(section.id.clone(), Target::Section(s));
            for (g, group) in section.groups.iter().enumerate() {
                index.insert(
                    group.id.clone(),
                    Target::Group {
                        section: s,
                        group: g,
                    },
                );
                for (i, item) in group.items.iter().enumerate() {
                    let r = ItemRef {
                        section: s,
                        group: g,
                        item: i,
                    };
                    index.insert(item.id.clone(), Target::Item(r));
                    for (b, block) in item.blocks.iter().enumerate() {
                        if let Block::Interventions { entries, .. } = block {
                            for (e, entry) in entries.iter().enumerate() {
                                index.insert(
                                    entry.id.clone(),
                                    Target::Intervention {
                                        item: r,
                                        block: b,
                                        entry: e,
                                    },
                                );
                            }
                        }
                    }
                }
            }
        }
        Content {
            sources,
            assessment,
            sections,
            index,
        }
    }

    pub fn find(&self, id: &str) -> Option<Target> {
        self.index.get(id).copied()
    }

    pub fn item(&self, r: ItemRef) -> &Item {
        &self.sections[r.section].groups[r.group].items[r.item]
    }

    pub fn item_by_id(&self, id: &str) -> Option<(ItemRef, &Item)> {
        match self.find(id)? {
            Target::Item(r) => Some((r, self.item(r))),
            _ => None,
        }
    }

    /// The items of a section in reading order, with their place.
    pub fn items_of(&self, section: usize) -> impl Iterator<Item = (ItemRef, &Item)> {
        self.sections[section]
            .groups
            .iter()
            .enumerate()
            .flat_map(move |(g, group)| {
                group.items.iter().enumerate().map(move |(i, item)| {
                    (
                        ItemRef {
                            section,
                            group: g,
                            item: i,
                        },
                        item,
                    )
                })
            })
    }

    /// Every item of every section, in reading order.
    pub fn all_items(&self) -> impl Iterator<Item = (ItemRef, &Item)> {
        (0..self.sections.len()).flat_map(move |s| self.items_of(s))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A human name for whatever an id points at, for links.
    pub fn title_of(&self, id: &str, lang: Lang) -> Option<String> {
        Some(match self.find(id)? {
            Target::Section(s) => self.sections[s].title.get(lang).to_string(),
            Target::Group { section, group } => {
                let g = &self.sections[section].groups[group];
                match &g.title {
                    Some(t) => t.get(lang).to_string(),
                    None => self.sections[section].title.get(lang).to_string(),
                }
            }
            Target::Item(r) => self.item(r).title.get(lang).to_string(),
            Target::Intervention { item, block, entry } => match &self.item(item).blocks[block] {
                Block::Interventions { entries, .. } => entries[entry].text.get(lang).to_string(),
                _ => return None,
            },
        })
    }

    /// Problems with the material that parsing alone does not catch.
    pub fn problems(&self) -> Vec<String> {
        validate::problems(self)
    }
}
