//! The sources: who wrote the material this workbook retells.

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::Content;
use crate::i18n::{Lang, Msg};

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
    }
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
}
