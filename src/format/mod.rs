//! Writing things out for use outside the app: the material as a handout.

pub mod handout;
pub mod md;
pub mod portfolio;
pub mod scan;

use std::io;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::store::{ExportKind, LoadProblem};

/// An export file as it is written: indented JSON (people open these), one final newline.
pub fn pretty_json(value: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("plain data always serialises");
    s.push('\n');
    s
}

/// Opens an export file: JSON without a key twice in one object, with our `format` name, at a
/// `version` this build knows (a whole number from 1 up: `"1"` or `-1` is refused). `kind`
/// names the kind of export in the message when it is something else.
pub fn open_export(
    text: &str,
    format: &str,
    version: u32,
    kind: ExportKind,
) -> Result<Value, LoadProblem> {
    if text.trim().is_empty() {
        return Err(LoadProblem::Empty);
    }
    if let Some(d) = crate::store::json::duplicate_key(text) {
        return Err(LoadProblem::Duplicate {
            key: d.key,
            line: d.line,
        });
    }
    let v: Value = serde_json::from_str(text).map_err(|e| LoadProblem::of_serde(&e))?;
    if v.get("format").and_then(Value::as_str) != Some(format) {
        return Err(LoadProblem::NotExport { kind });
    }
    let found = crate::store::version_of(&v, "version")?;
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
