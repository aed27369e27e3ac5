//! The log's overlays: the entry form, the filter form and the yes/no question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthStr;

use super::overlay_block;
use crate::app::form::{FilterField, ORDER, PICKER_ROWS, part_section, part_title};
use crate::app::{App, EntryForm, Field, FilterForm, Question};
use crate::data::log::status_word;
use crate::i18n::Msg;

use crate::view::text::truncate;
use crate::view::{self, Role, layout};

/// A text field: its text, or while it is empty its placeholder, wrapped, starting in the
/// field's own column like typed text does (the cursor on its first letter while it has the
/// focus).
pub(super) fn text_field(app: &App, area: &TextArea<'static>, at: Rect, buf: &mut Buffer) {
    let placeholder = area.placeholder_text();
    if !area.is_empty() || placeholder.is_empty() {
        Widget::render(area, at, buf);
        return;
    }
    Paragraph::new(placeholder)
        .style(app.theme().dim)
        .wrap(Wrap { trim: true })
        .render(at, buf);
    let cursor = area.cursor_style();
    if cursor != Style::default() && !at.is_empty() {
        buf[(at.x, at.y)].set_style(cursor);
    }
}

/// The width of the label column for `labels`: the widest, its mark and a space after.
fn label_width(labels: &[&str]) -> u16 {
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    u16::try_from(widest + 4).unwrap_or(u16::MAX)
}

/// A row split into its label and its value, in the columns of the form.
fn columns(at: Rect, label: u16) -> [Rect; 2] {
    Layout::horizontal([Constraint::Length(label), Constraint::Fill(1)]).areas(at)
}

/// A one-line field: label, then the text; the cursor shows only in the focused one.
#[allow(clippy::too_many_arguments)]
fn field(
    app: &App,
    label: &str,
    area: &TextArea<'static>,
    focused: bool,
    problem: bool,
    width: u16,
    at: Rect,
    buf: &mut Buffer,
) {
    let [name, value] = columns(at, width);
    field_label(app, label, focused, problem, name, buf);
    // The form shows the cursor in the focused field only (`EntryForm::focus`).
    text_field(app, area, value, buf);
}

/// A field's name, marked and brighter while it has the focus, marked "!" while something in
/// it is wrong.
fn field_label(app: &App, label: &str, focused: bool, problem: bool, at: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let (mark, style) = match (focused, problem) {
        (true, false) => ("▸ ", t.key),
        (true, true) => ("▸ ", t.error),
        (false, true) => ("! ", t.error),
        (false, false) => ("  ", t.dim),
    };
    Line::styled(format!("{mark}{label}"), style).render(at, buf);
}

/// The widest a row of the picker gets.
const PART_ROW_WIDTH: usize = 72;

/// A part of the material as a row of the picker: its title, and dimmed the section it is in.
fn part_row(app: &App, id: &str, mark: &str, chosen: bool, width: usize) -> Line<'static> {
    let t = app.theme();
    let lang = app.lang();
    let title = part_title(app.content(), id, lang);
    let section = part_section(app.content(), id, lang).unwrap_or("");
    let room = width.saturating_sub(mark.width() + section.width() + 2);
    let title = truncate(&title, room);
    let pad = width.saturating_sub(mark.width() + title.width() + section.width());
    let (style, dim) = if chosen {
        (t.selected, t.selected)
    } else {
        (t.text, t.dim)
    };
    Line::from(vec![
        Span::styled(mark.to_string(), if chosen { t.selected } else { t.accent }),
        Span::styled(title, style),
        Span::styled(" ".repeat(pad), style),
        Span::styled(section.to_string(), dim),
    ])
}

/// The rows the parts field takes: the chosen parts, the search line, and while searching
/// what it finds.
fn parts_rows(form: &EntryForm) -> Vec<PartsRow> {
    let focused = form.field == Field::Items;
    let mut rows: Vec<PartsRow> = (0..form.parts().len()).map(PartsRow::Chosen).collect();
    if focused || form.parts().is_empty() || !form.query.is_empty() {
        rows.push(PartsRow::Search);
    }
    if focused && !form.query.is_empty() {
        let found = form.found();
        if found.is_empty() {
            rows.push(PartsRow::Nothing);
        }
        let at = form.found_at();
        rows.extend(
            (at.offset()..found.len())
                .take(PICKER_ROWS)
                .map(PartsRow::Found),
        );
    }
    rows
}

#[derive(Clone, Copy)]
enum PartsRow {
    Chosen(usize),
    Search,
    Nothing,
    Found(usize),
}

pub fn render_entry(app: &App, form: &EntryForm, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let popup = layout::entry_popup(area);
    Clear.render(popup, buf);
    let title = if form.is_new() {
        Msg::EntryNew
    } else {
        Msg::EntryEdit
    };
    let block = overlay_block(app, title.get(lang), Msg::FormHint.get(lang));
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let labels = [
        Msg::FieldTitle,
        Msg::FieldDate,
        Msg::FieldTags,
        Msg::FieldItems,
        Msg::Action,
        Msg::FollowUp,
        Msg::FieldText,
    ]
    .map(|m| m.get(lang));
    let width = label_width(&labels);
    let value_width = usize::from(inner.width.saturating_sub(width));
    // Parts keep their section within sight on a wide screen.
    let row_width = value_width.min(PART_ROW_WIDTH);
    let problems: Vec<view::Line> = form
        .problems
        .iter()
        .flat_map(|p| {
            view::text::wrap(
                &[(p.text.as_str(), Role::Error)],
                usize::from(inner.width),
                view::Span::new("! ", Role::Error),
                view::Span::new("  ", Role::Error),
            )
        })
        .collect();
    let parts = parts_rows(form);
    // A long title (an intervention's words) shows whole, on up to three lines.
    let title_rows = view::text::plain(&form.title.lines().join(" "), Role::Text, value_width)
        .len()
        .clamp(1, 3);
    let [
        title_r,
        date_r,
        tags_r,
        items_r,
        action_r,
        follow_r,
        _gap,
        text_r,
        problems_r,
    ] = Layout::vertical([
        Constraint::Length(u16::try_from(title_rows).unwrap_or(1)),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(u16::try_from(parts.len()).unwrap_or(1)),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(u16::try_from(problems.len()).unwrap_or(0)),
    ])
    .areas(inner);
    let f = form.field;
    let one_line = [
        (Field::Title, &form.title, title_r),
        (Field::Date, &form.date, date_r),
        (Field::Tags, &form.tags, tags_r),
        (Field::FollowUp, &form.follow_up, follow_r),
    ];
    for (field_of, text, at) in one_line {
        let label = labels[ORDER.iter().position(|o| *o == field_of).unwrap_or(0)];
        field(
            app,
            label,
            text,
            f == field_of,
            form.has_problem(field_of),
            width,
            at,
            buf,
        );
    }
    // The parts: chosen ones, the search, what it finds.
    let [name, value] = columns(items_r, width);
    let focused = f == Field::Items;
    field_label(
        app,
        labels[3],
        focused,
        form.has_problem(Field::Items),
        Rect { height: 1, ..name },
        buf,
    );
    // On a small screen fewer parts found show than the picker holds: those up to the one
    // under the arrows.
    let first_found = parts
        .iter()
        .position(|r| matches!(r, PartsRow::Found(_)))
        .unwrap_or(parts.len());
    let room = usize::from(value.height).saturating_sub(first_found);
    let at = form.found_at();
    let shift = (at.selected() + 1).saturating_sub(at.offset() + room.max(1));
    for (i, row) in parts.iter().enumerate() {
        let row = match *row {
            PartsRow::Found(n) => PartsRow::Found(n + shift),
            other => other,
        };
        let Ok(dy) = u16::try_from(i) else { break };
        if dy >= value.height {
            break;
        }
        let at = Rect {
            y: value.y + dy,
            height: 1,
            ..value
        };
        match row {
            PartsRow::Chosen(n) => {
                let chosen = focused && form.chip() == Some(n);
                part_row(app, &form.parts()[n], "× ", chosen, row_width).render(at, buf);
            }
            PartsRow::Search => {
                text_field(app, &form.query, at, buf);
                // More found than shown: how many, where the search leaves room.
                let found = form.found().len();
                let count = Msg::PartsFound.get(lang).replace("{n}", &found.to_string());
                let typed = form.query.lines().join(" ").width();
                if focused && found > PICKER_ROWS && typed + count.width() + 3 < row_width {
                    let room = Rect {
                        width: u16::try_from(row_width).unwrap_or(at.width).min(at.width),
                        ..at
                    };
                    Line::styled(count, t.dim).right_aligned().render(room, buf);
                }
            }
            PartsRow::Nothing => {
                Line::styled(format!("  {}", Msg::PartsNone.get(lang)), t.dim).render(at, buf)
            }
            PartsRow::Found(n) => {
                let chosen = n == form.found_at().selected();
                let mark = if chosen { "▸ " } else { "  " };
                part_row(app, &form.found()[n], mark, chosen, row_width).render(at, buf);
            }
        }
    }
    // The action's status is chosen, not typed.
    let [name, value] = columns(action_r, width);
    let focused = f == Field::Action;
    field_label(app, Msg::Action.get(lang), focused, false, name, buf);
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
    let [name, value] = columns(text_r, width);
    field_label(
        app,
        labels[6],
        f == Field::Text,
        false,
        Rect { height: 1, ..name },
        buf,
    );
    text_field(app, &form.text, value, buf);
    Paragraph::new(super::paint::lines(&problems, t)).render(problems_r, buf);
    if form.discarding() {
        let question = if form.is_new() {
            Msg::ConfirmDiscardNew
        } else {
            Msg::ConfirmDiscardEdit
        };
        let draft = form.read_leniently();
        let subject = if draft.title.is_empty() {
            draft.text.lines().next().unwrap_or("").to_string()
        } else {
            draft.title
        };
        render_question(app, question.get(lang), &subject, area, buf);
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
    let fields = [
        (Msg::FieldTag, &form.tag, FilterField::Tag),
        (Msg::FieldItem, &form.item, FilterField::Item),
        (Msg::From, &form.from, FilterField::From),
        (Msg::Until, &form.to, FilterField::To),
    ];
    let width = label_width(&fields.map(|(m, _, _)| m.get(lang)));
    for (i, (label, text, field_of)) in fields.into_iter().enumerate() {
        field(
            app,
            label.get(lang),
            text,
            f == field_of,
            false,
            width,
            rows[i],
            buf,
        );
    }
    if let Some(e) = &form.error {
        Line::styled(format!("! {e}"), t.error).render(rows[5], buf);
    }
}

pub fn render_confirm(app: &App, q: Question, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let (question, subject) = match q {
        Question::DeleteEntry(id) => (
            Msg::ConfirmDelete.get(lang),
            app.log()
                .and_then(|l| l.find(id).and_then(|i| l.get(i)))
                .map(|e| e.heading().to_string())
                .unwrap_or_default(),
        ),
        Question::DeleteSnapshot(taken) => (
            Msg::ConfirmDeleteSnapshot.get(lang),
            super::measures::subject(app, taken),
        ),
    };
    render_question(app, question, &subject, area, buf);
}

/// A yes/no question about `subject`, naming its answers' keys; the answers on the box's last
/// line, where a click finds them (`view::question`).
fn render_question(app: &App, question: &str, subject: &str, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let popup = layout::confirm_popup(area);
    Clear.render(popup, buf);
    overlay_block(app, question, "").render(popup, buf);
    let inner = crate::view::question::inner(area);
    Paragraph::new(Line::styled(subject.to_string(), t.title))
        .wrap(Wrap { trim: true })
        .render(
            Rect {
                height: inner.height.saturating_sub(2),
                ..inner
            },
            buf,
        );
    for ((_, keys, word), (_, place)) in crate::view::question::answers(lang)
        .into_iter()
        .zip(crate::view::question::answer_places(area, lang))
    {
        Line::from(vec![
            Span::styled(keys + " ", t.key),
            Span::raw(word.to_string()),
        ])
        .render(place, buf);
    }
}
