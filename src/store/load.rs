//! Reading the user's files: version check, migration, values checked against their scales,
//! and a clear account, in the interface language, of what is wrong when a file cannot be read.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::files::{self, Limited, READ_LIMIT, ReadError, Special};
use super::json::{self, Shape};
use crate::data::{BadValue, Entry, LOG_SCHEMA, Log, WORKBOOK_SCHEMA, Workbook};
use crate::i18n::{self, Lang, Msg};

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    Empty,
    /// Not UTF-8 text.
    NotText,
    /// Not JSON: where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not in the shape expected; `line` is 0 where it is not known.
    WrongShape {
        shape: Shape,
        line: usize,
        at: Option<String>,
    },
    /// A key twice in one object: reading it would lose one of the two.
    Duplicate {
        key: String,
        line: usize,
    },
    /// Two log entries with one id.
    DuplicateEntry {
        id: u64,
    },
    /// A score outside its scale.
    BadValue {
        bad: BadValue,
        line: Option<usize>,
    },
    /// Written by a newer werkboek.
    Newer {
        found: u64,
        known: u32,
    },
    /// A version that is not a version this program knows (`"1"`, `-1`, `0`).
    BadVersion {
        found: String,
    },
    /// JSON, but not the kind of export asked for (a scan given to `import`, say).
    NotExport {
        kind: ExportKind,
    },
    /// A FIFO, a device, a directory... where a file was expected.
    NotRegular(Special),
    TooLarge {
        limit: u64,
    },
    Io(io::ErrorKind),
    /// The reading stopped without an answer (an internal error).
    Stopped,
}

/// The kinds of export file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Portfolio,
    Scan,
}

impl From<ReadError> for LoadProblem {
    fn from(e: ReadError) -> LoadProblem {
        match e {
            ReadError::NotRegular(s) => LoadProblem::NotRegular(s),
            ReadError::TooLarge { limit } => LoadProblem::TooLarge { limit },
            ReadError::Io(e) => LoadProblem::Io(e.kind()),
        }
    }
}

impl LoadProblem {
    /// From a serde_json error while reading a document.
    pub fn of_serde(e: &serde_json::Error) -> LoadProblem {
        use serde_json::error::Category;
        match e.classify() {
            Category::Syntax | Category::Eof => LoadProblem::NotJson {
                line: e.line(),
                column: e.column(),
            },
            Category::Io => LoadProblem::Io(e.io_error_kind().unwrap_or(io::ErrorKind::Other)),
            Category::Data => LoadProblem::WrongShape {
                shape: Shape::of_message(&e.to_string()),
                line: e.line(),
                at: None,
            },
        }
    }

    /// With the key of the object the problem is in, found from its line in `text`.
    fn located(self, text: &str) -> LoadProblem {
        match self {
            LoadProblem::WrongShape {
                shape,
                line,
                at: None,
            } if line > 0 => LoadProblem::WrongShape {
                at: json::enclosing_key(text, line),
                shape,
                line,
            },
            other => other,
        }
    }

    /// What is wrong, in words of the interface language. Anything taken from the file (a
    /// field's name) is neutralised.
    pub fn describe(&self, lang: Lang) -> String {
        let line_col = |line: usize, column: usize| {
            Msg::AtLineColumn
                .get(lang)
                .replace("{line}", &line.to_string())
                .replace("{column}", &column.to_string())
        };
        let at_line = |line: usize| Msg::AtLine.get(lang).replace("{line}", &line.to_string());
        let name = |s: &str| crate::safe::line(s).into_owned();
        match self {
            LoadProblem::Empty => Msg::Empty.get(lang).to_string(),
            LoadProblem::NotText => Msg::NotText.get(lang).to_string(),
            LoadProblem::NotJson { line, column } => {
                format!("{} ({})", Msg::NotJson.get(lang), line_col(*line, *column))
            }
            LoadProblem::WrongShape { shape, line, at } => {
                let what = match shape {
                    Shape::UnknownField(f) => {
                        Msg::ShapeUnknownField.get(lang).replace("{x}", &name(f))
                    }
                    Shape::MissingField(f) => {
                        Msg::ShapeMissingField.get(lang).replace("{x}", &name(f))
                    }
                    Shape::DuplicateField(f) => {
                        Msg::ShapeDuplicateField.get(lang).replace("{x}", &name(f))
                    }
                    Shape::UnknownVariant(f) => {
                        Msg::ShapeUnknownVariant.get(lang).replace("{x}", &name(f))
                    }
                    Shape::InvalidType => Msg::ShapeInvalidType.get(lang).to_string(),
                    Shape::InvalidValue => Msg::ShapeInvalidValue.get(lang).to_string(),
                    Shape::InvalidLength => Msg::ShapeInvalidLength.get(lang).to_string(),
                    // serde's own words are English: kept for debugging, not shown.
                    Shape::Other(_) => Msg::ShapeOther.get(lang).to_string(),
                };
                let mut where_ = Vec::new();
                if let Some(key) = at {
                    where_.push(Msg::AtKey.get(lang).replace("{key}", &name(key)));
                }
                if *line > 0 {
                    where_.push(at_line(*line));
                }
                if where_.is_empty() {
                    format!("{}: {what}", Msg::WrongShape.get(lang))
                } else {
                    format!(
                        "{}: {what} ({})",
                        Msg::WrongShape.get(lang),
                        where_.join(", ")
                    )
                }
            }
            LoadProblem::Duplicate { key, line } => Msg::DuplicateKey
                .get(lang)
                .replace("{key}", &name(key))
                .replace("{line}", &line.to_string()),
            LoadProblem::DuplicateEntry { id } => Msg::DuplicateEntry
                .get(lang)
                .replace("{id}", &id.to_string()),
            LoadProblem::BadValue { bad, line } => {
                let mut text = Msg::BadValue
                    .get(lang)
                    .replace("{id}", &name(&bad.id))
                    .replace("{value}", &bad.value.to_string())
                    .replace("{max}", &bad.max.to_string());
                if let Some(l) = line {
                    text.push_str(&format!(" ({})", at_line(*l)));
                }
                text
            }
            LoadProblem::Newer { found, known } => Msg::Newer
                .get(lang)
                .replace("{found}", &found.to_string())
                .replace("{known}", &known.to_string()),
            LoadProblem::BadVersion { found } => {
                Msg::BadVersion.get(lang).replace("{found}", &name(found))
            }
            LoadProblem::NotExport { kind } => match kind {
                ExportKind::Portfolio => Msg::NotPortfolio.get(lang).to_string(),
                ExportKind::Scan => Msg::NotScan.get(lang).to_string(),
            },
            LoadProblem::NotRegular(s) => s.describe(lang).to_string(),
            LoadProblem::TooLarge { limit } => Msg::TooLarge
                .get(lang)
                .replace("{mb}", &(limit / (1024 * 1024)).to_string()),
            LoadProblem::Io(kind) => i18n::io_problem(*kind, lang),
            LoadProblem::Stopped => Msg::ReadingStopped.get(lang).to_string(),
        }
    }
}

/// A file that exists but cannot be used. It is left exactly as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub problem: LoadProblem,
}

/// A document's schema (or export version) as found: a whole number from 1 up, or refused.
pub fn version_of(value: &Value, field: &str) -> Result<u64, LoadProblem> {
    match value.get(field) {
        None => Err(LoadProblem::WrongShape {
            shape: Shape::MissingField(field.into()),
            line: 0,
            at: None,
        }),
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => Ok(n),
            _ => Err(LoadProblem::BadVersion {
                found: v.to_string(),
            }),
        },
    }
}

/// The highest step of the scale `id` is answered on: its own scale for an item of the
/// material, the highest of all scales for an id the material no longer has.
fn max_of(id: &str) -> u8 {
    let content = crate::content::embedded();
    let widest = content
        .assessment
        .rating
        .max()
        .max(content.assessment.checklist.max());
    content
        .item_by_id(id)
        .and_then(|(r, _)| content.sections[r.section].assess)
        .map(|kind| content.assessment.scale(kind).max())
        .unwrap_or(widest)
}

/// Every score within its scale, or the first that is not.
fn check_values(workbook: Workbook, text: Option<&str>) -> Result<Workbook, LoadProblem> {
    match workbook.out_of_range(max_of) {
        None => Ok(workbook),
        Some(bad) => Err(LoadProblem::BadValue {
            line: text.and_then(|t| json::line_of_key(t, &bad.id)),
            bad,
        }),
    }
}

/// Parses a workbook file, migrating older versions and checking every value. Pure: no I/O.
pub fn parse_workbook(text: &str) -> Result<Workbook, LoadProblem> {
    if text.trim().is_empty() {
        return Err(LoadProblem::Empty);
    }
    if let Some(d) = json::duplicate_key(text) {
        return Err(LoadProblem::Duplicate {
            key: d.key,
            line: d.line,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| LoadProblem::of_serde(&e))?;
    if !value.is_object() {
        return Err(LoadProblem::WrongShape {
            shape: Shape::InvalidType,
            line: 1,
            at: None,
        });
    }
    let found = version_of(&value, "schema")?;
    let workbook = if found == u64::from(WORKBOOK_SCHEMA) {
        // Read from the text, so that a problem is told with its line and item.
        serde_json::from_str(text).map_err(|e| LoadProblem::of_serde(&e).located(text))?
    } else {
        from_value(value, WORKBOOK_SCHEMA, migrate_workbook).map_err(|problem| {
            // The migrations only add fields, so a problem in an older file is also found in
            // its text, where it can be told with its line.
            match serde_json::from_str::<Workbook>(text) {
                Err(e) if matches!(problem, LoadProblem::WrongShape { .. }) => {
                    LoadProblem::of_serde(&e).located(text)
                }
                _ => problem,
            }
        })?
    };
    check_values(workbook, Some(text))
}

/// A workbook from parsed JSON (an export), migrated and checked like a file.
pub fn workbook_from_value(value: Value) -> Result<Workbook, LoadProblem> {
    check_values(from_value(value, WORKBOOK_SCHEMA, migrate_workbook)?, None)
}

/// A log from parsed JSON (an export), checked like a file.
pub fn log_from_value(value: Value) -> Result<Log, LoadProblem> {
    check_log(from_value(value, LOG_SCHEMA, |v, _| Ok(v))?)
}

/// Checks a document's schema version (newer is refused), brings it up to date with
/// `migrate`, and reads it.
fn from_value<T: serde::de::DeserializeOwned>(
    value: Value,
    known: u32,
    migrate: impl FnOnce(Value, u64) -> Result<Value, LoadProblem>,
) -> Result<T, LoadProblem> {
    let found = version_of(&value, "schema")?;
    if found > u64::from(known) {
        return Err(LoadProblem::Newer { found, known });
    }
    let value = migrate(value, found)?;
    serde_json::from_value(value).map_err(|e| LoadProblem::of_serde(&e))
}

fn not_an_object() -> LoadProblem {
    LoadProblem::WrongShape {
        shape: Shape::InvalidType,
        line: 0,
        at: None,
    }
}

/// Brings an older workbook up to [`WORKBOOK_SCHEMA`], one version at a time.
fn migrate_workbook(mut value: Value, from: u64) -> Result<Value, LoadProblem> {
    let mut version = from;
    while version < u64::from(WORKBOOK_SCHEMA) {
        value = match version {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            3 => v3_to_v4(value)?,
            other => {
                return Err(LoadProblem::BadVersion {
                    found: other.to_string(),
                });
            }
        };
        version += 1;
    }
    Ok(value)
}

/// Version 4 adds optional settings (welcome, place, mouse, comparison) and snapshot labels;
/// nothing else changes.
fn v3_to_v4(mut value: Value) -> Result<Value, LoadProblem> {
    let object = value.as_object_mut().ok_or_else(not_an_object)?;
    object.insert("schema".into(), Value::from(4));
    Ok(value)
}

/// Version 3 adds an optional setting (where a presentation stopped); nothing else changes.
fn v2_to_v3(mut value: Value) -> Result<Value, LoadProblem> {
    let object = value.as_object_mut().ok_or_else(not_an_object)?;
    object.insert("schema".into(), Value::from(3));
    Ok(value)
}

/// Version 2 adds self-assessment: items may carry `now` and `goal`, and the workbook a list
/// of snapshots. Nothing of version 1 changes meaning.
fn v1_to_v2(mut value: Value) -> Result<Value, LoadProblem> {
    let object = value.as_object_mut().ok_or_else(not_an_object)?;
    object.insert("schema".into(), Value::from(2));
    object
        .entry("snapshots")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(value)
}

/// Reads the workbook at `path`. A missing file is a first start: an empty workbook. Only a
/// regular file is read (a FIFO or a device never makes it wait), and at most [`READ_LIMIT`].
pub fn load_workbook(path: &Path) -> Result<Workbook, Unreadable> {
    load_workbook_read(path).0
}

/// [`load_workbook`], and the bytes it was read from when it could be read: the file is read
/// once, also to know what it holds.
pub(crate) fn load_workbook_read(path: &Path) -> (Result<Workbook, Unreadable>, Option<Vec<u8>>) {
    let unreadable = |problem| Unreadable {
        path: path.to_path_buf(),
        problem,
    };
    match files::read_regular(path, READ_LIMIT) {
        Ok(Some(bytes)) => match std::str::from_utf8(&bytes) {
            Ok(text) => match parse_workbook(text) {
                Ok(w) => (Ok(w), Some(bytes)),
                Err(problem) => (Err(unreadable(problem)), None),
            },
            Err(_) => (Err(unreadable(LoadProblem::NotText)), None),
        },
        Ok(None) => (Ok(Workbook::default()), None),
        Err(e) => (Err(unreadable(e.into())), None),
    }
}

/// The schema number of a file that did not parse as expected, to tell "newer" from "broken".
fn schema_of(bytes: &[u8]) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Head {
        schema: u64,
    }
    serde_json::from_slice::<Head>(bytes).ok().map(|h| h.schema)
}

/// The log as exports carry it, and as werkboek 0.1 kept it in `logboek.json`: one document.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LogDocument {
    schema: u32,
    #[serde(default)]
    entries: Vec<Entry>,
}

/// Parses the log of werkboek 0.1 (`logboek.json`), or an export's log, from its text. Pure:
/// no I/O.
pub fn parse_legacy_log(text: &str) -> Result<Log, LoadProblem> {
    parse_log_from(text.as_bytes())
}

/// The log's own rules beyond its shape: its version, and one entry per id.
fn check_log(log: LogDocument) -> Result<Log, LoadProblem> {
    if log.schema > LOG_SCHEMA {
        return Err(LoadProblem::Newer {
            found: u64::from(log.schema),
            known: LOG_SCHEMA,
        });
    }
    if log.schema != LOG_SCHEMA {
        return Err(LoadProblem::BadVersion {
            found: log.schema.to_string(),
        });
    }
    let mut ids = HashSet::with_capacity(log.entries.len());
    if let Some(e) = log.entries.iter().find(|e| !ids.insert(e.id)) {
        return Err(LoadProblem::DuplicateEntry { id: e.id });
    }
    Ok(Log::from_entries(log.entries))
}

/// Parses a log document from a reader, without holding the whole file in memory on the happy
/// path.
fn parse_log_from(reader: impl io::Read) -> Result<Log, LoadProblem> {
    let mut reader = io::BufReader::with_capacity(1 << 16, reader);
    let mut probe = [0u8; 1];
    if io::Read::read(&mut reader, &mut probe).map_err(|e| LoadProblem::Io(e.kind()))? == 0 {
        return Err(LoadProblem::Empty);
    }
    let chained = io::Read::chain(&probe[..], reader);
    match serde_json::from_reader::<_, LogDocument>(chained) {
        Ok(log) => check_log(log),
        Err(e) => Err(LoadProblem::of_serde(&e)),
    }
}

/// Reads the log of werkboek 0.1 at `path`, whole into memory. A missing file is an empty log.
/// Only a regular file is read, and at most [`READ_LIMIT`].
pub fn load_legacy_log(path: &Path) -> Result<Log, Unreadable> {
    let unreadable = |problem| Unreadable {
        path: path.to_path_buf(),
        problem,
    };
    let file = match files::open_regular(path) {
        Ok(Some(f)) => f,
        Ok(None) => return Ok(Log::default()),
        Err(e) => return Err(unreadable(e.into())),
    };
    let mut limited = Limited::new(file, READ_LIMIT);
    let parsed = parse_log_from(&mut limited);
    if limited.exceeded() {
        return Err(unreadable(LoadProblem::TooLarge { limit: READ_LIMIT }));
    }
    match parsed {
        Err(problem @ LoadProblem::WrongShape { .. }) => {
            // A newer version may have changed the shape: say so rather than "broken".
            let bytes = files::read_regular(path, READ_LIMIT)
                .ok()
                .flatten()
                .unwrap_or_default();
            match schema_of(&bytes) {
                Some(found) if found > u64::from(LOG_SCHEMA) => {
                    Err(unreadable(LoadProblem::Newer {
                        found,
                        known: LOG_SCHEMA,
                    }))
                }
                _ => Err(unreadable(problem)),
            }
        }
        other => other.map_err(unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(r: Result<impl std::fmt::Debug, LoadProblem>) -> bool {
        matches!(r, Err(LoadProblem::WrongShape { .. }))
    }

    #[test]
    fn a_problem_serde_has_no_words_for_is_told_without_its_english() {
        let bad_date = r#"{"schema": 1, "entries": [
            {"id": 7, "created": "gisteren", "title": "a"}]}"#;
        let problem = parse_legacy_log(bad_date).unwrap_err();
        let told = problem.describe(Lang::Nl);
        assert!(
            told.starts_with("onverwachte inhoud: iets wat werkboek hier niet verwacht"),
            "{told}"
        );
        assert!(told.contains("regel 2"), "{told}");
        for english in ["failed", "parse", "expected", "invalid"] {
            assert!(!told.contains(english), "{told}");
        }
    }

    #[test]
    fn log_files_good_and_bad() {
        assert_eq!(parse_legacy_log(r#"{"schema": 1}"#), Ok(Log::default()));
        assert_eq!(parse_legacy_log(""), Err(LoadProblem::Empty));
        assert!(matches!(
            parse_legacy_log(r#"{"schema": 1, "entries": [{"id": 1"#),
            Err(LoadProblem::NotJson { .. })
        ));
        assert!(shape(parse_legacy_log(
            r#"{"schema": 1, "entries": [{"id": "x"}]}"#
        )));
        assert_eq!(
            parse_legacy_log(r#"{"schema": 5, "entries": []}"#),
            Err(LoadProblem::Newer {
                found: 5,
                known: LOG_SCHEMA
            })
        );
    }

    #[test]
    fn a_log_of_version_zero_or_with_one_id_twice_is_refused() {
        assert_eq!(
            parse_legacy_log(r#"{"schema": 0, "entries": []}"#),
            Err(LoadProblem::BadVersion { found: "0".into() })
        );
        let twice = r#"{"schema": 1, "entries": [
            {"id": 7, "created": "2026-01-01T00:00:00Z", "title": "a"},
            {"id": 7, "created": "2026-01-02T00:00:00Z", "title": "b"}]}"#;
        assert_eq!(
            parse_legacy_log(twice),
            Err(LoadProblem::DuplicateEntry { id: 7 })
        );
    }

    #[test]
    fn a_newer_log_with_a_new_shape_is_called_newer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logboek.json");
        std::fs::write(&path, r#"{"schema": 9, "entries": [{"nieuw": true}]}"#).unwrap();
        assert_eq!(
            load_legacy_log(&path).unwrap_err().problem,
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
            Err(LoadProblem::NotJson { line: 1, .. })
        ));
        assert!(shape(parse_workbook("[1, 2]")));
        assert!(shape(parse_workbook(
            "{\"schema\": 1, \"items\": {\"a\": {\"note\": 5}}}"
        )));
        assert_eq!(
            parse_workbook("{\"schema\": 99}"),
            Err(LoadProblem::Newer {
                found: 99,
                known: WORKBOOK_SCHEMA
            })
        );
    }

    #[test]
    fn versions_must_be_whole_numbers_from_one() {
        for bad in ["\"3\"", "-1", "0", "1.5", "null"] {
            let text = format!("{{\"schema\": {bad}}}");
            assert!(
                matches!(parse_workbook(&text), Err(LoadProblem::BadVersion { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_key_twice_makes_the_file_unreadable_instead_of_losing_one() {
        let text = "{\n  \"schema\": 3,\n  \"items\": {\n    \"sleutel-1\": {\"note\": \"een\"},\n    \"sleutel-1\": {\"note\": \"twee\"}\n  }\n}\n";
        assert_eq!(
            parse_workbook(text),
            Err(LoadProblem::Duplicate {
                key: "sleutel-1".into(),
                line: 5
            })
        );
    }

    #[test]
    fn scores_outside_their_scale_are_refused_with_the_item_and_line() {
        let text = "{\n  \"schema\": 3,\n  \"items\": {\n    \"lo-cultuur-1\": {\n      \"now\": 5\n    }\n  }\n}\n";
        let problem = parse_workbook(text).unwrap_err();
        assert_eq!(
            problem,
            LoadProblem::BadValue {
                bad: BadValue {
                    id: "lo-cultuur-1".into(),
                    value: 5,
                    max: 3
                },
                line: Some(4)
            }
        );
        let said = problem.describe(Lang::Nl);
        assert!(
            said.contains("lo-cultuur-1") && said.contains("regel 4"),
            "{said}"
        );
        // Too big even for a byte: serde refuses it, and the message names the item and line.
        let text = "{\n  \"schema\": 3,\n  \"items\": {\n    \"factor-verbinding\": {\n      \"now\": 300\n    }\n  }\n}\n";
        let said = parse_workbook(text).unwrap_err().describe(Lang::Nl);
        assert!(
            said.contains("factor-verbinding") && said.contains("regel 5"),
            "{said}"
        );
        assert!(!said.contains("expected"), "no English: {said}");
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
        assert_eq!(err.problem, LoadProblem::NotText);
    }

    #[test]
    fn a_device_in_place_of_a_data_file_is_refused_at_once() {
        assert_eq!(
            load_workbook(Path::new("/dev/zero")).unwrap_err().problem,
            LoadProblem::NotRegular(Special::Device)
        );
        assert_eq!(
            load_legacy_log(Path::new("/dev/zero")).unwrap_err().problem,
            LoadProblem::NotRegular(Special::Device)
        );
    }

    #[test]
    fn no_message_carries_what_a_file_smuggled_in() {
        let p = LoadProblem::WrongShape {
            shape: Shape::UnknownField("\x1b]52;c;aGk=\x07".into()),
            line: 1,
            at: None,
        };
        for lang in [Lang::Nl, Lang::En] {
            assert!(crate::safe::is_safe_line(&p.describe(lang)));
        }
    }
}
