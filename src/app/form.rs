//! The forms of the log: writing an entry, and choosing a filter.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use ratatui::crossterm::event::KeyEvent;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::LogFilter;
use super::editor::{multiline, replace_text};
use crate::content::Content;
use crate::data::log::{bare_tag, day_of, item_id, parse_date, parse_items, parse_tags};
use crate::data::{ActionState, Entry, Status};
use crate::i18n::{self, Lang, Msg};
use crate::search::Query;
use crate::view::scroll::{ListCursor, Move};

/// The fields of an entry, in the order Tab visits them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Date,
    Tags,
    Items,
    Action,
    FollowUp,
    Text,
}

pub const ORDER: [Field; 7] = [
    Field::Title,
    Field::Date,
    Field::Tags,
    Field::Items,
    Field::Action,
    Field::FollowUp,
    Field::Text,
];

/// How many parts found the picker shows at once.
pub const PICKER_ROWS: usize = 5;

/// A text field of one line, the cursor at its end.
pub(super) fn line(text: &str, placeholder: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.set_placeholder_text(placeholder);
    area.set_cursor_line_style(Style::default());
    area.move_cursor(CursorMove::End);
    area
}

/// A text field of one line that wraps its words where it is too long to show (a title made of
/// an intervention's words).
fn wrapping_line(text: &str, placeholder: &str) -> TextArea<'static> {
    let mut area = line(text, placeholder);
    area.set_wrap_mode(WrapMode::Word);
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

/// The items of the material whose title (in `lang`, with its label), group, section or id
/// holds every word of `query`, without regard to case or accents (as the search reads it), in
/// reading order; an item whose id is the query comes first.
pub fn match_parts(content: &Content, query: &str, lang: Lang) -> Vec<String> {
    let mut q = Query::new(query);
    if q.is_empty() {
        return Vec::new();
    }
    let exact = item_id(query);
    let mut out = Vec::new();
    for (r, item) in content.all_items() {
        let section = &content.sections[r.section];
        let group = section.groups[r.group]
            .title
            .as_ref()
            .map(|t| t.get(lang))
            .unwrap_or("");
        let title = item.labelled_title(lang);
        if *item.id == *exact {
            out.insert(0, item.id.to_string());
        } else if q.matches(&[&title, group, section.tab.get(lang), &item.id]) {
            out.push(item.id.to_string());
        }
    }
    out
}

/// What a user wrote for a part of the material, as item ids: ids (several, separated by commas
/// or spaces), or else words of one title, as [`match_parts`] finds them. Words that fit no
/// title, or more than one, are refused with a message that says so (and names the ids of the
/// titles that fit).
pub fn resolve_parts(content: &Content, text: &str, lang: Lang) -> Result<Vec<String>, String> {
    let ids = parse_items(text);
    if ids.iter().all(|id| content.item_by_id(id).is_some()) {
        return Ok(ids);
    }
    let found = match_parts(content, text, lang);
    match found.as_slice() {
        [one] => Ok(vec![one.clone()]),
        [] => Err(Msg::UnknownItem.get(lang).replace("{id}", text.trim())),
        many => {
            let mut msg = Msg::PartAmbiguous.get(lang).replace("{text}", text.trim());
            for id in many.iter().take(8) {
                let title = part_title(content, id, lang);
                msg.push_str(&format!("\n  {id}  {title}"));
            }
            if many.len() > 8 {
                msg.push_str("\n  …");
            }
            Err(msg)
        }
    }
}

/// A part of the material as the form names it: "Sleutel 4 · Ontwikkel eigenaarschap".
pub fn part_title(content: &Content, id: &str, lang: Lang) -> String {
    content
        .item_by_id(id)
        .map(|(r, _)| content.named_title(r, lang))
        .unwrap_or_else(|| id.to_string())
}

/// The section a part belongs to, by its tab's name ("Sleutels"), to tell parts apart.
pub fn part_section<'a>(content: &'a Content, id: &str, lang: Lang) -> Option<&'a str> {
    content
        .item_by_id(id)
        .map(|(r, _)| content.sections[r.section].tab.get(lang))
}

/// An entry as the form holds it, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub text: String,
    pub tags: Vec<String>,
    pub items: Vec<String>,
    pub action: Option<ActionState>,
    /// The day it is written on; `None` when the date field could not be read (leniently).
    pub day: Option<Date>,
}

impl Draft {
    /// Neither a title nor text: nothing to keep.
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty() && self.text.trim().is_empty()
    }

    /// Whether `e` says all this draft says (its day read in `zone`).
    pub fn same_as(&self, e: &Entry, zone: &TimeZone) -> bool {
        self.title == e.title
            && self.text == e.text
            && self.tags == e.tags
            && self.items == e.items
            && self.action == e.action
            && self.day.is_none_or(|d| d == day_of(e.created, zone))
    }
}

/// A problem in a field of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub text: String,
}

/// Writing or changing a log entry.
#[derive(Debug)]
pub struct EntryForm {
    content: &'static Content,
    lang: Lang,
    /// The entry as it was when the form opened, when it changes one.
    original: Option<Entry>,
    /// The entry in the log this form writes to: the one being changed, or a new one once a
    /// pause in typing stored it.
    stored: Option<u64>,
    pub field: Field,
    pub title: TextArea<'static>,
    pub date: TextArea<'static>,
    pub tags: TextArea<'static>,
    /// The parts chosen, by id.
    parts: Vec<String>,
    /// What is typed to find a part.
    pub query: TextArea<'static>,
    /// The parts the query finds (not those already chosen), and the one the arrows are on.
    found: Vec<String>,
    found_at: ListCursor,
    /// The chosen part the arrows are on while nothing is typed (Backspace removes it).
    chip: Option<usize>,
    pub action: Option<Status>,
    pub follow_up: TextArea<'static>,
    pub text: TextArea<'static>,
    /// What is wrong, all of it, shown until the next save attempt.
    pub problems: Vec<Problem>,
    /// The question whether to throw the entry away is being asked.
    discarding: bool,
}

impl EntryForm {
    /// A form for `entry` (or a new one, linked to `items`), dated `day`.
    pub fn new(
        content: &'static Content,
        lang: Lang,
        entry: Option<&Entry>,
        items: &[String],
        day: Date,
    ) -> EntryForm {
        let text = entry.map(|e| e.text.as_str()).unwrap_or("");
        let action = entry.and_then(|e| e.action);
        let mut parts: Vec<String> = Vec::new();
        for id in items {
            if !parts.contains(id) {
                parts.push(id.clone());
            }
        }
        let mut form = EntryForm {
            content,
            lang,
            original: entry.cloned(),
            stored: entry.map(|e| e.id),
            field: Field::Title,
            title: wrapping_line(
                entry.map(|e| e.title.as_str()).unwrap_or(""),
                Msg::TitlePlaceholder.get(lang),
            ),
            date: line(&i18n::day(day, lang), Msg::DatePlaceholder.get(lang)),
            tags: line(
                &entry.map(|e| e.tags.join(", ")).unwrap_or_default(),
                Msg::TagsPlaceholder.get(lang),
            ),
            parts,
            query: line("", Msg::ItemsPlaceholder.get(lang)),
            found: Vec::new(),
            found_at: ListCursor::default(),
            chip: None,
            action: action.map(|a| a.status),
            follow_up: line(
                &action
                    .and_then(|a| a.follow_up)
                    .map(|d| i18n::day(d, lang))
                    .unwrap_or_default(),
                Msg::DatePlaceholder.get(lang),
            ),
            text: multiline(text, Msg::TextPlaceholder.get(lang)),
            problems: Vec::new(),
            discarding: false,
        };
        form.focus(Field::Title);
        form
    }

    /// A new action (planned) called `title`, linked to `items`: an intervention the user
    /// will carry out.
    pub fn new_action(
        content: &'static Content,
        lang: Lang,
        title: &str,
        items: &[String],
        day: Date,
    ) -> EntryForm {
        let mut form = EntryForm::new(content, lang, None, items, day);
        form.title = wrapping_line(title, Msg::TitlePlaceholder.get(lang));
        form.text = multiline("", Msg::ActionTextPlaceholder.get(lang));
        form.action = Some(Status::Planned);
        form.focus(Field::Title);
        form
    }

    /// Whether it writes a new entry (stored by a pause in typing or not).
    pub fn is_new(&self) -> bool {
        self.original.is_none()
    }

    /// The entry in the log this form writes to, if there is one yet.
    pub fn stored(&self) -> Option<u64> {
        self.stored
    }

    /// The entry as it was when the form opened.
    pub fn original(&self) -> Option<&Entry> {
        self.original.as_ref()
    }

    /// A pause in typing stored the new entry as `id`.
    pub(super) fn set_stored(&mut self, id: u64) {
        self.stored = Some(id);
    }

    /// Whether the question to throw it away is being asked.
    pub fn discarding(&self) -> bool {
        self.discarding
    }

    pub(super) fn set_discarding(&mut self, asked: bool) {
        self.discarding = asked;
    }

    /// The parts chosen, by id.
    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// The parts the query finds.
    pub fn found(&self) -> &[String] {
        &self.found
    }

    /// The part found that Enter would choose, and the first one shown.
    pub fn found_at(&self) -> ListCursor {
        self.found_at
    }

    /// The chosen part the arrows are on.
    pub fn chip(&self) -> Option<usize> {
        self.chip
    }

    /// Whether Backspace in the parts field would remove a chosen part.
    pub fn can_remove_part(&self) -> bool {
        self.query.is_empty() && !self.parts.is_empty()
    }

    /// Whether a problem concerns `field`.
    pub fn has_problem(&self, field: Field) -> bool {
        self.problems.iter().any(|p| p.field == field)
    }

    /// Moves the focus (and the cursor) to `field`.
    pub fn focus(&mut self, field: Field) {
        self.field = field;
        for f in ORDER {
            if let Some(area) = self.area_mut(f) {
                show_cursor(area, f == field);
            }
        }
        if field != Field::Items {
            self.chip = None;
        }
    }

    pub fn area_mut(&mut self, field: Field) -> Option<&mut TextArea<'static>> {
        match field {
            Field::Title => Some(&mut self.title),
            Field::Date => Some(&mut self.date),
            Field::Tags => Some(&mut self.tags),
            Field::Items => Some(&mut self.query),
            Field::FollowUp => Some(&mut self.follow_up),
            Field::Text => Some(&mut self.text),
            Field::Action => None,
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        if let Some(area) = self.area_mut(self.field) {
            area.input(key);
        }
        if self.field == Field::Items {
            self.query_changed();
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
        if field == Field::Items {
            self.query_changed();
        }
    }

    /// The search for a part changed: what it finds, the first one under the arrows.
    fn query_changed(&mut self) {
        let query = first_line(&self.query);
        self.found = match_parts(self.content, &query, self.lang)
            .into_iter()
            .filter(|id| !self.parts.contains(id))
            .collect();
        self.found_at = ListCursor::default();
        self.chip = None;
    }

    /// ↑ or ↓ in the parts field: through what the search found, or, with nothing typed,
    /// through the parts chosen.
    pub fn move_in_parts(&mut self, down: bool) {
        if !self.query.is_empty() {
            let m = if down { Move::Down } else { Move::Up };
            self.found_at.moved(m, self.found.len(), PICKER_ROWS);
            return;
        }
        let n = self.parts.len();
        if n == 0 {
            return;
        }
        self.chip = Some(match (self.chip, down) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1).min(n - 1),
            (Some(c), false) => c.saturating_sub(1),
        });
    }

    /// Enter in the parts field: the part found under the arrows is chosen (ids typed are
    /// taken as they are). Returns false when nothing is typed: then Enter moves on.
    pub fn pick_part(&mut self) -> bool {
        let query = first_line(&self.query);
        if query.is_empty() {
            return false;
        }
        let chosen = match self.found.get(self.found_at.selected()) {
            Some(id) => vec![id.clone()],
            None => parse_items(&query)
                .into_iter()
                .filter(|id| self.content.item_by_id(id).is_some())
                .collect(),
        };
        if chosen.is_empty() {
            return true;
        }
        for id in chosen {
            if !self.parts.contains(&id) {
                self.parts.push(id);
            }
        }
        replace_line(&mut self.query, "");
        self.query_changed();
        true
    }

    /// Backspace in the parts field: a letter of the search, or with nothing typed the chosen
    /// part under the arrows (else the last one).
    pub fn remove_part(&mut self, key: KeyEvent) {
        if !self.query.is_empty() {
            self.input(key);
            return;
        }
        let Some(last) = self.parts.len().checked_sub(1) else {
            return;
        };
        let at = self.chip.unwrap_or(last).min(last);
        self.parts.remove(at);
        self.chip = match self.chip {
            Some(_) if self.parts.is_empty() => None,
            Some(c) => Some(c.min(self.parts.len() - 1)),
            None => None,
        };
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
            replace_line(&mut self.follow_up, "");
        }
    }

    /// Replaces the text (after the user's own editor).
    pub fn set_text(&mut self, text: &str) {
        replace_text(&mut self.text, text);
        self.focus(Field::Text);
    }

    /// The entry as written, or everything that is wrong with it: a date that is not one, a
    /// part searched for but not chosen.
    pub fn read(&self) -> Result<Draft, Vec<Problem>> {
        let lang = self.lang;
        let mut problems = Vec::new();
        let mut date = |field: Field, area: &TextArea| -> Option<Date> {
            let text = first_line(area);
            if text.is_empty() {
                return None;
            }
            let d = parse_date(&text);
            if d.is_none() {
                problems.push(Problem {
                    field,
                    text: Msg::BadDate.get(lang).replace("{date}", &text),
                });
            }
            d
        };
        let day = date(Field::Date, &self.date);
        let follow_up = date(Field::FollowUp, &self.follow_up);
        let mut items = self.parts.clone();
        let query = first_line(&self.query);
        if !query.is_empty() {
            match resolve_parts(self.content, &query, lang) {
                Ok(ids) => items.extend(ids.into_iter().filter(|id| !self.parts.contains(id))),
                Err(_) => problems.push(Problem {
                    field: Field::Items,
                    text: Msg::PartNotChosen.get(lang).replace("{text}", &query),
                }),
            }
        }
        if problems.is_empty() {
            Ok(self.draft(items, day, follow_up))
        } else {
            Err(problems)
        }
    }

    /// As [`read`](Self::read), but leaving out what cannot be read: for saving while quitting
    /// or pausing.
    pub fn read_leniently(&self) -> Draft {
        let mut items = self.parts.clone();
        if let Ok(ids) = resolve_parts(self.content, &first_line(&self.query), self.lang) {
            items.extend(ids.into_iter().filter(|id| !self.parts.contains(id)));
        }
        let day = parse_date(&first_line(&self.date));
        let follow_up = parse_date(&first_line(&self.follow_up));
        self.draft(items, day, follow_up)
    }

    fn draft(&self, items: Vec<String>, day: Option<Date>, follow_up: Option<Date>) -> Draft {
        // A follow-up date makes the entry an action.
        let status = self.action.or(follow_up.map(|_| Status::Planned));
        Draft {
            title: first_line(&self.title),
            text: self.text.lines().join("\n").trim_end().to_string(),
            tags: parse_tags(&first_line(&self.tags)),
            items,
            action: status.map(|status| ActionState { status, follow_up }),
            day,
        }
    }
}

/// A one-line field's text replaced; its placeholder and cursor stay.
fn replace_line(area: &mut TextArea<'static>, text: &str) {
    let placeholder = area.placeholder_text().to_string();
    let cursor = area.cursor_style();
    *area = line(text, &placeholder);
    area.set_cursor_style(cursor);
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
        let date = |d: Option<Date>| d.map(|d| i18n::day(d, lang)).unwrap_or_default();
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
        // One part, by its id or the words of its title.
        let item = match text(&self.item) {
            None => None,
            Some(t) => match resolve_parts(content, &t, lang)?.as_slice() {
                [one] => Some(one.clone()),
                _ => return Err(Msg::UnknownItem.get(lang).replace("{id}", &t)),
            },
        };
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
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn typed(area: &mut TextArea, text: &str) {
        area.insert_str(text);
    }

    fn day() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    fn form(items: &[&str]) -> EntryForm {
        let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        EntryForm::new(content::embedded(), Lang::Nl, None, &items, day())
    }

    /// Typing into the focused field, key by key, as the app hands keys on.
    fn keys(f: &mut EntryForm, text: &str) {
        for c in text.chars() {
            f.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    fn backspace() -> KeyEvent {
        KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
    }

    #[test]
    fn a_form_reads_into_an_entry() {
        let mut f = form(&["sleutel-4"]);
        typed(&mut f.title, "Feedback na lesbezoek");
        typed(&mut f.tags, "#feedback, team");
        typed(&mut f.query, "factor-teamvertrouwen");
        typed(&mut f.follow_up, "1-12-2026");
        typed(&mut f.text, "Wat ging goed?\nWat nu?\n\n");
        let d = f.read().unwrap();
        assert_eq!(d.title, "Feedback na lesbezoek");
        assert_eq!(d.tags, ["feedback", "team"]);
        assert_eq!(
            d.items,
            ["sleutel-4", "factor-teamvertrouwen"],
            "an id typed is taken"
        );
        assert_eq!(d.text, "Wat ging goed?\nWat nu?");
        assert_eq!(d.day, Some(day()), "today, unless changed");
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
    fn every_problem_is_named_at_once() {
        let mut f = form(&[]);
        typed(&mut f.query, "sleutel-99");
        f.date = line("", "");
        typed(&mut f.date, "gisteren");
        typed(&mut f.follow_up, "volgende week");
        let problems = f.read().unwrap_err();
        let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, [Field::Date, Field::FollowUp, Field::Items]);
        assert!(problems[0].text.contains("gisteren"), "{problems:?}");
        assert!(problems[1].text.contains("volgende week"), "{problems:?}");
        assert!(problems[2].text.contains("sleutel-99"), "{problems:?}");
        // Quitting still keeps what can be kept.
        typed(&mut f.title, "toch bewaren");
        let d = f.read_leniently();
        assert_eq!((d.title.as_str(), d.day), ("toch bewaren", None));
        assert!(d.items.is_empty());
    }

    #[test]
    fn a_date_reads_both_ways_and_shows_the_interface_way() {
        let mut f = form(&[]);
        assert_eq!(f.date.lines(), ["23-11-2026"]);
        for written in ["2026-11-02", "2-11-2026", "02/11/2026"] {
            f.date = line(written, "");
            assert_eq!(
                f.read().unwrap().day,
                Date::new(2026, 11, 2).ok(),
                "{written}"
            );
        }
        let en = EntryForm::new(content::embedded(), Lang::En, None, &[], day());
        assert_eq!(en.date.lines(), ["2026-11-23"]);
    }

    #[test]
    fn parts_are_found_by_their_titles_without_accents() {
        let c = content::embedded();
        // "oriëntatie" is in the title of the first key.
        let found = match_parts(c, "orientatie", Lang::Nl);
        assert_eq!(
            found.first().map(String::as_str),
            Some("sleutel-1"),
            "{found:?}"
        );
        // In the interface language.
        assert!(match_parts(c, "external orientation", Lang::En).contains(&"sleutel-1".into()));
        assert!(match_parts(c, "external orientation", Lang::Nl).is_empty());
        // An id is found, and first.
        assert_eq!(match_parts(c, "stap-2", Lang::Nl)[0], "stap-2");
        assert!(match_parts(c, "  ", Lang::Nl).is_empty());
    }

    #[test]
    fn the_picker_chooses_several_parts_and_removes_them() {
        let mut f = form(&["sleutel-1"]);
        f.focus(Field::Items);
        keys(&mut f, "reflectie");
        assert!(f.found().len() >= 2, "{:?}", f.found());
        let first = f.found()[0].clone();
        f.move_in_parts(true);
        let second = f.found()[1].clone();
        assert!(f.pick_part());
        assert_eq!(f.parts(), ["sleutel-1".to_string(), second.clone()]);
        assert!(f.query.is_empty(), "the search is cleared");
        keys(&mut f, "reflectie");
        assert!(
            !f.found().contains(&second),
            "a chosen part is not offered again"
        );
        assert!(f.pick_part());
        assert_eq!(f.parts().len(), 3);
        assert_eq!(f.parts()[2], first);
        // Enter with nothing typed moves on.
        assert!(!f.pick_part());
        // Backspace takes the part under the arrows, else the last one.
        f.move_in_parts(false);
        f.move_in_parts(false);
        assert_eq!(f.chip(), Some(1));
        f.remove_part(backspace());
        assert_eq!(f.parts(), ["sleutel-1".to_string(), first.clone()]);
        assert_eq!(f.chip(), Some(1), "on the next one");
        f.remove_part(backspace());
        f.remove_part(backspace());
        assert!(f.parts().is_empty());
        f.remove_part(backspace());
        // While typing, Backspace is a letter.
        keys(&mut f, "ab");
        f.remove_part(backspace());
        assert_eq!(f.query.lines(), ["a"]);
    }

    #[test]
    fn ids_typed_in_the_picker_are_taken() {
        let mut f = form(&[]);
        f.focus(Field::Items);
        keys(&mut f, "sleutel-4, factor-verbinding");
        assert!(f.pick_part());
        assert_eq!(f.parts(), ["sleutel-4", "factor-verbinding"]);
    }

    #[test]
    fn words_that_fit_one_title_or_none_or_many() {
        let c = content::embedded();
        assert_eq!(
            resolve_parts(c, "Sleutel-2, stap-1", Lang::Nl).unwrap(),
            ["sleutel-2", "stap-1"]
        );
        assert_eq!(
            resolve_parts(c, "externe orientatie", Lang::Nl).unwrap(),
            ["sleutel-1"]
        );
        let none = resolve_parts(c, "bestaat niet", Lang::Nl).unwrap_err();
        assert!(none.contains("bestaat niet"), "{none}");
        let many = resolve_parts(c, "sleutel", Lang::Nl).unwrap_err();
        assert!(
            many.contains("sleutel-1") && many.contains("sleutel-2"),
            "{many}"
        );
    }

    #[test]
    fn the_action_field_cycles_through_all_states() {
        let mut f = form(&[]);
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
        let mut f = form(&[]);
        assert!(shown(&f.title) && !shown(&f.date) && !shown(&f.text));
        f.move_field(1);
        assert!(!shown(&f.title) && shown(&f.date));
        f.move_field(-2);
        assert_eq!(f.field, Field::Text, "round the start to the end");
        assert!(shown(&f.text) && !shown(&f.date));
        let mut g = FilterForm::new(&LogFilter::default(), Lang::Nl);
        g.move_field(1);
        assert!(shown(&g.item) && !shown(&g.tag));
    }

    #[test]
    fn what_the_action_field_shows_is_what_is_saved() {
        let mut f = form(&[]);
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
        assert_eq!(f.read().unwrap().action, None);
    }

    #[test]
    fn text_from_the_own_editor_keeps_the_placeholder() {
        let mut f = form(&[]);
        f.set_text("uit vi\n");
        assert_eq!(f.text.lines(), ["uit vi"]);
        assert_eq!(
            f.text.placeholder_text(),
            Msg::TextPlaceholder.get(Lang::Nl)
        );
    }

    #[test]
    fn tab_visits_every_field_and_wraps() {
        let mut f = form(&[]);
        let mut seen = vec![];
        for _ in 0..ORDER.len() {
            seen.push(f.field);
            f.move_field(1);
        }
        assert_eq!(seen, ORDER);
        assert_eq!(f.field, Field::Title);
        f.move_field(-1);
        assert_eq!(f.field, Field::Text);
    }

    #[test]
    fn the_filter_takes_a_part_by_its_title_and_shows_dates_the_interface_way() {
        let c = content::embedded();
        let filter = LogFilter {
            from: Date::new(2026, 9, 1).ok(),
            ..Default::default()
        };
        let mut g = FilterForm::new(&filter, Lang::Nl);
        assert_eq!(g.from.lines(), ["01-09-2026"]);
        typed(&mut g.item, "externe orientatie");
        let read = g.read(c, false, Lang::Nl).unwrap();
        assert_eq!(read.item.as_deref(), Some("sleutel-1"));
        assert_eq!(read.from, Date::new(2026, 9, 1).ok());
    }
}
