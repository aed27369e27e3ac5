//! Mistakes on the command line (an unknown option, a missing file name, a value that is not
//! one of the choices), told in the interface language. clap finds them and says them in
//! English; here its findings (the kind of mistake, the argument, the value, the choices) are
//! put into words of our own. Its exit codes stay: 2 for a mistake, 0 for `--help` and
//! `--version`, which are clap's own text.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, Msg};

/// The language of a message about the command line: `--lang` if it is there and readable,
/// else the saved choice (in `--data-dir`, else the usual place), else the locale.
fn lang_of(args: &[OsString]) -> Lang {
    let value_of = |name: &str| -> Option<String> {
        let with_equals = format!("{name}=");
        args.iter().enumerate().find_map(|(i, a)| {
            let a = a.to_str()?;
            if a == name {
                args.get(i + 1)?.to_str().map(str::to_string)
            } else {
                a.strip_prefix(&with_equals).map(str::to_string)
            }
        })
    };
    let flag = value_of("--lang").and_then(|v| Lang::parse(&v));
    let saved = match flag {
        Some(_) => None,
        None => crate::store::data_dir(
            value_of("--data-dir").map(Into::into),
            std::env::var(crate::store::ENV_DATA_DIR).ok(),
        )
        .and_then(|dir| {
            crate::store::load_workbook(&dir.join(crate::store::WORKBOOK_FILE))
                .ok()
                .and_then(|w| w.settings.lang)
        }),
    };
    Lang::choose(flag, saved, Lang::from_locale(|v| std::env::var(v).ok()))
}

fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => Some(s.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(s) => Some(
            s.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What is wrong, in `lang`, from what clap found: one line, then the usage and where the
/// help is.
pub fn describe(e: &clap::Error, lang: Lang) -> String {
    let get = |k: ContextKind| text(e.get(k));
    let fill = |m: Msg, pairs: &[(&str, String)]| {
        pairs
            .iter()
            .fold(m.get(lang).to_string(), |t, (k, v)| t.replace(k, v))
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut what = match e.kind() {
        ErrorKind::InvalidSubcommand => fill(
            Msg::CliUnknownCommand,
            &[(
                "{x}",
                get(ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::UnknownArgument => fill(Msg::CliUnknownArg, &[("{x}", arg)]),
        ErrorKind::InvalidValue if value.is_empty() => {
            fill(Msg::CliValueMissing, &[("{arg}", arg)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            fill(Msg::CliBadValue, &[("{value}", value), ("{arg}", arg)])
        }
        ErrorKind::MissingRequiredArgument => fill(Msg::CliMissing, &[("{x}", arg)]),
        ErrorKind::MissingSubcommand => fill(
            Msg::CliMissingCommand,
            &[(
                "{x}",
                get(ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::ArgumentConflict => match get(ContextKind::PriorArg) {
            Some(prior) if prior != arg => {
                fill(Msg::CliConflict, &[("{arg}", arg), ("{other}", prior)])
            }
            _ => fill(Msg::CliTwice, &[("{arg}", arg)]),
        },
        ErrorKind::TooManyValues => fill(Msg::CliTooMany, &[("{value}", value), ("{arg}", arg)]),
        _ => Msg::CliUsageOther.get(lang).to_string(),
    };
    if let Some(choices) = get(ContextKind::ValidValue).filter(|c| !c.is_empty()) {
        what.push_str(&fill(Msg::CliChoices, &[("{x}", choices)]));
    }
    if let Some(choices) =
        get(ContextKind::ValidSubcommand).filter(|_| e.kind() == ErrorKind::MissingSubcommand)
    {
        what.push_str(&fill(Msg::CliChoices, &[("{x}", choices)]));
    }
    if let Some(meant) = get(ContextKind::SuggestedSubcommand)
        .or_else(|| get(ContextKind::SuggestedArg))
        .or_else(|| get(ContextKind::SuggestedValue))
    {
        what.push_str(&fill(Msg::CliMeant, &[("{x}", meant)]));
    }
    let mut out = what;
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        out.push_str(&format!("\n\n{} {usage}", Msg::CliUsage.get(lang)));
    }
    out.push_str(&format!("\n\n{}", Msg::CliMoreHelp.get(lang)));
    crate::safe::text(&out).into_owned()
}

/// A command given without the subcommand it needs (`werkboek log`): which ones there are,
/// rather than clap's English help.
fn missing_command(args: &[OsString], lang: Lang) -> String {
    use clap::CommandFactory;
    let mut cmd = super::Cli::command();
    let mut path = vec![cmd.get_name().to_string()];
    for a in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = cmd.find_subcommand(a).cloned() {
            path.push(a.to_string());
            cmd = sub;
        }
    }
    cmd = cmd.bin_name(path.join(" "));
    let choices: Vec<&str> = cmd
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|n| *n != "help")
        .collect();
    let mut out = Msg::CliMissingCommand
        .get(lang)
        .replace("{x}", &path.join(" "));
    if !choices.is_empty() {
        out.push_str(
            &Msg::CliChoices
                .get(lang)
                .replace("{x}", &choices.join(", ")),
        );
    }
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
    out.push_str(&format!(
        "\n\n{} {usage}\n\n{}",
        Msg::CliUsage.get(lang),
        Msg::CliMoreHelp.get(lang)
    ));
    crate::safe::text(&out).into_owned()
}

/// Parses the command line. `--help` and `--version` are printed as clap prints them (exit 0),
/// as is the help it shows for a command given without its subcommand; any other mistake is
/// told in the interface language on standard error, with clap's exit code.
pub fn parse(args: impl IntoIterator<Item = impl Into<OsString>>) -> Result<super::Cli, ExitCode> {
    use clap::Parser;
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    match super::Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli),
        Err(e) => {
            let code = ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
            match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = e.print();
                }
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    use std::io::Write;
                    let told = missing_command(&args, lang_of(&args));
                    let _ = writeln!(std::io::stderr(), "werkboek: {told}");
                }
                _ => {
                    use std::io::Write;
                    let told = describe(&e, lang_of(&args));
                    let _ = writeln!(std::io::stderr(), "werkboek: {told}");
                }
            }
            Err(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn told(args: &[&str], lang: Lang) -> String {
        let e = crate::cli::Cli::try_parse_from(
            std::iter::once("werkboek").chain(args.iter().copied()),
        )
        .expect_err("a mistake");
        assert_eq!(e.exit_code(), 2, "clap's exit code for a mistake");
        describe(&e, lang)
    }

    #[test]
    fn mistakes_are_told_in_dutch_with_what_was_wrong() {
        let t = told(&["frob"], Lang::Nl);
        assert!(
            t.starts_with("\"frob\" is geen commando van werkboek"),
            "{t}"
        );
        assert!(t.contains("Gebruik: werkboek [OPTIONS] [COMMAND]"), "{t}");
        assert!(t.contains("werkboek --help"), "{t}");
        let t = told(&["export", "--format", "pdf"], Lang::Nl);
        assert!(
            t.starts_with(
                "\"pdf\" is geen geldige waarde voor --format <FORMAT>; kies uit: md, json"
            ),
            "{t}"
        );
        let t = told(&["team"], Lang::Nl);
        assert!(t.starts_with("er ontbreekt: <FILE>..."), "{t}");
        let t = told(&["log", "add", "--follow-up"], Lang::Nl);
        assert!(
            t.starts_with("--follow-up <DATE> heeft een waarde nodig"),
            "{t}"
        );
        let t = told(&["--frob"], Lang::Nl);
        assert!(t.starts_with("\"--frob\" kent werkboek hier niet"), "{t}");
        let t = told(&["present", "--fro", "x"], Lang::Nl);
        assert!(t.contains("bedoel je --from?"), "{t}");
        let t = told(&["export", "--name", "Anna"], Lang::Nl);
        assert!(t.starts_with("er ontbreekt: --scan"), "{t}");
        for t in [
            told(&["frob"], Lang::Nl),
            told(&["export", "--format", "pdf"], Lang::Nl),
            told(&["team"], Lang::Nl),
        ] {
            for english in [
                "error:",
                "Usage",
                "unrecognized",
                "invalid value",
                "required",
            ] {
                assert!(!t.contains(english), "{english} in {t}");
            }
        }
    }

    #[test]
    fn a_command_without_its_subcommand_names_the_choices() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let t = missing_command(&args(&["werkboek", "log"]), Lang::Nl);
        assert!(
            t.starts_with("werkboek log heeft een commando nodig; kies uit: add, list"),
            "{t}"
        );
        assert!(t.contains("Gebruik: werkboek log <COMMAND>"), "{t}");
        let e = crate::cli::Cli::try_parse_from(["werkboek", "log"]).unwrap_err();
        assert_eq!(
            e.kind(),
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        );
        assert_eq!(e.exit_code(), 2);
        // A value that is needed, with nothing to choose from, lists no choices.
        let t = told(&["log", "add", "--follow-up"], Lang::Nl);
        assert!(
            t.starts_with("--follow-up <DATE> heeft een waarde nodig\n"),
            "{t:?}"
        );
    }

    #[test]
    fn and_in_english_when_that_is_the_language() {
        let t = told(&["export", "--format", "pdf"], Lang::En);
        assert!(
            t.starts_with(
                "\"pdf\" is not a valid value for --format <FORMAT>; choose from: md, json"
            ),
            "{t}"
        );
        assert!(
            t.ends_with("All commands and options: werkboek --help"),
            "{t}"
        );
        let t = told(&["team"], Lang::En);
        assert!(t.contains("Usage: werkboek team <FILE>..."), "{t}");
    }

    #[test]
    fn the_language_comes_from_the_flag_even_when_the_flag_is_the_mistake() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_of(&args(&["werkboek", "--lang", "en", "frob"])),
            Lang::En
        );
        assert_eq!(lang_of(&args(&["werkboek", "--lang=en", "frob"])), Lang::En);
    }
}
