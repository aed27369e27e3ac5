//! The `?` screen: every binding of the keymap table, grouped by where it applies, the place
//! the user is in first.

use unicode_width::UnicodeWidthStr;

use super::{Line, Role, Span};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};

/// The widest keys among the bindings of `ctxs`, in columns.
pub fn key_width(ctxs: &[Ctx], lang: Lang) -> usize {
    ctxs.iter()
        .flat_map(|c| keys::bindings(*c))
        .map(|b| keys::keys_label(b, lang).width())
        .max()
        .unwrap_or(0)
}

/// Whether the help lists a binding where it applies. `Ctrl-C` (save and quit) works
/// everywhere, but is shown only where something is being written, where `q` and `Esc` are
/// text: elsewhere `q` is the way out, and one way is clearer than two.
pub fn listed(ctx: Ctx, b: &keys::Binding) -> bool {
    b.cmd != Cmd::ForceQuit || matches!(ctx, Ctx::Editor | Ctx::Form)
}

/// One line per binding of `ctx`: its keys, padded to `key_width`, then what they do.
pub fn binding_lines(ctx: Ctx, key_width: usize, lang: Lang) -> Vec<Line> {
    keys::bindings(ctx)
        .filter(|b| listed(ctx, b))
        .map(|b| {
            Line::new(vec![
                Span::new(
                    format!("{:<key_width$}  ", keys::keys_label(b, lang)),
                    Role::Key,
                ),
                Span::new(b.cmd.describe().get(lang), Role::Text),
            ])
        })
        .collect()
}

/// The help text: one heading per context, one line per binding; the place the help was
/// opened in (`here`) first, so that it opens on the keys that work there, then the keys
/// everywhere, then the rest. The question at the start of a presentation and the dialogs
/// about files name their keys where they ask.
pub fn lines(here: Ctx, lang: Lang) -> Vec<Line> {
    let ctxs: Vec<Ctx> = [here, Ctx::Tabs]
        .into_iter()
        .chain(keys::ALL_PLACES.into_iter().filter(|c| {
            *c != here && !matches!(c, Ctx::Resume | Ctx::Problem | Ctx::Rescue | Ctx::Welcome)
        }))
        .collect();
    let key_width = key_width(&ctxs, lang);
    let mut out = Vec::new();
    for &ctx in &ctxs {
        if !out.is_empty() {
            out.push(Line::blank());
        }
        out.push(Line::of(ctx.heading().get(lang), Role::Heading));
        for mut line in binding_lines(ctx, key_width, lang) {
            line.spans.insert(0, Span::new("  ", Role::Text));
            out.push(line);
        }
    }
    out.push(Line::blank());
    out.push(Line::of(Msg::HelpMouse.get(lang), Role::Heading));
    for msg in [
        Msg::HelpMouseClick,
        Msg::HelpMouseWheel,
        Msg::HelpMouseSelect,
    ] {
        out.push(Line::new(vec![
            Span::new("  ", Role::Text),
            Span::new(msg.get(lang), Role::Text),
        ]));
    }
    out.push(Line::blank());
    out.push(Line::new(vec![
        Span::new("✓", Role::Info),
        Span::new(format!(" {}   ", Msg::Studied.get(lang)), Role::Text),
        Span::new("✎", Role::Note),
        Span::new(
            format!(" {}", Msg::YourNote.get(lang).to_lowercase()),
            Role::Text,
        ),
    ]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(here: Ctx) -> Vec<String> {
        lines(here, Lang::Nl).iter().map(Line::text).collect()
    }

    #[test]
    fn the_help_opens_on_the_keys_of_the_place_it_is_opened_in() {
        for (here, heading) in [
            (Ctx::Log, Msg::HelpLog),
            (Ctx::Study, Msg::HelpList),
            (Ctx::Measures, Msg::HelpMeasures),
        ] {
            let t = texts(here);
            assert_eq!(t[0], heading.get(Lang::Nl), "{here:?}: {t:#?}");
            // Everywhere comes next, once.
            let everywhere = Msg::HelpEverywhere.get(Lang::Nl);
            assert_eq!(t.iter().filter(|l| *l == everywhere).count(), 1);
        }
        // The log's own keys are on the first screen of an 80x24 terminal (20 rows of text).
        let t = texts(Ctx::Log);
        assert!(
            t[..20].iter().any(|l| l.contains("regel verwijderen")),
            "{t:#?}"
        );
    }

    #[test]
    fn ctrl_c_is_shown_only_where_something_is_being_written() {
        let with_ctrl_c = |ctx: Ctx| {
            binding_lines(ctx, 12, Lang::Nl)
                .iter()
                .any(|l| l.text().contains("Ctrl-C"))
        };
        assert!(with_ctrl_c(Ctx::Editor));
        assert!(with_ctrl_c(Ctx::Form));
        for ctx in [
            Ctx::Tabs,
            Ctx::Filter,
            Ctx::Confirm,
            Ctx::Search,
            Ctx::Overlay,
            Ctx::Present,
        ] {
            assert!(!with_ctrl_c(ctx), "{ctx:?}");
        }
    }
}
