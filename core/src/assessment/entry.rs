//! What a record holds per indicator: the answer, notes, documents, actions and where a figure
//! came from. Apart from the assessment that holds them, so that what carries entries without
//! being a record (a review team's result files, stowed inside a record) reaches them without
//! reaching back to the record.

use super::evidence::Evidence;
use super::poll_link::PollLink;
use super::site::SiteTally;
use crate::vocabulary::AnswerShape;
use crate::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Everything recorded for one indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The answer; `None` while not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// 扣分原因: why points were lost.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lost_reason: String,
    /// 自评结论: the city's written conclusion on the indicator, heading its 材料提交表.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conclusion: String,
    /// 佐证材料 gathered or still to gather, each with its number ([`evidence`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// 责任单位; when empty, the pack's departments apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<String>,
    /// 整改措施.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<CorrectiveAction>,
    /// What 现场检查 found on this indicator, when recorded inspections bear on it: the
    /// findings then come from there ([`site`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteTally>,
    /// What fixing this indicator would cost, in the city's own unit (e.g. person-days).
    /// When any is given, the path to pass minimises their sum instead of the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<u32>,
    /// The poll its figure came from, until the figure is typed by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<PollLink>,
}

/// An answer, shaped by the indicator's rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    /// For a `levels` rule: the chosen level's ID.
    Level {
        /// The level ID, e.g. `met`.
        level: String,
    },
    /// For a `sub_items` rule: the IDs of the sub-items met.
    SubItems {
        /// Met sub-item IDs.
        met: BTreeSet<String>,
    },
    /// For a `deductions` rule: how many findings.
    Findings {
        /// The number of findings.
        count: u64,
    },
    /// For a `calculator` rule: the typed figures by input ID.
    Inputs {
        /// Figures by input ID.
        values: BTreeMap<String, Decimal>,
    },
    /// Not applicable to this city (only where the pack allows it).
    NotApplicable {
        /// Why, in the city's words.
        reason: String,
    },
}

impl Answer {
    /// The answer's shape, which names the rule kind it was made for.
    pub fn shape(&self) -> AnswerShape {
        match self {
            Answer::Level { .. } => AnswerShape::Level,
            Answer::SubItems { .. } => AnswerShape::SubItems,
            Answer::Findings { .. } => AnswerShape::Findings,
            Answer::Inputs { .. } => AnswerShape::Inputs,
            Answer::NotApplicable { .. } => AnswerShape::NotApplicable,
        }
    }
}

/// 整改措施: what will be done, by whom, by when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectiveAction {
    /// What will be done.
    pub what: String,
    /// Who is responsible.
    #[serde(default)]
    pub owner: String,
    /// Due date, as the caller formats it (the app writes `YYYY-MM-DD`).
    #[serde(default)]
    pub due: String,
    /// Marked done by the city.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

impl Entry {
    /// True when the entry holds nothing at all, so it can be dropped.
    pub fn is_empty(&self) -> bool {
        *self == Entry::default()
    }
}
