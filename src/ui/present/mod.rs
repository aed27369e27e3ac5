//! Drawing a presentation. This function is given the presenter (slides built from the
//! material, or a team's aggregated scans), the theme and the language; it has no way to reach
//! the user's notes, scores, log or files, so none of it can reach the projector.
//!
//! For the back of a room: high contrast (white on black, or plain bold with `NO_COLOR`),
//! generous margins, lines of at most `MAX_LINE` columns, big letters on title slides when they
//! fit, and lists that drop their explanations before they would overflow a small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

mod team;
use unicode_width::UnicodeWidthStr;

use super::paint::{self, Palette};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::present::{Body, Presenter, Slide};
use crate::theme::Theme;
use crate::view::grid::{Grid, grid_lines};
use crate::view::text::{self as vtext};
use crate::view::{self as v, Role};

/// The longest line of text on a slide.
pub const MAX_LINE: usize = 76;

/// Lines of one role, painted with the presentation's look.
fn plain(text: &str, role: Role, width: usize, look: &Look) -> Vec<Line<'static>> {
    paint::lines(&vtext::plain(text, role, width), look)
}

/// Wrapped text with a hanging mark, painted with the presentation's look.
fn wrap(
    segments: &[(&str, Role)],
    width: usize,
    first: (String, Role),
    rest: (String, Role),
    look: &Look,
) -> Vec<Line<'static>> {
    paint::lines(
        &vtext::wrap(
            segments,
            width,
            v::Span::new(first.0, first.1),
            v::Span::new(rest.0, rest.1),
        ),
        look,
    )
}

impl Palette for Look {
    fn style(&self, role: Role) -> Style {
        match role {
            Role::Heading => self.heading,
            Role::Title => self.title,
            Role::Dim | Role::DimItalic => self.dim,
            Role::Accent | Role::Key => self.accent,
            Role::Border => self.theme.border,
            _ => self.text,
        }
    }
}

/// The presentation's own palette: high contrast on a projector.
struct Look {
    base: Style,
    heading: Style,
    title: Style,
    text: Style,
    dim: Style,
    accent: Style,
    theme: Theme,
}

impl Look {
    fn of(theme: &Theme) -> Look {
        let bold = Modifier::BOLD;
        if theme.colour {
            let base = Style::new().bg(Color::Black).fg(Color::White);
            Look {
                base,
                heading: base.fg(Color::Yellow).add_modifier(bold),
                title: base.add_modifier(bold),
                text: base,
                dim: base.fg(Color::Gray),
                accent: base.fg(Color::Cyan).add_modifier(bold),
                theme: Theme {
                    text: base,
                    dim: base.fg(Color::Gray),
                    title: base.add_modifier(bold),
                    border: base.fg(Color::Gray),
                    ..*theme
                },
            }
        } else {
            let base = Style::new();
            Look {
                base,
                heading: base.add_modifier(bold | Modifier::UNDERLINED),
                title: base.add_modifier(bold),
                text: base,
                dim: base,
                accent: base.add_modifier(bold),
                theme: *theme,
            }
        }
    }
}

/// A column in the middle of `area`: side margins of a `side`th of the width, top and bottom
/// margins of a twelfth of the height, at most `max` wide.
fn column(area: Rect, side: u16, max: u16) -> Rect {
    let h = (area.width / side).max(2);
    let v = (area.height / 12).max(1);
    let inner = area.inner(Margin::new(h, v));
    let width = inner.width.min(max);
    Rect {
        x: inner.x + (inner.width - width) / 2,
        width,
        ..inner
    }
}

/// The area for a slide's content: margins all round, and no wider than a readable line.
fn content_area(area: Rect) -> Rect {
    column(area, 12, MAX_LINE as u16)
}

/// Like `content_area`, for tables: narrower side margins, up to 120 columns.
fn wide_area(area: Rect) -> Rect {
    column(area, 24, 120)
}

pub fn render(p: &Presenter, theme: &Theme, lang: Lang, area: Rect, buf: &mut Buffer) {
    let look = Look::of(theme);
    Clear.render(area, buf);
    Block::new().style(look.base).render(area, buf);
    if p.blank {
        return;
    }
    let footer_rows = u16::from(p.show_footer || p.show_clock || !p.digits.is_empty());
    let [body, footer] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(footer_rows)]).areas(area);
    if let Some(slide) = p.current() {
        // A grid is a picture, not a line of text: it may use more of a wide screen.
        let area = match slide.body {
            Body::Grid { .. } | Body::Team(_) => wide_area(body),
            _ => content_area(body),
        };
        render_slide(slide, &look, lang, area, buf);
    }
    render_footer(p, &look, lang, footer, buf);
    if let Some(at) = p.resume {
        render_resume(p, at, &look, lang, area, buf);
    } else if p.help {
        render_help(&look, lang, area, buf);
    }
}

fn render_footer(p: &Presenter, look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let inner = area.inner(Margin::new(2, 0));
    let mut left = Vec::new();
    if p.show_footer {
        left.push(Span::styled(p.position(), look.dim));
    }
    if !p.digits.is_empty() {
        left.push(Span::styled(
            format!("   → {} {}", Msg::PresentGoTo.get(lang), p.digits),
            look.accent,
        ));
    }
    Line::from(left).render(inner, buf);
    if p.show_clock {
        Line::styled(format!("⏱ {}", p.elapsed()), look.title)
            .right_aligned()
            .render(inner, buf);
    }
}

/// The slide's name, for the resume question: its part and its heading or title.
fn slide_name(s: &Slide) -> String {
    let what = match &s.body {
        Body::Title { title, .. } => title.clone(),
        Body::Text { heading, title, .. } | Body::Bullets { heading, title, .. } => {
            title.clone().unwrap_or_else(|| heading.clone())
        }
        Body::Grid { title, .. } => title.clone(),
        Body::Team(_) => String::new(),
    };
    if what.is_empty() || what == s.part {
        s.part.clone()
    } else {
        format!("{} · {what}", s.part)
    }
}

fn render_resume(p: &Presenter, at: usize, look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(4).min(70);
    let inner_w = usize::from(width.saturating_sub(4));
    let mut lines = plain(Msg::ResumeQuestion.get(lang), Role::Title, inner_w, look);
    lines.push(Line::raw(""));
    // Both places are named with their number, so that the two choices cannot be mixed up:
    // on where the last presentation stopped, or again from the start (or from what is being
    // read, when the presentation was started there).
    let place = |n: usize| {
        let name = p.slides.get(n).map(slide_name).unwrap_or_default();
        format!("{name} ({}/{})", n + 1, p.slides.len())
    };
    let key = |cmd: Cmd| keys::label_for(Ctx::Resume, cmd, lang);
    let from_start = format!(
        "{} ({}/{})",
        Msg::ResumeFromStart.get(lang),
        1,
        p.slides.len()
    );
    let mut answers = vec![(
        key(Cmd::Yes),
        format!("{} {}", Msg::ResumeYes.get(lang), place(at)),
    )];
    if p.at == 0 {
        answers.push((format!("{}/{}", key(Cmd::No), key(Cmd::Top)), from_start));
    } else {
        answers.push((
            key(Cmd::No),
            format!("{} {}", Msg::ResumeFromHere.get(lang), place(p.at)),
        ));
        answers.push((key(Cmd::Top), from_start));
    }
    answers.push((key(Cmd::Leave), Msg::ResumeLeave.get(lang).to_string()));
    let key_width = answers.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
    for (key, text) in answers {
        lines.extend(wrap(
            &[(&text, Role::Text)],
            inner_w,
            (format!("{key:<key_width$}"), Role::Accent),
            (" ".repeat(key_width), Role::Text),
            look,
        ));
    }
    let popup = super::layout::centered(area, width, lines.len() as u16 + 4);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .style(look.base)
        .border_style(look.accent);
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    Paragraph::new(lines).style(look.base).render(inner, buf);
}

fn render_help(look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    let key_width = v::help::key_width(&[Ctx::Present], lang);
    let lines = paint::lines(&v::help::binding_lines(Ctx::Present, key_width, lang), look);
    let popup = super::layout::centered(area, 76, lines.len() as u16 + 2);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .style(look.base)
        .border_style(look.accent)
        .title(Line::styled(
            format!(" {} ", Msg::HelpTitle.get(lang)),
            look.title,
        ));
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    Paragraph::new(lines).style(look.base).render(inner, buf);
}

/// The largest letters `text` fits in at `width` x `height`, if any.
fn big_size(text: &str, width: u16, height: u16) -> Option<PixelSize> {
    let chars = text.chars().count() as u16;
    [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfHeight, 8, 4),
        (PixelSize::Quadrant, 4, 4),
    ]
    .into_iter()
    .find(|(_, w, h)| chars * w <= width && *h <= height)
    .map(|(size, _, _)| size)
}

fn render_slide(slide: &Slide, look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    match &slide.body {
        Body::Title {
            big,
            title,
            subtitle,
        } => {
            let mut below = plain(title, Role::Title, width, look);
            if let Some(s) = subtitle {
                below.push(Line::raw(""));
                below.extend(plain(s, Role::Dim, width, look));
            }
            let below: Vec<Line> = below.into_iter().map(|l| l.centered()).collect();
            let size = big_size(
                big,
                area.width,
                area.height.saturating_sub(below.len() as u16 + 2),
            );
            let big_height = match size {
                Some(PixelSize::Full) => 8,
                Some(_) => 4,
                None => 1,
            };
            let total = big_height + 1 + below.len() as u16;
            let top = area.y + area.height.saturating_sub(total) / 2;
            let big_area = Rect {
                y: top,
                height: big_height.min(area.height),
                ..area
            };
            match size {
                Some(size) => BigText::builder()
                    .pixel_size(size)
                    .style(look.heading)
                    .alignment(Alignment::Center)
                    .lines(vec![Line::raw(big.clone())])
                    .build()
                    .render(big_area, buf),
                None => Line::styled(big.to_uppercase(), look.heading)
                    .centered()
                    .render(big_area, buf),
            }
            let rest = Rect {
                y: big_area.bottom() + 1,
                height: area.bottom().saturating_sub(big_area.bottom() + 1),
                ..area
            };
            Paragraph::new(below).style(look.base).render(rest, buf);
        }
        Body::Text {
            heading,
            title,
            text,
        } => {
            let mut lines = plain(heading, Role::Heading, width, look);
            if let Some(t) = title {
                lines.extend(plain(t, Role::Title, width, look));
            }
            lines.push(Line::raw(""));
            lines.extend(plain(text, Role::Text, width, look));
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
        Body::Bullets {
            heading,
            title,
            intro,
            bullets,
            numbered,
        } => {
            let head = |with_intro: bool| {
                let mut head = plain(heading, Role::Heading, width, look);
                if let Some(t) = title {
                    head.extend(plain(t, Role::Title, width, look));
                }
                if let (true, Some(i)) = (with_intro, intro) {
                    head.extend(plain(i, Role::Dim, width, look));
                }
                head.push(Line::raw(""));
                head
            };
            let list = |with_text: bool| -> Vec<Line<'static>> {
                let mut out = Vec::new();
                for (n, (term, text)) in bullets.iter().enumerate() {
                    let mark = if *numbered {
                        format!("{}. ", n + 1)
                    } else {
                        "• ".to_string()
                    };
                    let pad = " ".repeat(mark.width());
                    let mut segments = vec![(term.as_str(), Role::Title)];
                    if let (true, Some(t)) = (with_text, text) {
                        segments.push((" — ", Role::Dim));
                        segments.push((t.as_str(), Role::Text));
                    }
                    out.extend(wrap(
                        &segments,
                        width,
                        (mark, Role::Accent),
                        (pad, Role::Text),
                        look,
                    ));
                    if with_text && text.is_some() {
                        out.push(Line::raw(""));
                    }
                }
                out
            };
            // What goes when the screen is small: first the intro, then the explanations.
            let height = usize::from(area.height);
            let mut lines = [(true, true), (false, true), (true, false), (false, false)]
                .into_iter()
                .map(|(with_intro, with_text)| {
                    let mut l = head(with_intro);
                    l.extend(list(with_text));
                    l
                })
                .find(|l| l.len() <= height)
                .unwrap_or_else(|| {
                    let mut l = head(false);
                    l.extend(list(false));
                    l
                });
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
        Body::Grid {
            heading,
            title,
            corner,
            columns,
            rows,
            cells,
        } => {
            let mut lines = plain(heading, Role::Heading, width, look);
            if title != heading {
                lines.extend(plain(title, Role::Title, width, look));
            }
            lines.push(Line::raw(""));
            let grid = Grid {
                corner,
                columns: columns.iter().map(String::as_str).collect(),
                rows: rows.iter().map(String::as_str).collect(),
                cells: cells
                    .iter()
                    .map(|r| r.iter().map(String::as_str).collect())
                    .collect(),
            };
            lines.extend(paint::lines(&grid_lines(&grid, width), look));
            fit(&mut lines, area.height);
            let at = middle(area, lines.len());
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
        Body::Team(team) => team::render(team, look, lang, area, buf),
    }
}

/// The part of `area` that `lines` take when centred from top to bottom.
fn middle(area: Rect, lines: usize) -> Rect {
    let lines = (lines as u16).min(area.height);
    Rect {
        y: area.y + (area.height - lines) / 2,
        height: lines,
        ..area
    }
}

/// Cuts lines that would run off the slide, ending in "…".
fn fit(lines: &mut Vec<Line<'static>>, height: u16) {
    let height = usize::from(height);
    if lines.len() > height && height > 0 {
        lines.truncate(height - 1);
        lines.push(Line::raw("…"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_letters_only_where_they_fit() {
        assert_eq!(big_size("Sleutel 4", 76, 20), Some(PixelSize::Full));
        assert_eq!(big_size("Sleutel 4", 76, 6), Some(PixelSize::HalfHeight));
        assert_eq!(big_size("Sleutel 4", 40, 6), Some(PixelSize::Quadrant));
        assert_eq!(big_size("Sleutel 4", 30, 6), None);
    }

    #[test]
    fn the_text_column_is_capped_and_centred() {
        let a = content_area(Rect::new(0, 0, 250, 70));
        assert_eq!(usize::from(a.width), MAX_LINE);
        assert_eq!(a.x, (250 - MAX_LINE as u16) / 2);
        let small = content_area(Rect::new(0, 0, 80, 24));
        assert!(small.width <= 80 - 2 * 6 && small.height <= 24 - 2);
    }
}
