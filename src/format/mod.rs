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
///
/// Characters that must not reach a terminal raw (C1 controls, DEL, direction overrides,
/// zero-width characters) are written as `\u` escapes: still the same JSON, the same text when
/// read back, but nothing that turns a terminal around when the export goes to one.
pub fn pretty_json(value: &impl Serialize) -> String {
    let mut out = Vec::with_capacity(4096);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, SafeJson::default());
    value
        .serialize(&mut ser)
        .expect("plain data always serialises");
    out.push(b'\n');
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// serde_json's indented output, with unsafe characters in strings escaped.
#[derive(Default)]
struct SafeJson(serde_json::ser::PrettyFormatter<'static>);

macro_rules! delegate {
    ($($name:ident),*) => {$(
        fn $name<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.$name(w)
        }
    )*};
}

impl serde_json::ser::Formatter for SafeJson {
    delegate!(
        begin_array,
        end_array,
        begin_object,
        end_object,
        end_array_value,
        end_object_value
    );

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if crate::safe::is_safe_line(fragment) {
            return w.write_all(fragment.as_bytes());
        }
        let mut units = [0u16; 2];
        for c in fragment.chars() {
            if crate::safe::is_safe_line(c.encode_utf8(&mut [0; 4])) {
                write!(w, "{c}")?;
            } else {
                for u in c.encode_utf16(&mut units) {
                    write!(w, "\\u{u:04x}")?;
                }
            }
        }
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_carry_no_raw_control_or_direction_characters() {
        let text = "a\u{9b}b\u{202e}c\u{7f}d\u{1b}e";
        let json = pretty_json(&serde_json::json!({ "t": text }));
        assert!(crate::safe::is_safe_text(&json), "{json:?}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["t"], text, "the same text when read back");
    }
}
