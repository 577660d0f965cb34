//! One indicator: its answer, its rule, its points, and the sentence that explains them.
//!
//! An answer that does not fit the rule (a level the pack does not have, a missing figure, a
//! population of 0) is never guessed at: it scores 0, counts as not answered, and says why.
//!
//! Scoring records *what happened* as a small [`Explanation`]; the sentence is only worded
//! when someone reads it ([`explain`]). Formatting two languages for every indicator on every
//! keystroke would cost more than all the arithmetic together.

use super::calc;
use super::words;
use crate::assessment::{Answer, Entry};
use crate::pack::{Calculator, Indicator, Rule, SubItemMode};
use crate::report::{Calculation, Explanation, Id, IndicatorResult, Problem, Status};
use crate::{Decimal, Lang, Localize, Points, Text};
use std::collections::BTreeMap;

/// Scores one indicator.
pub(crate) fn score(ind: &Indicator, entry: Option<&Entry>) -> IndicatorResult {
    let mut result = IndicatorResult {
        id: Id::new(&ind.id),
        awarded: Points::ZERO,
        max: ind.max_points,
        status: Status::NotAnswered,
        explanation: Explanation::NotAnswered,
        calculation: None,
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
    let calculation = calc::calculation(spec, values)?;
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

/// Words the explanation of `result`, which must be the result for `ind`.
pub(crate) fn explain(ind: &Indicator, result: &IndicatorResult) -> Text {
    let max = ind.max_points;
    let awarded = result.awarded;
    let (pz, pe) = words::points_of(awarded, max);
    match (&result.explanation, &ind.rule) {
        (Explanation::NotAnswered, _) => Text::new("尚未作答", "Not answered yet"),
        (Explanation::NotApplicable { reason }, _) if reason.trim().is_empty() => {
            Text::new("不适用", "Not applicable")
        }
        (Explanation::NotApplicable { reason }, _) => Text::new(
            format!("不适用：{reason}"),
            format!("Not applicable: {reason}"),
        ),
        (Explanation::CannotCompute, _) => match &result.status {
            Status::CannotCompute(problem) => {
                Text::new(problem.message(Lang::Zh), problem.message(Lang::En))
            }
            _ => Text::new("无法计算", "Cannot compute"),
        },
        (Explanation::Level { level }, Rule::Levels { levels }) => {
            let name = levels
                .get(*level)
                .map(|l| l.name.clone())
                .unwrap_or_default();
            Text::new(
                format!("选择“{}” → {pz}", name.zh),
                format!("“{}” → {pe}", name.get(Lang::En)),
            )
        }
        (Explanation::SubItems { met }, Rule::SubItems { mode, items }) => {
            let n = items.len();
            if *met == n {
                Text::new(
                    format!("满足全部 {n} 项要点 → {pz}"),
                    format!("All {n} items met → {pe}"),
                )
            } else if *mode == SubItemMode::AllRequired {
                Text::new(
                    format!("满足 {met}/{n} 项要点，须全部满足 → {pz}"),
                    format!("{met} of {n} items met; all are required → {pe}"),
                )
            } else {
                Text::new(
                    format!("满足 {met}/{n} 项要点 → {pz}"),
                    format!("{met} of {n} items met → {pe}"),
                )
            }
        }
        (
            Explanation::Deductions { count },
            Rule::Deductions {
                per_finding: per, ..
            },
        ) => {
            // The finding's definition belongs to the rule, not to the sum: "发现 1 处问题".
            if *count == 0 {
                return Text::new("未发现问题 → 满分", "No findings → full marks");
            }
            let deducted = i128::from(*count) * i128::from(per.tenths());
            let d = words::tenths(deducted);
            let findings = if *count == 1 { "finding" } else { "findings" };
            let points = if deducted == 10 { "point" } else { "points" };
            let (zh, en) = (
                format!("发现 {count} 处问题 × {per} = 扣 {d} 分"),
                format!("{count} {findings} × {per} = {d} {points} deducted"),
            );
            if deducted > i128::from(max.tenths()) {
                Text::new(
                    format!("{zh}，单项扣完为止，得 0 分"),
                    format!("{en}, at most {max} → 0 points"),
                )
            } else {
                Text::new(format!("{zh}，得 {awarded} 分"), format!("{en} → {pe}"))
            }
        }
        (Explanation::Calculator { threshold }, Rule::Calculator(c)) => {
            let shown = result
                .calculation
                .as_ref()
                .map(Calculation::text)
                .unwrap_or_default();
            match threshold.and_then(|n| c.thresholds.get(n)) {
                Some(t) => {
                    let (op, at) = words::reached(t.at_least);
                    Text::new(
                        format!("{} {op} {at} → {pz}", shown.zh),
                        format!("{} {op} {at} → {pe}", shown.en),
                    )
                }
                None => {
                    let (op, at) = c
                        .thresholds
                        .first()
                        .map_or(("<", String::new()), |t| words::below(t.at_least));
                    Text::new(
                        format!("{} {op} {at} → 0 分", shown.zh),
                        format!("{} {op} {at} → 0 points", shown.en),
                    )
                }
            }
        }
        _ => Text::new(pz, pe),
    }
}
