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
pub mod entry;
pub mod evidence;
pub mod poll_link;
pub mod review;
pub mod site;
pub mod stowed;

use crate::vocabulary::{RuleKind, VetoKind};
use crate::Decimal;
pub use entry::{Answer, CorrectiveAction, Entry};
pub use evidence::{Evidence, EvidenceKind, EvidenceState};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub team: stowed::Stowed<crate::team::part::TeamPart>,
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

/// How an assessment is named wherever the user must know which one is meant: "城市 · 名称"
/// (either part alone when the other is blank).
pub fn label(city: &str, name: &str) -> String {
    match (city.trim(), name.trim()) {
        ("", name) => name.to_owned(),
        (city, "") => city.to_owned(),
        (city, name) => format!("{city} · {name}"),
    }
}
