//! The text pane of the reading view: the current item's laid-out text, the lines in view
//! painted, the chosen entry highlighted while the text has the focus.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::paint;
use crate::app::{App, Focus};
use crate::view::item::Doc;
use crate::view::layout;

/// Draws the text of section `s`'s current item in the pane `area`.
pub fn render(app: &App, s: usize, area: Rect, buf: &mut Buffer) {
    let focused = app.study().focus() == Focus::Detail && app.overlay().is_none();
    super::pane_block(app, focused).render(area, buf);
    // The same column as `layout::Study::detail_inner`, which `update` scrolls by.
    let inner = layout::text_column(area);
    let Some(item) = app.current_item() else {
        let intro = app.content().sections[s].intro.get(app.lang());
        Paragraph::new(intro).render(inner, buf);
        return;
    };
    // The app keeps the text laid out for the pane's width; a pane of another width (the
    // editor below it takes room) lays it out here.
    let width = usize::from(inner.width);
    let laid;
    let doc = match app.current_doc() {
        Some(d) if app.layout().detail_text_width() == width => d,
        _ => {
            laid = app.item_doc(item, width);
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
    doc.lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(height)
        .map(|(i, l)| match anchor {
            Some(a) if (a.line..a.line + a.height).contains(&i) => {
                let (mark, role) = a.kind.chosen_look();
                paint::chosen(l, i == a.line, mark, paint::Palette::style(t, role))
            }
            _ => paint::line(l, t),
        })
        .collect()
}
