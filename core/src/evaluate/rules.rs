//! One indicator: its answer, its rule, its points, and the sentence that explains them.
//!
//! An answer that does not fit the rule (a level the pack does not have, a missing figure, a
//! population of 0) is never guessed at: it scores 0, counts as not answered, and says why.
//!
//! Scoring records *what happened* as a small [`Explanation`]; the sentence is only worded
//! when someone reads it ([`IndicatorResult::explain`]). Formatting two languages for every indicator on every
//! keystroke would cost more than all the arithmetic together.

use super::calc;

use crate::assessment::site::SiteTally;
use crate::assessment::{Answer, Entry};
use crate::pack::{Calculator, Indicator, Rule, SubItemMode};
use crate::report::{CalcWarning, Calculation, Explanation, Id, IndicatorResult, Problem, Status};
use crate::{Decimal, Points};
use std::collections::BTreeMap;

/// Scores one indicator: its answer, then what recorded 现场检查 found on it.
pub(crate) fn score(ind: &Indicator, entry: Option<&Entry>) -> IndicatorResult {
    let mut result = answered(ind, entry);
    if let Some(tally) = entry.and_then(|e| e.site) {
        with_site(ind, &mut result, tally);
    }
    result
}

/// Site findings decide a deductions indicator (the typed count gives way: never both); on any
/// other rule they come off the answer's points, down to zero (单项扣完为止), and wait for an
/// answer when there is none.
fn with_site(ind: &Indicator, result: &mut IndicatorResult, tally: SiteTally) {
    result.site = Some(tally);
    let from = match ind.rule {
        Rule::Deductions { .. } => {
            result.explanation = Explanation::Site;
            result.calculation = None;
            ind.max_points
        }
        _ if matches!(result.status, Status::Full | Status::Partial | Status::Zero) => {
            result.awarded
        }
        _ => return,
    };
    let awarded = (from - tally.deduction)
        .max(Points::ZERO)
        .min(ind.max_points);
    result.awarded = awarded;
    result.status = status_of(awarded, ind.max_points);
}

/// Scores the answer alone.
fn answered(ind: &Indicator, entry: Option<&Entry>) -> IndicatorResult {
    let mut result = IndicatorResult {
        id: Id::new(&ind.id),
        awarded: Points::ZERO,
        max: ind.max_points,
        status: Status::NotAnswered,
        explanation: Explanation::NotAnswered,
        calculation: None,
        site: None,
    };
    let Some(answer) = entry.and_then(|e| e.answer.as_ref()) else {
        return result;
    };
    let outcome = match (&ind.rule, answer) {
        (_, Answer::NotApplicable { reason }) => {
            if ind.na_allowed {
                result.status = Status::NotApplicable;
                result.explanation = Explanation::NotApplicable {
                    reason: reason.clone(),
                };
                return result;
            }
            Err(Problem::NotApplicableNotAllowed)
        }
        (Rule::Levels { levels }, Answer::Level { level }) => {
            match levels.iter().position(|l| &l.id == level) {
                Some(n) => Ok((levels[n].points, Explanation::Level { level: n })),
                None => Err(Problem::UnknownLevel {
                    level: level.clone(),
                }),
            }
        }
        (Rule::SubItems { mode, items }, Answer::SubItems { met }) => {
            let met_items = items.iter().filter(|i| met.contains(&i.id));
            let n_met = met_items.clone().count();
            let points = match mode {
                SubItemMode::Sum => met_items.map(|i| i.points).sum(),
                SubItemMode::AllRequired if n_met == items.len() => ind.max_points,
                SubItemMode::AllRequired => Points::ZERO,
            };
            Ok((points, Explanation::SubItems { met: n_met }))
        }
        (Rule::Deductions { per_finding, .. }, Answer::Findings { count }) => {
            let deducted = i128::from(*count) * i128::from(per_finding.tenths());
            let left = (i128::from(ind.max_points.tenths()) - deducted).max(0);
            let points = Points::from_tenths(left as i64);
            Ok((points, Explanation::Deductions { count: *count }))
        }
        (Rule::Calculator(c), Answer::Inputs { values }) => {
            calculator(c, values).map(|(points, threshold, calculation)| {
                result.calculation = Some(calculation);
                (points, Explanation::Calculator { threshold })
            })
        }
        _ => Err(Problem::WrongAnswerKind),
    };
    match outcome {
        Ok((points, explanation)) => {
            let awarded = points.max(Points::ZERO).min(ind.max_points);
            result.awarded = awarded;
            result.status = status_of(awarded, ind.max_points);
            result.explanation = explanation;
        }
        Err(problem) => {
            result.status = Status::CannotCompute(problem);
            result.explanation = Explanation::CannotCompute;
        }
    }
    result
}

fn status_of(awarded: Points, max: Points) -> Status {
    if awarded >= max {
        Status::Full
    } else if awarded <= Points::ZERO {
        Status::Zero
    } else {
        Status::Partial
    }
}

/// A calculator's points, the index of the threshold reached, and the value with its unit.
pub(crate) fn calculator(
    c: &Calculator,
    values: &BTreeMap<String, Decimal>,
) -> Result<(Points, Option<usize>, Calculation), Problem> {
    let spec = &c.spec;
    let mut calculation = calc::calculation(spec, values)?;
    // Questioned against the threshold only when the absolute limits have not said it already.
    let absolute = calculation.warnings.iter().any(|w| {
        matches!(
            w,
            CalcWarning::MoreThanOnePerResident { .. } | CalcWarning::PartAboveWhole { .. }
        )
    });
    if !absolute {
        calculation
            .warnings
            .extend(calc::far_above_full_marks(c, calculation.value));
    }
    let (points, threshold) = points_at(c, calculation.value);
    Ok((points, threshold, calculation))
}

/// The points a calculator gives for `value`, and the index of the threshold reached.
pub(crate) fn points_at(c: &Calculator, value: Decimal) -> (Points, Option<usize>) {
    match c.thresholds.iter().rposition(|t| value >= t.at_least) {
        Some(n) => (c.thresholds[n].points, Some(n)),
        None => (Points::ZERO, None),
    }
}
