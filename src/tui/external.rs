//! Writing a long text in the user's own editor: `$VISUAL`, then `$EDITOR`, then `nano` or
//! `vi`. The terminal is handed over and restored around it; the text comes back.

use std::io;
use std::path::Path;
use std::process::Command;

use ratatui::DefaultTerminal;

use crate::app::EditorError;

/// The editor to use: the first of `VISUAL` and `EDITOR` that is set, else a default.
pub fn editor_command(var: impl Fn(&str) -> Option<String>) -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| var(v))
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(default_editor)
}

fn default_editor() -> String {
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
            .unwrap_or(false)
    };
    if on_path("nano") {
        "nano".into()
    } else {
        "vi".into()
    }
}

/// Runs `editor` on a private temporary file holding `text`, and returns what the file holds
/// afterwards. The command is run by the shell, as git does, so `code --wait` works.
pub fn run_editor(editor: &str, text: &str) -> Result<String, EditorError> {
    let io = |e: io::Error| EditorError::Io {
        editor: editor.to_string(),
        kind: e.kind(),
    };
    let mut file = tempfile::Builder::new()
        .prefix("werkboek-")
        .suffix(".md")
        .tempfile()
        .map_err(io)?;
    io::Write::write_all(&mut file, text.as_bytes()).map_err(io)?;
    let path = file.path().to_path_buf();
    let status = shell(editor, &path).status().map_err(io)?;
    if !status.success() {
        return Err(EditorError::Failed {
            editor: editor.to_string(),
            status: status.to_string(),
        });
    }
    std::fs::read_to_string(&path).map_err(io)
}

#[cfg(unix)]
fn shell(editor: &str, path: &Path) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(editor)
        .arg(path);
    c
}

#[cfg(not(unix))]
fn shell(editor: &str, path: &Path) -> Command {
    let mut c = Command::new("cmd");
    c.arg("/C").arg(editor).arg(path);
    c
}

/// Hands the terminal to the editor and takes it back.
pub fn edit(text: &str, terminal: &mut DefaultTerminal) -> Result<String, EditorError> {
    let editor = editor_command(|v| std::env::var(v).ok());
    super::suspend(terminal, || run_editor(&editor, text)).map_err(|e| EditorError::Io {
        editor: editor.clone(),
        kind: e.kind(),
    })?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_beats_editor_and_blank_counts_as_unset() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            editor_command(env(&[("VISUAL", "code --wait"), ("EDITOR", "vim")])),
            "code --wait"
        );
        assert_eq!(
            editor_command(env(&[("VISUAL", " "), ("EDITOR", "vim")])),
            "vim"
        );
        let fallback = editor_command(env(&[]));
        assert!(fallback == "nano" || fallback == "vi", "{fallback}");
    }

    #[cfg(unix)]
    #[test]
    fn the_text_goes_out_and_comes_back_changed() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("fake-editor");
        std::fs::write(
            &script,
            "#!/bin/sh\nprintf 'en nog een regel, met é\\n' >> \"$1\"\n",
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
        let out = run_editor(script.to_str().unwrap(), "eerste regel\n").unwrap();
        assert_eq!(out, "eerste regel\nen nog een regel, met é\n");
    }

    #[cfg(unix)]
    #[test]
    fn an_editor_that_fails_is_reported() {
        let err = run_editor("false", "tekst").unwrap_err();
        assert!(
            matches!(&err, EditorError::Failed { editor, .. } if editor == "false"),
            "{err}"
        );
        let err = run_editor("/nonexistent/editor", "tekst").unwrap_err();
        assert!(!err.describe(crate::i18n::Lang::Nl).is_empty());
    }
}
