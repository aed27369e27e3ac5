//! A work format: what the team does, step by step, and its suggested time. While the
//! countdown runs, the time left stands beside it (or under it) in big figures, readable from
//! the back of the room; when it is up, it says so.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::{Look, fit, middle, plain, wrap};
use crate::i18n::{Lang, Msg};
use crate::keys::{self, Cmd, Ctx};
use crate::present::{Presenter, clock_text};
use crate::view::Role;
use crate::view::slides::{MAX_LINE, content_area, picture_area};

#[allow(clippy::too_many_arguments)]
pub(super) fn render(
    heading: &str,
    title: &str,
    steps: &[String],
    minutes: u32,
    p: &Presenter,
    look: &Look,
    lang: Lang,
    body: Rect,
    buf: &mut Buffer,
) {
    let left = p.left();
    let wide = picture_area(body);
    // Beside each other when there is room, else the time under the steps.
    let (text_area, clock_area) = match left {
        Some(_) if wide.width >= MAX_LINE as u16 + 50 => {
            let tw = MAX_LINE as u16;
            (
                Rect { width: tw, ..wide },
                Some(Rect {
                    x: wide.x + tw + 4,
                    width: wide.width - tw - 4,
                    ..wide
                }),
            )
        }
        Some(_) => {
            let area = content_area(body);
            let h = if area.height >= 20 { 6 } else { 3 };
            (
                Rect {
                    height: area.height.saturating_sub(h),
                    ..area
                },
                Some(Rect {
                    y: area.bottom().saturating_sub(h),
                    height: h,
                    x: wide.x,
                    width: wide.width,
                }),
            )
        }
        None => (content_area(body), None),
    };
    let width = usize::from(text_area.width);
    let mut lines = plain(heading, Role::Heading, width, look);
    lines.extend(plain(title, Role::Title, width, look));
    lines.push(Line::raw(""));
    for (n, s) in steps.iter().enumerate() {
        let mark = format!("{}. ", n + 1);
        let pad = " ".repeat(mark.len());
        lines.extend(wrap(
            &[(s, Role::Text)],
            width,
            (mark, Role::Accent),
            (pad, Role::Text),
            look,
        ));
    }
    if left.is_none() {
        lines.push(Line::raw(""));
        let key = keys::label_for(Ctx::Present, Cmd::Countdown, lang);
        lines.extend(wrap(
            &[
                (
                    &Msg::WorkMinutes
                        .get(lang)
                        .replace("{n}", &minutes.to_string()),
                    Role::Title,
                ),
                (
                    &format!("  ({key}: {})", Msg::WorkStart.get(lang)),
                    Role::Dim,
                ),
            ],
            width,
            ("⏲ ".into(), Role::Accent),
            ("   ".into(), Role::Text),
            look,
        ));
    }
    fit(&mut lines, text_area.height);
    let at = middle(text_area, lines.len());
    Paragraph::new(lines).style(look.base).render(at, buf);
    if let (Some(secs), Some(area)) = (left, clock_area) {
        countdown(secs, look, lang, area, buf);
    }
}

/// The time left in the largest figures that fit; once it is up, "Tijd is om" and how long
/// ago.
pub(super) fn countdown(secs: i64, look: &Look, lang: Lang, area: Rect, buf: &mut Buffer) {
    let up = secs <= 0;
    let big = if up {
        Msg::PresentTimeUp.get(lang).to_string()
    } else {
        clock_text(secs)
    };
    let chars = big.chars().count() as u16;
    let size = [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfHeight, 8, 4),
        (PixelSize::Quadrant, 4, 4),
    ]
    .into_iter()
    .find(|(_, w, h)| chars * w <= area.width && *h + u16::from(up) <= area.height);
    let below = if up {
        Some(format!("+{}", clock_text(secs)))
    } else {
        None
    };
    match size {
        Some((size, _, h)) => {
            let total = h + u16::from(below.is_some());
            let y = area.y + area.height.saturating_sub(total) / 2;
            BigText::builder()
                .pixel_size(size)
                .style(look.heading)
                .alignment(Alignment::Center)
                .lines(vec![Line::raw(big)])
                .build()
                .render(
                    Rect {
                        y,
                        height: h,
                        ..area
                    },
                    buf,
                );
            if let Some(b) = below {
                Line::styled(b, look.dim).centered().render(
                    Rect {
                        y: y + h,
                        height: 1,
                        ..area
                    },
                    buf,
                );
            }
        }
        None => {
            let text = match below {
                Some(b) => format!("⏲ {big}  {b}"),
                None => format!("⏲ {big}"),
            };
            let y = area.y + area.height / 2;
            Line::styled(text, look.heading).centered().render(
                Rect {
                    y,
                    height: 1,
                    ..area
                },
                buf,
            );
        }
    }
}
