//! The gap list: what to work on first. A veto or key item can fail the city on its own, so
//! those come before any amount of ordinary points; within a risk, the most points recoverable
//! first; ties keep pack order so the list does not jump around while someone types.

use super::Cx;
use crate::report::{Gap, KeyItemResult, KeyStatus, Risk, Status, VetoResult, VetoStatus};
use crate::Text;
use std::cmp::Reverse;
use std::collections::HashSet;

/// Every applicable indicator that lost points or is unanswered, most urgent first.
pub(crate) fn gaps(cx: &Cx, vetoes: &[VetoResult], keys: &[KeyItemResult]) -> Vec<Gap> {
    let veto_risk: HashSet<&str> = vetoes
        .iter()
        .filter(|v| v.status != VetoStatus::Clear)
        .filter_map(|v| v.indicator.as_deref())
        .collect();
    let key_risk: HashSet<&str> = keys
        .iter()
        .filter(|k| matches!(k.status, KeyStatus::Below | KeyStatus::Unknown))
        .map(|k| k.indicator.as_str())
        .collect();
    let mut gaps: Vec<Gap> = cx
        .indicators
        .iter()
        .zip(cx.results)
        .filter(|(_, r)| r.status != Status::NotApplicable)
        .filter(|(_, r)| r.awarded < r.max || !r.status.is_answered())
        .map(|(ind, r)| {
            let entry = cx.assessment.entry(&ind.id);
            let departments = match entry {
                Some(e) if !e.departments.is_empty() => e
                    .departments
                    .iter()
                    .map(|d| Text::new(d.as_str(), ""))
                    .collect(),
                _ => ind.departments.clone(),
            };
            let risk = if veto_risk.contains(ind.id.as_str()) {
                Risk::Veto
            } else if key_risk.contains(ind.id.as_str()) {
                Risk::KeyItem
            } else {
                Risk::Points
            };
            Gap {
                indicator: ind.id.clone(),
                name: ind.name.clone(),
                group: r.group.clone(),
                awarded: r.awarded,
                max: r.max,
                recoverable: r.max - r.awarded,
                unanswered: !r.status.is_answered(),
                risk,
                departments,
                lost_reason: entry.map(|e| e.lost_reason.clone()).unwrap_or_default(),
            }
        })
        .collect();
    gaps.sort_by_key(|g| (g.risk, Reverse(g.recoverable)));
    gaps
}
