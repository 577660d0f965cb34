//! What the record keeps of 现场检查: the register, the plan drawn from it and the points
//! checked. A new register replaces the plan and the checks, which numbered the old
//! register's points.

use super::plan::Plan;
use super::point::Point;
use super::visit::Visit;
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
    /// The points checked, by register number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<Visit>,
}

impl Inspection {
    /// Takes a new register; the plan and checks of the old one go with it.
    pub fn replace_register(&mut self, points: Vec<Point>) {
        self.register = points;
        self.plan = None;
        self.visits.clear();
    }

    /// The check of the point with this number, if recorded.
    pub fn visit(&self, point: u32) -> Option<&Visit> {
        self.visits.iter().find(|v| v.point == point)
    }

    /// The check of this point, begun with `sheet` when there is none yet.
    pub fn visit_mut(&mut self, point: u32, sheet: &str) -> &mut Visit {
        let at = match self.visits.iter().position(|v| v.point == point) {
            Some(at) => at,
            None => {
                self.visits.push(Visit {
                    point,
                    sheet: sheet.to_owned(),
                    ..Visit::default()
                });
                self.visits.len() - 1
            }
        };
        &mut self.visits[at]
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
