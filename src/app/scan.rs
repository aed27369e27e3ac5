//! Exporting one's self-scan from inside the workbook (`X` in Zelfscan, the rated sections and
//! Metingen): a name may be given (or not), and the file goes where the portfolio goes, with
//! the whole path said, so that it can be handed to whoever leads the session.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::{App, Effect, Overlay, Tab};
use crate::i18n::Msg;
use crate::keys::Cmd;
use crate::store::StoreError;

/// The longest name given with a scan.
pub const NAME_MAX: usize = 40;

/// The name given with a scan, being typed.
#[derive(Debug)]
pub struct ScanInput {
    field: TextArea<'static>,
}

impl ScanInput {
    pub fn field(&self) -> &TextArea<'static> {
        &self.field
    }

    pub fn text(&self) -> String {
        self.field.lines().join(" ")
    }
}

/// "zelfscan-anna-2026-11-23.json": the file's name, with the name given in plain letters.
fn file_name(person: Option<&str>, today: jiff::civil::Date) -> String {
    let slug: String = person
        .unwrap_or_default()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        format!("zelfscan-{today}.json")
    } else {
        format!("zelfscan-{slug}-{today}.json")
    }
}

impl App {
    /// Whether a scan is exported from here: a section whose parts are scored, or Metingen.
    pub(super) fn scan_exportable_here(&self) -> bool {
        match self.tabs[self.tab] {
            Tab::Measures => true,
            Tab::Section(s) => self.content.sections[s].assess.is_some(),
            Tab::Log => false,
        }
    }

    /// `X`: asks for the name to go with the scan.
    pub(super) fn ask_scan_name(&mut self) {
        if !self.scan_exportable_here() {
            self.error(Msg::ScanNotHere.get(self.lang).to_string());
            return;
        }
        if self
            .workbook
            .items
            .values()
            .all(|s| s.now.is_none() && s.goal.is_none())
        {
            self.error(Msg::ScanNothing.get(self.lang).to_string());
            return;
        }
        self.overlay = Some(Overlay::ScanName(Box::new(ScanInput {
            field: super::form::line("", Msg::ScanNamePlaceholder.get(self.lang)),
        })));
    }

    pub(super) fn scan_name_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => {
                let Some(Overlay::ScanName(input)) = self.overlay.take() else {
                    return;
                };
                let text = input.text();
                let person = Some(text.trim().to_string()).filter(|t| !t.is_empty());
                let name = file_name(person.as_deref(), self.today);
                self.effects.push(Effect::ExportScan { name, person });
            }
            Cmd::Close => self.overlay = None,
            Cmd::ForceQuit => self.quit(),
            _ => {}
        }
    }

    pub(super) fn scan_name_input(&mut self, key: KeyEvent) {
        if let Some(Overlay::ScanName(input)) = &mut self.overlay
            && input.field.input(key)
            && input.text().chars().count() > NAME_MAX
        {
            input.field.undo();
        }
    }

    pub(super) fn scan_name_paste(&mut self, text: &str) {
        if let Some(Overlay::ScanName(input)) = &mut self.overlay {
            let room = NAME_MAX.saturating_sub(input.text().chars().count());
            let text: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(room)
                .collect();
            input.field.insert_str(text);
        }
    }

    /// The scan is written (or not): the whole path is said.
    pub(super) fn scan_exported(&mut self, result: Result<std::path::PathBuf, StoreError>) {
        match result {
            Ok(path) => self.info(
                Msg::ScanExported
                    .get(self.lang)
                    .replace("{path}", &crate::safe::line(&path.display().to_string())),
            ),
            Err(e) => self.failed(format!(
                "{}: {}",
                Msg::ScanExportFailed.get(self.lang),
                e.describe(self.lang)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_after_the_day_and_the_name_given() {
        let day = jiff::civil::date(2026, 11, 23);
        assert_eq!(file_name(None, day), "zelfscan-2026-11-23.json");
        assert_eq!(
            file_name(Some("Anna de Vries"), day),
            "zelfscan-anna-de-vries-2026-11-23.json"
        );
        assert_eq!(
            file_name(Some("../../etc"), day),
            "zelfscan-etc-2026-11-23.json"
        );
    }
}
