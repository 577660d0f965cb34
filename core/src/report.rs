//! What [`crate::evaluate`] hands the UI: everything a screen, a printout or an export shows,
//! already decided.
//!
//! A report is always computed, never stored: the same pack and assessment give the same report,
//! so it can be rebuilt on every keystroke and nothing in it can go stale. Numbers are exact
//! ([`Points`] in tenths, [`Rate`] as a fraction) and are rounded only when displayed.
//!
//! Sentences for a screen full of rows are worded when a row is shown, not when the report is
//! built: an indicator keeps *what* decided its points ([`Explanation`]) and
//! [`IndicatorResult::explain`] words it in zh and en; the same goes for
//! [`VetoResult::explain`] and [`Improvement::text`]. The verdict's reasons, which are few and
//! always shown, carry their words. IDs are [`Id`]s, which copy without allocating.

pub use gap::{Gap, Risk};
pub use gap_filter::{gap_departments, GapFilter, GapStatus};
pub use id::Id;
pub use path::{Improvement, Need, PathToPass, Plan, PlanBasis, VetoStep, VetoTarget};
pub use reason::{Reason, ReasonKind};
pub use warning::Warning;

mod gap;
mod gap_filter;
mod id;
mod path;
mod reason;
mod warning;

use crate::assessment::site::SiteTally;
use crate::input::{InputError, InputWarning};
use crate::{Decimal, Points, Text};
use std::fmt;

/// The outcome of evaluating an assessment against its pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Every indicator of the pack, in pack order.
    pub indicators: Vec<IndicatorResult>,
    /// Every group, in pack order, raw: the base groups' `awarded` add up to `total.awarded`
    /// and their `max` to `total.max`; N/A rebasing applies to `total.score` only. Bonus
    /// blocks (with `bonus_cap`) count in `total.bonus` instead.
    pub groups: Vec<GroupResult>,
    /// The whole assessment.
    pub total: TotalResult,
    /// Every veto item of the pack, in pack order.
    pub vetoes: Vec<VetoResult>,
    /// Every key item, in pack order.
    pub key_items: Vec<KeyItemResult>,
    /// 通过 / 未通过 / 尚未完成, with every reason.
    pub verdict: Verdict,
    /// Indicators that lost points or are unanswered, most urgent first.
    pub gaps: Vec<Gap>,
    /// Things in the assessment the pack does not know, kept but not scored.
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The result for one indicator.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorResult> {
        self.indicators.iter().find(|r| r.id == id)
    }

    /// The result for one group.
    pub fn group(&self, id: &str) -> Option<&GroupResult> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The result for one veto item.
    pub fn veto(&self, id: &str) -> Option<&VetoResult> {
        self.vetoes.iter().find(|v| v.id == id)
    }
}

/// How one indicator scored.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorResult {
    /// Indicator ID.
    pub id: Id,
    /// Points awarded (0 unless answered).
    pub awarded: Points,
    /// The indicator's maximum.
    pub max: Points,
    /// Where the answer stands.
    pub status: Status,
    /// How the points were reached, as data; [`IndicatorResult::explain`] words it.
    pub explanation: Explanation,
    /// The calculator's value, when it could be computed.
    pub calculation: Option<Calculation>,
    /// What recorded 现场检查 found on the indicator, when any bears on it.
    pub site: Option<SiteTally>,
}

/// What decided an indicator's points, kept as data so evaluating stays cheap; worded on
/// demand by [`IndicatorResult::explain`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Explanation {
    /// No answer yet.
    NotAnswered,
    /// Marked not applicable, with the city's reason.
    NotApplicable {
        /// The reason given.
        reason: String,
    },
    /// The answer cannot be scored; the [`Status`] holds the [`Problem`].
    CannotCompute,
    /// A level was chosen.
    Level {
        /// Index of the level in the pack's list.
        level: usize,
    },
    /// Some sub-items are met.
    SubItems {
        /// How many of the indicator's sub-items are met.
        met: usize,
    },
    /// Findings were deducted.
    Deductions {
        /// The number of findings.
        count: u64,
    },
    /// A deductions indicator scored from recorded 现场检查 ([`IndicatorResult::site`]).
    Site,
    /// A calculator value was mapped to points.
    Calculator {
        /// Index of the highest threshold reached, if any.
        threshold: Option<usize>,
    },
}

/// Where an indicator's answer stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No answer yet.
    NotAnswered,
    /// Full points.
    Full,
    /// Some but not all points.
    Partial,
    /// Answered, no points.
    Zero,
    /// Marked not applicable (allowed by the pack).
    NotApplicable,
    /// An answer exists but cannot be scored; it counts as not answered.
    CannotCompute(Problem),
}

impl Status {
    /// True when the answer settles the indicator's points (N/A included).
    pub fn is_answered(&self) -> bool {
        !matches!(self, Status::NotAnswered | Status::CannotCompute(_))
    }

    /// Short display name.
    pub fn label(&self) -> Text {
        let (zh, en) = match self {
            Status::NotAnswered => ("未作答", "Not answered"),
            Status::Full => ("满分", "Full"),
            Status::Partial => ("部分得分", "Partial"),
            Status::Zero => ("不得分", "Zero"),
            Status::NotApplicable => ("不适用", "N/A"),
            Status::CannotCompute(_) => ("无法计算", "Cannot compute"),
        };
        Text::new(zh, en)
    }
}

/// Why an answer cannot be scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A calculator figure is missing.
    MissingInput {
        /// Input ID.
        input: String,
        /// What the input is called.
        label: Text,
    },
    /// A calculator figure is outside what its input accepts.
    InvalidInput {
        /// Input ID.
        input: String,
        /// What the input is called.
        label: Text,
        /// What is wrong with it.
        error: InputError,
    },
    /// A divisor is zero.
    ZeroDenominator {
        /// Input ID.
        input: String,
        /// What the input is called.
        label: Text,
    },
    /// The chosen level is not one of the indicator's.
    UnknownLevel {
        /// The level ID found.
        level: String,
    },
    /// The answer is of another kind than the rule expects.
    WrongAnswerKind,
    /// Marked not applicable where the pack does not allow it.
    NotApplicableNotAllowed,
}

/// A calculator's value with its unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calculation {
    /// The exact value (rounded down to six decimals).
    pub value: Decimal,
    /// Its unit, e.g. 批次/千人.
    pub unit: Text,
    /// Figures that were accepted but look unintended (a percentage typed as 0.876, more
    /// than 1,000 per thousand residents, a part above its whole); shown next to the value,
    /// they never change the points. Empty almost always.
    pub warnings: Vec<CalcWarning>,
}

/// How many times the full-marks level a calculator's result may be before it is questioned.
pub const FAR_ABOVE_FULL_MARKS: i64 = 10;

/// Something a calculator's figures suggest was not meant; a [`crate::Localize`] message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcWarning {
    /// One input's figure looks unintended on its own.
    Input {
        /// Input ID.
        input: String,
        /// What the input is called.
        label: Text,
        /// What looks wrong.
        warning: InputWarning,
    },
    /// A rate per thousand above 1,000: more than one per resident, most likely a
    /// population typed in 万人.
    MoreThanOnePerResident {
        /// The value computed.
        value: Decimal,
        /// What the population input is called.
        population: Text,
    },
    /// Far above what earns full marks (more than [`FAR_ABOVE_FULL_MARKS`] times the highest
    /// threshold): 1,000 批次/千人 where 4 earns full marks is a figure mistyped, not a result.
    FarAboveFullMarks {
        /// The value computed.
        value: Decimal,
        /// The least value that earns full marks.
        full_marks: Decimal,
        /// The result's unit.
        unit: Text,
    },
    /// A percentage above 100 because its part exceeds its whole.
    PartAboveWhole {
        /// What the part is called.
        part: Text,
        /// What the whole is called.
        whole: Text,
        /// The percentage computed.
        value: Decimal,
    },
}

/// An exact share, `part / whole`, shown as a percentage rounded down to a tenth.
///
/// Rounding down keeps the display honest: a key item at 59.99% never reads "60%".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// The part, in tenths of a point.
    pub part: i64,
    /// The whole, in tenths of a point; 0 when nothing is applicable.
    pub whole: i64,
}

impl Rate {
    /// The percentage in tenths (`866` is 86.6%), rounded down; `None` when the whole is 0.
    pub fn percent_tenths(self) -> Option<i64> {
        if self.whole <= 0 {
            return None;
        }
        let scaled = i128::from(self.part) * 1000 / i128::from(self.whole);
        Some(i64::try_from(scaled).unwrap_or(i64::MAX))
    }
}

/// Prints `40%`, `86.6%`, or `—` when there is nothing to divide by.
impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.percent_tenths() {
            None => f.write_str("—"),
            Some(t) => write!(f, "{}%", Points::from_tenths(t)),
        }
    }
}

/// How many indicators stand where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Answered with points settled (N/A not included).
    pub answered: usize,
    /// Not answered, or answered in a way that cannot be scored.
    pub not_answered: usize,
    /// Marked not applicable.
    pub not_applicable: usize,
}

/// One group's score.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    /// Group ID.
    pub id: Id,
    /// Display name.
    pub name: Text,
    /// Points awarded: the sum of the group's indicator points, never rescaled.
    pub awarded: Points,
    /// Points of the group's applicable indicators (its own N/A indicators removed), never
    /// rescaled.
    pub max: Points,
    /// `awarded / max`.
    pub rate: Rate,
    /// Indicator counts.
    pub counts: Counts,
    /// Set for a bonus block: the most it adds to the total.
    pub bonus_cap: Option<Points>,
}

/// What the bonus blocks add to the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BonusResult {
    /// Points the bonus items awarded together.
    pub awarded: Points,
    /// The sum of the blocks' caps.
    pub cap: Points,
    /// What is added to the total: each block's points up to its cap.
    pub counted: Points,
}

/// The whole assessment's score.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalResult {
    /// Base points awarded (bonus blocks left out), before rebasing.
    pub awarded: Points,
    /// Points of the applicable base indicators, before rebasing.
    pub max: Points,
    /// The total on the pack's scale plus the counted bonus: the figure compared with the
    /// pass mark.
    pub score: Points,
    /// The base total on the pack's scale, before the bonus is added.
    pub base: Points,
    /// What the bonus blocks add, when the pack has any.
    pub bonus: Option<BonusResult>,
    /// What `score` is out of.
    pub scale: Points,
    /// Whether N/A indicators were taken out and the total rescaled.
    pub rebased: bool,
    /// `awarded / max`.
    pub rate: Rate,
    /// Indicator counts.
    pub counts: Counts,
    /// The scores still possible on the pack's scale.
    pub range: ScoreRange,
}

/// The lowest and highest total still possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreRange {
    /// Every unanswered indicator scoring 0 (this is the current score).
    pub lower: Points,
    /// Every unanswered indicator scoring full points.
    pub upper: Points,
}

/// Where a veto item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VetoStatus {
    /// Not triggered.
    Clear,
    /// Triggered: the city fails whatever its points.
    Triggered,
    /// Not yet known.
    Unknown,
}

impl VetoStatus {
    /// Display name: 未触发, 已触发, 待确认.
    pub fn label(self) -> Text {
        match self {
            VetoStatus::Clear => Text::new("未触发", "Clear"),
            VetoStatus::Triggered => Text::new("已触发", "Triggered"),
            VetoStatus::Unknown => Text::new("待确认", "Not yet known"),
        }
    }
}

/// One veto item's state.
#[derive(Clone, Debug, PartialEq)]
pub struct VetoResult {
    /// Veto ID.
    pub id: Id,
    /// Short name.
    pub name: Text,
    /// Clear, triggered or unknown.
    pub status: VetoStatus,
    /// The value tested, for threshold vetoes that could be computed.
    pub value: Option<Calculation>,
    /// The least acceptable value, for threshold vetoes.
    pub at_least: Option<Decimal>,
    /// The indicator whose value is tested, if any.
    pub indicator: Option<Id>,
    /// What decided the status, as data; [`VetoResult::explain`] words it.
    pub note: VetoNote,
}

/// What decided a veto item's status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VetoNote {
    /// A declaration was answered.
    Declared {
        /// True when the bad thing happened.
        happened: bool,
    },
    /// A declaration not answered yet.
    NotDeclared,
    /// The indicator it reads is marked N/A, so it does not apply.
    IndicatorNotApplicable,
    /// The value was compared with the threshold (see `value` and `at_least`).
    Compared,
    /// No value yet: the indicator is unanswered, or a figure is missing or invalid.
    NoValue {
        /// What is wrong, when something was typed.
        problem: Option<Problem>,
    },
}

/// Where a key item stands against its floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyStatus {
    /// At or above its floor.
    Met,
    /// Below its floor.
    Below,
    /// Not answered yet.
    Unknown,
    /// Marked not applicable.
    NotApplicable,
}

impl KeyStatus {
    /// Display name: 已达下限, 低于下限, 未作答, 不适用.
    pub fn label(self) -> Text {
        match self {
            KeyStatus::Met => Text::new("已达下限", "At or above floor"),
            KeyStatus::Below => Text::new("低于下限", "Below floor"),
            KeyStatus::Unknown => Text::new("未作答", "Not answered"),
            KeyStatus::NotApplicable => Text::new("不适用", "N/A"),
        }
    }
}

/// One key item against its floor.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyItemResult {
    /// Indicator ID.
    pub indicator: Id,
    /// Points awarded.
    pub awarded: Points,
    /// Maximum points.
    pub max: Points,
    /// The floor, in percent of `max`.
    pub floor_percent: u32,
    /// `awarded / max`.
    pub rate: Rate,
    /// Met, below, unknown or N/A.
    pub status: KeyStatus,
}

/// 通过, 未通过 or 尚未完成.
///
/// - **Fail** when something already decides it, whatever the unanswered items turn out to be:
///   a triggered veto, a key item answered below its floor, or a total that cannot reach the
///   pass mark even if every unanswered indicator gets full points.
/// - **Pass** when nothing fails and nothing is open: every veto is clear, every key item is at
///   or above its floor (or N/A), and the total with unanswered indicators at 0 reaches the pass
///   mark. Unanswered ordinary indicators can then only add points, so they do not hold it up.
/// - **Incomplete** otherwise: some veto is unknown, some key item is unanswered, or the pass
///   mark lies between the lower and upper bound of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// 通过.
    Pass,
    /// 未通过.
    Fail,
    /// 尚未完成.
    Incomplete,
}

impl Outcome {
    /// Display name.
    pub fn label(self) -> Text {
        match self {
            Outcome::Pass => Text::new("通过", "Pass"),
            Outcome::Fail => Text::new("未通过", "Fail"),
            Outcome::Incomplete => Text::new("尚未完成", "Incomplete"),
        }
    }
}

/// The verdict with every reason behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Pass, fail or incomplete.
    pub outcome: Outcome,
    /// For a fail, what fails it; for incomplete, what is still open; for a pass, what passed.
    pub reasons: Vec<Reason>,
}
