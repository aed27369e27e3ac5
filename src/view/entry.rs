//! A log entry's text, as the log tab shows it beside the list.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::item::{Anchor, AnchorKind, Doc};
use super::text::{plain, wrap};
use super::{Line, Role, Span};
use crate::content::Content;
use crate::data::Entry;
use crate::data::log::status_word;
use crate::i18n::{self, Lang, Msg};

/// The entry's lines at `width` columns: when, title, action, tags, parts, text.
pub fn lines(
    e: &Entry,
    content: &Content,
    lang: Lang,
    zone: &TimeZone,
    today: Date,
    width: usize,
) -> Vec<Line> {
    doc(e, content, lang, zone, today, width).lines
}

/// The entry's text with its links to the material as anchors, which the arrows choose and
/// `Enter` or `g` follows.
pub fn doc(
    e: &Entry,
    content: &Content,
    lang: Lang,
    zone: &TimeZone,
    today: Date,
    width: usize,
) -> Doc {
    let none = || Span::new("", Role::Text);
    let mut out = Vec::new();
    let mut anchors = Vec::new();
    let mut when = i18n::date_time(e.created, zone, lang);
    if let Some(u) = e.updated {
        when.push_str(&format!(
            " · {} {}",
            Msg::Edited.get(lang),
            i18n::date_time(u, zone, lang)
        ));
    }
    out.extend(plain(&when, Role::Dim, width));
    out.extend(plain(e.heading(), Role::Title, width));
    if let Some(a) = e.action {
        let mut line = vec![
            (Msg::Action.get(lang).to_string(), Role::Dim),
            (": ".into(), Role::Dim),
            (status_word(a.status, lang).to_string(), Role::Title),
        ];
        if let Some(d) = a.follow_up {
            line.push((
                format!(" · {} {}", Msg::FollowUpOn.get(lang), i18n::day(d, lang)),
                Role::Text,
            ));
            if e.is_overdue(today) {
                line.push((format!("  ! {}", Msg::Overdue1.get(lang)), Role::Error));
            }
        }
        let segments: Vec<(&str, Role)> = line.iter().map(|(s, r)| (s.as_str(), *r)).collect();
        out.extend(wrap(&segments, width, none(), Span::new("  ", Role::Text)));
    }
    if !e.tags.is_empty() {
        let tags = e
            .tags
            .iter()
            .map(|t| format!("#{t}"))
            .collect::<Vec<_>>()
            .join(" ");
        out.extend(plain(&tags, Role::Accent, width));
    }
    for id in &e.items {
        // As the form names it: "Sleutel 4 · Ontwikkel eigenaarschap bij anderen".
        let name = match content.item_by_id(id) {
            Some((r, _)) => content.named_title(r, lang),
            None => content.title_of(id, lang).unwrap_or_else(|| id.clone()),
        };
        let lines = wrap(
            &[(&name, Role::Accent)],
            width,
            Span::new("→ ", Role::Accent),
            Span::new("  ", Role::Text),
        );
        anchors.push(Anchor {
            kind: AnchorKind::Link,
            id: id.clone(),
            line: out.len(),
            height: lines.len(),
        });
        out.extend(lines);
    }
    out.push(Line::blank());
    out.extend(plain(&e.text, Role::Text, width));
    Doc {
        lines: out,
        anchors,
    }
}

/// An entry's row in the log's list at `width` columns: date, mark and title, the title on up
/// to two lines (the chosen row's in full, so that it can always be read).
pub fn row_lines(
    e: &Entry,
    lang: Lang,
    zone: &TimeZone,
    today: Date,
    width: usize,
    chosen: bool,
) -> Vec<Line> {
    let date = i18n::date(e.created, zone, lang);
    let mark = e.mark(today);
    let lead = format!("{date} {mark} ");
    let lead_width = unicode_width::UnicodeWidthStr::width(lead.as_str());
    let room = width.saturating_sub(lead_width).max(4);
    let mut title = wrap(&[(e.heading(), Role::Text)], room, none_span(), none_span());
    if !chosen && title.len() > super::list::ROW_LINES {
        let cut = title[1].text() + " " + &title[2].text();
        title.truncate(super::list::ROW_LINES);
        title[1] = Line::of(super::text::truncate(&cut, room), Role::Text);
    }
    let mark_role = if mark == "!" {
        Role::Error
    } else {
        Role::Accent
    };
    title
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let mut spans = if n == 0 {
                vec![
                    Span::new(date.clone(), Role::Dim),
                    Span::new(format!(" {mark} "), mark_role),
                ]
            } else {
                vec![Span::new(" ".repeat(lead_width), Role::Text)]
            };
            spans.extend(line.spans);
            Line::new(spans)
        })
        .collect()
}

fn none_span() -> Span {
    Span::new("", Role::Text)
}

/// Entry `i` of the log as the list and the text show it: read whole, or, when its line can
/// no longer be read from the log file, a stand-in that says so (never saved: changing an
/// entry reads it again).
pub fn shown(log: &crate::data::Log, i: usize, lang: Lang) -> std::sync::Arc<Entry> {
    log.get(i)
        .unwrap_or_else(|| std::sync::Arc::new(unreadable(log, i, lang)))
}

/// Entry `i` as a row of the list shows it ([`crate::data::Log::listed`]: its heading, not its
/// text), or the stand-in of [`shown`].
pub fn listed(log: &crate::data::Log, i: usize, lang: Lang) -> Entry {
    log.listed(i).unwrap_or_else(|| unreadable(log, i, lang))
}

fn unreadable(log: &crate::data::Log, i: usize, lang: Lang) -> Entry {
    Entry {
        id: log.id(i),
        created: log.created(i),
        updated: None,
        title: Msg::EntryUnreadable.get(lang).to_string(),
        text: String::new(),
        tags: log.tags(i).map(str::to_string).collect(),
        items: log.items(i).map(str::to_string).collect(),
        action: log.action(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linked_statement_names_its_checklist_part() {
        let content = crate::content::embedded();
        let e = Entry {
            id: 1,
            created: "2026-11-20T09:00:00Z".parse().unwrap(),
            updated: None,
            title: "Na de teamdag".into(),
            text: String::new(),
            tags: Vec::new(),
            items: vec!["lo-cultuur-2".into()],
            action: None,
        };
        let today = Date::new(2026, 11, 21).unwrap();
        let text: Vec<String> = lines(&e, content, Lang::Nl, &TimeZone::UTC, today, 200)
            .iter()
            .map(Line::text)
            .collect();
        let (r, _) = content.item_by_id("lo-cultuur-2").unwrap();
        let group = content.sections[r.section].groups[r.group]
            .title
            .as_ref()
            .unwrap();
        let link = format!("→ {} 2 · ", group.get(Lang::Nl));
        assert!(text.iter().any(|l| l.starts_with(&link)), "{text:#?}");
    }
}
