//! The material as typed data: parsed once at start-up from the JSON files in `content/`, which
//! are embedded in the binary. See `content/README.md` for the shape.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

mod validate;
mod walk;

/// Text borrowed from the embedded files where it can be (no escapes), owned where it must.
/// The material is parsed once and never changes, so its text costs no heap of its own.
pub type Str<'a> = Cow<'a, str>;

/// A text in both interface languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text<'a> {
    #[serde(borrow)]
    pub nl: Str<'a>,
    #[serde(borrow)]
    pub en: Str<'a>,
}

pub type L10n = Text<'static>;

impl Text<'_> {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub title: Str<'a>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    #[serde(borrow)]
    pub publisher: Str<'a>,
    pub year: Option<u16>,
    pub url: Option<String>,
    #[serde(borrow)]
    pub about: Text<'a>,
    /// What the source itself says about its authors, retold: one note per author, in the
    /// order of `authors`.
    #[serde(borrow, default)]
    pub author_notes: Vec<AuthorNoteOf<'a>>,
    /// The source's own reading list ("Verder lezen"), in its order.
    #[serde(default)]
    pub reading: Vec<Reference>,
}

pub type Source = SourceOf<'static>;

/// A note on one author of a source, in our words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorNoteOf<'a> {
    /// The author exactly as written in the source's `authors`.
    pub author: String,
    #[serde(borrow)]
    pub about: Text<'a>,
}

pub type AuthorNote = AuthorNoteOf<'static>;

/// A publication a source refers to, as the source lists it: facts only, one field each, so
/// that a screen or handout can set it in any citation style.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Stable, lower case with dashes.
    pub id: String,
    /// "Ros, A.", "Van den Bergh, L." ... in the source's order.
    pub authors: Vec<String>,
    pub year: u16,
    pub title: String,
    /// The part after the title's full stop, e.g. "Met 10 portretten uit het primair onderwijs".
    pub subtitle: Option<String>,
    /// What kind of publication, when the source says so, e.g. "Eindrapport".
    pub kind: Option<String>,
    pub place: Option<String>,
    pub publisher: Option<String>,
    /// Where it can be found, in the source's order.
    #[serde(default)]
    pub urls: Vec<String>,
}

impl Reference {
    /// "Ros & Van den Bergh, 2016": the short form for citing it in running text.
    pub fn short(&self) -> String {
        let surname = |a: &String| a.split(',').next().unwrap_or(a).trim().to_string();
        let names: Vec<String> = self.authors.iter().map(surname).collect();
        let who = match names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [a, b] => format!("{a} & {b}"),
            [first, ..] => format!("{first} e.a."),
        };
        format!("{who}, {}", self.year)
    }
}

/// A reference set for a list of works: who and when, the title (to set in italics) and the
/// rest, e.g. "Jansen, A., & De Vries, B. (2020)." "Een titel. De ondertitel" "Rapport.
/// Utrecht: Uitgever."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub who: String,
    pub title: String,
    pub rest: String,
}

impl Citation {
    /// The title as a sentence: with a full stop, unless it ends in a sign of its own.
    pub fn title_ended(&self) -> String {
        if self.title.ends_with(['.', '?', '!']) {
            self.title.clone()
        } else {
            format!("{}.", self.title)
        }
    }
}

impl Reference {
    /// The reference in the usual order of a list of works (authors, year, title, kind,
    /// place and publisher), its addresses left to the caller.
    pub fn citation(&self) -> Citation {
        let who = match self.authors.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}, & {last}", init.join(", ")),
        };
        let title = match &self.subtitle {
            Some(sub) => format!("{}. {sub}", self.title),
            None => self.title.clone(),
        };
        let mut rest = Vec::new();
        if let Some(kind) = &self.kind {
            rest.push(format!("{kind}."));
        }
        match (&self.place, &self.publisher) {
            (Some(place), Some(publisher)) => rest.push(format!("{place}: {publisher}.")),
            (Some(one), None) | (None, Some(one)) => rest.push(format!("{one}.")),
            (None, None) => {}
        }
        Citation {
            who: format!("{who} ({}).", self.year).trim_start().to_string(),
            title,
            rest: rest.join(" "),
        }
    }
}

impl SourceOf<'_> {
    /// The title with its subtitle.
    pub fn full_title(&self) -> String {
        match &self.subtitle {
            // A title with a colon of its own takes its subtitle after a full stop, so that
            // two colons do not make it read as three parts.
            Some(sub) if self.title.contains(':') => format!("{}. {sub}", self.title),
            Some(sub) => format!("{}: {sub}", self.title),
            None => self.title.to_string(),
        }
    }

    /// The publisher, with the year when it is known.
    pub fn published(&self) -> String {
        match self.year {
            Some(year) => format!("{}, {year}", self.publisher),
            None => self.publisher.to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssessKind {
    /// Rated on the 1-5 scale, now and wished-for.
    Rating,
    /// Answered on the three-step scale of a checklist.
    Checklist,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub tab: Text<'a>,
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(borrow)]
    pub intro: Text<'a>,
    pub sources: Vec<String>,
    pub assess: Option<AssessKind>,
    #[serde(borrow)]
    pub groups: Vec<GroupOf<'a>>,
}

pub type Section = SectionOf<'static>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub title: Option<Text<'a>>,
    /// The key (1-7) this group belongs to.
    pub key: Option<u8>,
    #[serde(borrow)]
    pub intro: Option<Text<'a>>,
    /// For checklist sections: which checklist this part belongs to.
    pub checklist: Option<String>,
    #[serde(borrow)]
    pub items: Vec<ItemOf<'a>>,
}

pub type Group = GroupOf<'static>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub label: Option<Text<'a>>,
    #[serde(borrow)]
    pub title: Text<'a>,
    /// Another wording the source uses for the same thing.
    #[serde(borrow)]
    pub aka: Option<Text<'a>>,
    #[serde(borrow)]
    pub summary: Text<'a>,
    #[serde(borrow)]
    pub blocks: Vec<BlockOf<'a>>,
    #[serde(borrow)]
    pub questions: Vec<Text<'a>>,
    /// Ids of sections, groups or items to jump to.
    pub links: Vec<String>,
}

pub type Item = ItemOf<'static>;

impl ItemOf<'_> {
    /// "Sleutel 4 · Ontwikkel eigenaarschap …": the label, when there is one, and the title.
    pub fn labelled_title(&self, lang: Lang) -> String {
        match &self.label {
            Some(l) => format!("{} · {}", l.get(lang), self.title.get(lang)),
            None => self.title.get(lang).to_string(),
        }
    }
}

/// Whose words a block is: without the mark a block retells its source; with it, the workbook
/// speaks in its own voice (and the screen and handout should say so).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ours {
    /// The workbook's own explanation, definition, gloss or advice.
    Explanation,
    /// An example the workbook made up; the source does not give it.
    Example,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum BlockOf<'a> {
    Text {
        #[serde(borrow)]
        text: Text<'a>,
        /// Set when the text is the workbook's own explanation or example.
        #[serde(default)]
        ours: Option<Ours>,
    },
    Tip {
        /// The tip's title exactly as its source spells it.
        #[serde(borrow)]
        title: Text<'a>,
        /// A line of our own under the source title, when there is one.
        #[serde(borrow, default)]
        subtitle: Option<Text<'a>>,
        #[serde(borrow)]
        text: Text<'a>,
    },
    List {
        #[serde(borrow)]
        title: Option<Text<'a>>,
        #[serde(borrow)]
        entries: Vec<ListEntryOf<'a>>,
        /// Show the entries as 1, 2, 3 ... (the source numbers them).
        #[serde(default)]
        numbered: bool,
        /// Set when the entries' texts are the workbook's own explanations or examples. The
        /// terms and the title still name what the source names.
        #[serde(default)]
        ours: Option<Ours>,
    },
    Grid {
        #[serde(borrow)]
        title: Option<Text<'a>>,
        #[serde(borrow)]
        corner: Option<Text<'a>>,
        #[serde(borrow)]
        columns: Vec<Text<'a>>,
        #[serde(borrow)]
        rows: Vec<Text<'a>>,
        /// `cells[row][column]`
        #[serde(borrow)]
        cells: Vec<Vec<Text<'a>>>,
    },
    Interventions {
        scope: Scope,
        #[serde(borrow)]
        entries: Vec<InterventionOf<'a>>,
    },
    Practice {
        #[serde(borrow)]
        who: Text<'a>,
        #[serde(borrow)]
        text: Text<'a>,
    },
    /// Two lists that name the same things differently, side by side, each in its own source
    /// order, with the pairs drawn between them.
    Compare {
        #[serde(borrow)]
        title: Option<Text<'a>>,
        #[serde(borrow)]
        left: CompareSideOf<'a>,
        #[serde(borrow)]
        right: CompareSideOf<'a>,
        /// Each entry of either side appears in at most one pair; unpaired entries stand alone.
        pairs: Vec<Pair>,
        /// One sentence on the pairs marked `ours`: why the workbook pairs them.
        #[serde(borrow)]
        note: Option<Text<'a>>,
    },
}

pub type Block = BlockOf<'static>;

/// One of the two lists of a `compare` block.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareSideOf<'a> {
    /// Where in the source the list stands, e.g. "Infographic".
    #[serde(borrow)]
    pub title: Text<'a>,
    /// The source id.
    pub source: String,
    /// The names, exactly and in the order the source gives them.
    #[serde(borrow)]
    pub entries: Vec<Text<'a>>,
}

pub type CompareSide = CompareSideOf<'static>;

/// A line between entry `left` of the left list and entry `right` of the right list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub left: usize,
    pub right: usize,
    pub link: Link,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    /// Both lists plainly name the same thing (the same word, or the same word in another form).
    Same,
    /// The pairing is this workbook's reading, not the source's: draw it differently.
    Ours,
}

/// A term of the field with its one English rendering: the English material uses that rendering
/// wherever the Dutch uses the term, and none of the `avoid` renderings anywhere.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    /// The Dutch term as the field writes it.
    #[serde(borrow)]
    pub nl: Str<'a>,
    /// Other Dutch forms that count as the term (plurals, inflections), whole words.
    #[serde(default)]
    pub forms: Vec<String>,
    /// The one English rendering (an English plural adds "s").
    #[serde(borrow)]
    pub en: Str<'a>,
    /// A line on what the term means, for a reader who does not know Dutch schools.
    #[serde(borrow)]
    pub about: Text<'a>,
    /// Renderings the English text used before and must not use again.
    #[serde(default)]
    pub avoid: Vec<String>,
}

pub type Term = TermOf<'static>;

impl TermOf<'_> {
    /// The term as a reader of `lang` looks it up: the Dutch term, or its English rendering.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The term in the other language: beside the name, so each reader sees both.
    pub fn other_name(&self, lang: Lang) -> &str {
        self.name(lang.other())
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntryOf<'a> {
    #[serde(borrow)]
    pub term: Option<Text<'a>>,
    #[serde(borrow)]
    pub text: Text<'a>,
}

pub type ListEntry = ListEntryOf<'static>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    School,
    Partnership,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterventionOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub text: Text<'a>,
}

pub type Intervention = InterventionOf<'static>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleOf<'a> {
    #[serde(borrow)]
    pub title: Text<'a>,
    #[serde(borrow)]
    pub steps: Vec<ScaleStepOf<'a>>,
}

pub type Scale = ScaleOf<'static>;

impl ScaleOf<'_> {
    /// The steps as "1 zwak", "2 matig", ...
    pub fn numbered(&self, lang: Lang) -> Vec<String> {
        self.steps
            .iter()
            .map(|s| format!("{} {}", s.value, s.label.get(lang)))
            .collect()
    }

    pub fn max(&self) -> u8 {
        self.steps.iter().map(|s| s.value).max().unwrap_or(0)
    }

    pub fn label(&self, value: u8) -> Option<&Text<'_>> {
        self.steps
            .iter()
            .find(|s| s.value == value)
            .map(|s| &s.label)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleStepOf<'a> {
    pub value: u8,
    #[serde(borrow)]
    pub label: Text<'a>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistOf<'a> {
    #[serde(borrow)]
    pub id: Str<'a>,
    #[serde(borrow)]
    pub title: Text<'a>,
}

pub type Checklist = ChecklistOf<'static>;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentOf<'a> {
    #[serde(borrow)]
    pub rating: ScaleOf<'a>,
    #[serde(borrow)]
    pub checklist: ScaleOf<'a>,
    #[serde(borrow)]
    pub checklists: Vec<ChecklistOf<'a>>,
}

pub type Assessment = AssessmentOf<'static>;

impl<'a> AssessmentOf<'a> {
    /// The scale a kind of assessment is answered on.
    pub fn scale(&self, kind: AssessKind) -> &ScaleOf<'a> {
        match kind {
            AssessKind::Rating => &self.rating,
            AssessKind::Checklist => &self.checklist,
        }
    }
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
    /// The terms of the field, in the order of `content/glossary.json`.
    pub glossary: Vec<Term>,
    index: HashMap<Str<'static>, Target>,
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
const GLOSSARY: &str = include_str!("../../content/glossary.json");

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

fn parse<T: serde::Deserialize<'static>>(
    file: &str,
    text: &'static str,
) -> Result<T, ContentError> {
    serde_json::from_str(text).map_err(|e| ContentError {
        file: file.to_string(),
        problem: e.to_string(),
    })
}

/// The text of each file of the material, by its place under `content/`.
pub struct Files {
    pub sources: &'static str,
    pub assessment: &'static str,
    pub glossary: &'static str,
    /// File name and text of each section, in tab order.
    pub sections: &'static [(&'static str, &'static str)],
}

/// The embedded material, parsed on first use and shared read-only afterwards.
pub fn embedded() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse_embedded().unwrap_or_else(|e| panic!("{e}")))
}

impl Content {
    /// Parses the embedded files.
    pub fn parse_embedded() -> Result<Content, ContentError> {
        Content::from_json(&Files {
            sources: SOURCES,
            assessment: ASSESSMENT,
            glossary: GLOSSARY,
            sections: SECTION_FILES,
        })
    }

    /// Parses material laid out like `content/`: the embedded files, or a small fixture in the
    /// tests whose wording can change without touching the real material's screens.
    pub fn from_json(files: &Files) -> Result<Content, ContentError> {
        let sources = parse("sources.json", files.sources)?;
        let assessment = parse("assessment.json", files.assessment)?;
        let glossary = parse("glossary.json", files.glossary)?;
        let sections = files
            .sections
            .iter()
            .map(|(file, text)| parse(&format!("sections/{file}"), text))
            .collect::<Result<Vec<Section>, _>>()?;
        Ok(Content::new(sources, assessment, sections, glossary))
    }

    pub fn new(
        sources: Vec<Source>,
        assessment: Assessment,
        sections: Vec<Section>,
        glossary: Vec<Term>,
    ) -> Content {
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
            glossary,
            index,
        }
    }

    pub fn find(&self, id: &str) -> Option<Target> {
        self.index.get(id).copied()
    }

    pub fn item(&self, r: ItemRef) -> &Item {
        &self.sections[r.section].groups[r.group].items[r.item]
    }

    /// An item as a list of links or a form names it, outside its own list: "Sleutel 4 ·
    /// Ontwikkel eigenaarschap …". A label that is only a number (a self-scan statement) says
    /// little there, so its group goes with it: "Ondersteunende cultuur 2 · …".
    pub fn named_title(&self, r: ItemRef, lang: Lang) -> String {
        let item = self.item(r);
        let group = self.sections[r.section].groups[r.group].title.as_ref();
        match (&item.label, group) {
            (Some(label), Some(group)) if label.get(lang).bytes().all(|b| b.is_ascii_digit()) => {
                format!(
                    "{} {} · {}",
                    group.get(lang),
                    label.get(lang),
                    item.title.get(lang)
                )
            }
            _ => item.labelled_title(lang),
        }
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

    /// A term of the glossary by its id.
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// The glossary in the order a reader of `lang` looks a term up in: by the Dutch term, or
    /// by the English rendering; without regard to case or accents.
    pub fn glossary_in_order(&self, lang: Lang) -> Vec<&Term> {
        let key = |t: &Term| -> String {
            t.name(lang)
                .chars()
                .map(|c| nucleo_matcher::chars::to_lower_case(nucleo_matcher::chars::normalize(c)))
                .collect()
        };
        let mut terms: Vec<&Term> = self.glossary.iter().collect();
        terms.sort_by_cached_key(|t| key(t));
        terms
    }

    /// Every text of the material in both languages, with where it stands ("item sleutel-4"),
    /// in reading order: sources, scales, then each section, group, item and block. The
    /// glossary's own lines are not material and are left out.
    pub fn texts(&self) -> Vec<(String, &L10n)> {
        walk::texts(self)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_statement_is_named_with_its_checklist_part() {
        let c = embedded();
        let (r, item) = c.item_by_id("lo-cultuur-2").unwrap();
        let group = c.sections[r.section].groups[r.group]
            .title
            .as_ref()
            .unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let named = c.named_title(r, lang);
            assert!(
                named.starts_with(&format!("{} 2 · ", group.get(lang))),
                "{named}"
            );
            assert!(named.ends_with(item.title.get(lang)), "{named}");
        }
        // A label that says something stands on its own.
        let (r, item) = c.item_by_id("sleutel-4").unwrap();
        assert_eq!(c.named_title(r, Lang::Nl), item.labelled_title(Lang::Nl));
    }

    #[test]
    fn a_title_with_a_colon_takes_its_subtitle_after_a_full_stop() {
        for source in &embedded().sources {
            let full = source.full_title();
            assert!(full.matches(':').count() <= 1, "{full}");
            if let Some(sub) = &source.subtitle {
                assert!(full.ends_with(sub.as_str()) && full.starts_with(&*source.title));
            }
        }
    }

    #[test]
    fn a_reference_is_cited_with_every_fact_it_has() {
        // Built from the reference's own fields, so the test repeats none of its text.
        let c = embedded();
        let reading = &c.source("ros-samen-leren").unwrap().reading;
        let field = |f: &Option<String>| f.clone().unwrap();
        let two = reading
            .iter()
            .find(|r| r.authors.len() == 2 && r.kind.is_some())
            .unwrap();
        let cited = two.citation();
        assert_eq!(
            cited.who,
            format!("{}, & {} ({}).", two.authors[0], two.authors[1], two.year)
        );
        assert_eq!(cited.title, two.title);
        assert_eq!(
            cited.rest,
            format!(
                "{}. {}: {}.",
                field(&two.kind),
                field(&two.place),
                field(&two.publisher)
            )
        );
        let three = reading.iter().find(|r| r.authors.len() == 3).unwrap();
        let cited = three.citation();
        let [a, b, c3] = [0, 1, 2].map(|n| &three.authors[n]);
        assert_eq!(cited.who, format!("{a}, {b}, & {c3} ({}).", three.year));
        assert_eq!(
            cited.title,
            format!("{}. {}", three.title, field(&three.subtitle))
        );
        // Only where to find it: nothing after the title.
        let online = reading
            .iter()
            .find(|r| r.place.is_none() && r.publisher.is_none() && r.kind.is_none())
            .unwrap();
        assert_eq!(online.citation().rest, "");
        assert_eq!(
            online.citation().title_ended(),
            format!("{}.", online.title)
        );
        // A title that ends in a question mark gets no full stop after it.
        let question = reading
            .iter()
            .find(|r| r.subtitle.as_deref().is_some_and(|s| s.ends_with('?')))
            .unwrap()
            .citation();
        assert!(question.title_ended().ends_with('?'));
    }

    #[test]
    fn the_glossary_is_in_the_readers_alphabet() {
        let c = embedded();
        for lang in [Lang::Nl, Lang::En] {
            let names: Vec<String> = c
                .glossary_in_order(lang)
                .iter()
                .map(|t| t.name(lang).to_lowercase())
                .collect();
            assert_eq!(names.len(), c.glossary.len());
            let mut sorted = names.clone();
            sorted.sort();
            assert_eq!(names, sorted, "{lang:?}");
        }
        let en = c.glossary_in_order(Lang::En);
        let peer = en.iter().find(|t| t.en == "peer supervision").unwrap();
        assert_eq!(peer.other_name(Lang::En), "intervisie");
    }
}
