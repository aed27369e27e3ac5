//! Figures for the budgets, on a profile of 10,000 log entries.
//!
//!     cargo run --release --example bench                      # all figures
//!     cargo run --release --example bench -- --entries 100000  # on a larger log
//!     cargo run --release --example bench -- --paragraphs      # the 9 MB profile
//!     cargo run --release --example bench -- write DIR         # only write the profile to DIR
//!
//! The profile (`support/profile.rs`): 10,000 log entries (titles, a few sentences each, tags,
//! some linked to the material, a fifth of them actions), every factor, function and statement
//! scored, notes on forty items, and twelve snapshots. Timings are wall clock on this machine,
//! best of several runs where it says so; they belong in BENCHMARKS.md, never in tests.

use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use werkboek::app::{Action, App, Effect};
use werkboek::clock::SystemClock;
use werkboek::content::{self, Content};
use werkboek::i18n::Lang;
use werkboek::store::{self, FileStore, Store};
use werkboek::theme::Theme;
use werkboek::tui::{self, Opening, Showing};

/// Counts heap bytes, live and at their peak, to tell the heap from the pages of the binary.
mod heap {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    pub static LIVE: AtomicUsize = AtomicUsize::new(0);
    pub static PEAK: AtomicUsize = AtomicUsize::new(0);

    pub struct Counting;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
            unsafe { System.alloc(l) }
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            LIVE.fetch_sub(l.size(), Relaxed);
            unsafe { System.dealloc(p, l) }
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
            if new > l.size() {
                let now = LIVE.fetch_add(new - l.size(), Relaxed) + new - l.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
            unsafe { System.realloc(p, l, new) }
        }
    }

    pub fn mb(bytes: usize) -> String {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0)
    }

    pub fn now() -> String {
        format!(
            "heap {} (peak {})",
            mb(LIVE.load(Relaxed)),
            mb(PEAK.load(Relaxed))
        )
    }
}

#[global_allocator]
static ALLOC: heap::Counting = heap::Counting;

#[path = "support/profile.rs"]
mod profile;

/// What to measure on: how many entries, and how long their texts are.
struct Options {
    entries: usize,
    texts: profile::Texts,
}

impl Options {
    fn from(args: &[String]) -> Options {
        let entries = args
            .iter()
            .position(|a| a == "--entries")
            .and_then(|i| args.get(i + 1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(10_000);
        let texts = if args.iter().any(|a| a == "--paragraphs") {
            profile::Texts::Paragraphs
        } else {
            profile::Texts::Sentences
        };
        Options { entries, texts }
    }

    /// The same options, for the child that writes the profile.
    fn args(&self) -> Vec<String> {
        let mut out = vec!["--entries".to_string(), self.entries.to_string()];
        if self.texts == profile::Texts::Paragraphs {
            out.push("--paragraphs".into());
        }
        out
    }
}

fn write_profile(dir: &Path, content: &Content, options: &Options) {
    let w = profile::workbook(content);
    let log = profile::log(content, options.entries, options.texts);
    let mut opened = FileStore::open(dir).expect("the profile's directory opens");
    opened.store.save_workbook(1, &w);
    opened.store.save_log(1, &std::sync::Arc::new(log));
    opened.store.flush().expect("profile written");
}

fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn key(app: &mut App, code: KeyCode) {
    if let Some(a) = app.action_for(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
        app.update(a);
    }
}

fn per_key(app: &mut App, terminal: &mut Terminal<TestBackend>, keys: &[KeyCode]) -> Duration {
    let t = Instant::now();
    for k in keys {
        key(app, *k);
        terminal.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    }
    t.elapsed() / keys.len() as u32
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let options = Options::from(&args);
    if let Some(i) = args.iter().position(|a| a == "write")
        && let Some(dir) = args.get(i + 1)
    {
        write_profile(Path::new(dir), content::embedded(), &options);
        println!("profile written to {dir}");
        return;
    }

    // Write the profile in a child process, so this one's memory is the app's alone.
    let dir = tempfile::tempdir().unwrap();
    let me = std::env::current_exe().unwrap();
    let ok = std::process::Command::new(me)
        .args(["write", dir.path().to_str().unwrap()])
        .args(options.args())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap()
        .success();
    assert!(ok, "writing the profile failed");
    let log_bytes = std::fs::metadata(dir.path().join(store::LOG_FILE))
        .unwrap()
        .len();
    let wb_bytes = std::fs::metadata(dir.path().join(store::WORKBOOK_FILE))
        .unwrap()
        .len();

    // Start-up, as `werkboek` does it (the same `Opening`): open the store (workbook), start
    // reading the log, parse the content, build the app, draw the first frame on a 100x30
    // screen.
    let started = Instant::now();
    let (log_tx, log_rx) = std::sync::mpsc::channel();
    let opening = Opening::open(dir.path(), false, move |log| {
        let _ = log_tx.send((log, started.elapsed()));
    })
    .expect("the profile's directory opens");
    let before = heap::LIVE.load(std::sync::atomic::Ordering::Relaxed);
    let _ = content::embedded();
    let content_heap = heap::LIVE.load(std::sync::atomic::Ordering::Relaxed) - before;
    let (mut app, mut store) = opening.app(Showing {
        lang_flag: Some(Lang::Nl),
        locale_lang: None,
        theme: Theme::color(),
        size: Size::new(100, 30),
        clock: Box::new(SystemClock::new()),
        present: None,
        mouse_flag: None,
    });
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let first_frame = started.elapsed();
    let mem_first = peak_memory_kib();
    let heap_first = heap::now();

    let (log, log_load) = log_rx.recv().unwrap();
    app.update(Action::LogLoaded(log.log));
    let log_ready = started.elapsed();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let mem_loaded = peak_memory_kib();
    let heap_loaded = heap::now();

    // Key presses: reading the material, then the log.
    let study = per_key(&mut app, &mut terminal, &[KeyCode::Down; 200]);
    key(&mut app, KeyCode::Char('9'));
    let log_keys = per_key(&mut app, &mut terminal, &[KeyCode::Down; 2000]);
    let log_pages = per_key(&mut app, &mut terminal, &[KeyCode::PageDown; 200]);

    // Search as you type, over material, notes and the log.
    key(&mut app, KeyCode::Char('/'));
    let mut per_letter = Vec::new();
    let mut letter_update = Vec::new();
    let mut worker = Vec::new();
    for c in "gesprek team".chars() {
        let t = Instant::now();
        key(&mut app, KeyCode::Char(c));
        letter_update.push(t.elapsed());
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        per_letter.push(t.elapsed());
        // What the worker thread then does, before the log results are drawn.
        for effect in app.take_effects() {
            if let Effect::SearchLog(request) = effect {
                let t = Instant::now();
                let hits = request.run();
                worker.push(t.elapsed());
                app.update(Action::LogHits {
                    generation: request.generation,
                    hits,
                });
            }
        }
    }
    key(&mut app, KeyCode::Esc);

    // The same letters again, typed as in the app: each search of the log runs on a thread of
    // its own while the next letter is typed and drawn (its answer is then dropped as stale, as
    // the app drops it), instead of between the letters.
    key(&mut app, KeyCode::Char('/'));
    let mut beside_worker = Vec::new();
    let mut running: Option<std::thread::JoinHandle<(u64, Vec<u32>)>> = None;
    for c in "gesprek team".chars() {
        let t = Instant::now();
        key(&mut app, KeyCode::Char(c));
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        beside_worker.push(t.elapsed());
        if let Some(done) = running.take()
            && let Ok((generation, hits)) = done.join()
        {
            app.update(Action::LogHits { generation, hits });
        }
        for effect in app.take_effects() {
            if let Effect::SearchLog(request) = effect {
                running = Some(std::thread::spawn(move || {
                    (request.generation, request.run())
                }));
            }
        }
    }
    if let Some(done) = running.take() {
        let _ = done.join();
    }
    key(&mut app, KeyCode::Esc);
    let mem_searched = peak_memory_kib();
    let heap_searched = heap::now();

    // Saving the log: what the keystroke pays (handing it over) and what the writer pays.
    key(&mut app, KeyCode::Char('9'));
    let t = Instant::now();
    key(&mut app, KeyCode::Char(' ')); // cycles an action's status, which saves the log
    for effect in app.take_effects() {
        tui::carry_out_stored(&mut app, &mut store, effect);
    }
    let save_on_key = t.elapsed();
    // Let the writer finish, so the next change does not have to copy the log.
    std::thread::sleep(Duration::from_millis(200));
    let peak = peak_memory_kib();
    let t = Instant::now();
    let log = app.log().unwrap().clone();
    let copy = t.elapsed();
    let t = Instant::now();
    let out = dir.path().join("kopie.json");
    store::write_atomic_with(&out, |f| store::write_log_to(f, &log)).unwrap();
    let write = t.elapsed();
    drop(log);
    key(&mut app, KeyCode::Char('q'));
    for effect in app.take_effects() {
        tui::carry_out_stored(&mut app, &mut store, effect);
    }
    store.flush().expect("saved");

    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
    let us = |d: Duration| format!("{:.0} µs", d.as_secs_f64() * 1e6);
    println!(
        "profile: {} log entries ({:.1} MB), workbook {:.0} kB, 12 snapshots",
        options.entries,
        log_bytes as f64 / 1e6,
        wb_bytes as f64 / 1e3
    );
    println!(
        "first frame (store, content, app, draw 100x30): {}",
        ms(first_frame)
    );
    println!(
        "log read in the background:                     {} (ready {} after start)",
        ms(log_load),
        ms(log_ready)
    );
    println!(
        "key press, update + draw, reading (↓):         {}",
        us(study)
    );
    println!(
        "key press, update + draw, log (↓):             {}",
        us(log_keys)
    );
    println!(
        "key press, update + draw, log (PgDn):          {}",
        us(log_pages)
    );
    let median = |v: &[Duration]| {
        let mut s = v.to_vec();
        s.sort();
        s[s.len() / 2]
    };
    println!(
        "search, per letter typed (update + draw):      median {}, slowest {}",
        us(median(&per_letter)),
        us(*per_letter.iter().max().unwrap())
    );
    println!(
        "search, per letter, the worker running beside:  median {}, slowest {}",
        us(median(&beside_worker)),
        us(*beside_worker.iter().max().unwrap())
    );
    println!(
        "  of which the update (the material searched): median {}, slowest {}",
        us(median(&letter_update)),
        us(*letter_update.iter().max().unwrap())
    );
    println!(
        "search of the log on the worker, per letter:   median {}, slowest {} ({} of {} letters went to it)",
        ms(median(&worker)),
        ms(*worker.iter().max().unwrap()),
        worker.len(),
        per_letter.len()
    );
    println!(
        "saving the log: the key press pays             {} (the writer thread does the rest)",
        us(save_on_key)
    );
    println!(
        "saving the log: writer thread, the whole log   {}",
        ms(write)
    );
    println!(
        "(a full copy of the log would cost             {}; saving shares it instead)",
        ms(copy)
    );
    println!("the material, parsed: {}", heap::mb(content_heap));
    println!(
        "heap: at first frame {heap_first}; log loaded {heap_loaded}; after search {heap_searched}"
    );
    let mb = |k: Option<u64>| {
        k.map(|k| format!("{:.1} MB", k as f64 / 1024.0))
            .unwrap_or("n/a".into())
    };
    println!(
        "peak memory (VmHWM): at first frame {}, log loaded {}, after search {}, after saving {}",
        mb(mem_first),
        mb(mem_loaded),
        mb(mem_searched),
        mb(peak)
    );
}
