//! What presenting needs of the files around it: the session plan in the data folder (`P`
//! adds to it), the small file in which a projected presentation says where it is (the
//! facilitator's screen reads it), and a team's folder looked at again as scans arrive.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use crate::i18n::Lang;
use crate::present::notes::{SYNC_FILE, Sync};
use crate::present::plan;
use crate::store::{self, StoreError, files};

/// The plan `P` adds to and `present --plan` without a file reads: in the data folder.
pub const PLAN_FILE: &str = "plan.md";

/// How often a folder or the projector's file is looked at.
pub const LOOK: Duration = Duration::from_secs(1);

/// Adds `id` to the plan in `dir` (a starter plan when there is none yet): the plan's path, how
/// many parts it has now, and whether `id` was added (it is not added twice).
pub fn add_to_plan(dir: &Path, id: &str, lang: Lang) -> Result<(PathBuf, usize, bool), StoreError> {
    let path = dir.join(PLAN_FILE);
    let text = match files::read_regular(&path, files::READ_LIMIT) {
        Ok(Some(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        Ok(None) => plan::starter(lang),
        Err(e) => {
            return Err(StoreError::io(&path, &std::io::Error::other(e.to_string())));
        }
    };
    let (text, added) = match plan::add(&text, id) {
        Some(new) => (new, true),
        None => (text, false),
    };
    if added {
        store::write_atomic(&path, text.as_bytes()).map_err(|e| StoreError::io(&path, &e))?;
    }
    Ok((path, plan::parse(&text).entries.len(), added))
}

/// Says where the projected presentation is; a failure only means the facilitator's screen
/// does not follow, which is no reason to interrupt the room.
pub fn tell_projector(dir: &Path, sync: &Sync) {
    let _ = store::write_atomic(&dir.join(SYNC_FILE), sync.to_json().as_bytes());
}

/// What the projector said last, and when the file changed.
pub fn read_projector(dir: &Path) -> Option<(std::time::SystemTime, Sync)> {
    let path = dir.join(SYNC_FILE);
    let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
    let bytes = files::read_regular(&path, 64 * 1024).ok()??;
    Some((modified, Sync::parse(&String::from_utf8_lossy(&bytes))?))
}

/// Looks at a team's sources every second; when anything changed, reads them all and hands
/// them on. Ends when nobody listens any more.
pub fn watch_team<T: Send + 'static>(
    sources: Vec<PathBuf>,
    lang: Lang,
    send: Sender<T>,
    wrap: impl Fn(Vec<(String, String)>, Vec<crate::present::team::Skipped>) -> T + Send + 'static,
) {
    let _ = std::thread::Builder::new()
        .name("werkboek-team".into())
        .spawn(move || {
            let mut seen = crate::present::team::look(&sources);
            loop {
                std::thread::sleep(LOOK);
                let now = crate::present::team::look(&sources);
                if now == seen {
                    continue;
                }
                seen = now;
                let (texts, unreadable) = crate::present::team::read(&sources, lang);
                if send.send(wrap(texts, unreadable)).is_err() {
                    break;
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_adds_to_the_plan_in_the_data_folder_once() {
        let dir = tempfile::tempdir().unwrap();
        let (path, n, added) = add_to_plan(dir.path(), "factor-verbinding", Lang::Nl).unwrap();
        assert!(added && path.ends_with(PLAN_FILE));
        let starter = plan::parse(&plan::starter(Lang::Nl)).entries.len();
        assert_eq!(n, starter + 1);
        let (_, again, added) = add_to_plan(dir.path(), "factor-verbinding", Lang::Nl).unwrap();
        assert!(!added);
        assert_eq!(again, n);
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.ends_with("- factor-verbinding\n"), "{text}");
    }

    #[test]
    fn the_projector_s_place_is_read_back() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_projector(dir.path()), None);
        let sync = Sync {
            slide: "overzicht".into(),
            at: 1,
            started: "2026-11-23T09:00:00Z".parse().unwrap(),
            countdown: None,
        };
        tell_projector(dir.path(), &sync);
        assert_eq!(read_projector(dir.path()).map(|(_, s)| s), Some(sync));
    }
}
