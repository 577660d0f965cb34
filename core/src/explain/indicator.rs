//! How an indicator's points were reached, in one line.
//!
//! Scoring keeps *what* decided the points as a small [`Explanation`]; the line is worded
//! only when a row is shown, so a keystroke does not format two languages for every indicator.

use super::numbers as words;
use super::site::site_line;
use crate::pack::{Indicator, Rule, SubItemMode};
use crate::report::{Calculation, Explanation, IndicatorResult, Status};
use crate::{Lang, Localize, Text};

impl IndicatorResult {
    /// One line on how the points were reached, in zh and en, e.g.
    /// "4.3 批次/千人 ≥ 4 → 满分 3 分" / "4.3 batches per 1,000 ≥ 4 → full 3 points".
    /// `indicator` is this result's indicator in the pack evaluated.
    pub fn explain(&self, indicator: &Indicator) -> Text {
        explain(indicator, self)
    }
}

/// Words the explanation of `result`, which must be the result for `ind`; a recorded 现场检查
/// says what it found and took.
pub(super) fn explain(ind: &Indicator, result: &IndicatorResult) -> Text {
    let line = answer_line(ind, result);
    let Some(tally) = &result.site else {
        return line;
    };
    let site = site_line(tally);
    let (pz, pe) = words::points_of(result.awarded, ind.max_points);
    // "得满分 3 分", "得 2 分（满分 2.5 分）".
    let got = if result.awarded == ind.max_points {
        format!("得{pz}")
    } else {
        format!("得 {pz}")
    };
    match result.explanation {
        Explanation::Site => {
            Text::new(format!("{}，{got}", site.zh), format!("{} → {pe}", site.en))
        }
        _ if matches!(result.status, Status::Full | Status::Partial | Status::Zero) => Text::new(
            format!("{}；{} → 得 {pz}", line.zh, site.zh),
            format!("{}; {} → {pe}", line.en, site.en),
        ),
        _ => Text::new(
            format!("{}；{}（作答后计入）", line.zh, site.zh),
            format!("{}; {} (counted once answered)", line.en, site.en),
        ),
    }
}

/// The line for the answer alone.
fn answer_line(ind: &Indicator, result: &IndicatorResult) -> Text {
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
