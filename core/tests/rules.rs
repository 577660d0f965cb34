//! One test per rule behaviour: each rule type at zero, partial and full; deductions capped;
//! calculator thresholds at, below and above each boundary; "cannot compute" instead of
//! infinity; answers that do not fit the pack.

mod common;

use common::*;
use fscity_core::evaluate;
use fscity_core::report::{Problem, Status};
use fscity_core::{Answer, InputError, Points};
use serde_json::json;

fn scored(pack: &fscity_core::Pack, id: &str, answer: Answer) -> (Points, Status, String, String) {
    let mut a = blank(pack);
    a.set_answer(id, answer);
    let report = evaluate(pack, &a);
    let r = report.indicator(id).unwrap();
    let text = r.explain(pack.indicator(id).unwrap());
    (r.awarded, r.status.clone(), text.zh, text.en)
}

fn pts(tenths: i64) -> Points {
    Points::from_tenths(tenths)
}

#[test]
fn levels_score_zero_partial_and_full() {
    let pack = mini();
    let (p, s, zh, en) = scored(&pack, "B-01", level("not_met"));
    assert_eq!((p, s), (pts(0), Status::Zero));
    assert_eq!(zh, "选择“不符合” → 0 分（满分 3 分）");
    assert_eq!(en, "“Not met” → 0 of 3 points");
    let (p, s, zh, _) = scored(&pack, "B-01", level("partly"));
    assert_eq!((p, s), (pts(15), Status::Partial));
    assert_eq!(zh, "选择“基本符合” → 1.5 分（满分 3 分）");
    let (p, s, zh, en) = scored(&pack, "B-01", level("met"));
    assert_eq!((p, s), (pts(30), Status::Full));
    assert_eq!(zh, "选择“符合” → 满分 3 分");
    assert_eq!(en, "“Met” → full 3 points");
}

#[test]
fn summed_sub_items_score_zero_partial_and_full() {
    let pack = mini();
    let (p, s, _, _) = scored(&pack, "B-02", items(&[]));
    assert_eq!((p, s), (pts(0), Status::Zero));
    let (p, s, zh, en) = scored(&pack, "B-02", items(&["b"]));
    assert_eq!((p, s), (pts(30), Status::Partial));
    assert_eq!(zh, "满足 1/2 项要点 → 3 分（满分 5 分）");
    assert_eq!(en, "1 of 2 items met → 3 of 5 points");
    let (p, s, zh, _) = scored(&pack, "B-02", items(&["a", "b"]));
    assert_eq!((p, s), (pts(50), Status::Full));
    assert_eq!(zh, "满足全部 2 项要点 → 满分 5 分");
}

#[test]
fn all_required_sub_items_give_nothing_until_every_item_is_met() {
    let pack = mini_with(|v| indicator_json(v, "B-02")["rule"]["mode"] = json!("all_required"));
    assert_eq!(scored(&pack, "B-02", items(&[])).0, pts(0));
    let (p, s, zh, _) = scored(&pack, "B-02", items(&["a"]));
    assert_eq!((p, s), (pts(0), Status::Zero));
    assert_eq!(zh, "满足 1/2 项要点，须全部满足 → 0 分（满分 5 分）");
    assert_eq!(scored(&pack, "B-02", items(&["a", "b"])).0, pts(50));
}

#[test]
fn sub_items_the_pack_does_not_have_are_ignored_and_reported() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_answer("B-02", items(&["a", "zz"]));
    let report = evaluate(&pack, &a);
    assert_eq!(report.indicator("B-02").unwrap().awarded, pts(20));
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(a.answer("B-02").is_some_and(|x| *x == items(&["a", "zz"])));
}

#[test]
fn deductions_take_each_finding_off_the_maximum() {
    let pack = mini();
    let (p, s, zh, en) = scored(&pack, "C-01", findings(0));
    assert_eq!((p, s), (pts(30), Status::Full));
    assert_eq!(zh, "未发现问题 → 满分");
    assert_eq!(en, "No findings → full marks");
    let (p, s, zh, en) = scored(&pack, "C-01", findings(2));
    assert_eq!((p, s), (pts(20), Status::Partial));
    assert_eq!(zh, "发现 2 处问题 × 0.5 = 扣 1 分，得 2 分");
    assert_eq!(en, "2 findings × 0.5 = 1 point deducted → 2 of 3 points");
    let (p, s, zh, en) = scored(&pack, "C-01", findings(1));
    assert_eq!((p, s), (pts(25), Status::Partial));
    assert_eq!(zh, "发现 1 处问题 × 0.5 = 扣 0.5 分，得 2.5 分");
    assert_eq!(
        en,
        "1 finding × 0.5 = 0.5 points deducted → 2.5 of 3 points"
    );
    let (p, s, zh, _) = scored(&pack, "C-01", findings(6));
    assert_eq!((p, s), (pts(0), Status::Zero));
    assert_eq!(zh, "发现 6 处问题 × 0.5 = 扣 3 分，得 0 分");
}

#[test]
fn deductions_are_capped_at_zero_however_many_findings() {
    let pack = mini();
    let (p, s, zh, en) = scored(&pack, "C-01", findings(8));
    assert_eq!((p, s), (pts(0), Status::Zero));
    assert_eq!(zh, "发现 8 处问题 × 0.5 = 扣 4 分，单项扣完为止，得 0 分");
    assert_eq!(
        en,
        "8 findings × 0.5 = 4 points deducted, at most 3 → 0 points"
    );
    let (p, _, zh, _) = scored(&pack, "C-01", findings(u64::MAX));
    assert_eq!(p, pts(0));
    assert!(zh.starts_with("发现 18446744073709551615 处问题"), "{zh}");
}

fn per_thousand(batches: &str) -> Answer {
    inputs(&[("batches", batches), ("population", "1000000")])
}

#[test]
fn calculator_thresholds_at_below_and_above_each_boundary() {
    let pack = mini();
    // Thresholds: ≥ 3 per 1,000 → 4.5 points, ≥ 4 → 9 points; population 1,000,000.
    let cases = [
        ("0", 0),
        ("2999", 0),
        ("3000", 45),
        ("3001", 45),
        ("3999", 45),
        ("4000", 90),
        ("4001", 90),
    ];
    for (batches, tenths) in cases {
        let (p, _, zh, _) = scored(&pack, "C-02", per_thousand(batches));
        assert_eq!(p, pts(tenths), "{batches} batches: {zh}");
    }
}

#[test]
fn calculator_explains_value_unit_threshold_and_points() {
    let pack = mini();
    let (_, s, zh, en) = scored(&pack, "C-02", per_thousand("4300"));
    assert_eq!(s, Status::Full);
    assert_eq!(zh, "4.3 批次/千人 ≥ 4 → 满分 9 分");
    assert_eq!(en, "4.3 batches per 1,000 ≥ 4 → full 9 points");
    let (_, _, zh, _) = scored(&pack, "C-02", per_thousand("3500"));
    assert_eq!(zh, "3.5 批次/千人 ≥ 3 → 4.5 分（满分 9 分）");
    let (_, _, zh, en) = scored(&pack, "C-02", per_thousand("2100"));
    assert_eq!(zh, "2.1 批次/千人 < 3 → 0 分");
    assert_eq!(en, "2.1 batches per 1,000 < 3 → 0 points");

    let mut a = blank(&pack);
    a.set_answer("C-02", per_thousand("4321"));
    let report = evaluate(&pack, &a);
    let calc = report
        .indicator("C-02")
        .unwrap()
        .calculation
        .clone()
        .unwrap();
    assert_eq!(calc.value, dec("4.321"));
    assert_eq!(calc.text().zh, "4.32 批次/千人");
}

#[test]
fn per_thousand_with_population_zero_cannot_compute() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_answer("C-02", inputs(&[("batches", "10"), ("population", "0")]));
    let report = evaluate(&pack, &a);
    let r = report.indicator("C-02").unwrap();
    assert_eq!(r.awarded, Points::ZERO);
    assert!(matches!(
        r.status,
        Status::CannotCompute(Problem::InvalidInput {
            error: InputError::ZeroPopulation,
            ..
        })
    ));
    let text = r.explain(pack.indicator("C-02").unwrap());
    assert_eq!(text.zh, "“常住人口”：人口必须大于 0，无法计算");
    assert_eq!(
        report.total.counts.not_answered, 4,
        "counted as not answered"
    );
    assert!(r.calculation.is_none());
}

#[test]
fn per_thousand_with_population_missing_cannot_compute() {
    let pack = mini();
    let (p, s, zh, en) = scored(&pack, "C-02", inputs(&[("batches", "10")]));
    assert_eq!(p, Points::ZERO);
    assert!(matches!(
        s,
        Status::CannotCompute(Problem::MissingInput { .. })
    ));
    assert_eq!(zh, "缺少“常住人口”，无法计算");
    assert_eq!(en, "“常住人口” is missing, so this cannot be computed");
}

#[test]
fn a_negative_count_is_an_invalid_input_not_a_score() {
    let pack = mini();
    let (p, s, zh, _) = scored(
        &pack,
        "C-02",
        inputs(&[("batches", "-5"), ("population", "1000")]),
    );
    assert_eq!(p, Points::ZERO);
    assert!(matches!(
        s,
        Status::CannotCompute(Problem::InvalidInput {
            error: InputError::Negative,
            ..
        })
    ));
    assert!(zh.contains("不能为负数"), "{zh}");
}

fn with_formula(formula: serde_json::Value, inputs: serde_json::Value) -> fscity_core::Pack {
    mini_with(|v| {
        let rule = &mut indicator_json(v, "C-02")["rule"];
        rule["formula"] = formula;
        rule["inputs"] = inputs;
        rule["result_unit"] = json!({ "zh": "%", "en": "%" });
    })
}

#[test]
fn percentage_with_a_zero_whole_cannot_compute() {
    let pack = with_formula(
        json!({ "kind": "percentage", "part": "done", "whole": "all" }),
        json!([
            { "id": "done", "label": { "zh": "已处置" }, "unit": { "zh": "批" }, "kind": "count" },
            { "id": "all", "label": { "zh": "不合格" }, "unit": { "zh": "批" }, "kind": "count" }
        ]),
    );
    let (p, s, zh, _) = scored(&pack, "C-02", inputs(&[("done", "0"), ("all", "0")]));
    assert_eq!(p, Points::ZERO);
    assert!(matches!(
        s,
        Status::CannotCompute(Problem::ZeroDenominator { .. })
    ));
    assert_eq!(zh, "“不合格”为 0，无法计算");
    let (p, _, zh, _) = scored(&pack, "C-02", inputs(&[("done", "4"), ("all", "100")]));
    assert_eq!(p, Points::whole(9));
    assert_eq!(zh, "4% ≥ 4 → 满分 9 分");
}

#[test]
fn growth_compares_with_last_year_and_cannot_divide_by_zero() {
    let pack = with_formula(
        json!({ "kind": "growth", "current": "now", "previous": "before" }),
        json!([
            { "id": "now", "label": { "zh": "今年投入" }, "unit": { "zh": "万元" }, "kind": "amount" },
            { "id": "before", "label": { "zh": "去年投入" }, "unit": { "zh": "万元" }, "kind": "amount" }
        ]),
    );
    let (p, _, _, _) = scored(&pack, "C-02", inputs(&[("now", "104"), ("before", "100")]));
    assert_eq!(p, Points::whole(9), "growth 4% reaches the top threshold");
    let (p, _, _, _) = scored(&pack, "C-02", inputs(&[("now", "95"), ("before", "100")]));
    assert_eq!(p, Points::ZERO, "a fall of 5% reaches nothing");
    let (_, s, _, _) = scored(&pack, "C-02", inputs(&[("now", "95"), ("before", "0")]));
    assert!(matches!(
        s,
        Status::CannotCompute(Problem::ZeroDenominator { .. })
    ));
}

#[test]
fn a_percent_input_above_100_is_invalid() {
    let pack = with_formula(
        json!({ "kind": "value", "input": "rate" }),
        json!([{ "id": "rate", "label": { "zh": "知晓率" }, "unit": { "zh": "%" }, "kind": "percent" }]),
    );
    let (_, s, _, _) = scored(&pack, "C-02", inputs(&[("rate", "100.5")]));
    assert!(matches!(
        s,
        Status::CannotCompute(Problem::InvalidInput {
            error: InputError::PercentAbove100,
            ..
        })
    ));
    assert_eq!(
        scored(&pack, "C-02", inputs(&[("rate", "100")])).0,
        Points::whole(9)
    );
}

#[test]
fn an_unknown_level_cannot_be_scored_and_is_reported() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("excellent"));
    let report = evaluate(&pack, &a);
    let r = report.indicator("B-01").unwrap();
    assert!(matches!(
        r.status,
        Status::CannotCompute(Problem::UnknownLevel { .. })
    ));
    assert_eq!(r.awarded, Points::ZERO);
    assert_eq!(report.warnings.len(), 1);
}

#[test]
fn an_answer_of_the_wrong_kind_cannot_be_scored() {
    let pack = mini();
    let (p, s, _, en) = scored(&pack, "C-01", level("met"));
    assert_eq!(p, Points::ZERO);
    assert_eq!(s, Status::CannotCompute(Problem::WrongAnswerKind));
    assert_eq!(
        en,
        "The answer does not fit this indicator's rule; answer again"
    );
}

#[test]
fn not_applicable_counts_only_where_the_pack_allows_it() {
    let pack = mini();
    let na = Answer::NotApplicable {
        reason: "本市无校园".into(),
    };
    let (_, s, zh, _) = scored(&pack, "B-02", na.clone());
    assert_eq!(s, Status::NotApplicable);
    assert_eq!(zh, "不适用：本市无校园");
    let (_, s, _, _) = scored(&pack, "C-01", na);
    assert_eq!(s, Status::CannotCompute(Problem::NotApplicableNotAllowed));
}

#[test]
fn an_unanswered_indicator_scores_nothing_and_says_so() {
    let pack = mini();
    let report = evaluate(&pack, &blank(&pack));
    let r = report.indicator("B-01").unwrap();
    assert_eq!((r.awarded, &r.status), (Points::ZERO, &Status::NotAnswered));
    assert_eq!(r.explain(pack.indicator("B-01").unwrap()).zh, "尚未作答");
}
