//! The welcome of the very first start: what the workbook is for, and the five keys that
//! matter first (their labels from the keymap table, so they cannot drift from what the keys
//! do).

use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};

/// The welcome's lines at `width` columns.
pub fn lines(lang: Lang, width: usize) -> Vec<Line> {
    let mut out = plain(Msg::WelcomeIntro.get(lang), Role::Text, width);
    for (n, msg) in [Msg::WelcomeStudy, Msg::WelcomeLog, Msg::WelcomePresent]
        .into_iter()
        .enumerate()
    {
        let text = msg.get(lang);
        // "Studeren: lees ..." — the name of the use stands out.
        let (name, rest) = text.split_once(": ").unwrap_or(("", text));
        out.extend(wrap(
            &[(name, Role::Title), (": ", Role::Title), (rest, Role::Text)],
            width,
            Span::new(format!("{}. ", n + 1), Role::Accent),
            Span::new("   ", Role::Text),
        ));
    }
    out.push(Line::blank());
    out.extend(plain(Msg::WelcomeKeys.get(lang), Role::Heading, width));
    let keys: Vec<(String, Msg)> = [
        (Cmd::Open, Msg::WelcomeKeyRead),
        (Cmd::EditNote, Msg::WelcomeKeyNote),
        (Cmd::ToggleStudied, Msg::WelcomeKeyStudied),
        (Cmd::Search, Msg::WelcomeKeySearch),
        (Cmd::Quit, Msg::WelcomeKeyQuit),
    ]
    .into_iter()
    .map(|(cmd, what)| (keys::label_for(Ctx::Study, cmd, lang), what))
    .collect();
    let key_width = keys
        .iter()
        .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0);
    for (key, what) in keys {
        out.extend(wrap(
            &[(what.get(lang), Role::Text)],
            width,
            Span::new(format!("  {key:<key_width$}  "), Role::Key),
            Span::new(" ".repeat(key_width + 4), Role::Text),
        ));
    }
    out.push(Line::blank());
    out.extend(plain(Msg::WelcomeMore.get(lang), Role::Dim, width));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_welcome_names_the_keys_the_table_binds() {
        for lang in [Lang::Nl, Lang::En] {
            let text: String = lines(lang, 70)
                .iter()
                .flat_map(|l| l.spans.iter().map(|s| s.text.clone()))
                .collect();
            for cmd in [
                Cmd::Open,
                Cmd::EditNote,
                Cmd::ToggleStudied,
                Cmd::Search,
                Cmd::Quit,
            ] {
                let label = keys::label_for(Ctx::Study, cmd, lang);
                assert!(
                    !label.is_empty() && text.contains(&label),
                    "{cmd:?}: {text}"
                );
            }
        }
    }

    #[test]
    fn every_line_fits() {
        for width in [40, 56, 70] {
            for l in lines(Lang::Nl, width) {
                let w: usize = l.spans.iter().map(|s| s.width()).sum();
                assert!(w <= width, "{l:?}");
            }
        }
    }
}
