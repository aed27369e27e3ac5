//! The field for the name that goes with an exported self-scan.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::measures::one_line;
use crate::app::{App, ScanInput};
use crate::i18n::Msg;
use crate::keys::Ctx;

pub fn render(app: &App, input: &ScanInput, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    one_line(
        app,
        Ctx::ScanName,
        Msg::ScanNameTitle.get(lang),
        Msg::CmdExportScan.get(lang),
        input.field(),
        area,
        buf,
    );
}
