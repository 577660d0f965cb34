//! What 现场检查 found for one indicator, as the record keeps it beside the answer. The findings
//! themselves and the check sheets that price them load with the inspection capability; the
//! score needs only this tally, so scoring on the first screen stays as small as before. The
//! capability writes it again whenever a finding changes (`inspection::rollup`), and an
//! indicator carrying one takes its findings from it, never from a typed count.

use crate::vocabulary::RollUpRule;
use crate::Points;
use serde::{Deserialize, Serialize};

/// The roll-up of every recorded point's findings on one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteTally {
    /// Points (places) checked whose sheet bears on the indicator.
    pub points: u32,
    /// Findings counted, as the indicator counts them.
    pub findings: u32,
    /// What every finding cost when they all cost the same (the sentence's "× 0.5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_finding: Option<Points>,
    /// The deduction on the indicator, already capped at its points.
    pub deduction: Points,
    /// How the points were combined.
    #[serde(default)]
    pub rule: RollUpRule,
}
