//! The path to pass in words: each step, and why a city cannot pass.

use super::numbers as words;
use crate::assessment::Answer;
use crate::pack::{Indicator, Rule};
use crate::report::Improvement;
use crate::{Decimal, Lang, Points, Text};

/// What a calculator step's target answer computes to, worked out by the evaluation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reached {
    /// The value the target figures give.
    pub value: Decimal,
    /// Whether the threshold it reaches is the smallest positive step ("above zero").
    pub above_zero: bool,
}

/// The step in plain words, e.g. "C-02 抽检量：数值达到 4 批次/千人（…）（4.5 → 9 分）".
pub(crate) fn improvement(
    indicator: &Indicator,
    step: &Improvement,
    reached: Option<Reached>,
) -> Text {
    let (zh, en) = describe(indicator, step, reached);
    let (id, from, to) = (&indicator.id, step.from, step.to);
    Text::new(
        format!("{id} {}：{zh}（{from} → {to} 分）", indicator.name.zh),
        format!(
            "{id} {}: {en} ({from} → {to} points)",
            indicator.name.get(Lang::En)
        ),
    )
}

/// The step's action in words: which level, which items, how many findings, what value.
fn describe(ind: &Indicator, step: &Improvement, reached: Option<Reached>) -> (String, String) {
    match (&ind.rule, &step.target) {
        (Rule::Levels { levels }, Answer::Level { level }) => {
            let name = levels.iter().find(|l| &l.id == level).map(|l| &l.name);
            let (zh, en) = name.map_or((level.as_str(), level.as_str()), |n| {
                (n.zh.as_str(), n.get(Lang::En))
            });
            (format!("达到“{zh}”"), format!("reach “{en}”"))
        }
        (Rule::SubItems { items, .. }, Answer::SubItems { met }) => {
            let met: Vec<_> = items.iter().filter(|i| met.contains(&i.id)).collect();
            let zh: Vec<&str> = met.iter().map(|i| i.text.zh.as_str()).collect();
            let en: Vec<&str> = met.iter().map(|i| i.text.get(Lang::En)).collect();
            (
                format!("满足要点：{}", zh.join("；")),
                format!("meet: {}", en.join("; ")),
            )
        }
        // The finding's definition belongs to the rule, not to the step.
        (Rule::Deductions { .. }, Answer::Findings { count: 0 }) => {
            ("不再发现问题".to_owned(), "have no findings".to_owned())
        }
        (Rule::Deductions { .. }, Answer::Findings { count }) => {
            let findings = if *count == 1 { "finding" } else { "findings" };
            (
                format!("发现的问题减少到 {count} 处"),
                format!("bring it down to {count} {findings}"),
            )
        }
        (Rule::Calculator(c), Answer::Inputs { values }) => {
            let shown = reached
                .map(|r| words::with_unit(&words::value(r.value), &c.spec.result_unit))
                .unwrap_or_default();
            let figures: Vec<(String, String)> = c
                .spec
                .inputs
                .iter()
                .filter_map(|i| {
                    // Exact: a figure raised by the least step must not print as the old one.
                    let fig = words::exact(*values.get(&i.id)?);
                    Some((
                        format!("{} {fig}", i.label.zh),
                        format!("{} {fig}", i.label.get(Lang::En)),
                    ))
                })
                .collect();
            let zh: Vec<&str> = figures.iter().map(|f| f.0.as_str()).collect();
            let en: Vec<&str> = figures.iter().map(|f| f.1.as_str()).collect();
            // A target of "above zero" is met by the least step above it; name the threshold,
            // not a value that prints as 0.
            if reached.is_some_and(|r| r.above_zero) {
                let zero = words::with_unit("0", &c.spec.result_unit);
                return (
                    format!("数值大于 {}（如 {}）", zero.zh, zh.join("，")),
                    format!("bring the value above {} (e.g. {})", zero.en, en.join(", ")),
                );
            }
            (
                format!("数值达到 {}（如 {}）", shown.zh, zh.join("，")),
                format!("bring the value to {} (e.g. {})", shown.en, en.join(", ")),
            )
        }
        _ => ("按目标作答".to_owned(), "answer as targeted".to_owned()),
    }
}

/// A declared veto: "否决项：重大事故（已申报发生），无法通过整改消除".
pub(crate) fn declared_veto(name: &Text) -> Text {
    Text::new(
        format!("否决项：{}（已申报发生），无法通过整改消除", name.zh),
        format!(
            "Veto: {} (declared); no improvement can undo it",
            name.get(Lang::En)
        ),
    )
}

/// The step for an undeclared veto: confirm it did not happen.
pub(crate) fn confirm_no(name: &Text) -> Text {
    Text::new(
        format!("确认否决项“{}”未发生", name.zh),
        format!("Confirm that veto “{}” did not happen", name.get(Lang::En)),
    )
}

/// The value a threshold veto must reach, with its unit; "above 0" for the smallest step.
fn veto_target(at_least: Decimal, unit: &Text) -> (Text, &'static str, &'static str) {
    if at_least == Decimal::STEP {
        (words::with_unit("0", unit), "大于", "above")
    } else {
        (
            words::with_unit(&words::exact(at_least), unit),
            "达到",
            "to",
        )
    }
}

/// The step for a veto with figures of its own: "否决项“…”：数值达到 4 批次/千人".
pub(crate) fn raise_veto(name: &Text, at_least: Decimal, unit: &Text) -> Text {
    let (shown, zh_verb, en_verb) = veto_target(at_least, unit);
    Text::new(
        format!("否决项“{}”：数值{zh_verb} {}", name.zh, shown.zh),
        format!(
            "Veto “{}”: bring the value {en_verb} {}",
            name.get(Lang::En),
            shown.en
        ),
    )
}

/// A veto whose own figures cannot reach its threshold.
pub(crate) fn unreachable_veto(name: &Text, at_least: Decimal, unit: &Text) -> Text {
    let (shown, _, _) = veto_target(at_least, unit);
    Text::new(
        format!("否决项：{} 无法达到 {}", name.zh, shown.zh),
        format!("Veto: {} cannot reach {}", name.get(Lang::En), shown.en),
    )
}

/// A veto whose indicator cannot reach the value it needs.
pub(crate) fn unreachable_veto_indicator(veto: &str, indicator: &str) -> Text {
    Text::new(
        format!("否决项 {veto}：指标 {indicator} 的数值无法达到要求"),
        format!("Veto {veto}: indicator {indicator} cannot reach the required value"),
    )
}

/// A key item that cannot reach its floor.
pub(crate) fn unreachable_key_item(indicator: &str) -> Text {
    Text::new(
        format!("关键项 {indicator} 无法达到下限"),
        format!("Key item {indicator} cannot reach its floor"),
    )
}

/// The total cannot reach the pass mark even with the best reachable points everywhere.
pub(crate) fn total_cannot_reach(most: Points, min: Points) -> Text {
    Text::new(
        format!("即使每项都取得可达到的最高分，总分最多 {most} < {min}"),
        format!(
            "Even with the best reachable points everywhere the total is at most {most} < {min}"
        ),
    )
}
