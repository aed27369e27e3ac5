//! The measures tab: the snapshots on the left (the one compared with is chosen), and on the
//! right the comparison laid out by [`crate::view::measures`], with the trend over all
//! snapshots as a sparkline. Nothing relies on colour: every value is also written out. Every
//! text here fits its pane on purpose: it wraps, or says less when there is less room.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Clear, ListItem, ListState, Paragraph, Sparkline, StatefulWidget, Widget, Wrap,
};
use unicode_width::UnicodeWidthStr;

use super::{overlay_block, paint};
use crate::app::{App, LabelInput};
use crate::i18n::{self, Msg};
use crate::keys::{Cmd, Ctx, label_for};
use crate::view::layout;
use crate::view::measures::{MeasureRow, rows, title};
use crate::view::text::truncate;

/// The columns of the list a row's text can use: inside the frame, after the chosen mark.
fn row_room(list: Rect) -> usize {
    usize::from(list.width.saturating_sub(2 + 2))
}

fn render_snapshots(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let block = super::pane_block(app, true).title(Line::styled(
        format!(
            " {} ",
            truncate(
                Msg::MeasuresTitle.get(lang),
                usize::from(area.width.saturating_sub(4))
            )
        ),
        t.title,
    ));
    let snapshots = &app.workbook().snapshots;
    if snapshots.is_empty() {
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        Paragraph::new(Msg::MeasuresNone.get(lang))
            .style(t.dim)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let room = row_room(area);
    let zone = app.zone().clone();
    let items: Vec<ListItem> = snapshots
        .iter()
        .rev()
        .map(|s| {
            let date = i18n::date_time(s.taken, &zone, lang);
            let scores = format!("  {}", i18n::scores(s.scores.len(), lang));
            // The date, and how many scores when there is room for them.
            let mut first = vec![Span::raw(truncate(&date, room))];
            if date.width() + scores.width() <= room {
                first.push(Span::styled(scores, t.dim));
            }
            let mut lines = vec![Line::from(first)];
            if let Some(label) = &s.label {
                lines.push(Line::styled(
                    truncate(&crate::safe::line(label), room),
                    t.note,
                ));
            }
            ListItem::new(lines)
        })
        .collect();
    let selected = app
        .comparison()
        .map(|(i, _)| snapshots.len() - 1 - i)
        .unwrap_or(0);
    let mut state = ListState::default().with_selected(Some(selected));
    let list = super::chooser(app, items, block, true);
    StatefulWidget::render(list, area, buf, &mut state);
}

pub fn render(app: &App, l: &layout::Study, buf: &mut Buffer) {
    let t = app.theme();
    render_snapshots(app, l.list, buf);
    let baseline = app
        .comparison()
        .and_then(|(i, why)| app.workbook().snapshots.get(i).map(|s| (s, why)));
    // The frame's corners and a space either side of the title.
    let room = usize::from(l.detail.width.saturating_sub(4));
    let title = format!(" {} ", title(baseline, app.zone(), app.lang(), room));
    let block = super::pane_block(app, false).title(Line::styled(title, t.title));
    let inner = layout::inside(l.detail);
    block.render(l.detail, buf);
    let width = usize::from(inner.width);
    let rows = rows(
        app.content(),
        app.workbook(),
        app.baseline(),
        app.lang(),
        width,
    );
    let height = usize::from(inner.height);
    let scroll = app
        .measures()
        .scroll()
        .min(rows.len().saturating_sub(height));
    for (y, row) in rows.iter().skip(scroll).take(height).enumerate() {
        let at = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        match row {
            MeasureRow::Text(line) => paint::line(line, t).render(at, buf),
            MeasureRow::Values { line, trend, max } => {
                let used = line.width() as u16;
                paint::line(line, t).render(at, buf);
                // As many of the newest values as there is room for.
                let room = usize::from(at.width.saturating_sub(used));
                let shown = &trend[trend.len().saturating_sub(room)..];
                if shown.is_empty() {
                    continue;
                }
                let spark = Rect {
                    x: at.x + used,
                    width: shown.len() as u16,
                    ..at
                };
                Sparkline::default()
                    .data(shown.iter().copied())
                    .max(*max)
                    .absent_value_symbol("·")
                    .style(t.accent)
                    .render(spark, buf);
            }
        }
    }
}

/// A snapshot in one line, for a question about it: "15-01-2026 08:00 · na studiedag · 3
/// scores".
pub fn subject(app: &App, taken: Timestamp) -> String {
    let w = app.workbook();
    let Some(s) = w.snapshot_at(taken).map(|i| &w.snapshots[i]) else {
        return String::new();
    };
    let mut parts = vec![i18n::date_time(s.taken, app.zone(), app.lang())];
    if let Some(label) = &s.label {
        parts.push(crate::safe::line(label).into_owned());
    }
    parts.push(i18n::scores(s.scores.len(), app.lang()));
    parts.join(" · ")
}

/// The field for a snapshot's name, over the rest.
pub fn render_label(app: &App, input: &LabelInput, area: Rect, buf: &mut Buffer) {
    let about = subject(app, input.taken());
    let title = Msg::LabelTitle.get(app.lang());
    one_line(app, Ctx::Label, title, &about, input.field(), area, buf);
}

/// A box over the rest that asks for one line: its title, a line on what it is for, the field,
/// and how to save or go back (the keys of `ctx`). The snapshot's name and the self-scan's name
/// both use it.
pub fn one_line(
    app: &App,
    ctx: Ctx,
    title: &str,
    about: &str,
    field: &ratatui_textarea::TextArea<'static>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme();
    let lang = app.lang();
    let hint = format!(
        "{} {} · {} {}",
        label_for(ctx, Cmd::SaveClose, lang),
        Msg::FooterSave.get(lang),
        label_for(ctx, Cmd::Close, lang),
        Msg::FooterBack.get(lang),
    );
    let popup = layout::centered(area, 64, 6);
    Clear.render(popup, buf);
    let block = overlay_block(app, title, &hint);
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    let [about_r, field_r] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    Line::styled(truncate(about, usize::from(about_r.width)), t.dim).render(about_r, buf);
    let [mark, text] =
        Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(field_r);
    Line::styled("› ", t.key).render(mark, buf);
    Widget::render(field, text, buf);
}
