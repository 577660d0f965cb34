//! What the record keeps of 现场检查: the register, the plan drawn from it and the points
//! checked. A new register replaces the plan and the checks, which numbered the old
//! register's points.

use super::plan::{Plan, PlanRule};
use super::point::Point;
use super::sheets::SheetPack;
use super::visit::Visit;
use crate::message::{pick, Localize};
use crate::Lang;
use crate::Pack;
use std::sync::Arc;

/// A field a point entered by hand must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingField {
    /// 区县.
    Area,
    /// 街道/乡镇.
    Street,
    /// 业态.
    UnitType,
    /// 单位名称.
    Name,
}

impl Localize for MissingField {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            MissingField::Area => ("区县", "district"),
            MissingField::Street => ("街道/乡镇", "street"),
            MissingField::UnitType => ("业态", "type"),
            MissingField::Name => ("单位名称", "name"),
        };
        pick(lang, format!("请填写{zh}"), format!("The {en} is required"))
    }
}

/// The city's inspection rehearsal (kept in the assessment as a
/// [`super::stowage::StowedInspection`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inspection {
    /// The register of points (点位库), shared: it can hold thousands of points, and a change
    /// to the checks neither copies nor rewrites it.
    pub register: Arc<Vec<Point>>,
    /// The plan drawn from it, if any.
    pub plan: Option<Plan>,
    /// The city's own plan rule, when it edited the seed's.
    pub rule: Option<PlanRule>,
    /// The points checked, by register number.
    pub visits: Vec<Visit>,
    /// The city's own check sheets, loaded from its spreadsheet; `None` for the shipped ones.
    /// Kept with the checks, since the findings are priced by the sheets they were made on.
    pub sheets: Option<SheetPack>,
}

impl Inspection {
    /// The sheets the findings are priced by: the city's, else those fscity ships for `pack`.
    pub fn sheets(&self, pack: &Pack) -> SheetPack {
        self.sheets
            .clone()
            .unwrap_or_else(|| SheetPack::shipped(pack))
    }

    /// The photo keys of every finding recorded.
    pub fn photo_keys(&self) -> Vec<String> {
        self.visits
            .iter()
            .flat_map(|v| &v.findings)
            .flat_map(|f| f.photos.iter().cloned())
            .collect()
    }

    /// How many recorded findings `sheets` has no item for (a sheet or item the city's own
    /// sheets left out): they stay recorded and count for nothing until it is back.
    pub fn unpriced(&self, sheets: &SheetPack) -> usize {
        self.visits
            .iter()
            .flat_map(|v| v.findings.iter().map(move |f| (v, f)))
            .filter(|(v, f)| {
                sheets
                    .sheet(&v.sheet)
                    .and_then(|s| s.item(&f.item))
                    .is_none()
            })
            .count()
    }

    /// The rule a draw uses: the city's, else the seed's shape.
    pub fn rule(&self) -> PlanRule {
        self.rule.clone().unwrap_or_else(PlanRule::seed_shape)
    }

    /// Takes a new register; the plan and checks of the old one go with it.
    pub fn replace_register(&mut self, points: Vec<Point>) {
        self.register = Arc::new(points);
        self.plan = None;
        self.visits.clear();
    }

    /// Adds a point entered by hand — to the register, and with `covert` also to the plan's
    /// 暗访 points (reviewers choose them on the spot, outside the register). Its number comes
    /// back; a point missing its 区县, 街道, 业态 or name is refused with each field named.
    pub fn add_point(&mut self, point: Point, covert: bool) -> Result<u32, Vec<MissingField>> {
        let missing: Vec<MissingField> = [
            (MissingField::Area, &point.area),
            (MissingField::Street, &point.street),
            (MissingField::UnitType, &point.unit_type),
            (MissingField::Name, &point.name),
        ]
        .into_iter()
        .filter(|(_, text)| text.trim().is_empty())
        .map(|(field, _)| field)
        .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let number = self.register.iter().map(|p| p.number).max().unwrap_or(0) + 1;
        Arc::make_mut(&mut self.register).push(Point { number, ..point });
        if covert {
            if let Some(plan) = &mut self.plan {
                plan.covert.points.push(number);
            }
        }
        Ok(number)
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
