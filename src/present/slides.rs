//! The material as a sequence of slides: a title that credits every source, an overview of the
//! seven keys; per key a title, its core idea, one slide per tip (with the lists and the
//! comparison that belong to it), its models (drawn as pictures where `content/deck.json` says
//! how), a discussion slide and a work format; then the self-scans, the six steps, the
//! knowledge map with its lists, the sources and an end slide. Built once from the content, in
//! one language. Nothing personal goes in: this module is never given the user's data.

use super::deck::{self, Deck, Kind, ModelSpec};
use crate::content::{AssessKind, Block, Content, Group, Item, Link, Section, Text};
use crate::i18n::{Lang, Msg};

/// A term and a line about it, which a small screen may leave out.
pub type Point = (String, Option<String>);

/// What a slide shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// A part's opening: a short word or two in big letters, and its title.
    Title {
        big: String,
        title: String,
        subtitle: Option<String>,
    },
    /// A heading and a text: a key's core idea, a tip, a step.
    Text {
        heading: String,
        title: Option<String>,
        /// A line of our own under the source's title, in a lesser style.
        subtitle: Option<String>,
        text: String,
    },
    /// A heading and a list: a model's parts, questions to discuss, statements.
    Bullets {
        heading: String,
        title: Option<String>,
        intro: Option<String>,
        /// Each: a term (bold) and its explanation, which a small screen may leave out.
        bullets: Vec<Point>,
        numbered: bool,
    },
    /// A model drawn as a grid (the nine-field model).
    Grid {
        heading: String,
        title: String,
        corner: String,
        columns: Vec<String>,
        rows: Vec<String>,
        cells: Vec<Vec<String>>,
    },
    /// The seven keys around what they are for.
    Overview {
        heading: String,
        centre: String,
        /// Each key's label ("Sleutel 1") and title.
        keys: Vec<(String, String)>,
    },
    /// A model drawn as a picture.
    Model {
        heading: String,
        title: Option<String>,
        caption: Option<String>,
        model: Model,
    },
    /// Two lists that name the same things differently, side by side.
    Compare(Compare),
    /// A short exercise for the team, with its suggested time.
    Work {
        heading: String,
        title: String,
        steps: Vec<String>,
        minutes: u32,
    },
    /// How a team's answers spread (see `present::team`).
    Team(super::team::TeamSlide),
}

/// A picture of a model: what it holds, in the material's words; how it looks is up to the
/// screen (or the browser) that draws it.
#[derive(Clone, Debug, PartialEq)]
pub enum Model {
    /// Rungs from the bottom up.
    Ladder(Vec<Point>),
    /// Rings from the middle out.
    Rings(Vec<Point>),
    /// Who holds which logic, from the classroom (the caption) outwards.
    Logics(Vec<Layer>),
    /// Two parties (`parties`), from side by side to one new practice.
    Mechanisms {
        parties: (String, String),
        steps: Vec<Point>,
    },
    /// Domains that overlap around the caption.
    Domains(Vec<Point>),
    /// Two things in balance.
    Balance(Vec<Point>),
    /// Challenge (`up`) against what you can do (`across`): the three zones in the source's
    /// order (too little challenge, too much, flow).
    Flow {
        up: String,
        across: String,
        zones: Vec<Point>,
    },
    /// Domains in breadth (`across`), growth in depth (`down`).
    Career {
        across: String,
        down: String,
        domains: Vec<Point>,
        stages: Vec<String>,
    },
    /// Steps one after the other.
    Path(Vec<Point>),
    /// Steps that come round again.
    Cycle(Vec<Point>),
}

impl Model {
    /// What the picture shows, as a list: for a screen too small to draw it.
    pub fn points(&self) -> Vec<Point> {
        match self {
            Model::Ladder(p)
            | Model::Rings(p)
            | Model::Domains(p)
            | Model::Balance(p)
            | Model::Path(p)
            | Model::Cycle(p)
            | Model::Mechanisms { steps: p, .. }
            | Model::Flow { zones: p, .. }
            | Model::Career { domains: p, .. } => p.clone(),
            Model::Logics(layers) => layers
                .iter()
                .map(|l| (format!("{} · {}", l.name, l.who), l.text.clone()))
                .collect(),
        }
    }

    /// Whether the list of its points is in an order that counts.
    pub fn ordered(&self) -> bool {
        matches!(
            self,
            Model::Ladder(_) | Model::Path(_) | Model::Cycle(_) | Model::Mechanisms { .. }
        )
    }
}

/// A logic and who holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub name: String,
    pub who: String,
    pub text: Option<String>,
}

/// Two lists side by side, each in its own source's order, with lines between the pairs.
#[derive(Clone, Debug, PartialEq)]
pub struct Compare {
    pub heading: String,
    pub title: Option<String>,
    pub left: Side,
    pub right: Side,
    pub pairs: Vec<Pair>,
    /// Why the pairs of our own reading are paired.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub title: String,
    pub entries: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub left: usize,
    pub right: usize,
    /// The pairing is this workbook's reading, not the source's.
    pub ours: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    /// Stable, for resuming where a facilitator stopped and for session plans.
    pub id: String,
    /// The part it belongs to (a key, the self-scans, ...): for the footer, and for
    /// presenting one part alone.
    pub part_id: String,
    pub part: String,
    /// The ids of the material on it, so `--from ID` can start here.
    pub shows: Vec<String>,
    /// The time the countdown starts with on this slide (a work format's, or the plan's).
    pub minutes: Option<u32>,
    pub body: Body,
}

/// The id of the overview slide, which one key shows from anywhere.
pub const OVERVIEW: &str = "overzicht";
/// The id of the end slide.
pub const END: &str = "einde";

/// Lists longer than this are spread over several slides, so every slide stays readable at
/// 80x24 with a large projector font.
const PER_SLIDE: usize = 5;

fn t(x: &Text, lang: Lang) -> String {
    x.get(lang).to_string()
}

/// `items` spread evenly over as few pages of at most `per_page` as will hold them: nine in
/// fives is five and four, not five and one.
pub(crate) fn pages<T: Clone>(items: &[T], per_page: usize) -> Vec<Vec<T>> {
    let n = items.len().div_ceil(per_page).max(1);
    let size = items.len().div_ceil(n).max(1);
    items.chunks(size).map(|c| c.to_vec()).collect()
}

/// "Title (2/3)" for page `k` of `n`, just the title when there is one page.
pub(crate) fn page_title(title: &str, k: usize, n: usize) -> String {
    if n > 1 {
        format!("{title} ({}/{n})", k + 1)
    } else {
        title.to_string()
    }
}

/// A point on a list slide: the item's id, its name, and a line about it.
type Entry = (String, String, Option<String>);

/// "Brigit van Rossum" for "Van Rossum, Brigit": the first name first, and the little words
/// of a Dutch surname in small letters once they no longer begin the name.
fn first_name_first(author: &str) -> String {
    let Some((surname, first)) = author.split_once(',') else {
        return author.trim().to_string();
    };
    const LITTLE: &[&str] = &[
        "van", "de", "den", "der", "het", "ter", "ten", "te", "in", "op",
    ];
    let mut words: Vec<String> = surname.split_whitespace().map(str::to_string).collect();
    let last = words.len().saturating_sub(1);
    for w in words.iter_mut().take(last) {
        if LITTLE.contains(&w.to_lowercase().as_str()) {
            *w = w.to_lowercase();
        }
    }
    format!("{} {}", first.trim(), words.join(" "))
}

/// Who the deck is after: every source, its authors by name and its publisher, each named
/// once ("Ton Bruining (KPC Groep); Arbeidsmarktplatform PO; ...").
pub fn credits(content: &Content, lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    let mut named: Vec<String> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for s in &content.sources {
        let authors: Vec<String> = s.authors.iter().map(|a| first_name_first(a)).collect();
        let publisher = s.published();
        let credit = match authors.as_slice() {
            [] if named.iter().any(|n| n.contains(s.publisher.as_ref())) => continue,
            [] => publisher,
            [one] => format!("{one} ({publisher})"),
            [rest @ .., last] => format!("{}{and}{last} ({publisher})", rest.join(", ")),
        };
        named.push(credit.clone());
        out.push(credit);
    }
    Msg::SlidesCredit
        .get(lang)
        .replace("{who}", &out.join("; "))
}

struct Builder<'c> {
    lang: Lang,
    content: &'c Content,
    deck: &'c Deck,
    slides: Vec<Slide>,
    part_id: String,
    part: String,
}

impl Builder<'_> {
    fn part(&mut self, id: &str, name: String) {
        self.part_id = id.to_string();
        self.part = name;
    }

    fn push(&mut self, id: String, shows: Vec<String>, body: Body) {
        let minutes = match &body {
            Body::Work { minutes, .. } => Some(*minutes),
            _ => None,
        };
        self.slides.push(Slide {
            id,
            part_id: self.part_id.clone(),
            part: self.part.clone(),
            shows,
            minutes,
            body,
        });
    }

    /// Points on as many list slides as they need, with ids `{id}/1`, `{id}/2`... (`first`
    /// adds the id itself to the first slide's `shows`). The page marker goes on the title if
    /// there is one, else on the heading; `intro(k)` is the line above page `k`'s points.
    #[allow(clippy::too_many_arguments)]
    fn paged(
        &mut self,
        id: &str,
        first: bool,
        heading: String,
        title: Option<String>,
        intro: impl Fn(usize) -> Option<String>,
        points: &[Entry],
        numbered: bool,
    ) {
        let parts = pages(points, PER_SLIDE);
        let n = parts.len();
        for (k, part) in parts.into_iter().enumerate() {
            let (heading, title) = match &title {
                Some(title) => (heading.clone(), Some(page_title(title, k, n))),
                None => (page_title(&heading, k, n), None),
            };
            let mut shows: Vec<String> = part
                .iter()
                .map(|(id, _, _)| id.clone())
                .filter(|id| !id.is_empty())
                .collect();
            if k == 0 && first {
                shows.insert(0, id.to_string());
            }
            self.push(
                format!("{id}/{}", k + 1),
                shows,
                Body::Bullets {
                    heading,
                    title,
                    intro: intro(k),
                    bullets: part.into_iter().map(|(_, a, b)| (a, b)).collect(),
                    numbered,
                },
            );
        }
    }

    /// The slides of a work format for `id`, if the deck has one.
    fn formats(&mut self, id: &str, part_name: &str) {
        let lang = self.lang;
        for f in self.deck.formats_after(id) {
            self.push(
                format!("{id}/werkvorm"),
                vec![],
                Body::Work {
                    heading: format!("{} · {part_name}", Msg::SlidesWork.get(lang)),
                    title: t(&f.title, lang),
                    steps: f.steps.iter().map(|s| t(s, lang)).collect(),
                    minutes: f.minutes,
                },
            );
        }
    }

    /// A picture drawn from items of the material (their titles and summaries).
    fn model_of_items(&self, spec: &ModelSpec) -> Model {
        let lang = self.lang;
        let items: Vec<&Item> = spec
            .items
            .iter()
            .filter_map(|id| self.content.item_by_id(id).map(|(_, i)| i))
            .collect();
        let points: Vec<Point> = items
            .iter()
            .map(|i| (t(&i.title, lang), Some(t(&i.summary, lang))))
            .collect();
        let label = |n: usize| spec.labels.get(n).map(|l| t(l, lang)).unwrap_or_default();
        match spec.kind {
            Kind::Logics => Model::Logics(
                items
                    .iter()
                    .enumerate()
                    .map(|(n, i)| Layer {
                        name: t(&i.title, lang),
                        who: label(n),
                        text: Some(t(&i.summary, lang)),
                    })
                    .collect(),
            ),
            Kind::Mechanisms => Model::Mechanisms {
                parties: (label(0), label(1)),
                steps: points,
            },
            kind => self.shaped(kind, spec, points),
        }
    }

    /// A picture drawn from a list block of an item.
    fn model_of_list(&self, spec: &ModelSpec) -> Option<Model> {
        let lang = self.lang;
        let entries = spec.list.as_ref()?.entries(self.content)?;
        let points: Vec<Point> = entries
            .iter()
            .map(|e| match &e.term {
                Some(term) => (t(term, lang), Some(t(&e.text, lang))),
                None => (t(&e.text, lang), None),
            })
            .collect();
        Some(self.shaped(spec.kind, spec, points))
    }

    fn shaped(&self, kind: Kind, spec: &ModelSpec, points: Vec<Point>) -> Model {
        let lang = self.lang;
        let label = |n: usize| spec.labels.get(n).map(|l| t(l, lang)).unwrap_or_default();
        match kind {
            Kind::Ladder => Model::Ladder(points),
            Kind::Rings => Model::Rings(points),
            Kind::Domains => Model::Domains(points),
            Kind::Balance => Model::Balance(points),
            Kind::Path => Model::Path(points),
            Kind::Cycle => Model::Cycle(points),
            Kind::Flow => Model::Flow {
                up: label(0),
                across: label(1),
                zones: points,
            },
            Kind::Career => Model::Career {
                across: label(0),
                down: label(1),
                domains: points,
                stages: spec
                    .depth
                    .as_ref()
                    .and_then(|d| d.entries(self.content))
                    .map(|es| {
                        es.iter()
                            .map(|e| {
                                e.term
                                    .as_ref()
                                    .map_or_else(|| t(&e.text, lang), |x| t(x, lang))
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            },
            Kind::Logics | Kind::Mechanisms => Model::Path(points),
        }
    }

    /// The list blocks of an item (and the tips that follow its lists), each on slides of
    /// its own: a picture where the deck draws it, else a list. `heading` names the item.
    fn lists(&mut self, item: &Item, heading: &str) {
        let lang = self.lang;
        let mut n = 0;
        let mut tips: Vec<Entry> = Vec::new();
        for block in &item.blocks {
            match block {
                Block::List {
                    title,
                    entries,
                    numbered,
                    ..
                } => {
                    n += 1;
                    let id = format!("{}/lijst-{n}", item.id);
                    let title = title.as_ref().map(|x| t(x, lang));
                    let spec = self.deck.models.iter().find(|m| {
                        m.list
                            .as_ref()
                            .is_some_and(|l| l.item == item.id && l.nth == n)
                    });
                    if let Some(model) = spec.and_then(|s| self.model_of_list(s)) {
                        let caption = spec.and_then(|s| s.caption.as_ref()).map(|c| t(c, lang));
                        self.push(
                            id,
                            vec![],
                            Body::Model {
                                heading: heading.to_string(),
                                title,
                                caption,
                                model,
                            },
                        );
                        continue;
                    }
                    let points: Vec<Entry> = entries
                        .iter()
                        .map(|e| match &e.term {
                            Some(term) => (String::new(), t(term, lang), Some(t(&e.text, lang))),
                            None => (String::new(), t(&e.text, lang), None),
                        })
                        .collect();
                    self.paged(
                        &id,
                        false,
                        heading.to_string(),
                        title,
                        |_| None,
                        &points,
                        *numbered,
                    );
                }
                Block::Tip { title, text, .. } => {
                    tips.push((String::new(), t(title, lang), Some(t(text, lang))));
                }
                _ => {}
            }
        }
        if !tips.is_empty() {
            let id = format!("{}/tips", item.id);
            self.paged(
                &id,
                false,
                heading.to_string(),
                Some(Msg::SlidesTips.get(lang).to_string()),
                |_| None,
                &tips,
                false,
            );
        }
    }

    /// A group of the material as slides: a grid when it is one model drawn as a grid; the
    /// pictures the deck draws from its items; the rest as a list.
    fn group(&mut self, section: &Section, group: &Group) {
        let lang = self.lang;
        let heading = group
            .title
            .as_ref()
            .map(|x| t(x, lang))
            .unwrap_or_else(|| t(&section.title, lang));
        if let [item] = group.items.as_slice()
            && let Some(Block::Grid {
                corner,
                columns,
                rows,
                cells,
                ..
            }) = item.blocks.iter().find(|b| matches!(b, Block::Grid { .. }))
        {
            self.push(
                group.id.to_string(),
                vec![group.id.to_string(), item.id.to_string()],
                Body::Grid {
                    heading: heading.clone(),
                    title: t(&item.title, lang),
                    corner: corner.as_ref().map(|x| t(x, lang)).unwrap_or_default(),
                    columns: columns.iter().map(|x| t(x, lang)).collect(),
                    rows: rows.iter().map(|x| t(x, lang)).collect(),
                    cells: cells
                        .iter()
                        .map(|r| r.iter().map(|x| t(x, lang)).collect())
                        .collect(),
                },
            );
            self.formats(&group.id, &heading);
            return;
        }
        let mut rest: Vec<Entry> = Vec::new();
        let mut drawn: Vec<usize> = Vec::new();
        let mut first = true;
        let deck = self.deck;
        for item in &group.items {
            if let Some(at) = deck
                .models
                .iter()
                .position(|m| m.items.contains(&item.id.to_string()))
            {
                let spec = &deck.models[at];
                if !drawn.contains(&at) {
                    drawn.push(at);
                    let mut shows: Vec<String> = spec.items.clone();
                    let id = if first {
                        shows.insert(0, group.id.to_string());
                        group.id.to_string()
                    } else {
                        item.id.to_string()
                    };
                    first = false;
                    let model = self.model_of_items(spec);
                    self.push(
                        id,
                        shows,
                        Body::Model {
                            heading: heading.clone(),
                            title: None,
                            caption: spec.caption.as_ref().map(|c| t(c, lang)),
                            model,
                        },
                    );
                }
                continue;
            }
            if let Some(spec) = deck.models.iter().find(|m| m.from_list_of(&item.id))
                && let Some(model) = self.model_of_list(spec)
            {
                let mut shows = vec![item.id.to_string()];
                if first {
                    shows.insert(0, group.id.to_string());
                }
                first = false;
                let title = item.blocks.iter().find_map(|b| match b {
                    Block::List { title, .. } => title.as_ref().map(|x| t(x, lang)),
                    _ => None,
                });
                self.push(
                    item.id.to_string(),
                    shows,
                    Body::Model {
                        heading: t(&item.title, lang),
                        title,
                        caption: spec.caption.as_ref().map(|c| t(c, lang)),
                        model,
                    },
                );
                continue;
            }
            rest.push((
                item.id.to_string(),
                t(&item.title, lang),
                Some(t(&item.summary, lang)),
            ));
        }
        if !rest.is_empty() {
            let intro = group.intro.as_ref().map(|x| t(x, lang));
            let with_intro = first;
            self.paged(
                &group.id,
                first,
                heading.clone(),
                None,
                |k| (k == 0 && with_intro).then(|| intro.clone()).flatten(),
                &rest,
                false,
            );
        }
        self.formats(&group.id, &heading);
    }
}

/// Every slide of the material, in order.
pub fn build(content: &Content, lang: Lang) -> Vec<Slide> {
    build_with(content, deck::embedded(), lang)
}

/// Every slide of the material with a deck of one's own (the tests use the embedded one).
pub fn build_with(content: &Content, deck: &Deck, lang: Lang) -> Vec<Slide> {
    let mut b = Builder {
        lang,
        content,
        deck,
        slides: Vec::new(),
        part_id: String::new(),
        part: String::new(),
    };
    let m = |msg: Msg| msg.get(lang).to_string();
    let find = |id: &str| content.sections.iter().find(|s| s.id == id);

    b.part("begin", m(Msg::SlidesOpening));
    b.push(
        "begin".into(),
        vec![],
        Body::Title {
            big: m(Msg::SlidesBig),
            title: m(Msg::HandoutTitle),
            subtitle: Some(credits(content, lang)),
        },
    );

    // The seven keys, each with its models.
    if let Some(keys) = find("sleutels") {
        let all: Vec<&Item> = keys.groups.iter().flat_map(|g| &g.items).collect();
        let label = |n: usize, key: &Item| {
            key.label
                .as_ref()
                .map(|l| t(l, lang))
                .unwrap_or_else(|| (n + 1).to_string())
        };
        b.part(OVERVIEW, t(&deck.overview.heading, lang));
        b.push(
            OVERVIEW.into(),
            vec![OVERVIEW.into(), keys.id.to_string()],
            Body::Overview {
                heading: t(&deck.overview.heading, lang),
                centre: t(&deck.overview.centre, lang),
                keys: all
                    .iter()
                    .enumerate()
                    .map(|(n, k)| (label(n, k), t(&k.title, lang)))
                    .collect(),
            },
        );
        for (n, key) in all.iter().enumerate() {
            let number = n + 1;
            let label = label(n, key);
            b.part(&key.id, label.clone());
            b.push(
                key.id.to_string(),
                vec![key.id.to_string()],
                Body::Title {
                    big: label.clone(),
                    title: t(&key.title, lang),
                    subtitle: None,
                },
            );
            b.push(
                format!("{}/kern", key.id),
                vec![],
                Body::Text {
                    heading: m(Msg::SlidesCore),
                    title: Some(t(&key.title, lang)),
                    subtitle: None,
                    text: t(&key.summary, lang),
                },
            );
            let tips = key
                .blocks
                .iter()
                .filter(|blk| matches!(blk, Block::Tip { .. }))
                .count();
            let mut tip = 0;
            let mut lists = 0;
            for block in &key.blocks {
                let heading = Msg::SlidesTip
                    .get(lang)
                    .replace("{n}", &tip.to_string())
                    .replace("{of}", &tips.to_string());
                match block {
                    Block::Tip {
                        title,
                        subtitle,
                        text,
                    } => {
                        tip += 1;
                        b.push(
                            format!("{}/tip-{tip}", key.id),
                            vec![],
                            Body::Text {
                                heading: Msg::SlidesTip
                                    .get(lang)
                                    .replace("{n}", &tip.to_string())
                                    .replace("{of}", &tips.to_string()),
                                title: Some(t(title, lang)),
                                subtitle: subtitle.as_ref().map(|s| t(s, lang)),
                                text: t(text, lang),
                            },
                        );
                    }
                    // A list after a tip belongs to it: the factors, the functions, the
                    // levels.
                    Block::List {
                        title,
                        entries,
                        numbered,
                        ..
                    } if tip > 0 => {
                        lists += 1;
                        let points: Vec<Entry> = entries
                            .iter()
                            .map(|e| match &e.term {
                                Some(term) => {
                                    (String::new(), t(term, lang), Some(t(&e.text, lang)))
                                }
                                None => (String::new(), t(&e.text, lang), None),
                            })
                            .collect();
                        // A list that fits on one slide is one slide, numbered or not.
                        let per = if entries.len() <= 8 { 8 } else { PER_SLIDE };
                        let parts = pages(&points, per);
                        let count = parts.len();
                        for (k, part) in parts.into_iter().enumerate() {
                            let title = title.as_ref().map(|x| t(x, lang));
                            b.push(
                                if count > 1 {
                                    format!("{}/tip-{tip}/lijst-{lists}/{}", key.id, k + 1)
                                } else {
                                    format!("{}/tip-{tip}/lijst-{lists}", key.id)
                                },
                                vec![],
                                Body::Bullets {
                                    heading: heading.clone(),
                                    title: title.map(|x| page_title(&x, k, count)),
                                    intro: None,
                                    bullets: part.into_iter().map(|(_, a, b)| (a, b)).collect(),
                                    numbered: *numbered,
                                },
                            );
                        }
                    }
                    Block::Compare {
                        title,
                        left,
                        right,
                        pairs,
                        note,
                    } => {
                        let side = |s: &crate::content::CompareSide| Side {
                            title: t(&s.title, lang),
                            entries: s.entries.iter().map(|e| t(e, lang)).collect(),
                        };
                        b.push(
                            format!("{}/vergelijking", key.id),
                            vec![],
                            Body::Compare(Compare {
                                heading: label.clone(),
                                title: title.as_ref().map(|x| t(x, lang)),
                                left: side(left),
                                right: side(right),
                                pairs: pairs
                                    .iter()
                                    .map(|p| Pair {
                                        left: p.left,
                                        right: p.right,
                                        ours: p.link == Link::Ours,
                                    })
                                    .collect(),
                                note: note.as_ref().map(|x| t(x, lang)),
                            }),
                        );
                    }
                    _ => {}
                }
            }
            for section in &content.sections {
                for group in section
                    .groups
                    .iter()
                    .filter(|g| g.key == Some(number as u8))
                {
                    b.group(section, group);
                }
            }
            if !key.questions.is_empty() {
                b.push(
                    format!("{}/vragen", key.id),
                    vec![],
                    Body::Bullets {
                        heading: m(Msg::SlidesDiscuss),
                        title: Some(t(&key.title, lang)),
                        intro: None,
                        bullets: key.questions.iter().map(|q| (t(q, lang), None)).collect(),
                        numbered: true,
                    },
                );
            }
            b.formats(&key.id, &label);
        }
    }

    // The self-scans: their statements, on their scale, each part with its work format.
    if let Some(scan) = find("zelfscan") {
        b.part(&scan.id, t(&scan.tab, lang));
        b.push(
            scan.id.to_string(),
            vec![scan.id.to_string()],
            Body::Title {
                big: t(&scan.tab, lang),
                title: t(&scan.title, lang),
                subtitle: None,
            },
        );
        let scale = content
            .assessment
            .scale(scan.assess.unwrap_or(AssessKind::Rating));
        let scale_line = scale.numbered(lang).join("  ·  ");
        for group in &scan.groups {
            let list = group
                .checklist
                .as_deref()
                .and_then(|c| content.assessment.checklists.iter().find(|l| l.id == c))
                .map(|l| t(&l.title, lang))
                .unwrap_or_else(|| t(&scan.title, lang));
            let statements: Vec<Entry> = group
                .items
                .iter()
                .map(|i| (i.id.to_string(), t(&i.title, lang), None))
                .collect();
            let title = group.title.as_ref().map(|x| t(x, lang));
            b.paged(
                &group.id,
                true,
                list.clone(),
                title.clone(),
                |_| Some(scale_line.clone()),
                &statements,
                true,
            );
            b.formats(&group.id, title.as_deref().unwrap_or(&list));
        }
    }

    // The six steps as a path, then each step with its models, its interventions and a work
    // format.
    if let Some(steps) = find("stappen") {
        b.part(&steps.id, t(&steps.tab, lang));
        let all: Vec<&Item> = steps.groups.iter().flat_map(|g| &g.items).collect();
        b.push(
            steps.id.to_string(),
            std::iter::once(steps.id.to_string())
                .chain(steps.groups.iter().map(|g| g.id.to_string()))
                .collect(),
            Body::Model {
                heading: t(&steps.title, lang),
                title: None,
                caption: None,
                model: Model::Path(
                    all.iter()
                        .map(|i| {
                            let label = i.label.as_ref().map(|l| t(l, lang)).unwrap_or_default();
                            (label, Some(t(&i.title, lang)))
                        })
                        .collect(),
                ),
            },
        );
        for step in all {
            let label = step.label.as_ref().map(|l| t(l, lang)).unwrap_or_default();
            let heading = format!("{label} · {}", t(&step.title, lang));
            let mut first = true;
            for block in &step.blocks {
                let Block::Interventions { scope, entries } = block else {
                    continue;
                };
                let (suffix, title) = match scope {
                    crate::content::Scope::School => ("school", Msg::InterventionsSchool),
                    crate::content::Scope::Partnership => {
                        ("partnerschap", Msg::InterventionsPartnership)
                    }
                };
                let school = *scope == crate::content::Scope::School;
                if first {
                    // The step's own models (a decision model, a research cycle) come first.
                    b.lists(step, &heading);
                    first = false;
                }
                b.push(
                    format!("{}/{suffix}", step.id),
                    if school {
                        vec![step.id.to_string()]
                    } else {
                        vec![]
                    },
                    Body::Bullets {
                        heading: heading.clone(),
                        title: Some(m(title)),
                        intro: school.then(|| t(&step.summary, lang)),
                        bullets: entries.iter().map(|e| (t(&e.text, lang), None)).collect(),
                        numbered: false,
                    },
                );
            }
            b.formats(&step.id, &label);
        }
    }

    // The knowledge map: its seven themes, each with its lists.
    if let Some(map) = find("kenniskaart") {
        b.part(&map.id, t(&map.tab, lang));
        b.push(
            map.id.to_string(),
            vec![map.id.to_string()],
            Body::Title {
                big: t(&map.tab, lang),
                title: t(&map.title, lang),
                subtitle: None,
            },
        );
        for theme in map.groups.iter().flat_map(|g| &g.items) {
            let label = theme.label.as_ref().map(|l| t(l, lang)).unwrap_or_default();
            b.push(
                theme.id.to_string(),
                vec![theme.id.to_string()],
                Body::Text {
                    heading: label.clone(),
                    title: Some(t(&theme.title, lang)),
                    subtitle: None,
                    text: t(&theme.summary, lang),
                },
            );
            b.lists(theme, &format!("{label} · {}", t(&theme.title, lang)));
        }
    }

    // Who wrote it.
    b.part("bronnen", m(Msg::SourcesTitle));
    b.push(
        "bronnen".into(),
        vec![],
        Body::Bullets {
            heading: m(Msg::SourcesTitle),
            title: None,
            intro: Some(m(Msg::SlidesSourcesIntro)),
            bullets: content
                .sources
                .iter()
                .map(|s| {
                    let by = match s.authors.as_slice() {
                        [] => s.published(),
                        authors => format!("{}, {}", authors.join("; "), s.published()),
                    };
                    (s.title.to_string(), Some(by))
                })
                .collect(),
            numbered: false,
        },
    );
    b.slides.push(end(lang));
    b.slides
}

/// The last slide of every presentation.
pub fn end(lang: Lang) -> Slide {
    Slide {
        id: END.into(),
        part_id: END.into(),
        part: Msg::SlidesEndPart.get(lang).to_string(),
        shows: vec![],
        minutes: None,
        body: Body::Title {
            big: Msg::SlidesEndBig.get(lang).to_string(),
            title: Msg::HandoutTitle.get(lang).to_string(),
            subtitle: None,
        },
    }
}

/// The first slide that shows `id` (a key, a factor, a group, a step...), if any.
pub fn find(slides: &[Slide], id: &str) -> Option<usize> {
    slides
        .iter()
        .position(|s| s.id == id || s.shows.iter().any(|x| x == id))
}

/// Every slide an id stands for in a session plan: a slide by its own id, or with the slides
/// that go with it (`sleutel-4/tip-1/...`); else a whole part (a key, the self-scans, the
/// steps); else the slides that show it (a factor, a group). Empty when it names nothing.
pub fn resolve(slides: &[Slide], id: &str) -> Vec<usize> {
    let id = id.trim_end_matches('/');
    let prefix = format!("{id}/");
    let parts: Vec<usize> = (0..slides.len())
        .filter(|&n| slides[n].part_id == id)
        .collect();
    if !parts.is_empty() {
        return parts;
    }
    let own: Vec<usize> = (0..slides.len())
        .filter(|&n| slides[n].id == id || slides[n].id.starts_with(&prefix))
        .collect();
    if !own.is_empty() {
        return own;
    }
    (0..slides.len())
        .filter(|&n| slides[n].shows.iter().any(|x| x == id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn every_key_has_a_title_its_core_three_tips_questions_and_a_work_format() {
        let slides = build(content::embedded(), Lang::Nl);
        for k in 1..=7 {
            let id = format!("sleutel-{k}");
            let of_key: Vec<&Slide> = slides.iter().filter(|s| s.part_id == id).collect();
            assert!(matches!(of_key[0].body, Body::Title { .. }), "{id}");
            assert!(of_key.iter().any(|s| s.id == format!("{id}/kern")));
            let tips = of_key
                .iter()
                .filter(|s| matches!(s.body, Body::Text { .. }) && s.id.contains("/tip-"))
                .count();
            assert_eq!(tips, 3, "{id}");
            let n = of_key.len();
            assert!(of_key[n - 2].id.ends_with("/vragen"), "{id}");
            assert!(matches!(of_key[n - 1].body, Body::Work { .. }), "{id}");
            assert!(of_key[n - 1].minutes.is_some(), "{id}");
        }
    }

    #[test]
    fn it_opens_with_every_source_and_the_overview_and_ends_with_an_end() {
        let slides = build(content::embedded(), Lang::Nl);
        let Body::Title {
            subtitle: Some(credit),
            ..
        } = &slides[0].body
        else {
            panic!("a title slide first");
        };
        for who in [
            "Ton Bruining",
            "KPC Groep",
            "Arbeidsmarktplatform PO",
            "Loes van Wessum",
            "Anje Ros",
            "Brigit van Rossum",
        ] {
            assert!(credit.contains(who), "{who} is not credited: {credit}");
        }
        assert_eq!(credit.matches("KPC Groep").count(), 1, "{credit}");
        assert_eq!(slides[1].id, OVERVIEW);
        let Body::Overview { keys, .. } = &slides[1].body else {
            panic!("the overview second");
        };
        assert_eq!(keys.len(), 7);
        assert_eq!(slides.last().unwrap().id, END);
    }

    #[test]
    fn tips_keep_the_source_title_with_our_line_under_it() {
        let slides = build(content::embedded(), Lang::Nl);
        let tip = &slides[find(&slides, "sleutel-7/tip-2").unwrap()];
        let Body::Text {
            title, subtitle, ..
        } = &tip.body
        else {
            panic!("{tip:?}");
        };
        assert_eq!(
            title.as_deref(),
            Some("Evalueer impact op verschillende niveaus")
        );
        assert_eq!(subtitle.as_deref(), Some("Kijk verder dan tevredenheid"));
        // Its four levels follow as a numbered list of four.
        let next = &slides[find(&slides, "sleutel-7/tip-2").unwrap() + 1];
        let Body::Bullets {
            bullets, numbered, ..
        } = &next.body
        else {
            panic!("{next:?}");
        };
        assert!(*numbered);
        assert_eq!(bullets.len(), 4);
        assert_eq!(bullets[0].0, "Tevredenheid");
    }

    #[test]
    fn key_four_shows_both_factor_lists_on_one_slide() {
        let slides = build(content::embedded(), Lang::Nl);
        let s = &slides[find(&slides, "sleutel-4/vergelijking").unwrap()];
        let Body::Compare(c) = &s.body else {
            panic!("{s:?}")
        };
        assert_eq!(c.left.entries.len(), 8);
        assert_eq!(c.right.entries.len(), 8);
        assert_eq!(c.left.entries[0], "verbinding");
        assert_eq!(c.right.entries[0], "eigen verantwoordelijkheid");
        assert_eq!(c.pairs.iter().filter(|p| !p.ours).count(), 5);
        assert_eq!(c.pairs.iter().filter(|p| p.ours).count(), 3);
        assert!(
            c.note
                .as_deref()
                .unwrap()
                .contains("lezing van dit werkboek")
        );
    }

    #[test]
    fn the_models_are_pictures() {
        let slides = build(content::embedded(), Lang::Nl);
        let model = |id: &str| {
            let s = &slides[find(&slides, id).unwrap_or_else(|| panic!("{id}"))];
            match &s.body {
                Body::Model { model, .. } => model.clone(),
                other => panic!("{id} is {other:?}"),
            }
        };
        assert!(matches!(model("evaluatieniveaus"), Model::Ladder(p) if p.len() == 4));
        assert!(matches!(model("bedoeling-waarom-hoe-wat"), Model::Rings(p) if p.len() == 3));
        assert!(matches!(model("logicas"), Model::Logics(l) if l.len() == 4));
        assert!(
            matches!(model("leermechanismen"), Model::Mechanisms { steps, .. } if steps.len() == 4)
        );
        assert!(matches!(model("doeldomeinen"), Model::Domains(p) if p.len() == 3));
        assert!(
            matches!(model("thema-basis/lijst-4"), Model::Flow { zones, .. } if zones.len() == 3)
        );
        assert!(
            matches!(model("thema-loopbaan/lijst-3"), Model::Career { domains, stages, .. } if domains.len() == 4 && stages.len() == 4)
        );
        assert!(matches!(model("stappen"), Model::Path(p) if p.len() == 6));
        assert!(matches!(model("stap-3/lijst-1"), Model::Path(p) if p.len() == 5));
        assert!(matches!(model("stap-5/lijst-1"), Model::Cycle(p) if p.len() == 4));
        let grid = slides
            .iter()
            .find(|s| matches!(s.body, Body::Grid { .. }))
            .unwrap();
        assert_eq!(grid.part_id, "sleutel-7");
        // The rest of a group stays a list; ids are unique, so resuming finds one place.
        for id in [
            "ondersteunende-cultuur/1",
            "in-ons-partnerschap/2",
            "acht-factoren/1",
            "thema-leiderschap/lijst-3/1",
        ] {
            assert!(slides.iter().any(|s| s.id == id), "{id}");
        }
        let mut ids: Vec<&str> = slides.iter().map(|s| s.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn every_scan_part_and_step_ends_with_its_work_format() {
        let slides = build(content::embedded(), Lang::Nl);
        for id in [
            "ondersteunende-cultuur",
            "focus-op-ontwikkeling",
            "expertise-benutten",
            "in-ons-partnerschap",
            "stap-1",
            "stap-6",
            "negenvelden",
        ] {
            let at = slides
                .iter()
                .position(|s| s.id == format!("{id}/werkvorm"))
                .unwrap_or_else(|| panic!("{id}"));
            assert!(slides[at].minutes.is_some());
        }
    }

    #[test]
    fn from_an_id_finds_where_it_is_shown() {
        let slides = build(content::embedded(), Lang::Nl);
        assert_eq!(slides[find(&slides, "sleutel-4").unwrap()].id, "sleutel-4");
        let f = find(&slides, "factor-rolduidelijkheid").unwrap();
        assert_eq!(slides[f].part_id, "sleutel-4");
        assert_eq!(find(&slides, "niets"), None);
    }

    #[test]
    fn an_id_in_a_plan_stands_for_its_slides() {
        let slides = build(content::embedded(), Lang::Nl);
        let key = resolve(&slides, "sleutel-4");
        assert!(key.len() > 5 && key.iter().all(|&n| slides[n].part_id == "sleutel-4"));
        let tip = resolve(&slides, "sleutel-7/tip-2");
        assert_eq!(tip.len(), 2, "the tip and its list of levels");
        assert_eq!(
            resolve(&slides, "stap-2").len(),
            3,
            "school, partnership, work format"
        );
        assert_eq!(resolve(&slides, "factor-verbinding").len(), 1);
        assert!(resolve(&slides, "geen-id").is_empty());
        assert_eq!(resolve(&slides, "begin"), [0], "the title alone");
        assert_eq!(resolve(&slides, OVERVIEW), [1]);
        assert_eq!(resolve(&slides, "thema-basis/lijst-4").len(), 1);
    }

    #[test]
    fn names_are_written_first_name_first() {
        assert_eq!(first_name_first("Van Rossum, Brigit"), "Brigit van Rossum");
        assert_eq!(first_name_first("Van den Bergh, L."), "L. van den Bergh");
        assert_eq!(first_name_first("Bruining, Ton"), "Ton Bruining");
        assert_eq!(first_name_first("KPC"), "KPC");
    }

    #[test]
    fn long_lists_are_spread_evenly() {
        let nine: Vec<u8> = (0..9).collect();
        let c = pages(&nine, PER_SLIDE);
        assert_eq!(c.iter().map(Vec::len).collect::<Vec<_>>(), [5, 4]);
        let eight: Vec<u8> = (0..8).collect();
        assert_eq!(
            pages(&eight, PER_SLIDE)
                .iter()
                .map(Vec::len)
                .collect::<Vec<_>>(),
            [4, 4]
        );
    }
}
