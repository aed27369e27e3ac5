//! The commands that work on your data from the shell: adding to and reading the log,
//! exporting and importing the portfolio. Writing commands take the same lock as the workbook,
//! and write nothing when anything is wrong.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use super::{Privacy, emit, fail};
use crate::clock::{self, Clock, SystemClock};
use crate::data::log::{LogFilter, item_id, parse_date, parse_items, parse_tags};
use crate::data::merge::merge;
use crate::data::{ActionState, Entry, Log, Status, Workbook};
use crate::export::portfolio;
use crate::i18n::{Lang, Msg};
use crate::store::{self, LOG_FILE, Unreadable, WORKBOOK_FILE};

fn unreadable(u: &Unreadable, lang: Lang) -> ExitCode {
    fail(format_args!(
        "{}: {} ({})",
        Msg::LoadProblemTitle.get(lang),
        u.path.display(),
        u.problem.describe(lang)
    ))
}

/// Takes the lock, or explains why not.
fn lock(dir: &Path, lang: Lang) -> Result<std::fs::File, ExitCode> {
    match store::lock_for_writing(dir) {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(fail(Msg::CliLocked.get(lang))),
        Err(e) => Err(fail(format_args!("{}: {e}", dir.display()))),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn log_add(
    dir: &Path,
    lang: Lang,
    text: String,
    title: Option<String>,
    tags: Vec<String>,
    items: Vec<String>,
    action: bool,
    follow_up: Option<String>,
) -> ExitCode {
    // Everything is checked before anything is touched.
    let items = parse_items(&items.join(","));
    let content = crate::content::embedded();
    if let Some(id) = items.iter().find(|id| content.item_by_id(id).is_none()) {
        return fail(Msg::UnknownItem.get(lang).replace("{id}", id));
    }
    let follow_up = match follow_up.as_deref().map(|d| (d, parse_date(d))) {
        Some((d, None)) => return fail(Msg::BadDate.get(lang).replace("{date}", d)),
        Some((_, date)) => date,
        None => None,
    };
    let title = title.unwrap_or_default();
    if text.trim().is_empty() && title.trim().is_empty() {
        return fail(Msg::CliEmpty.get(lang));
    }
    let _lock = match lock(dir, lang) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let mut log = match store::load_log(&dir.join(LOG_FILE)) {
        Ok(l) => l,
        Err(u) => return unreadable(&u, lang),
    };
    let clock = SystemClock::new();
    let now = clock.now();
    let entry = Entry {
        id: log.new_id(now),
        created: now,
        updated: None,
        title,
        text,
        tags: parse_tags(&tags.join(",")),
        items,
        action: (action || follow_up.is_some()).then_some(ActionState {
            status: Status::Planned,
            follow_up,
        }),
    };
    let heading = format!(
        "{} {}",
        clock::date_time(now, &clock.zone(), lang),
        entry.heading()
    );
    log.push(entry);
    match store::write_log_now(dir, &log) {
        Ok(()) => {
            println!("{}: {heading}", Msg::CliAdded.get(lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format_args!("{}: {e}", dir.join(LOG_FILE).display())),
    }
}

pub fn log_list(
    dir: &Path,
    lang: Lang,
    tag: Option<String>,
    since: Option<String>,
    item: Option<String>,
    open: bool,
) -> ExitCode {
    let since = match since.as_deref().map(|d| (d, parse_date(d))) {
        Some((d, None)) => return fail(Msg::BadDate.get(lang).replace("{date}", d)),
        Some((_, date)) => date,
        None => None,
    };
    let item = item.as_deref().map(item_id);
    if let Some(id) = item.as_deref()
        && crate::content::embedded().item_by_id(id).is_none()
    {
        return fail(Msg::UnknownItem.get(lang).replace("{id}", id));
    }
    let filter = LogFilter {
        open_only: open,
        tag: tag
            .as_deref()
            .map(|t| crate::data::log::bare_tag(t).to_string()),
        item,
        from: since,
        to: None,
    };
    let log = match store::load_log(&dir.join(LOG_FILE)) {
        Ok(l) => l,
        Err(u) => return unreadable(&u, lang),
    };
    let zone = TimeZone::system();
    let today = jiff::Timestamp::now().to_zoned(zone.clone()).date();
    let mut out = std::io::stdout().lock();
    for e in filter
        .shown(&log, &zone)
        .into_iter()
        .map(|i| &log.entries[i])
    {
        let mut head = format!(
            "{}  {} {}",
            clock::date_time(e.created, &zone, lang),
            crate::ui::log::mark(e, today),
            e.heading()
        );
        for t in &e.tags {
            head.push_str(&format!("  #{t}"));
        }
        for i in &e.items {
            head.push_str(&format!("  → {i}"));
        }
        if let Some(a) = e.action {
            head.push_str(&format!("  [{}]", crate::app::action_words(a, lang)));
        }
        let mut text = String::new();
        for line in e.body_lines() {
            text.push_str(&format!("    {line}\n"));
        }
        if writeln!(out, "{head}\n{text}").is_err() {
            break; // The reader went away (`| head`).
        }
    }
    ExitCode::SUCCESS
}

fn load_both(dir: &Path, lang: Lang) -> Result<(Workbook, Log), ExitCode> {
    let workbook =
        store::load_workbook(&dir.join(WORKBOOK_FILE)).map_err(|u| unreadable(&u, lang))?;
    let log = store::load_log(&dir.join(LOG_FILE)).map_err(|u| unreadable(&u, lang))?;
    Ok((workbook, log))
}

pub fn export(dir: &Path, lang: Lang, json: bool, output: Option<&Path>) -> ExitCode {
    let (workbook, log) = match load_both(dir, lang) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let now = jiff::Timestamp::now();
    let text = if json {
        portfolio::json(&workbook, &log, now)
    } else {
        portfolio::markdown(
            crate::content::embedded(),
            &workbook,
            &log,
            lang,
            &TimeZone::system(),
            now,
        )
    };
    emit(output, &text, Privacy::Personal)
}

pub fn import(dir: &Path, lang: Lang, file: &Path) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return fail(format_args!("{}: {e}", file.display())),
    };
    let (their_workbook, their_log) = match portfolio::parse(&text) {
        Ok(both) => both,
        Err(problem) => {
            return fail(format_args!(
                "{}: {} ({}). {}",
                file.display(),
                Msg::CliNotImported.get(lang),
                problem.describe(lang),
                Msg::CliNothingChanged.get(lang)
            ));
        }
    };
    let _lock = match lock(dir, lang) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (mut workbook, mut log) = match load_both(dir, lang) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let report = merge(
        &mut workbook,
        &mut log,
        their_workbook,
        their_log,
        Msg::ImportedMarker.get(lang),
    );
    if let Err(e) =
        store::write_workbook_now(dir, &workbook).and_then(|()| store::write_log_now(dir, &log))
    {
        return fail(format_args!("{}: {e}", dir.display()));
    }
    let m = |msg: Msg| msg.get(lang);
    println!("{}", m(Msg::CliImported));
    for (msg, n) in [
        (Msg::CliNotesAdded, report.notes_added),
        (Msg::CliNotesJoined, report.notes_joined),
        (
            Msg::CliScoresAdded,
            report.scores_added + report.studied_added,
        ),
        (Msg::CliSnapshotsAdded, report.snapshots_added),
        (Msg::CliEntriesAdded, report.entries_added),
        (Msg::CliEntriesBoth, report.entries_both_kept),
    ] {
        println!("  + {n} {}", m(msg));
    }
    for (msg, n) in [
        (
            Msg::CliSkippedSame,
            report.notes_same + report.snapshots_same + report.entries_same,
        ),
        (Msg::CliSkippedKept, report.scores_kept),
    ] {
        println!("  = {n} {}", m(msg));
    }
    ExitCode::SUCCESS
}

/// `export --scan`: only the scores, for a team view.
pub fn export_scan(
    dir: &Path,
    lang: Lang,
    name: Option<String>,
    output: Option<&Path>,
) -> ExitCode {
    let workbook = match store::load_workbook(&dir.join(WORKBOOK_FILE)) {
        Ok(w) => w,
        Err(u) => return unreadable(&u, lang),
    };
    let scan = crate::present::team::Scan::of(&workbook, name, jiff::Timestamp::now());
    let text = scan.to_json();
    emit(output, &text, Privacy::Personal)
}

/// `team FILE...`: the team's scans together, as a report or as slides.
pub fn team(
    dir: &Path,
    lang: Lang,
    lang_flag: Option<Lang>,
    files: &[std::path::PathBuf],
    format: Option<super::ReportFormat>,
) -> ExitCode {
    let mut read = Vec::new();
    let mut unreadable_files = Vec::new();
    for f in files {
        let name = f.display().to_string();
        match std::fs::read_to_string(f) {
            Ok(text) => read.push((name, text)),
            Err(e) => unreadable_files.push(crate::present::team::Skipped {
                file: name,
                why: e.to_string(),
            }),
        }
    }
    let mut team = crate::present::team::gather(crate::content::embedded(), &read, lang);
    unreadable_files.extend(team.skipped);
    team.skipped = unreadable_files;
    for s in &team.skipped {
        eprintln!(
            "werkboek: {}: {} ({})",
            s.file,
            Msg::TeamLeftOut.get(lang),
            s.why
        );
    }
    match format {
        Some(_) => {
            let text = crate::present::team::markdown(&team, lang);
            emit(None, &text, Privacy::Public)
        }
        None => {
            let slides = crate::present::team::slides(&team, lang);
            crate::tui::run(dir, lang_flag, Some(crate::present::Start::Slides(slides)))
        }
    }
}
