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
use crate::i18n::Msg;
use crate::search::{Query, item_fields};
use crate::theme::Theme;
use crate::view::layout;
use crate::view::text::truncate;

/// A window of `text` around its first match, with the matched characters highlighted.
fn snippet(q: &mut Query, text: &str, width: usize, t: &Theme) -> Vec<Span<'static>> {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let positions = q.positions(&flat);
    let chars: Vec<char> = flat.chars().collect();
    let start = positions
        .first()
        .map(|p| p.saturating_sub(width / 3))
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

/// A result's title and the text to show a snippet of (for the material: the first of its
/// texts that matches, not all of them joined).
fn describe(app: &App, hit: Hit, q: &mut Query) -> (String, String) {
    let lang = app.lang();
    let c = app.content();
    match hit {
        Hit::Material(r) => {
            let fields = item_fields(c, r, lang);
            let text = fields
                .iter()
                .skip(1)
                .find(|f| !q.positions(f).is_empty())
                .or(fields.first())
                .map(|f| f.to_string())
                .unwrap_or_default();
            (c.item(r).labelled_title(lang), text)
        }
        Hit::Note(r) => {
            let item = c.item(r);
            (
                item.title.get(lang).to_string(),
                app.workbook().note(&item.id).to_string(),
            )
        }
        Hit::Log(ix) => {
            let e = app.log().and_then(|l| l.entries.get(ix as usize));
            match e {
                Some(e) => (
                    format!(
                        "{} · {}",
                        i18n::date(e.created, app.zone(), lang),
                        e.heading()
                    ),
                    format!("{} {} {}", e.title, e.text, e.tags.join(" ")),
                ),
                None => (String::new(), String::new()),
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
    let [query_r, counts_r, results_r] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
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
                let title = truncate(&title, width / 2);
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
}
