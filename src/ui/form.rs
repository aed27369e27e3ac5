//! The log's overlays: the entry form, the filter form and the yes/no question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;

use super::overlay_block;
use crate::app::form::FilterField;
use crate::app::{App, EntryForm, Field, FilterForm, Question};
use crate::data::log::status_word;
use crate::i18n::Msg;
use crate::keys::{Cmd, Ctx, label_for};
use crate::view::layout;

/// A one-line field: label, then the text; the cursor shows only in the focused one.
fn field(
    app: &App,
    label: &str,
    area: &TextArea<'static>,
    focused: bool,
    at: Rect,
    buf: &mut Buffer,
) {
    let [name, value] = Layout::horizontal([Constraint::Length(14), Constraint::Fill(1)]).areas(at);
    field_label(app, label, focused, name, buf);
    // The form shows the cursor in the focused field only (`EntryForm::focus`).
    Widget::render(area, value, buf);
}

/// A field's name, marked and brighter while it has the focus.
fn field_label(app: &App, label: &str, focused: bool, at: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let (mark, style) = if focused {
        ("▸ ", t.key)
    } else {
        ("  ", t.dim)
    };
    Line::styled(format!("{mark}{label}"), style).render(at, buf);
}

pub fn render_entry(app: &App, form: &EntryForm, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let popup = layout::entry_popup(area);
    Clear.render(popup, buf);
    let title = if form.editing.is_some() {
        Msg::EntryEdit
    } else {
        Msg::EntryNew
    };
    let block = overlay_block(app, title.get(lang), Msg::FormHint.get(lang));
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let [
        title_r,
        tags_r,
        items_r,
        action_r,
        date_r,
        _gap,
        text_label,
        text_r,
        error_r,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(if form.error.is_some() { 2 } else { 0 }),
    ])
    .areas(inner);
    let f = form.field;
    field(
        app,
        Msg::FieldTitle.get(lang),
        &form.title,
        f == Field::Title,
        title_r,
        buf,
    );
    field(
        app,
        Msg::FieldTags.get(lang),
        &form.tags,
        f == Field::Tags,
        tags_r,
        buf,
    );
    field(
        app,
        Msg::FieldItems.get(lang),
        &form.items,
        f == Field::Items,
        items_r,
        buf,
    );
    // The action's status is chosen, not typed.
    let [name, value] =
        Layout::horizontal([Constraint::Length(14), Constraint::Fill(1)]).areas(action_r);
    let focused = f == Field::Action;
    field_label(app, Msg::Action.get(lang), focused, name, buf);
    let status = form
        .status()
        .map(|s| status_word(s, lang))
        .unwrap_or(Msg::NoAction.get(lang));
    let choice = if focused {
        format!("◂ {status} ▸   ({})", Msg::ChoiceHint.get(lang))
    } else {
        status.to_string()
    };
    Line::styled(choice, if focused { t.selected } else { t.text }).render(value, buf);
    field(
        app,
        Msg::FollowUp.get(lang),
        &form.follow_up,
        f == Field::FollowUp,
        date_r,
        buf,
    );
    field_label(
        app,
        Msg::FieldText.get(lang),
        f == Field::Text,
        text_label,
        buf,
    );
    Widget::render(&form.text, text_r.inner(Margin::new(2, 0)), buf);
    if let Some(e) = &form.error {
        Paragraph::new(Line::styled(format!("! {e}"), t.error))
            .wrap(Wrap { trim: true })
            .render(error_r, buf);
    }
}

pub fn render_filter(app: &App, form: &FilterForm, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let popup = layout::filter_popup(area);
    Clear.render(popup, buf);
    let block = overlay_block(app, Msg::FilterTitle.get(lang), Msg::FilterHint.get(lang));
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let rows: [Rect; 6] = Layout::vertical([Constraint::Length(1); 6]).areas(inner);
    let f = form.field;
    field(
        app,
        Msg::FieldTag.get(lang),
        &form.tag,
        f == FilterField::Tag,
        rows[0],
        buf,
    );
    field(
        app,
        Msg::FieldItem.get(lang),
        &form.item,
        f == FilterField::Item,
        rows[1],
        buf,
    );
    field(
        app,
        Msg::From.get(lang),
        &form.from,
        f == FilterField::From,
        rows[2],
        buf,
    );
    field(
        app,
        Msg::Until.get(lang),
        &form.to,
        f == FilterField::To,
        rows[3],
        buf,
    );
    if let Some(e) = &form.error {
        Line::styled(format!("! {e}"), t.error).render(rows[5], buf);
    }
}

pub fn render_confirm(app: &App, q: Question, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let (question, subject) = match q {
        Question::DeleteEntry(id) => (
            Msg::ConfirmDelete.get(lang),
            app.log()
                .and_then(|l| l.find(id).map(|i| l.entries[i].heading().to_string()))
                .unwrap_or_default(),
        ),
        Question::DeleteSnapshot(taken) => (
            Msg::ConfirmDeleteSnapshot.get(lang),
            super::measures::subject(app, taken),
        ),
    };
    let popup = layout::confirm_popup(area);
    Clear.render(popup, buf);
    let block = overlay_block(app, question, "");
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    Paragraph::new(vec![
        Line::styled(subject, t.title),
        Line::raw(""),
        Line::from(vec![
            Span::styled(label_for(Ctx::Confirm, Cmd::Yes, lang) + " ", t.key),
            Span::raw(format!("{}   ", Msg::CmdYes.get(lang))),
            Span::styled(label_for(Ctx::Confirm, Cmd::No, lang) + " ", t.key),
            Span::raw(Msg::CmdNo.get(lang)),
        ]),
    ])
    .wrap(Wrap { trim: true })
    .render(inner, buf);
}
