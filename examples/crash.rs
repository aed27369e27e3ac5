//! The crash-and-fuzz harness: werkboek attacked as its users' worst day would, and the figures.
//!
//! ```sh
//! cargo run --release --example crash                 # the full run (about ten minutes)
//! cargo run --release --example crash -- --quick      # a short run (about a minute)
//! cargo run --release --example crash -- --seed 7     # the same random choices again
//! cargo run --release --example crash -- --bin PATH   # another build of werkboek (an older one)
//! cargo run --release --example crash -- --quick --only kills   # one part: kills, special,
//!                                                   # fuzz, injection or storms
//! ```
//!
//! It builds the release binary first and drives it as a user would, in a pseudo-terminal
//! and from the shell, in temporary directories:
//!
//! - **kills**: `kill -9` at a random moment of `log add`, `import` and of typing in the
//!   workbook (notes and log entries), on logs of 1 to 30 MB, and of the first start that moves
//!   the log of werkboek 0.1 (`logboek.json`) to the log file (`logboek.jsonl`). A *confirmed* item is one the
//!   program said was saved (`log add` and `import` ended with status 0; the workbook said
//!   "bewaard"). After every kill the files must read, every confirmed item must be in them, and
//!   an import must be all or nothing as the next start sees it.
//! - **special files**: a FIFO, a device and a link to a device in place of every data file and
//!   given to `import` and `team`; every command must end, with a message.
//! - **fuzz**: data files, exports and scans broken at random, through every command and the
//!   workbook: no panic, no hang, an unreadable file never rewritten, nothing raw on any output.
//! - **injection**: escape sequences and direction overrides in every field, through every
//!   output and the screen.
//! - **key storms**: thousands of random keys at random sizes: no panic, the terminal put back.
//!
//! It prints what it did and what failed; the exit status is 1 when anything failed.

#[cfg(unix)]
#[path = "../tests/common/pty.rs"]
mod pty;

#[cfg(not(unix))]
fn main() {
    eprintln!("the crash harness needs a Unix system (pseudo-terminals, kill -9)");
}

#[cfg(unix)]
fn main() -> std::process::ExitCode {
    harness::main()
}

#[cfg(unix)]
mod harness {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitCode, Stdio};
    use std::time::{Duration, Instant};

    use super::pty::{Options, keys};
    use werkboek::data::{Entry, Log, Workbook};
    use werkboek::store;

    /// The figures of one run.
    #[derive(Default)]
    struct Figures {
        kills: usize,
        /// `log add`, `import`, typing, moving the old log.
        kills_by: [usize; 4],
        confirmed: usize,
        lost: Vec<String>,
        corrupt: Vec<String>,
        half_imports: usize,
        special_runs: usize,
        hangs: Vec<String>,
        fuzzed: usize,
        fuzz_runs: usize,
        panics: Vec<String>,
        rewritten: Vec<String>,
        raw: Vec<String>,
        storms: usize,
        storm_keys: usize,
        not_restored: usize,
    }

    impl Figures {
        fn failed(&self) -> bool {
            !(self.lost.is_empty()
                && self.corrupt.is_empty()
                && self.half_imports == 0
                && self.hangs.is_empty()
                && self.panics.is_empty()
                && self.rewritten.is_empty()
                && self.raw.is_empty()
                && self.not_restored == 0)
        }
    }

    struct Config {
        shell_kills: usize,
        import_kills: usize,
        tui_kills: usize,
        migration_kills: usize,
        fuzz: usize,
        storms: usize,
        /// Log sizes, in MB, the kills rotate through.
        sizes: Vec<usize>,
    }

    fn bin() -> PathBuf {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest.join("target"));
        target.join("release").join("werkboek")
    }

    /// Builds the release binary the harness drives.
    fn build() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "--quiet", "--bin", "werkboek"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the release binary builds");
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let quick = args.iter().any(|a| a == "--quick");
        let seed = args
            .iter()
            .position(|a| a == "--seed")
            .and_then(|i| args.get(i + 1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| fastrand::u64(..));
        fastrand::seed(seed);
        let config = if quick {
            Config {
                shell_kills: 60,
                import_kills: 30,
                tui_kills: 20,
                migration_kills: 20,
                fuzz: 40,
                storms: 3,
                sizes: vec![1, 5],
            }
        } else {
            Config {
                shell_kills: 600,
                import_kills: 200,
                tui_kills: 240,
                migration_kills: 100,
                fuzz: 300,
                storms: 20,
                sizes: vec![1, 10, 30],
            }
        };
        let other = args
            .iter()
            .position(|a| a == "--bin")
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from);
        match &other {
            Some(path) => println!("driving {}", path.display()),
            None => build(),
        }
        let program = other.unwrap_or_else(bin);
        // Absolute: the harness moves into its temporary folder.
        let program = std::path::absolute(&program).unwrap_or(program);
        // SAFETY: set before any thread is started.
        unsafe { std::env::set_var("WERKBOEK_BIN", &program) };
        println!("werkboek crash-and-fuzz harness, seed {seed}");
        let started = Instant::now();
        let mut f = Figures::default();
        let work = tempfile::tempdir().expect("a temporary directory");
        let root = work.path();
        // Exports made by the key storms (`x`) go to the current folder when there is no
        // documents folder: into the temporary one, not the checkout.
        std::env::set_current_dir(root).expect("the temporary directory");

        let only = args
            .iter()
            .position(|a| a == "--only")
            .and_then(|i| args.get(i + 1))
            .cloned();
        let part = |name: &str| only.as_deref().is_none_or(|o| o == name);
        if part("kills") {
            shell_kills(root, &config, &mut f);
            import_kills(root, &config, &mut f);
            tui_kills(root, &config, &mut f);
            migration_kills(root, &config, &mut f);
        }
        if part("special") {
            special_files(root, &mut f);
        }
        if part("fuzz") {
            fuzz(root, &config, &mut f);
        }
        if part("injection") {
            injection(root, &mut f);
        }
        if part("storms") {
            storms(root, &config, &mut f);
        }

        report(&f, started.elapsed());
        if f.failed() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    fn report(f: &Figures, took: Duration) {
        println!();
        println!("| what | figure |");
        println!("| --- | --- |");
        println!(
            "| kill -9 (log add / import / typing / moving the old log) | {} ({} / {} / {} / {}) |",
            f.kills, f.kills_by[0], f.kills_by[1], f.kills_by[2], f.kills_by[3]
        );
        println!(
            "| confirmed items checked after the kills | {} |",
            f.confirmed
        );
        println!("| confirmed items lost | {} |", f.lost.len());
        println!("| data files that no longer read | {} |", f.corrupt.len());
        println!(
            "| imports half done as the next start sees them | {} |",
            f.half_imports
        );
        println!("| runs against FIFOs and devices | {} |", f.special_runs);
        println!("| hangs | {} |", f.hangs.len());
        println!(
            "| fuzzed files / runs through commands and the workbook | {} / {} |",
            f.fuzzed, f.fuzz_runs
        );
        println!("| panics | {} |", f.panics.len());
        println!("| unreadable files rewritten | {} |", f.rewritten.len());
        println!("| outputs with raw control sequences | {} |", f.raw.len());
        println!("| key storms / keys | {} / {} |", f.storms, f.storm_keys);
        println!("| terminals not put back | {} |", f.not_restored);
        println!("| time | {:.0} s |", took.as_secs_f64());
        for (what, list) in [
            ("lost", &f.lost),
            ("corrupt", &f.corrupt),
            ("hang", &f.hangs),
            ("panic", &f.panics),
            ("rewritten", &f.rewritten),
            ("raw output", &f.raw),
        ] {
            for item in list.iter().take(10) {
                println!("{what}: {item}");
            }
        }
    }

    // --- Data to work on ----------------------------------------------------------------

    /// A log of about `mb` megabytes: entries of a title and three paragraphs.
    fn big_log(mb: usize) -> Log {
        let mut log = Log::default();
        let text = "Vandaag een lesbezoek gedaan en daarna nabesproken met de collega. ".repeat(14);
        let n = mb * 1024 * 1024 / (text.len() + 200);
        let start = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        for i in 0..n {
            log.push(Entry {
                id: i as u64 + 1,
                created: start + jiff::SignedDuration::from_secs(i as i64 * 60),
                updated: None,
                title: format!("Regel {i}"),
                text: text.clone(),
                tags: vec!["lesbezoek".into()],
                items: vec!["sleutel-4".into()],
                action: None,
            });
        }
        log
    }

    /// A data directory holding a log of `mb` megabytes.
    fn data_dir(root: &Path, name: &str, mb: usize) -> PathBuf {
        let dir = root.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        store::write_log_now(&dir, &big_log(mb)).unwrap();
        dir
    }

    fn run(args: &[&str], dir: &Path) -> std::process::Child {
        Command::new(std::env::var_os("WERKBOEK_BIN").expect("set in main"))
            .args(["--data-dir", dir.to_str().unwrap(), "--lang", "nl"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("werkboek starts")
    }

    /// Runs a command to its end, at most `limit` (then it is killed and counted as a hang).
    fn finish(
        mut child: std::process::Child,
        limit: Duration,
        what: &str,
        f: &mut Figures,
    ) -> Option<std::process::Output> {
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(Some(_)) = child.try_wait() {
                return child.wait_with_output().ok();
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                f.hangs.push(what.to_string());
                return None;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Everything the next start sees: an interrupted import finished, the files read.
    fn as_next_start_sees(dir: &Path) -> (Result<Workbook, String>, Result<Log, String>) {
        if let Ok(Some(lock)) = store::lock_for_writing(dir) {
            drop(lock);
        }
        (
            store::load_workbook(&dir.join(store::WORKBOOK_FILE))
                .map_err(|u| u.problem.describe(werkboek::i18n::Lang::En)),
            store::load_log(dir).map_err(|u| u.problem.describe(werkboek::i18n::Lang::En)),
        )
    }

    fn log_texts(log: &Log) -> BTreeSet<String> {
        log.iter()
            .flat_map(|e| [e.title.clone(), e.text.clone()])
            .collect()
    }

    // --- Kills --------------------------------------------------------------------------

    /// `log add` killed at a random moment.
    fn shell_kills(root: &Path, config: &Config, f: &mut Figures) {
        let dirs: Vec<(PathBuf, usize)> = config
            .sizes
            .iter()
            .map(|mb| (data_dir(root, &format!("shell-{mb}"), *mb), *mb))
            .collect();
        let mut confirmed: Vec<Vec<String>> = vec![Vec::new(); dirs.len()];
        // How long one `log add` takes on each log, to spread the kills over its whole run.
        let spans: Vec<Duration> = dirs
            .iter()
            .map(|(dir, _)| {
                let t = Instant::now();
                let _ = finish(
                    run(&["log", "add", "opwarmen"], dir),
                    Duration::from_secs(60),
                    "log add",
                    f,
                );
                t.elapsed()
            })
            .collect();
        for i in 0..config.shell_kills {
            let k = i % dirs.len();
            let (dir, mb) = &dirs[k];
            let token = format!("shell-{mb}-{i}-{}", fastrand::u32(..));
            let mut child = run(&["log", "add", &token], dir);
            let at = spans[k].mul_f64(fastrand::f64() * 1.2);
            std::thread::sleep(at);
            let _ = child.kill();
            let status = child.wait().unwrap();
            f.kills += 1;
            f.kills_by[0] += 1;
            if status.success() {
                confirmed[k].push(token);
            }
            check_log(
                dir,
                &confirmed[k],
                &format!("log add on {mb} MB, kill {i}"),
                f,
            );
        }
    }

    /// The files in `dir` read, and every confirmed text is in the log.
    fn check_log(dir: &Path, confirmed: &[String], what: &str, f: &mut Figures) {
        let (workbook, log) = as_next_start_sees(dir);
        if let Err(e) = workbook {
            f.corrupt.push(format!("{what}: werkboek.json: {e}"));
        }
        match log {
            Err(e) => f.corrupt.push(format!("{what}: {}: {e}", store::LOG_FILE)),
            Ok(log) => {
                let texts = log_texts(&log);
                for c in confirmed {
                    f.confirmed += 1;
                    if !texts.contains(c) {
                        f.lost.push(format!("{what}: {c}"));
                    }
                }
            }
        }
    }

    /// The first start of this version on a log of werkboek 0.1 (`log add`, which moves it to
    /// the log file before it adds), killed at a random moment: the next start reads every old
    /// entry and every confirmed new one, and the old file is still there (where it was, or
    /// kept as `logboek.v1.json`).
    fn migration_kills(root: &Path, config: &Config, f: &mut Figures) {
        let sizes: Vec<usize> = config.sizes.iter().map(|mb| (*mb).clamp(1, 10)).collect();
        let legacy: Vec<(PathBuf, BTreeSet<String>)> = sizes
            .iter()
            .map(|mb| {
                let log = big_log(*mb);
                let path = root.join(format!("legacy-{mb}.json"));
                let mut bytes = serde_json::to_vec(&log).unwrap();
                bytes.push(b'\n');
                std::fs::write(&path, bytes).unwrap();
                (path, log_texts(&log))
            })
            .collect();
        let fresh = |i: usize, k: usize| {
            let dir = root.join(format!("migration-{i}"));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::copy(&legacy[k].0, dir.join(store::LEGACY_LOG_FILE)).unwrap();
            dir
        };
        // How long the first start takes on each size, to spread the kills over all of it.
        let spans: Vec<Duration> = (0..sizes.len())
            .map(|k| {
                let dir = fresh(usize::MAX - k, k);
                let t = Instant::now();
                let _ = finish(
                    run(&["log", "add", "opwarmen"], &dir),
                    Duration::from_secs(60),
                    "log add (moving the old log)",
                    f,
                );
                t.elapsed()
            })
            .collect();
        for i in 0..config.migration_kills {
            let k = i % sizes.len();
            let dir = fresh(i, k);
            let token = format!("migration-{}-{i}-{}", sizes[k], fastrand::u32(..));
            let mut child = run(&["log", "add", &token], &dir);
            std::thread::sleep(spans[k].mul_f64(fastrand::f64() * 1.2));
            let _ = child.kill();
            let status = child.wait().unwrap();
            f.kills += 1;
            f.kills_by[3] += 1;
            let what = format!("moving the old log of {} MB, kill {i}", sizes[k]);
            let kept = [store::LEGACY_LOG_FILE, "logboek.v1.json"]
                .iter()
                .any(|name| dir.join(name).is_file());
            if !kept {
                f.lost.push(format!("{what}: the old log file is gone"));
            }
            let (_, log) = as_next_start_sees(&dir);
            match log {
                Err(e) => f.corrupt.push(format!("{what}: {}: {e}", store::LOG_FILE)),
                Ok(log) => {
                    let texts = log_texts(&log);
                    let mut confirmed: Vec<&String> = legacy[k].1.iter().collect();
                    if status.success() {
                        confirmed.push(&token);
                    }
                    f.confirmed += confirmed.len();
                    let missing = confirmed.iter().filter(|c| !texts.contains(**c)).count();
                    if missing > 0 {
                        f.lost.push(format!("{what}: {missing} texts missing"));
                    }
                }
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }

    /// `import` killed at a random moment: both files or neither, as the next start sees it.
    fn import_kills(root: &Path, config: &Config, f: &mut Figures) {
        let mb = *config.sizes.iter().max().unwrap_or(&1);
        let dir = data_dir(root, "import", mb.min(10));
        let source = root.join("import-source");
        std::fs::create_dir_all(&source).unwrap();
        let items: Vec<String> = werkboek::content::embedded()
            .all_items()
            .map(|(_, i)| i.id.to_string())
            .collect();
        let export = root.join("import.json");
        let write_export = |marker: &str, i: usize| {
            let mut w = Workbook::default();
            w.update_item(&items[i % items.len()], |s| s.note = marker.to_string());
            let mut log = big_log(1);
            log.push(Entry {
                id: 1_000_000_000 + i as u64,
                created: jiff::Timestamp::now(),
                updated: None,
                title: marker.to_string(),
                text: String::new(),
                tags: vec![],
                items: vec![],
                action: None,
            });
            std::fs::write(
                &export,
                werkboek::format::portfolio::json(&w, &log, jiff::Timestamp::now()),
            )
            .unwrap();
        };
        // How long a whole import takes here, to spread the kills over all of it.
        write_export("opwarmen", usize::MAX / 2);
        let t = Instant::now();
        let _ = finish(
            run(&["import", export.to_str().unwrap()], &dir),
            Duration::from_secs(60),
            "import",
            f,
        );
        let span = t.elapsed().mul_f64(1.2);
        for i in 0..config.import_kills {
            let marker = format!("import-{i}-{}", fastrand::u32(..));
            write_export(&marker, i);
            let mut child = run(&["import", export.to_str().unwrap()], &dir);
            std::thread::sleep(span.mul_f64(fastrand::f64()));
            let _ = child.kill();
            let status = child.wait().unwrap();
            f.kills += 1;
            f.kills_by[1] += 1;
            let (workbook, log) = as_next_start_sees(&dir);
            let what = format!("import, kill {i}");
            match (workbook, log) {
                (Ok(w), Ok(l)) => {
                    let in_workbook = w.items.values().any(|s| s.note.contains(&marker));
                    let in_log = l.iter().any(|e| e.title == marker);
                    if in_workbook != in_log {
                        f.half_imports += 1;
                    }
                    if status.success() {
                        f.confirmed += 1;
                        if !(in_workbook && in_log) {
                            f.lost.push(format!("{what}: {marker}"));
                        }
                    }
                }
                (w, l) => {
                    for (name, e) in [("werkboek.json", w.err()), ("logboek.json", l.err())] {
                        if let Some(e) = e {
                            f.corrupt.push(format!("{what}: {name}: {e}"));
                        }
                    }
                }
            }
        }
    }

    /// The workbook in a terminal, notes and log entries typed and saved, killed at a random
    /// moment.
    fn tui_kills(root: &Path, config: &Config, f: &mut Figures) {
        for (k, mb) in config.sizes.iter().enumerate() {
            let dir = data_dir(root, &format!("tui-{mb}"), *mb);
            let mut notes: Vec<String> = Vec::new();
            let mut entries: Vec<String> = Vec::new();
            let rounds = config.tui_kills / config.sizes.len()
                + usize::from(k < config.tui_kills % config.sizes.len());
            for i in 0..rounds {
                let mut t =
                    Options::werkboek(&["--data-dir", dir.to_str().unwrap(), "--lang", "nl"])
                        .env("TERM", "xterm-256color")
                        .env("LANG", "C")
                        .size(100, 30)
                        .spawn();
                if t.wait_past_welcome("De zeven sleutels", Duration::from_secs(30))
                    .is_err()
                {
                    f.hangs.push(format!("workbook on {mb} MB did not start"));
                    t.kill();
                    continue;
                }
                // A few whole actions, then one cut off by the kill.
                let whole = fastrand::usize(0..3);
                for a in 0..=whole {
                    let last = a == whole;
                    let token = format!("tui{mb}x{i}x{a}x{}", fastrand::u32(..));
                    let note = fastrand::bool();
                    if note {
                        // The first key: its section, the introduction at the top, one down.
                        t.send("1");
                        t.send_keys(&[keys::HOME, keys::DOWN]);
                        t.send("e");
                        if t.wait_for("✎ Notitie ·", Duration::from_secs(10)).is_err() {
                            break;
                        }
                        t.send(&format!(" {token}"));
                    } else {
                        t.send("n");
                        if t.wait_for("Nieuwe logboekregel", Duration::from_secs(10))
                            .is_err()
                        {
                            break;
                        }
                        t.send(&token);
                    }
                    if last && fastrand::bool() {
                        // Killed while typing.
                        std::thread::sleep(Duration::from_millis(fastrand::u64(0..60)));
                        break;
                    }
                    t.send_keys(&[keys::ESC]);
                    if last {
                        // Killed somewhere around the save; what was said by then counts.
                        let wait = Duration::from_millis(fastrand::u64(0..400));
                        let said = t.wait_for("bewaard.", wait).is_ok();
                        if said {
                            if note {
                                notes.push(token)
                            } else {
                                entries.push(token)
                            }
                        }
                        break;
                    }
                    let what = if note {
                        "Notitie bewaard"
                    } else {
                        "Logboekregel bewaard"
                    };
                    if t.wait_for(what, Duration::from_secs(30)).is_ok() {
                        if note {
                            notes.push(token);
                        } else {
                            entries.push(token);
                        }
                    }
                }
                t.kill();
                f.kills += 1;
                f.kills_by[2] += 1;
                let what = format!("typing on {mb} MB, kill {i}");
                let (workbook, log) = as_next_start_sees(&dir);
                match workbook {
                    Err(e) => f.corrupt.push(format!("{what}: werkboek.json: {e}")),
                    Ok(w) => {
                        let all: String = w.items.values().map(|s| s.note.as_str()).collect();
                        for n in &notes {
                            f.confirmed += 1;
                            if !all.contains(n.as_str()) {
                                f.lost.push(format!("{what}: note {n}"));
                            }
                        }
                    }
                }
                match log {
                    Err(e) => f.corrupt.push(format!("{what}: {}: {e}", store::LOG_FILE)),
                    Ok(l) => {
                        let texts = log_texts(&l);
                        for e in &entries {
                            f.confirmed += 1;
                            if !texts.contains(e) {
                                f.lost.push(format!("{what}: entry {e}"));
                            }
                        }
                    }
                }
            }
        }
    }

    // --- Special files -------------------------------------------------------------------

    fn mkfifo(path: &Path) {
        let _ = std::fs::remove_file(path);
        let ok = Command::new("mkfifo")
            .arg(path)
            .status()
            .map(|s| s.success());
        assert_eq!(ok.ok(), Some(true), "mkfifo works");
    }

    /// Every command against a FIFO, a device and a link to a device in every place a file is
    /// read: each must end, within seconds, with a message.
    fn special_files(root: &Path, f: &mut Figures) {
        type Make = fn(&Path);
        let kinds: [(&str, Make); 3] = [
            ("FIFO", mkfifo),
            ("/dev/zero", |p: &Path| {
                let _ = std::fs::remove_file(p);
                std::os::unix::fs::symlink("/dev/zero", p).unwrap();
            }),
            ("/dev/null", |p: &Path| {
                let _ = std::fs::remove_file(p);
                std::os::unix::fs::symlink("/dev/null", p).unwrap();
            }),
        ];
        let limit = Duration::from_secs(10);
        for (kind, make) in kinds {
            for name in [
                store::WORKBOOK_FILE,
                store::LOG_FILE,
                "werkboek.lock",
                store::commit::JOURNAL,
            ] {
                let dir = root.join(format!("special-{}-{name}", kind.replace('/', "")));
                std::fs::create_dir_all(&dir).unwrap();
                make(&dir.join(name));
                for args in [
                    vec!["log", "list"],
                    vec!["export"],
                    vec!["export", "--scan"],
                    vec!["log", "add", "x"],
                ] {
                    f.special_runs += 1;
                    let what = format!("{} with {name} a {kind}", args.join(" "));
                    if let Some(out) = finish(run(&args, &dir), limit, &what, f) {
                        check_output(&out, &what, f);
                    }
                }
                f.special_runs += 1;
                tui_start_and_quit(&dir, &format!("the workbook with {name} a {kind}"), f);
                f.special_runs += 1;
                let what = format!("present with {name} a {kind}");
                let mut t = Options::werkboek(&["--data-dir", dir.to_str().unwrap(), "present"])
                    .env("TERM", "xterm-256color")
                    .spawn();
                let _ = t.wait_for("7", Duration::from_secs(10));
                t.send("q");
                if t.wait_exit(limit).is_none() {
                    f.hangs.push(what);
                }
            }
            let dir = root.join(format!("special-{}-input", kind.replace('/', "")));
            std::fs::create_dir_all(&dir).unwrap();
            let input = dir.join("invoer.json");
            make(&input);
            for args in [vec!["import"], vec!["team", "--format", "md"]] {
                f.special_runs += 1;
                let mut args = args.clone();
                args.insert(1, input.to_str().unwrap());
                let what = format!("{} a {kind}", args.join(" "));
                if let Some(out) = finish(run(&args, &dir), limit, &what, f) {
                    check_output(&out, &what, f);
                }
            }
        }
    }

    /// Starts the workbook on `dir`, waits for a first screen, answers a question about an
    /// unreadable file with q, and quits.
    fn tui_start_and_quit(dir: &Path, what: &str, f: &mut Figures) {
        let mut t = Options::werkboek(&["--data-dir", dir.to_str().unwrap(), "--lang", "nl"])
            .env("TERM", "xterm-256color")
            .size(100, 30)
            .spawn();
        let drawn = t.wait_until(Duration::from_secs(15), |s| {
            s.contains("De zeven sleutels")
                || s.contains("kunnen niet worden gelezen")
                || s.contains("Noodkopie")
        });
        if drawn.is_err() && t.exited_within(Duration::ZERO).is_none() {
            f.hangs.push(format!("{what}: no first screen"));
        }
        t.send("q");
        std::thread::sleep(Duration::from_millis(50));
        t.send("q");
        match t.wait_exit(Duration::from_secs(15)) {
            None => f.hangs.push(format!("{what}: did not quit")),
            Some(status) if status.code() == Some(101) => f.panics.push(what.to_string()),
            Some(_) => {}
        }
        let out = String::from_utf8_lossy(&t.output()).into_owned();
        if out.contains("panicked") {
            f.panics.push(what.to_string());
        }
    }

    /// No panic, and nothing raw on either stream.
    fn check_output(out: &std::process::Output, what: &str, f: &mut Figures) {
        if out.status.code() == Some(101)
            || String::from_utf8_lossy(&out.stderr).contains("panicked")
        {
            f.panics.push(what.to_string());
        }
        for stream in [&out.stdout, &out.stderr] {
            if !werkboek::safe::is_safe_text(&String::from_utf8_lossy(stream)) {
                f.raw.push(what.to_string());
            }
        }
    }

    // --- Fuzz ---------------------------------------------------------------------------

    /// `text` broken in one of the ways hands, merge tools and disks break files.
    fn mutate(text: &str) -> Vec<u8> {
        let mut bytes = text.as_bytes().to_vec();
        match fastrand::u8(0..9) {
            0 => {
                for _ in 0..fastrand::usize(1..8) {
                    let i = fastrand::usize(..bytes.len());
                    bytes[i] ^= 1 << fastrand::u8(0..8);
                }
            }
            1 => bytes.truncate(fastrand::usize(..bytes.len())),
            2 => {
                let i = fastrand::usize(..bytes.len());
                let junk: &[u8] = match fastrand::u8(0..4) {
                    0 => b"\x1b]52;c;cHduZWQ=\x07",
                    1 => "\u{202e}".as_bytes(),
                    2 => b"\xff\xfe",
                    _ => b"{\"x\":",
                };
                bytes.splice(i..i, junk.iter().copied());
            }
            3 => {
                // A key twice, as a merge leaves it.
                let s = String::from_utf8_lossy(&bytes).replacen(
                    "\"sleutel-1\": {",
                    "\"sleutel-1\": {\"note\": \"a\"}, \"sleutel-1\": {",
                    1,
                );
                bytes = s.into_bytes();
            }
            4 => {
                let s = String::from_utf8_lossy(&bytes).replacen(
                    "\"now\": 3",
                    ["\"now\": 255", "\"now\": 0", "\"now\": -1", "\"now\": 9"]
                        [fastrand::usize(0..4)],
                    1,
                );
                bytes = s.into_bytes();
            }
            5 => {
                let s = String::from_utf8_lossy(&bytes).replacen(
                    "\"schema\": 3",
                    [
                        "\"schema\": 0",
                        "\"schema\": \"3\"",
                        "\"schema\": -1",
                        "\"schema\": 99",
                    ][fastrand::usize(0..4)],
                    1,
                );
                bytes = s.into_bytes();
            }
            6 => {
                let s = String::from_utf8_lossy(&bytes).replacen("\"title\"", "\"titel\"", 1);
                bytes = s.into_bytes();
            }
            7 => bytes = b"[".repeat(fastrand::usize(1..200_000)),
            _ => {
                let s = String::from_utf8_lossy(&bytes).replacen(
                    "\"version\": 1",
                    "\"version\": \"1\"",
                    1,
                );
                bytes = s.into_bytes();
            }
        }
        bytes
    }

    fn fuzz(root: &Path, config: &Config, f: &mut Figures) {
        let mut w = Workbook::default();
        w.update_item("sleutel-1", |s| s.note = "een notitie".into());
        w.update_item("factor-verbinding", |s| s.now = Some(3));
        w.update_item("lo-cultuur-1", |s| s.now = Some(2));
        w.take_snapshot(jiff::Timestamp::now());
        let workbook = String::from_utf8(store::workbook_bytes(&w)).unwrap();
        let log = big_log(0);
        let mut log_bytes = Vec::new();
        let mut small = log.clone();
        for e in big_log(1).iter().take(20) {
            small.push((*e).clone());
        }
        store::write_log_to(&mut log_bytes, &small).unwrap();
        let log_text = String::from_utf8(log_bytes).unwrap();
        let export = werkboek::format::portfolio::json(&w, &small, jiff::Timestamp::now());
        let scan =
            werkboek::present::team::Scan::of(&w, Some("Anna".into()), jiff::Timestamp::now())
                .to_json();
        let limit = Duration::from_secs(20);
        for i in 0..config.fuzz {
            f.fuzzed += 1;
            let dir = root.join(format!("fuzz-{i}"));
            std::fs::create_dir_all(&dir).unwrap();
            let (target, broken) = match i % 4 {
                0 => (dir.join(store::WORKBOOK_FILE), mutate(&workbook)),
                1 => (dir.join(store::LOG_FILE), mutate(&log_text)),
                2 => (dir.join("export.json"), mutate(&export)),
                _ => (dir.join("scan.json"), mutate(&scan)),
            };
            std::fs::write(&target, &broken).unwrap();
            let unreadable = match i % 4 {
                0 => store::load_workbook(&target).is_err(),
                1 => store::read_log_file(&target).is_err(),
                _ => false,
            };
            let file = target.to_str().unwrap();
            let runs: Vec<Vec<&str>> = vec![
                vec!["log", "list"],
                vec!["export"],
                vec!["export", "--format", "json"],
                vec!["export", "--scan"],
                vec!["import", file],
                vec!["team", file, "--format", "md"],
            ];
            for args in runs {
                f.fuzz_runs += 1;
                let what = format!("fuzz {i}: {}", args.join(" "));
                if let Some(out) = finish(run(&args, &dir), limit, &what, f) {
                    check_output(&out, &what, f);
                }
            }
            f.fuzz_runs += 1;
            tui_start_and_quit(&dir, &format!("fuzz {i}: the workbook"), f);
            if unreadable && std::fs::read(&target).ok().as_deref() != Some(&broken[..]) {
                f.rewritten.push(format!("fuzz {i}: {}", target.display()));
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }

    // --- Injection ----------------------------------------------------------------------

    /// What an attacker puts in every field.
    const EVIL: &str =
        "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;GEKAAPT\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{200b}";

    fn injection(root: &Path, f: &mut Figures) {
        let dir = root.join("injection");
        std::fs::create_dir_all(&dir).unwrap();
        let mut w = Workbook::default();
        w.update_item("sleutel-1", |s| s.note = format!("notitie {EVIL}"));
        w.update_item(&format!("onbekend{EVIL}"), |s| s.note = EVIL.into());
        let mut log = Log::default();
        log.push(Entry {
            id: 1,
            created: jiff::Timestamp::now(),
            updated: None,
            title: format!("titel {EVIL}"),
            text: format!("tekst {EVIL}\nregel twee {EVIL}"),
            tags: vec![EVIL.into()],
            items: vec![format!("sleutel-1{EVIL}")],
            action: None,
        });
        let export = dir.join(format!("export{EVIL}.json"));
        std::fs::write(
            &export,
            werkboek::format::portfolio::json(&w, &log, jiff::Timestamp::now()),
        )
        .unwrap();
        let scan = dir.join(format!("scan{EVIL}.json"));
        let mut s =
            werkboek::present::team::Scan::of(&w, Some(EVIL.into()), jiff::Timestamp::now());
        s.scores.insert(
            "factor-verbinding".into(),
            werkboek::data::Score {
                now: Some(3),
                goal: None,
            },
        );
        let text = s.to_json().replacen(
            "\"format\"",
            &format!("\"{}\": 1, \"format\"", EVIL.escape_unicode()),
            1,
        );
        std::fs::write(&scan, text).unwrap();
        let limit = Duration::from_secs(20);
        for args in [
            vec!["import", export.to_str().unwrap()],
            vec!["log", "list"],
            vec!["export"],
            vec!["export", "--scan"],
            vec!["log", "add", EVIL, "--title", EVIL, "--tag", EVIL],
            vec!["team", scan.to_str().unwrap(), "--format", "md"],
            vec!["team", export.to_str().unwrap(), "--format", "md"],
        ] {
            let what = format!("injection: {}", args[0]);
            if let Some(out) = finish(run(&args, &dir), limit, &what, f) {
                check_output(&out, &what, f);
            }
        }
        // The screen: the log, the text with the note, a search.
        let mut t = Options::werkboek(&["--data-dir", dir.to_str().unwrap(), "--lang", "nl"])
            .env("TERM", "xterm-256color")
            .size(120, 40)
            .spawn();
        let _ = t.wait_past_welcome("De zeven sleutels", Duration::from_secs(15));
        for keys in ["9", "\r", "/", "titel", "\x1b", "1", "\r"] {
            t.send(keys);
            std::thread::sleep(Duration::from_millis(150));
        }
        t.send("q");
        let _ = t.wait_exit(Duration::from_secs(15));
        let out = t.output();
        let raw = String::from_utf8_lossy(&out);
        for bad in [
            "\u{1b}]52",
            "GEKAAPT\u{7}",
            "\u{202e}",
            "\u{200b}",
            "\u{9b}",
        ] {
            if raw.contains(bad) {
                f.raw.push(format!("injection: the screen shows {:?}", bad));
            }
        }
    }

    // --- Key storms ---------------------------------------------------------------------

    fn storms(root: &Path, config: &Config, f: &mut Figures) {
        let dir = data_dir(root, "storms", 1);
        let keys_pool: Vec<String> = {
            let mut k: Vec<String> = "abcdefghijklmnopstuvwxyz0123456789 +-[]/?.,;:!@#ELPF"
                .chars()
                .map(String::from)
                .collect();
            for s in [
                keys::UP,
                keys::DOWN,
                keys::LEFT,
                keys::RIGHT,
                keys::TAB,
                keys::ENTER,
                keys::BACKSPACE,
                "\x1b[5~",
                "\x1b[6~",
                "\x1b[H",
                "\x1b[F",
                "\x1b[Z",
                "é",
                "🌱",
            ] {
                k.push(s.to_string());
            }
            k
        };
        for i in 0..config.storms {
            let mut t = Options::werkboek(&["--data-dir", dir.to_str().unwrap(), "--lang", "nl"])
                .env("TERM", "xterm-256color")
                .size(fastrand::u16(1..300), fastrand::u16(1..100))
                .spawn();
            std::thread::sleep(Duration::from_millis(300));
            for k in 0..2000 {
                if k % 250 == 0 {
                    t.resize(fastrand::u16(1..300), fastrand::u16(1..100));
                }
                if fastrand::u8(0..40) == 0 {
                    t.send_keys(&[keys::ESC]);
                } else {
                    t.send(&keys_pool[fastrand::usize(..keys_pool.len())]);
                }
                f.storm_keys += 1;
                if k % 50 == 0 {
                    std::thread::sleep(Duration::from_millis(2));
                }
                if t.exited_within(Duration::ZERO).is_some() {
                    break;
                }
            }
            f.storms += 1;
            // Out of anything that is open, then quit.
            t.send(&keys::ctrl('c'));
            let what = format!("storm {i}");
            match t.wait_exit(Duration::from_secs(20)) {
                None => f.hangs.push(format!("{what}: did not quit")),
                Some(s) if s.code() == Some(101) => f.panics.push(what.clone()),
                Some(_) => {}
            }
            let out = t.output();
            if String::from_utf8_lossy(&out).contains("panicked") {
                f.panics.push(what.clone());
            }
            let tail = &out[out.len().saturating_sub(64)..];
            if !String::from_utf8_lossy(tail).contains("\u{1b}[?1049l") {
                f.not_restored += 1;
            }
        }
    }
}
