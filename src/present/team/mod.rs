//! The team view: several people's self-assessments side by side. Each person exports only
//! their scores (`werkboek export --scan`, [`crate::format::scan`]). For every factor, learning
//! function and checklist statement the team's answers are counted per step, with the median and
//! the spread; the material asks a team to look at what goes well, where the focus is, and where
//! it rubs. The counts are shown as slides and as a Markdown report.

mod folder;
mod gather;
mod report;
mod slides;

pub use folder::{News, SCAN_LIMIT, Watched, files_of, look, news_text, read};

pub use crate::format::scan::{Scan, parse};
pub use gather::{
    Pick, Skipped, Team, TeamArea, TeamRow, describe_pick, gather, highlight_lists, highlights,
    people,
};
pub use report::markdown;
pub use slides::{TeamSlide, slides};

/// A value that may be a half (a median of an even count): a decimal only when needed.
pub(crate) fn number(v: f64, lang: crate::i18n::Lang) -> String {
    crate::i18n::number(v, v.fract() != 0.0, lang)
}

#[cfg(test)]
pub(crate) mod testing {
    use super::Scan;
    use crate::data::Workbook;

    /// A scan file with these answers (now), made as `export --scan` makes it.
    pub fn scan(pairs: &[(&str, u8)]) -> String {
        let mut w = Workbook::default();
        for (id, v) in pairs {
            w.update_item(id, |s| s.now = Some(*v));
        }
        Scan::of(&w, None, "2026-11-23T10:00:00Z".parse().unwrap()).to_json()
    }
}
