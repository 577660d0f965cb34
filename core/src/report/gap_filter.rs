//! Which gaps a list shows: by status, 责任单位 and 测评方式. The rule is here, not in a view,
//! so the gap list, a printout and a test filter the same way.

use super::gap::{Gap, Risk};
use crate::pack::{Method, Pack};
use crate::Text;
use std::collections::BTreeMap;

/// Which gaps to show by their state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GapStatus {
    /// Every gap.
    #[default]
    All,
    /// Not answered (or not computable) yet: the loss is not yet real.
    NotAnswered,
    /// Answered, and points were lost.
    LostPoints,
    /// The gap puts a veto at risk.
    VetoRisk,
}

impl GapStatus {
    /// Every status, in display order.
    pub const ALL: [GapStatus; 4] = [
        GapStatus::All,
        GapStatus::NotAnswered,
        GapStatus::LostPoints,
        GapStatus::VetoRisk,
    ];

    fn keeps(self, gap: &Gap) -> bool {
        match self {
            GapStatus::All => true,
            GapStatus::NotAnswered => gap.unanswered,
            GapStatus::LostPoints => !gap.unanswered,
            GapStatus::VetoRisk => gap.risk == Risk::Veto,
        }
    }
}

/// A gap list's filters; the default keeps every gap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GapFilter {
    /// By state.
    pub status: GapStatus,
    /// A 责任单位 by its Chinese name (which does not change with the language); `None` for all.
    pub department: Option<String>,
    /// A 测评方式; `None` for all.
    pub method: Option<Method>,
}

impl GapFilter {
    /// Whether `gap`, a gap of a report on `pack`, is shown.
    pub fn keeps(&self, pack: &Pack, gap: &Gap) -> bool {
        let indicator = pack.indicator(&gap.indicator);
        self.status.keeps(gap)
            && self.department.as_ref().is_none_or(|d| {
                indicator.is_some_and(|i| gap.departments(i).iter().any(|t| &t.zh == d))
            })
            && self
                .method
                .is_none_or(|m| indicator.is_some_and(|i| i.methods.contains(&m)))
    }

    /// The gaps of `gaps` this filter keeps, in their order.
    pub fn apply<'g>(&self, pack: &Pack, gaps: &'g [Gap]) -> Vec<&'g Gap> {
        gaps.iter().filter(|g| self.keeps(pack, g)).collect()
    }
}

/// Every 责任单位 named by `gaps`, once each, ordered by Chinese name: the department filter's
/// choices.
pub fn gap_departments(pack: &Pack, gaps: &[Gap]) -> Vec<Text> {
    gaps.iter()
        .filter_map(|g| pack.indicator(&g.indicator).map(|i| g.departments(i)))
        .flatten()
        .map(|d| (d.zh.clone(), d))
        .collect::<BTreeMap<_, _>>()
        .into_values()
        .collect()
}
