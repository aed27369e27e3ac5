//! Self-assessment as the material defines it: which ratings and checklist answers belong
//! together (an area: the ownership factors, the learning functions, one checklist by its parts),
//! and how an area stands now, in every snapshot and against one chosen earlier snapshot.

use crate::content::{AssessKind, Content, L10n, Scale};
use crate::data::{Score, Snapshot, Workbook};

/// One line of a comparison: a rated item, or a part of a checklist (its average).
#[derive(Clone, Debug, PartialEq)]
pub struct AreaRow<'c> {
    pub id: &'c str,
    pub name: &'c L10n,
    pub then: Option<f64>,
    pub now: Option<f64>,
    pub goal: Option<f64>,
    /// Every snapshot, oldest first, then now.
    pub trend: Vec<Option<f64>>,
}

/// A group of comparable lines on one scale: the ownership factors, the learning functions, or
/// one checklist by its parts.
#[derive(Clone, Debug)]
pub struct Area<'c> {
    pub title: &'c L10n,
    pub scale: &'c Scale,
    /// True when the rows are checklist parts, each the average of its statements.
    pub averaged: bool,
    /// The ids the area is made of, each with the row it counts in.
    pub members: Vec<(&'c str, usize)>,
}

/// The areas of comparison the material has, in content order.
pub fn areas(content: &Content) -> Vec<Area<'_>> {
    let mut out = Vec::new();
    for section in &content.sections {
        match section.assess {
            Some(AssessKind::Rating) => {
                let members = section
                    .groups
                    .iter()
                    .flat_map(|g| &g.items)
                    .enumerate()
                    .map(|(row, item)| (item.id.as_ref(), row))
                    .collect();
                out.push(Area {
                    title: &section.title,
                    scale: &content.assessment.rating,
                    averaged: false,
                    members,
                });
            }
            Some(AssessKind::Checklist) => {
                for list in &content.assessment.checklists {
                    let groups: Vec<_> = section
                        .groups
                        .iter()
                        .filter(|g| g.checklist.as_deref() == Some(list.id.as_ref()))
                        .collect();
                    let members = groups
                        .iter()
                        .enumerate()
                        .flat_map(|(row, g)| g.items.iter().map(move |i| (i.id.as_ref(), row)))
                        .collect();
                    out.push(Area {
                        title: &list.title,
                        scale: &content.assessment.checklist,
                        averaged: true,
                        members,
                    });
                }
            }
            None => {}
        }
    }
    out
}

/// Why Metingen compares with the snapshot it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The user chose it (`settings.compare_with`).
    Chosen,
    /// The newest snapshot, or the one before it when the newest is how things stand now.
    Previous,
    /// There is only one.
    Only,
}

/// The snapshot "now" is compared with, by its place among the snapshots, and why: the one the
/// user chose, else the newest, else (when the newest is just how things stand now, as right
/// after taking it or after a restart) the one before the newest, so a change shows as one.
pub fn baseline(workbook: &Workbook) -> Option<(usize, Why)> {
    let n = workbook.snapshots.len();
    if n == 0 {
        return None;
    }
    if let Some(i) = workbook
        .settings
        .compare_with
        .and_then(|t| workbook.snapshot_at(t))
    {
        return Some((i, Why::Chosen));
    }
    if n == 1 {
        return Some((0, Why::Only));
    }
    let newest = n - 1;
    if workbook.now_as_in(&workbook.snapshots[newest]) {
        Some((newest - 1, Why::Previous))
    } else {
        Some((newest, Why::Previous))
    }
}

fn mean(values: impl Iterator<Item = Option<u8>>) -> Option<f64> {
    let (sum, n) = values
        .flatten()
        .fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

/// The rows of an area: names, the baseline snapshot, now, the wish, and the trend over all
/// snapshots. Checklist rows are averages of the answered statements.
pub fn area_rows<'c>(
    content: &'c Content,
    area: &Area<'c>,
    workbook: &Workbook,
    baseline: Option<&Snapshot>,
) -> Vec<AreaRow<'c>> {
    let nrows = area.members.iter().map(|(_, r)| r + 1).max().unwrap_or(0);
    let value = |row: usize, score: &dyn Fn(&str) -> Score, goal: bool| -> Option<f64> {
        mean(
            area.members
                .iter()
                .filter(|(_, r)| *r == row)
                .map(|(id, _)| {
                    let s = score(id);
                    if goal { s.goal } else { s.now }
                }),
        )
    };
    (0..nrows)
        .map(|row| {
            let (id, name) = row_name(content, area, row);
            let now = |id: &str| workbook.score(id);
            let mut trend: Vec<Option<f64>> = workbook
                .snapshots
                .iter()
                .map(|s| value(row, &|id| snapshot_score(s, id), false))
                .collect();
            trend.push(value(row, &now, false));
            AreaRow {
                id,
                name,
                then: baseline.and_then(|s| value(row, &|id| snapshot_score(s, id), false)),
                now: value(row, &now, false),
                goal: if area.averaged {
                    None
                } else {
                    value(row, &now, true)
                },
                trend,
            }
        })
        .collect()
}

fn snapshot_score(snapshot: &Snapshot, id: &str) -> Score {
    snapshot.scores.get(id).copied().unwrap_or_default()
}

/// A row's id and name: the item's for ratings, the group's for checklist parts.
fn row_name<'c>(content: &'c Content, area: &Area<'c>, row: usize) -> (&'c str, &'c L10n) {
    let first = area
        .members
        .iter()
        .find(|(_, r)| *r == row)
        .map(|(id, _)| *id)
        .unwrap_or_default();
    let Some((r, item)) = content.item_by_id(first) else {
        return (first, area.title);
    };
    if area.averaged {
        let group = &content.sections[r.section].groups[r.group];
        (
            group.id.as_ref(),
            group.title.as_ref().unwrap_or(area.title),
        )
    } else {
        (item.id.as_ref(), &item.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::data::Workbook;

    fn scored(pairs: &[(&str, u8)]) -> Workbook {
        let mut w = Workbook::default();
        for (id, v) in pairs {
            w.update_item(id, |s| s.now = Some(*v));
        }
        w
    }

    #[test]
    fn areas_cover_factors_functions_and_both_checklists() {
        let c = content::embedded();
        let a = areas(c);
        assert_eq!(a.len(), 4);
        assert_eq!(a[0].members.len(), 8);
        assert_eq!(a[1].members.len(), 7);
        // The learning-organisation checklist: 18 statements in 3 parts.
        assert_eq!(a[2].members.len(), 18);
        assert_eq!(a[2].members.iter().map(|m| m.1).max(), Some(2));
        assert_eq!(a[3].members.len(), 9);
    }

    #[test]
    fn checklist_rows_average_the_answered_statements() {
        let c = content::embedded();
        let w = scored(&[
            ("lo-cultuur-1", 1),
            ("lo-cultuur-2", 3),
            ("lo-expertise-4", 2),
        ]);
        let a = areas(c);
        let rows = area_rows(c, &a[2], &w, None);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].id, "ondersteunende-cultuur");
        assert_eq!(rows[0].now, Some(2.0));
        assert_eq!(rows[1].now, None, "nothing answered in that part");
        assert_eq!(rows[2].now, Some(2.0));
        assert_eq!(rows[0].goal, None);
    }

    #[test]
    fn the_baseline_is_the_chosen_snapshot_else_the_last_that_differs_from_now() {
        let mut w = scored(&[("factor-verbinding", 2)]);
        assert_eq!(baseline(&w), None, "no snapshots");
        w.take_snapshot("2026-01-10T10:00:00Z".parse().unwrap());
        assert_eq!(baseline(&w), Some((0, Why::Only)));
        w.update_item("factor-verbinding", |s| s.now = Some(3));
        w.take_snapshot("2026-04-10T10:00:00Z".parse().unwrap());
        // Right after taking it (or after a restart) the newest is how things stand now:
        // compare with the one before, so the change shows.
        assert_eq!(baseline(&w), Some((0, Why::Previous)));
        // A wish changed is not a change of "now".
        w.update_item("factor-verbinding", |s| s.goal = Some(5));
        assert_eq!(baseline(&w), Some((0, Why::Previous)));
        // Once now moves on, the newest snapshot is the previous measurement.
        w.update_item("factor-verbinding", |s| s.now = Some(4));
        assert_eq!(baseline(&w), Some((1, Why::Previous)));
        // A score only the snapshot has counts as a difference too.
        w.update_item("factor-verbinding", |s| s.now = Some(3));
        w.update_item("factor-zelfvertrouwen", |s| s.now = Some(1));
        assert_eq!(baseline(&w), Some((1, Why::Previous)));
        // A choice wins while its snapshot exists.
        w.settings.compare_with = Some("2026-01-10T10:00:00Z".parse().unwrap());
        assert_eq!(baseline(&w), Some((0, Why::Chosen)));
        w.settings.compare_with = Some("2025-01-01T00:00:00Z".parse().unwrap());
        assert_eq!(
            baseline(&w),
            Some((1, Why::Previous)),
            "a choice since deleted"
        );
    }

    #[test]
    fn rows_compare_with_the_baseline_and_trace_every_snapshot() {
        let c = content::embedded();
        let mut w = scored(&[("factor-verbinding", 2)]);
        w.take_snapshot("2026-01-10T10:00:00Z".parse().unwrap());
        w.update_item("factor-verbinding", |s| s.now = Some(3));
        w.take_snapshot("2026-04-10T10:00:00Z".parse().unwrap());
        w.update_item("factor-verbinding", |s| {
            s.now = Some(4);
            s.goal = Some(5);
        });
        let a = areas(c);
        let first = w.snapshots[0].clone();
        let rows = area_rows(c, &a[0], &w, Some(&first));
        let v = &rows[0];
        assert_eq!(v.id, "factor-verbinding");
        assert_eq!((v.then, v.now, v.goal), (Some(2.0), Some(4.0), Some(5.0)));
        assert_eq!(v.trend, [Some(2.0), Some(3.0), Some(4.0)]);
        // A factor never rated has no values but still a row.
        assert_eq!(rows[1].trend, [None, None, None]);
    }
}
