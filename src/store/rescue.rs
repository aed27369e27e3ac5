//! Emergency copies: when saving fails at the very end (a full disk, a folder that went away) or
//! werkboek crashes, what was in memory is kept in a file of its own, and the next start offers
//! to bring it back.
//!
//! A copy gets a random name (no other user can claim it in advance) and goes into the user's
//! own data directory first, then their state directory, and only as a last resort into the
//! shared temporary folder. It is a portfolio export (JSON) that also names the data directory
//! it was rescued from, so bringing it back is an import: nothing already there is lost.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::files::{self, READ_LIMIT};

/// The start of every emergency copy's name.
pub const PREFIX: &str = "werkboek-noodkopie-";
pub const SUFFIX: &str = ".json";

/// Where emergency copies go, in the order tried.
pub fn places(data_dir: &Path) -> Vec<PathBuf> {
    let mut places = vec![data_dir.to_path_buf()];
    if let Some(dirs) = directories::ProjectDirs::from("nl", "", "werkboek") {
        places.push(
            dirs.state_dir()
                .unwrap_or_else(|| dirs.data_local_dir())
                .to_path_buf(),
        );
    }
    places.push(std::env::temp_dir());
    places
}

/// Writes `bytes` as a new emergency copy in the first of `places` that takes it; returns where
/// it went, or every place's error.
pub fn keep(bytes: &[u8], places: &[PathBuf]) -> Result<PathBuf, Vec<(PathBuf, io::Error)>> {
    let mut errors = Vec::new();
    for dir in places {
        let attempt = (|| -> io::Result<PathBuf> {
            let mut builder = tempfile::Builder::new();
            builder.prefix(PREFIX).suffix(SUFFIX);
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(fs::Permissions::from_mode(0o600));
            }
            if dir != &std::env::temp_dir() {
                files::prepare_dir(dir).map_err(|e| match e {
                    files::DirProblem::Io(e) => e,
                    other => io::Error::other(other.to_string()),
                })?;
            }
            let mut file = builder.tempfile_in(dir)?;
            file.write_all(bytes)?;
            file.as_file().sync_all()?;
            let (_, path) = file.keep().map_err(|e| e.error)?;
            Ok(path)
        })();
        match attempt {
            Ok(path) => return Ok(path),
            Err(e) => errors.push((dir.clone(), e)),
        }
    }
    Err(errors)
}

/// Whether `path` names an emergency copy of this user's: the right name, a regular file of
/// theirs (in the shared temporary folder anyone can make a file with that name).
fn is_copy(path: &Path) -> bool {
    let named = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX));
    named
        && fs::symlink_metadata(path)
            .is_ok_and(|m| m.file_type().is_file() && files::owned_by_me(&m))
}

/// The data directory a copy says it was rescued from.
fn rescued_from(path: &Path) -> Option<PathBuf> {
    let bytes = files::read_regular(path, READ_LIMIT).ok()??;
    #[derive(serde::Deserialize)]
    struct Head {
        rescued_from: Option<PathBuf>,
    }
    serde_json::from_slice::<Head>(&bytes).ok()?.rescued_from
}

/// The emergency copies waiting for `data_dir`: every copy in the directory itself, and those
/// elsewhere that say they were rescued from it. Oldest first.
pub fn find(data_dir: &Path) -> Vec<PathBuf> {
    let same = |a: &Path| {
        let canon = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        canon(a) == canon(data_dir)
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = Vec::new();
    for (n, dir) in places(data_dir).iter().enumerate() {
        let Ok(entries) = fs::read_dir(dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !is_copy(&path) {
                continue;
            }
            if n > 0 && !rescued_from(&path).is_some_and(|d| same(&d)) {
                continue;
            }
            let when = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            found.push((when, path));
        }
    }
    found.sort();
    found.dedup_by(|a, b| a.1 == b.1);
    found.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_gets_a_random_private_name_in_the_first_place_that_takes_it() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("file-not-dir");
        fs::write(&blocked, "x").unwrap();
        let good = dir.path().join("state");
        let path = keep(b"{}", &[blocked.clone(), good.clone()]).unwrap();
        assert_eq!(path.parent(), Some(good.as_path()));
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with(PREFIX) && name.ends_with(SUFFIX), "{name}");
        assert!(
            name.len() > PREFIX.len() + SUFFIX.len() + 4,
            "a random part"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let second = keep(b"{}", &[good]).unwrap();
        assert_ne!(second, path, "never the same name twice");
    }

    #[test]
    fn copies_in_the_data_directory_are_found_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        fs::create_dir(&data).unwrap();
        let copy = keep(
            br#"{"format": "werkboek-portfolio"}"#,
            std::slice::from_ref(&data),
        )
        .unwrap();
        fs::write(data.join("werkboek-noodkopie.txt"), "not one").unwrap();
        fs::write(data.join("werkboek.json"), "{}").unwrap();
        assert!(find(&data).contains(&copy));
        assert_eq!(
            find(&data).iter().filter(|p| p.starts_with(&data)).count(),
            1
        );
    }
}
