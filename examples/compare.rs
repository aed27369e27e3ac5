//! werkboek beside tui-journal on the same log, started as a user starts them: each program in a
//! pseudo-terminal of 120x40, watched from outside (what the terminal shows, `/proc`).
//!
//! ```sh
//! cargo install tui-journal --locked --root /tmp/tj
//! cargo run --release --example compare -- --tjournal /tmp/tj/bin/tjournal
//! cargo run --release --example compare -- --before OLDER/werkboek   # an older build beside it
//! cargo run --release --example compare -- --entries 100000 --runs 3
//! ```
//!
//! The data (`support/profile.rs`): 10,000 entries of two to four paragraphs (about 9 MB), the
//! same titles, texts, tags and dates for both programs; werkboek also gets a workbook of a
//! year's use. werkboek's log is written as werkboek 0.1 kept it (`logboek.json`), so the first
//! start of a newer werkboek migrates it: that start is measured apart, the others are not.
//!
//! Per run, from the moment the program is started:
//!
//! - **first frame**: the first screen drawn (werkboek: its tabs; tui-journal: its list);
//! - **log drawn**: the log's list on the screen. werkboek is sent `9` at once, as a user who
//!   wants the log would type it; tui-journal opens on its list;
//! - **peak memory**: `VmHWM` after the log was drawn, searched ("gesprek team", until the
//!   results are complete) and an entry saved (werkboek: a new one, until it says "bewaard";
//!   tui-journal: one changed and saved);
//! - **quit**: from the quit key to the end of the process, nothing left unsaved.
//!
//! The figures are the median and the range of `--runs` runs (5 unless told), after one run
//! that is not counted (the page cache filled, werkboek's log migrated).

#[cfg(unix)]
#[path = "../tests/common/pty.rs"]
mod pty;

#[path = "support/profile.rs"]
mod profile;

#[cfg(not(unix))]
fn main() {
    eprintln!("the comparison needs a Unix system (pseudo-terminals, /proc)");
}

#[cfg(unix)]
fn main() {
    compare::main()
}

#[cfg(unix)]
mod compare {
    use std::path::{Path, PathBuf};
    use std::time::{Duration, Instant};

    use super::profile;
    use super::pty::{Options, Pty, keys};

    const COLS: u16 = 120;
    const ROWS: u16 = 40;
    const WAIT: Duration = Duration::from_secs(60);

    /// A row of the table: what, how to read it from a run, the unit.
    type Row = (&'static str, fn(&Run) -> f64, &'static str);

    /// One run's figures.
    #[derive(Clone, Copy, Debug, Default)]
    struct Run {
        first_frame: Duration,
        log_drawn: Duration,
        peak_kib: u64,
        quit: Duration,
    }

    #[derive(Clone, Debug)]
    enum Program {
        Werkboek { name: String, bin: PathBuf },
        TuiJournal { bin: PathBuf },
    }

    impl Program {
        fn name(&self) -> String {
            match self {
                Program::Werkboek { name, .. } => name.clone(),
                Program::TuiJournal { bin } => {
                    let version = std::process::Command::new(bin)
                        .arg("--version")
                        .output()
                        .ok()
                        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
                        .unwrap_or_default();
                    if version.is_empty() {
                        "tui-journal".into()
                    } else {
                        version
                    }
                }
            }
        }
    }

    fn arg(args: &[String], name: &str) -> Option<String> {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    }

    fn this_werkboek() -> PathBuf {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest.join("target"));
        target.join("release").join("werkboek")
    }

    pub fn main() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let entries: usize = arg(&args, "--entries")
            .and_then(|n| n.parse().ok())
            .unwrap_or(10_000);
        let runs: usize = arg(&args, "--runs")
            .and_then(|n| n.parse().ok())
            .unwrap_or(5)
            .max(1);
        let mut programs = vec![Program::Werkboek {
            name: "werkboek (this build)".into(),
            bin: arg(&args, "--bin")
                .map(PathBuf::from)
                .unwrap_or_else(this_werkboek),
        }];
        if let Some(bin) = arg(&args, "--before") {
            programs.push(Program::Werkboek {
                name: format!("werkboek ({bin})"),
                bin: bin.into(),
            });
        }
        if let Some(bin) = arg(&args, "--tjournal") {
            programs.push(Program::TuiJournal { bin: bin.into() });
        }

        let work = tempfile::tempdir().expect("a temporary directory");
        let content = werkboek::content::embedded();
        let list = profile::entries(content, entries, profile::Texts::Paragraphs);
        let legacy = profile::legacy_log_json(&list);
        let tj = profile::tui_journal_json(&list);
        let workbook = werkboek::store::workbook_bytes(&profile::workbook(content));
        // The newest entry's title, as tui-journal's list shows it first.
        let newest = list.last().map(|e| e.title.clone()).unwrap_or_default();
        println!(
            "{entries} entries: werkboek's log {:.1} MB, tui-journal's {:.1} MB; {runs} runs at {COLS}x{ROWS}",
            legacy.len() as f64 / 1e6,
            tj.len() as f64 / 1e6
        );

        let mut table: Vec<(String, Vec<Run>, Option<Duration>)> = Vec::new();
        for (n, program) in programs.iter().enumerate() {
            let home = work.path().join(format!("home-{n}"));
            std::fs::create_dir_all(&home).unwrap();
            let data = home.join("data");
            std::fs::create_dir_all(&data).unwrap();
            let setup = match program {
                Program::Werkboek { .. } => {
                    std::fs::write(data.join("werkboek.json"), &workbook).unwrap();
                    std::fs::write(data.join("logboek.json"), &legacy).unwrap();
                    Setup {
                        home: home.clone(),
                        data: data.clone(),
                        newest: newest.clone(),
                    }
                }
                Program::TuiJournal { .. } => {
                    std::fs::write(data.join("entries.json"), &tj).unwrap();
                    Setup {
                        home: home.clone(),
                        data: data.clone(),
                        newest: newest.clone(),
                    }
                }
            };
            // The first run fills the page cache and migrates werkboek's log; it is timed apart.
            let first = match run(program, &setup) {
                Ok(r) => r,
                Err(e) => {
                    println!("{}: {e}", program.name());
                    continue;
                }
            };
            let mut measured = Vec::new();
            for _ in 0..runs {
                match run(program, &setup) {
                    Ok(r) => measured.push(r),
                    Err(e) => println!("{}: {e}", program.name()),
                }
            }
            table.push((program.name(), measured, Some(first.log_drawn)));
        }

        println!();
        print!("| |");
        for (name, _, _) in &table {
            print!(" {name} |");
        }
        println!();
        print!("| --- |");
        for _ in &table {
            print!(" --- |");
        }
        println!();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let rows: [Row; 4] = [
            ("first frame", |r| r.first_frame.as_secs_f64() * 1e3, "ms"),
            (
                "the log drawn after start",
                |r| r.log_drawn.as_secs_f64() * 1e3,
                "ms",
            ),
            ("peak memory (VmHWM)", |r| r.peak_kib as f64 / 1024.0, "MB"),
            ("quit", |r| r.quit.as_secs_f64() * 1e3, "ms"),
        ];
        for (what, get, unit) in rows {
            print!("| {what} |");
            for (_, runs, _) in &table {
                print!(" {} |", spread(runs.iter().map(get).collect(), unit));
            }
            println!();
        }
        print!("| the log drawn, first start (werkboek: migrating the log) |");
        for (_, _, first) in &table {
            match first {
                Some(d) => print!(" {:.0} ms |", ms(*d)),
                None => print!(" |"),
            }
        }
        println!();
    }

    /// "median (min-max) unit".
    fn spread(mut v: Vec<f64>, unit: &str) -> String {
        if v.is_empty() {
            return "n/a".into();
        }
        v.sort_by(f64::total_cmp);
        let median = v[v.len() / 2];
        let digits = if unit == "MB" { 1 } else { 0 };
        format!(
            "{median:.digits$} {unit} ({:.digits$}-{:.digits$})",
            v[0],
            v[v.len() - 1]
        )
    }

    struct Setup {
        home: PathBuf,
        data: PathBuf,
        newest: String,
    }

    fn peak_kib(t: &Pty) -> u64 {
        let pid = t.pid().as_raw_nonzero().get();
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))?
                    .split_whitespace()
                    .nth(1)?
                    .parse()
                    .ok()
            })
            .unwrap_or(0)
    }

    fn run(program: &Program, s: &Setup) -> Result<Run, String> {
        match program {
            Program::Werkboek { bin, .. } => run_werkboek(bin, s),
            Program::TuiJournal { bin } => run_tjournal(bin, s),
        }
    }

    fn options(bin: &Path, args: &[&str], s: &Setup) -> Options {
        Options {
            program: bin.as_os_str().to_owned(),
            args: args.iter().map(Into::into).collect(),
            env: Vec::new(),
            cols: COLS,
            rows: ROWS,
            stdin_null: false,
        }
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env("HOME", &s.home)
        .env("XDG_CONFIG_HOME", s.home.join(".config"))
        .env("XDG_STATE_HOME", s.home.join(".local/state"))
        .env("XDG_DATA_HOME", s.home.join(".local/share"))
    }

    fn run_werkboek(bin: &Path, s: &Setup) -> Result<Run, String> {
        let data = s.data.to_str().unwrap();
        let o = options(bin, &["--data-dir", data, "--lang", "nl"], s);
        let started = Instant::now();
        let mut t = o.spawn();
        // The log, asked for at once; keys typed before it is read wait for it.
        t.send("9");
        let fail = |what: &str, screen: super::pty::Screen| format!("werkboek: {what}: {screen:?}");
        t.wait_until(WAIT, |sc| sc.contains("Sleutels") || sc.contains("Logboek"))
            .map_err(|sc| fail("no first frame", sc))?;
        let first_frame = started.elapsed();
        // The list's frame says how many entries it shows: "Logboek · 10001/10001" once the
        // log is read (each run adds one; "0/0" while it is being read, when the last run
        // left werkboek on the log).
        t.wait_until(WAIT, |sc| log_shown(&sc.contents()))
            .map_err(|sc| fail("no log", sc))?;
        let log_drawn = started.elapsed();
        // Search, until the log's part of the results is in.
        t.send("/");
        t.wait_for("Zoeken", WAIT)
            .map_err(|sc| fail("no search", sc))?;
        t.send("gesprek team");
        t.wait_until(WAIT, |sc| {
            sc.contains("gesprek team") && !sc.contains("zoeken…")
        })
        .map_err(|sc| fail("search did not finish", sc))?;
        t.send_keys(&[keys::ESC]);
        // A new entry, saved.
        t.send("n");
        t.wait_for("Nieuwe logboekregel", WAIT)
            .map_err(|sc| fail("no entry form", sc))?;
        t.send("Meting van vandaag");
        t.send_keys(&[keys::ESC]);
        t.wait_for("bewaard.", WAIT)
            .map_err(|sc| fail("not saved", sc))?;
        let peak_kib = peak_kib(&t);
        t.send("q");
        let quit = t
            .time_exit(WAIT)
            .ok_or_else(|| "werkboek did not quit".to_string())?;
        Ok(Run {
            first_frame,
            log_drawn,
            peak_kib,
            quit,
        })
    }

    /// Whether the screen shows the log's list with its entries: "Logboek · N/N", N > 0.
    fn log_shown(screen: &str) -> bool {
        screen.match_indices("Logboek · ").any(|(at, m)| {
            let rest = &screen[at + m.len()..];
            let shown: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let total: String = rest[shown.len()..]
                .strip_prefix('/')
                .map(|r| r.chars().take_while(char::is_ascii_digit).collect())
                .unwrap_or_default();
            !shown.is_empty() && shown != "0" && shown == total
        })
    }

    fn run_tjournal(bin: &Path, s: &Setup) -> Result<Run, String> {
        let file = s.data.join("entries.json");
        let config = s.home.join("tj-config");
        std::fs::create_dir_all(&config).map_err(|e| e.to_string())?;
        let o = options(
            bin,
            &["-c", config.to_str().unwrap(), "-j", file.to_str().unwrap()],
            s,
        );
        let started = Instant::now();
        let mut t = o.spawn();
        let fail =
            |what: &str, screen: super::pty::Screen| format!("tui-journal: {what}: {screen:?}");
        // Its first frame is its list: the newest entry's title on it.
        let newest: String = s.newest.chars().take(20).collect();
        t.wait_for(&newest, WAIT)
            .map_err(|sc| fail("no list", sc))?;
        let first_frame = started.elapsed();
        let log_drawn = first_frame;
        // Its fuzzy finder over the entries, the same query.
        t.send("F");
        t.wait_for("Fuzzy Find", WAIT)
            .map_err(|sc| fail("no search", sc))?;
        t.send("gesprek team");
        t.wait_for("gesprek team", WAIT)
            .map_err(|sc| fail("no search", sc))?;
        t.send_keys(&[keys::ESC]);
        t.wait_until(WAIT, |sc| !sc.contains("Fuzzy Find"))
            .map_err(|sc| fail("search not closed", sc))?;
        // The chosen entry's text changed, and saved (s).
        let before = std::fs::metadata(&file).and_then(|m| m.modified()).ok();
        t.send("\r");
        t.wait_for("Leave Editor", WAIT)
            .map_err(|sc| fail("no editor", sc))?;
        t.send("Meting van vandaag ");
        t.send_keys(&[keys::ESC]);
        t.wait_for("Exit: 'q'", WAIT)
            .map_err(|sc| fail("editor not left", sc))?;
        t.send("s");
        let deadline = Instant::now() + WAIT;
        while std::fs::metadata(&file).and_then(|m| m.modified()).ok() == before {
            if Instant::now() > deadline {
                return Err("tui-journal: not saved".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let peak_kib = peak_kib(&t);
        t.send("q");
        let quit = t
            .time_exit(WAIT)
            .ok_or_else(|| format!("tui-journal did not quit: {:?}", t.screen()))?;
        Ok(Run {
            first_frame,
            log_drawn,
            peak_kib,
            quit,
        })
    }
}
