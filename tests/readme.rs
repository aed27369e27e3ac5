//! The README's key tables list every key the `?` screen lists for the places a user works in,
//! so that the page and the program cannot drift apart.

use werkboek::i18n::Lang;
use werkboek::keys::{self, Ctx, Key};
use werkboek::view::help;

/// Every `quoted` piece in the README's table rows.
fn keys_in_tables(readme: &str) -> Vec<String> {
    readme
        .lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .flat_map(|l| {
            l.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_key_of_the_help_is_in_the_readme_key_tables() {
    let readme = include_str!("../README.md");
    let listed = keys_in_tables(readme);
    let places = [
        Ctx::Tabs,
        Ctx::Study,
        Ctx::Log,
        Ctx::Measures,
        Ctx::Editor,
        Ctx::Form,
        Ctx::FormLine,
        Ctx::FormChoice,
        Ctx::Filter,
        Ctx::Confirm,
        Ctx::Search,
        Ctx::Overlay,
        Ctx::Present,
    ];
    let mut missing = Vec::new();
    for ctx in places {
        for b in keys::bindings(ctx).filter(|b| help::listed(ctx, b)) {
            for key in b.keys {
                let wanted: Vec<String> = match key {
                    // "1-9 0" in the help: the README writes `1`-`9`, `0`.
                    Key::Digit => vec!["1".into(), "9".into(), "0".into()],
                    k => vec![k.label(Lang::En)],
                };
                for w in wanted {
                    if !listed.contains(&w) {
                        missing.push(format!("{w} ({ctx:?}: {:?})", b.cmd));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys the help lists but the README's tables do not: {missing:#?}"
    );
}

#[test]
fn help_and_quit_are_in_a_table_not_under_a_paragraph() {
    let readme = include_str!("../README.md");
    for row in ["| `?` |", "| `q` |", "| `L` |", "| `i` |", "| `m` |"] {
        assert!(readme.contains(row), "{row} is not a row of a key table");
    }
}
