//! 自评情况/计算依据: why an indicator got its points, in one cell of the 自评表.
//!
//! [`IndicatorResult::explain`] says in a line how the points were reached; the basis adds what the
//! city answered, so that a reviewer can check the score without the app: which scoring points
//! are met and which are not, how many findings, the typed figures and the formula. Where the
//! explanation already says everything (a level, the findings and what they cost, N/A with its
//! reason, an unanswered or uncomputable answer) the basis *is* the explanation, so a screen, a printout and a file can
//! never word the same answer two ways.

use super::indicator::explain;
use super::numbers as words;
use crate::assessment::Answer;
use crate::pack::{Calculator, Formula, Indicator, Rule, SubItemMode};
use crate::report::{Explanation, IndicatorResult};
use crate::{Decimal, Lang, Text};
use std::collections::{BTreeMap, BTreeSet};

impl IndicatorResult {
    /// 自评情况/计算依据: why the points, with what the city answered, in zh and en, e.g.
    /// "满足①②，未满足③ → 2 分（满分 3 分）", "发现 2 处，每处扣 0.5 分，共扣 1 分 → 2 分（满分 3 分）",
    /// "5,270 批次 ÷ 1,226,000 人 × 1,000 = 4.29 批次/千人 ≥ 4 → 满分 4 分", "不适用：本市无此类单位",
    /// "未作答", or the problem when it cannot be computed. `indicator` is this result's
    /// indicator and `answer` the answer it was scored from (the assessment's entry for it);
    /// where the answer adds nothing this is [`IndicatorResult::explain`].
    pub fn basis(&self, indicator: &Indicator, answer: Option<&crate::Answer>) -> Text {
        basis(indicator, self, answer)
    }
}

/// The basis of `result`, the result for `ind`, given the answer it was scored from.
pub(super) fn basis(ind: &Indicator, result: &IndicatorResult, answer: Option<&Answer>) -> Text {
    match (&result.explanation, &ind.rule, answer) {
        (Explanation::NotAnswered, _, _) => result.status.label(),
        (
            Explanation::SubItems { .. },
            Rule::SubItems { mode, items },
            Some(Answer::SubItems { met }),
        ) => sub_items(ind, result, *mode, items, met),
        (Explanation::Calculator { .. }, Rule::Calculator(c), Some(Answer::Inputs { values })) => {
            let inputs = formula(c, values);
            let outcome = explain(ind, result);
            match inputs {
                Some(inputs) => Text::new(
                    format!("{} = {}", inputs.zh, outcome.zh),
                    format!("{} = {}", inputs.en, outcome.get(Lang::En)),
                ),
                None => outcome,
            }
        }
        _ => explain(ind, result),
    }
}

/// "满足①②，未满足③ → 2 分（满分 3 分）" / "Met (1) (2); not met (3) → 2 of 3 points".
fn sub_items(
    ind: &Indicator,
    result: &IndicatorResult,
    mode: SubItemMode,
    items: &[crate::pack::SubItem],
    met: &BTreeSet<String>,
) -> Text {
    let (mut yes, mut no) = ((String::new(), Vec::new()), (String::new(), Vec::new()));
    for (n, item) in items.iter().enumerate() {
        let side = if met.contains(&item.id) {
            &mut yes
        } else {
            &mut no
        };
        side.0.push_str(&circled(n + 1));
        side.1.push(format!("({})", n + 1));
    }
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    if !yes.0.is_empty() {
        zh.push(format!("满足{}", yes.0));
        en.push(format!("Met {}", yes.1.join(" ")));
    }
    if !no.0.is_empty() {
        zh.push(format!("未满足{}", no.0));
        en.push(format!("not met {}", no.1.join(" ")));
    }
    let (mut zh, mut en) = (zh.join("，"), en.join("; "));
    if mode == SubItemMode::AllRequired && !no.0.is_empty() {
        zh.push_str("；须全部满足");
        en.push_str("; all are required");
    }
    let (pz, pe) = words::points_of(result.awarded, ind.max_points);
    Text::new(
        format!("{zh} → {pz}"),
        format!("{} → {pe}", capitalized(&en)),
    )
}

/// ① to ⑳ as in the pack's 评分标准, then "(21)".
fn circled(n: usize) -> String {
    match u32::try_from(n) {
        Ok(k @ 1..=20) => char::from_u32(0x245F + k).map_or_else(|| format!("({n})"), String::from),
        _ => format!("({n})"),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The typed figures in the formula, "5,270 批次 ÷ 1,226,000 人 × 1,000"; `None` for a
/// value typed as it is (the explanation shows it) or when a figure is missing.
fn formula(c: &Calculator, values: &BTreeMap<String, Decimal>) -> Option<Text> {
    let figure = |id: &str| {
        let input = c.spec.inputs.iter().find(|i| i.id == id)?;
        Some(words::figure(*values.get(id)?, &input.unit))
    };
    let both = |a: &Text, b: &Text, f: &dyn Fn(&str, &str) -> String| {
        Text::new(f(&a.zh, &b.zh), f(a.get(Lang::En), b.get(Lang::En)))
    };
    match &c.spec.formula {
        Formula::PerThousand { count, population } => {
            Some(both(&figure(count)?, &figure(population)?, &|a, b| {
                format!("{a} ÷ {b} × 1,000")
            }))
        }
        Formula::Percentage { part, whole } => {
            Some(both(&figure(part)?, &figure(whole)?, &|a, b| {
                format!("{a} ÷ {b} × 100%")
            }))
        }
        Formula::Growth { current, previous } => {
            Some(both(&figure(current)?, &figure(previous)?, &|a, b| {
                format!("({a} − {b}) ÷ {b} × 100%")
            }))
        }
        Formula::Value { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scoring_points_are_numbered_as_in_the_pack() {
        assert_eq!(circled(1), "①");
        assert_eq!(circled(3), "③");
        assert_eq!(circled(20), "⑳");
        assert_eq!(circled(21), "(21)");
    }
}
