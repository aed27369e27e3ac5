//! The glossary: each term of the field with its one English rendering and a line on what it
//! means, in the order a reader of the interface's language looks it up. A Dutch reader finds
//! the Dutch term with its English beside it; an English reader, who needs it most, finds the
//! English rendering with the Dutch term the sources use beside it.

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::Content;
use crate::i18n::{Lang, Msg};

pub fn lines(content: &Content, lang: Lang, width: usize) -> Vec<Line> {
    let mut out = plain(Msg::GlossaryIntro.get(lang), Role::Text, width);
    let other = match lang {
        Lang::Nl => Msg::GlossaryEnglish,
        Lang::En => Msg::GlossaryDutch,
    };
    for term in content.glossary_in_order(lang) {
        out.push(Line::blank());
        let beside = if term.nl == term.en {
            vec![(" · ", Role::Dim), (Msg::GlossaryKept.get(lang), Role::Dim)]
        } else {
            vec![
                (" · ", Role::Dim),
                (other.get(lang), Role::Dim),
                (": ", Role::Dim),
                (term.other_name(lang), Role::TextItalic),
            ]
        };
        let mut head = vec![(term.name(lang), Role::Title)];
        head.extend(beside);
        out.extend(wrap(
            &head,
            width,
            Span::new("■ ", Role::Accent),
            Span::new("  ", Role::Text),
        ));
        out.extend(wrap(
            &[(term.about.get(lang), Role::Text)],
            width,
            Span::new("  ", Role::Text),
            Span::new("  ", Role::Text),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lang: Lang, width: usize) -> Vec<String> {
        lines(crate::content::embedded(), lang, width)
            .iter()
            .map(Line::text)
            .collect()
    }

    #[test]
    fn every_term_with_its_rendering_and_its_line() {
        let c = crate::content::embedded();
        // The wrapped lines joined again.
        let joined = |lang| {
            texts(lang, 76)
                .iter()
                .map(|l| l.trim().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (nl, en) = (joined(Lang::Nl), joined(Lang::En));
        for t in &c.glossary {
            let dutch = if t.nl == t.en {
                format!("■ {} · ook zo in het Engels", t.nl)
            } else {
                format!("■ {} · Engels: {}", t.nl, t.en)
            };
            assert!(nl.contains(&dutch), "{dutch}");
            assert!(nl.contains(t.about.nl.as_ref()), "{}", t.about.nl);
            let english = if t.nl == t.en {
                format!("■ {} · the Dutch term, kept in English", t.en)
            } else {
                format!("■ {} · Dutch: {}", t.en, t.nl)
            };
            assert!(en.contains(&english), "{english}");
            assert!(en.contains(t.about.en.as_ref()), "{}", t.about.en);
        }
    }

    #[test]
    fn in_the_interface_languages_order_wrapped_not_cut() {
        for lang in [Lang::Nl, Lang::En] {
            let lines = lines(crate::content::embedded(), lang, 40);
            for l in &lines {
                assert!(l.width() <= 40, "{}", l.text());
            }
        }
        let en = texts(Lang::En, 76);
        let heads: Vec<&String> = en.iter().filter(|l| l.starts_with("■ ")).collect();
        let position = |name: &str| {
            heads
                .iter()
                .position(|l| l.starts_with(&format!("■ {name} ")))
                .unwrap_or_else(|| panic!("{name}"))
        };
        // In English "care coordinator" comes before "professor"; in Dutch "lector" comes
        // before "zorgcoördinator".
        assert!(position("care coordinator") < position("professor"));
        let nl = texts(Lang::Nl, 76);
        let heads: Vec<&String> = nl.iter().filter(|l| l.starts_with("■ ")).collect();
        let at = |name: &str| {
            heads
                .iter()
                .position(|l| l.starts_with(&format!("■ {name} ")))
                .unwrap_or_else(|| panic!("{name}"))
        };
        assert!(at("lector") < at("zorgcoördinator"));
    }
}
