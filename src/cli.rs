//! The command line: options, subcommands, and what each prints.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the directory where your data is kept.
    Path,
}

impl Cli {
    pub fn data_dir(&self) -> Option<PathBuf> {
        store::data_dir(
            self.data_dir.clone(),
            std::env::var(store::ENV_DATA_DIR).ok(),
        )
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let Some(dir) = cli.data_dir() else {
        eprintln!("werkboek: no home directory found; use --data-dir DIR or WERKBOEK_DATA_DIR");
        return ExitCode::FAILURE;
    };
    match cli.command {
        None => crate::tui::run(&dir, cli.lang.map(Lang::from)),
        Some(Command::Path) => {
            println!("{}", dir.display());
            ExitCode::SUCCESS
        }
    }
}
