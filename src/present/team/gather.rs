//! Reading the scans and adding them up.

use std::collections::BTreeMap;

use super::number;
use crate::content::{AssessKind, Content};
use crate::format::scan::{Scan, parse};
use crate::i18n::{self, Lang, Msg};
use crate::store::LoadProblem;

/// A file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub why: String,
}

/// How the team answered one factor, function or statement.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamRow {
    pub id: String,
    pub name: String,
    /// How many chose each step, from 1 up.
    pub counts: Vec<usize>,
    pub median: Option<f64>,
    /// The highest answer minus the lowest: 0 is full agreement.
    pub spread: Option<u8>,
}

impl TeamRow {
    pub fn answers(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The median as shown, "–" when nobody answered.
    pub fn median_text(&self, lang: Lang) -> String {
        self.median.map_or_else(|| "–".into(), |v| number(v, lang))
    }
}

/// The rows of one area on one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamArea {
    pub title: String,
    /// The steps, numbered: "1 zwak".
    pub scale: Vec<String>,
    pub rows: Vec<TeamRow>,
}

/// What the team slides and report show.
#[derive(Clone, Debug, PartialEq)]
pub struct Team {
    pub people: usize,
    pub areas: Vec<TeamArea>,
    pub skipped: Vec<Skipped>,
    /// The names the participants chose to give, in alphabetical order.
    pub names: Vec<String>,
    /// How many gave no name.
    pub unnamed: usize,
}

fn median(values: &mut [u8]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        f64::from(values[n / 2])
    } else {
        (f64::from(values[n / 2 - 1]) + f64::from(values[n / 2])) / 2.0
    })
}

/// The scale each item of the material is answered on, by id: only these count in a scan.
fn scales(content: &Content) -> BTreeMap<&str, u8> {
    content
        .all_items()
        .filter_map(|(r, item)| {
            let kind = content.sections[r.section].assess?;
            Some((item.id.as_ref(), content.assessment.scale(kind).max()))
        })
        .collect()
}

/// Reads and adds up the scans: one participant per distinct scan. Files that cannot be read,
/// hold a value outside its scale, answer nothing of this workbook, or repeat a scan already
/// counted (the same file twice, or a copy) are listed with the reason; the rest still count.
pub fn gather(content: &Content, files: &[(String, String)], lang: Lang) -> Team {
    let known = scales(content);
    let mut scans: Vec<Scan> = Vec::new();
    let mut skipped = Vec::new();
    // Each scan counted, by what it holds, with the file it came from.
    let mut counted: BTreeMap<String, &str> = BTreeMap::new();
    for (file, text) in files {
        let skip = |why: String| Skipped {
            file: file.clone(),
            why,
        };
        let mut scan = match parse(text) {
            Ok(s) => s,
            Err(p) => {
                skipped.push(skip(p.describe(lang)));
                continue;
            }
        };
        scan.scores.retain(|id, _| known.contains_key(id.as_str()));
        let bad = scan.scores.iter().find_map(|(id, s)| {
            let max = known[id.as_str()];
            [s.now, s.goal]
                .into_iter()
                .flatten()
                .find(|v| !(1..=max).contains(v))
                .map(|value| crate::data::BadValue {
                    id: id.clone(),
                    value,
                    max,
                })
        });
        if let Some(bad) = bad {
            skipped.push(skip(
                LoadProblem::BadValue { bad, line: None }.describe(lang),
            ));
            continue;
        }
        if !scan.scores.values().any(|s| s.now.is_some()) {
            skipped.push(skip(Msg::TeamNoKnownAnswers.get(lang).to_string()));
            continue;
        }
        let key =
            serde_json::to_string(&(&scan.name, &scan.exported, &scan.scores)).unwrap_or_default();
        if let Some(first) = counted.get(&key) {
            let first = std::path::Path::new(first)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            skipped.push(skip(Msg::TeamDuplicate.get(lang).replace("{file}", &first)));
            continue;
        }
        counted.insert(key, file);
        scans.push(scan);
    }
    let mut areas = Vec::new();
    for section in &content.sections {
        let Some(kind) = section.assess else { continue };
        let scale = content.assessment.scale(kind);
        let labels = scale.numbered(lang);
        for group in &section.groups {
            let title = match (&group.title, kind) {
                (Some(g), AssessKind::Checklist) => g.get(lang).to_string(),
                _ => section.title.get(lang).to_string(),
            };
            let rows = group
                .items
                .iter()
                .map(|item| {
                    let mut values: Vec<u8> = scans
                        .iter()
                        .filter_map(|s| s.scores.get(item.id.as_ref()).and_then(|x| x.now))
                        .collect();
                    let mut counts = vec![0; usize::from(scale.max())];
                    for v in &values {
                        counts[usize::from(*v) - 1] += 1;
                    }
                    let spread = values
                        .iter()
                        .max()
                        .zip(values.iter().min())
                        .map(|(hi, lo)| hi - lo);
                    TeamRow {
                        id: item.id.to_string(),
                        name: item.title.get(lang).to_string(),
                        counts,
                        median: median(&mut values),
                        spread,
                    }
                })
                .collect();
            areas.push(TeamArea {
                title,
                scale: labels.clone(),
                rows,
            });
        }
    }
    let mut names: Vec<String> = scans
        .iter()
        .filter_map(|s| s.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    Team {
        people: scans.len(),
        unnamed: scans.len() - names.len(),
        names,
        areas,
        skipped,
    }
}

/// A row picked out for the highlights.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    pub name: String,
    /// A median, or a spread.
    pub value: f64,
    /// The top of the row's scale.
    pub max: u8,
    /// How many answered it.
    pub answers: usize,
}

/// The three rows that go best, need focus most, and differ most. A row counts only when at
/// least half of the team answered it. "Goes well" and "focus" take only rows the team roughly
/// agrees on (the answers at most half the scale apart), compared on each area's own scale as a
/// share of the way from its lowest to its highest step; a row is in one of them at most.
/// "Rubs" takes the rows the answers are furthest apart on. The rule is told with them
/// ([`Msg::TeamRule`]).
pub fn highlights(team: &Team) -> (Vec<Pick>, Vec<Pick>, Vec<Pick>) {
    let enough = team.people.div_ceil(2).max(1);
    let mut agreed: Vec<(Pick, f64)> = Vec::new();
    let mut apart: Vec<Pick> = Vec::new();
    for area in &team.areas {
        let max = area.scale.len() as u8;
        let half = max.saturating_sub(1) / 2;
        for row in &area.rows {
            let answers = row.answers();
            let (Some(m), Some(spread)) = (row.median, row.spread) else {
                continue;
            };
            if answers < enough {
                continue;
            }
            if spread <= half {
                let share = (m - 1.0) / (f64::from(max) - 1.0).max(1.0);
                let pick = Pick {
                    name: row.name.clone(),
                    value: m,
                    max,
                    answers,
                };
                agreed.push((pick, share));
            } else if answers > 1 {
                apart.push(Pick {
                    name: row.name.clone(),
                    value: f64::from(spread),
                    max,
                    answers,
                });
            }
        }
    }
    let mut well = agreed.clone();
    well.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.answers.cmp(&a.0.answers)));
    let well: Vec<Pick> = well.into_iter().take(3).map(|(p, _)| p).collect();
    let mut focus = agreed;
    focus.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.answers.cmp(&a.0.answers)));
    let focus: Vec<Pick> = focus
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| !well.iter().any(|w| w.name == p.name))
        .take(3)
        .collect();
    apart.sort_by(|a, b| b.value.total_cmp(&a.value).then(b.answers.cmp(&a.answers)));
    apart.truncate(3);
    (well, focus, apart)
}

/// The three lists under their headings, as the report and the slide show them.
pub fn highlight_lists(
    well: &[Pick],
    focus: &[Pick],
    rubs: &[Pick],
    lang: Lang,
) -> [(Msg, Vec<String>); 3] {
    let said = |picks: &[Pick], spread: bool| {
        picks
            .iter()
            .map(|p| describe_pick(p, spread, lang))
            .collect()
    };
    [
        (Msg::TeamWell, said(well, false)),
        (Msg::TeamFocus, said(focus, false)),
        (Msg::TeamRubs, said(rubs, true)),
    ]
}

/// "Verbinding (mediaan 3 van 5, 4 antwoorden)" or "Verbinding (spreiding 3, 4 antwoorden)".
pub fn describe_pick(p: &Pick, spread: bool, lang: Lang) -> String {
    let answers = i18n::count(p.answers, Msg::TeamAnswer, Msg::TeamAnswered, lang);
    if spread {
        format!(
            "{} ({} {}, {answers})",
            p.name,
            Msg::TeamSpread.get(lang),
            p.value
        )
    } else {
        format!(
            "{} ({} {} {} {}, {answers})",
            p.name,
            Msg::TeamMedian.get(lang),
            number(p.value, lang),
            Msg::Of.get(lang),
            p.max
        )
    }
}

/// "3 deelnemers", "1 deelnemer".
pub fn people(n: usize, lang: Lang) -> String {
    i18n::count(n, Msg::TeamPerson, Msg::TeamPeople, lang)
}

#[cfg(test)]
mod tests {
    use super::super::testing::scan;
    use super::*;
    use crate::content;

    #[test]
    fn answers_are_counted_with_median_and_spread() {
        let c = content::embedded();
        let files = vec![
            (
                "anna.json".to_string(),
                scan(&[("factor-verbinding", 2), ("lo-cultuur-1", 3)]),
            ),
            (
                "bram.json".to_string(),
                scan(&[("factor-verbinding", 4), ("lo-cultuur-1", 3)]),
            ),
            (
                "cem.json".to_string(),
                scan(&[("factor-verbinding", 5), ("lo-cultuur-1", 3)]),
            ),
            (
                "notities.json".to_string(),
                r#"{"schema": 2, "items": {}}"#.to_string(),
            ),
            (
                "nieuw.json".to_string(),
                r#"{"format": "werkboek-scan", "version": 4}"#.to_string(),
            ),
        ];
        let team = gather(c, &files, Lang::Nl);
        assert_eq!(team.people, 3);
        assert_eq!(team.skipped.len(), 2);
        assert_eq!(team.skipped[0].file, "notities.json");
        assert!(
            team.skipped[1].why.contains("nieuwere versie"),
            "{}",
            team.skipped[1].why
        );
        let row = |id: &str| {
            team.areas
                .iter()
                .flat_map(|a| &a.rows)
                .find(|r| r.id == id)
                .unwrap()
                .clone()
        };
        let v = row("factor-verbinding");
        assert_eq!(v.counts, [0, 1, 0, 1, 1]);
        assert_eq!((v.median, v.spread), (Some(4.0), Some(3)));
        let c1 = row("lo-cultuur-1");
        assert_eq!(c1.counts, [0, 0, 3]);
        assert_eq!((c1.median, c1.spread), (Some(3.0), Some(0)));
        let unanswered = row("factor-rolduidelijkheid");
        assert_eq!((unanswered.median, unanswered.spread), (None, None));
        let (well, focus, rubs) = highlights(&team);
        assert_eq!(
            well[0].name, c1.name,
            "full marks on its own scale goes best"
        );
        assert_eq!(rubs[0].name, v.name, "the widest spread rubs most");
        assert!(
            focus.iter().all(|f| !well.iter().any(|w| w.name == f.name)),
            "no row in both"
        );
        assert_eq!(
            describe_pick(&well[0], false, Lang::Nl),
            format!("{} (mediaan 3 van 3, 3 antwoorden)", c1.name)
        );
    }

    #[test]
    fn one_participant_per_distinct_scan() {
        let c = content::embedded();
        let anna = scan(&[("factor-verbinding", 2)]);
        let files = vec![
            ("anna.json".to_string(), anna.clone()),
            ("kopie/anna.json".to_string(), anna.clone()),
            ("anna-nog-eens.json".to_string(), anna),
            ("leeg.json".to_string(), scan(&[])),
            (
                "onbekend.json".to_string(),
                scan(&[("bestaat-niet", 2), ("ook-niet", 3)]),
            ),
            (
                "buiten.json".to_string(),
                scan(&[("lo-cultuur-1", 3), ("factor-verbinding", 2)])
                    .replace("\"now\": 3", "\"now\": 5"),
            ),
        ];
        let team = gather(c, &files, Lang::Nl);
        assert_eq!(team.people, 1, "{:?}", team.skipped);
        let why: Vec<(&str, &str)> = team
            .skipped
            .iter()
            .map(|s| (s.file.as_str(), s.why.as_str()))
            .collect();
        assert!(why[0].1.contains("dezelfde scan als anna.json"), "{why:?}");
        assert!(why[1].1.contains("dezelfde scan"), "{why:?}");
        assert!(why[2].1.contains("geen antwoorden"), "{why:?}");
        assert!(
            why[3].1.contains("geen antwoorden"),
            "an unknown id is no answer"
        );
        assert!(why[4].1.contains("buiten de schaal 1-3"), "{why:?}");
        assert_eq!(people(1, Lang::Nl), "1 deelnemer");
        assert_eq!(people(2, Lang::Nl), "2 deelnemers");
    }

    #[test]
    fn highlights_need_enough_answers_and_agreement() {
        let c = content::embedded();
        // Three people; one answered "lo-cultuur-1" at all; two answered "factor-verbinding" with
        // 1 and 5 (median 3, but no agreement); all three rated "factor-zelfvertrouwen" 4 or 5.
        let files: Vec<(String, String)> = [
            vec![
                ("lo-cultuur-1", 3),
                ("factor-verbinding", 1),
                ("factor-zelfvertrouwen", 4),
            ],
            vec![("factor-verbinding", 5), ("factor-zelfvertrouwen", 5)],
            vec![("factor-zelfvertrouwen", 4)],
        ]
        .iter()
        .enumerate()
        .map(|(i, pairs)| (format!("{i}.json"), scan(pairs)))
        .collect();
        let team = gather(c, &files, Lang::Nl);
        assert_eq!(team.people, 3);
        let (well, focus, rubs) = highlights(&team);
        let names = |p: &[Pick]| p.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let all: Vec<String> = [names(&well), names(&focus)].concat();
        let statement = &c.item_by_id("lo-cultuur-1").unwrap().1.title.nl;
        assert!(
            !all.iter().any(|n| n == statement.as_ref()),
            "one answer of three is not enough: {all:?}"
        );
        assert!(
            !all.iter().any(|n| n == "Verbinding"),
            "1 and 5 are not a shared 3: {all:?}"
        );
        assert_eq!(names(&rubs), ["Verbinding"]);
        assert_eq!(names(&well), ["Zelfvertrouwen"]);
        assert!(focus.is_empty(), "{focus:?}");
    }

    #[test]
    fn even_counts_take_the_middle_of_the_middle_two() {
        assert_eq!(median(&mut [1, 4, 2, 3]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
