//! The command line: options, subcommands, and what each prints.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::format;
use crate::i18n::{Lang, Msg};
use crate::store;

mod shell;
mod shellfiles;
mod usage;

pub use usage::parse;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

/// werkboek: the seven keys for professional development with impact, the eight factors of
/// ownership, the seven learning functions and the models around them, with your own notes.
#[derive(Debug, Parser)]
#[command(name = "werkboek", version, about)]
pub struct Cli {
    /// Interface language (default: the saved choice, then the locale, then Dutch).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,

    /// Where your notes and progress are kept (default: $WERKBOEK_DATA_DIR, then the config
    /// directory, e.g. ~/.config/werkboek).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Do not take the mouse (then the terminal selects text as usual); remembered.
    #[arg(long, conflicts_with = "mouse")]
    pub no_mouse: bool,

    /// Take the mouse again after --no-mouse (clicks and the wheel; Shift+drag selects
    /// text); remembered.
    #[arg(long)]
    pub mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown, for reading and printing.
    #[default]
    Md,
    /// JSON, for other tools.
    Json,
}

impl Format {
    /// The format a file name asks for by its extension, if it asks for one.
    fn of_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Md),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Json => "json",
        }
    }
}

/// Where a command's output goes, checked before anything is done: standard output (no
/// `--output`, or `--output -`), or a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Output {
    Stdout,
    /// A regular file (new, or replaced with `--force`), written atomically.
    File(PathBuf),
    /// Something else that already exists (a FIFO, a device, `/proc/self/fd/1`): written to
    /// as it is, never replaced.
    Special(PathBuf),
}

/// Decides the format and the place of an output: the format from `--format`, else from the
/// file name (`.json`, `.md`), else Markdown; a contradiction is refused; an existing regular
/// file is replaced only with `--force`.
pub(crate) fn output_for(
    output: Option<&std::path::Path>,
    format: Option<Format>,
    force: bool,
    lang: Lang,
) -> Result<(Output, Format), String> {
    let path = match output {
        None => return Ok((Output::Stdout, format.unwrap_or_default())),
        Some(p) if p.as_os_str() == "-" => {
            return Ok((Output::Stdout, format.unwrap_or_default()));
        }
        Some(p) => p,
    };
    let shown = || crate::safe::line(&path.display().to_string()).into_owned();
    let by_name = Format::of_path(path);
    let format = match (format, by_name) {
        (Some(f), Some(n)) if f != n => {
            return Err(Msg::CliFormatClash
                .get(lang)
                .replace("{file}", &shown())
                .replace("{format}", f.name())
                .replace("{named}", n.name()));
        }
        (Some(f), _) => f,
        (None, Some(n)) => n,
        (None, None) => Format::default(),
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && !force => Err(Msg::CliExists.get(lang).replace("{file}", &shown())),
        Ok(m) if m.is_file() => Ok((Output::File(path.to_path_buf()), format)),
        Ok(m) if m.is_dir() => Err(format!(
            "{}: {}",
            shown(),
            crate::i18n::io_problem(std::io::ErrorKind::IsADirectory, lang)
        )),
        Ok(_) => Ok((Output::Special(path.to_path_buf()), format)),
        Err(_) => Ok((Output::File(path.to_path_buf()), format)),
    }
}

/// The team's report comes in one form only: `--format json` is refused, not ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown, for reading and printing.
    Md,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the directory where your data is kept.
    Path,
    /// Print the whole material (no personal data): a handout in Markdown, or JSON with the ids.
    Content {
        /// md or json (default: from the file name's extension, else md).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to FILE instead of standard output (`-` is standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Add to or read your development log without opening the workbook.
    Log {
        #[command(subcommand)]
        command: LogCommand,
    },
    /// Export your portfolio: Markdown for a development conversation, or JSON that `import`
    /// can restore everything from.
    Export {
        /// md or json (default: from the file name's extension, else md).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to FILE (private, 0600) instead of standard output (`-` is standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        /// Only your self-assessment (scores and self-scan answers) for a team view: no
        /// notes, no log, no name unless you give one.
        #[arg(long)]
        scan: bool,
        /// With --scan: the name to show with your answers.
        #[arg(long, requires = "scan")]
        name: Option<String>,
    },
    /// Present the material to a room: big, clean, never anything personal.
    Present {
        /// Start at the slide that shows this id (e.g. sleutel-4, factor-verbinding, stap-2).
        #[arg(long, value_name = "ID", conflicts_with = "plan")]
        from: Option<String>,
        /// Only the part (key) that slide belongs to.
        #[arg(long, conflicts_with = "plan")]
        only: bool,
        /// A session plan (Markdown: one part per line, `- id | 15 min | note`); without FILE,
        /// plan.md in the data folder (`werkboek plan new` writes one to start from).
        #[arg(long, value_name = "FILE")]
        plan: Option<Option<PathBuf>>,
        /// The facilitator's screen for a second terminal: the plan's notes and times, following
        /// the presentation on the projector. Never shown on the projector.
        #[arg(long, requires = "plan", conflicts_with = "html")]
        notes: bool,
        /// Write the deck as one HTML file (for a browser, also from a USB stick) instead of
        /// presenting.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// With --html: replace FILE if it exists.
        #[arg(long, requires = "html")]
        force: bool,
    },
    /// Session plans: `plan new [FILE]` writes a plan to start from.
    Plan {
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// Show a team's self-scans together: the spread of the answers, the median, where the
    /// team agrees and where it differs most. Reads files made by `export --scan`, or every
    /// .json file in a folder (a shared folder is how a team hands them in).
    Team {
        /// Scan exports, one per person, or folders that hold them.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print a report instead of presenting (md: Markdown).
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Look again as scans arrive, change or go during the session.
        #[arg(long, conflicts_with = "format")]
        watch: bool,
    },
    /// Bring a JSON export into your data (e.g. on a new computer). Nothing you have is lost;
    /// a file that cannot be read is refused as a whole.
    Import {
        /// A file made by `werkboek export --format json`.
        file: PathBuf,
    },
    /// Print the completions for your shell, e.g. `werkboek completions bash >
    /// ~/.local/share/bash-completion/completions/werkboek`.
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `werkboek man > ~/.local/share/man/man1/werkboek.1`.
    Man,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Write a session plan to start from, with comments on how to write one (without FILE:
    /// plan.md in the data folder, which `P` in the workbook adds to).
    New {
        file: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Add an entry.
    Add {
        /// The text of the entry (a title alone is an entry too).
        text: Option<String>,
        /// A title for the entry.
        #[arg(long)]
        title: Option<String>,
        /// A tag (repeat for more).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// A part of the material it is about: its id (e.g. sleutel-4) or words of its title
        /// (e.g. "externe oriëntatie"); repeat for more.
        #[arg(long = "item", value_name = "ID|TITLE")]
        items: Vec<String>,
        /// Make it an action (something you will do differently), status planned.
        #[arg(long)]
        action: bool,
        /// The date to follow the action up (makes it an action): 2026-12-01 or 1-12-2026.
        #[arg(long, value_name = "DATE")]
        follow_up: Option<String>,
        /// The day it is about, if not today: 2026-11-02 or 2-11-2026 (the time of day is now's).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Print entries, newest first.
    List {
        /// Only entries with this tag.
        #[arg(long, value_name = "TAG")]
        tag: Option<String>,
        /// Only entries from DATE on (2026-09-01 or 1-9-2026).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only entries about this part of the material.
        #[arg(long, value_name = "ID")]
        item: Option<String>,
        /// Only actions not yet done.
        #[arg(long)]
        open: bool,
    },
}

impl Cli {
    pub fn data_dir(&self) -> Option<PathBuf> {
        store::data_dir(
            self.data_dir.clone(),
            std::env::var(store::ENV_DATA_DIR).ok(),
        )
    }
}

/// The language for output outside the interface: `--lang`, then the saved choice (read, never
/// written), then the locale, else Dutch.
fn output_lang(flag: Option<LangArg>, dir: &std::path::Path) -> Lang {
    let saved = match flag {
        Some(_) => None,
        None => store::load_workbook(&dir.join(store::WORKBOOK_FILE))
            .ok()
            .and_then(|w| w.settings.lang),
    };
    let locale = Lang::from_locale(|v| std::env::var(v).ok());
    Lang::choose(flag.map(Lang::from), saved, locale)
}

/// Whether a command's output is personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Privacy {
    /// Written to a file privately (0600) and atomically.
    Personal,
    /// The material: an ordinary file.
    Public,
}

/// Writes a command's output where [`output_for`] decided and says how it went: a file written
/// says where it went (on standard error, so standard output stays the output). A reader that
/// went away (`werkboek content | head`) is not an error.
pub(crate) fn emit(output: &Output, text: &str, privacy: Privacy, lang: Lang) -> ExitCode {
    use std::io::Write;
    let written = match output {
        Output::Stdout => format::write_out(None, text),
        Output::File(path) => store::write_atomic(path, text.as_bytes()).and_then(|()| {
            #[cfg(unix)]
            if privacy == Privacy::Public {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))?;
            }
            Ok(())
        }),
        Output::Special(path) => std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes())),
    };
    match (written, output) {
        (Ok(()), Output::File(path)) => {
            // The whole path, so that a file given by a short name can be found.
            let full = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            let _ = writeln!(
                std::io::stderr(),
                "{} {}",
                Msg::CliWritten.get(lang),
                crate::safe::line(&full.display().to_string())
            );
            ExitCode::SUCCESS
        }
        (Ok(()), _) => ExitCode::SUCCESS,
        (Err(e), _) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), output) => {
            let place = match output {
                Output::Stdout => "-".to_string(),
                Output::File(p) | Output::Special(p) => {
                    crate::safe::line(&p.display().to_string()).into_owned()
                }
            };
            fail(format_args!("{place}: {}", crate::i18n::io_error(&e, lang)))
        }
    }
}

/// Says what went wrong (on standard error, made safe for the terminal) and fails.
pub(crate) fn fail(what: impl std::fmt::Display) -> ExitCode {
    use std::io::Write;
    let text = what.to_string();
    let _ = writeln!(std::io::stderr(), "werkboek: {}", crate::safe::text(&text));
    ExitCode::FAILURE
}

impl Cli {
    /// What `--mouse` or `--no-mouse` asked for, if either.
    fn mouse_flag(&self) -> Option<bool> {
        match (self.mouse, self.no_mouse) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    // Files for the shell need no data directory.
    let shell_file = match &cli.command {
        Some(Command::Completions { shell }) => Some(Ok(shellfiles::completions(*shell))),
        Some(Command::Man) => Some(shellfiles::man()),
        _ => None,
    };
    if let Some(text) = shell_file {
        return match text.and_then(|t| shellfiles::print(&t)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                let lang = Lang::choose(
                    cli.lang.map(Lang::from),
                    None,
                    Lang::from_locale(|v| std::env::var(v).ok()),
                );
                fail(format_args!("-: {}", crate::i18n::io_error(&e, lang)))
            }
        };
    }
    let Some(dir) = cli.data_dir() else {
        let lang = Lang::choose(
            cli.lang.map(Lang::from),
            None,
            Lang::from_locale(|v| std::env::var(v).ok()),
        );
        return fail(Msg::CliNoHome.get(lang));
    };
    let mouse = cli.mouse_flag();
    match cli.command {
        None => crate::tui::run(&dir, cli.lang.map(Lang::from), mouse, None),
        Some(Command::Present {
            plan: Some(plan),
            notes,
            html,
            force,
            ..
        }) => {
            let lang = output_lang(cli.lang, &dir);
            let plan = plan.unwrap_or_else(|| dir.join(crate::tui::presenting::PLAN_FILE));
            shell::present_plan(
                &dir,
                lang,
                cli.lang.map(Lang::from),
                mouse,
                &plan,
                notes,
                html.map(|h| (h, force)),
            )
        }
        Some(Command::Present {
            html: Some(html),
            force,
            ..
        }) => {
            let lang = output_lang(cli.lang, &dir);
            shell::write_html(
                &crate::present::slides::build(crate::content::embedded(), lang),
                None,
                &html,
                force,
                lang,
            )
        }
        Some(Command::Plan {
            command: PlanCommand::New { file, force },
        }) => {
            let lang = output_lang(cli.lang, &dir);
            shell::plan_new(&dir, lang, file, force)
        }
        Some(Command::Present { from, only, .. }) => {
            if let Some(id) = from.as_deref()
                && crate::present::slides::find(
                    &crate::present::slides::build(crate::content::embedded(), Lang::Nl),
                    id,
                )
                .is_none()
            {
                return fail(format_args!(
                    "--from {id}: {}",
                    Msg::NotOnSlides.get(output_lang(cli.lang, &dir))
                ));
            }
            crate::tui::run(
                &dir,
                cli.lang.map(Lang::from),
                mouse,
                Some(crate::present::Start::Material { from, only }),
            )
        }
        Some(Command::Team {
            files,
            format,
            watch,
        }) => {
            let lang = output_lang(cli.lang, &dir);
            shell::team(&dir, lang, cli.lang.map(Lang::from), &files, format, watch)
        }
        Some(Command::Path) => {
            println!("{}", dir.display());
            ExitCode::SUCCESS
        }
        Some(Command::Log { command }) => {
            let lang = output_lang(cli.lang, &dir);
            match command {
                LogCommand::Add {
                    text,
                    title,
                    tags,
                    items,
                    action,
                    follow_up,
                    date,
                } => shell::log_add(
                    &dir,
                    lang,
                    shell::NewEntry {
                        text,
                        title,
                        tags,
                        items,
                        action,
                        follow_up,
                        date,
                    },
                ),
                LogCommand::List {
                    tag,
                    since,
                    item,
                    open,
                } => shell::log_list(&dir, lang, tag, since, item, open),
            }
        }
        Some(Command::Export {
            format,
            output,
            force,
            scan,
            name,
        }) => {
            let lang = output_lang(cli.lang, &dir);
            let format = if scan { Some(Format::Json) } else { format };
            let (output, format) = match output_for(output.as_deref(), format, force, lang) {
                Ok(o) => o,
                Err(why) => return fail(why),
            };
            if scan {
                shell::export_scan(&dir, lang, name, &output)
            } else {
                shell::export(&dir, lang, format == Format::Json, &output)
            }
        }
        Some(Command::Completions { .. } | Command::Man) => ExitCode::SUCCESS,
        Some(Command::Import { file }) => {
            let lang = output_lang(cli.lang, &dir);
            shell::import(&dir, lang, &file)
        }
        Some(Command::Content {
            format,
            output,
            force,
        }) => {
            let lang = output_lang(cli.lang, &dir);
            let (output, format) = match output_for(output.as_deref(), format, force, lang) {
                Ok(o) => o,
                Err(why) => return fail(why),
            };
            let c = crate::content::embedded();
            let text = match format {
                Format::Md => format::handout::markdown(c, lang),
                Format::Json => format::pretty_json(&format::handout::json(c, lang)),
            };
            emit(&output, &text, Privacy::Public, lang)
        }
    }
}
