//! One indicator: its answer, its rule, its points and the sentence that explains them.
//!
//! An answer that does not fit the rule (a level the pack does not have, a missing figure, a
//! population of 0) is never guessed at: it scores 0, counts as not answered, and says why.

use super::calc::{self, Spec};
use super::words;
use crate::assessment::{Answer, Entry};
use crate::pack::{Calculator, Indicator, Rule, SubItemMode};
use crate::report::{Calculation, IndicatorResult, Problem, Status};
use crate::{Decimal, Lang, Localize, Points, Text};
use std::collections::{BTreeMap, BTreeSet};

/// Scores one indicator of group `group`.
pub(crate) fn score(group: &str, ind: &Indicator, entry: Option<&Entry>) -> IndicatorResult {
    let mut result = IndicatorResult {
        id: ind.id.clone(),
        group: group.to_owned(),
        awarded: Points::ZERO,
        max: ind.max_points,
        status: Status::NotAnswered,
        explanation: Text::new("尚未作答", "Not answered yet"),
        calculation: None,
    };
    let Some(answer) = entry.and_then(|e| e.answer.as_ref()) else {
        return result;
    };
    let outcome = match (&ind.rule, answer) {
        (_, Answer::NotApplicable { reason }) => {
            if ind.na_allowed {
                result.status = Status::NotApplicable;
                result.explanation = not_applicable(reason);
                return result;
            }
            Err(Problem::NotApplicableNotAllowed)
        }
        (Rule::Levels { levels }, Answer::Level { level }) => {
            match levels.iter().find(|l| &l.id == level) {
                Some(l) => Ok(level_points(l.points, ind.max_points, &l.name)),
                None => Err(Problem::UnknownLevel {
                    level: level.clone(),
                }),
            }
        }
        (Rule::SubItems { mode, items }, Answer::SubItems { met }) => {
            Ok(sub_items(*mode, items, met, ind.max_points))
        }
        (
            Rule::Deductions {
                per_finding,
                finding,
            },
            Answer::Findings { count },
        ) => Ok(deductions(*per_finding, finding, *count, ind.max_points)),
        (Rule::Calculator(c), Answer::Inputs { values }) => calculator(c, values, ind.max_points)
            .map(|(points, text, calculation)| {
                result.calculation = Some(calculation);
                (points, text)
            }),
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
            result.explanation = cannot_compute(&problem);
            result.status = Status::CannotCompute(problem);
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

fn not_applicable(reason: &str) -> Text {
    if reason.trim().is_empty() {
        Text::new("不适用", "Not applicable")
    } else {
        Text::new(
            format!("不适用：{reason}"),
            format!("Not applicable: {reason}"),
        )
    }
}

fn cannot_compute(problem: &Problem) -> Text {
    Text::new(problem.message(Lang::Zh), problem.message(Lang::En))
}

type Scored = (Points, Text);

fn level_points(points: Points, max: Points, name: &Text) -> Scored {
    let (zh, en) = words::points_of(points, max);
    let text = Text::new(
        format!("选择“{}” → {zh}", name.zh),
        format!("“{}” → {en}", name.get(Lang::En)),
    );
    (points, text)
}

fn sub_items(
    mode: SubItemMode,
    items: &[crate::pack::SubItem],
    met: &BTreeSet<String>,
    max: Points,
) -> Scored {
    let met_items = items.iter().filter(|i| met.contains(&i.id));
    let n_met = met_items.clone().count();
    let n = items.len();
    let sum: Points = met_items.map(|i| i.points).sum();
    let points = match mode {
        SubItemMode::Sum => sum,
        SubItemMode::AllRequired if n_met == n => max,
        SubItemMode::AllRequired => Points::ZERO,
    };
    let (pz, pe) = words::points_of(points, max);
    let text = if n_met == n {
        Text::new(
            format!("满足全部 {n} 项要点 → {pz}"),
            format!("All {n} items met → {pe}"),
        )
    } else if mode == SubItemMode::AllRequired {
        Text::new(
            format!("满足 {n_met}/{n} 项要点，须全部满足 → {pz}"),
            format!("{n_met} of {n} items met; all are required → {pe}"),
        )
    } else {
        Text::new(
            format!("满足 {n_met}/{n} 项要点 → {pz}"),
            format!("{n_met} of {n} items met → {pe}"),
        )
    };
    (points, text)
}

fn deductions(per: Points, finding: &Text, count: u64, max: Points) -> Scored {
    if count == 0 {
        let text = Text::new(
            format!("无{} → 满分 {max} 分", finding.zh),
            format!("No {} → full {max} points", finding.get(Lang::En)),
        );
        return (max, text);
    }
    let deducted = i128::from(count) * i128::from(per.tenths());
    let awarded = Points::from_tenths((i128::from(max.tenths()) - deducted).max(0) as i64);
    let d = words::tenths(deducted);
    let (fz, fe) = (&finding.zh, finding.get(Lang::En));
    let text = if deducted > i128::from(max.tenths()) {
        Text::new(
            format!("{count} 处{fz} × {per} = 扣 {d} 分，扣完为止，得 0 分"),
            format!("{count} × {per} ({fe}) = {d} deducted, capped at {max} → 0 points"),
        )
    } else {
        Text::new(
            format!("{count} 处{fz} × {per} = 扣 {d} 分，得 {awarded} 分"),
            format!("{count} × {per} ({fe}) = {d} deducted → {awarded} of {max} points"),
        )
    };
    (awarded, text)
}

/// A calculator's points, explanation and value with its unit.
pub(crate) fn calculator(
    c: &Calculator,
    values: &BTreeMap<String, Decimal>,
    max: Points,
) -> Result<(Points, Text, Calculation), Problem> {
    let spec = Spec {
        inputs: &c.inputs,
        formula: &c.formula,
    };
    let value = calc::compute(spec, values)?;
    let calculation = calculation(value, &c.result_unit);
    let reached = c.thresholds.iter().rev().find(|t| value >= t.at_least);
    let shown = &calculation.text;
    let (points, text) = match reached {
        Some(t) => {
            let (pz, pe) = words::points_of(t.points, max);
            let at = words::exact(t.at_least);
            (
                t.points,
                Text::new(
                    format!("{} ≥ {at} → {pz}", shown.zh),
                    format!("{} ≥ {at} → {pe}", shown.en),
                ),
            )
        }
        None => {
            let at = c
                .thresholds
                .first()
                .map_or_else(String::new, |t| words::exact(t.at_least));
            (
                Points::ZERO,
                Text::new(
                    format!("{} < {at} → 0 分", shown.zh),
                    format!("{} < {at} → 0 points", shown.en),
                ),
            )
        }
    };
    Ok((points, text, calculation))
}

/// A value with its unit, ready to show.
pub(crate) fn calculation(value: Decimal, unit: &Text) -> Calculation {
    Calculation {
        value,
        unit: unit.clone(),
        text: words::with_unit(&words::value(value), unit),
    }
}
