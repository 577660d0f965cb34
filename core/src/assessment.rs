//! A city's answers to one pack, as it saves and exchanges them.
//!
//! The file is the city's work of weeks, so nothing in it is ever thrown away by this crate:
//! answers for indicator IDs the pack does not know, inputs it does not name and level IDs that
//! no longer exist are all kept, and [`crate::evaluate`] reports them as warnings instead.
//! Answers that a move to another revision of the pack cannot carry go to the archive
//! ([`ArchivedAnswer`], [`ArchivedVeto`]), which evaluation does not read. Maps are ordered
//! (`BTreeMap`) so that two saves of the same answers are byte-identical and diffs stay small.
//! Dates are plain strings supplied by the caller: the core reads no clock.

mod edit;
pub mod evidence;
pub mod poll_link;
pub mod review;
pub mod site;
pub mod stowed;

use crate::vocabulary::{AnswerShape, RuleKind, VetoKind};
use crate::Decimal;
pub use evidence::{Evidence, EvidenceKind, EvidenceState};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The assessment file format this build writes.
pub const ASSESSMENT_SCHEMA_VERSION: u32 = 1;

/// The most characters a city types into one free-text field (a note, a 扣分原因, a reason for
/// 不适用, an action): enough for a page of explanation, short enough that a report stays a
/// report. Files from elsewhere may hold longer texts; they are kept, and printed in full in
/// the report's appendix.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// A city's self-assessment against one pack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Version of this file format ([`ASSESSMENT_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The pack answered.
    pub pack_id: String,
    /// The pack's content revision when the assessment was made.
    pub pack_version: u32,
    /// City name, e.g. 某某市.
    #[serde(default)]
    pub city: String,
    /// Name of this assessment, e.g. 2025 年第一次自评.
    #[serde(default)]
    pub name: String,
    /// When it was created, as the caller formats it (e.g. an ISO 8601 date).
    #[serde(default)]
    pub created: String,
    /// When it was last changed, as the caller formats it.
    #[serde(default)]
    pub updated: String,
    /// Everything recorded per indicator, by indicator ID.
    #[serde(default)]
    pub entries: BTreeMap<String, Entry>,
    /// Answers to declaration vetoes: `true` means the bad thing happened.
    #[serde(default)]
    pub veto_declarations: BTreeMap<String, bool>,
    /// Inputs of vetoes that have a calculator of their own, by veto ID then input ID.
    #[serde(default)]
    pub veto_inputs: BTreeMap<String, BTreeMap<String, Decimal>>,
    /// Indicator answers a move to another revision of the pack could not carry, oldest first
    /// (see [`crate::pack_diff::move_assessment`]). Kept and shown, never scored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub archive: Vec<ArchivedAnswer>,
    /// Veto answers a move to another revision of the pack could not carry, oldest first.
    /// Kept and shown, never used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub veto_archive: Vec<ArchivedVeto>,
    /// 资料审查 rounds and the problems they raised, typed by the chunks that use them.
    #[serde(default, skip_serializing_if = "stowed::Stowed::is_empty")]
    pub review: stowed::Stowed<review::Review>,
    /// 领导访谈 interviewees and their rehearsals, typed by the chunks that use them.
    #[serde(default, skip_serializing_if = "stowed::Stowed::is_empty")]
    pub interviews: stowed::Stowed<crate::interview::people::Interviews>,
    /// 现场检查: the register of points and the plan drawn, typed by the chunk that uses them.
    #[serde(
        default,
        skip_serializing_if = "crate::inspection::stowage::StowedInspection::is_empty"
    )]
    pub inspection: crate::inspection::stowage::StowedInspection,
    /// The city's own 满意度/知晓率 polls, typed by the chunk that uses them.
    #[serde(default, skip_serializing_if = "stowed::Stowed::is_empty")]
    pub polls: stowed::Stowed<crate::poll::kept::Polls>,
    /// Its part in a review team (the review it leads, or the task it scores as a group),
    /// typed by the chunk that uses it.
    #[serde(default, skip_serializing_if = "stowed::Stowed::is_empty")]
    pub team: stowed::Stowed<crate::team::TeamPart>,
}

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
    pub site: Option<site::SiteTally>,
    /// What fixing this indicator would cost, in the city's own unit (e.g. person-days).
    /// When any is given, the path to pass minimises their sum instead of the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<u32>,
    /// The poll its figure came from, until the figure is typed by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<poll_link::PollLink>,
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

/// What a move to another revision of the pack took off an indicator, with why.
///
/// Evaluation never reads the archive: an archived answer neither scores nor warns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedAnswer {
    /// The indicator's ID.
    pub indicator: String,
    /// What was taken: the whole entry when the indicator was removed, otherwise an entry
    /// holding only the answer (notes, evidence and actions stay on the indicator).
    pub entry: Entry,
    /// The pack revision the answer was made for.
    pub from_pack_version: u32,
    /// Why it could not be carried.
    pub reason: ArchiveReason,
}

/// What a move to another revision of the pack took off a veto item, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedVeto {
    /// The veto item's ID.
    pub veto: String,
    /// The answer taken.
    pub answer: VetoAnswer,
    /// The pack revision the answer was made for.
    pub from_pack_version: u32,
    /// Why it could not be carried.
    pub reason: ArchiveReason,
}

/// A veto item's answer, as kept in the archive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum VetoAnswer {
    /// A declaration: `true` meant the bad thing happened.
    Declaration {
        /// The declared fact.
        happened: bool,
    },
    /// Figures of the veto's own calculator, by input ID.
    Inputs {
        /// Figures by input ID.
        values: BTreeMap<String, Decimal>,
    },
}

/// Why an answer went to the archive; worded by [`crate::Localize`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ArchiveReason {
    /// The new revision has no indicator of this ID.
    IndicatorRemoved,
    /// The indicator's new rule cannot read the answer.
    RuleIncompatible {
        /// What no longer fits.
        detail: Incompatibility<RuleKind>,
    },
    /// The new revision has no veto item of this ID.
    VetoRemoved,
    /// The veto item is now decided in a way the answer does not fit.
    VetoIncompatible {
        /// What no longer fits.
        detail: Incompatibility<VetoKind>,
    },
}

/// What about an answer no longer fits a changed rule (`K` = [`RuleKind`]) or veto test
/// (`K` = [`VetoKind`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Incompatibility<K> {
    /// The answer is of another kind: the rule type or the veto test changed.
    Kind {
        /// The kind the answer was made for.
        from: K,
        /// The kind now.
        to: K,
    },
    /// The chosen level no longer exists.
    LevelRemoved {
        /// The level ID.
        level: String,
    },
    /// Sub-items marked met no longer exist.
    SubItemsRemoved {
        /// Their IDs.
        items: Vec<String>,
    },
    /// Inputs that have figures no longer exist.
    InputsRemoved {
        /// Their IDs.
        inputs: Vec<String>,
    },
    /// Figures the inputs' new kind does not accept (e.g. a count where a population above 0
    /// is now required).
    FiguresRefused {
        /// The inputs' IDs.
        inputs: Vec<String>,
    },
    /// Marked not applicable, which the indicator no longer allows.
    NotApplicableNotAllowed,
}

impl Entry {
    /// True when the entry holds nothing at all, so it can be dropped.
    pub fn is_empty(&self) -> bool {
        *self == Entry::default()
    }
}

/// How an assessment is named wherever the user must know which one is meant: "城市 · 名称"
/// (either part alone when the other is blank).
pub fn label(city: &str, name: &str) -> String {
    match (city.trim(), name.trim()) {
        ("", name) => name.to_owned(),
        (city, "") => city.to_owned(),
        (city, name) => format!("{city} · {name}"),
    }
}
