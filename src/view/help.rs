//! The `?` screen: every binding of the keymap table, grouped by where it applies, the place
//! the user is in first.

use unicode_width::UnicodeWidthStr;

use super::{Line, Role, Span};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Ctx};

/// The widest keys among the bindings of `ctxs`, in columns.
pub fn key_width(ctxs: &[Ctx], lang: Lang) -> usize {
    ctxs.iter()
        .flat_map(|c| keys::bindings(*c))
        .map(|b| keys::keys_label(b, lang).width())
        .max()
        .unwrap_or(0)
}

/// One line per binding of `ctx`: its keys, padded to `key_width`, then what they do.
pub fn binding_lines(ctx: Ctx, key_width: usize, lang: Lang) -> Vec<Line> {
    keys::bindings(ctx)
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

/// The help text: one heading per context, one line per binding; the keys everywhere first,
/// then the place the help was opened in (`here`), then the rest. The question at the start of
/// a presentation and the dialogs about files name their keys where they ask.
pub fn lines(here: Ctx, lang: Lang) -> Vec<Line> {
    let ctxs: Vec<Ctx> = [Ctx::Tabs, here]
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
