//! Reading the user's files: version check, migration, and a clear account of what is wrong
//! when a file cannot be read.

use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::data::{LOG_SCHEMA, Log, WORKBOOK_SCHEMA, Workbook};
use crate::i18n::{Lang, Msg};

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    Empty,
    NotJson(String),
    WrongShape(String),
    Newer { found: u64, known: u32 },
    Io(String),
}

impl LoadProblem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadProblem::Empty => Msg::Empty.get(lang).to_string(),
            LoadProblem::NotJson(e) => format!("{} ({e})", Msg::NotJson.get(lang)),
            LoadProblem::WrongShape(e) => format!("{} ({e})", Msg::WrongShape.get(lang)),
            LoadProblem::Newer { found, known } => Msg::Newer
                .get(lang)
                .replace("{found}", &found.to_string())
                .replace("{known}", &known.to_string()),
            LoadProblem::Io(e) => e.clone(),
        }
    }
}

/// A file that exists but cannot be used. It is left exactly as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub problem: LoadProblem,
}

/// Parses a workbook file, migrating older versions. Pure: no I/O.
pub fn parse_workbook(text: &str) -> Result<Workbook, LoadProblem> {
    if text.trim().is_empty() {
        return Err(LoadProblem::Empty);
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| LoadProblem::NotJson(e.to_string()))?;
    from_value(value, "", WORKBOOK_SCHEMA, migrate_workbook)
}

/// A workbook from parsed JSON (an export), migrated like a file.
pub fn workbook_from_value(value: Value) -> Result<Workbook, LoadProblem> {
    from_value(value, "workbook: ", WORKBOOK_SCHEMA, migrate_workbook)
}

/// A log from parsed JSON (an export).
pub fn log_from_value(value: Value) -> Result<Log, LoadProblem> {
    from_value(value, "log: ", LOG_SCHEMA, |v, _| Ok(v))
}

/// Checks a document's schema version (newer is refused), brings it up to date with
/// `migrate`, and reads it. `what` names the part in messages.
fn from_value<T: serde::de::DeserializeOwned>(
    value: Value,
    what: &str,
    known: u32,
    migrate: impl FnOnce(Value, u64) -> Result<Value, LoadProblem>,
) -> Result<T, LoadProblem> {
    let found = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadProblem::WrongShape(format!("{what}no schema version")))?;
    if found > u64::from(known) {
        return Err(LoadProblem::Newer { found, known });
    }
    let value = migrate(value, found)?;
    serde_json::from_value(value).map_err(|e| LoadProblem::WrongShape(format!("{what}{e}")))
}

/// Brings an older workbook up to [`WORKBOOK_SCHEMA`], one version at a time.
fn migrate_workbook(mut value: Value, from: u64) -> Result<Value, LoadProblem> {
    let mut version = from;
    while version < u64::from(WORKBOOK_SCHEMA) {
        value = match version {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            other => {
                return Err(LoadProblem::WrongShape(format!(
                    "unknown schema version {other}"
                )));
            }
        };
        version += 1;
    }
    Ok(value)
}

/// Version 3 adds an optional setting (where a presentation stopped); nothing else changes.
fn v2_to_v3(mut value: Value) -> Result<Value, LoadProblem> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| LoadProblem::WrongShape("not an object".into()))?;
    object.insert("schema".into(), Value::from(3));
    Ok(value)
}

/// Version 2 adds self-assessment: items may carry `now` and `goal`, and the workbook a list
/// of snapshots. Nothing of version 1 changes meaning.
fn v1_to_v2(mut value: Value) -> Result<Value, LoadProblem> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| LoadProblem::WrongShape("not an object".into()))?;
    object.insert("schema".into(), Value::from(2));
    object
        .entry("snapshots")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(value)
}

/// Reads the workbook at `path`. A missing file is a first start: an empty workbook.
pub fn load_workbook(path: &Path) -> Result<Workbook, Unreadable> {
    let unreadable = |problem| Unreadable {
        path: path.to_path_buf(),
        problem,
    };
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes)
                .map_err(|e| unreadable(LoadProblem::NotJson(e.to_string())))?;
            parse_workbook(&text).map_err(unreadable)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Workbook::default()),
        Err(e) => Err(unreadable(LoadProblem::Io(e.to_string()))),
    }
}

/// The schema number of a file that did not parse as expected, to tell "newer" from "broken".
fn schema_of(text: &str) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Head {
        schema: u64,
    }
    serde_json::from_str::<Head>(text).ok().map(|h| h.schema)
}

/// Parses a log file. Pure: no I/O.
pub fn parse_log(text: &str) -> Result<Log, LoadProblem> {
    parse_log_from(text.as_bytes())
}

/// Parses a log from a reader, without holding the whole file in memory on the happy path.
fn parse_log_from(reader: impl io::Read) -> Result<Log, LoadProblem> {
    let mut reader = io::BufReader::with_capacity(1 << 16, reader);
    let mut probe = [0u8; 1];
    if io::Read::read(&mut reader, &mut probe).map_err(|e| LoadProblem::Io(e.to_string()))? == 0 {
        return Err(LoadProblem::Empty);
    }
    let chained = io::Read::chain(&probe[..], reader);
    match serde_json::from_reader::<_, Log>(chained) {
        Ok(log) if log.schema > LOG_SCHEMA => Err(LoadProblem::Newer {
            found: u64::from(log.schema),
            known: LOG_SCHEMA,
        }),
        Ok(log) if log.schema == LOG_SCHEMA => Ok(log),
        Ok(log) => Err(LoadProblem::WrongShape(format!(
            "unknown schema version {}",
            log.schema
        ))),
        Err(e) if e.is_syntax() || e.is_eof() => Err(LoadProblem::NotJson(e.to_string())),
        Err(e) if e.is_io() => Err(LoadProblem::Io(e.to_string())),
        Err(e) => Err(LoadProblem::WrongShape(e.to_string())),
    }
}

/// Reads the log at `path`. A missing file is an empty log.
pub fn load_log(path: &Path) -> Result<Log, Unreadable> {
    let unreadable = |problem| Unreadable {
        path: path.to_path_buf(),
        problem,
    };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Log::default()),
        Err(e) => return Err(unreadable(LoadProblem::Io(e.to_string()))),
    };
    match parse_log_from(file) {
        Err(LoadProblem::WrongShape(why)) => {
            // A newer version may have changed the shape: say so rather than "broken".
            let text = std::fs::read_to_string(path).unwrap_or_default();
            match schema_of(&text) {
                Some(found) if found > u64::from(LOG_SCHEMA) => {
                    Err(unreadable(LoadProblem::Newer {
                        found,
                        known: LOG_SCHEMA,
                    }))
                }
                _ => Err(unreadable(LoadProblem::WrongShape(why))),
            }
        }
        other => other.map_err(unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_files_good_and_bad() {
        assert_eq!(parse_log(r#"{"schema": 1}"#), Ok(Log::default()));
        assert_eq!(parse_log(""), Err(LoadProblem::Empty));
        assert!(matches!(
            parse_log(r#"{"schema": 1, "entries": [{"id": 1"#),
            Err(LoadProblem::NotJson(_))
        ));
        assert!(matches!(
            parse_log(r#"{"schema": 1, "entries": [{"id": "x"}]}"#),
            Err(LoadProblem::WrongShape(_))
        ));
        assert_eq!(
            parse_log(r#"{"schema": 5, "entries": []}"#),
            Err(LoadProblem::Newer {
                found: 5,
                known: LOG_SCHEMA
            })
        );
    }

    #[test]
    fn a_newer_log_with_a_new_shape_is_called_newer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logboek.json");
        std::fs::write(&path, r#"{"schema": 9, "entries": [{"nieuw": true}]}"#).unwrap();
        assert_eq!(
            load_log(&path).unwrap_err().problem,
            LoadProblem::Newer {
                found: 9,
                known: LOG_SCHEMA
            }
        );
    }

    #[test]
    fn kinds_of_unreadable() {
        assert_eq!(parse_workbook(""), Err(LoadProblem::Empty));
        assert!(matches!(
            parse_workbook("{\"schema\": 1, \"items\": {"),
            Err(LoadProblem::NotJson(_))
        ));
        assert!(matches!(
            parse_workbook("[1, 2]"),
            Err(LoadProblem::WrongShape(_))
        ));
        assert!(matches!(
            parse_workbook("{\"schema\": 1, \"items\": {\"a\": {\"note\": 5}}}"),
            Err(LoadProblem::WrongShape(_))
        ));
        assert_eq!(
            parse_workbook("{\"schema\": 99}"),
            Err(LoadProblem::Newer {
                found: 99,
                known: WORKBOOK_SCHEMA
            })
        );
    }

    #[test]
    fn newer_version_message_names_both_versions() {
        let p = LoadProblem::Newer { found: 7, known: 1 };
        let text = p.describe(Lang::Nl);
        assert!(text.contains('7') && text.contains('1'), "{text}");
    }

    #[test]
    fn missing_file_is_a_first_start() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_workbook(&dir.path().join("none.json")),
            Ok(Workbook::default())
        );
    }

    #[test]
    fn invalid_utf8_is_reported_not_panicked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        let err = load_workbook(&path).unwrap_err();
        assert_eq!(err.path, path);
        assert!(matches!(err.problem, LoadProblem::NotJson(_)));
    }
}
