//! Reading the user's files: version check, migration, and a clear account of what is wrong
//! when a file cannot be read.

use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::data::{WORKBOOK_SCHEMA, Workbook};
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
    let found = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadProblem::WrongShape("no schema version".into()))?;
    if found > u64::from(WORKBOOK_SCHEMA) {
        return Err(LoadProblem::Newer {
            found,
            known: WORKBOOK_SCHEMA,
        });
    }
    let value = migrate_workbook(value, found)?;
    serde_json::from_value(value).map_err(|e| LoadProblem::WrongShape(e.to_string()))
}

/// Brings an older workbook up to [`WORKBOOK_SCHEMA`], one version at a time.
fn migrate_workbook(mut value: Value, from: u64) -> Result<Value, LoadProblem> {
    let mut version = from;
    while version < u64::from(WORKBOOK_SCHEMA) {
        value = match version {
            1 => v1_to_v2(value)?,
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

#[cfg(test)]
mod tests {
    use super::*;

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
