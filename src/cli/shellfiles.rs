//! Files for the shell, made from the same clap definitions the command line is parsed with, so
//! that they cannot drift from it: completions for bash, zsh, fish, PowerShell and elvish, and a
//! manual page.

use std::io::{self, Write};

use clap::CommandFactory;

use super::Cli;

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "werkboek", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page (roff): the program, its options and commands, then a section for every
/// command with its own options ("werkboek export", "werkboek log add"...).
pub fn man() -> io::Result<String> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut page)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    let mut commands = Vec::new();
    collect(&cmd, "werkboek", &mut commands);
    for (name, sub) in commands {
        page.push_str(&format!(".SH \"{}\"\n", name.to_uppercase()));
        let man = clap_mangen::Man::new(sub);
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        man.render_options_section(&mut part)?;
        if app_has_subcommands(&name, &cmd) {
            man.render_subcommands_section(&mut part)?;
        }
        // Within the command's section, its parts are subsections; the preamble each part
        // repeats is said once, at the top.
        for line in String::from_utf8_lossy(&part).lines() {
            if line.starts_with(".ie ") || line.starts_with(".el ") {
                continue;
            }
            match line.strip_prefix(".SH ") {
                Some(heading) => page.push_str(&format!(".SS {heading}\n")),
                None => {
                    page.push_str(line);
                    page.push('\n');
                }
            }
        }
    }
    // The commands are described in this page, not in pages of their own: clap_mangen's
    // mentions of those ("werkboek\-log(1)", "werkboek log\-add(1)") name the sections.
    let mut names = Vec::new();
    collect(&cmd, "werkboek", &mut names);
    for (name, _) in names {
        let (parent, last) = name.rsplit_once(' ').unwrap_or(("", &name));
        let to = format!("\\fB{name}\\fR");
        for from in [
            format!("{}\\-{last}(1)", parent.replace(' ', "\\-")),
            format!("{parent}\\-{last}(1)"),
        ] {
            page = page.replace(&from, &to);
        }
    }
    Ok(page)
}

fn app_has_subcommands(name: &str, root: &clap::Command) -> bool {
    let mut cmd = root;
    for part in name.split(' ').skip(1) {
        match cmd.find_subcommand(part) {
            Some(sub) => cmd = sub,
            None => return false,
        }
    }
    cmd.get_subcommands().any(|s| s.get_name() != "help")
}

/// Every command below `cmd`, depth first, with its full name; their options shared with every
/// command (`--lang`, `--data-dir`, `--help`) are told once, at the top.
fn collect(cmd: &clap::Command, name: &str, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let full = format!("{name} {}", sub.get_name());
        let shown = sub
            .clone()
            .bin_name(&full)
            .display_name(&full)
            .disable_help_subcommand(true)
            .mut_args(|a| {
                if a.is_global_set() || a.get_id() == "help" {
                    a.hide(true)
                } else {
                    a
                }
            });
        out.push((full.clone(), shown));
        collect(sub, &full, out);
    }
}

/// Writes `text` to standard output; a reader that went away (`| head`) is no failure.
pub fn print(text: &str) -> io::Result<()> {
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
