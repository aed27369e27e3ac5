//! The search overlay: the query on top, the results below, grouped by kind, with the matched
//! letters highlighted.

use crate::i18n;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::overlay_block;
use crate::app::{App, Hit, HitKind, ResultRow, Search};
use crate::content::ItemRef;
use crate::i18n::Msg;
use crate::search::{Query, checklist_place, item_fields};
use crate::theme::Theme;
use crate::view::layout;
use crate::view::text::truncate;

fn chars_len(s: &str) -> usize {
    s.chars().count()
}

/// A window of `text` around its first match, with the matched characters highlighted.
fn snippet(q: &mut Query, text: &str, width: usize, t: &Theme) -> Vec<Span<'static>> {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let positions = q.positions(&flat);
    let chars: Vec<char> = flat.chars().collect();
    // A third of the room before the first match, but no less text than fits.
    let start = positions
        .first()
        .map(|p| {
            p.saturating_sub(width / 3)
                .min(chars_len(&flat).saturating_sub(width))
        })
        .unwrap_or(0);
    let mut spans: Vec<Span<'static>> = Vec::new();
    if start > 0 {
        spans.push(Span::styled("…", t.dim));
    }
    let mut used = 0;
    let mut run = String::new();
    let mut run_hit = false;
    let hit_style = t.title.add_modifier(Modifier::UNDERLINED);
    for (i, c) in chars.iter().enumerate().skip(start) {
        let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if used + w > width {
            break;
        }
        let hit = positions.binary_search(&i).is_ok();
        if hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { hit_style } else { t.dim },
            ));
        }
        run_hit = hit;
        run.push(*c);
        used += w;
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { hit_style } else { t.dim }));
    }
    spans
}

/// A result's title: a text, or the parts of a self-scan statement's place, which are cut
/// one by one (the part of the checklist first) rather than all at the end.
enum Title {
    Text(String),
    Parts(Vec<String>),
}

impl Title {
    /// The title in at most `width` columns; a place may take up to `wide`.
    fn fit(self, width: usize, wide: usize) -> String {
        let parts = match self {
            Title::Text(t) => return truncate(&t, width),
            Title::Parts(parts) => parts,
        };
        const SEP: &str = " · ";
        const SHORTEST: usize = 10;
        let mut parts = parts;
        let total = |p: &[String]| {
            p.iter().map(|s| s.width()).sum::<usize>() + SEP.width() * p.len().saturating_sub(1)
        };
        // The part of a checklist goes shorter first: the checklist's name tells the two
        // checklists apart only at its end, and the statement's number is short anyway.
        for i in (0..parts.len().saturating_sub(1)).rev() {
            let over = total(&parts).saturating_sub(wide);
            if over == 0 {
                break;
            }
            let w = parts[i].width();
            let to = w.saturating_sub(over).max(SHORTEST.min(w));
            parts[i] = truncate(&parts[i], to);
        }
        truncate(&parts.join(SEP), wide)
    }
}

/// The title of an item's result: where a self-scan statement belongs, else its label and title.
fn item_title(app: &App, r: ItemRef) -> Title {
    let lang = app.lang();
    match checklist_place(app.content(), r, lang) {
        Some(parts) => Title::Parts(parts.into_iter().map(str::to_string).collect()),
        None => Title::Text(app.content().item(r).labelled_title(lang)),
    }
}

/// A result's title and the text to show a snippet of (for the material: the first of its
/// texts after the title that matches, else the title; for a self-scan statement, whose title
/// is its place, the first of its texts that matches).
fn describe(app: &App, hit: Hit, q: &mut Query) -> (Title, String) {
    let lang = app.lang();
    let c = app.content();
    match hit {
        Hit::Material(r) => {
            let fields = item_fields(c, r, lang);
            let title = item_title(app, r);
            // The title is shown already, unless a statement's place stands in for it.
            let skip = usize::from(matches!(title, Title::Text(_)));
            let text = fields
                .iter()
                .skip(skip)
                .find(|(_, f)| !q.positions(f).is_empty())
                .or(fields.first())
                .map(|(_, f)| f.to_string())
                .unwrap_or_default();
            (title, text)
        }
        Hit::Note(r) => {
            let title = match item_title(app, r) {
                Title::Text(_) => Title::Text(c.item(r).title.get(lang).to_string()),
                place => place,
            };
            (title, app.workbook().note(&c.item(r).id).to_string())
        }
        Hit::Log(ix) => {
            // Read from the log file: only the results on the screen are.
            let e = app.log().and_then(|l| l.get(ix as usize));
            match e {
                Some(e) => (
                    Title::Text(format!(
                        "{} · {}",
                        i18n::date(e.created, app.zone(), lang),
                        e.heading()
                    )),
                    format!("{} {} {}", e.title, e.text, e.tags.join(" ")),
                ),
                None => (Title::Text(String::new()), String::new()),
            }
        }
    }
}

fn group_name(kind: HitKind) -> Msg {
    match kind {
        HitKind::Material => Msg::SearchMaterial,
        HitKind::Note => Msg::SearchNotes,
        HitKind::Log => Msg::SearchLog,
    }
}

pub fn render(app: &App, s: &Search, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let p = layout::search_popup(area);
    Clear.render(p, buf);
    let block = overlay_block(app, Msg::SearchTitle.get(lang), Msg::SearchHint.get(lang));
    let inner = block.inner(p).inner(Margin::new(1, 0));
    block.render(p, buf);
    let preview_rows = layout::search_preview_rows(area.as_size());
    let [query_r, counts_r, results_r, preview_r] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(preview_rows),
    ])
    .areas(inner);
    let [slash, query] =
        Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(query_r);
    Line::styled("/ ", t.key).render(slash, buf);
    Widget::render(s.query(), query, buf);
    let counts = [HitKind::Material, HitKind::Note, HitKind::Log]
        .iter()
        .map(|k| {
            if *k == HitKind::Log && s.log_pending() {
                format!("{} {}", group_name(*k).get(lang), Msg::Searching.get(lang))
            } else {
                format!("{} {}", group_name(*k).get(lang), s.count(*k))
            }
        })
        .collect::<Vec<_>>()
        .join(" · ");
    Line::styled(counts, t.dim).render(counts_r, buf);

    // Rows are headings and hits; only the ones in view are laid out.
    let mut q = Query::new(&s.text());
    let width = usize::from(results_r.width);
    for y in 0..results_r.height {
        let Some(row) = s.row_at(s.offset() + usize::from(y)) else {
            break;
        };
        let at = Rect {
            y: results_r.y + y,
            height: 1,
            ..results_r
        };
        let line = match row {
            ResultRow::Heading(kind) => Line::styled(
                format!("{} ({})", group_name(kind).get(lang), s.count(kind)),
                t.heading,
            ),
            ResultRow::Hit(i) => {
                let Some(hit) = s.hit(i) else { continue };
                let (title, text) = describe(app, hit, &mut q);
                // Half the row for the title; a statement's place may take all but 30 columns.
                let title = title.fit(width / 2, (width / 2).max(width.saturating_sub(30)));
                let room = width.saturating_sub(title.width() + 5);
                let selected = i == s.selected();
                let mut spans = vec![
                    Span::styled(if selected { "▸ " } else { "  " }, t.key),
                    Span::styled(title, t.title),
                    Span::styled("  ", t.dim),
                ];
                spans.extend(snippet(&mut q, &text, room, t));
                let line = Line::from(spans);
                if selected {
                    line.style(t.selected_unfocused)
                } else {
                    line
                }
            }
        };
        line.render(at, buf);
    }
    if s.is_empty() && !s.log_pending() && !s.text().trim().is_empty() {
        Line::styled(Msg::SearchNone.get(lang), t.dim).render(results_r, buf);
    }
    if preview_rows > 0
        && let Some(hit) = s.hit(s.selected())
    {
        render_preview(app, hit, &mut q, preview_r, buf);
    }
}

/// The chosen result whole, under the list: its full title and the words around the match,
/// wrapped, so that a result cut short in its row can still be read.
fn render_preview(app: &App, hit: Hit, q: &mut Query, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    Line::styled("─".repeat(usize::from(area.width)), t.border).render(area, buf);
    let width = usize::from(area.width);
    let (title, text) = describe(app, hit, q);
    let title = match title {
        Title::Text(t) => t,
        Title::Parts(parts) => parts.join(" · "),
    };
    let mut lines: Vec<Line> = crate::view::text::plain(&title, crate::view::Role::Title, width)
        .iter()
        .map(|l| super::paint::line(l, t))
        .collect();
    lines.truncate(2);
    let rows = usize::from(area.height.saturating_sub(1));
    // The words around the match on the lines left, wrapped at words, the match marked.
    let left = rows.saturating_sub(lines.len());
    if left > 0 {
        let flat: String = text
            .chars()
            .map(|c| if c == '\n' { ' ' } else { c })
            .collect();
        let positions = q.positions(&flat);
        let room = width * left;
        let chars: Vec<char> = flat.chars().collect();
        let start = positions
            .first()
            .map(|p| p.saturating_sub(room / 4))
            .unwrap_or(0);
        // Runs of marked and unmarked characters, from the start of a word.
        let start = (0..=start)
            .rev()
            .find(|i| *i == 0 || chars[i - 1] == ' ')
            .unwrap_or(0);
        // ...to the end of the last word that fits.
        let mut end = (start + room).min(chars.len());
        if end < chars.len() {
            end = (start..end).rev().find(|i| chars[*i] == ' ').unwrap_or(end);
        }
        let mut runs: Vec<(String, crate::view::Role)> = Vec::new();
        for (i, c) in chars.iter().enumerate().take(end).skip(start) {
            let role = if positions.binary_search(&i).is_ok() {
                crate::view::Role::Mark
            } else {
                crate::view::Role::Dim
            };
            match runs.last_mut() {
                Some((run, r)) if *r == role => run.push(*c),
                _ => runs.push((c.to_string(), role)),
            }
        }
        if start > 0 {
            runs.insert(0, ("… ".to_string(), crate::view::Role::Dim));
        }
        let segments: Vec<(&str, crate::view::Role)> =
            runs.iter().map(|(s, r)| (s.as_str(), *r)).collect();
        let none = || crate::view::Span::new("", crate::view::Role::Dim);
        lines.extend(
            crate::view::text::wrap(&segments, width, none(), none())
                .iter()
                .take(left)
                .map(|l| super::paint::line(l, t)),
        );
    }
    lines.truncate(rows);
    ratatui::widgets::Paragraph::new(lines).render(
        Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(1),
            ..area
        },
        buf,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statements_place_is_shortened_in_its_part_first() {
        let place = || {
            Title::Parts(vec![
                "Checklist lerende organisatie".into(),
                "Ondersteunende cultuur".into(),
                "2".into(),
            ])
        };
        assert_eq!(
            place().fit(30, 80),
            "Checklist lerende organisatie · Ondersteunende cultuur · 2"
        );
        assert_eq!(
            place().fit(30, 46),
            "Checklist lerende organisatie · Ondersteu… · 2"
        );
        assert_eq!(place().fit(30, 30).width(), 30);
        assert_eq!(Title::Text("Een titel".into()).fit(5, 80), "Een …");
    }
}
