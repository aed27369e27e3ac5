//! The sources: who wrote the material this workbook retells, what the sources say about their
//! authors, the reading they point to, and where the glossary is.

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::Content;
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};

pub fn lines(content: &Content, lang: Lang, width: usize) -> Vec<Line> {
    let indent = |s: &str| Span::new(s.to_string(), Role::Text);
    let mut out = plain(Msg::SourcesIntro.get(lang), Role::Text, width);
    for s in &content.sources {
        out.push(Line::blank());
        let title = s.full_title();
        out.extend(wrap(
            &[(&title, Role::Title)],
            width,
            Span::new("■ ", Role::Accent),
            indent("  "),
        ));
        if !s.authors.is_empty() {
            let label = if s.authors.len() == 1 {
                Msg::SourcesAuthor
            } else {
                Msg::SourcesAuthors
            };
            let authors = format!("{}: {}", label.get(lang), s.authors.join("; "));
            out.extend(wrap(
                &[(&authors, Role::Text)],
                width,
                indent("  "),
                indent("    "),
            ));
        }
        let published = format!("{}: {}", Msg::SourcesPublisher.get(lang), s.published());
        out.extend(wrap(
            &[(&published, Role::Text)],
            width,
            indent("  "),
            indent("    "),
        ));
        if let Some(url) = &s.url {
            out.extend(wrap(&[(url, Role::Dim)], width, indent("  "), indent("  ")));
        }
        out.extend(wrap(
            &[(s.about.get(lang), Role::Dim)],
            width,
            indent("  "),
            indent("  "),
        ));
        if !s.author_notes.is_empty() {
            out.push(Line::blank());
            out.extend(wrap(
                &[(Msg::SourcesAboutAuthors.get(lang), Role::Heading)],
                width,
                indent("  "),
                indent("  "),
            ));
            for note in &s.author_notes {
                out.extend(wrap(
                    &[
                        (&note.author, Role::Title),
                        (": ", Role::Text),
                        (note.about.get(lang), Role::Text),
                    ],
                    width,
                    indent("  "),
                    indent("    "),
                ));
            }
        }
        if !s.reading.is_empty() {
            out.push(Line::blank());
            out.extend(wrap(
                &[(Msg::SourcesReading.get(lang), Role::Heading)],
                width,
                indent("  "),
                indent("  "),
            ));
            for r in &s.reading {
                let c = r.citation();
                let title = c.title_ended();
                let mut parts = vec![
                    (c.who.as_str(), Role::Text),
                    (" ", Role::Text),
                    (title.as_str(), Role::TextItalic),
                ];
                if !c.rest.is_empty() {
                    parts.extend([(" ", Role::Text), (c.rest.as_str(), Role::Text)]);
                }
                out.extend(wrap(
                    &parts,
                    width,
                    Span::new("  · ", Role::Accent),
                    indent("    "),
                ));
                for url in &r.urls {
                    out.extend(wrap(
                        &[(url, Role::Dim)],
                        width,
                        indent("    "),
                        indent("    "),
                    ));
                }
            }
        }
    }
    // Where the terms are explained, with the key the table binds for it.
    out.push(Line::blank());
    out.extend(plain(Msg::GlossaryTitle.get(lang), Role::Heading, width));
    let key = keys::label_for(Ctx::Overlay, Cmd::Glossary, lang);
    out.extend(plain(
        &Msg::SourcesGlossary
            .get(lang)
            .replace("{key}", &key)
            .replace("{n}", &content.glossary.len().to_string()),
        Role::Text,
        width,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_author_is_an_author_and_several_are_authors() {
        let text: Vec<String> = lines(crate::content::embedded(), Lang::Nl, 200)
            .iter()
            .map(Line::text)
            .collect();
        assert!(
            text.iter().any(|l| l.trim() == "Auteur: Bruining, Ton"),
            "{text:#?}"
        );
        assert!(!text.iter().any(|l| l.contains("Auteurs: Bruining, Ton")));
        assert!(
            text.iter()
                .any(|l| l.trim().starts_with("Auteurs: Ros, Anje;")),
            "{text:#?}"
        );
        let english: Vec<String> = lines(crate::content::embedded(), Lang::En, 200)
            .iter()
            .map(Line::text)
            .collect();
        assert!(english.iter().any(|l| l.trim() == "Author: Bruining, Ton"));
    }

    #[test]
    fn the_author_notes_and_the_reading_list_are_there_wrapped_not_cut() {
        let c = crate::content::embedded();
        let source = c.source("ros-samen-leren").unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let lines = lines(c, lang, 76);
            for l in &lines {
                assert!(l.width() <= 76, "{}", l.text());
            }
            // Joined again, the wrapped lines hold every note and every reference whole.
            let joined = lines
                .iter()
                .map(|l| l.text().trim().to_string())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(joined.contains(Msg::SourcesAboutAuthors.get(lang)));
            assert!(joined.contains(Msg::SourcesReading.get(lang)));
            for note in &source.author_notes {
                let said = format!("{}: {}", note.author, note.about.get(lang));
                assert!(joined.contains(&said), "{said}");
            }
            for r in &source.reading {
                let cited = r.citation();
                assert!(joined.contains(&cited.who), "{}", cited.who);
                assert!(joined.contains(&cited.title), "{}", cited.title);
                for url in &r.urls {
                    assert!(joined.contains(url.as_str()), "{url}");
                }
            }
            assert!(joined.contains(&format!(
                "{} w ",
                match lang {
                    Lang::Nl => "Druk op",
                    Lang::En => "Press",
                }
            )));
        }
    }
}
