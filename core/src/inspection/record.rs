//! What the record keeps of 现场检查: the register and the plan drawn from it. A new register
//! replaces the plan, which numbered the old register's points.

use super::plan::Plan;
use super::point::Point;
use serde::{Deserialize, Serialize};

/// The city's inspection rehearsal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inspection {
    /// The register of points (点位库).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub register: Vec<Point>,
    /// The plan drawn from it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
}

impl Inspection {
    /// Takes a new register; the plan of the old one goes with it.
    pub fn replace_register(&mut self, points: Vec<Point>) {
        self.register = points;
        self.plan = None;
    }

    /// The point with this register number.
    pub fn point(&self, number: u32) -> Option<&Point> {
        number
            .checked_sub(1)
            .and_then(|i| self.register.get(i as usize))
            .filter(|p| p.number == number)
            .or_else(|| self.register.iter().find(|p| p.number == number))
    }
}
