//! The user's portfolio: Markdown to bring to a development conversation (POP,
//! bekwaamheidsdossier), and JSON complete enough to restore everything on another computer.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

use super::md::{self, Inline, Markdown};
use crate::content::{Content, ItemRef};
use crate::data::assess::{area_rows, areas};
use crate::data::log::action_words;
use crate::data::{Entry, Log, Status, Workbook};
use crate::i18n::{self, Lang, Msg, number};
use crate::store::{ExportKind, LoadProblem, log_from_value, workbook_from_value};

pub const FORMAT: &str = "werkboek-portfolio";
pub const VERSION: u32 = 1;

pub fn json(workbook: &Workbook, log: &Log, exported: Timestamp) -> String {
    envelope(workbook, log, exported, None)
}

/// An emergency copy: the JSON export, and the data directory it was rescued from, so that the
/// next start there finds it. `log` is `None` when the log was never read (it is then still
/// whole on disk, and the copy carries none of it).
pub fn rescue_json(
    workbook: &Workbook,
    log: Option<&Log>,
    exported: Timestamp,
    from: &std::path::Path,
) -> String {
    envelope(
        workbook,
        log.unwrap_or(&Log::default()),
        exported,
        Some(from),
    )
}

fn envelope(
    workbook: &Workbook,
    log: &Log,
    exported: Timestamp,
    rescued_from: Option<&std::path::Path>,
) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'a str,
        version: u32,
        exported: Timestamp,
        workbook: &'a Workbook,
        log: &'a Log,
        #[serde(skip_serializing_if = "Option::is_none")]
        rescued_from: Option<&'a std::path::Path>,
    }
    super::pretty_json(&Out {
        format: FORMAT,
        version: VERSION,
        exported,
        workbook,
        log,
        rescued_from,
    })
}

/// Reads a JSON export, as a whole or not at all. Older workbook versions are migrated.
pub fn parse(text: &str) -> Result<(Workbook, Log), LoadProblem> {
    let mut v = super::open_export(text, FORMAT, VERSION, ExportKind::Portfolio)?;
    let workbook = workbook_from_value(v["workbook"].take())?;
    let log = log_from_value(v["log"].take())?;
    Ok((workbook, log))
}

fn title_of(content: &Content, r: ItemRef, lang: Lang) -> String {
    content.named_title(r, lang)
}

fn item_names(content: &Content, ids: &[String], lang: Lang) -> Inline {
    md::join(
        ids.iter().map(|id| match content.item_by_id(id) {
            Some((r, _)) => Inline::text(&title_of(content, r, lang)),
            None => Inline::text(id),
        }),
        "; ",
    )
}

fn entry_heading(e: &Entry, zone: &TimeZone, lang: Lang) -> Inline {
    Inline::text(&format!(
        "{} · {}",
        i18n::date_time(e.created, zone, lang),
        e.heading()
    ))
}

/// The portfolio as Markdown, in the order a development conversation uses it: where I stand,
/// what I will do, what I thought, what happened, how it changed.
pub fn markdown(
    content: &Content,
    workbook: &Workbook,
    log: &Log,
    lang: Lang,
    zone: &TimeZone,
    now: Timestamp,
) -> String {
    let mut md = Markdown::new();
    let m = |msg: Msg| msg.get(lang);
    md.heading(1, m(Msg::PortfolioTitle));
    md.para(format!(
        "{} {}. {}",
        m(Msg::PortfolioMade),
        i18n::date_time(now, zone, lang),
        m(Msg::PortfolioPrivate)
    ));
    let parts = [
        Msg::PortfolioRatings,
        Msg::PortfolioActions,
        Msg::PortfolioNotes,
        Msg::PortfolioLog,
        Msg::PortfolioSnapshots,
    ];
    for (n, p) in parts.iter().enumerate() {
        md.numbered(n + 1, m(*p));
    }
    ratings(&mut md, content, workbook, lang);
    actions(&mut md, content, log, lang, zone, now);
    notes(&mut md, content, workbook, log, lang, zone);
    entries(&mut md, content, log, lang, zone);

    // 5. How it changed.
    md.heading(2, format!("5. {}", m(Msg::PortfolioSnapshots)));
    if workbook.snapshots.is_empty() {
        md.para(m(Msg::PortfolioNoSnapshots));
    }
    for s in &workbook.snapshots {
        // The user's name for it, when it has one: "15-01-2026 08:00 · na studiedag: 3 scores".
        let name = match &s.label {
            Some(label) => format!("{} · {label}", i18n::date_time(s.taken, zone, lang)),
            None => i18n::date_time(s.taken, zone, lang),
        };
        md.bullet(format!("{name}: {}", i18n::scores(s.scores.len(), lang)));
    }
    md.finish()
}

/// 1. Where I stand.
fn ratings(md: &mut Markdown, content: &Content, workbook: &Workbook, lang: Lang) {
    let m = |msg: Msg| msg.get(lang);
    md.heading(2, format!("1. {}", m(Msg::PortfolioRatings)));
    if workbook.scored() == 0 {
        md.para(m(Msg::PortfolioNoRatings));
        return;
    }
    for area in areas(content) {
        md.heading(
            3,
            format!("{} (1-{})", area.title.get(lang), area.scale.max()),
        );
        let label = |v: Option<f64>| match v {
            Some(v) if !area.averaged => {
                let step = area.scale.label(v as u8).map(|l| l.get(lang)).unwrap_or("");
                format!("{} {step}", number(v, false, lang))
            }
            Some(v) => number(v, true, lang),
            None => "–".into(),
        };
        let head: Vec<Inline> = if area.averaged {
            vec![
                m(Msg::PortfolioPart).into(),
                m(Msg::PortfolioAverage).into(),
                m(Msg::Trend).into(),
            ]
        } else {
            vec![
                m(Msg::PortfolioItem).into(),
                m(Msg::Now).into(),
                m(Msg::Goal).into(),
                m(Msg::Trend).into(),
            ]
        };
        let rows = area_rows(content, &area, workbook, None)
            .iter()
            .map(|row| {
                let trend = if row.trend.len() > 1 {
                    row.trend
                        .iter()
                        .map(|v| {
                            v.map(|v| number(v, area.averaged, lang))
                                .unwrap_or("–".into())
                        })
                        .collect::<Vec<_>>()
                        .join(" → ")
                } else {
                    String::new()
                };
                let mut cells = vec![Inline::text(row.name.get(lang)), label(row.now).into()];
                if !area.averaged {
                    cells.push(label(row.goal).into());
                }
                cells.push(trend.into());
                cells
            })
            .collect();
        md.table(head, rows);
        if area.averaged {
            // Each statement's answer, for the conversation about where it rubs.
            for (id, _) in &area.members {
                let Some((_, item)) = content.item_by_id(id) else {
                    continue;
                };
                let answer = workbook
                    .score(id)
                    .now
                    .and_then(|v| area.scale.label(v))
                    .map(|l| l.get(lang))
                    .unwrap_or("–");
                md.bullet(
                    Inline::text(item.title.get(lang))
                        .then(" ")
                        .then(Inline::em(answer)),
                );
            }
        }
    }
}

/// 2. What I will do differently.
fn actions(
    md: &mut Markdown,
    content: &Content,
    log: &Log,
    lang: Lang,
    zone: &TimeZone,
    now: Timestamp,
) {
    let m = |msg: Msg| msg.get(lang);
    md.heading(2, format!("2. {}", m(Msg::PortfolioActions)));
    // Only the actions are read from the log file.
    let actions: Vec<std::sync::Arc<Entry>> = (0..log.len())
        .rev()
        .filter(|i| log.action(*i).is_some())
        .filter_map(|i| log.get(i))
        .collect();
    if actions.is_empty() {
        md.para(m(Msg::PortfolioNoActions));
    }
    let today = now.to_zoned(zone.clone()).date();
    for done in [false, true] {
        for e in actions
            .iter()
            .filter(|e| (e.action.map(|a| a.status) == Some(Status::Done)) == done)
        {
            let overdue = if e.is_overdue(today) {
                format!(", {}", m(Msg::Overdue1))
            } else {
                String::new()
            };
            let mut line = Inline::strong(e.heading()).then(format!(
                " ({}{overdue})",
                e.action.map(|a| action_words(a, lang)).unwrap_or_default()
            ));
            if !e.items.is_empty() {
                line = line.then(" · ").then(item_names(content, &e.items, lang));
            }
            md.task(done, line);
        }
    }
}

/// 3. What I thought, per part of the material.
fn notes(
    md: &mut Markdown,
    content: &Content,
    workbook: &Workbook,
    log: &Log,
    lang: Lang,
    zone: &TimeZone,
) {
    let m = |msg: Msg| msg.get(lang);
    md.heading(2, format!("3. {}", m(Msg::PortfolioNotes)));
    let mut any_note = false;
    for (s, section) in content.sections.iter().enumerate() {
        let noted: Vec<(ItemRef, &str)> = content
            .items_of(s)
            .filter_map(|(r, item)| {
                let note = workbook.note(&item.id);
                (!note.is_empty()).then_some((r, note))
            })
            .collect();
        if noted.is_empty() {
            continue;
        }
        any_note = true;
        md.heading(3, section.title.get(lang));
        for (r, note) in noted {
            let item = content.item(r);
            let studied = if workbook.studied(&item.id) {
                format!(" ({})", m(Msg::Studied))
            } else {
                String::new()
            };
            md.heading(4, format!("{}{studied}", title_of(content, r, lang)));
            md.quote(note);
            let linked: Vec<Inline> = log
                .linked_to(&item.id)
                .map(|e| entry_heading(e, zone, lang))
                .collect();
            if !linked.is_empty() {
                md.para(
                    Inline::text(m(Msg::LogTab))
                        .then(": ")
                        .then(md::join(linked, "; ")),
                );
            }
        }
    }
    if !any_note {
        md.para(m(Msg::PortfolioNoNotes));
    }
}

/// 4. What happened.
fn entries(md: &mut Markdown, content: &Content, log: &Log, lang: Lang, zone: &TimeZone) {
    let m = |msg: Msg| msg.get(lang);
    md.heading(2, format!("4. {}", m(Msg::PortfolioLog)));
    if log.is_empty() {
        md.para(m(Msg::PortfolioNoLog));
    }
    for e in (0..log.len()).rev().filter_map(|i| log.get(i)) {
        md.heading(3, entry_heading(&e, zone, lang));
        let mut meta = Vec::new();
        if !e.tags.is_empty() {
            meta.push(md::join(
                e.tags.iter().map(|t| Inline::text(&format!("#{t}"))),
                " ",
            ));
        }
        if !e.items.is_empty() {
            meta.push(item_names(content, &e.items, lang));
        }
        if let Some(a) = e.action {
            meta.push(Inline::text(&format!(
                "{}: {}",
                m(Msg::Action),
                action_words(a, lang)
            )));
        }
        if !meta.is_empty() {
            md.para(md::join(meta, " · ").emphasised());
        }
        if !e.text.is_empty() {
            md.lines(&e.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::data::ActionState;

    fn sample() -> (Workbook, Log) {
        let mut w = Workbook::default();
        w.update_item("factor-verbinding", |s| {
            s.now = Some(2);
            s.goal = Some(4);
            s.note = "Samen een streefbeeld maken.".into();
        });
        w.take_snapshot("2026-01-10T09:00:00Z".parse().unwrap());
        w.update_item("factor-verbinding", |s| s.now = Some(3));
        w.update_item("lo-cultuur-1", |s| s.now = Some(2));
        let mut log = Log::default();
        log.push(Entry {
            id: 1,
            created: "2026-02-01T10:00:00Z".parse().unwrap(),
            updated: None,
            title: "Lesbezoek bij Sanne".into(),
            text: "Feedback gevraagd op de instructie.".into(),
            tags: vec!["feedback".into()],
            items: vec!["factor-verbinding".into()],
            action: Some(ActionState {
                status: Status::Doing,
                follow_up: jiff::civil::Date::new(2026, 3, 1).ok(),
            }),
        });
        (w, log)
    }

    #[test]
    fn markdown_has_the_parts_of_a_development_conversation() {
        let c = content::embedded();
        let (w, log) = sample();
        let md = markdown(
            c,
            &w,
            &log,
            Lang::Nl,
            &TimeZone::UTC,
            "2026-11-23T10:00:00Z".parse().unwrap(),
        );
        for part in [
            "## 1. ",
            "## 2. ",
            "## 3. ",
            "## 4. ",
            "## 5. ",
            "| Verbinding | 3 redelijk | 4 goed | 2 → 3 |",
            "- [ ] **Lesbezoek bij Sanne** (bezig, opvolgen op 01-03-2026, voorbij de opvolgdatum)",
            "> Samen een streefbeeld maken.",
            "Feedback gevraagd op de instructie.",
            "- 10-01-2026 09:00: 1 score",
        ] {
            assert!(md.contains(part), "missing {part:?} in\n{md}");
        }
    }

    #[test]
    fn a_snapshot_is_listed_with_its_name() {
        let c = content::embedded();
        let (mut w, log) = sample();
        w.take_snapshot("2026-04-01T12:00:00Z".parse().unwrap());
        w.snapshots[1].label = Some("na *studiedag*".into());
        let md = markdown(
            c,
            &w,
            &log,
            Lang::Nl,
            &TimeZone::UTC,
            "2026-11-23T10:00:00Z".parse().unwrap(),
        );
        assert!(md.contains("- 10-01-2026 09:00: 1 score\n"), "{md}");
        assert!(
            md.contains("- 01-04-2026 12:00 · na \\*studiedag\\*: 2 scores"),
            "named, and the name is text, not Markdown:\n{md}"
        );
    }

    #[test]
    fn json_round_trips_and_refuses_what_is_not_an_export() {
        let (w, log) = sample();
        let text = json(&w, &log, "2026-11-23T10:00:00Z".parse().unwrap());
        assert_eq!(parse(&text), Ok((w, log)));
        assert!(matches!(parse("{}"), Err(LoadProblem::NotExport { .. })));
        assert!(matches!(parse("nee"), Err(LoadProblem::NotJson { .. })));
        for bad in ["\"1\"", "-1", "0"] {
            let text = format!(r#"{{"format": "werkboek-portfolio", "version": {bad}}}"#);
            assert!(
                matches!(parse(&text), Err(LoadProblem::BadVersion { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            parse(r#"{"format": "werkboek-portfolio", "version": 7}"#),
            Err(LoadProblem::Newer {
                found: 7,
                known: VERSION
            })
        );
        // A broken part refuses the whole file.
        let broken = text.replace("\"title\": \"Lesbezoek bij Sanne\"", "\"title\": 5");
        assert!(matches!(
            parse(&broken),
            Err(LoadProblem::WrongShape { .. })
        ));
    }
}
