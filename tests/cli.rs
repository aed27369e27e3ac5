//! The command line, through the real binary.

use std::path::Path;
use std::process::{Command, Output};

fn werkboek(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_werkboek"));
    cmd.args(args)
        .env_remove("WERKBOEK_DATA_DIR")
        .env_remove("XDG_CONFIG_HOME");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

#[test]
fn path_follows_flag_then_env_then_xdg() {
    let dir = tempfile::tempdir().unwrap();
    let flag = dir.path().join("flag");
    let env = dir.path().join("env");
    let xdg = dir.path().join("xdg");
    let o = werkboek(
        &["path", "--data-dir", flag.to_str().unwrap()],
        &[("WERKBOEK_DATA_DIR", &env)],
    );
    assert!(o.status.success());
    assert_eq!(stdout(&o), flag.display().to_string());
    let o = werkboek(
        &["path"],
        &[("WERKBOEK_DATA_DIR", &env), ("XDG_CONFIG_HOME", &xdg)],
    );
    assert_eq!(stdout(&o), env.display().to_string());
    let o = werkboek(&["path"], &[("XDG_CONFIG_HOME", &xdg)]);
    assert_eq!(stdout(&o), xdg.join("werkboek").display().to_string());
}

#[test]
fn path_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nieuw");
    let o = werkboek(&["path", "--data-dir", data.to_str().unwrap()], &[]);
    assert!(o.status.success());
    assert!(!data.exists());
}

#[test]
fn a_bad_language_is_refused_clearly() {
    let o = werkboek(&["--lang", "fr", "path"], &[]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fr") && err.contains("nl") && err.contains("en"),
        "{err}"
    );
}

#[test]
fn help_names_the_commands_and_options() {
    let o = werkboek(&["--help"], &[]);
    assert!(o.status.success());
    let out = stdout(&o);
    for word in ["path", "--lang", "--data-dir"] {
        assert!(out.contains(word), "{word} not in help:\n{out}");
    }
}

#[test]
fn content_prints_the_whole_material_as_markdown() {
    let o = werkboek(&["content", "--lang", "nl"], &[]);
    assert!(o.status.success());
    let md = String::from_utf8(o.stdout).unwrap();
    let c = werkboek::content::embedded();
    for (_, item) in c.all_items() {
        assert!(md.contains(&item.title.nl), "{} is missing", item.id);
    }
    assert!(md.starts_with("# "));
    assert!(md.contains("Ros, Anje"), "sources are credited");
}

#[test]
fn content_as_json_keeps_ids_and_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("materiaal.json");
    let o = werkboek(
        &[
            "content",
            "--format",
            "json",
            "--lang",
            "en",
            "--output",
            file.to_str().unwrap(),
        ],
        &[("WERKBOEK_DATA_DIR", dir.path())],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["lang"], "en");
    let ids: Vec<&str> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["groups"].as_array().unwrap())
        .flat_map(|g| g["items"].as_array().unwrap())
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), werkboek::content::embedded().all_items().count());
    assert!(ids.contains(&"factor-verbinding") && ids.contains(&"stap-6"));
}

#[test]
fn content_never_carries_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("werkboek.json"),
        r#"{"schema": 2, "items": {"sleutel-1": {"note": "GEHEIM-MERKTEKEN", "now": 3}}}"#,
    )
    .unwrap();
    for format in ["md", "json"] {
        let o = werkboek(
            &["content", "--format", format],
            &[("WERKBOEK_DATA_DIR", dir.path())],
        );
        assert!(o.status.success());
        assert!(!String::from_utf8_lossy(&o.stdout).contains("GEHEIM-MERKTEKEN"));
    }
}

#[test]
fn content_to_an_unwritable_place_fails_clearly() {
    let o = werkboek(&["content", "--output", "/nonexistent/dir/handout.md"], &[]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/nonexistent/dir/handout.md"), "{err}");
}
