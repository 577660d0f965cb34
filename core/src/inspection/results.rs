//! What the recorded checks say per point, per 业态 and per area: points checked, findings,
//! ★ key items found wanting, and the score rate on the paper sheets (an item with a finding
//! loses its points, as an item answered 否 does on the daily-inspection sheets). The score on
//! the indicators is [`super::rollup`]'s; these are the figures a group reports back and a city
//! reads to see which kind of place or which district is not ready.

use super::record::Inspection;
use super::sheets::{CheckSheet, SheetPack};
use super::visit::Visit;
use crate::Points;
use std::collections::BTreeMap;

/// Checks added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckTally {
    /// Points checked.
    pub points: u32,
    /// Points with at least one finding.
    pub with_findings: u32,
    /// Findings, each ticked finding times its count.
    pub findings: u32,
    /// ★ key items with a finding.
    pub key_items: u32,
    /// Sheet points kept (items without a finding).
    pub kept: Points,
    /// Sheet points of the items checked.
    pub total: Points,
}

impl CheckTally {
    /// Kept over total as a percentage, down to the tenth ("87.5%"); `None` with nothing
    /// checked.
    pub fn rate(&self) -> Option<String> {
        (self.total > Points::ZERO).then(|| {
            let per_mille = self.kept.tenths() * 1000 / self.total.tenths();
            format!("{}.{}%", per_mille / 10, per_mille % 10)
        })
    }

    fn add(&mut self, other: &CheckTally) {
        self.points += other.points;
        self.with_findings += other.with_findings;
        self.findings += other.findings;
        self.key_items += other.key_items;
        self.kept += other.kept;
        self.total += other.total;
    }
}

/// One point's check against its sheet.
pub fn point_tally(sheet: &CheckSheet, visit: &Visit) -> CheckTally {
    let mut tally = CheckTally {
        points: 1,
        ..CheckTally::default()
    };
    for item in &sheet.items {
        let found: u32 = visit
            .findings
            .iter()
            .filter(|f| f.item == item.id)
            .map(|f| f.count)
            .sum();
        tally.total += item.points;
        if found == 0 {
            tally.kept += item.points;
        } else {
            tally.findings += found;
            tally.key_items += u32::from(item.key);
        }
    }
    tally.with_findings = u32::from(tally.findings > 0);
    tally
}

/// The checks per 业态 (its ID), per area and in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckResults {
    /// By unit type ID, as the register spells it.
    pub by_type: BTreeMap<String, CheckTally>,
    /// By 区县.
    pub by_area: BTreeMap<String, CheckTally>,
    /// Every checked point.
    pub all: CheckTally,
}

/// The results of every recorded check whose point and sheet are known.
pub fn results(sheets: &SheetPack, inspection: &Inspection) -> CheckResults {
    let mut out = CheckResults::default();
    for visit in &inspection.visits {
        let (Some(point), Some(sheet)) =
            (inspection.point(visit.point), sheets.sheet(&visit.sheet))
        else {
            continue;
        };
        let tally = point_tally(sheet, visit);
        out.by_type
            .entry(point.unit_type.clone())
            .or_default()
            .add(&tally);
        out.by_area
            .entry(point.area.clone())
            .or_default()
            .add(&tally);
        out.all.add(&tally);
    }
    out
}
