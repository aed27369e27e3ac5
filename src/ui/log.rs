//! The log tab: entries newest first on the left (only the visible rows are built), the chosen
//! entry on the right.

use crate::i18n;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

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
    let total = app.log().map(|l| l.entries.len()).unwrap_or(0);
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
    let width = usize::from(area.width.saturating_sub(4));
    let zone = app.zone().clone();
    let today = app.today();
    let rows: Vec<ListItem> = v
        .shown()
        .iter()
        .skip(v.offset())
        .take(height)
        .map(|i| {
            let e = &log.entries[*i];
            let date = i18n::date(e.created, &zone, lang);
            let mark = e.mark(today);
            let room = width.saturating_sub(date.width() + 3);
            ListItem::new(Line::from(vec![
                Span::styled(date, t.dim),
                Span::styled(
                    format!(" {mark} "),
                    if mark == "!" { t.error } else { t.accent },
                ),
                Span::raw(truncate(e.heading(), room)),
            ]))
        })
        .collect();
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
    let lines = crate::view::entry::lines(
        e,
        app.content(),
        app.lang(),
        app.zone(),
        app.today(),
        usize::from(inner.width),
    );
    super::render_lines_pane(app, &lines, app.log_view().scroll(), l.detail, inner, buf);
}
