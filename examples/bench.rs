//! Figures for the budgets, on a profile of 10,000 log entries.
//!
//!     cargo run --release --example bench                 # all figures
//!     cargo run --release --example bench -- write DIR    # only write the profile to DIR
//!
//! The profile: 10,000 log entries (titles, a few sentences each, tags, some linked to the
//! material, a fifth of them actions), every factor, function and statement scored, notes on
//! forty items, and twelve snapshots. Timings are wall clock on this machine, best of several
//! runs where it says so; they belong in BENCHMARKS.md, never in tests.

use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use werkboek::app::{Action, App, Effect};
use werkboek::clock::SystemClock;
use werkboek::content::{self, AssessKind, Content};
use werkboek::data::{ActionState, Entry, Log, Status, Workbook};
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

/// A small, fixed pseudo-random sequence, so every run measures the same profile.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "team",
    "leerlingen",
    "lesbezoek",
    "feedback",
    "gesprek",
    "oriëntatie",
    "eigenaarschap",
    "intervisie",
    "collega",
    "ouders",
    "rekenen",
    "begrijpend",
    "lezen",
    "coaching",
    "visie",
    "onderzoek",
    "werkgroep",
    "planning",
    "reflectie",
    "één",
    "creëren",
    "afspraken",
    "klas",
    "instructie",
    "differentiatie",
    "schoolleider",
    "starter",
    "mentor",
    "doelen",
    "evaluatie",
];
const TAGS: &[&str] = &[
    "feedback", "lezen", "team", "coaching", "ouders", "starters", "visie",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
    s[0] = "Vandaag";
    s.join(" ") + "."
}

pub fn profile(content: &Content) -> (Workbook, Log) {
    let mut rng = Rng(0x5eed_f00d);
    let mut w = Workbook::default();
    let assessed: Vec<(String, u8)> = content
        .sections
        .iter()
        .filter_map(|s| s.assess.map(|k| (s, k)))
        .flat_map(|(s, k)| {
            let max = if k == AssessKind::Rating { 5 } else { 3 };
            s.groups
                .iter()
                .flat_map(|g| &g.items)
                .map(move |i| (i.id.to_string(), max))
        })
        .collect();
    let start: jiff::Timestamp = "2024-01-08T08:00:00Z".parse().unwrap();
    for month in 0..12 {
        for (id, max) in &assessed {
            let v = 1 + (rng.next() % u64::from(*max)) as u8;
            w.update_item(id, |s| s.now = Some(v));
        }
        w.take_snapshot(start + jiff::SignedDuration::from_hours(24 * 30 * month));
    }
    for (i, (_, item)) in content.all_items().enumerate().take(40) {
        let note = (0..4)
            .map(|_| sentence(&mut rng, 14))
            .collect::<Vec<_>>()
            .join("\n");
        w.update_item(&item.id, |s| {
            s.note = note;
            s.studied = i % 2 == 0;
        });
    }
    let ids: Vec<String> = content.all_items().map(|(_, i)| i.id.to_string()).collect();
    let mut log = Log::default();
    for n in 0..10_000u64 {
        let created = start + jiff::SignedDuration::from_secs(n as i64 * 5_400);
        let words = 4 + (rng.next() % 5) as usize;
        let title: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
        let text = (0..(2 + rng.next() % 3))
            .map(|_| sentence(&mut rng, 12))
            .collect::<Vec<_>>()
            .join(" ");
        let tags = (0..rng.next() % 3)
            .map(|_| rng.pick(TAGS).to_string())
            .collect();
        let items = (0..rng.next() % 3)
            .map(|_| ids[(rng.next() % ids.len() as u64) as usize].clone())
            .collect();
        let action = rng.next().is_multiple_of(5).then(|| ActionState {
            status: [Status::Planned, Status::Doing, Status::Done][(rng.next() % 3) as usize],
            follow_up: Some(created.to_zoned(jiff::tz::TimeZone::UTC).date()),
        });
        log.push(Entry {
            id: log.new_id(created),
            created,
            updated: None,
            title: title.join(" "),
            text,
            tags,
            items,
            action,
        });
    }
    (w, log)
}

fn write_profile(dir: &Path, content: &Content) {
    let (w, log) = profile(content);
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
    if let [_, cmd, dir] = args.as_slice()
        && cmd == "write"
    {
        write_profile(Path::new(dir), content::embedded());
        println!("profile written to {dir}");
        return;
    }

    // Write the profile in a child process, so this one's memory is the app's alone.
    let dir = tempfile::tempdir().unwrap();
    let me = std::env::current_exe().unwrap();
    let ok = std::process::Command::new(me)
        .args(["write", dir.path().to_str().unwrap()])
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
    app.update(Action::LogLoaded(log));
    let log_ready = started.elapsed();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let mem_loaded = peak_memory_kib();
    let heap_loaded = heap::now();

    // Key presses: reading the material, then the log.
    let study = per_key(&mut app, &mut terminal, &[KeyCode::Down; 200]);
    key(&mut app, KeyCode::Char('9'));
    let log_keys = per_key(&mut app, &mut terminal, &[KeyCode::Down; 2000]);
    let log_pages = per_key(&mut app, &mut terminal, &[KeyCode::PageDown; 200]);

    // Search as you type, over material, notes and 10,000 entries.
    key(&mut app, KeyCode::Char('/'));
    let mut per_letter = Vec::new();
    let mut worker = Vec::new();
    for c in "gesprek team".chars() {
        let t = Instant::now();
        key(&mut app, KeyCode::Char(c));
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
        "profile: 10,000 log entries ({:.1} MB), workbook {:.0} kB, 12 snapshots",
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
        "saving the log: writer thread, 10,000 entries  {}",
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
