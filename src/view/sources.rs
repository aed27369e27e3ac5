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
            let authors = format!(
                "{}: {}",
                Msg::SourcesAuthors.get(lang),
                s.authors.join("; ")
            );
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
