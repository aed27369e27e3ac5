//! Writing things out for use outside the app: the material as a handout.

pub mod content;
pub mod portfolio;

use std::io;
use std::path::Path;

/// Where an export goes: a file, or standard output.
pub fn write_out(output: Option<&Path>, text: &str) -> io::Result<()> {
    match output {
        Some(path) => std::fs::write(path, text),
        None => {
            use std::io::Write;
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()
        }
    }
}
