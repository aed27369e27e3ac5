//! Drawing a presentation. This function is given the presenter (slides built from the
//! material, or a team's aggregated scans), the theme and the language; it has no way to reach
//! the user's notes, scores, log or files, so none of it can reach the projector.
//!
//! For the back of a room: high contrast (white on black, or plain bold with `NO_COLOR`),
//! generous margins, lines of at most `MAX_LINE` columns, big letters on title slides when they
//! fit, and lists that drop their explanations before they would overflow a small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

mod compare;
mod draw;
mod models;
mod notes;
mod overview;
mod team;
mod work;
use unicode_width::UnicodeWidthStr;

use super::paint::{self, Palette};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::present::slides::Point;
use crate::present::{Body, Notice, Presenter, Slide};
use crate::theme::Theme;
use crate::view::grid::{Grid, grid_lines};
use crate::view::slides::{self as geo, content_area, picture_area, wide_area};
use crate::view::text::{self as vtext};
use crate::view::{self as v, Role};

pub use crate::view::slides::MAX_LINE;

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

pub fn render(p: &Presenter, theme: &Theme, lang: Lang, area: Rect, buf: &mut Buffer) {
    let look = Look::of(theme);
    Clear.render(area, buf);
    Block::new().style(look.base).render(area, buf);
    if let Some(f) = &p.facilitator {
        // The facilitator's own screen, never the projector's.
        notes::render(p, f, &look, lang, area, buf);
        return;
    }
    if p.blank {
        return;
    }
    let (body, footer) = geo::frame(area, p.footer_shown());
    if let Some(slide) = p.shown() {
        render_slide(slide, p, &look, lang, body, buf);
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
    if let Some(w) = &p.team
        && w.watching
    {
        left.push(Span::styled(
            format!("   {}", crate::present::team::news_text(w, lang)),
            look.accent,
        ));
    }
    if !p.digits.is_empty() {
        left.push(Span::styled(
            format!("   → {} {}", Msg::PresentGoTo.get(lang), p.digits),
            look.accent,
        ));
    }
    if let Some(n) = p.notice {
        left.push(Span::styled(
            format!("   {}", notice_text(n, p.slides.len(), lang)),
            look.accent,
        ));
    }
    Line::from(left).render(inner, buf);
    let mut right = Vec::new();
    if let Some(left) = p.left() {
        right.push(if left > 0 {
            Span::styled(
                format!("⏲ {}", crate::present::clock_text(left)),
                look.heading,
            )
        } else {
            Span::styled(format!("⏲ {}", Msg::PresentTimeUp.get(lang)), look.heading)
        });
    }
    // A countdown stands beside the time elapsed since the start.
    if p.show_clock || p.countdown.is_some() {
        if !right.is_empty() {
            right.push(Span::raw("   "));
        }
        right.push(Span::styled(format!("⏱ {}", p.elapsed()), look.title));
    }
    Line::from(right).right_aligned().render(inner, buf);
}

/// What a notice says.
fn notice_text(n: Notice, slides: usize, lang: Lang) -> String {
    match n {
        Notice::NoSuchSlide(k) => Msg::PresentNoSuchSlide
            .get(lang)
            .replace("{n}", &k.to_string())
            .replace("{of}", &slides.to_string()),
        Notice::Last => Msg::PresentLast.get(lang).to_string(),
        Notice::NoTime => Msg::PresentNoTime.get(lang).to_string(),
        Notice::NamesHidden => Msg::PresentNamesHidden.get(lang).to_string(),
        Notice::NamesShown => Msg::PresentNamesShown.get(lang).to_string(),
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
        Body::Model { heading, title, .. } => title.clone().unwrap_or_else(|| heading.clone()),
        Body::Overview { heading, .. } => heading.clone(),
        Body::Compare(c) => c.title.clone().unwrap_or_else(|| c.heading.clone()),
        Body::Work { title, .. } => title.clone(),
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

/// A slide in the room `body` gives it: text in a readable column, pictures and tables wider.
fn render_slide(
    slide: &Slide,
    p: &Presenter,
    look: &Look,
    lang: Lang,
    body: Rect,
    buf: &mut Buffer,
) {
    match &slide.body {
        Body::Title {
            big,
            title,
            subtitle,
        } => render_title(
            big,
            title,
            subtitle.as_deref(),
            look,
            content_area(body),
            buf,
        ),
        Body::Text {
            heading,
            title,
            subtitle,
            text,
        } => {
            let area = content_area(body);
            let width = usize::from(area.width);
            let mut rest = Vec::new();
            if let Some(t) = title {
                rest.extend(plain(t, Role::Title, width, look));
            }
            if let Some(s) = subtitle {
                rest.extend(plain(s, Role::Dim, width, look));
            }
            rest.push(Line::raw(""));
            rest.extend(plain(text, Role::Text, width, look));
            headed(heading, rest, look, area, buf);
        }
        Body::Bullets {
            heading,
            title,
            intro,
            bullets,
            numbered,
        } => render_bullets(
            heading,
            title.as_deref(),
            intro.as_deref(),
            bullets,
            *numbered,
            look,
            body,
            buf,
        ),
        Body::Grid {
            heading,
            title,
            corner,
            columns,
            rows,
            cells,
        } => {
            let area = wide_area(body);
            let width = usize::from(area.width);
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
        Body::Overview {
            heading,
            centre,
            keys,
        } => overview::render(heading, centre, keys, look, body, buf),
        Body::Model {
            heading,
            title,
            caption,
            model,
        } => render_model(
            heading,
            title.as_deref(),
            caption.as_deref(),
            model,
            look,
            body,
            buf,
        ),
        Body::Compare(c) => compare::render(c, look, body, buf),
        Body::Work {
            heading,
            title,
            steps,
            minutes,
        } => work::render(heading, title, steps, *minutes, p, look, lang, body, buf),
        Body::Team(team) => team::render(team, p, look, lang, wide_area(body), buf),
    }
}

/// A title slide: a word or two in big letters, the title and a line under it.
fn render_title(
    big: &str,
    title: &str,
    subtitle: Option<&str>,
    look: &Look,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
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
            .lines(vec![Line::raw(big.to_string())])
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

/// Whether a heading is drawn in big letters here: on a tall screen, when it fits the width.
fn grows(heading: &str, area: Rect, rest: usize) -> bool {
    area.height >= 36
        && heading.chars().count() as u16 * 4 <= area.width
        && rest + 5 <= usize::from(area.height)
}

/// A heading over lines, the whole centred from top to bottom; on a tall screen the heading
/// grows into big letters when it fits.
fn headed(heading: &str, mut rest: Vec<Line<'static>>, look: &Look, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    if grows(heading, area, rest.len()) {
        fit(&mut rest, area.height.saturating_sub(5));
        let total = 5 + rest.len() as u16;
        let top = area.y + area.height.saturating_sub(total) / 2;
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(look.heading)
            .lines(vec![Line::raw(heading.to_string())])
            .build()
            .render(
                Rect {
                    y: top,
                    height: 4,
                    ..area
                },
                buf,
            );
        let below = Rect {
            y: top + 5,
            height: area.bottom().saturating_sub(top + 5),
            ..area
        };
        Paragraph::new(rest).style(look.base).render(below, buf);
        return;
    }
    let mut lines = plain(heading, Role::Heading, width, look);
    lines.extend(rest);
    fit(&mut lines, area.height);
    let at = middle(area, lines.len());
    Paragraph::new(lines).style(look.base).render(at, buf);
}

/// One item of a list: its mark, the term in bold and, when given, " — " and its text, wrapped
/// under the term.
fn item_lines(
    mark: String,
    term: &str,
    text: Option<&String>,
    width: usize,
    look: &Look,
) -> Vec<Line<'static>> {
    let pad = " ".repeat(mark.width());
    let mut segments = vec![(term, Role::Title)];
    if let Some(t) = text {
        segments.push((" — ", Role::Dim));
        segments.push((t.as_str(), Role::Text));
    }
    wrap(
        &segments,
        width,
        (mark, Role::Accent),
        (pad, Role::Text),
        look,
    )
}

/// The lines of a list: a mark (a number or a bullet), the term in bold and, `with_text`, its
/// explanation, each item followed by a blank line when it has one.
fn list_lines(
    bullets: &[Point],
    numbered: bool,
    with_text: bool,
    width: usize,
    look: &Look,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (n, (term, text)) in bullets.iter().enumerate() {
        let mark = if numbered {
            format!("{}. ", n + 1)
        } else {
            "• ".to_string()
        };
        let text = text.as_ref().filter(|_| with_text);
        out.extend(item_lines(mark, term, text, width, look));
        if text.is_some() {
            out.push(Line::raw(""));
        }
    }
    out
}

/// A heading and a list; on a wide screen a longer list goes into two columns. What goes when
/// the screen is small: first the intro, then the explanations.
#[allow(clippy::too_many_arguments)]
fn render_bullets(
    heading: &str,
    title: Option<&str>,
    intro: Option<&str>,
    bullets: &[Point],
    numbered: bool,
    look: &Look,
    body: Rect,
    buf: &mut Buffer,
) {
    let head = |with_intro: bool, width: usize| {
        let mut head = Vec::new();
        if let Some(t) = title {
            head.extend(plain(t, Role::Title, width, look));
        }
        if let (true, Some(i)) = (with_intro, intro) {
            head.extend(plain(i, Role::Dim, width, look));
        }
        head.push(Line::raw(""));
        head
    };
    let with_text = bullets.iter().any(|(_, t)| t.is_some());
    if let Some((left, right)) = geo::two_columns(body)
        && bullets.len() >= 4
        && with_text
    {
        // Two columns under a heading as wide as both.
        let whole = Rect {
            width: right.right() - left.x,
            ..left
        };
        let width = usize::from(left.width);
        let split = bullets.len().div_ceil(2);
        let (a, b) = bullets.split_at(split);
        let col = |part: &[Point], first: usize| -> Vec<Line<'static>> {
            let mut lines = list_lines(part, numbered, true, width, look);
            if numbered && first > 0 {
                lines = renumber(part, first, width, look);
            }
            lines
        };
        let (la, lb) = (col(a, 0), col(b, split));
        let mut top = head(true, usize::from(whole.width));
        let big = grows(heading, whole, top.len() + la.len().max(lb.len()));
        let heading_rows = if big {
            5
        } else {
            plain(heading, Role::Heading, usize::from(whole.width), look).len()
        };
        let total = heading_rows + top.len() + la.len().max(lb.len());
        if total <= usize::from(body.height) {
            let y0 = whole.y + whole.height.saturating_sub(total as u16) / 2;
            let head_area = Rect {
                y: y0,
                height: (heading_rows + top.len()) as u16,
                ..whole
            };
            let mut head_lines = Vec::new();
            if !big {
                head_lines.extend(plain(
                    heading,
                    Role::Heading,
                    usize::from(whole.width),
                    look,
                ));
            } else {
                BigText::builder()
                    .pixel_size(PixelSize::Quadrant)
                    .style(look.heading)
                    .lines(vec![Line::raw(heading.to_string())])
                    .build()
                    .render(
                        Rect {
                            y: y0,
                            height: 4,
                            ..whole
                        },
                        buf,
                    );
                head_lines.extend(std::iter::repeat_n(Line::raw(""), 5));
            }
            head_lines.append(&mut top);
            Paragraph::new(head_lines)
                .style(look.base)
                .render(head_area, buf);
            let y = head_area.bottom();
            let h = whole.bottom().saturating_sub(y);
            Paragraph::new(la).style(look.base).render(
                Rect {
                    y,
                    height: h,
                    ..left
                },
                buf,
            );
            Paragraph::new(lb).style(look.base).render(
                Rect {
                    y,
                    height: h,
                    ..right
                },
                buf,
            );
            return;
        }
    }
    let area = content_area(body);
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let heading_rows = plain(heading, Role::Heading, width, look).len();
    let rest = [(true, true), (false, true), (true, false), (false, false)]
        .into_iter()
        .map(|(with_intro, with_text)| {
            let mut l = head(with_intro, width);
            l.extend(list_lines(bullets, numbered, with_text, width, look));
            l
        })
        .find(|l| l.len() + heading_rows <= height)
        .unwrap_or_else(|| {
            let mut l = head(false, width);
            l.extend(list_lines(bullets, numbered, false, width, look));
            l
        });
    headed(heading, rest, look, area, buf);
}

/// A numbered list that goes on in a second column: its numbers go on too.
fn renumber(part: &[Point], first: usize, width: usize, look: &Look) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (n, (term, text)) in part.iter().enumerate() {
        let mark = format!("{}. ", first + n + 1);
        out.extend(item_lines(mark, term, text.as_ref(), width, look));
        out.push(Line::raw(""));
    }
    out
}

/// A model: its heading and title, the picture, its explanations beside it when there is room
/// (else left out, as a list leaves them out), its caption under it. When the picture does not
/// fit, the model is shown as a list.
fn render_model(
    heading: &str,
    title: Option<&str>,
    caption: Option<&str>,
    model: &crate::present::slides::Model,
    look: &Look,
    body: Rect,
    buf: &mut Buffer,
) {
    use crate::present::slides::Model;
    let area = picture_area(body);
    let width = usize::from(area.width);
    let mut head = plain(heading, Role::Heading, width, look);
    if let Some(t) = title {
        head.extend(plain(t, Role::Title, width, look));
    }
    // The classroom of the logics is a word in the picture; other captions stand under it.
    let under = match model {
        Model::Logics(_) => None,
        _ => caption,
    };
    let under_lines = under.map_or(0, |c| plain(c, Role::Dim, width, look).len() + 1);
    let pic_area = Rect {
        y: area.y + head.len() as u16 + 1,
        height: area
            .height
            .saturating_sub(head.len() as u16 + 1 + under_lines as u16),
        ..area
    };
    let points = model.points();
    let legend =
        !models::holds_text(model) && points.iter().any(|(_, t)| t.is_some()) && area.width >= 150;
    let (picture, beside) = if legend {
        let lw = (area.width * 2 / 5).min(MAX_LINE as u16);
        (
            Rect {
                width: area.width - lw - 4,
                ..pic_area
            },
            Some(Rect {
                x: area.right() - lw,
                width: lw,
                ..pic_area
            }),
        )
    } else {
        (pic_area, None)
    };
    let mut scratch = Buffer::empty(picture);
    if pic_area.height >= 3 && models::render(model, caption, look, picture, &mut scratch) {
        // The picture as tall as it is, and everything centred from top to bottom.
        let used: Vec<u16> = (picture.y..picture.bottom())
            .filter(|&y| (picture.x..picture.right()).any(|x| scratch[(x, y)].symbol() != " "))
            .collect();
        let (first, last) = match (used.first(), used.last()) {
            (Some(a), Some(b)) => (*a, *b),
            _ => (picture.y, picture.y),
        };
        let pic_rows = last - first + 1;
        let legend_lines = beside.map(|r| {
            let mut lines = list_lines(&points, model.ordered(), true, usize::from(r.width), look);
            fit(&mut lines, r.height);
            lines
        });
        let tallest = pic_rows.max(legend_lines.as_ref().map_or(0, |l| l.len() as u16));
        let total = head.len() as u16 + 1 + tallest + under_lines as u16;
        let y0 = area.y + area.height.saturating_sub(total) / 2;
        let head_rows = head.len() as u16;
        Paragraph::new(head).style(look.base).render(
            Rect {
                y: y0,
                height: head_rows,
                ..area
            },
            buf,
        );
        let top = y0 + head_rows + 1 + (tallest - pic_rows) / 2;
        for y in first..=last {
            for x in picture.x..picture.right() {
                let cell = &scratch[(x, y)];
                if cell.symbol() != " " {
                    let style = cell.style();
                    buf[(x, top + (y - first))]
                        .set_symbol(cell.symbol())
                        .set_style(style);
                }
            }
        }
        if let (Some(r), Some(lines)) = (beside, legend_lines) {
            let n = lines.len() as u16;
            let at = Rect {
                y: y0 + head_rows + 1 + (tallest - n) / 2,
                height: n,
                ..r
            };
            Paragraph::new(lines).style(look.base).render(at, buf);
        }
        if let Some(c) = under {
            let lines: Vec<Line> = plain(c, Role::Dim, width, look)
                .into_iter()
                .map(Line::centered)
                .collect();
            let y = y0 + head_rows + 1 + tallest + 1;
            let h = (lines.len() as u16).min(area.bottom().saturating_sub(y));
            Paragraph::new(lines).style(look.base).render(
                Rect {
                    y,
                    height: h,
                    ..area
                },
                buf,
            );
        }
        return;
    }
    // No room for the picture: the same as a list.
    render_bullets(
        heading,
        title.or(caption),
        None,
        &points,
        model.ordered(),
        look,
        body,
        buf,
    );
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

    /// The room a model's picture gets on a screen of `w` x `h`, as `render_model` gives it
    /// (without a legend beside it: the least room).
    fn picture_room(slide: &Slide, w: u16, h: u16, look: &Look) -> Rect {
        use crate::present::slides::Model;
        let Body::Model {
            heading,
            title,
            caption,
            model,
        } = &slide.body
        else {
            unreachable!()
        };
        let (body, _) = geo::frame(Rect::new(0, 0, w, h), true);
        let a = picture_area(body);
        let width = usize::from(a.width);
        let head = plain(heading, Role::Heading, width, look).len()
            + title
                .as_ref()
                .map_or(0, |t| plain(t, Role::Title, width, look).len());
        let under = match (model, caption) {
            (Model::Logics(_), _) | (_, None) => 0,
            (_, Some(c)) => plain(c, Role::Dim, width, look).len() + 1,
        };
        Rect {
            y: a.y + head as u16 + 1,
            height: a.height.saturating_sub((head + 1 + under) as u16),
            ..a
        }
    }

    #[test]
    fn every_model_is_drawn_as_a_picture_at_80x24_and_220x55() {
        use crate::present::slides::build;
        let look = Look::of(&Theme::mono());
        for lang in [Lang::Nl, Lang::En] {
            for slide in build(crate::content::embedded(), lang) {
                let Body::Model { model, caption, .. } = &slide.body else {
                    continue;
                };
                for (w, h) in [(220, 55), (80, 24)] {
                    // Long sentences in boxes may become a list on the smallest screen.
                    if (w, h) == (80, 24) && slide.id == "stap-3/lijst-1" {
                        continue;
                    }
                    let room = picture_room(&slide, w, h, &look);
                    let mut buf = Buffer::empty(room);
                    assert!(
                        models::render(model, caption.as_deref(), &look, room, &mut buf),
                        "{} ({lang:?}) is no picture at {w}x{h}",
                        slide.id
                    );
                }
            }
        }
    }

    #[test]
    fn big_letters_only_where_they_fit() {
        assert_eq!(big_size("Sleutel 4", 76, 20), Some(PixelSize::Full));
        assert_eq!(big_size("Sleutel 4", 76, 6), Some(PixelSize::HalfHeight));
        assert_eq!(big_size("Sleutel 4", 40, 6), Some(PixelSize::Quadrant));
        assert_eq!(big_size("Sleutel 4", 30, 6), None);
    }
}
