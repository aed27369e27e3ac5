//! The team view as slides.

use super::gather::{Pick, Skipped, Team, TeamArea, highlights, people};
use crate::i18n::{Lang, Msg};
use crate::present::slides::{Body, Slide, page_title, pages};

/// A slide of the team view.
#[derive(Clone, Debug, PartialEq)]
pub enum TeamSlide {
    /// Answers per step, for some rows of an area.
    Spread { area: TeamArea, people: usize },
    /// What goes well, where the focus is, where it rubs.
    Highlights {
        well: Vec<Pick>,
        focus: Vec<Pick>,
        rubs: Vec<Pick>,
    },
    /// Files left out.
    Skipped(Vec<Skipped>),
}

/// The team as slides: a title, the highlights, the spread per area, and skipped files.
pub fn slides(team: &Team, lang: Lang) -> Vec<Slide> {
    let m = |msg: Msg| msg.get(lang).to_string();
    let part = m(Msg::TeamTitle);
    let slide = |id: String, body: Body| Slide {
        id,
        part_id: "team".into(),
        part: part.clone(),
        shows: vec![],
        body,
    };
    let mut out = vec![slide(
        "team".into(),
        Body::Title {
            big: m(Msg::TeamBig),
            title: m(Msg::TeamTitle),
            subtitle: Some(people(team.people, lang)),
        },
    )];
    let (well, focus, rubs) = highlights(team);
    out.push(slide(
        "team/kern".into(),
        Body::Team(TeamSlide::Highlights { well, focus, rubs }),
    ));
    for (a, area) in team.areas.iter().enumerate() {
        let parts = pages(&area.rows, 8);
        let n = parts.len();
        for (k, rows) in parts.into_iter().enumerate() {
            out.push(slide(
                format!("team/{a}/{k}"),
                Body::Team(TeamSlide::Spread {
                    area: TeamArea {
                        title: page_title(&area.title, k, n),
                        rows,
                        ..area.clone()
                    },
                    people: team.people,
                }),
            ));
        }
    }
    if !team.skipped.is_empty() {
        out.push(slide(
            "team/overgeslagen".into(),
            Body::Team(TeamSlide::Skipped(team.skipped.clone())),
        ));
    }
    out
}
