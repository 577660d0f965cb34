//! Worked examples: how an indicator is scored, shown on one made-up answer.
//!
//! Trainers explain a rule best with a case that is neither perfect nor hopeless, so the answer
//! picked is a *partial* one wherever the rule has partial points: the middle level, all
//! sub-items but one, two findings, figures that land between two thresholds. The points are
//! not worked out here: the answer is scored by [`crate::evaluate`] itself, so an example can
//! never teach a rule the app does not apply. The words come only from the pack's data (level
//! and sub-item names, the finding, input labels, units, thresholds), never from text written
//! for one indicator, so a pack a city edits gets examples for free.

use crate::assessment::Answer;
use crate::evaluate::calc;
use crate::explain::numbers::{self as words, figure};
use crate::pack::{
    Calculator, Formula, Group, Indicator, Level, PassRule, Rule, SubItem, SubItemMode,
};
use crate::report::{Explanation, IndicatorResult};
use crate::{evaluate, Assessment, Decimal, Lang, Pack, Points, Text};
use std::collections::BTreeMap;

/// One answer to an indicator, the points it earns and the reasoning in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkedExample {
    /// The answer the example assumes; entering it in the app gives `points`.
    pub answer: Answer,
    /// The points [`crate::evaluate`] gives that answer.
    pub points: Points,
    /// The example in plain words, e.g. "例：… → 3.5 批次/千人，≥ 3 未达 4，得 2 分（满分 4 分）".
    pub text: Text,
}

/// The population of the example city, for per-thousand rates.
const EXAMPLE_POPULATION: i64 = 450_000;
/// The whole of an example percentage (200 canteens, 200 failed batches…).
const EXAMPLE_WHOLE: i64 = 200;
/// Last year's amount in an example growth rate.
const EXAMPLE_PREVIOUS: i64 = 8_000;

/// The worked example for `indicator`, one of `pack`'s indicators.
pub fn worked_example(pack: &Pack, indicator: &Indicator) -> WorkedExample {
    let answer = example_answer(indicator);
    let result = score(pack, indicator, &answer);
    let text = describe(indicator, &answer, &result);
    WorkedExample {
        answer,
        points: result.awarded,
        text,
    }
}

/// A representative partial answer for the indicator's rule.
fn example_answer(ind: &Indicator) -> Answer {
    match &ind.rule {
        Rule::Levels { levels } => Answer::Level {
            level: middle_level(levels, ind.max_points)
                .map(|l| l.id.clone())
                .unwrap_or_default(),
        },
        Rule::SubItems { items, .. } => {
            let left_out = left_out(items).map(|i| i.id.as_str());
            let met = items
                .iter()
                .map(|i| i.id.as_str())
                .filter(|id| Some(*id) != left_out)
                .map(str::to_owned)
                .collect();
            Answer::SubItems { met }
        }
        Rule::Deductions { per_finding, .. } => Answer::Findings {
            count: findings(*per_finding, ind.max_points),
        },
        Rule::Calculator(c) => Answer::Inputs {
            values: figures(c, ind.max_points),
        },
    }
}

/// A level worth some but not all points, nearest the middle of the list; else the middle one.
fn middle_level(levels: &[Level], max: Points) -> Option<&Level> {
    let middle = levels.len() / 2;
    levels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.points > Points::ZERO && l.points < max)
        .min_by_key(|(n, _)| n.abs_diff(middle))
        .map(|(_, l)| l)
        .or_else(|| levels.get(middle))
}

/// The sub-item the example leaves unmet: the last one that carries points.
fn left_out(items: &[SubItem]) -> Option<&SubItem> {
    items
        .iter()
        .rev()
        .find(|i| i.points > Points::ZERO)
        .or(items.last())
}

/// Two findings, or one when two would already take every point.
fn findings(per_finding: Points, max: Points) -> u64 {
    if per_finding.times(2) < max {
        2
    } else {
        1
    }
}

/// Figures whose value lies between the two highest thresholds that give partial points.
///
/// The divisor is a round figure (a city of 450,000, a whole of 200, last year's 8,000) and
/// the dividend the least that reaches the target, found the way the path to pass finds it.
fn figures(c: &Calculator, max: Points) -> BTreeMap<String, Decimal> {
    let mut given = BTreeMap::new();
    let divisor = match &c.spec.formula {
        Formula::PerThousand { population, .. } => Some((population, EXAMPLE_POPULATION)),
        Formula::Percentage { whole, .. } => Some((whole, EXAMPLE_WHOLE)),
        Formula::Growth { previous, .. } => Some((previous, EXAMPLE_PREVIOUS)),
        Formula::Value { .. } => None,
    };
    if let Some((id, figure)) = divisor {
        given.insert(id.clone(), Decimal::whole(figure));
    }
    let spec = &c.spec;
    calc::reach(spec, &given, target(c, max)).unwrap_or(given)
}

/// The value the example aims at: halfway into the highest band of partial points.
fn target(c: &Calculator, max: Points) -> Decimal {
    let t = &c.thresholds;
    let partial = t
        .iter()
        .rposition(|t| t.points > Points::ZERO && t.points < max);
    let band = partial.or(t.len().checked_sub(2));
    match band {
        Some(k) if k + 1 < t.len() => halfway(t[k].at_least, t[k + 1].at_least),
        Some(k) => t[k].at_least,
        None => t.first().map_or(Decimal::ZERO, |t| t.at_least),
    }
}

/// The midpoint of two values, rounded down to six decimals (so never below `low`).
fn halfway(low: Decimal, high: Decimal) -> Decimal {
    Decimal::from_micros((low.micros() + high.micros()).div_euclid(2))
}

/// Scores the answer alone, through the same evaluation a city's assessment goes through.
///
/// An indicator's points depend only on its rule and its answer, so it is evaluated in a pack
/// holding just that indicator: cheap on a pack of thousands, and total for any indicator.
fn score(pack: &Pack, ind: &Indicator, answer: &Answer) -> IndicatorResult {
    let alone = pack_of(pack, ind);
    let mut assessment = Assessment::new(&alone, "", "", "");
    assessment.set_answer(&ind.id, answer.clone());
    let mut report = evaluate(&alone, &assessment);
    report.indicators.swap_remove(0)
}

/// `pack`'s header around one group holding only `ind`, with no vetoes.
fn pack_of(pack: &Pack, ind: &Indicator) -> Pack {
    Pack {
        schema_version: pack.schema_version,
        id: pack.id.clone(),
        version: pack.version,
        title: Text::default(),
        edition: pack.edition.clone(),
        issuer: Text::default(),
        provenance: Text::default(),
        methods_note: Text::default(),
        points_official: pack.points_official,
        total_points: ind.max_points,
        sources: Vec::new(),
        groups: vec![Group {
            id: String::new(),
            name: Text::default(),
            points: ind.max_points,
            bonus: None,
            indicators: vec![ind.clone()],
        }],
        vetoes: Vec::new(),
        retired: Vec::new(),
        pass_rule: PassRule {
            min_total: Points::ZERO,
            rebase_not_applicable: false,
            summary: Text::default(),
        },
    }
}

/// Words the example: what was answered, how the rule reads it, the points.
fn describe(ind: &Indicator, answer: &Answer, result: &IndicatorResult) -> Text {
    let body = match (&ind.rule, answer) {
        (Rule::Levels { levels }, Answer::Level { level }) => describe_level(levels, level),
        (Rule::SubItems { mode, items }, Answer::SubItems { met }) => {
            let missed: Vec<&SubItem> = items.iter().filter(|i| !met.contains(&i.id)).collect();
            describe_sub_items(*mode, items.len(), &missed)
        }
        (Rule::Deductions { per_finding, .. }, Answer::Findings { count }) => {
            describe_findings(*count, *per_finding, ind.max_points)
        }
        (Rule::Calculator(c), Answer::Inputs { values }) => describe_figures(c, values, result),
        _ => Text::default(),
    };
    let (zh, en) = scored(result.awarded, ind.max_points);
    let mut text = Text::new(
        format!("例：{} → {zh}", body.zh),
        format!("Example: {} → {en}", body.en),
    );
    if let Some(note) = note(&ind.rule) {
        text.zh.push_str(&format!("。{}", note.zh));
        text.en.push_str(&format!(". {}", note.en));
    }
    text
}

/// The rule's context worth knowing after the points: every level, or what one finding is.
fn note(rule: &Rule) -> Option<Text> {
    match rule {
        Rule::Levels { levels } if !levels.is_empty() => {
            let each = |lang: Lang, unit: &str| {
                levels
                    .iter()
                    .map(|l| format!("{} {}{unit}", l.name.get(lang), l.points))
                    .collect::<Vec<_>>()
            };
            Some(Text::new(
                format!("各档：{}", each(Lang::Zh, " 分").join("，")),
                format!("Levels: {}", each(Lang::En, "").join(", ")),
            ))
        }
        Rule::Deductions { finding, .. } => Some(Text::new(
            format!("一处指：{}", finding.zh),
            format!("One finding is {}", finding.get(Lang::En)),
        )),
        _ => None,
    }
}

fn describe_level(levels: &[Level], chosen: &str) -> Text {
    let name = levels
        .iter()
        .find(|l| l.id == chosen)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    Text::new(
        format!("评为“{}”", name.zh),
        format!("rated “{}”", name.get(Lang::En)),
    )
}

fn describe_sub_items(mode: SubItemMode, n: usize, missed: &[&SubItem]) -> Text {
    let met = n - missed.len();
    let zh: Vec<String> = missed
        .iter()
        .map(|i| format!("“{}”（{} 分）", i.text.zh, i.points))
        .collect();
    let en: Vec<String> = missed
        .iter()
        .map(|i| format!("“{}” ({} points)", i.text.get(Lang::En), i.points))
        .collect();
    let (mut zh, mut en) = (
        format!("满足 {met}/{n} 项要点，未满足{}", zh.join("、")),
        format!("{met} of {n} items met; not met: {}", en.join("; ")),
    );
    if mode == SubItemMode::AllRequired {
        zh.push_str("；须全部满足才得分");
        en.push_str("; all are required");
    }
    Text::new(zh, en)
}

fn describe_findings(count: u64, per: Points, max: Points) -> Text {
    let deducted = per.times(count);
    let capped = if deducted > max {
        ("，扣完为止", ", capped at the maximum")
    } else {
        ("", "")
    };
    Text::new(
        format!(
            "发现 {count} 处扣分问题，每处扣 {per} 分，共扣 {deducted} 分{}",
            capped.0
        ),
        format!(
            "{count} {} at {per} points each, {deducted} deducted{}",
            if count == 1 { "finding" } else { "findings" },
            capped.1
        ),
    )
}

fn describe_figures(
    c: &Calculator,
    values: &BTreeMap<String, Decimal>,
    result: &IndicatorResult,
) -> Text {
    let typed: Vec<Text> = c
        .spec
        .inputs
        .iter()
        .filter_map(|i| {
            let shown = figure(*values.get(&i.id)?, &i.unit);
            Some(Text::new(
                format!("{} {}", i.label.zh, shown.zh),
                format!("{}: {}", i.label.get(Lang::En), shown.en),
            ))
        })
        .collect();
    let joined = |lang: Lang, sep: &str| {
        typed
            .iter()
            .map(|t| t.get(lang).to_owned())
            .collect::<Vec<_>>()
            .join(sep)
    };
    let value = result
        .calculation
        .as_ref()
        .map(|c| c.text())
        .unwrap_or_default();
    let threshold = match result.explanation {
        Explanation::Calculator { threshold } => threshold,
        _ => None,
    };
    let band = band(c, threshold);
    let (zh, en) = (joined(Lang::Zh, "，"), joined(Lang::En, "; "));
    if matches!(c.spec.formula, Formula::Value { .. }) {
        // The figure typed is the value; saying it twice teaches nothing.
        return Text::new(format!("{zh}，{}", band.zh), format!("{en}, {}", band.en));
    }
    Text::new(
        format!("{zh} → {}，{}", value.zh, band.zh),
        format!("{en} → {}, {}", value.get(Lang::En), band.en),
    )
}

/// Where the value falls among the thresholds: "≥ 3 未达 4", "≥ 4", "< 2"; a threshold of
/// the smallest step reads "> 0" ("≤ 0" below it), and a band one step wide "= 0".
fn band(c: &Calculator, reached: Option<usize>) -> Text {
    let t = &c.thresholds;
    let en_op = |op: &str| if op == ">" { "above" } else { "at least" };
    match reached {
        Some(k) => match (t.get(k), t.get(k + 1)) {
            (Some(low), Some(high)) if high.at_least == Decimal::STEP.plus(low.at_least) => {
                let low = words::exact(low.at_least);
                Text::new(format!("= {low}"), format!("exactly {low}"))
            }
            (Some(low), Some(high)) => {
                let (op, low) = words::reached(low.at_least);
                let en = en_op(op);
                if high.at_least == Decimal::STEP {
                    Text::new(
                        format!("{op} {low} 且 ≤ 0"),
                        format!("{en} {low} but not above 0"),
                    )
                } else {
                    let high = words::exact(high.at_least);
                    Text::new(
                        format!("{op} {low} 未达 {high}"),
                        format!("{en} {low} but below {high}"),
                    )
                }
            }
            (Some(low), None) => {
                let (op, low) = words::reached(low.at_least);
                Text::new(format!("{op} {low}"), format!("{} {low}", en_op(op)))
            }
            _ => Text::default(),
        },
        None => match t.first() {
            Some(first) => {
                let (op, first) = words::below(first.at_least);
                let en = if op == "≤" { "at most" } else { "below" };
                Text::new(format!("{op} {first}"), format!("{en} {first}"))
            }
            None => Text::default(),
        },
    }
}

/// "得 2 分（满分 4 分）" / "2 of 4 points", or "得满分 4 分" / "full 4 points".
fn scored(points: Points, max: Points) -> (String, String) {
    if points == max {
        (format!("得满分 {max} 分"), format!("full {max} points"))
    } else {
        (
            format!("得 {points} 分（满分 {max} 分）"),
            format!("{points} of {max} points"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halfway_never_falls_below_the_lower_threshold() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(halfway(d("3"), d("4")), d("3.5"));
        assert_eq!(halfway(d("0"), d("0.000001")), d("0"));
    }
}
