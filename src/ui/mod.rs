//! Drawing. Every function here is a pure function of the app's state: it reads (through the
//! app's accessors), never writes, does no I/O and reads no clock. Texts come laid out from
//! [`crate::view`]; here they get the theme's colours and the highlight.

mod detail;
mod footer;
mod form;
mod help;
mod list;
mod log;
mod measures;
mod messages;
pub mod paint;
pub mod present;
mod problem;
mod scan;
mod search;
mod sources;
mod study;
mod tabs;

use ratatui::buffer::Buffer;
use ratatui::layout::Margin;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{
    Block, BorderType, List, ListItem, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Widget, Wrap,
};

use crate::app::{App, Overlay, Tab};
use crate::i18n::Msg;
use crate::view::layout;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render(self, area, buf);
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    draw(app, area, buf);
    neutralise(buf);
}

/// The last step of every frame: whatever text came from a file or a person, nothing on the
/// screen can turn the terminal's text around or hide itself (`safe::cell`).
fn neutralise(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if let std::borrow::Cow::Owned(clean) = crate::safe::cell(cell.symbol()) {
            cell.set_symbol(if clean.is_empty() { " " } else { &clean });
        }
    }
}

fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if layout::too_small(area.as_size()) {
        too_small(app, area, buf);
        return;
    }
    if let Some(p) = app.present() {
        // Only the slides and how to show them: nothing of the user's data goes in, not even
        // a question about a file that cannot be read (it shows the file's path).
        present::render(p, app.theme(), app.lang(), area, buf);
        return;
    }
    if !app.problems().is_empty() {
        problem::render(app, area, buf);
        return;
    }
    let l = layout::study_with_footer(area, app.tab_rows(), app.footer_rows());
    let note = match app.tabs()[app.tab()] {
        Tab::Section(_) => app.note_shown(&l),
        _ => None,
    };
    let l = match &note {
        Some((lines, _)) => {
            let rows = app.note_rows(&l, lines.len());
            layout::with_note(l, rows)
        }
        None => l,
    };
    tabs::render(app, l.tabs, buf);
    // A box that covers the whole of the panes (the search and the log's form, at up to 110
    // columns) hides them: they are not drawn under it, which at every letter typed in the
    // search is a fifth of the frame.
    let body = l.list.union(l.detail).union(l.note.unwrap_or(l.detail));
    let hidden = match app.overlay() {
        Some(Overlay::Search(_)) => {
            layout::search_popup(area).union(body) == layout::search_popup(area)
        }
        Some(Overlay::Entry(_)) => {
            layout::entry_popup(area).union(body) == layout::entry_popup(area)
        }
        _ => false,
    };
    match app.tabs()[app.tab()] {
        _ if hidden => {}
        Tab::Section(s) => study::render(app, s, &l, note.as_ref(), buf),
        Tab::Measures => measures::render(app, &l, buf),
        Tab::Log => log::render(app, &l, buf),
    }
    footer::render(app, l.footer, buf);
    match app.overlay() {
        Some(Overlay::Help(scroll)) => help::render(app, scroll.top(), area, buf),
        Some(Overlay::Sources(scroll)) => sources::render(app, scroll.top(), area, buf),
        Some(Overlay::Glossary(scroll)) => sources::render_glossary(app, scroll.top(), area, buf),
        Some(Overlay::Messages(scroll)) => messages::render(app, scroll.top(), area, buf),
        Some(Overlay::Entry(form)) => form::render_entry(app, form, area, buf),
        Some(Overlay::Filter(form)) => form::render_filter(app, form, area, buf),
        Some(Overlay::Confirm(q)) => form::render_confirm(app, *q, area, buf),
        Some(Overlay::Search(s)) => search::render(app, s, area, buf),
        Some(Overlay::Welcome(scroll)) => {
            let width = layout::welcome_text_width(area.width);
            let lines = crate::view::welcome::lines(app.lang(), width);
            let popup = layout::welcome_popup(area, lines.len());
            let hint = format!(
                "{} {}",
                crate::keys::label_for(
                    crate::keys::Ctx::Welcome,
                    crate::keys::Cmd::Close,
                    app.lang()
                )
                .split('/')
                .next()
                .unwrap_or_default(),
                Msg::FooterBegin.get(app.lang())
            );
            render_text_overlay(
                app,
                Msg::WelcomeTitle,
                &hint,
                popup,
                &lines,
                scroll.top(),
                buf,
            );
        }
        Some(Overlay::Label(input)) => measures::render_label(app, input, area, buf),
        Some(Overlay::ScanName(input)) => scan::render(app, input, area, buf),
        Some(Overlay::Editor(_)) | None => {}
    }
    if let Some(path) = app.rescue_shown() {
        problem::render_rescue(app, path, area, buf);
    }
}

/// A short notice instead of a broken layout; drawing resumes when the window grows.
fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let text = vec![
        Line::styled(Msg::TooSmall.get(lang), app.theme().title),
        Line::raw(format!(
            "{} {}×{}, {} {}×{}",
            Msg::TooSmallNeed.get(lang),
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT,
            Msg::TooSmallNow.get(lang),
            area.width,
            area.height
        )),
    ];
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The frame of a pane beside another: brighter while it has the focus.
fn pane_block<'a>(app: &App, focused: bool) -> Block<'a> {
    let t = app.theme();
    // The focused pane has a heavier frame, not only another colour: it shows without colour
    // (NO_COLOR) too.
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(if focused { t.border_focus } else { t.border })
}

/// Reading text in a pane, from line `scroll` on, with a scroll bar on the frame's right edge
/// when it does not fit. `frame` is the pane's frame, `inner` where the text goes. Only the
/// lines in view are painted.
fn render_text_pane(
    app: &App,
    total: usize,
    scroll: usize,
    visible: Vec<Line<'static>>,
    frame: Rect,
    inner: Rect,
    buf: &mut Buffer,
) {
    let height = usize::from(inner.height);
    Paragraph::new(visible).render(inner, buf);
    if total > height {
        let mut state = ScrollbarState::new(total.saturating_sub(height)).position(scroll);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .style(app.theme().border)
            .render(frame.inner(Margin::new(0, 1)), buf, &mut state);
    }
}

/// A list whose chosen row carries the marker, brighter while the list has the focus.
fn chooser<'a>(app: &App, rows: Vec<ListItem<'a>>, block: Block<'a>, focused: bool) -> List<'a> {
    let t = app.theme();
    List::new(rows)
        .block(block)
        .highlight_symbol("▸ ")
        .highlight_style(if focused {
            t.selected
        } else {
            t.selected_unfocused
        })
}

/// A framed box for screens that lie over the rest, with an optional hint on its bottom edge.
fn overlay_block<'a>(app: &App, title: &'a str, hint: &'a str) -> Block<'a> {
    let t = app.theme();
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border_focus)
        .title(Line::styled(format!(" {title} "), t.title));
    if hint.is_empty() {
        block
    } else {
        block.title_bottom(Line::styled(format!(" {hint} "), t.dim).right_aligned())
    }
}

/// Text over the rest (help, sources) in `popup`, scrolled, saying when there is more below.
fn render_text_overlay(
    app: &App,
    title: Msg,
    hint: &str,
    popup: Rect,
    lines: &[crate::view::Line],
    scroll: usize,
    buf: &mut Buffer,
) {
    ratatui::widgets::Clear.render(popup, buf);
    overlay_block(app, title.get(app.lang()), hint).render(popup, buf);
    let inner = layout::inside(popup);
    let height = usize::from(inner.height);
    let max = lines.len().saturating_sub(height);
    let scroll = scroll.min(max);
    let visible: Vec<Line> = lines
        .iter()
        .skip(scroll)
        .take(height)
        .map(|l| paint::line(l, app.theme()))
        .collect();
    Paragraph::new(visible).render(inner, buf);
    if scroll < max {
        let more = Line::styled(
            format!(" {} ", Msg::HelpMore.get(app.lang())),
            app.theme().key,
        );
        let at = Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        };
        more.right_aligned().render(at, buf);
    }
}
