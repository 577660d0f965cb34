//! The better answers an indicator could have, each a concrete [`Answer`], lowest points first.
//! The path to pass picks from these, so every step it proposes can be typed in as it stands.

use super::super::calc::{self, Spec};
use super::super::rules;
use crate::assessment::Answer;
use crate::pack::{Calculator, Indicator, Rule, SubItemMode};
use crate::{Decimal, Points};
use std::collections::BTreeSet;

/// At most this many rungs for a deductions rule; a pack deducting 0.1 from 1,000 points would
/// otherwise offer ten thousand. The top rungs (fewest findings) are the ones kept.
const MAX_DEDUCTION_RUNGS: u64 = 200;

/// One better answer.
#[derive(Clone, Debug)]
pub(super) struct Rung {
    pub points: Points,
    pub answer: Answer,
    /// The calculator's value with this answer.
    pub value: Option<Decimal>,
}

/// Better answers than `current` (worth `now` points), ascending by points. For a calculator
/// with a veto `need`, answers reaching the need are included even when they add no points.
pub(super) fn ladder(
    ind: &Indicator,
    current: Option<&Answer>,
    now: Points,
    need: Option<Decimal>,
) -> Vec<Rung> {
    let max = ind.max_points;
    let mut rungs = match &ind.rule {
        Rule::Levels { levels } => levels
            .iter()
            .map(|l| Rung {
                points: l.points,
                answer: Answer::Level {
                    level: l.id.clone(),
                },
                value: None,
            })
            .collect(),
        Rule::SubItems { mode, items } => {
            let mut met = match current {
                Some(Answer::SubItems { met }) => met.clone(),
                _ => BTreeSet::new(),
            };
            let mut unmet: Vec<_> = items.iter().filter(|i| !met.contains(&i.id)).collect();
            unmet.sort_by_key(|i| std::cmp::Reverse(i.points));
            let mut points: Points = items
                .iter()
                .filter(|i| met.contains(&i.id))
                .map(|i| i.points)
                .sum();
            let mut rungs = Vec::new();
            for item in unmet {
                met.insert(item.id.clone());
                points += item.points;
                if *mode == SubItemMode::Sum {
                    rungs.push(rung(points, Answer::SubItems { met: met.clone() }));
                }
            }
            if *mode == SubItemMode::AllRequired {
                rungs.push(rung(max, Answer::SubItems { met }));
            }
            rungs
        }
        Rule::Deductions { per_finding, .. } => {
            let per = per_finding.tenths().max(1);
            let to_zero = u64::try_from((max.tenths() + per - 1) / per).unwrap_or(0);
            (0..to_zero.min(MAX_DEDUCTION_RUNGS))
                .rev()
                .map(|count| {
                    let points = max - per_finding.times(count);
                    rung(points, Answer::Findings { count })
                })
                .collect()
        }
        Rule::Calculator(c) => return calculator(c, current, now, need, max),
    };
    rungs.retain(|r| r.points > now);
    rungs.sort_by_key(|r| r.points);
    rungs.dedup_by_key(|r| r.points);
    rungs
}

fn rung(points: Points, answer: Answer) -> Rung {
    Rung {
        points,
        answer,
        value: None,
    }
}

fn calculator(
    c: &Calculator,
    current: Option<&Answer>,
    now: Points,
    need: Option<Decimal>,
    max: Points,
) -> Vec<Rung> {
    let spec = Spec {
        inputs: &c.inputs,
        formula: &c.formula,
    };
    let base = match current {
        Some(Answer::Inputs { values }) => values.clone(),
        _ => Default::default(),
    };
    let targets = c
        .thresholds
        .iter()
        .map(|t| need.map_or(t.at_least, |n| n.max(t.at_least)))
        .chain(need);
    let mut rungs: Vec<Rung> = Vec::new();
    for target in targets {
        let Some(values) = calc::reach(spec, &base, target) else {
            continue;
        };
        let Ok((points, _, calculation)) = rules::calculator(c, &values, max) else {
            continue;
        };
        let useful = points > now || need.is_some_and(|n| calculation.value >= n);
        if useful {
            rungs.push(Rung {
                points,
                answer: Answer::Inputs { values },
                value: Some(calculation.value),
            });
        }
    }
    rungs.sort_by(|a, b| a.points.cmp(&b.points).then(a.value.cmp(&b.value)));
    rungs.dedup_by_key(|r| r.points);
    rungs
}
