//! The questions about files: a data file that cannot be read (quit, or start afresh and keep
//! the old file beside the new one; nothing is overwritten until the user chooses), and an
//! emergency copy of an earlier session (bring it back, throw it away, or later).

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{overlay_block, paint};
use crate::app::App;
use crate::i18n::{Lang, Msg};
use crate::keys::{Cmd, Ctx, label_for};
use crate::view::text::{plain, wrap};
use crate::view::{Line, Role, Span, layout};

/// "Label: value", the value in its own role, later lines indented.
fn labelled(label: &str, value: &str, role: Role, width: usize) -> Vec<Line> {
    wrap(
        &[(label, Role::Dim), (": ", Role::Dim), (value, role)],
        width,
        Span::new("", Role::Text),
        Span::new("  ", Role::Text),
    )
}

/// The answers: their keys from the keymap, padded, and what they do.
fn answers(ctx: Ctx, cmds: &[(Cmd, Msg)], lang: Lang, width: usize) -> Vec<Line> {
    let answers: Vec<(String, Msg)> = cmds
        .iter()
        .map(|(cmd, msg)| (label_for(ctx, *cmd, lang), *msg))
        .collect();
    let key_width = answers.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    answers
        .into_iter()
        .flat_map(|(key, msg)| {
            wrap(
                &[(msg.get(lang), Role::Text)],
                width,
                Span::new(format!("{key:<key_width$}  "), Role::Key),
                Span::new(" ".repeat(key_width + 2), Role::Text),
            )
        })
        .collect()
}

/// A dialog of `lines` in the middle of `area`.
fn dialog(app: &App, title: Msg, lines: &[Line], area: Rect, buf: &mut Buffer) {
    let popup = layout::dialog_popup(area, lines.len());
    Clear.render(popup, buf);
    let block = overlay_block(app, title.get(app.lang()), "");
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    Paragraph::new(paint::lines(lines, app.theme())).render(inner, buf);
}

fn width_in(area: Rect) -> usize {
    usize::from(area.width.min(layout::DIALOG_WIDTH).saturating_sub(4))
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(problem) = app.problems().first().map(|p| &p.file) else {
        return;
    };
    let lang = app.lang();
    let width = width_in(area);
    let path = crate::safe::line(&problem.path.display().to_string()).into_owned();
    let mut lines = labelled(Msg::LoadProblemFile.get(lang), &path, Role::Title, width);
    lines.extend(labelled(
        Msg::LoadProblemWhat.get(lang),
        &problem.problem.describe(lang),
        Role::Error,
        width,
    ));
    lines.push(Line::blank());
    lines.extend(plain(Msg::LoadProblemSafe.get(lang), Role::Text, width));
    lines.push(Line::blank());
    lines.extend(answers(
        Ctx::Problem,
        &[
            (Cmd::Fresh, Msg::LoadProblemFresh),
            (Cmd::Quit, Msg::LoadProblemQuit),
        ],
        lang,
        width,
    ));
    if let Some(m) = app.message() {
        lines.push(Line::blank());
        lines.extend(plain(&m.text, Role::Error, width));
    }
    dialog(app, Msg::LoadProblemTitle, &lines, area, buf);
}

/// The question about an emergency copy: bring it back, throw it away, or later.
pub fn render_rescue(app: &App, path: &std::path::Path, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let width = width_in(area);
    let path = crate::safe::line(&path.display().to_string()).into_owned();
    let mut lines = plain(Msg::RescueText.get(lang), Role::Text, width);
    lines.push(Line::blank());
    lines.extend(labelled(
        Msg::RescueFile.get(lang),
        &path,
        Role::Title,
        width,
    ));
    lines.push(Line::blank());
    lines.extend(answers(
        Ctx::Rescue,
        &[Cmd::Restore, Cmd::Discard, Cmd::Later].map(|c| (c, c.describe())),
        lang,
        width,
    ));
    dialog(app, Msg::RescueTitle, &lines, area, buf);
}
