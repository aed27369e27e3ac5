//! The team view as slides.

use super::gather::{Pick, Skipped, Team, TeamArea, highlights, people};
use crate::i18n::{Lang, Msg};
use crate::present::slides::{Body, Slide};

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
    /// The names the participants gave, and how many gave none: hidden with one key.
    Names { names: Vec<String>, unnamed: usize },
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
        minutes: None,
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
    out.push(slide(
        "team/namen".into(),
        Body::Team(TeamSlide::Names {
            names: team.names.clone(),
            unnamed: team.unnamed,
        }),
    ));
    let (well, focus, rubs) = highlights(team);
    out.push(slide(
        "team/kern".into(),
        Body::Team(TeamSlide::Highlights { well, focus, rubs }),
    ));
    // One slide per part: the screen shows it in pages only when it does not fit.
    for (a, area) in team.areas.iter().enumerate() {
        out.push(slide(
            format!("team/{a}"),
            Body::Team(TeamSlide::Spread {
                area: area.clone(),
                people: team.people,
            }),
        ));
    }
    if !team.skipped.is_empty() {
        out.push(slide(
            "team/overgeslagen".into(),
            Body::Team(TeamSlide::Skipped(team.skipped.clone())),
        ));
    }
    out
}
