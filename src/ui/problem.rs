//! The question asked when a data file cannot be read: quit, or start afresh and keep the old
//! file beside the new one. Nothing is overwritten until the user chooses.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::text::{plain, wrap};
use super::{layout, overlay_block};
use crate::app::App;
use crate::i18n::Msg;
use crate::keys::{Cmd, Ctx, label_for};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(problem) = app.problems.first().map(|p| &p.file) else {
        return;
    };
    let t = &app.theme;
    let lang = app.lang;
    let block = overlay_block(app, Msg::LoadProblemTitle.get(lang), "");
    const WIDTH: u16 = 84;
    let width = usize::from(area.width.min(WIDTH).saturating_sub(4));
    let path = crate::safe::line(&problem.path.display().to_string()).into_owned();
    let what = problem.problem.describe(lang);
    let mut lines = Vec::new();
    lines.extend(wrap(
        &[
            (Msg::LoadProblemFile.get(lang), t.dim),
            (": ", t.dim),
            (&path, t.title),
        ],
        width,
        Span::raw(""),
        Span::raw("  "),
    ));
    lines.extend(wrap(
        &[
            (Msg::LoadProblemWhat.get(lang), t.dim),
            (": ", t.dim),
            (&what, t.error),
        ],
        width,
        Span::raw(""),
        Span::raw("  "),
    ));
    lines.push(Line::raw(""));
    lines.extend(plain(Msg::LoadProblemSafe.get(lang), t.text, width));
    lines.push(Line::raw(""));
    let answers = [
        (
            label_for(Ctx::Problem, Cmd::Fresh, lang),
            Msg::LoadProblemFresh,
        ),
        (
            label_for(Ctx::Problem, Cmd::Quit, lang),
            Msg::LoadProblemQuit,
        ),
    ];
    let key_width = answers.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    for (key, msg) in answers {
        lines.extend(wrap(
            &[(msg.get(lang), t.text)],
            width,
            Span::styled(format!("{key:<key_width$}  "), t.key),
            Span::raw(" ".repeat(key_width + 2)),
        ));
    }
    if let Some(m) = &app.message {
        lines.push(Line::raw(""));
        lines.extend(plain(&m.text, t.error, width));
    }
    let popup = layout::centered(area, WIDTH, lines.len() as u16 + 4);
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// The question about an emergency copy: bring it back, throw it away, or later.
pub fn render_rescue(app: &App, path: &std::path::Path, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let lang = app.lang;
    let block = overlay_block(app, Msg::RescueTitle.get(lang), "");
    const WIDTH: u16 = 84;
    let width = usize::from(area.width.min(WIDTH).saturating_sub(4));
    let path = crate::safe::line(&path.display().to_string()).into_owned();
    let mut lines = plain(Msg::RescueText.get(lang), t.text, width);
    lines.push(Line::raw(""));
    lines.extend(wrap(
        &[
            (Msg::RescueFile.get(lang), t.dim),
            (": ", t.dim),
            (&path, t.title),
        ],
        width,
        Span::raw(""),
        Span::raw("  "),
    ));
    lines.push(Line::raw(""));
    let answers = [Cmd::Restore, Cmd::Discard, Cmd::Later]
        .map(|cmd| (label_for(Ctx::Rescue, cmd, lang), cmd.describe()));
    let key_width = answers.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    for (key, msg) in answers {
        lines.extend(wrap(
            &[(msg.get(lang), t.text)],
            width,
            Span::styled(format!("{key:<key_width$}  "), t.key),
            Span::raw(" ".repeat(key_width + 2)),
        ));
    }
    let popup = layout::centered(area, WIDTH, lines.len() as u16 + 4);
    ratatui::widgets::Clear.render(popup, buf);
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    Paragraph::new(lines).render(inner, buf);
}
