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
        assert!(
            md.contains(item.title.nl.as_ref()),
            "{} is missing",
            item.id
        );
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

fn run_in(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap(), "--lang", "nl"];
    all.extend_from_slice(args);
    werkboek(&all, &[])
}

/// A data folder in `d` with one factor scored: enough for a scan.
fn one_scored_factor(d: &Path) {
    std::fs::write(
        d.join("werkboek.json"),
        r#"{"schema": 3, "items": {"factor-verbinding": {"now": 3}}}"#,
    )
    .unwrap();
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn log_add_then_list_with_filters() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run_in(
        d,
        &[
            "log",
            "add",
            "Gesprek met Sanne over haar lesbezoek.",
            "--title",
            "Lesbezoek",
            "--tag",
            "feedback",
            "--tag",
            "#team",
            "--item",
            "factor-teamvertrouwen",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Toegevoegd aan je logboek"),
        "{}",
        stdout(&o)
    );
    let o = run_in(
        d,
        &[
            "log",
            "add",
            "Terugblik op vrijdag",
            "--follow-up",
            "1-12-2099",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let all = stdout(&run_in(d, &["log", "list"]));
    let first = all.lines().next().unwrap();
    assert!(
        first.contains("Terugblik op vrijdag")
            && first.contains("[gepland, opvolgen op 01-12-2099]"),
        "newest first:\n{all}"
    );
    assert!(
        all.contains("#feedback  #team  → factor-teamvertrouwen"),
        "{all}"
    );
    assert!(
        all.contains("    Gesprek met Sanne over haar lesbezoek."),
        "{all}"
    );

    let team = stdout(&run_in(d, &["log", "list", "--tag", "team"]));
    assert!(
        team.contains("Lesbezoek") && !team.contains("Terugblik"),
        "{team}"
    );
    let open = stdout(&run_in(d, &["log", "list", "--open"]));
    assert!(
        open.contains("Terugblik") && !open.contains("Lesbezoek"),
        "{open}"
    );
    let later = stdout(&run_in(d, &["log", "list", "--since", "2099-01-01"]));
    assert!(later.is_empty(), "{later}");
}

#[test]
fn log_add_refuses_bad_input_and_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (args, says) in [
        (
            vec!["log", "add", "x", "--item", "sleutel-99"],
            "sleutel-99",
        ),
        (vec!["log", "add", "x", "--follow-up", "morgen"], "morgen"),
        (vec!["log", "add", "  "], "tekst"),
    ] {
        let o = run_in(d, &args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    assert!(!d.join("logboek.jsonl").exists(), "nothing was written");
    let o = run_in(d, &["log", "list", "--since", "gisteren"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn log_add_waits_its_turn_when_the_workbook_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let _held = werkboek::store::lock_for_writing(dir.path())
        .unwrap()
        .unwrap();
    let o = run_in(dir.path(), &["log", "add", "x"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("ander werkboek"), "{}", stderr(&o));
    assert!(!dir.path().join("logboek.jsonl").exists());
}

#[test]
fn export_import_export_gives_the_same_portfolio() {
    let from = tempfile::tempdir().unwrap();
    let to = tempfile::tempdir().unwrap();
    std::fs::write(
        from.path().join("werkboek.json"),
        r#"{"schema": 2, "settings": {"lang": "nl"},
            "items": {"factor-verbinding": {"note": "één notitie 🌱", "studied": true, "now": 3, "goal": 5},
                      "lo-cultuur-1": {"now": 2}},
            "snapshots": [{"taken": "2026-01-10T09:00:00Z", "scores": {"factor-verbinding": {"now": 2}}}]}"#,
    )
    .unwrap();
    assert!(
        run_in(
            from.path(),
            &[
                "log",
                "add",
                "Lesbezoek",
                "--tag",
                "feedback",
                "--item",
                "sleutel-4",
                "--follow-up",
                "2026-12-01"
            ]
        )
        .status
        .success()
    );

    let first = from.path().join("export.json");
    let o = run_in(
        from.path(),
        &[
            "export",
            "--format",
            "json",
            "--output",
            first.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run_in(to.path(), &["import", first.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("+ 1 notitie toegevoegd"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("+ 1 logboekregel toegevoegd"),
        "{}",
        stdout(&o)
    );

    let second = to.path().join("export.json");
    assert!(
        run_in(
            to.path(),
            &[
                "export",
                "--format",
                "json",
                "--output",
                second.to_str().unwrap()
            ]
        )
        .status
        .success()
    );
    let strip = |p: &Path| {
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exported");
        v
    };
    assert_eq!(strip(&first), strip(&second));

    // Importing the same file again adds nothing and loses nothing.
    let o = run_in(to.path(), &["import", first.to_str().unwrap()]);
    assert!(stdout(&o).contains("= 3 overgeslagen"), "{}", stdout(&o));

    // The export is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn import_refuses_a_bad_file_as_a_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(
        run_in(d, &["log", "add", "bestaande regel"])
            .status
            .success()
    );
    let before = std::fs::read(d.join("logboek.jsonl")).unwrap();
    for bad in [
        "niet eens json",
        r#"{"format": "iets anders"}"#,
        r#"{"format": "werkboek-portfolio", "version": 1, "exported": "2026-01-01T00:00:00Z", "workbook": {"schema": 2}, "log": {"schema": 1, "entries": [{"id": "x"}]}}"#,
        r#"{"format": "werkboek-portfolio", "version": 9}"#,
    ] {
        let file = d.join("bad.json");
        std::fs::write(&file, bad).unwrap();
        let o = run_in(d, &["import", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        assert!(
            stderr(&o).contains("bad.json") && stderr(&o).contains("niets veranderd"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(std::fs::read(d.join("logboek.jsonl")).unwrap(), before);
    assert!(!d.join("werkboek.json").exists());
}

#[test]
fn export_markdown_is_a_portfolio() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(
        run_in(
            d,
            &[
                "log",
                "add",
                "Ik vraag vaker om feedback.",
                "--title",
                "Feedback",
                "--action"
            ]
        )
        .status
        .success()
    );
    let o = run_in(d, &["export"]);
    assert!(o.status.success());
    let md = stdout(&o);
    assert!(md.starts_with("# Mijn ontwikkelportfolio"), "{md}");
    assert!(md.contains("- [ ] **Feedback** (gepland)"), "{md}");
}

#[test]
fn present_refuses_an_id_that_is_on_no_slide() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["present", "--from", "sleutel-99"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("sleutel-99"), "{}", stderr(&o));
}

#[test]
fn a_scan_export_holds_scores_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("werkboek.json"),
        r#"{"schema": 3, "items": {"factor-verbinding": {"note": "GEHEIME NOTITIE", "now": 4, "goal": 5, "studied": true}}}"#,
    )
    .unwrap();
    assert!(
        run_in(d, &["log", "add", "GEHEIM LOGBOEK"])
            .status
            .success()
    );
    let o = run_in(d, &["export", "--scan"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(!text.contains("GEHEIM") && !text.contains("name"), "{text}");
    let scan: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(scan["format"], "werkboek-scan");
    assert_eq!(scan["scores"]["factor-verbinding"]["now"], 4);
    let named = stdout(&run_in(d, &["export", "--scan", "--name", "Juf Anna"]));
    assert!(named.contains("\"name\": \"Juf Anna\""), "{named}");
}

#[test]
fn team_report_adds_up_and_names_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut files = Vec::new();
    for (who, v) in [("a", "2"), ("b", "4"), ("c", "4")] {
        let data = d.join(who);
        std::fs::create_dir(&data).unwrap();
        std::fs::write(
            data.join("werkboek.json"),
            format!(r#"{{"schema": 3, "items": {{"factor-verbinding": {{"now": {v}}}}}}}"#),
        )
        .unwrap();
        let file = d.join(format!("{who}.json"));
        assert!(
            run_in(&data, &["export", "--scan", "-o", file.to_str().unwrap()])
                .status
                .success()
        );
        files.push(file.to_str().unwrap().to_string());
    }
    let bad = d.join("geen-scan.json");
    std::fs::write(&bad, "{\"schema\": 3}").unwrap();
    files.push(bad.to_str().unwrap().to_string());
    let mut args = vec!["team"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--format", "md"]);
    let o = run_in(d, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("3 deelnemers"), "{md}");
    assert!(
        md.contains("| Verbinding | 0 | 1 | 0 | 2 | 0 | 3/3 | 4 | 2 |"),
        "{md}"
    );
    assert!(md.contains("geen-scan.json"), "{md}");
    assert!(stderr(&o).contains("geen-scan.json"), "{}", stderr(&o));
}

#[test]
fn an_entry_without_a_title_is_listed_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run_in(d, &["log", "add", "Eerste regel\nTweede regel\nDerde"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = stdout(&run_in(d, &["log", "list"]));
    assert!(
        list.lines().next().unwrap().contains("Eerste regel"),
        "{list}"
    );
    assert!(list.contains("    Tweede regel\n    Derde"), "{list}");
    assert_eq!(list.matches("Eerste regel").count(), 1, "{list}");
}

#[test]
fn the_team_report_has_no_json_form_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["team", "x.json", "--format", "json"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("json"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn item_ids_are_read_as_the_app_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run_in(
        d,
        &[
            "log",
            "add",
            "Over de bedoeling",
            "--item",
            "Sleutel-2",
            "--item",
            "sleutel-2",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let list = stdout(&run_in(d, &["log", "list", "--item", "SLEUTEL-2"]));
    assert!(list.contains("Over de bedoeling"), "{list}");
    assert_eq!(list.matches("→ sleutel-2").count(), 1, "{list}");
}

// --- Issue 8: nothing lost, nothing leaked, nothing misleading ------------------------------

#[test]
fn an_output_file_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let backup = d.join("backup.json");
    std::fs::write(&backup, "mijn echte backup").unwrap();
    let o = run_in(d, &["export", "--output", backup.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bestaat al"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "mijn echte backup"
    );
    // With --force it is replaced, and in the format its name asks for.
    let o = run_in(
        d,
        &["export", "--output", backup.to_str().unwrap(), "--force"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&backup).unwrap();
    assert!(text.starts_with('{'), "a .json name gives JSON: {text}");
    assert!(stderr(&o).contains("backup.json"), "says where it went");
}

#[test]
fn the_file_name_decides_the_format_and_a_contradiction_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let md = d.join("portfolio.md");
    assert!(
        run_in(d, &["export", "-o", md.to_str().unwrap()])
            .status
            .success()
    );
    assert!(std::fs::read_to_string(&md).unwrap().starts_with("# "));
    let clash = d.join("x.json");
    let o = run_in(
        d,
        &["export", "--format", "md", "-o", clash.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("past niet"), "{}", stderr(&o));
    assert!(!clash.exists());
    let o = run_in(d, &["content", "--format", "json", "-o", "-"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with('{'), "- is standard output");
}

#[cfg(unix)]
#[test]
fn special_files_are_written_to_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["content", "-o", "/dev/null"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(
        meta.file_type().is_char_device(),
        "/dev/null is still a device"
    );
    // A FIFO with a reader: the output arrives through it, and it stays a FIFO.
    let fifo = dir.path().join("pijp");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let o = run_in(dir.path(), &["content", "-o", fifo.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(reader.join().unwrap().starts_with("# "));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn an_empty_scan_is_exported_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["export", "--scan"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("nog geen antwoorden"), "{}", stderr(&o));
}

#[test]
fn a_title_alone_is_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["log", "add", "--title", "Alleen een titel"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&run_in(dir.path(), &["log", "list"])).contains("Alleen een titel"));
}

#[test]
fn a_title_alone_is_an_entry_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let o = werkboek(
        &[
            "--data-dir",
            d,
            "--lang",
            "en",
            "log",
            "add",
            "--title",
            "Only a title",
        ],
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Added to your log: "),
        "{}",
        stdout(&o)
    );
    let o = werkboek(&["--data-dir", d, "--lang", "en", "log", "add", " "], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("An entry needs text or a title."),
        "{}",
        stderr(&o)
    );
}

#[test]
fn log_add_takes_a_day_and_parts_by_their_titles() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run_in(
        d,
        &[
            "log",
            "add",
            "Terugkijken",
            "--date",
            "2-11-2026",
            "--item",
            "externe orientatie",
            "--item",
            "stap-2",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("02-11-2026"), "{}", stdout(&o));
    let o = run_in(d, &["log", "add", "Eerder", "--date", "2026-10-01"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = stdout(&run_in(d, &["log", "list"]));
    let first = list.lines().next().unwrap();
    assert!(
        first.starts_with("02-11-2026") && first.contains("Terugkijken"),
        "newest day first:\n{list}"
    );
    assert!(list.contains("→ sleutel-1  → stap-2"), "{list}");
    assert!(list.contains("01-10-2026"), "{list}");
}

#[test]
fn log_add_names_every_problem_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run_in(
        d,
        &[
            "log",
            "add",
            "x",
            "--item",
            "sleutel-99",
            "--date",
            "gisteren",
            "--follow-up",
            "morgen",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for says in ["sleutel-99", "gisteren", "morgen"] {
        assert!(err.contains(says), "{says}: {err}");
    }
    // Words that fit more than one title name the ids to choose from.
    let o = run_in(d, &["log", "add", "x", "--item", "sleutel"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("meer dan één") && err.contains("sleutel-1") && err.contains("sleutel-2"),
        "{err}"
    );
    assert!(!d.join("logboek.jsonl").exists(), "nothing was written");
}

#[test]
fn parallel_log_adds_wait_for_each_other_and_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();
    let children: Vec<_> = (0..20)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_werkboek"))
                .args(["--data-dir", d.to_str().unwrap(), "--lang", "nl"])
                .args(["log", "add", &format!("regel-{i}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let list = stdout(&run_in(&d, &["log", "list"]));
    for i in 0..20 {
        assert!(
            list.contains(&format!("regel-{i}\n")) || list.ends_with(&format!("regel-{i}")),
            "regel-{i} missing:\n{list}"
        );
    }
}

#[test]
fn a_data_dir_that_is_a_file_is_named_as_such() {
    let o = werkboek(
        &["--data-dir", "/dev/null", "--lang", "nl", "log", "add", "x"],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("geen map"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("File exists"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn import_of_a_fifo_or_device_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pijp.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for file in [fifo.to_str().unwrap(), "/dev/zero"] {
        let started = std::time::Instant::now();
        let o = run_in(dir.path(), &["import", file]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        assert!(stderr(&o).contains("geen gewoon bestand"), "{}", stderr(&o));
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }
}

#[test]
fn the_team_view_counts_people_not_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    one_scored_factor(d);
    let anna = d.join("anna.json");
    assert!(
        run_in(d, &["export", "--scan", "-o", anna.to_str().unwrap()])
            .status
            .success()
    );
    let copy = d.join("kopie.json");
    std::fs::copy(&anna, &copy).unwrap();
    let o = run_in(
        d,
        &[
            "team",
            anna.to_str().unwrap(),
            anna.to_str().unwrap(),
            copy.to_str().unwrap(),
            "--format",
            "md",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("1 deelnemer\n"), "{md}");
    assert!(
        stderr(&o).contains("dezelfde scan als anna.json"),
        "{}",
        stderr(&o)
    );
    // No file that can be read: no report of zeros, and a failing status.
    let bad = d.join("kapot.json");
    std::fs::write(&bad, "{").unwrap();
    let o = run_in(d, &["team", bad.to_str().unwrap(), "--format", "md"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
}

#[test]
fn nothing_from_a_file_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let evil = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;titel\u{7}\u{1b}[2J\u{9b}31m\u{202e}";
    // A scan with an unknown field named with escape sequences, and a file name with them.
    let scan = d.join(format!("scan{}.json", "\u{1b}[2J"));
    std::fs::write(
        &scan,
        format!(
            r#"{{"format": "werkboek-scan", "version": 1, "exported": "2026-01-01T00:00:00Z", "scores": {{}}, "{}": 1}}"#,
            evil.replace('\u{1b}', "\\u001b").replace('\u{7}', "\\u0007").replace('\u{9b}', "\\u009b")
        ),
    )
    .unwrap();
    let o = run_in(d, &["team", scan.to_str().unwrap(), "--format", "md"]);
    // An entry whose title and text carry them, added from the shell.
    let add = run_in(d, &["log", "add", evil, "--title", evil, "--tag", evil]);
    assert!(add.status.success(), "{}", stderr(&add));
    let list = run_in(d, &["log", "list"]);
    let export = run_in(d, &["export"]);
    for out in [&o, &add, &list, &export] {
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                werkboek::safe::is_safe_text(&text),
                "raw control characters in {text:?}"
            );
        }
    }
}

#[test]
fn completions_are_made_from_the_same_definitions() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = werkboek(&["completions", shell], &[]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        for word in [
            "path", "content", "log", "export", "present", "team", "import", "man",
        ] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    let bash = stdout(&werkboek(&["completions", "bash"], &[]));
    assert!(bash.contains("complete -F _werkboek"), "{bash}");
    for option in ["--data-dir", "--lang", "--follow-up", "--scan", "--format"] {
        assert!(
            bash.contains(option),
            "{option} missing from bash completion"
        );
    }
    // They need no data folder, and touch none.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nergens");
    let o = werkboek(
        &["--data-dir", data.to_str().unwrap(), "completions", "fish"],
        &[],
    );
    assert!(o.status.success());
    assert!(!data.exists());
}

#[test]
fn the_man_page_names_every_command_and_option() {
    let o = werkboek(&["man"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(
        page.starts_with(".ie") || page.contains(".TH werkboek 1"),
        "{page}"
    );
    for part in [
        ".SH OPTIONS",
        "\\-\\-lang",
        "\\-\\-data\\-dir",
        ".SH \"WERKBOEK EXPORT\"",
        "\\-\\-output",
        "\\-\\-force",
        "\\-\\-scan",
        ".SH \"WERKBOEK LOG ADD\"",
        "\\-\\-follow\\-up",
        "\\-\\-since",
        ".SH \"WERKBOEK PRESENT\"",
        "\\-\\-from",
        ".SH \"WERKBOEK TEAM\"",
        ".SH \"WERKBOEK COMPLETIONS\"",
    ] {
        assert!(page.contains(part), "{part} missing from the man page");
    }
    assert!(
        !page.contains("(1)\n"),
        "no mention of pages that do not exist"
    );
}

#[test]
fn a_mistake_on_the_command_line_is_told_in_the_interface_language() {
    let o = werkboek(&["--lang", "nl", "export", "--format", "pdf"], &[]);
    assert_eq!(o.status.code(), Some(2), "clap's exit code");
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "werkboek: \"pdf\" is geen geldige waarde voor --format <FORMAT>; kies uit: md, json"
        ),
        "{err}"
    );
    let o = werkboek(&["--lang", "nl", "team"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("er ontbreekt: <FILE>..."),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("Gebruik: werkboek team <FILE>..."));
    let o = werkboek(&["--lang", "en", "frob"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("\"frob\" is not a werkboek command"));
    // Help is still help.
    let o = werkboek(&["--help"], &[]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn the_team_view_without_a_terminal_suggests_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    one_scored_factor(d);
    let scan = d.join("scan.json");
    assert!(
        run_in(d, &["export", "--scan", "-o", scan.to_str().unwrap()])
            .status
            .success()
    );
    // Standard output is a pipe here, as in `werkboek team *.json > verslag.md`.
    let o = run_in(d, &["team", scan.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stdout(&o).is_empty(), "no slides drawn into a pipe");
    assert!(stderr(&o).contains("--format md"), "{}", stderr(&o));
}

#[test]
fn a_file_written_is_named_with_its_whole_path() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for args in [
        vec!["content", "--output", "handout.md"],
        vec!["export", "--output", "portfolio.md"],
        vec!["export", "--scan", "--output", "scan.json"],
    ] {
        let mut all = vec!["--data-dir", "data", "--lang", "nl"];
        all.extend(args.iter().copied());
        let o = Command::new(env!("CARGO_BIN_EXE_werkboek"))
            .args(&all)
            .current_dir(d)
            .env_remove("WERKBOEK_DATA_DIR")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let name = args.last().unwrap();
        let said = format!("Geschreven naar {}", d.join(name).display());
        assert!(stderr(&o).contains(&said), "{args:?}: {}", stderr(&o));
        assert!(d.join(name).exists());
    }
}

#[test]
fn plan_new_writes_a_plan_to_start_from_and_does_not_replace_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = werkboek(&["--data-dir", data.to_str().unwrap(), "plan", "new"], &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let plan = std::fs::read_to_string(data.join("plan.md")).unwrap();
    assert!(plan.starts_with("# Mijn sessie") && plan.contains("- overzicht | 5 min |"));
    let again = werkboek(&["--data-dir", data.to_str().unwrap(), "plan", "new"], &[]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("bestaat al"));
}

#[test]
fn a_plan_with_a_bad_id_is_told_by_line_and_the_rest_is_written_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("sessie.md");
    std::fs::write(
        &plan,
        "# Teamdag\n\n- overzicht | 5 min | GEHEIME NOTITIE\n- sleutel-9\n- stap-2 | 10 min\n",
    )
    .unwrap();
    let html = dir.path().join("deck.html");
    let o = werkboek(
        &[
            "--data-dir",
            dir.path().join("data").to_str().unwrap(),
            "--lang",
            "en",
            "present",
            "--plan",
            plan.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
        ],
        &[],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("line 4: sleutel-9 is no part of the material; skipped"),
        "{err}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("data-id=\"overzicht\"") && page.contains("data-id=\"stap-2/school\""));
    assert!(
        !page.contains("GEHEIM"),
        "a plan's notes never go into the deck"
    );
    assert!(page.contains("<title>Teamdag</title>"));
}

#[test]
fn the_whole_deck_as_html_and_a_folder_of_scans_as_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let html = dir.path().join("deck.html");
    let o = werkboek(
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "present",
            "--html",
            html.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("data-id=\"einde\"")
    );
    // A folder stands for its scans.
    let scans = dir.path().join("scans");
    std::fs::create_dir(&scans).unwrap();
    let scan = |name: &str, v: u8| {
        format!(
            "{{\"format\": \"werkboek-scan\", \"version\": 1, \"name\": \"{name}\", \"exported\": \"2026-11-23T10:00:00Z\", \"scores\": {{\"lo-cultuur-1\": {{\"now\": {v}}}}}}}"
        )
    };
    std::fs::write(scans.join("anna.json"), scan("Anna", 1)).unwrap();
    std::fs::write(scans.join("bram.json"), scan("Bram", 3)).unwrap();
    std::fs::write(scans.join("lees-mij.txt"), "geen scan").unwrap();
    let o = werkboek(
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "team",
            scans.to_str().unwrap(),
            "--format",
            "md",
        ],
        &[],
    );
    let out = stdout(&o);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("2 deelnemers"), "{out}");
}

/// A data folder of an earlier werkboek (the log one JSON document, `logboek.json`): its log is
/// exported and listed as it is, an import adds to it, and the move to `logboek.jsonl` keeps
/// the old file.
#[test]
fn an_old_log_file_is_exported_imported_into_and_moved_with_the_old_file_kept() {
    let from = tempfile::tempdir().unwrap();
    let old = r#"{"schema": 1, "entries": [
        {"id": 1, "created": "2025-03-01T09:00:00Z", "title": "Oude regel", "text": "Uit de vorige versie.", "tags": ["oud"]}
    ]}"#;
    std::fs::write(from.path().join("logboek.json"), old).unwrap();
    let o = run_in(from.path(), &["log", "list"]);
    assert!(stdout(&o).contains("Oude regel"), "{}", stdout(&o));
    let md = run_in(from.path(), &["export", "--output", "-"]);
    assert!(md.status.success(), "{}", stderr(&md));
    assert!(stdout(&md).contains("Oude regel"), "{}", stdout(&md));

    // An export of another folder imported into this one.
    let other = tempfile::tempdir().unwrap();
    assert!(
        run_in(other.path(), &["log", "add", "Nieuwe regel"])
            .status
            .success()
    );
    let export = other.path().join("export.json");
    let o = run_in(
        other.path(),
        &[
            "export",
            "--format",
            "json",
            "--output",
            export.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run_in(from.path(), &["import", export.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    let d = from.path();
    assert!(d.join("logboek.jsonl").is_file(), "moved to the log file");
    assert!(!d.join("logboek.json").exists());
    assert_eq!(
        std::fs::read_to_string(d.join("logboek.v1.json")).unwrap(),
        old,
        "the old file kept as it was"
    );
    let o = run_in(d, &["log", "list"]);
    assert!(stdout(&o).contains("Oude regel"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Nieuwe regel"), "{}", stdout(&o));
    let text = std::fs::read_to_string(d.join("logboek.jsonl")).unwrap();
    assert!(text.starts_with("{\"format\":\"werkboek-logboek\",\"schema\":2}\n"));
    assert_eq!(text.lines().count(), 3, "{text}");
}
