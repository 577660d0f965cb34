//! Check sheets (检查表) per 业态, as data with provenance like a criteria pack
//! (`packs/inspection.json`): each item has its points on the paper sheet, what one finding
//! costs on the indicator it is keyed to, ★ for a key item, and the lettered findings a
//! reviewer ticks (无证 / 证照过期 / 未公示 …). The review team's sheets are not public, so every
//! sheet says what it is built from and how sure it is; and since how points roll up into an
//! indicator is not public either, the pack chooses it per indicator ([`IndicatorRollUp`]).

use super::unit_types::{UnitType, UnitTypes};
use crate::pack::{Provenance, Source};
use crate::vocabulary::RollUpRule;
use crate::{Pack, Points, Text};
use serde::{Deserialize, Serialize};

/// The companion pack of 现场检查: unit types, their sheets and the roll-up rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetPack {
    /// Stable identifier, e.g. `inspection-2021`.
    pub id: String,
    /// Content revision.
    pub version: u32,
    /// Its name.
    pub title: Text,
    /// What the pack is and is not (never the review team's own sheets).
    pub provenance: Text,
    /// The sources sheets cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The kinds of point.
    pub unit_types: Vec<UnitType>,
    /// The sheets, one or more per kind.
    #[serde(default)]
    pub sheets: Vec<CheckSheet>,
    /// Indicators whose roll-up is not the default (pooled, each finding counted).
    #[serde(default)]
    pub roll_up: Vec<IndicatorRollUp>,
}

/// One check sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSheet {
    /// Stable identifier; findings are kept under it.
    pub id: String,
    /// The 业态 it is for (a unit type's ID).
    pub unit_type: String,
    /// Its heading.
    pub title: Text,
    /// Where it comes from.
    pub provenance: Provenance,
    /// The items, in sheet order.
    pub items: Vec<CheckItem>,
}

/// One line of a sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckItem {
    /// Stable within the sheet (`01`).
    pub id: String,
    /// What is checked.
    pub text: Text,
    /// Its points on the paper sheet (a point's score rate is counted in them).
    pub points: Points,
    /// What one finding costs on the indicator.
    pub deduction: Points,
    /// The indicator it scores.
    pub indicator: String,
    /// ★ key item.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key: bool,
    /// The findings a reviewer may tick, lettered A, B, C …; none means one plain 不符合.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingOption>,
}

/// A lettered finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingOption {
    /// One capital letter.
    pub id: String,
    /// What was found (无证经营).
    pub text: Text,
}

/// How one indicator's findings roll up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorRollUp {
    /// The indicator.
    pub indicator: String,
    /// How the points combine.
    #[serde(default)]
    pub rule: RollUpRule,
    /// What counts as one finding.
    #[serde(default)]
    pub count: Counting,
}

/// What counts as one finding on an indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// Every finding ticked (学校周边: "每发现一次扣0.5分").
    #[default]
    EachFinding,
    /// A point with any finding counts once (同一点位多项问题计为一处).
    OncePerPoint,
}

impl SheetPack {
    /// The pack fscity ships, for `pack`: an item keyed to an indicator `pack` lacks is left
    /// out rather than scoring nowhere (`make test` checks it whole against the default pack).
    pub fn shipped(pack: &Pack) -> SheetPack {
        let mut sheets: SheetPack = serde_json::from_str(include_str!(
            "../../../packs/inspection.json"
        ))
        .unwrap_or_else(|_| SheetPack {
            id: String::new(),
            version: 0,
            title: Text::default(),
            provenance: Text::default(),
            sources: Vec::new(),
            unit_types: Vec::new(),
            sheets: Vec::new(),
            roll_up: Vec::new(),
        });
        for sheet in &mut sheets.sheets {
            sheet
                .items
                .retain(|i| pack.indicator(&i.indicator).is_some());
        }
        sheets
    }

    /// The unit types, for matching a register.
    pub fn types(&self) -> UnitTypes {
        UnitTypes(self.unit_types.clone())
    }

    /// The sheet with this ID.
    pub fn sheet(&self, id: &str) -> Option<&CheckSheet> {
        self.sheets.iter().find(|s| s.id == id)
    }

    /// The sheet a point of this 业态 is checked with (the first for its type).
    pub fn sheet_for(&self, unit_type: &str) -> Option<&CheckSheet> {
        self.sheets.iter().find(|s| s.unit_type == unit_type)
    }

    /// How `indicator` rolls up.
    pub fn roll_up_of(&self, indicator: &str) -> (RollUpRule, Counting) {
        self.roll_up
            .iter()
            .find(|r| r.indicator == indicator)
            .map_or((RollUpRule::Pooled, Counting::EachFinding), |r| {
                (r.rule, r.count)
            })
    }
}

impl CheckSheet {
    /// The item with this ID.
    pub fn item(&self, id: &str) -> Option<&CheckItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The points of the whole sheet.
    pub fn points(&self) -> Points {
        self.items.iter().map(|i| i.points).sum()
    }
}

impl CheckItem {
    /// The finding option with this letter.
    pub fn finding(&self, id: &str) -> Option<&FindingOption> {
        self.findings.iter().find(|f| f.id == id)
    }
}
