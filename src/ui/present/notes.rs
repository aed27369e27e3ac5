//! The facilitator's screen (`present --notes`): where the projector is, the note and time of
//! the part on screen, what comes next, how the session keeps to its plan, and the plan as a
//! whole. Shown only in the facilitator's own terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Look, fit, plain, slide_name, wrap};
use crate::i18n::{Lang, Msg};
use crate::present::notes::Facilitator;
use crate::present::{Presenter, clock_text};
use crate::view::Role;

pub(super) fn render(
    p: &Presenter,
    f: &Facilitator,
    look: &Look,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
) {
    let area = area.inner(Margin::new(2, 1));
    let width = usize::from(area.width);
    let m = |msg: Msg| msg.get(lang);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut head = vec![Span::styled(
        format!("{} · {}", m(Msg::NotesTitle), f.plan),
        look.heading,
    )];
    if let Some(t) = &f.session.title {
        head.push(Span::styled(format!(" · {t}"), look.title));
    }
    lines.push(Line::from(head));
    let mut times = vec![Span::styled(format!("⏱ {}", p.elapsed()), look.title)];
    if let Some(left) = p.left() {
        times.push(Span::raw("   "));
        times.push(Span::styled(
            if left > 0 {
                format!("⏲ {}", clock_text(left))
            } else {
                format!("⏲ {} (+{})", m(Msg::PresentTimeUp), clock_text(left))
            },
            look.heading,
        ));
    }
    times.push(Span::styled(
        format!(
            "   {}",
            if f.projector.is_some() {
                m(Msg::NotesFollowing)
            } else {
                m(Msg::NotesAlone)
            }
        ),
        look.dim,
    ));
    lines.push(Line::from(times));
    lines.push(Line::raw(""));
    let n = p.slides.len();
    if let Some(slide) = p.current() {
        lines.extend(wrap(
            &[(&slide_name(slide), Role::Title)],
            width,
            (
                format!("{} {}/{n}: ", m(Msg::NotesNow), p.at + 1),
                Role::Accent,
            ),
            ("   ".into(), Role::Text),
            look,
        ));
    }
    let entry = f.session.entry_of.get(p.at).copied().flatten();
    if let Some(e) = entry.and_then(|e| f.session.entries.get(e).map(|x| (e, x))) {
        let (i, e) = e;
        let mut part = format!(
            "{} {}/{}: {}",
            m(Msg::NotesPart),
            i + 1,
            f.session.entries.len(),
            e.id
        );
        if let Some(min) = e.minutes {
            part.push_str(&format!(" · {min} min"));
        }
        lines.extend(plain(&part, Role::Text, width, look));
        if let Some(note) = &e.note {
            lines.extend(wrap(
                &[(note, Role::Title)],
                width,
                (format!("{}: ", m(Msg::NotesNote)), Role::Heading),
                ("   ".into(), Role::Text),
                look,
            ));
        }
    }
    if let Some(next) = p.slides.get(p.at + 1) {
        lines.extend(wrap(
            &[(&slide_name(next), Role::Text)],
            width,
            (
                format!("{} {}/{n}: ", m(Msg::NotesNext), p.at + 2),
                Role::Dim,
            ),
            ("   ".into(), Role::Text),
            look,
        ));
    }
    let (before, total) = f.schedule(p.at);
    if total > 0 {
        lines.extend(plain(
            &Msg::NotesSchedule
                .get(lang)
                .replace("{before}", &before.to_string())
                .replace("{total}", &total.to_string()),
            Role::Dim,
            width,
            look,
        ));
    }
    for problem in &f.session.problems {
        lines.extend(plain(&problem.describe(lang), Role::Accent, width, look));
    }
    lines.push(Line::raw(""));
    lines.extend(plain(m(Msg::NotesPlan), Role::Heading, width, look));
    for (i, e) in f.session.entries.iter().enumerate() {
        let here = entry == Some(i);
        let mut text = format!("{}. {}", i + 1, e.id);
        if let Some(min) = e.minutes {
            text.push_str(&format!(" · {min} min"));
        }
        if let Some(note) = &e.note {
            text.push_str(&format!(" — {note}"));
        }
        lines.extend(wrap(
            &[(&text, if here { Role::Title } else { Role::Text })],
            width,
            (if here { "▸ " } else { "  " }.into(), Role::Accent),
            ("    ".into(), Role::Text),
            look,
        ));
    }
    fit(&mut lines, area.height);
    Paragraph::new(lines).style(look.base).render(area, buf);
}
