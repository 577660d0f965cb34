//! Group and total scores, N/A rebasing, and the range of totals still possible.
//!
//! A **group** is always raw: the points its indicators were awarded out of the points of its
//! applicable indicators (its N/A indicators removed, nothing else). A reviewer adding up a
//! group's column gets its subtotal, and an N/A in one group never changes another group.
//!
//! Rebasing (when the pack asks for it) applies to the **total** only: it takes N/A indicators
//! out of the denominator and rescales to the pack's `total_points`: score = awarded × T / A,
//! with T the pack's total and A the points of the applicable indicators. That is a fraction,
//! so it is computed exactly in integers and only then rounded, once, to tenths, and *down*, so
//! "score ≥ pass mark" on screen is exactly the same test as on the exact fraction (86.96 shows
//! as 86.9, never as a passing 87).
//!
//! A **bonus block** (加分项) is scored like any group but kept out of the base: its points, up
//! to its cap, are added to the rebased base total, as provinces add 示范引领 points after the
//! 100-point base. An unanswered bonus item is simply not claimed, so it widens no range and
//! leaves no verdict undecided.

use crate::pack::Pack;
use crate::report::{
    BonusResult, Counts, GroupResult, Id, IndicatorResult, Rate, ScoreRange, Status, TotalResult,
};
use crate::Points;

/// How raw points map onto the pack's scale.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scale {
    pub rebased: bool,
    /// The pack's total, in tenths.
    pub total: i64,
    /// Points of the applicable base indicators, in tenths.
    pub applicable: i64,
    /// Bonus tenths added after rescaling (already capped).
    pub plus: i64,
}

impl Scale {
    /// The score on the pack's scale for `awarded` raw base tenths, rounded down, with the
    /// bonus added.
    pub fn score(self, awarded: i64) -> i64 {
        self.base_score(awarded) + self.plus
    }

    fn base_score(self, awarded: i64) -> i64 {
        if !self.rebased {
            return awarded;
        }
        if self.applicable <= 0 {
            return 0;
        }
        let exact = i128::from(awarded) * i128::from(self.total);
        (exact.div_euclid(i128::from(self.applicable))) as i64
    }

    /// The least raw base tenths whose score (bonus included) reaches `min`; `None` when no
    /// amount can.
    pub fn least_awarded_for(self, min: i64) -> Option<i64> {
        let min = min - self.plus;
        if min <= 0 {
            return Some(0);
        }
        if !self.rebased {
            return Some(min);
        }
        if self.applicable <= 0 || self.total <= 0 {
            return None;
        }
        let need = i128::from(min) * i128::from(self.applicable);
        let t = i128::from(self.total);
        Some((need.div_euclid(t) + i128::from(need.rem_euclid(t) != 0)) as i64)
    }

    /// What the score is out of.
    pub fn out_of(self) -> i64 {
        if self.rebased {
            self.total
        } else {
            self.applicable
        }
    }
}

/// Groups (in pack order) and the total, from indicator results in pack order.
pub(crate) fn totals(
    pack: &Pack,
    results: &[IndicatorResult],
) -> (Vec<GroupResult>, TotalResult, Scale) {
    let mut groups = Vec::with_capacity(pack.groups.len());
    let mut start = 0;
    let mut unanswered_max = 0i64;
    for group in &pack.groups {
        let slice = &results[start..start + group.indicators.len()];
        start += group.indicators.len();
        let mut counts = Counts::default();
        let (mut awarded, mut max) = (Points::ZERO, Points::ZERO);
        for r in slice {
            match r.status {
                Status::NotApplicable => counts.not_applicable += 1,
                Status::NotAnswered | Status::CannotCompute(_) => {
                    counts.not_answered += 1;
                    if !group.is_bonus() {
                        unanswered_max += r.max.tenths();
                    }
                }
                _ => counts.answered += 1,
            }
            if r.status != Status::NotApplicable {
                awarded += r.awarded;
                max += r.max;
            }
        }
        groups.push(GroupResult {
            id: Id::new(&group.id),
            name: group.name.clone(),
            awarded,
            max,
            rate: rate(awarded, max),
            counts,
            bonus_cap: group.bonus.map(|b| b.cap),
        });
    }
    let base = || groups.iter().filter(|g| g.bonus_cap.is_none());
    let awarded: Points = base().map(|g| g.awarded).sum();
    let max: Points = base().map(|g| g.max).sum();
    let bonus = bonus(&groups);
    let scale = Scale {
        rebased: pack.pass_rule.rebase_not_applicable,
        total: pack.total_points.tenths(),
        applicable: max.tenths(),
        plus: bonus.map_or(0, |b| b.counted.tenths()),
    };
    let score = scale.score(awarded.tenths());
    let base_score = scale.base_score(awarded.tenths());
    let counts = base().fold(Counts::default(), |acc, g| Counts {
        answered: acc.answered + g.counts.answered,
        not_answered: acc.not_answered + g.counts.not_answered,
        not_applicable: acc.not_applicable + g.counts.not_applicable,
    });
    let total = TotalResult {
        awarded,
        max,
        score: Points::from_tenths(score),
        base: Points::from_tenths(base_score),
        bonus,
        scale: Points::from_tenths(scale.out_of()),
        rebased: scale.rebased,
        rate: rate(awarded, max),
        counts,
        range: ScoreRange {
            lower: Points::from_tenths(score),
            upper: Points::from_tenths(scale.score(awarded.tenths() + unanswered_max)),
        },
    };
    (groups, total, scale)
}

/// The bonus blocks together: each counts up to its own cap.
fn bonus(groups: &[GroupResult]) -> Option<BonusResult> {
    groups.iter().fold(None, |acc, g| {
        let cap = g.bonus_cap?;
        let acc = acc.unwrap_or(BonusResult {
            awarded: Points::ZERO,
            cap: Points::ZERO,
            counted: Points::ZERO,
        });
        Some(BonusResult {
            awarded: acc.awarded + g.awarded,
            cap: acc.cap + cap,
            counted: acc.counted + g.awarded.min(cap),
        })
    })
}

fn rate(part: Points, whole: Points) -> Rate {
    Rate {
        part: part.tenths(),
        whole: whole.tenths(),
    }
}
