//! From findings at many points to one deduction per indicator. Each sheet item is keyed to an
//! indicator; every checked point whose sheet bears on an indicator counts for it, findings or
//! not, and the indicator's rule (data, [`SheetPack::roll_up_of`]) combines them: pooled and
//! capped at its points (单项扣完为止, the default), the mean of the point scores, or the worst
//! point. The official rule is not public (evaluation-workflow §2).
//!
//! A mean is rounded so the score goes down to the tenth, never up: a rehearsal should not
//! promise points the review may not give.

use super::record::Inspection;
use super::sheets::{CheckSheet, Counting, SheetPack};
use super::visit::Visit;
use crate::assessment::site::SiteTally;
use crate::vocabulary::RollUpRule;
use crate::{Pack, Points};
use std::collections::BTreeMap;

/// Every indicator the recorded checks bear on, with what they found and cost there.
pub fn roll_up(
    sheets: &SheetPack,
    pack: &Pack,
    inspection: &Inspection,
) -> BTreeMap<String, SiteTally> {
    let mut per_indicator: BTreeMap<&str, Vec<AtPoint>> = BTreeMap::new();
    for visit in &inspection.visits {
        let Some(sheet) = sheets.sheet(&visit.sheet) else {
            continue;
        };
        let mut keyed: Vec<&str> = sheet.items.iter().map(|i| i.indicator.as_str()).collect();
        keyed.sort_unstable();
        keyed.dedup();
        for indicator in keyed {
            let (_, counting) = sheets.roll_up_of(indicator);
            per_indicator
                .entry(indicator)
                .or_default()
                .push(at_point(sheet, visit, indicator, counting));
        }
    }
    per_indicator
        .into_iter()
        .filter_map(|(id, points)| {
            let max = pack.indicator(id)?.max_points;
            let (rule, _) = sheets.roll_up_of(id);
            Some((id.to_owned(), tally(&points, max, rule)))
        })
        .collect()
}

/// One point's findings on one indicator.
struct AtPoint {
    findings: u32,
    /// In tenths.
    deduction: i64,
    /// What each finding cost, when all cost the same; `None` with no findings or mixed costs.
    each: Option<Points>,
    mixed: bool,
}

fn at_point(sheet: &CheckSheet, visit: &Visit, indicator: &str, counting: Counting) -> AtPoint {
    let found = visit.findings.iter().filter_map(|f| {
        let item = sheet.item(&f.item)?;
        (item.indicator == indicator && f.count > 0).then_some((item.deduction, f.count))
    });
    let mut point = AtPoint {
        findings: 0,
        deduction: 0,
        each: None,
        mixed: false,
    };
    for (cost, count) in found {
        point.mixed |= point.each.is_some_and(|e| e != cost);
        match counting {
            Counting::EachFinding => {
                point.findings += count;
                point.deduction += cost.tenths() * i64::from(count);
                point.each = Some(cost);
            }
            Counting::OncePerPoint => {
                // The point is one finding, priced at its dearest item.
                point.findings = 1;
                point.deduction = point.deduction.max(cost.tenths());
                point.each = Some(Points::from_tenths(point.deduction));
                point.mixed = false;
            }
        }
    }
    point
}

fn tally(points: &[AtPoint], max: Points, rule: RollUpRule) -> SiteTally {
    let cap = max.tenths();
    let n = points.len() as i64;
    let capped = points.iter().map(|p| p.deduction.min(cap));
    let deduction = match rule {
        RollUpRule::Pooled => points.iter().map(|p| p.deduction).sum::<i64>().min(cap),
        RollUpRule::Mean if n > 0 => {
            let sum: i64 = capped.sum();
            (sum + n - 1) / n
        }
        RollUpRule::Mean => 0,
        RollUpRule::Worst => capped.max().unwrap_or(0),
    };
    let mut costs = points.iter().filter(|p| p.findings > 0);
    let first = costs.clone().next().and_then(|p| p.each);
    let uniform = costs.all(|p| !p.mixed && p.each == first);
    SiteTally {
        points: points.len() as u32,
        findings: points.iter().map(|p| p.findings).sum(),
        per_finding: first.filter(|_| uniform),
        deduction: Points::from_tenths(deduction),
        rule,
    }
}
