//! Writing a note on an item, in a multi-line editor (ratatui-textarea).

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::{App, Effect, Overlay, Telling};
use crate::i18n::{Lang, Msg};
use crate::keys::Cmd;
use crate::store::DataFile;

/// Why the user's own editor could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditorError {
    /// It could not be started, or its file could not be written or read.
    #[error("{editor}: {kind}")]
    Io {
        editor: String,
        kind: std::io::ErrorKind,
    },
    /// It ended with a failure (the text is not taken).
    #[error("{editor}: {status}")]
    Failed { editor: String, status: String },
}

impl EditorError {
    /// In the interface language.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            EditorError::Io { editor, kind } => format!(
                "{}: {}",
                crate::safe::line(editor),
                crate::i18n::io_problem(*kind, lang)
            ),
            EditorError::Failed { editor, status } => Msg::EditorEnded
                .get(lang)
                .replace("{editor}", &crate::safe::line(editor))
                .replace("{status}", &crate::safe::line(status)),
        }
    }
}

/// The largest note the editor takes (a thousand pages of text). A larger one, made elsewhere,
/// is kept as it is and can still be read; it is not opened here, where every key would lay it
/// out again.
pub const NOTE_LIMIT: usize = 1024 * 1024;

/// The note being written: the item it belongs to and the text so far.
#[derive(Debug)]
pub struct NoteEditor {
    /// The item's stable id.
    item: String,
    area: TextArea<'static>,
    /// The note as it was when the editor opened: what "changed" is measured against, whatever
    /// a pause in typing saved in between.
    original: String,
}

/// A text field of several lines (a note, a log entry's text), words wrapped, the cursor at the
/// end of what is there.
pub(super) fn multiline(text: &str, placeholder: &str) -> TextArea<'static> {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::Word);
    area.set_placeholder_text(placeholder);
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// The field's text replaced (after the user's own editor); its placeholder stays.
pub(super) fn replace_text(area: &mut TextArea<'static>, text: &str) {
    let placeholder = area.placeholder_text().to_string();
    *area = multiline(text, &placeholder);
}

impl NoteEditor {
    pub fn new(item: String, note: &str, placeholder: &str) -> NoteEditor {
        NoteEditor {
            item,
            area: multiline(note, placeholder),
            original: note.trim_end().to_string(),
        }
    }

    /// The id of the item the note is on.
    pub fn item(&self) -> &str {
        &self.item
    }

    /// The text field, for drawing.
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    pub fn input(&mut self, key: KeyEvent) {
        self.area.input(key);
    }

    /// Replaces the text (after the user's own editor).
    pub fn set_text(&mut self, text: &str) {
        replace_text(&mut self.area, text);
    }

    /// How many bytes the note holds now.
    fn len(&self) -> usize {
        self.area.lines().iter().map(|l| l.len() + 1).sum()
    }

    /// The note as it would be saved: lines joined, trailing blank space dropped.
    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim_end().to_string()
    }
}

/// The message for a note over [`NOTE_LIMIT`].
fn too_large(bytes: usize, lang: Lang) -> String {
    Msg::NoteTooLarge
        .get(lang)
        .replace("{mb}", &format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)))
        .replace("{limit}", &(NOTE_LIMIT / (1024 * 1024)).to_string())
}

/// Pasted text as the editor wants it: `\n` line ends, tabs kept.
fn normalise_paste(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

impl App {
    pub(super) fn open_editor(&mut self) {
        let Some(r) = self.current_item() else { return };
        if self.refuse_if_read_only() {
            return;
        }
        let id = self.content.item(r).id.to_string();
        let note = self.workbook.note(&id);
        if note.len() > NOTE_LIMIT {
            self.error(too_large(note.len(), self.lang));
            return;
        }
        let note = note.to_string();
        let placeholder = Msg::NotePlaceholder.get(self.lang);
        self.overlay = Some(Overlay::Editor(Box::new(NoteEditor::new(
            id,
            &note,
            placeholder,
        ))));
    }

    fn editor(&mut self) -> Option<&mut NoteEditor> {
        match &mut self.overlay {
            Some(Overlay::Editor(e)) => Some(e),
            _ => None,
        }
    }

    /// Pasted text goes into whichever text field has the focus.
    pub(super) fn paste(&mut self, text: &str) {
        let text = normalise_paste(text);
        match &mut self.overlay {
            Some(Overlay::Editor(editor)) => {
                if editor.len() + text.len() > NOTE_LIMIT {
                    let size = editor.len() + text.len();
                    self.error(too_large(size, self.lang));
                    return;
                }
                editor.area.insert_str(text);
            }
            Some(Overlay::Entry(form)) => form.paste(&text),
            Some(Overlay::Filter(form)) => form.paste(&text),
            Some(Overlay::Search(_)) => self.search_paste(&text),
            _ => {}
        }
    }

    pub(super) fn editor_cmd(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::SaveClose => {
                self.commit_note(Telling::Tell);
                self.overlay = None;
            }
            Cmd::ForceQuit => self.quit(),
            Cmd::External => self.request_external(),
            _ => {}
        }
    }

    /// Puts the editor's text into the workbook and saves it if it changed. Closing the editor
    /// tells what happened to the text since it was opened (saved, removed or unchanged), not
    /// what the last pause in typing did; "bewaard" only once it is on disk.
    pub(super) fn commit_note(&mut self, telling: Telling) {
        let Some(editor) = self.editor() else { return };
        let id = editor.item.clone();
        let text = editor.text();
        let changed_since_open = text != editor.original;
        if text != self.workbook.note(&id) {
            self.workbook.update_item(&id, |s| s.note = text);
            self.changed_workbook();
        }
        if telling == Telling::Quietly {
            return;
        }
        if !changed_since_open {
            self.note(Msg::NoteUnchanged.get(self.lang).to_string());
        } else if self.workbook.note(&id).is_empty() {
            self.confirm(DataFile::Workbook, Msg::NoteSaving, Msg::NoteRemoved);
        } else {
            self.confirm(DataFile::Workbook, Msg::NoteSaving, Msg::NoteSaved);
        }
    }

    /// While a note is being written, a pause in typing saves it, so a crash or a closed
    /// terminal loses at most the last few seconds.
    pub(super) fn autosave_note(&mut self) {
        if self.editor().is_some() {
            self.commit_note(Telling::Quietly);
        }
    }

    /// Ctrl-E: hands the text being written to the user's own editor.
    pub(super) fn request_external(&mut self) {
        let text = match &self.overlay {
            Some(Overlay::Entry(form)) => form.text.lines().join("\n"),
            Some(Overlay::Editor(e)) => e.area.lines().join("\n"),
            _ => return,
        };
        self.effects.push(Effect::Edit { text });
    }

    /// The text is back from the user's own editor.
    pub(super) fn external_done(&mut self, result: Result<String, EditorError>) {
        match result {
            Ok(text) => {
                let text = text.trim_end_matches('\n').to_string();
                match &mut self.overlay {
                    Some(Overlay::Entry(form)) => form.set_text(&text),
                    Some(Overlay::Editor(e)) => e.set_text(&text),
                    _ => {}
                }
            }
            Err(why) => self.failed(format!(
                "{}: {}",
                Msg::ExternalFailed.get(self.lang),
                why.describe(self.lang)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paste_line_ends_become_newlines() {
        assert_eq!(normalise_paste("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn text_keeps_inner_lines_and_drops_trailing_blanks() {
        let mut e = NoteEditor::new("x".into(), "", "");
        e.area.insert_str("eerste\n\ntweede  \n\n");
        assert_eq!(e.text(), "eerste\n\ntweede");
    }

    #[test]
    fn opening_an_existing_note_keeps_every_line() {
        let e = NoteEditor::new("x".into(), "één\ntwee 🌷\n", "");
        assert_eq!(e.area.lines(), ["één", "twee 🌷"]);
        assert_eq!(e.text(), "één\ntwee 🌷");
    }
}
