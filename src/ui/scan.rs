//! The field for the name that goes with an exported self-scan.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use super::overlay_block;
use crate::app::{App, ScanInput};
use crate::i18n::Msg;
use crate::keys::{Cmd, Ctx, label_for};
use crate::view::layout;
use crate::view::text::truncate;

pub fn render(app: &App, input: &ScanInput, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let lang = app.lang();
    let hint = format!(
        "{} {} · {} {}",
        label_for(Ctx::ScanName, Cmd::SaveClose, lang),
        Msg::FooterSave.get(lang),
        label_for(Ctx::ScanName, Cmd::Close, lang),
        Msg::FooterBack.get(lang),
    );
    let popup = layout::centered(area, 64, 6);
    Clear.render(popup, buf);
    let block = overlay_block(app, Msg::ScanNameTitle.get(lang), &hint);
    let inner = block.inner(popup).inner(Margin::new(1, 1));
    block.render(popup, buf);
    let [about, field] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    Line::styled(
        truncate(Msg::CmdExportScan.get(lang), usize::from(about.width)),
        t.dim,
    )
    .render(about, buf);
    let [mark, text] =
        Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(field);
    Line::styled("› ", t.key).render(mark, buf);
    Widget::render(input.field(), text, buf);
}
