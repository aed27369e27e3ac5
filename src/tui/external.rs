//! Writing a long text in the user's own editor: `$VISUAL`, then `$EDITOR`, then `nano` or
//! `vi`. The terminal is handed over and restored around it; the text comes back.

use std::io;
use std::path::Path;
use std::process::Command;

use ratatui::DefaultTerminal;

use crate::app::{App, EditorError, Overlay};
use crate::i18n::Msg;

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

/// The name of the file the editor shows: what is being written ("notitie-sleutel-4.md",
/// "logboekregel.md"), not a temporary file's random name.
pub fn file_name(app: &App) -> String {
    let lang = app.lang();
    let (what, item) = match app.overlay() {
        Some(Overlay::Editor(e)) => (Msg::EditorFileNote, Some(e.item())),
        _ => (Msg::EditorFileEntry, None),
    };
    let mut name = what.get(lang).to_string();
    if let Some(item) = item {
        // Ids are made of letters, digits and dashes; anything else is left out of a file
        // name.
        let safe: String = item
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if !safe.is_empty() {
            name = format!("{name}-{safe}");
        }
    }
    format!("{name}.md")
}

/// Runs `editor` on a file named `name` holding `text`, in a private temporary folder, and
/// returns what the file holds afterwards. The command is run by the shell, as git does, so
/// `code --wait` works.
pub fn run_editor(editor: &str, text: &str, name: &str) -> Result<String, EditorError> {
    let io = |e: io::Error| EditorError::Io {
        editor: editor.to_string(),
        kind: e.kind(),
    };
    // The folder is the user's alone (0700) and goes away with everything in it, the
    // editor's swap files included.
    let mut builder = tempfile::Builder::new();
    builder.prefix("werkboek-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    let dir = builder.tempdir().map_err(io)?;
    let path = dir.path().join(name);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&path).map_err(io)?;
    io::Write::write_all(&mut file, text.as_bytes()).map_err(io)?;
    drop(file);
    let status = shell(editor, &path).status().map_err(io)?;
    if !status.success() {
        return Err(EditorError::Failed {
            editor: editor.to_string(),
            status: exit_status(status),
        });
    }
    std::fs::read_to_string(&path).map_err(io)
}

/// How a program ended, in words that read the same in either language ("code 1",
/// "SIGKILL"): the standard library says "exit status: 1", which is English.
fn exit_status(status: std::process::ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("code {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                1 => "SIGHUP",
                2 => "SIGINT",
                3 => "SIGQUIT",
                6 => "SIGABRT",
                9 => "SIGKILL",
                11 => "SIGSEGV",
                13 => "SIGPIPE",
                15 => "SIGTERM",
                _ => return format!("signal {signal}"),
            };
            return name.to_string();
        }
    }
    "?".to_string()
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

/// Hands the terminal to the editor, on a file called `name`, and takes it back.
pub fn edit(text: &str, name: &str, terminal: &mut DefaultTerminal) -> Result<String, EditorError> {
    let editor = editor_command(|v| std::env::var(v).ok());
    super::suspend(terminal, || run_editor(&editor, text, name)).map_err(|e| EditorError::Io {
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
        let out = run_editor(
            script.to_str().unwrap(),
            "eerste regel\n",
            "notitie-sleutel-4.md",
        )
        .unwrap();
        assert_eq!(out, "eerste regel\nen nog een regel, met é\n");
    }

    #[cfg(unix)]
    #[test]
    fn an_editor_that_fails_is_reported() {
        let err = run_editor("false", "tekst", "notitie.md").unwrap_err();
        assert!(
            matches!(&err, EditorError::Failed { editor, .. } if editor == "false"),
            "{err}"
        );
        assert_eq!(
            err.describe(crate::i18n::Lang::Nl),
            "false stopte met een fout (code 1); de tekst is niet overgenomen",
            "no English in a Dutch message"
        );
        let killed = run_editor("kill -9 $$; :", "tekst", "notitie.md").unwrap_err();
        assert!(killed.describe(crate::i18n::Lang::Nl).contains("(SIGKILL)"));
        let err = run_editor("/nonexistent/editor", "tekst", "notitie.md").unwrap_err();
        assert!(!err.describe(crate::i18n::Lang::Nl).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn the_editor_shows_the_name_of_what_is_written_in_a_private_folder() {
        // The "editor" writes down the name and the permissions of the file it was given.
        let out = run_editor(
            "f() { printf '%s %s' \"$(basename \"$1\")\" \"$(stat -c %a \"$(dirname \"$1\")\")\" > \"$1\"; }; f",
            "tekst",
            "notitie-sleutel-4.md",
        )
        .unwrap();
        assert_eq!(out, "notitie-sleutel-4.md 700");
    }
}
