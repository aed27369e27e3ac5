//! Where a team's scans come from: files named one by one, or a folder (a shared folder is how a
//! team hands them in) of which every `.json` file is read. For `team --watch` the folder is
//! looked at again and again; what changed since the last look is told as news ("12 scans, 1
//! just arrived").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::gather::{Skipped, Team, gather};
use crate::content::Content;
use crate::i18n::{Lang, Msg};
use crate::store::LoadProblem;
use crate::store::files;

/// The largest scan file read: a scan holds a few dozen scores, a few kilobytes.
pub const SCAN_LIMIT: u64 = 1024 * 1024;

/// The files the sources stand for: a file as it is, a folder as its `.json` files (not its
/// subfolders), in the order of their names.
pub fn files_of(sources: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for s in sources {
        if s.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(s)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                        && std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file())
                })
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(s.clone());
        }
    }
    out
}

/// A look at the sources that changes when a file arrives, changes or goes: each file's name,
/// size and time of change.
pub fn look(sources: &[PathBuf]) -> Vec<(PathBuf, u64, Option<std::time::SystemTime>)> {
    files_of(sources)
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let len = meta.as_ref().map_or(0, |m| m.len());
            let modified = meta.and_then(|m| m.modified().ok());
            (p, len, modified)
        })
        .collect()
}

/// Every file the sources stand for, read: the texts, and the files that could not be read.
pub fn read(sources: &[PathBuf], lang: Lang) -> (Vec<(String, String)>, Vec<Skipped>) {
    let mut texts = Vec::new();
    let mut unreadable = Vec::new();
    for f in files_of(sources) {
        let name = f.display().to_string();
        match read_one(&f) {
            Ok(text) => texts.push((name, text)),
            Err(p) => unreadable.push(Skipped {
                file: name,
                why: p.describe(lang),
            }),
        }
    }
    (texts, unreadable)
}

fn read_one(file: &Path) -> Result<String, LoadProblem> {
    match files::read_regular(file, SCAN_LIMIT) {
        Ok(Some(bytes)) => String::from_utf8(bytes).map_err(|_| LoadProblem::NotText),
        Ok(None) => Err(LoadProblem::Io(std::io::ErrorKind::NotFound)),
        Err(e) => Err(e.into()),
    }
}

/// What changed at the last look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct News {
    pub arrived: usize,
    pub changed: usize,
    pub gone: usize,
    pub at: Option<Timestamp>,
}

/// A team whose folder is being watched: the team as counted, and the files it was counted
/// from (by name, with a fingerprint of what they held), to tell what changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Watched {
    pub sources: Vec<PathBuf>,
    /// Whether the sources are looked at again as they change.
    pub watching: bool,
    pub team: Team,
    files: BTreeMap<String, u64>,
    pub news: Option<News>,
}

fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl Watched {
    pub fn new(
        sources: Vec<PathBuf>,
        watching: bool,
        content: &Content,
        read: (Vec<(String, String)>, Vec<Skipped>),
        lang: Lang,
    ) -> Watched {
        let mut w = Watched {
            sources,
            watching,
            team: gather(content, &[], lang),
            files: BTreeMap::new(),
            news: None,
        };
        w.update(content, read, lang, None);
        w
    }

    /// Counts the team again from what was read, and tells what changed (at `now`; `None`
    /// the first time, when nothing is news).
    pub fn update(
        &mut self,
        content: &Content,
        (texts, unreadable): (Vec<(String, String)>, Vec<Skipped>),
        lang: Lang,
        now: Option<Timestamp>,
    ) {
        let files: BTreeMap<String, u64> = texts
            .iter()
            .map(|(name, text)| (name.clone(), fingerprint(text)))
            .collect();
        let mut news = News {
            at: now,
            ..News::default()
        };
        for (name, print) in &files {
            match self.files.get(name) {
                None => news.arrived += 1,
                Some(old) if old != print => news.changed += 1,
                _ => {}
            }
        }
        news.gone = self
            .files
            .keys()
            .filter(|n| !files.contains_key(*n))
            .count();
        let mut team = gather(content, &texts, lang);
        let mut skipped = unreadable;
        skipped.extend(team.skipped);
        team.skipped = skipped;
        self.team = team;
        self.files = files;
        if now.is_some()
            && news
                != (News {
                    at: now,
                    ..News::default()
                })
        {
            self.news = Some(news);
        }
    }
}

/// "12 scans, 1 net binnen": how many scans count, and what the last look brought.
pub fn news_text(w: &Watched, lang: Lang) -> String {
    let mut out = crate::i18n::count(w.team.people, Msg::TeamScan, Msg::TeamScans, lang);
    if let Some(n) = w.news {
        for (k, msg) in [
            (n.arrived, Msg::TeamArrived),
            (n.changed, Msg::TeamChanged),
            (n.gone, Msg::TeamGone),
        ] {
            if k > 0 {
                out.push_str(", ");
                out.push_str(&msg.get(lang).replace("{n}", &k.to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::scan;
    use super::*;

    #[test]
    fn a_folder_is_its_json_files_and_news_says_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let c = crate::content::embedded();
        std::fs::write(
            dir.path().join("anna.json"),
            scan(&[("factor-verbinding", 2)]),
        )
        .unwrap();
        std::fs::write(dir.path().join("lees-mij.txt"), "geen scan").unwrap();
        std::fs::create_dir(dir.path().join("oud")).unwrap();
        let sources = vec![dir.path().to_path_buf()];
        assert_eq!(files_of(&sources).len(), 1);
        let mut w = Watched::new(sources.clone(), true, c, read(&sources, Lang::Nl), Lang::Nl);
        assert_eq!(w.team.people, 1);
        assert_eq!(w.news, None);
        let before = look(&sources);
        std::fs::write(
            dir.path().join("bram.json"),
            scan(&[("factor-verbinding", 4)]),
        )
        .unwrap();
        assert_ne!(look(&sources), before, "a new file is seen");
        let now: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        w.update(c, read(&sources, Lang::Nl), Lang::Nl, Some(now));
        assert_eq!(w.team.people, 2);
        assert_eq!(news_text(&w, Lang::Nl), "2 scans, 1 net binnen");
        std::fs::remove_file(dir.path().join("anna.json")).unwrap();
        w.update(c, read(&sources, Lang::Nl), Lang::Nl, Some(now));
        assert_eq!(news_text(&w, Lang::En), "1 scan, 1 gone");
    }
}
