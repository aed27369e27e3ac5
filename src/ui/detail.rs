//! The text pane of the reading view: the current item's laid-out text, the lines in view
//! painted, the chosen entry highlighted while the text has the focus.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::paint::{self, Palette};
use crate::app::{App, Focus};
use crate::search::Query;
use crate::view::item::Doc;
use crate::view::{Role, layout, mark};

/// Draws the text of section `s`'s current item in the pane `area`.
pub fn render(app: &App, s: usize, area: Rect, buf: &mut Buffer) {
    let focused = app.study().focus() == Focus::Detail && app.overlay().is_none();
    super::pane_block(app, focused).render(area, buf);
    // The same column as `layout::Study::detail_inner`, which `update` scrolls by.
    let inner = layout::text_column(area);
    let Some(shown) = app.current_shown() else {
        return;
    };
    // The app keeps the text laid out for the pane's width; a pane of another width (the
    // editor below it takes room) lays it out here.
    let width = usize::from(inner.width);
    let laid;
    let doc = match app.current_doc() {
        Some(d) if app.layout().detail_text_width() == width => d,
        _ => {
            laid = app.shown_doc(shown, width);
            &laid
        }
    };
    let place = app.study().place(s);
    let chosen = if focused { place.chosen() } else { None };
    let scroll = place.scroll().min(doc.lines.len().saturating_sub(1));
    let visible = visible_lines(app, doc, chosen, scroll, usize::from(inner.height));
    super::render_text_pane(app, doc.lines.len(), scroll, visible, area, inner, buf);
}

/// The lines from `scroll` on that fit in `height`, the chosen anchor's lines highlighted.
fn visible_lines(
    app: &App,
    doc: &Doc,
    chosen: Option<usize>,
    scroll: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let t = app.theme();
    let anchor = chosen.and_then(|c| doc.anchors.get(c));
    // A search's words, marked in the item it opened.
    let mut mark = app
        .study()
        .mark()
        .filter(|m| Some(m.item) == app.current_item())
        .map(|m| Query::new(&m.query));
    doc.lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(height)
        .map(|(i, l)| {
            let painted = match anchor {
                Some(a) if (a.line..a.line + a.height).contains(&i) => {
                    let (chosen, role) = a.kind.chosen_look();
                    paint::chosen(l, i == a.line, chosen, paint::Palette::style(t, role))
                }
                _ => paint::line(l, t),
            };
            match &mut mark {
                Some(q) => paint::marked(painted, &mark::positions(q, l), t.style(Role::Mark)),
                None => painted,
            }
        })
        .collect()
}
