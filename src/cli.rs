//! The command line: options, subcommands, and what each prints.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export;
use crate::i18n::Lang;
use crate::store;

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the directory where your data is kept.
    Path,
    /// Print the whole material (no personal data): a handout in Markdown, or JSON with the ids.
    Content {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
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
    let saved = store::load_workbook(&dir.join(store::WORKBOOK_FILE))
        .ok()
        .and_then(|w| w.settings.lang);
    Lang::choose(flag.map(Lang::from), saved, |v| std::env::var(v).ok())
}

fn fail(what: impl std::fmt::Display) -> ExitCode {
    eprintln!("werkboek: {what}");
    ExitCode::FAILURE
}

pub fn run(cli: Cli) -> ExitCode {
    let Some(dir) = cli.data_dir() else {
        return fail("no home directory found; use --data-dir DIR or WERKBOEK_DATA_DIR");
    };
    match cli.command {
        None => crate::tui::run(&dir, cli.lang.map(Lang::from)),
        Some(Command::Path) => {
            println!("{}", dir.display());
            ExitCode::SUCCESS
        }
        Some(Command::Content { format, output }) => {
            let lang = output_lang(cli.lang, &dir);
            let c = crate::content::embedded();
            let text = match format {
                Format::Md => export::content::markdown(c, lang),
                Format::Json => {
                    let mut s = serde_json::to_string_pretty(&export::content::json(c, lang))
                        .expect("plain data always serialises");
                    s.push('\n');
                    s
                }
            };
            match export::write_out(output.as_deref(), &text) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader went away (`werkboek content | head`): nothing is wrong.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => fail(format_args!(
                    "cannot write {}: {e}",
                    output
                        .as_deref()
                        .map(|p| p.display().to_string())
                        .unwrap_or("output".into())
                )),
            }
        }
    }
}
