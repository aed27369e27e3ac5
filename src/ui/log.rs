//! The log tab: entries newest first on the left (only the visible rows are built), the chosen
//! entry on the right.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};

use super::paint;

use crate::app::{App, Focus, LogState};
use crate::i18n::Msg;
use crate::view::layout;
use crate::view::text::truncate;

/// The filter in words, for the list's edge.
fn filter_words(app: &App) -> String {
    let f = app.log_view().filter();
    let lang = app.lang();
    let mut parts = Vec::new();
    if f.open_only {
        parts.push(Msg::FooterOpen.get(lang).to_string());
    }
    if let Some(t) = &f.tag {
        parts.push(format!("#{t}"));
    }
    if let Some(i) = &f.item {
        parts.push(app.content().title_of(i, lang).unwrap_or_else(|| i.clone()));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("{a} – {b}")),
        (Some(a), None) => parts.push(format!("{} {a}", Msg::From.get(lang))),
        (None, Some(b)) => parts.push(format!("{} {b}", Msg::Until.get(lang))),
        (None, None) => {}
    }
    parts.join(" · ")
}

fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let v = app.log_view();
    let focused = v.focus() == Focus::List && app.overlay().is_none();
    let total = app.log().map(|l| l.len()).unwrap_or(0);
    let mut block = super::pane_block(app, focused).title(Line::styled(
        format!(
            " {} · {}/{} ",
            Msg::LogTab.get(lang),
            v.shown().len(),
            total
        ),
        t.title,
    ));
    if !v.filter().is_empty() {
        let words = truncate(
            &format!("{}: {}", Msg::FooterFilter.get(lang), filter_words(app)),
            usize::from(area.width).saturating_sub(4),
        );
        block = block.title_bottom(Line::styled(format!(" {words} "), t.key));
    }
    let inner = block.inner(area).inner(Margin::new(1, 0));
    let Some(log) = app.log() else {
        block.render(area, buf);
        let msg = match app.log_state() {
            LogState::Loading => Msg::LogLoading,
            _ => Msg::LogUnavailable,
        };
        Paragraph::new(msg.get(lang))
            .style(t.dim)
            .render(inner, buf);
        return;
    };
    if v.shown().is_empty() {
        block.render(area, buf);
        let msg = if total == 0 {
            Msg::LogEmpty
        } else {
            Msg::LogNothingShown
        };
        Paragraph::new(msg.get(lang))
            .style(t.dim)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let height = usize::from(area.height.saturating_sub(2));
    // Within the frame, less the mark of the chosen row: as `App::log_row_heights` measures.
    let width = usize::from(area.width.saturating_sub(4));
    let zone = app.zone().clone();
    let today = app.today();
    // Only the rows that show are laid out (and read from the log file): the log can hold
    // thousands.
    let mut used = 0;
    let mut rows: Vec<ListItem> = Vec::new();
    for (row, i) in v.shown().iter().enumerate().skip(v.offset()) {
        if used >= height {
            break;
        }
        let lines = crate::view::entry::row_lines(
            &crate::view::entry::listed(log, *i as usize, lang),
            lang,
            &zone,
            today,
            width,
            row == v.selected(),
        );
        used += lines.len();
        rows.push(ListItem::new(Text::from(
            lines.iter().map(|l| paint::line(l, t)).collect::<Vec<_>>(),
        )));
    }
    let mut state =
        ListState::default().with_selected(Some(v.selected().saturating_sub(v.offset())));
    let list = super::chooser(app, rows, block, focused);
    StatefulWidget::render(list, area, buf, &mut state);
}

pub fn render(app: &App, l: &layout::Study, buf: &mut Buffer) {
    render_list(app, l.list, buf);
    let focused = app.log_view().focus() == Focus::Detail && app.overlay().is_none();
    super::pane_block(app, focused).render(l.detail, buf);
    let inner = l.detail_inner();
    let Some(e) = app.selected_entry() else {
        let help = Msg::LogHelp.get(app.lang());
        Paragraph::new(help)
            .style(app.theme().dim)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    };
    let doc = crate::view::entry::doc(
        &e,
        app.content(),
        app.lang(),
        app.zone(),
        app.today(),
        usize::from(inner.width),
    );
    // The chosen link is shown as chosen while the entry has the focus.
    let t = app.theme();
    let anchor = app
        .log_view()
        .chosen()
        .filter(|_| focused)
        .and_then(|c| doc.anchors.get(c));
    let scroll = app
        .log_view()
        .scroll()
        .min(doc.lines.len().saturating_sub(1));
    let visible: Vec<Line> = doc
        .lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(usize::from(inner.height))
        .map(|(i, l)| match anchor {
            Some(a) if (a.line..a.line + a.height).contains(&i) => {
                let (mark, role) = a.kind.chosen_look();
                paint::chosen(l, i == a.line, mark, paint::Palette::style(t, role))
            }
            _ => paint::line(l, t),
        })
        .collect();
    super::render_text_pane(app, doc.lines.len(), scroll, visible, l.detail, inner, buf);
}
