use std::process::ExitCode;

fn main() -> ExitCode {
    match werkboek::cli::parse(std::env::args_os()) {
        Ok(cli) => werkboek::cli::run(cli),
        Err(code) => code,
    }
}
