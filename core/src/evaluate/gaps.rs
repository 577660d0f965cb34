//! The gap list: what to work on first. A veto or key item can fail the city on its own, so
//! those come before any amount of ordinary points; within a risk, the most points recoverable
//! first; ties keep pack order so the list does not jump around while someone types.

use super::Cx;
use crate::report::{Gap, Id, KeyItemResult, KeyStatus, Risk, Status, VetoResult, VetoStatus};
use crate::Points;
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
    // Sort small keys, then build each gap once, in order.
    let mut order: Vec<(Risk, Reverse<Points>, usize)> = cx
        .results
        .iter()
        .enumerate()
        .filter(|&(n, r)| r.status != Status::NotApplicable && !cx.is_bonus(n))
        .filter(|(_, r)| r.awarded < r.max || !r.status.is_answered())
        .map(|(n, r)| (risk[n], Reverse(r.max - r.awarded), n))
        .collect();
    order.sort_unstable();
    let group_ids: Vec<Id> = cx.pack.groups.iter().map(|g| Id::new(&g.id)).collect();
    order
        .into_iter()
        .map(|(risk, _, n)| {
            let (r, entry) = (&cx.results[n], cx.entries[n]);
            Gap {
                indicator: r.id.clone(),
                group: group_ids[cx.group_of[n]].clone(),
                awarded: r.awarded,
                max: r.max,
                recoverable: r.max - r.awarded,
                unanswered: !r.status.is_answered(),
                risk,
                own_departments: entry.map(|e| e.departments.clone()).unwrap_or_default(),
                lost_reason: entry.map(|e| e.lost_reason.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
