//! Progress between two assessments of the same pack (e.g. the March and the June self-assessment):
//! what changed per indicator, per group and in total, which vetoes and which verdict moved,
//! which gaps were closed and which were opened.
//!
//! [`compare`] works on two [`Report`]s, not on two assessments: the caller evaluates each with
//! [`crate::evaluate`], so scoring stays in one place and a comparison can never disagree with
//! what each assessment's own screen shows. Everything is matched by stable ID in pack order,
//! never by position; an indicator missing from a report (a report of another revision of the
//! pack) counts as not answered there.
//!
//! Differences are [`Delta`]s — `after − before` in exact tenths — so comparing `b` with `a` gives
//! exactly the negated deltas of comparing `a` with `b`.

use crate::report::{Gap, GroupResult, Id, IndicatorResult, Risk, Status, VetoStatus};
use crate::{Outcome, Pack, Points, Report, Text};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::ops::{Add, Neg};

/// A signed change in points, `after − before`, in exact tenths.
///
/// Prints with its sign, `+1.5`, `-2` or `0` (an ASCII hyphen-minus, so that a spreadsheet
/// reads it as a number).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Delta(Points);

impl Delta {
    /// No change.
    pub const ZERO: Delta = Delta(Points::ZERO);

    /// `after − before`.
    pub fn between(before: Points, after: Points) -> Delta {
        Delta(after - before)
    }

    /// A change of this many tenths (`Delta::from_tenths(-15)` is −1.5 points).
    pub const fn from_tenths(tenths: i64) -> Delta {
        Delta(Points::from_tenths(tenths))
    }

    /// The change as (possibly negative) points.
    pub const fn points(self) -> Points {
        self.0
    }

    /// The change in tenths.
    pub const fn tenths(self) -> i64 {
        self.0.tenths()
    }

    /// True when nothing changed.
    pub fn is_zero(self) -> bool {
        self.0 == Points::ZERO
    }
}

impl Neg for Delta {
    type Output = Delta;
    fn neg(self) -> Delta {
        Delta(Points::ZERO - self.0)
    }
}

impl Add for Delta {
    type Output = Delta;
    fn add(self, rhs: Delta) -> Delta {
        Delta(self.0 + rhs.0)
    }
}

impl std::iter::Sum for Delta {
    fn sum<I: Iterator<Item = Delta>>(iter: I) -> Delta {
        iter.fold(Delta::ZERO, Add::add)
    }
}

/// Prints `+1.5`, `-2` or `0`.
impl fmt::Display for Delta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > Points::ZERO {
            f.write_str("+")?;
        }
        fmt::Display::fmt(&self.0, f)
    }
}

/// A figure in both reports and its change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointsChange {
    /// In the earlier report.
    pub before: Points,
    /// In the later report.
    pub after: Points,
    /// `after − before`.
    pub delta: Delta,
}

impl PointsChange {
    /// The change from `before` to `after`.
    pub fn new(before: Points, after: Points) -> PointsChange {
        PointsChange {
            before,
            after,
            delta: Delta::between(before, after),
        }
    }

    fn reversed(self) -> PointsChange {
        PointsChange::new(self.after, self.before)
    }
}

/// Where one indicator stood in one report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Not answered, full, partial, zero, N/A or cannot compute.
    pub status: Status,
    /// Points awarded (0 when not answered or N/A).
    pub awarded: Points,
}

impl Standing {
    /// Where an indicator stands in a report that does not list it.
    pub fn not_answered() -> Standing {
        Standing {
            status: Status::NotAnswered,
            awarded: Points::ZERO,
        }
    }

    fn of(result: Option<&IndicatorResult>) -> Standing {
        result.map_or_else(Standing::not_answered, |r| Standing {
            status: r.status.clone(),
            awarded: r.awarded,
        })
    }

    /// True when answered with points settled (N/A not included).
    pub fn is_scored(&self) -> bool {
        self.status.is_answered() && self.status != Status::NotApplicable
    }

    /// True when marked not applicable.
    pub fn is_not_applicable(&self) -> bool {
        self.status == Status::NotApplicable
    }
}

/// How an indicator moved between two reports. Every indicator has exactly one kind; the kinds
/// pair up under [`ChangeKind::reversed`].
///
/// "Unanswered" includes an answer that cannot be scored ([`Status::CannotCompute`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// Scored in both, more points now.
    Improved,
    /// Scored in both, fewer points now.
    Worsened,
    /// Same points and same standing: scored with equal points, unanswered in both, or N/A in
    /// both.
    Unchanged,
    /// Unanswered before, scored now.
    NewlyAnswered,
    /// Scored before, unanswered now.
    NoLongerAnswered,
    /// Scored or unanswered before, N/A now: it leaves the denominator.
    BecameNotApplicable,
    /// N/A before, scored or unanswered now: it is back in the denominator.
    BecameApplicable,
}

impl ChangeKind {
    /// The kind of the same change seen from the other side.
    pub fn reversed(self) -> ChangeKind {
        match self {
            ChangeKind::Improved => ChangeKind::Worsened,
            ChangeKind::Worsened => ChangeKind::Improved,
            ChangeKind::Unchanged => ChangeKind::Unchanged,
            ChangeKind::NewlyAnswered => ChangeKind::NoLongerAnswered,
            ChangeKind::NoLongerAnswered => ChangeKind::NewlyAnswered,
            ChangeKind::BecameNotApplicable => ChangeKind::BecameApplicable,
            ChangeKind::BecameApplicable => ChangeKind::BecameNotApplicable,
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            ChangeKind::Improved => ("得分提高", "Improved"),
            ChangeKind::Worsened => ("得分下降", "Worsened"),
            ChangeKind::Unchanged => ("无变化", "Unchanged"),
            ChangeKind::NewlyAnswered => ("新作答", "Newly answered"),
            ChangeKind::NoLongerAnswered => ("改为未作答", "No longer answered"),
            ChangeKind::BecameNotApplicable => ("改为不适用", "Now not applicable"),
            ChangeKind::BecameApplicable => ("恢复适用", "Applicable again"),
        };
        Text::new(zh, en)
    }

    fn of(before: &Standing, after: &Standing) -> ChangeKind {
        match (before.is_not_applicable(), after.is_not_applicable()) {
            (true, true) => return ChangeKind::Unchanged,
            (true, false) => return ChangeKind::BecameApplicable,
            (false, true) => return ChangeKind::BecameNotApplicable,
            (false, false) => {}
        }
        match (before.is_scored(), after.is_scored()) {
            (false, false) => ChangeKind::Unchanged,
            (false, true) => ChangeKind::NewlyAnswered,
            (true, false) => ChangeKind::NoLongerAnswered,
            (true, true) => match after.awarded.cmp(&before.awarded) {
                std::cmp::Ordering::Greater => ChangeKind::Improved,
                std::cmp::Ordering::Less => ChangeKind::Worsened,
                std::cmp::Ordering::Equal => ChangeKind::Unchanged,
            },
        }
    }
}

/// One indicator in both reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorChange {
    /// Indicator ID.
    pub id: Id,
    /// Its group's ID.
    pub group: Id,
    /// The indicator's maximum (分值), from the pack.
    pub max: Points,
    /// In the earlier report.
    pub before: Standing,
    /// In the later report.
    pub after: Standing,
    /// `after.awarded − before.awarded` (N/A and unanswered award 0).
    pub delta: Delta,
    /// How it moved.
    pub kind: ChangeKind,
}

impl IndicatorChange {
    /// True unless the kind is [`ChangeKind::Unchanged`].
    pub fn changed(&self) -> bool {
        self.kind != ChangeKind::Unchanged
    }
}

/// One group in both reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupChange {
    /// Group ID.
    pub id: Id,
    /// Display name, from the pack.
    pub name: Text,
    /// Points awarded, raw (never rescaled): the sum of the group's indicator points, so its
    /// delta is the sum of the group's indicator deltas.
    pub awarded: PointsChange,
    /// Points of the group's applicable indicators (changes only when one of its own
    /// indicators becomes or stops being N/A).
    pub max: PointsChange,
}

/// The whole assessment in both reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotalChange {
    /// The total on the pack's scale, the figure compared with the pass mark.
    pub score: PointsChange,
    /// What `score` is out of.
    pub scale: PointsChange,
    /// Points awarded before rebasing (the sum of the groups' `awarded`).
    pub awarded: PointsChange,
    /// Points of the applicable indicators, before rebasing.
    pub max: PointsChange,
}

/// One veto item in both reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VetoChange {
    /// Veto ID.
    pub id: Id,
    /// Short name, from the pack.
    pub name: Text,
    /// In the earlier report.
    pub before: VetoStatus,
    /// In the later report.
    pub after: VetoStatus,
    /// `before != after`.
    pub changed: bool,
}

/// The verdict in both reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerdictChange {
    /// In the earlier report.
    pub before: Outcome,
    /// In the later report.
    pub after: Outcome,
    /// `before != after`.
    pub changed: bool,
}

/// Everything that moved between two reports of the same pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every indicator of the pack, in pack order.
    pub indicators: Vec<IndicatorChange>,
    /// Every group of the pack, in pack order.
    pub groups: Vec<GroupChange>,
    /// The whole assessment.
    pub total: TotalChange,
    /// Every veto item of the pack, in pack order.
    pub vetoes: Vec<VetoChange>,
    /// 通过 / 未通过 / 尚未完成, before and after.
    pub verdict: VerdictChange,
    /// Gaps of the earlier report that the later one no longer has (full points now, or N/A),
    /// as the earlier report had them (`recoverable` is what was at stake), in pack order.
    pub closed_gaps: Vec<Gap>,
    /// Gaps of the later report that the earlier one did not have, as the later report has
    /// them, in pack order.
    pub opened_gaps: Vec<Gap>,
}

impl Comparison {
    /// The change of one indicator.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorChange> {
        self.indicators.iter().find(|c| c.id == id)
    }

    /// The change of one group.
    pub fn group(&self, id: &str) -> Option<&GroupChange> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The change of one veto item.
    pub fn veto(&self, id: &str) -> Option<&VetoChange> {
        self.vetoes.iter().find(|v| v.id == id)
    }

    /// Indicators whose kind is not [`ChangeKind::Unchanged`], in pack order.
    pub fn changed_indicators(&self) -> impl Iterator<Item = &IndicatorChange> {
        self.indicators.iter().filter(|c| c.changed())
    }

    /// The same comparison listing only the indicators that changed ("只看有变化的指标");
    /// groups, total, vetoes, verdict and gaps are kept whole.
    pub fn changed_only(mut self) -> Comparison {
        self.indicators.retain(IndicatorChange::changed);
        self
    }

    /// Indicators of one kind, in pack order.
    pub fn indicators_of(&self, kind: ChangeKind) -> impl Iterator<Item = &IndicatorChange> {
        self.indicators.iter().filter(move |c| c.kind == kind)
    }

    /// Veto items whose status changed, in pack order.
    pub fn changed_vetoes(&self) -> impl Iterator<Item = &VetoChange> {
        self.vetoes.iter().filter(|v| v.changed)
    }

    /// The closed gap on this indicator, if its gap was closed.
    pub fn closed_gap(&self, id: &str) -> Option<&Gap> {
        self.closed_gaps.iter().find(|g| g.indicator == id)
    }

    /// The opened gap on this indicator, if a gap was opened on it.
    pub fn opened_gap(&self, id: &str) -> Option<&Gap> {
        self.opened_gaps.iter().find(|g| g.indicator == id)
    }

    /// True when nothing moved: no indicator, group, total, veto, verdict or gap changed.
    pub fn is_unchanged(&self) -> bool {
        let points = |c: &PointsChange| c.delta.is_zero();
        self.changed_indicators().next().is_none()
            && self
                .groups
                .iter()
                .all(|g| points(&g.awarded) && points(&g.max))
            && [
                self.total.score,
                self.total.scale,
                self.total.awarded,
                self.total.max,
            ]
            .iter()
            .all(points)
            && self.changed_vetoes().next().is_none()
            && !self.verdict.changed
            && self.closed_gaps.is_empty()
            && self.opened_gaps.is_empty()
    }

    /// The same comparison seen from the other side: what [`compare`] gives with the two
    /// reports swapped.
    pub fn reversed(&self) -> Comparison {
        Comparison {
            indicators: self
                .indicators
                .iter()
                .map(|c| IndicatorChange {
                    id: c.id.clone(),
                    group: c.group.clone(),
                    max: c.max,
                    before: c.after.clone(),
                    after: c.before.clone(),
                    delta: -c.delta,
                    kind: c.kind.reversed(),
                })
                .collect(),
            groups: self
                .groups
                .iter()
                .map(|g| GroupChange {
                    id: g.id.clone(),
                    name: g.name.clone(),
                    awarded: g.awarded.reversed(),
                    max: g.max.reversed(),
                })
                .collect(),
            total: TotalChange {
                score: self.total.score.reversed(),
                scale: self.total.scale.reversed(),
                awarded: self.total.awarded.reversed(),
                max: self.total.max.reversed(),
            },
            vetoes: self
                .vetoes
                .iter()
                .map(|v| VetoChange {
                    before: v.after,
                    after: v.before,
                    ..v.clone()
                })
                .collect(),
            verdict: VerdictChange {
                before: self.verdict.after,
                after: self.verdict.before,
                changed: self.verdict.changed,
            },
            closed_gaps: self.opened_gaps.clone(),
            opened_gaps: self.closed_gaps.clone(),
        }
    }
}

/// What moved from `before` to `after`, two reports of `pack` (each from
/// [`crate::evaluate`]`(pack, assessment)`). Indicators, groups and vetoes are those of `pack`,
/// in pack order, matched by ID; one a report does not list counts as not answered (an
/// indicator, which is then also a gap), zero (a group) or not yet known (a veto).
pub fn compare(pack: &Pack, before: &Report, after: &Report) -> Comparison {
    let (old, new) = (ReportIndex::new(before), ReportIndex::new(after));
    let mut indicators = Vec::with_capacity(pack.indicator_count());
    let mut closed_gaps = Vec::new();
    let mut opened_gaps = Vec::new();
    for group in &pack.groups {
        for ind in &group.indicators {
            let id = ind.id.as_str();
            let b = Standing::of(old.results.get(id).copied());
            let a = Standing::of(new.results.get(id).copied());
            match (
                old.gap(id, &group.id, ind.max_points),
                new.gap(id, &group.id, ind.max_points),
            ) {
                (Some(gap), None) => closed_gaps.push(gap),
                (None, Some(gap)) => opened_gaps.push(gap),
                _ => {}
            }
            indicators.push(IndicatorChange {
                id: Id::new(id),
                group: Id::new(&group.id),
                max: ind.max_points,
                delta: Delta::between(b.awarded, a.awarded),
                kind: ChangeKind::of(&b, &a),
                before: b,
                after: a,
            });
        }
    }
    let groups = pack
        .groups
        .iter()
        .map(|g| {
            let (b, a) = (before.group(&g.id), after.group(&g.id));
            let change = |f: fn(&GroupResult) -> Points| {
                PointsChange::new(b.map(f).unwrap_or_default(), a.map(f).unwrap_or_default())
            };
            GroupChange {
                id: Id::new(&g.id),
                name: g.name.clone(),
                awarded: change(|r| r.awarded),
                max: change(|r| r.max),
            }
        })
        .collect();
    let (bt, at) = (&before.total, &after.total);
    let total = TotalChange {
        score: PointsChange::new(bt.score, at.score),
        scale: PointsChange::new(bt.scale, at.scale),
        awarded: PointsChange::new(bt.awarded, at.awarded),
        max: PointsChange::new(bt.max, at.max),
    };
    let vetoes = pack
        .vetoes
        .iter()
        .map(|v| {
            let status = |r: &Report| r.veto(&v.id).map_or(VetoStatus::Unknown, |x| x.status);
            let (b, a) = (status(before), status(after));
            VetoChange {
                id: Id::new(&v.id),
                name: v.name.clone(),
                before: b,
                after: a,
                changed: b != a,
            }
        })
        .collect();
    let verdict = VerdictChange {
        before: before.verdict.outcome,
        after: after.verdict.outcome,
        changed: before.verdict.outcome != after.verdict.outcome,
    };
    Comparison {
        indicators,
        groups,
        total,
        vetoes,
        verdict,
        closed_gaps,
        opened_gaps,
    }
}

/// A report's indicator results and gaps by indicator ID (a pack may hold thousands).
struct ReportIndex<'r> {
    results: HashMap<&'r str, &'r IndicatorResult>,
    gaps: HashMap<&'r str, &'r Gap>,
}

impl<'r> ReportIndex<'r> {
    fn new(report: &'r Report) -> ReportIndex<'r> {
        ReportIndex {
            results: report
                .indicators
                .iter()
                .map(|r| (r.id.as_str(), r))
                .collect(),
            gaps: report
                .gaps
                .iter()
                .map(|g| (g.indicator.as_str(), g))
                .collect(),
        }
    }

    /// The report's gap on this indicator; an indicator the report does not list is unanswered
    /// there, hence a gap with all its points at stake.
    fn gap(&self, id: &str, group: &str, max: Points) -> Option<Gap> {
        if let Some(gap) = self.gaps.get(id) {
            return Some((*gap).clone());
        }
        if self.results.contains_key(id) {
            return None;
        }
        Some(Gap {
            indicator: Id::new(id),
            group: Id::new(group),
            awarded: Points::ZERO,
            max,
            recoverable: max,
            unanswered: true,
            risk: Risk::Points,
            own_departments: Vec::new(),
            lost_reason: String::new(),
        })
    }
}
