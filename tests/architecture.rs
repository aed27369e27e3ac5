//! The direction of dependencies, checked from the source: which top-level module names which
//! (`crate::x` in `src/`), that no two of them need each other (directly or round about), and
//! the rules that keep the layers apart: `app` never reaches up to drawing, the terminal, the
//! shell or the export formats; drawing never reads the clock or touches a file; the view layer
//! knows neither the app nor colours.
//!
//! `cargo test --test architecture -- --nocapture` prints the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, tests folders left out.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The code of a file without its `#[cfg(test)]` module at the end and without comments.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level module a file belongs to (`src/app/nav.rs` is `app`).
fn module_of(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a text names through `crate::`, including `use crate::{a, b}`.
fn named(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let end = list.find('}').unwrap_or(list.len());
            for part in list[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out
}

struct Tree {
    /// Per module: the modules it names.
    edges: BTreeMap<String, BTreeSet<String>>,
    /// Per module: its code, file by file.
    code: BTreeMap<String, Vec<(PathBuf, String)>>,
}

fn tree() -> Tree {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut code_of: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    for file in sources(&root) {
        let m = module_of(&root, &file);
        if m == "lib" || m == "main" {
            continue;
        }
        let text = code(&std::fs::read_to_string(&file).unwrap());
        let names = named(&text);
        let entry = edges.entry(m.clone()).or_default();
        entry.extend(names.into_iter().filter(|n| *n != m));
        code_of.entry(m).or_default().push((file, text));
    }
    Tree {
        edges,
        code: code_of,
    }
}

/// A cycle in the graph, if there is one.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut c = path[i..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        if let Some(c) = visit(n, edges, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_two_top_level_modules_need_each_other() {
    let t = tree();
    for (m, to) in &t.edges {
        let to: Vec<&str> = to.iter().map(String::as_str).collect();
        println!("{m:>8} -> {}", to.join(", "));
    }
    assert_eq!(cycle(&t.edges), None, "a cycle between top-level modules");
}

#[test]
fn the_layers_keep_their_direction() {
    let t = tree();
    let rules: &[(&str, &[&str])] = &[
        // The state never reaches up to what draws it, runs it, or writes it out.
        ("app", &["ui", "tui", "cli", "format"]),
        // The shared view layer knows neither the app nor colours nor the screen's drawing.
        ("view", &["app", "ui", "tui", "cli", "theme"]),
        ("ui", &["tui", "cli", "store", "clock"]),
        // Domain rules are below everything that uses them.
        (
            "data",
            &[
                "app", "ui", "view", "tui", "cli", "format", "store", "present", "search",
            ],
        ),
        (
            "search",
            &["app", "ui", "view", "tui", "cli", "format", "store"],
        ),
        (
            "store",
            &[
                "app", "ui", "view", "tui", "cli", "format", "present", "search",
            ],
        ),
        ("format", &["app", "ui", "view", "tui", "cli"]),
        ("present", &["app", "ui", "view", "tui", "cli"]),
        (
            "content",
            &["app", "ui", "view", "tui", "cli", "data", "store", "format"],
        ),
    ];
    for (m, never) in rules {
        let to = t.edges.get(*m).cloned().unwrap_or_default();
        for n in *never {
            assert!(!to.contains(*n), "{m} must not use {n}");
        }
    }
}

#[test]
fn drawing_reads_no_clock_and_touches_no_file() {
    let t = tree();
    for (file, text) in &t.code["ui"] {
        for forbidden in [
            "std::fs",
            "File::",
            "Timestamp::now",
            "Instant::",
            "SystemTime",
            "clock()",
            "std::env",
        ] {
            assert!(
                !text.contains(forbidden),
                "{} uses {forbidden}",
                file.display()
            );
        }
    }
}

#[test]
fn the_app_has_no_public_fields() {
    let t = tree();
    let (file, text) = t.code["app"]
        .iter()
        .find(|(f, _)| f.ends_with("app/mod.rs"))
        .unwrap();
    let start = text.find("pub struct App {").expect("the App struct");
    let end = start + text[start..].find("\n}").unwrap();
    assert!(
        !text[start..end].contains("    pub "),
        "{}: App has a public field",
        file.display()
    );
}
