//! Reading JSON the way a careful person would: a key that occurs twice in one object is an
//! error (not "the last one wins", which silently drops the other), and a problem is told with
//! its line and in words of the interface language rather than serde's English.

use std::cell::RefCell;
use std::collections::HashSet;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// A key found twice in one object, and the line of its second occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub key: String,
    pub line: usize,
}

/// Walks every value, remembering the first duplicate key.
struct Walk<'a>(&'a RefCell<Option<String>>);

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen: HashSet<String> = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                *self.0.borrow_mut() = Some(key);
                return Err(de::Error::custom("duplicate key"));
            }
            map.next_value_seed(Walk(self.0))?;
            seen.insert(key);
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Walk(self.0))?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// The first key that occurs twice in one object anywhere in `text`, if any. Text that is not
/// JSON has no duplicates as far as this goes: parsing it will say what is wrong.
pub fn duplicate_key(text: &str) -> Option<Duplicate> {
    let found = RefCell::new(None);
    let mut d = serde_json::Deserializer::from_str(text);
    match Walk(&found).deserialize(&mut d) {
        Err(e) => found.into_inner().map(|key| Duplicate {
            key,
            line: e.line(),
        }),
        Ok(()) => None,
    }
}

/// What serde said was wrong with the shape of a document, in parts that can be put into
/// either language. Names taken from the file (an unknown field's name) are kept as they are
/// here and neutralised where they are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    UnknownField(String),
    MissingField(String),
    DuplicateField(String),
    UnknownVariant(String),
    InvalidType,
    InvalidValue,
    InvalidLength,
    /// A message of our own or one not recognised.
    Other(String),
}

/// The text between the first pair of backticks after `prefix`, if `msg` starts with it.
fn quoted<'a>(msg: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = msg.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split('`').next()
}

impl Shape {
    /// Reads serde's message.
    pub fn of_message(msg: &str) -> Shape {
        if let Some(f) = quoted(msg, "unknown field ") {
            Shape::UnknownField(f.into())
        } else if let Some(f) = quoted(msg, "missing field ") {
            Shape::MissingField(f.into())
        } else if let Some(f) = quoted(msg, "duplicate field ") {
            Shape::DuplicateField(f.into())
        } else if let Some(f) = quoted(msg, "unknown variant ") {
            Shape::UnknownVariant(f.into())
        } else if msg.starts_with("invalid type") {
            Shape::InvalidType
        } else if msg.starts_with("invalid value") {
            Shape::InvalidValue
        } else if msg.starts_with("invalid length") {
            Shape::InvalidLength
        } else {
            // serde_json appends " at line L column C"; the position is reported apart.
            let msg = match msg.rfind(" at line ") {
                Some(i) => &msg[..i],
                None => msg,
            };
            Shape::Other(msg.to_string())
        }
    }
}

/// The key of the object that encloses `line` (1-based) in an indented document, such as the
/// item id around a bad value in the workbook file: the nearest line above it that opens an
/// object with `"key": {`.
pub fn enclosing_key(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().take(line).collect();
    lines.iter().rev().find_map(|l| {
        let l = l.trim();
        let rest = l.strip_prefix('"')?;
        let (key, after) = rest.split_once('"')?;
        (after.trim_start().strip_prefix(':')?.trim() == "{").then(|| key.to_string())
    })
}

/// The line (1-based) on which `"key"` first occurs as a key, for pointing at what is wrong.
pub fn line_of_key(text: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(&quoted)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_twice_in_one_object_is_found_with_its_line() {
        let text = "{\n \"items\": {\n  \"sleutel-1\": {\"note\": \"a\"},\n  \"sleutel-1\": {\"note\": \"b\"}\n }\n}";
        assert_eq!(
            duplicate_key(text),
            Some(Duplicate {
                key: "sleutel-1".into(),
                line: 4
            })
        );
        // The same key in different objects is fine.
        assert_eq!(
            duplicate_key(r#"{"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]}"#),
            None
        );
        assert_eq!(
            duplicate_key(r#"[{"x": 1, "y": {"z": 1, "z": 2}}]"#)
                .unwrap()
                .key,
            "z"
        );
        assert_eq!(duplicate_key("niet eens json"), None);
    }

    #[test]
    fn serde_messages_become_parts() {
        assert_eq!(
            Shape::of_message("unknown field `nieuw`, expected one of `a`, `b`"),
            Shape::UnknownField("nieuw".into())
        );
        assert_eq!(
            Shape::of_message("missing field `schema` at line 1 column 2"),
            Shape::MissingField("schema".into())
        );
        assert_eq!(
            Shape::of_message("invalid value: integer `300`, expected u8 at line 4 column 13"),
            Shape::InvalidValue
        );
        assert_eq!(
            Shape::of_message("iets anders at line 1 column 1"),
            Shape::Other("iets anders".into())
        );
    }

    #[test]
    fn the_enclosing_key_names_the_item() {
        let text =
            "{\n  \"items\": {\n    \"factor-verbinding\": {\n      \"now\": 300\n    }\n  }\n}";
        assert_eq!(enclosing_key(text, 4).as_deref(), Some("factor-verbinding"));
        assert_eq!(line_of_key(text, "factor-verbinding"), Some(3));
        assert_eq!(line_of_key(text, "nergens"), None);
    }
}
