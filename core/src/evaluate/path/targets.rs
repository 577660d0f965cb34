//! Better answers for one indicator, as concrete [`Answer`]s a test can apply.
//!
//! The planner asks two questions of each indicator: how many points could it reach at best
//! ([`best`]), and what is the least answer reaching a given number of points ([`least`]).
//! Both are answered from the rule directly rather than by listing every possible answer,
//! because the planner runs on every keystroke.

use super::super::calc;
use super::super::rules;
use crate::assessment::Answer;
use crate::pack::{CalcSpec, Calculator, Indicator, Rule, SubItem, SubItemMode};
use crate::{Decimal, Points};
use std::collections::{BTreeMap, BTreeSet};

/// A target answer and what it is worth.
#[derive(Clone, Debug)]
pub(super) struct Target {
    pub points: Points,
    pub answer: Answer,
}

/// The most points the indicator can reach, given that its calculator (if any) must reach
/// `need`; `None` when no acceptable answer does.
pub(super) fn best(
    ind: &Indicator,
    current: Option<&Answer>,
    need: Option<Decimal>,
) -> Option<Points> {
    let Rule::Calculator(c) = &ind.rule else {
        return Some(ind.max_points);
    };
    let (spec, base) = calculator_base(c, current);
    let reached = |target: Decimal| {
        let solution = calc::solve(spec, base, target)?;
        Some(rules::points_at(c, solution.value).0)
    };
    c.thresholds
        .iter()
        .rev()
        .find_map(|t| reached(need.map_or(t.at_least, |n| n.max(t.at_least))))
        .or_else(|| need.and_then(reached))
}

/// The least answer worth at least `min` points (and reaching `need`, for a calculator).
pub(super) fn least(
    ind: &Indicator,
    current: Option<&Answer>,
    min: Points,
    need: Option<Decimal>,
) -> Option<Target> {
    let max = ind.max_points;
    match &ind.rule {
        Rule::Levels { levels } => levels
            .iter()
            .filter(|l| l.points >= min)
            .min_by_key(|l| l.points)
            .map(|l| Target {
                points: l.points,
                answer: Answer::Level {
                    level: l.id.clone(),
                },
            }),
        Rule::SubItems { mode, items } => {
            let mut met = match current {
                Some(Answer::SubItems { met }) => met.clone(),
                _ => BTreeSet::new(),
            };
            if *mode == SubItemMode::AllRequired {
                met.extend(items.iter().map(|i| i.id.clone()));
                return (max >= min).then_some(Target {
                    points: max,
                    answer: Answer::SubItems { met },
                });
            }
            let mut points: Points = items
                .iter()
                .filter(|i| met.contains(&i.id))
                .map(|i| i.points)
                .sum();
            let mut unmet: Vec<&SubItem> = items.iter().filter(|i| !met.contains(&i.id)).collect();
            unmet.sort_by_key(|i| std::cmp::Reverse(i.points));
            for item in unmet {
                if points >= min {
                    break;
                }
                met.insert(item.id.clone());
                points += item.points;
            }
            (points >= min).then_some(Target {
                points,
                answer: Answer::SubItems { met },
            })
        }
        Rule::Deductions { per_finding, .. } => {
            if min > max {
                return None;
            }
            let per = per_finding.tenths().max(1);
            let count = u64::try_from((max - min).tenths() / per).unwrap_or(0);
            Some(Target {
                points: max - per_finding.times(count),
                answer: Answer::Findings { count },
            })
        }
        Rule::Calculator(c) => {
            let (spec, base) = calculator_base(c, current);
            let targets = need.into_iter().chain(
                c.thresholds
                    .iter()
                    .map(|t| need.map_or(t.at_least, |n| n.max(t.at_least))),
            );
            let target = targets.into_iter().find(|&target| {
                calc::solve(spec, base, target)
                    .is_some_and(|s| rules::points_at(c, s.value).0 >= min)
            })?;
            let values = calc::reach(spec, base, target)?;
            let value = calc::compute(spec, &values).ok()?;
            Some(Target {
                points: rules::points_at(c, value).0,
                answer: Answer::Inputs { values },
            })
        }
    }
}

fn calculator_base<'a>(
    c: &'a Calculator,
    current: Option<&'a Answer>,
) -> (&'a CalcSpec, &'a BTreeMap<String, Decimal>) {
    static EMPTY: BTreeMap<String, Decimal> = BTreeMap::new();
    let spec = &c.spec;
    match current {
        Some(Answer::Inputs { values }) => (spec, values),
        _ => (spec, &EMPTY),
    }
}
