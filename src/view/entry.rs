//! A log entry's text, as the log tab shows it beside the list.

use jiff::civil::Date;
use jiff::tz::TimeZone;

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
    let none = || Span::new("", Role::Text);
    let mut out = Vec::new();
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
            Some((_, item)) => item.labelled_title(lang),
            None => content.title_of(id, lang).unwrap_or_else(|| id.clone()),
        };
        out.extend(wrap(
            &[(&name, Role::Accent)],
            width,
            Span::new("→ ", Role::Accent),
            Span::new("  ", Role::Text),
        ));
    }
    out.push(Line::blank());
    out.extend(plain(&e.text, Role::Text, width));
    out
}
