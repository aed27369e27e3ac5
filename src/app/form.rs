//! The forms of the log: writing an entry, and choosing a filter.

use jiff::civil::Date;
use ratatui::crossterm::event::KeyEvent;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea};

use super::LogFilter;
use super::editor::{multiline, replace_text};
use crate::content::Content;
use crate::data::log::{bare_tag, item_id, parse_date, parse_items, parse_tags};
use crate::data::{ActionState, Entry, Status};
use crate::i18n::{Lang, Msg};

/// The fields of an entry, in the order Tab visits them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Tags,
    Items,
    Action,
    FollowUp,
    Text,
}

const ORDER: [Field; 6] = [
    Field::Title,
    Field::Tags,
    Field::Items,
    Field::Action,
    Field::FollowUp,
    Field::Text,
];

/// A text field of one line, the cursor at its end.
pub(super) fn line(text: &str, placeholder: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.set_placeholder_text(placeholder);
    area.set_cursor_line_style(Style::default());
    area.move_cursor(CursorMove::End);
    area
}

/// The field `delta` steps from `at` in `order`, round the end.
fn cycled<T: Copy + PartialEq>(order: &[T], at: T, delta: isize) -> T {
    let i = order.iter().position(|f| *f == at).unwrap_or(0) as isize;
    order[(i + delta).rem_euclid(order.len() as isize) as usize]
}

/// The cursor shows in the field that has the focus, and only there.
fn show_cursor(area: &mut TextArea, shown: bool) {
    area.set_cursor_style(if shown {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    });
}

fn first_line(area: &TextArea) -> String {
    area.lines().join(" ").trim().to_string()
}

/// An entry as the form holds it, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub text: String,
    pub tags: Vec<String>,
    pub items: Vec<String>,
    pub action: Option<ActionState>,
}

/// Writing or changing a log entry.
#[derive(Debug)]
pub struct EntryForm {
    /// The entry being changed, or `None` for a new one.
    pub editing: Option<u64>,
    pub field: Field,
    pub title: TextArea<'static>,
    pub tags: TextArea<'static>,
    pub items: TextArea<'static>,
    pub action: Option<Status>,
    pub follow_up: TextArea<'static>,
    pub text: TextArea<'static>,
    /// What is wrong, shown until the next save attempt.
    pub error: Option<String>,
}

impl EntryForm {
    pub fn new(entry: Option<&Entry>, items: &[String], lang: Lang) -> EntryForm {
        let text = entry.map(|e| e.text.as_str()).unwrap_or("");
        let action = entry.and_then(|e| e.action);
        let mut form = EntryForm {
            editing: entry.map(|e| e.id),
            field: Field::Title,
            title: line(
                entry.map(|e| e.title.as_str()).unwrap_or(""),
                Msg::TitlePlaceholder.get(lang),
            ),
            tags: line(
                &entry.map(|e| e.tags.join(", ")).unwrap_or_default(),
                Msg::TagsPlaceholder.get(lang),
            ),
            items: line(&items.join(", "), Msg::ItemsPlaceholder.get(lang)),
            action: action.map(|a| a.status),
            follow_up: line(
                &action
                    .and_then(|a| a.follow_up)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                Msg::DatePlaceholder.get(lang),
            ),
            text: multiline(text, Msg::TextPlaceholder.get(lang)),
            error: None,
        };
        form.focus(Field::Title);
        form
    }

    /// Moves the focus (and the cursor) to `field`.
    pub fn focus(&mut self, field: Field) {
        self.field = field;
        for f in ORDER {
            if let Some(area) = self.area_mut(f) {
                show_cursor(area, f == field);
            }
        }
    }

    pub fn area_mut(&mut self, field: Field) -> Option<&mut TextArea<'static>> {
        match field {
            Field::Title => Some(&mut self.title),
            Field::Tags => Some(&mut self.tags),
            Field::Items => Some(&mut self.items),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Text => Some(&mut self.text),
            Field::Action => None,
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        if let Some(area) = self.area_mut(self.field) {
            area.input(key);
        }
    }

    /// Pasted text: line breaks kept in the text, turned into spaces elsewhere.
    pub fn paste(&mut self, text: &str) {
        let field = self.field;
        if let Some(area) = self.area_mut(field) {
            if field == Field::Text {
                area.insert_str(text);
            } else {
                area.insert_str(text.replace('\n', " "));
            }
        }
    }

    pub fn move_field(&mut self, delta: isize) {
        self.focus(cycled(&ORDER, self.field, delta));
    }

    /// The action's status as it would be saved: a follow-up date makes the entry an action
    /// (planned) even before a status is chosen. The form shows this, not only the choice.
    pub fn status(&self) -> Option<Status> {
        self.action
            .or_else(|| parse_date(&first_line(&self.follow_up)).map(|_| Status::Planned))
    }

    /// No action → planned → doing → done → no action. No action has no follow-up date, so
    /// choosing it clears the date (which would make it an action again).
    pub fn cycle_status(&mut self) {
        self.action = match self.status() {
            None => Some(Status::Planned),
            Some(Status::Done) => None,
            Some(s) => Some(s.next()),
        };
        if self.action.is_none() {
            replace_text(&mut self.follow_up, "");
        }
    }

    /// Replaces the text (after the user's own editor).
    pub fn set_text(&mut self, text: &str) {
        replace_text(&mut self.text, text);
        self.focus(Field::Text);
    }

    /// The entry as written, or what is wrong with it (unknown parts, a date that is not one).
    pub fn read(&self, content: &Content, lang: Lang) -> Result<Draft, String> {
        let items = parse_items(&first_line(&self.items));
        if let Some(unknown) = items.iter().find(|id| content.item_by_id(id).is_none()) {
            return Err(Msg::UnknownItem.get(lang).replace("{id}", unknown));
        }
        let date_text = first_line(&self.follow_up);
        let follow_up = if date_text.is_empty() {
            None
        } else {
            Some(
                parse_date(&date_text)
                    .ok_or_else(|| Msg::BadDate.get(lang).replace("{date}", &date_text))?,
            )
        };
        Ok(self.draft(items, follow_up))
    }

    /// As [`read`](Self::read), but leaving out what cannot be read: for saving while quitting.
    pub fn read_leniently(&self, content: &Content) -> Draft {
        let items = parse_items(&first_line(&self.items))
            .into_iter()
            .filter(|id| content.item_by_id(id).is_some())
            .collect();
        let follow_up = parse_date(&first_line(&self.follow_up));
        self.draft(items, follow_up)
    }

    fn draft(&self, items: Vec<String>, follow_up: Option<Date>) -> Draft {
        // A follow-up date makes the entry an action.
        let status = self.action.or(follow_up.map(|_| Status::Planned));
        Draft {
            title: first_line(&self.title),
            text: self.text.lines().join("\n").trim_end().to_string(),
            tags: parse_tags(&first_line(&self.tags)),
            items,
            action: status.map(|status| ActionState { status, follow_up }),
        }
    }
}

/// The fields of the filter, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    Tag,
    Item,
    From,
    To,
}

const FILTER_ORDER: [FilterField; 4] = [
    FilterField::Tag,
    FilterField::Item,
    FilterField::From,
    FilterField::To,
];

/// Choosing which entries the log shows.
#[derive(Debug)]
pub struct FilterForm {
    pub field: FilterField,
    pub tag: TextArea<'static>,
    pub item: TextArea<'static>,
    pub from: TextArea<'static>,
    pub to: TextArea<'static>,
    pub error: Option<String>,
}

impl FilterForm {
    pub fn new(filter: &LogFilter, lang: Lang) -> FilterForm {
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let mut form = FilterForm {
            field: FilterField::Tag,
            tag: line(
                filter.tag.as_deref().unwrap_or(""),
                Msg::TagPlaceholder.get(lang),
            ),
            item: line(
                filter.item.as_deref().unwrap_or(""),
                Msg::ItemPlaceholder.get(lang),
            ),
            from: line(&date(filter.from), Msg::DatePlaceholder.get(lang)),
            to: line(&date(filter.to), Msg::DatePlaceholder.get(lang)),
            error: None,
        };
        form.focus(FilterField::Tag);
        form
    }

    /// Moves the focus (and the cursor) to `field`.
    pub fn focus(&mut self, field: FilterField) {
        self.field = field;
        for f in FILTER_ORDER {
            show_cursor(self.area_of(f), f == field);
        }
    }

    fn area_of(&mut self, field: FilterField) -> &mut TextArea<'static> {
        match field {
            FilterField::Tag => &mut self.tag,
            FilterField::Item => &mut self.item,
            FilterField::From => &mut self.from,
            FilterField::To => &mut self.to,
        }
    }

    pub fn area_mut(&mut self) -> &mut TextArea<'static> {
        self.area_of(self.field)
    }

    pub fn input(&mut self, key: KeyEvent) {
        self.area_mut().input(key);
    }

    pub fn paste(&mut self, text: &str) {
        self.area_mut().insert_str(text.replace('\n', " "));
    }

    pub fn move_field(&mut self, delta: isize) {
        self.focus(cycled(&FILTER_ORDER, self.field, delta));
    }

    pub fn read(
        &self,
        content: &Content,
        open_only: bool,
        lang: Lang,
    ) -> Result<LogFilter, String> {
        let text = |a: &TextArea| Some(first_line(a)).filter(|s| !s.is_empty());
        let tag = text(&self.tag).map(|t| bare_tag(&t).to_string());
        let item = text(&self.item).map(|i| item_id(&i));
        if let Some(id) = &item
            && content.item_by_id(id).is_none()
        {
            return Err(Msg::UnknownItem.get(lang).replace("{id}", id));
        }
        let date = |a: &TextArea| -> Result<Option<Date>, String> {
            match text(a) {
                None => Ok(None),
                Some(t) => parse_date(&t)
                    .map(Some)
                    .ok_or_else(|| Msg::BadDate.get(lang).replace("{date}", &t)),
            }
        };
        Ok(LogFilter {
            open_only,
            tag,
            item,
            from: date(&self.from)?,
            to: date(&self.to)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn typed(area: &mut TextArea, text: &str) {
        area.insert_str(text);
    }

    #[test]
    fn a_form_reads_into_an_entry() {
        let c = content::embedded();
        let mut f = EntryForm::new(None, &["sleutel-4".into()], Lang::Nl);
        typed(&mut f.title, "Feedback na lesbezoek");
        typed(&mut f.tags, "#feedback, team");
        typed(&mut f.items, ", factor-teamvertrouwen");
        typed(&mut f.follow_up, "1-12-2026");
        typed(&mut f.text, "Wat ging goed?\nWat nu?\n\n");
        let d = f.read(c, Lang::Nl).unwrap();
        assert_eq!(d.title, "Feedback na lesbezoek");
        assert_eq!(d.tags, ["feedback", "team"]);
        assert_eq!(d.items, ["sleutel-4", "factor-teamvertrouwen"]);
        assert_eq!(d.text, "Wat ging goed?\nWat nu?");
        // A follow-up date made it an action.
        assert_eq!(
            d.action,
            Some(ActionState {
                status: Status::Planned,
                follow_up: Date::new(2026, 12, 1).ok()
            })
        );
    }

    #[test]
    fn unknown_parts_and_bad_dates_are_named() {
        let c = content::embedded();
        let mut f = EntryForm::new(None, &["sleutel-99".into()], Lang::Nl);
        let e = f.read(c, Lang::Nl).unwrap_err();
        assert!(e.contains("sleutel-99"), "{e}");
        f.items = line("", "");
        typed(&mut f.follow_up, "volgende week");
        let e = f.read(c, Lang::Nl).unwrap_err();
        assert!(e.contains("volgende week"), "{e}");
        // Quitting still keeps what can be kept.
        typed(&mut f.title, "toch bewaren");
        assert_eq!(f.read_leniently(c).title, "toch bewaren");
    }

    #[test]
    fn the_action_field_cycles_through_all_states() {
        let mut f = EntryForm::new(None, &[], Lang::Nl);
        let mut seen = vec![f.action];
        for _ in 0..4 {
            f.cycle_status();
            seen.push(f.action);
        }
        use Status::*;
        assert_eq!(seen, [None, Some(Planned), Some(Doing), Some(Done), None]);
    }

    #[test]
    fn the_cursor_shows_in_the_focused_field_only() {
        let shown = |a: &TextArea| a.cursor_style() != Style::default();
        let mut f = EntryForm::new(None, &[], Lang::Nl);
        assert!(shown(&f.title) && !shown(&f.tags) && !shown(&f.text));
        f.move_field(1);
        assert!(!shown(&f.title) && shown(&f.tags));
        f.move_field(-2);
        assert_eq!(f.field, Field::Text, "round the start to the end");
        assert!(shown(&f.text) && !shown(&f.tags));
        let mut g = FilterForm::new(&LogFilter::default(), Lang::Nl);
        g.move_field(1);
        assert!(shown(&g.item) && !shown(&g.tag));
    }

    #[test]
    fn what_the_action_field_shows_is_what_is_saved() {
        let c = content::embedded();
        let mut f = EntryForm::new(None, &[], Lang::Nl);
        typed(&mut f.title, "Lesbezoek");
        typed(&mut f.follow_up, "1-12-2026");
        assert_eq!(
            f.status(),
            Some(Status::Planned),
            "a date makes it an action"
        );
        f.cycle_status();
        assert_eq!(f.status(), Some(Status::Doing), "on from what is shown");
        f.cycle_status();
        f.cycle_status();
        assert_eq!(f.status(), None, "no action, so no date either");
        assert_eq!(f.read(c, Lang::Nl).unwrap().action, None);
    }

    #[test]
    fn text_from_the_own_editor_keeps_the_placeholder() {
        let mut f = EntryForm::new(None, &[], Lang::Nl);
        f.set_text("uit vi\n");
        assert_eq!(f.text.lines(), ["uit vi"]);
        assert_eq!(
            f.text.placeholder_text(),
            Msg::TextPlaceholder.get(Lang::Nl)
        );
    }

    #[test]
    fn tab_visits_every_field_and_wraps() {
        let mut f = EntryForm::new(None, &[], Lang::Nl);
        let mut seen = vec![];
        for _ in 0..6 {
            seen.push(f.field);
            f.move_field(1);
        }
        assert_eq!(seen, ORDER);
        assert_eq!(f.field, Field::Title);
        f.move_field(-1);
        assert_eq!(f.field, Field::Text);
    }
}
