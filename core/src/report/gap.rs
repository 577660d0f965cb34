//! An indicator that lost points or is not answered yet, and why it is urgent: what the gap
//! list, its filter and the action list read. Apart from `report.rs` because the filter
//! (`gap_filter`) uses it and the report re-exports the filter.

use super::id::Id;
use crate::pack::Indicator;
use crate::{Points, Text};

/// Why a gap is urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    /// Its value decides a veto that is triggered or unknown.
    Veto,
    /// It is a key item below or not yet at its floor.
    KeyItem,
    /// Only points are at stake.
    Points,
}

/// An indicator that lost points or is not answered yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Indicator ID.
    pub indicator: Id,
    /// Group ID.
    pub group: Id,
    /// Points awarded now.
    pub awarded: Points,
    /// Maximum points.
    pub max: Points,
    /// `max - awarded`.
    pub recoverable: Points,
    /// True when not answered (or not computable): the loss is not yet real.
    pub unanswered: bool,
    /// Veto and key-item risks sort first.
    pub risk: Risk,
    /// 责任单位 recorded in the assessment; when empty the pack's apply ([`Gap::departments`]).
    pub own_departments: Vec<String>,
    /// 扣分原因 as recorded.
    pub lost_reason: String,
}

impl Gap {
    /// 责任单位: the assessment's own when it names any, else the pack's for `indicator`
    /// (this gap's indicator in the pack evaluated).
    pub fn departments(&self, indicator: &Indicator) -> Vec<Text> {
        if self.own_departments.is_empty() {
            indicator.departments.clone()
        } else {
            self.own_departments
                .iter()
                .map(|d| Text::new(d.as_str(), ""))
                .collect()
        }
    }
}
