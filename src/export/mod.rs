//! Writing things out for use outside the app: the material as a handout.

pub mod content;
pub mod portfolio;

use std::io;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::store::LoadProblem;

/// An export file as it is written: indented JSON (people open these), one final newline.
pub fn pretty_json(value: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("plain data always serialises");
    s.push('\n');
    s
}

/// Opens an export file: JSON, with our `format` name, at a `version` this build knows. `what`
/// names the kind of export in the message when it is something else.
pub fn open_export(
    text: &str,
    format: &str,
    version: u32,
    what: &str,
) -> Result<Value, LoadProblem> {
    if text.trim().is_empty() {
        return Err(LoadProblem::Empty);
    }
    let v: Value = serde_json::from_str(text).map_err(|e| LoadProblem::NotJson(e.to_string()))?;
    if v.get("format").and_then(Value::as_str) != Some(format) {
        return Err(LoadProblem::WrongShape(format!(
            "not a werkboek {what} export (\"format\": \"{format}\" is missing)"
        )));
    }
    let found = v.get("version").and_then(Value::as_u64).unwrap_or(0);
    if found > u64::from(version) {
        return Err(LoadProblem::Newer {
            found,
            known: version,
        });
    }
    Ok(v)
}

/// Where an export goes: a file, or standard output.
pub fn write_out(output: Option<&Path>, text: &str) -> io::Result<()> {
    match output {
        Some(path) => std::fs::write(path, text),
        None => {
            use std::io::Write;
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()
        }
    }
}
