//! The words on screen: no internal figure (0.000001) shown as a threshold, findings counted
//! rather than defined in the formula, the total's note on N/A only when something is N/A,
//! and Chinese punctuation in Chinese sentences.

mod common;

use common::{blank, inputs};
use fscity_core::example::worked_example;
use fscity_core::explain::threshold_text;
use fscity_core::pack::{default_pack, Rule, Threshold};
use fscity_core::{evaluate, Decimal, Pack, Points, Text};

fn pack() -> Pack {
    default_pack().expect("the default pack loads")
}

fn explained(pack: &Pack, id: &str, answer: fscity_core::Answer) -> Text {
    let mut a = blank(pack);
    a.set_answer(id, answer);
    let report = evaluate(pack, &a);
    report
        .indicator(id)
        .unwrap()
        .explain(pack.indicator(id).unwrap())
}

#[test]
fn the_smallest_positive_threshold_reads_above_zero() {
    let percent = Text::new("%", "%");
    let step = threshold_text(Decimal::STEP, &percent);
    assert_eq!((step.zh.as_str(), step.en.as_str()), ("> 0%", "> 0%"));
    let zero = threshold_text(Decimal::ZERO, &percent);
    assert_eq!(zero.zh, "≥ 0%");
    let per = Text::new("批次/千人", "batches per 1,000 residents");
    let four = threshold_text(Decimal::whole(4), &per);
    assert_eq!(four.zh, "≥ 4 批次/千人");
    assert_eq!(four.en, "≥ 4 batches per 1,000 residents");
    let t = Threshold {
        at_least: Decimal::parse("0.000002").unwrap(),
        points: Points::from_tenths(10),
    };
    assert_eq!(
        t.text(&percent).zh,
        "≥ 0.000002%",
        "only the smallest step is special"
    );
}

#[test]
fn b05_thresholds_are_worded_without_the_internal_step() {
    let pack = pack();
    let Rule::Calculator(c) = &pack.indicator("B-05").unwrap().rule else {
        panic!("B-05 is a calculator");
    };
    let shown: Vec<String> = c
        .thresholds
        .iter()
        .map(|t| t.text(&c.spec.result_unit).zh)
        .collect();
    assert_eq!(shown, ["≥ 0%", "> 0%"]);
}

#[test]
fn b05_explanations_say_above_zero() {
    let pack = pack();
    let up = explained(
        &pack,
        "B-05",
        inputs(&[("current", "8400"), ("previous", "8000")]),
    );
    assert_eq!(up.zh, "5% > 0 → 满分 3 分");
    assert_eq!(up.en, "5% > 0 → full 3 points");
    let flat = explained(
        &pack,
        "B-05",
        inputs(&[("current", "8000"), ("previous", "8000")]),
    );
    assert_eq!(flat.zh, "0% ≥ 0 → 1.5 分（满分 3 分）");
    let down = explained(
        &pack,
        "B-05",
        inputs(&[("current", "7600"), ("previous", "8000")]),
    );
    assert_eq!(down.zh, "-5% < 0 → 0 分");
    assert!(!up.zh.contains("0.000001") && !flat.zh.contains("0.000001"));
}

#[test]
fn below_the_smallest_step_reads_at_most_zero() {
    // A pack whose only threshold is "above zero".
    let pack = common::mini_with(|v| {
        common::indicator_json(v, "C-02")["rule"]["thresholds"] =
            serde_json::json!([{ "at_least": 0.000001, "points": 9 }]);
    });
    let none = explained(
        &pack,
        "C-02",
        inputs(&[("batches", "0"), ("population", "1000")]),
    );
    assert_eq!(none.zh, "0 批次/千人 ≤ 0 → 0 分");
    let some = explained(
        &pack,
        "C-02",
        inputs(&[("batches", "1"), ("population", "1000")]),
    );
    assert!(some.zh.starts_with("1 批次/千人 > 0 → "), "{}", some.zh);
}

#[test]
fn the_b05_worked_example_names_no_internal_figure() {
    let pack = pack();
    let ex = worked_example(&pack, pack.indicator("B-05").unwrap());
    assert!(
        ex.text.zh.contains("→ 0%，= 0 → 得 1.5 分"),
        "{}",
        ex.text.zh
    );
    assert!(ex.text.en.contains("exactly 0"), "{}", ex.text.en);
    assert!(!ex.text.zh.contains("0.000001"));
}

#[test]
fn a_findings_explanation_counts_findings_without_pasting_their_definition() {
    let pack = pack();
    // P-06: 0.5 a finding, 1.5 points; its finding is a long definition.
    let one = explained(&pack, "P-06", common::findings(1));
    assert_eq!(one.zh, "发现 1 处问题 × 0.5 = 扣 0.5 分，得 1 分");
    assert_eq!(
        one.en,
        "1 finding × 0.5 = 0.5 points deducted → 1 of 1.5 points"
    );
    assert!(!one.zh.contains("屠宰企业"), "{}", one.zh);
    let none = explained(&pack, "P-06", common::findings(0));
    assert_eq!(
        (none.zh.as_str(), none.en.as_str()),
        ("未发现问题 → 满分", "No findings → full marks")
    );
    let many = explained(&pack, "P-06", common::findings(4));
    assert_eq!(
        many.zh,
        "发现 4 处问题 × 0.5 = 扣 2 分，单项扣完为止，得 0 分"
    );
    assert_eq!(
        many.en,
        "4 findings × 0.5 = 2 points deducted, at most 1.5 → 0 points"
    );
}

fn not_applicable() -> fscity_core::Answer {
    fscity_core::Answer::NotApplicable {
        reason: "本市无此业态".into(),
    }
}

#[test]
fn the_total_mentions_not_applicable_only_when_something_is() {
    let pack = common::mini();
    let mut a = blank(&pack);
    a.set_answer("B-01", common::level("met"));
    let total = evaluate(&pack, &a).total.explain();
    assert_eq!(total.zh, "总分 = 各大项得分之和：3 / 20。");
    assert_eq!(
        total.en,
        "Total = the sum of the major items' scores: 3 / 20."
    );
    assert!(!total.zh.contains("不适用") && !total.en.contains("not applicable"));

    a.set_answer("B-02", not_applicable());
    let total = evaluate(&pack, &a).total.explain();
    assert_eq!(
        total.zh,
        "总分 = 各大项得分之和：3 / 15。有指标不适用，已从满分中扣除，总分按比例折算到满分：3 × 20 / 15 = 4（向下取至 0.1 分）。"
    );
    assert_eq!(
        total.en,
        "Total = the sum of the major items' scores: 3 / 15. Some indicators are not applicable: \
         they leave the maximum, and the total is rescaled to the full scale: 3 × 20 / 15 = 4 (rounded down to 0.1 point)."
    );
}

#[test]
fn without_rebasing_not_applicable_only_lowers_the_maximum() {
    let pack =
        common::mini_with(|v| v["pass_rule"]["rebase_not_applicable"] = serde_json::json!(false));
    let mut a = blank(&pack);
    a.set_answer("B-02", not_applicable());
    let total = evaluate(&pack, &a).total.explain();
    assert_eq!(
        total.zh,
        "总分 = 各大项得分之和：0 / 15。有指标不适用，已从满分中扣除。"
    );
    assert_eq!(
        total.en,
        "Total = the sum of the major items' scores: 0 / 15. Some indicators are not applicable: they leave the maximum."
    );
}

#[test]
fn a_group_explanation_uses_chinese_punctuation() {
    let pack = common::mini();
    let mut a = blank(&pack);
    a.set_answer("B-01", common::level("met"));
    a.set_answer("B-02", not_applicable());
    let report = evaluate(&pack, &a);
    let group = report.group("basic").unwrap().explain();
    assert_eq!(group.zh, "得分率 3 / 3 = 100%（已作答：1，不适用：1）");
    assert_eq!(
        group.en,
        "Score rate 3 / 3 = 100% (answered: 1, not applicable: 1)"
    );
}

#[test]
fn labels_take_the_punctuation_of_their_language() {
    use fscity_core::Lang;
    assert_eq!(format!("计算结果{}4.3", Lang::Zh.colon()), "计算结果：4.3");
    assert_eq!(format!("Result{}4.3", Lang::En.colon()), "Result: 4.3");
    assert_eq!(
        format!("满分{}", Lang::Zh.parenthesized("100")),
        "满分（100）"
    );
    assert_eq!(
        format!("out of{}", Lang::En.parenthesized("100")),
        "out of (100)"
    );
}

fn step(
    id: &str,
    from: i64,
    to: i64,
    target: fscity_core::Answer,
) -> fscity_core::report::Improvement {
    fscity_core::report::Improvement {
        indicator: fscity_core::report::Id::new(id),
        from: Points::from_tenths(from),
        to: Points::from_tenths(to),
        target,
        needs: vec![],
        effort: None,
    }
}

#[test]
fn a_path_step_above_zero_names_the_threshold_and_the_exact_figure() {
    let pack = pack();
    let target = inputs(&[("current", "8000.00008"), ("previous", "8000")]);
    let text = step("B-05", 15, 30, target).text(pack.indicator("B-05").unwrap());
    assert_eq!(
        text.zh,
        "B-05 经费保障：数值大于 0%（如 本年度食品安全经费预算（市县合计） 8000.00008，上年度食品安全经费预算（市县合计） 8000）（1.5 → 3 分）"
    );
    assert!(
        text.en.contains("bring the value above 0% (e.g. "),
        "{}",
        text.en
    );
}

#[test]
fn a_path_step_on_findings_counts_them_without_their_definition() {
    let pack = pack();
    let ind = pack.indicator("P-06").unwrap();
    let one = step("P-06", 5, 10, common::findings(1)).text(ind);
    assert!(
        one.zh.ends_with("：发现的问题减少到 1 处（0.5 → 1 分）"),
        "{}",
        one.zh
    );
    assert!(
        one.en
            .contains(": bring it down to 1 finding (0.5 → 1 points)"),
        "{}",
        one.en
    );
    assert!(!one.zh.contains("屠宰企业中"), "{}", one.zh);
    let none = step("P-06", 10, 15, common::findings(0)).text(ind);
    assert!(
        none.zh.ends_with("：不再发现问题（1 → 1.5 分）"),
        "{}",
        none.zh
    );
    assert!(none.en.contains(": have no findings ("), "{}", none.en);
}

#[test]
fn a_veto_step_above_zero_names_no_internal_figure() {
    use fscity_core::report::PathToPass;
    let pack =
        common::mini_with(|v| v["vetoes"][2]["test"]["at_least"] = serde_json::json!(0.000001));
    let a = blank(&pack);
    let path = fscity_core::path_to_pass(&pack, &a, &evaluate(&pack, &a));
    let PathToPass::Plan(plan) = &path else {
        panic!("a plan: {path:?}");
    };
    let step = plan
        .veto_steps
        .iter()
        .find(|s| s.veto == "V-03")
        .expect("a V-03 step");
    assert!(
        step.text.zh.ends_with("：数值大于 0 分"),
        "{}",
        step.text.zh
    );
    assert!(
        step.text.en.contains(": bring the value above 0"),
        "{}",
        step.text.en
    );
}

#[test]
fn a_tiny_positive_value_never_prints_as_zero() {
    let pack = pack();
    // 8,000.04 after 8,000: 0.0005 % growth.
    let tiny = explained(
        &pack,
        "B-05",
        inputs(&[("current", "8000.04"), ("previous", "8000")]),
    );
    assert_eq!(tiny.zh, "0.0005% > 0 → 满分 3 分");
}
