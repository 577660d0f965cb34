//! The gap list: what to work on first. A veto or key item can fail the city on its own, so
//! those come before any amount of ordinary points; within a risk, the most points recoverable
//! first; ties keep pack order so the list does not jump around while someone types.

use super::Cx;
use crate::report::{Gap, KeyItemResult, KeyStatus, Risk, Status, VetoResult, VetoStatus};
use std::cmp::Reverse;

/// Every applicable indicator that lost points or is unanswered, most urgent first.
pub(crate) fn gaps(cx: &Cx, vetoes: &[VetoResult], keys: &[KeyItemResult]) -> Vec<Gap> {
    let mut risk = vec![Risk::Points; cx.indicators.len()];
    for k in keys {
        if matches!(k.status, KeyStatus::Below | KeyStatus::Unknown) {
            if let Some(n) = cx.position(&k.indicator) {
                risk[n] = Risk::KeyItem;
            }
        }
    }
    for v in vetoes.iter().filter(|v| v.status != VetoStatus::Clear) {
        if let Some(n) = v.indicator.as_deref().and_then(|id| cx.position(id)) {
            risk[n] = Risk::Veto;
        }
    }
    let mut gaps: Vec<(usize, Gap)> = Vec::new();
    let rows = cx.indicators.iter().zip(cx.results).zip(&cx.entries);
    for (n, ((ind, r), entry)) in rows.enumerate() {
        let applicable = r.status != Status::NotApplicable;
        if !applicable || (r.awarded >= r.max && r.status.is_answered()) {
            continue;
        }
        let gap = Gap {
            indicator: ind.id.clone(),
            group: r.group.clone(),
            awarded: r.awarded,
            max: r.max,
            recoverable: r.max - r.awarded,
            unanswered: !r.status.is_answered(),
            risk: risk[n],
            own_departments: entry.map(|e| e.departments.clone()).unwrap_or_default(),
            lost_reason: entry.map(|e| e.lost_reason.clone()).unwrap_or_default(),
        };
        gaps.push((n, gap));
    }
    gaps.sort_unstable_by_key(|(n, g)| (g.risk, Reverse(g.recoverable), *n));
    gaps.into_iter().map(|(_, g)| g).collect()
}
