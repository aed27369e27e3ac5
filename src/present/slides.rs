//! The material as a sequence of slides: per key a title, its core idea, one slide per tip, its
//! models and a discussion slide; then the self-scans, the six steps, the knowledge map and the
//! sources. Built once from the content, in one language. Nothing personal goes in: this module
//! is never given the user's data.

use crate::content::{AssessKind, Block, Content, Group, Section, Text};
use crate::i18n::{Lang, Msg};

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
        text: String,
    },
    /// A heading and a list: a model's parts, questions to discuss, statements.
    Bullets {
        heading: String,
        title: Option<String>,
        intro: Option<String>,
        /// Each: a term (bold) and its explanation, which a small screen may leave out.
        bullets: Vec<(String, Option<String>)>,
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
    /// How a team's answers spread (see `present::team`).
    Team(super::team::TeamSlide),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    /// Stable, for resuming where a facilitator stopped.
    pub id: String,
    /// The part it belongs to (a key, the self-scans, ...): for the footer, and for
    /// presenting one part alone.
    pub part_id: String,
    pub part: String,
    /// The ids of the material on it, so `--from ID` can start here.
    pub shows: Vec<String>,
    pub body: Body,
}

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
type Point = (String, String, Option<String>);

struct Builder {
    lang: Lang,
    slides: Vec<Slide>,
    part_id: String,
    part: String,
}

impl Builder {
    fn part(&mut self, id: &str, name: String) {
        self.part_id = id.to_string();
        self.part = name;
    }

    fn push(&mut self, id: String, shows: Vec<String>, body: Body) {
        self.slides.push(Slide {
            id,
            part_id: self.part_id.clone(),
            part: self.part.clone(),
            shows,
            body,
        });
    }

    /// A group's points on as many list slides as they need. The page marker goes on the title
    /// if there is one, else on the heading; `intro(k)` is the line above page `k`'s points.
    fn paged(
        &mut self,
        group: &Group,
        heading: String,
        title: Option<String>,
        intro: impl Fn(usize) -> Option<String>,
        points: &[Point],
        numbered: bool,
    ) {
        let parts = pages(points, PER_SLIDE);
        let n = parts.len();
        for (k, part) in parts.into_iter().enumerate() {
            let (heading, title) = match &title {
                Some(title) => (heading.clone(), Some(page_title(title, k, n))),
                None => (page_title(&heading, k, n), None),
            };
            let mut shows: Vec<String> = part.iter().map(|(id, _, _)| id.clone()).collect();
            if k == 0 {
                shows.insert(0, group.id.to_string());
            }
            self.push(
                format!("{}/{}", group.id, k + 1),
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

    /// A group of the material as slides: a grid when it is one model drawn as a grid, else
    /// a list.
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
                    heading,
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
            return;
        }
        let points: Vec<Point> = group
            .items
            .iter()
            .map(|i| {
                (
                    i.id.to_string(),
                    t(&i.title, lang),
                    Some(t(&i.summary, lang)),
                )
            })
            .collect();
        let intro = group.intro.as_ref().map(|x| t(x, lang));
        self.paged(
            group,
            heading,
            None,
            |k| (k == 0).then(|| intro.clone()).flatten(),
            &points,
            false,
        );
    }
}

/// Every slide of the material, in order.
pub fn build(content: &Content, lang: Lang) -> Vec<Slide> {
    let mut b = Builder {
        lang,
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
            subtitle: Some(m(Msg::SlidesCredit)),
        },
    );

    // The seven keys, each with its models.
    if let Some(keys) = find("sleutels") {
        for (n, key) in keys.groups.iter().flat_map(|g| &g.items).enumerate() {
            let number = n + 1;
            let label = key
                .label
                .as_ref()
                .map(|l| t(l, lang))
                .unwrap_or_else(|| number.to_string());
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
                    text: t(&key.summary, lang),
                },
            );
            let tips: Vec<(&Text, &Text)> = key
                .blocks
                .iter()
                .filter_map(|blk| match blk {
                    Block::Tip { title, text, .. } => Some((title, text)),
                    _ => None,
                })
                .collect();
            for (i, (title, text)) in tips.iter().enumerate() {
                b.push(
                    format!("{}/tip-{}", key.id, i + 1),
                    vec![],
                    Body::Text {
                        heading: Msg::SlidesTip
                            .get(lang)
                            .replace("{n}", &(i + 1).to_string())
                            .replace("{of}", &tips.len().to_string()),
                        title: Some(t(title, lang)),
                        text: t(text, lang),
                    },
                );
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
        }
    }

    // The self-scans: their statements, on their scale.
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
            let statements: Vec<Point> = group
                .items
                .iter()
                .map(|i| (i.id.to_string(), t(&i.title, lang), None))
                .collect();
            b.paged(
                group,
                list,
                group.title.as_ref().map(|x| t(x, lang)),
                |_| Some(scale_line.clone()),
                &statements,
                true,
            );
        }
    }

    // The six steps: an overview, then each step with its interventions.
    if let Some(steps) = find("stappen") {
        b.part(&steps.id, t(&steps.tab, lang));
        let all: Vec<&crate::content::Item> = steps.groups.iter().flat_map(|g| &g.items).collect();
        b.push(
            steps.id.to_string(),
            std::iter::once(steps.id.to_string())
                .chain(steps.groups.iter().map(|g| g.id.to_string()))
                .collect(),
            Body::Bullets {
                heading: t(&steps.title, lang),
                title: None,
                intro: None,
                bullets: all.iter().map(|i| (t(&i.title, lang), None)).collect(),
                numbered: true,
            },
        );
        for step in all {
            let label = step.label.as_ref().map(|l| t(l, lang)).unwrap_or_default();
            for block in &step.blocks {
                let Block::Interventions { scope, entries } = block else {
                    continue;
                };
                let (suffix, heading) = match scope {
                    crate::content::Scope::School => ("school", Msg::InterventionsSchool),
                    crate::content::Scope::Partnership => {
                        ("partnerschap", Msg::InterventionsPartnership)
                    }
                };
                let school = *scope == crate::content::Scope::School;
                b.push(
                    format!("{}/{suffix}", step.id),
                    if school {
                        vec![step.id.to_string()]
                    } else {
                        vec![]
                    },
                    Body::Bullets {
                        heading: format!("{label} · {}", t(&step.title, lang)),
                        title: Some(m(heading)),
                        intro: school.then(|| t(&step.summary, lang)),
                        bullets: entries.iter().map(|e| (t(&e.text, lang), None)).collect(),
                        numbered: false,
                    },
                );
            }
        }
    }

    // The knowledge map: its seven themes.
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
            b.push(
                theme.id.to_string(),
                vec![theme.id.to_string()],
                Body::Text {
                    heading: theme.label.as_ref().map(|l| t(l, lang)).unwrap_or_default(),
                    title: Some(t(&theme.title, lang)),
                    text: t(&theme.summary, lang),
                },
            );
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
    b.slides
}

/// The first slide that shows `id` (a key, a factor, a group, a step...), if any.
pub fn find(slides: &[Slide], id: &str) -> Option<usize> {
    slides
        .iter()
        .position(|s| s.id == id || s.shows.iter().any(|x| x == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn every_key_has_a_title_its_core_three_tips_and_questions() {
        let slides = build(content::embedded(), Lang::Nl);
        for k in 1..=7 {
            let id = format!("sleutel-{k}");
            let of_key: Vec<&Slide> = slides.iter().filter(|s| s.part_id == id).collect();
            assert!(matches!(of_key[0].body, Body::Title { .. }), "{id}");
            assert!(of_key.iter().any(|s| s.id == format!("{id}/kern")));
            let tips = of_key.iter().filter(|s| s.id.contains("/tip-")).count();
            assert_eq!(tips, 3, "{id}");
            assert!(of_key.last().unwrap().id.ends_with("/vragen"), "{id}");
        }
    }

    #[test]
    fn the_models_have_their_own_slides() {
        let slides = build(content::embedded(), Lang::Nl);
        let grid = slides
            .iter()
            .find(|s| matches!(s.body, Body::Grid { .. }))
            .unwrap();
        assert_eq!(grid.part_id, "sleutel-7");
        for id in [
            "evaluatieniveaus/1",
            "zes-stappen",
            "stap-6/partnerschap",
            "ondersteunende-cultuur/1",
            "in-ons-partnerschap/2",
            "acht-factoren/1",
        ] {
            assert!(
                slides
                    .iter()
                    .any(|s| s.id == id || s.shows.iter().any(|x| x == id)),
                "{id}"
            );
        }
        // Ids are unique, so resuming finds one place.
        let mut ids: Vec<&str> = slides.iter().map(|s| s.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
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
