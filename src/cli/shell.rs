//! The commands that work on your data from the shell: adding to and reading the log,
//! exporting and importing the portfolio, and the team's scans. Writing commands take the same
//! lock as the workbook, and write nothing when anything is wrong. Everything printed that came
//! from a file or a person is neutralised first.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::tz::TimeZone;

use super::{Output, Privacy, emit, fail};
use crate::clock::{Clock, SystemClock};
use crate::data::log::{LogFilter, item_id, on_day, parse_date, parse_tags};
use crate::data::merge::merge;
use crate::data::{ActionState, Entry, Log, Status, Workbook};
use crate::format::portfolio;
use crate::i18n::{self, Lang, Msg};
use crate::safe;
use crate::store::files::{self, DirLock};
use crate::store::{self, LOG_FILE, LoadProblem, Unreadable, WORKBOOK_FILE};

/// A path as it may be shown.
fn shown(p: &Path) -> String {
    safe::line(&p.display().to_string()).into_owned()
}

fn unreadable(u: &Unreadable, lang: Lang) -> ExitCode {
    fail(format_args!(
        "{}: {} ({})",
        Msg::LoadProblemTitle.get(lang),
        shown(&u.path),
        u.problem.describe(lang)
    ))
}

/// Takes the lock, waiting a moment for another command; or explains why not.
fn lock(dir: &Path, lang: Lang) -> Result<DirLock, ExitCode> {
    match store::lock_for_writing(dir) {
        Ok(Some(l)) => Ok(l),
        Ok(None) => Err(fail(Msg::CliLocked.get(lang))),
        Err(e) => Err(fail(format_args!(
            "{}: {} ({})",
            shown(dir),
            Msg::CliLockFailed.get(lang),
            i18n::io_error(&e, lang)
        ))),
    }
}

/// An entry as the command line gives it.
#[derive(Debug, Default)]
pub struct NewEntry {
    pub text: Option<String>,
    pub title: Option<String>,
    pub tags: Vec<String>,
    /// Ids or words of titles.
    pub items: Vec<String>,
    pub action: bool,
    pub follow_up: Option<String>,
    /// The day it is about.
    pub date: Option<String>,
}

/// Says everything that is wrong (one line each, on standard error) and fails.
fn fail_all(problems: &[String]) -> ExitCode {
    for p in problems {
        let _ = fail(p);
    }
    ExitCode::FAILURE
}

pub fn log_add(dir: &Path, lang: Lang, new: NewEntry) -> ExitCode {
    // Everything is checked, and every problem told, before anything is touched.
    let content = crate::content::embedded();
    let mut problems = Vec::new();
    let mut items: Vec<String> = Vec::new();
    for given in &new.items {
        match crate::app::form::resolve_parts(content, given, lang) {
            Ok(ids) => {
                for id in ids {
                    if !items.contains(&id) {
                        items.push(id);
                    }
                }
            }
            Err(why) => problems.push(why),
        }
    }
    let mut date = |given: Option<&str>| match given.map(|d| (d, parse_date(d))) {
        Some((d, None)) => {
            problems.push(Msg::BadDate.get(lang).replace("{date}", d));
            None
        }
        Some((_, date)) => date,
        None => None,
    };
    let follow_up = date(new.follow_up.as_deref());
    let day = date(new.date.as_deref());
    let title = new.title.unwrap_or_default();
    let text = new.text.unwrap_or_default();
    if text.trim().is_empty() && title.trim().is_empty() {
        problems.push(Msg::CliEmpty.get(lang).to_string());
    }
    if !problems.is_empty() {
        return fail_all(&problems);
    }
    let _lock = match lock(dir, lang) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let mut log = match store::load_log(dir) {
        Ok(l) => l,
        Err(u) => return unreadable(&u, lang),
    };
    let clock = SystemClock::new();
    let now = clock.now();
    let zone = clock.zone();
    // A day given keeps the time of day it is now, as the workbook's form does.
    let created = day.map_or(now, |d| on_day(now, d, &zone));
    let entry = Entry {
        id: log.new_id(now),
        created,
        updated: None,
        title,
        text,
        tags: parse_tags(&new.tags.join(",")),
        items,
        action: (new.action || follow_up.is_some()).then_some(ActionState {
            status: Status::Planned,
            follow_up,
        }),
    };
    let heading = format!(
        "{} {}",
        i18n::date_time(created, &zone, lang),
        safe::line(entry.heading())
    );
    log.push(entry);
    // One line added to the log file, not the whole log written again.
    match store::save_log_now(dir, &log) {
        Ok(()) => {
            println!("{}: {heading}", Msg::CliAdded.get(lang));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format_args!(
            "{}: {}",
            shown(&dir.join(LOG_FILE)),
            i18n::io_error(&e, lang)
        )),
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
    let log = match store::load_log(dir) {
        Ok(l) => l,
        Err(u) => return unreadable(&u, lang),
    };
    let zone = TimeZone::system();
    let today = jiff::Timestamp::now().to_zoned(zone.clone()).date();
    let mut out = std::io::stdout().lock();
    for e in filter
        .shown(&log, &zone)
        .into_iter()
        .filter_map(|i| log.get(i as usize))
    {
        if writeln!(out, "{}", list_entry(&e, &zone, today, lang)).is_err() {
            break; // The reader went away (`| head`).
        }
    }
    ExitCode::SUCCESS
}

/// One entry as `log list` prints it: a heading line, then the text indented.
fn list_entry(e: &Entry, zone: &TimeZone, today: jiff::civil::Date, lang: Lang) -> String {
    let mut head = format!(
        "{}  {} {}",
        i18n::date_time(e.created, zone, lang),
        e.mark(today),
        safe::line(e.heading())
    );
    for t in &e.tags {
        head.push_str(&format!("  #{}", safe::line(t)));
    }
    for i in &e.items {
        head.push_str(&format!("  → {}", safe::line(i)));
    }
    if let Some(a) = e.action {
        head.push_str(&format!("  [{}]", crate::data::log::action_words(a, lang)));
    }
    let mut text = String::new();
    for line in e.body_lines() {
        text.push_str(&format!("    {}\n", safe::line(line)));
    }
    format!("{head}\n{text}")
}

fn load_both(dir: &Path, lang: Lang) -> Result<(Workbook, Log), ExitCode> {
    // A command that only reads still finishes an interrupted import first, if it can take
    // the lock for a moment, so that it never shows half of one.
    if let Ok(Some(lock)) = DirLock::try_take(dir) {
        let _ = store::commit::finish(dir);
        drop(lock);
    }
    let workbook =
        store::load_workbook(&dir.join(WORKBOOK_FILE)).map_err(|u| unreadable(&u, lang))?;
    let log = store::load_log(dir).map_err(|u| unreadable(&u, lang))?;
    Ok((workbook, log))
}

pub fn export(dir: &Path, lang: Lang, json: bool, output: &Output) -> ExitCode {
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
    emit(output, &text, Privacy::Personal, lang)
}

/// Reads a file given on the command line: a regular file of at most `limit` bytes, as text.
fn read_input(file: &Path, limit: u64) -> Result<String, LoadProblem> {
    match files::read_regular(file, limit) {
        Ok(Some(bytes)) => String::from_utf8(bytes).map_err(|_| LoadProblem::NotText),
        Ok(None) => Err(LoadProblem::Io(std::io::ErrorKind::NotFound)),
        Err(e) => Err(e.into()),
    }
}

pub fn import(dir: &Path, lang: Lang, file: &Path) -> ExitCode {
    let refused = |problem: LoadProblem| {
        fail(format_args!(
            "{}: {} ({}). {}",
            shown(file),
            Msg::CliNotImported.get(lang),
            problem.describe(lang),
            Msg::CliNothingChanged.get(lang)
        ))
    };
    let text = match read_input(file, files::READ_LIMIT) {
        Ok(t) => t,
        Err(p) => return refused(p),
    };
    let (their_workbook, their_log) = match portfolio::parse(&text) {
        Ok(both) => both,
        Err(problem) => return refused(problem),
    };
    drop(text);
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
    // Both files as one change: a kill halfway leaves both old or, at the next start, both new.
    if let Err(e) = store::commit::replace_both(dir, &workbook, &log) {
        return fail(format_args!(
            "{}: {}. {}",
            shown(dir),
            i18n::io_error(&e, lang),
            Msg::CliNothingChanged.get(lang)
        ));
    }
    println!("{}", Msg::CliImported.get(lang));
    let said = |n: usize, one: Msg, many: Msg| i18n::count(n, one, many, lang);
    for line in [
        said(report.notes_added, Msg::CliNoteAdded, Msg::CliNotesAdded),
        said(report.notes_joined, Msg::CliNoteJoined, Msg::CliNotesJoined),
        said(
            report.scores_added + report.studied_added,
            Msg::CliScoreAdded,
            Msg::CliScoresAdded,
        ),
        said(
            report.snapshots_added,
            Msg::CliSnapshotAdded,
            Msg::CliSnapshotsAdded,
        ),
        said(
            report.entries_added,
            Msg::CliEntryAdded,
            Msg::CliEntriesAdded,
        ),
        said(
            report.entries_both_kept,
            Msg::CliEntryBoth,
            Msg::CliEntriesBoth,
        ),
    ] {
        println!("  + {line}");
    }
    for line in [
        said(
            report.notes_same + report.snapshots_same + report.entries_same,
            Msg::CliSkippedSame,
            Msg::CliSkippedSame,
        ),
        said(
            report.scores_kept,
            Msg::CliSkippedKeptOne,
            Msg::CliSkippedKept,
        ),
    ] {
        println!("  = {line}");
    }
    ExitCode::SUCCESS
}

/// `export --scan`: only the scores, for a team view.
pub fn export_scan(dir: &Path, lang: Lang, name: Option<String>, output: &Output) -> ExitCode {
    let workbook = match store::load_workbook(&dir.join(WORKBOOK_FILE)) {
        Ok(w) => w,
        Err(u) => return unreadable(&u, lang),
    };
    let scan = crate::present::team::Scan::of(&workbook, name, jiff::Timestamp::now());
    if scan.scores.is_empty() {
        let _ = writeln!(
            std::io::stderr(),
            "werkboek: {}",
            Msg::CliScanEmpty.get(lang)
        );
    }
    emit(output, &scan.to_json(), Privacy::Personal, lang)
}

/// `team FILE|DIR...`: the team's scans together, as a report or as slides (with `--watch`,
/// counted again as files arrive, change or go).
pub fn team(
    dir: &Path,
    lang: Lang,
    lang_flag: Option<Lang>,
    files: &[PathBuf],
    format: Option<super::ReportFormat>,
    watch: bool,
) -> ExitCode {
    use crate::present::team;
    let read = team::read(files, lang);
    let watched = team::Watched::new(
        files.to_vec(),
        watch,
        crate::content::embedded(),
        read,
        lang,
    );
    for s in &watched.team.skipped {
        let _ = writeln!(
            std::io::stderr(),
            "werkboek: {}: {} ({})",
            safe::line(&s.file),
            Msg::TeamLeftOut.get(lang),
            safe::line(&s.why)
        );
    }
    // Watching a folder that is still empty is how a session begins: the scans come later.
    if watched.team.people == 0 && !watch {
        return fail(Msg::TeamNobody.get(lang));
    }
    match format {
        Some(_) => {
            let text = team::markdown(&watched.team, lang);
            emit(&Output::Stdout, &text, Privacy::Public, lang)
        }
        None if !std::io::IsTerminal::is_terminal(&std::io::stdout()) => {
            // Slides drawn into a file or a pipe help nobody: the report is what fits there.
            fail(format_args!(
                "{}\n{}",
                Msg::TeamNotATerminal.get(lang),
                Msg::TeamNoTerminal.get(lang)
            ))
        }
        None => crate::tui::run(
            dir,
            lang_flag,
            None,
            Some(crate::present::Start::Team(Box::new(watched))),
        ),
    }
}

/// Reads a plan file and tells what is wrong with it (each line with its number); the rest
/// of the plan is what there is to present.
fn read_plan(file: &Path, lang: Lang) -> Result<crate::present::plan::Session, ExitCode> {
    use crate::present::plan;
    let text = match read_input(file, files::READ_LIMIT) {
        Ok(t) => t,
        Err(p) => return Err(fail(format_args!("{}: {}", shown(file), p.describe(lang)))),
    };
    let all = crate::present::slides::build(crate::content::embedded(), lang);
    let session = plan::session(&plan::parse(&text), &all, lang);
    tell_plan_problems(file, &session, lang);
    if session.slides.len() <= 1 {
        return Err(fail(format_args!(
            "{}: {}",
            shown(file),
            Msg::PlanNothing.get(lang)
        )));
    }
    Ok(session)
}

fn tell_plan_problems(file: &Path, session: &crate::present::plan::Session, lang: Lang) {
    for p in &session.problems {
        let _ = writeln!(
            std::io::stderr(),
            "werkboek: {}: {}",
            shown(file),
            safe::line(&p.describe(lang))
        );
    }
}

/// `present --plan FILE`: the plan's slides on the projector (without its notes), on the
/// facilitator's screen (`--notes`), or as HTML (`--html`).
pub fn present_plan(
    dir: &Path,
    lang: Lang,
    lang_flag: Option<Lang>,
    mouse: Option<bool>,
    file: &Path,
    notes: bool,
    html: Option<(PathBuf, bool)>,
) -> ExitCode {
    use crate::present::{Start, notes::Facilitator, plan};
    let session = match read_plan(file, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Some((out, force)) = html {
        let session = plan::without_notes(session);
        return write_html(&session.slides, session.title.as_deref(), &out, force, lang);
    }
    let start = if notes {
        let plan = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Start::Notes(Box::new(Facilitator {
            session: session.clone(),
            plan: safe::line(&plan).into_owned(),
            projector: None,
        }))
    } else {
        Start::Plan(plan::without_notes(session.clone()).slides)
    };
    let code = crate::tui::run(dir, lang_flag, mouse, Some(start));
    // Told again once the screen is back, where it can be read.
    tell_plan_problems(file, &session, lang);
    code
}

/// Writes slides as one HTML file (an ordinary, readable file: the material only).
pub fn write_html(
    slides: &[crate::present::Slide],
    title: Option<&str>,
    out: &Path,
    force: bool,
    lang: Lang,
) -> ExitCode {
    let shown_out = shown(out);
    match std::fs::metadata(out) {
        Ok(m) if m.is_file() && !force => {
            return fail(Msg::CliExists.get(lang).replace("{file}", &shown_out));
        }
        Ok(m) if m.is_dir() => {
            return fail(format_args!(
                "{shown_out}: {}",
                i18n::io_problem(std::io::ErrorKind::IsADirectory, lang)
            ));
        }
        _ => {}
    }
    let text = crate::present::html::deck(slides, title, lang);
    emit(
        &Output::File(out.to_path_buf()),
        &text,
        Privacy::Public,
        lang,
    )
}

/// `plan new [FILE]`: a plan to start from.
pub fn plan_new(dir: &Path, lang: Lang, file: Option<PathBuf>, force: bool) -> ExitCode {
    let path = match file {
        Some(f) => f,
        None => {
            // The data folder, made private as the workbook makes it.
            if let Err(e) = crate::store::files::prepare_dir(dir) {
                use crate::store::files::DirProblem;
                let why = match e {
                    DirProblem::Io(e) => i18n::io_error(&e, lang),
                    DirProblem::NotADirectory => {
                        i18n::io_problem(std::io::ErrorKind::NotADirectory, lang)
                    }
                    DirProblem::OtherOwner { .. } => {
                        i18n::io_problem(std::io::ErrorKind::PermissionDenied, lang)
                    }
                };
                return fail(format_args!("{}: {why}", shown(dir)));
            }
            dir.join(crate::tui::presenting::PLAN_FILE)
        }
    };
    if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) && !force {
        return fail(Msg::CliExists.get(lang).replace("{file}", &shown(&path)));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        return fail(format_args!(
            "{}: {}",
            shown(parent),
            i18n::io_error(&e, lang)
        ));
    }
    emit(
        &Output::File(path),
        &crate::present::plan::starter(lang),
        Privacy::Public,
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_entry_carries_no_control_sequence() {
        let e = Entry {
            id: 1,
            created: jiff::Timestamp::UNIX_EPOCH,
            updated: None,
            title: "\x1b]0;pwned\x07titel\u{202e}".into(),
            text: "eerste\nregel \x1b[2J\r".into(),
            tags: vec!["\x1b[31mrood".into()],
            items: vec!["\u{9b}x".into()],
            action: None,
        };
        let today = jiff::civil::Date::new(2026, 1, 1).unwrap();
        let out = list_entry(&e, &TimeZone::UTC, today, Lang::Nl);
        assert!(safe::is_safe_text(&out), "{out:?}");
        assert!(out.contains("␛]0;pwned␇titel"), "{out}");
    }
}
