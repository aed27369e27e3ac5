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
