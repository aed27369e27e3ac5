//! The team view as a Markdown report.

use super::gather::{Team, highlight_lists, highlights, people};
use crate::format::md::{Inline, Markdown};
use crate::i18n::{Lang, Msg};

/// The team view as a Markdown report.
pub fn markdown(team: &Team, lang: Lang) -> String {
    let m = |msg: Msg| msg.get(lang);
    let mut md = Markdown::new();
    md.heading(1, m(Msg::TeamTitle));
    md.para(people(team.people, lang));
    md.para(Inline::em(m(Msg::TeamRule)));
    let (well, focus, rubs) = highlights(team);
    for (heading, rows) in highlight_lists(&well, &focus, &rubs, lang) {
        md.heading(2, m(heading));
        if rows.is_empty() {
            md.para(m(Msg::TeamNoAnswers));
        }
        for r in rows {
            md.bullet(r);
        }
    }
    for area in &team.areas {
        md.heading(2, &area.title);
        let head = std::iter::once(Inline::default())
            .chain(area.scale.iter().map(Inline::from))
            .chain([
                m(Msg::TeamAnswered).into(),
                m(Msg::TeamMedian).into(),
                m(Msg::TeamSpread).into(),
            ])
            .collect();
        let rows = area
            .rows
            .iter()
            .map(|row| {
                std::iter::once(Inline::text(&row.name))
                    .chain(row.counts.iter().map(|c| Inline::text(&c.to_string())))
                    .chain([
                        Inline::text(&format!("{}/{}", row.answers(), team.people)),
                        Inline::text(&row.median_text(lang)),
                        Inline::text(&row.spread.map(|s| s.to_string()).unwrap_or("–".into())),
                    ])
                    .collect()
            })
            .collect();
        md.table(head, rows);
    }
    if !team.skipped.is_empty() {
        md.heading(2, m(Msg::TeamSkipped));
        for s in &team.skipped {
            md.bullet(Inline::text(&s.file).then(": ").then(&s.why));
        }
    }
    md.finish()
}

#[cfg(test)]
mod tests {
    use super::super::gather;
    use super::super::testing::scan;
    use super::*;
    use crate::content;

    #[test]
    fn the_report_names_skipped_files_and_shows_every_area() {
        let c = content::embedded();
        let files = vec![
            ("a.json".to_string(), scan(&[("factor-verbinding", 2)])),
            ("kapot.json".to_string(), "{".to_string()),
        ];
        let md = markdown(&gather(c, &files, Lang::Nl), Lang::Nl);
        assert!(md.contains("- kapot.json: geen geldige JSON"), "{md}");
        assert!(md.contains("## Ondersteunende cultuur"), "{md}");
        assert!(
            md.contains("| Verbinding | 0 | 1 | 0 | 0 | 0 | 1/1 | 2 | 0 |"),
            "{md}"
        );
        assert!(md.contains("1 deelnemer\n"), "{md}");
    }
}
