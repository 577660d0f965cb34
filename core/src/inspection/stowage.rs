//! How the assessment keeps its 现场检查 record: each part (the register, the plan, the city's
//! rule, the checks, the city's own sheets) as JSON of its own, so recording a finding rewrites the checks and not a
//! register of thousands of points, and a save copies the register's text as it is. The file
//! holds the same object as before the parts were kept apart; one that is not that object
//! (edited by hand) is kept whole, as it is, and reads as unreadable.

use super::plan::{Plan, PlanRule};
use super::point::Point;
use super::record::Inspection;
use super::sheets::SheetPack;
use super::visit::Visit;
use crate::assessment::stowed::{Stow, Stowed, Unreadable};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The 现场检查 record as the assessment keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StowedInspection {
    /// The parts, or what the file held instead, kept whole.
    parts: Result<Parts, Stowed<()>>,
}

/// The fields of the record's object.
const KEYS: [&str; 5] = ["register", "plan", "rule", "visits", "sheets"];

/// The record's object, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
struct Parts {
    #[serde(default, skip_serializing_if = "Stowed::is_empty")]
    register: Stowed<Vec<Point>>,
    #[serde(default, skip_serializing_if = "Stowed::is_empty")]
    plan: Stowed<Option<Plan>>,
    #[serde(default, skip_serializing_if = "Stowed::is_empty")]
    rule: Stowed<Option<PlanRule>>,
    #[serde(default, skip_serializing_if = "Stowed::is_empty")]
    visits: Stowed<Vec<Visit>>,
    #[serde(default, skip_serializing_if = "Stowed::is_empty")]
    sheets: Stowed<Option<SheetPack>>,
}

impl Default for StowedInspection {
    fn default() -> Self {
        StowedInspection {
            parts: Ok(Parts::default()),
        }
    }
}

impl StowedInspection {
    /// Whether nothing is recorded: left out of the file.
    pub fn is_empty(&self) -> bool {
        self.parts.as_ref().is_ok_and(|p| {
            p.register.is_empty()
                && p.plan.is_empty()
                && p.rule.is_empty()
                && p.visits.is_empty()
                && p.sheets.is_empty()
        })
    }

    /// The record, typed; each part is read once and then shared, so this is cheap after the
    /// first time. `Unreadable` when the file holds something else: it is kept as it is.
    pub fn read(&self) -> Result<Inspection, Unreadable> {
        let parts = self.parts.as_ref().map_err(|_| Unreadable)?;
        Ok(Inspection {
            register: parts.register.read()?,
            plan: Option::clone(&*parts.plan.read()?),
            rule: Option::clone(&*parts.rule.read()?),
            visits: Vec::clone(&*parts.visits.read()?),
            sheets: Option::clone(&*parts.sheets.read()?),
        })
    }

    /// Keeps `value`; only the parts that changed are written. An unreadable record is
    /// replaced, so callers write only what they read.
    pub fn write(&mut self, value: &Inspection) {
        let parts = match &mut self.parts {
            Ok(parts) => parts,
            unreadable => {
                *unreadable = Ok(Parts::default());
                unreadable.as_mut().expect("just set")
            }
        };
        parts.register.write(value.register.clone());
        parts.plan.write(value.plan.clone());
        parts.rule.write(value.rule.clone());
        parts.visits.write(value.visits.clone());
        parts.sheets.write(value.sheets.clone());
    }
}

impl Stow for StowedInspection {
    type Value = Inspection;

    fn read_value(&self) -> Result<Inspection, Unreadable> {
        self.read()
    }

    fn write_value(&mut self, value: Inspection) {
        self.write(&value);
    }
}

impl Serialize for StowedInspection {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.parts {
            Ok(parts) => parts.serialize(serializer),
            Err(kept) => kept.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for StowedInspection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let whole = Value::deserialize(deserializer)?;
        let parts = match &whole {
            Value::Null => Ok(Parts::default()),
            Value::Object(fields) if fields.keys().all(|k| KEYS.contains(&k.as_str())) => {
                let part = |key: &str| fields.get(key).unwrap_or(&Value::Null);
                Ok(Parts {
                    register: Stowed::from(part("register")),
                    plan: Stowed::from(part("plan")),
                    rule: Stowed::from(part("rule")),
                    visits: Stowed::from(part("visits")),
                    sheets: Stowed::from(part("sheets")),
                })
            }
            _ => Err(Stowed::from(&whole)),
        };
        Ok(StowedInspection { parts })
    }
}
