use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    werkboek::cli::run(werkboek::cli::Cli::parse())
}
