//! Totals, N/A rebasing, vetoes, key items and the verdict on the mini pack
//! (total 20, pass mark 18, rebased; B-01 is a key item with a 60% floor).

mod common;

use common::*;
use fscity_core::evaluate;
use fscity_core::report::{
    gap_departments, GapFilter, GapStatus, KeyStatus, Outcome, ReasonKind, Risk, VetoStatus,
};
use fscity_core::{Answer, Points};
use serde_json::json;

fn pts(tenths: i64) -> Points {
    Points::from_tenths(tenths)
}

fn na() -> Answer {
    Answer::NotApplicable {
        reason: "无此业态".into(),
    }
}

#[test]
fn full_marks_with_every_veto_clear_pass() {
    let pack = mini();
    let report = evaluate(&pack, &full_marks(&pack));
    assert_eq!(report.total.score, Points::whole(20));
    assert_eq!(report.verdict.outcome, Outcome::Pass);
    let zh: Vec<&str> = report
        .verdict
        .reasons
        .iter()
        .map(|r| r.text.zh.as_str())
        .collect();
    assert_eq!(zh, ["总分 20 ≥ 18", "无否决项", "关键项均达到下限"]);
    assert!(report.gaps.is_empty());
    assert!(report.warnings.is_empty());
}

#[test]
fn not_applicable_leaves_the_denominator_and_the_total_is_rescaled() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("B-02", na());
    a.set_answer("C-01", findings(3));
    let report = evaluate(&pack, &a);
    // 3 + 1.5 + 9 = 13.5 of the 15 applicable points; × 20 / 15 = 18 exactly.
    assert_eq!(report.total.awarded, pts(135));
    assert_eq!(report.total.max, pts(150));
    assert_eq!(report.total.score, Points::whole(18));
    assert_eq!(report.total.scale, Points::whole(20));
    assert_eq!(report.total.counts.not_applicable, 1);
    // Groups stay raw, whatever the total is rescaled to: basic 3 of its 3 applicable points
    // (B-01; its B-02 is N/A), capacity 1.5 + 9 = 10.5 of 12. 3 + 10.5 = 13.5 = total.awarded.
    let basic = report.group("basic").unwrap();
    assert_eq!((basic.awarded, basic.max), (pts(30), pts(30)));
    let capacity = report.group("capacity").unwrap();
    assert_eq!((capacity.awarded, capacity.max), (pts(105), pts(120)));
    assert_eq!(report.verdict.outcome, Outcome::Pass, "18 ≥ 18 passes");
}

#[test]
fn groups_stay_raw_and_only_the_total_is_rebased() {
    let pack = mini_with(|v| indicator_json(v, "C-02")["na_allowed"] = json!(true));
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("B-02", items(&["a"]));
    a.set_answer("C-01", findings(3));
    a.set_answer("C-02", na());
    let report = evaluate(&pack, &a);
    // Applicable: 3 + 5 + 3 = 11 points. Awarded 3 + 2 + 1.5 = 6.5.
    // Total 6.5 × 20 / 11 = 11.818… → 11.8 (rounded down).
    assert_eq!(report.total.score, pts(118));
    // basic: B-01 3 + B-02 2 = 5 of 3 + 5 = 8, untouched by the N/A in capacity.
    let basic = report.group("basic").unwrap();
    assert_eq!((basic.awarded, basic.max), (pts(50), pts(80)));
    // capacity: C-01 1.5 of 3 (C-02 is N/A and leaves its maximum).
    let capacity = report.group("capacity").unwrap();
    assert_eq!((capacity.awarded, capacity.max), (pts(15), pts(30)));
    assert_eq!(basic.awarded + capacity.awarded, report.total.awarded);
    assert_eq!(basic.max + capacity.max, report.total.max);
    assert_eq!(
        report.veto("V-02").unwrap().status,
        VetoStatus::Clear,
        "a veto on an N/A indicator does not apply"
    );
}

#[test]
fn without_rebasing_not_applicable_scores_zero_of_zero() {
    let pack = mini_with(|v| v["pass_rule"]["rebase_not_applicable"] = json!(false));
    let mut a = full_marks(&pack);
    a.set_answer("B-02", na());
    let report = evaluate(&pack, &a);
    assert_eq!(report.total.score, Points::whole(15));
    assert_eq!(report.total.scale, Points::whole(15));
    assert_eq!(report.verdict.outcome, Outcome::Fail);
}

#[test]
fn a_declared_veto_fails_even_with_full_points() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.declare_veto("V-01", true);
    let report = evaluate(&pack, &a);
    assert_eq!(report.total.score, Points::whole(20));
    assert_eq!(report.verdict.outcome, Outcome::Fail);
    assert_eq!(report.verdict.reasons.len(), 1);
    assert_eq!(
        report.verdict.reasons[0].text.zh,
        "否决项：重大事故（已申报发生）"
    );
}

#[test]
fn a_threshold_veto_triggers_below_and_clears_at_the_threshold() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer(
        "C-02",
        inputs(&[("batches", "3900"), ("population", "1000000")]),
    );
    let report = evaluate(&pack, &a);
    let veto = report.veto("V-02").unwrap();
    assert_eq!(veto.status, VetoStatus::Triggered);
    assert_eq!(veto.value.as_ref().unwrap().value, dec("3.9"));
    assert_eq!(veto.at_least, Some(dec("4")));
    assert_eq!(report.verdict.outcome, Outcome::Fail);
    let texts: Vec<&str> = report
        .verdict
        .reasons
        .iter()
        .map(|r| r.text.zh.as_str())
        .collect();
    assert!(
        texts.contains(&"否决项：抽检量不足 3.9 批次/千人 < 4"),
        "{texts:?}"
    );

    a.set_answer(
        "C-02",
        inputs(&[("batches", "4000"), ("population", "1000000")]),
    );
    assert_eq!(
        evaluate(&pack, &a).veto("V-02").unwrap().status,
        VetoStatus::Clear
    );
}

#[test]
fn a_veto_with_its_own_calculator_is_unknown_until_its_figure_is_given() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.remove_veto_input("V-03", "score");
    let report = evaluate(&pack, &a);
    assert_eq!(report.veto("V-03").unwrap().status, VetoStatus::Unknown);
    assert_eq!(report.verdict.outcome, Outcome::Incomplete);
    a.set_veto_input("V-03", "score", dec("79.5"));
    let report = evaluate(&pack, &a);
    assert_eq!(report.veto("V-03").unwrap().status, VetoStatus::Triggered);
    assert_eq!(
        report.verdict.reasons[0].text.en,
        "Veto: Satisfaction 79.5 分 < 80"
    );
    a.set_veto_input("V-03", "score", dec("80"));
    assert_eq!(evaluate(&pack, &a).verdict.outcome, Outcome::Pass);
}

#[test]
fn a_key_item_exactly_at_its_floor_is_met() {
    let pack = mini_with(|v| indicator_json(v, "B-01")["key_item"]["floor_percent"] = json!(50));
    let mut a = full_marks(&pack);
    a.set_answer("B-01", level("partly"));
    let report = evaluate(&pack, &a);
    // 1.5 of 3 is exactly 50%.
    assert_eq!(report.key_items[0].status, KeyStatus::Met);
}

#[test]
fn a_key_item_below_its_floor_fails_with_its_rate() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("B-01", level("partly"));
    let report = evaluate(&pack, &a);
    assert_eq!(report.key_items[0].status, KeyStatus::Below);
    assert_eq!(report.verdict.outcome, Outcome::Fail);
    let texts: Vec<&str> = report
        .verdict
        .reasons
        .iter()
        .map(|r| r.text.zh.as_str())
        .collect();
    assert_eq!(texts, ["关键项 B-01 得分率 50% < 60%"]);
}

#[test]
fn incomplete_when_the_unanswered_items_could_still_go_either_way() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.clear_answer("C-01");
    let report = evaluate(&pack, &a);
    // 17 now; 20 if C-01 gets full points: the pass mark 18 lies in between.
    assert_eq!(report.total.range.lower, Points::whole(17));
    assert_eq!(report.total.range.upper, Points::whole(20));
    assert_eq!(report.verdict.outcome, Outcome::Incomplete);
    assert_eq!(report.verdict.reasons[0].kind, ReasonKind::TotalUndecided);
}

#[test]
fn fail_not_incomplete_when_even_full_points_on_the_rest_cannot_reach_the_mark() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.clear_answer("B-02");
    a.set_answer("C-01", findings(6));
    let report = evaluate(&pack, &a);
    // 3 + 0 + 9 = 12 now; B-02 could add 5 at most: 17 < 18.
    assert_eq!(report.total.range.upper, Points::whole(17));
    assert_eq!(report.verdict.outcome, Outcome::Fail);
    assert_eq!(
        report.verdict.reasons[0].text.zh,
        "总分最高只能达到 17 < 18"
    );
}

#[test]
fn incomplete_while_a_key_item_or_a_veto_is_unknown() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.clear_veto("V-01");
    let report = evaluate(&pack, &a);
    assert_eq!(report.verdict.outcome, Outcome::Incomplete);
    assert_eq!(
        report.verdict.reasons[0].text.zh,
        "否决项尚未确定：重大事故"
    );
    let mut a = full_marks(&pack);
    a.clear_answer("B-01");
    let report = evaluate(&pack, &a);
    assert_eq!(report.verdict.outcome, Outcome::Incomplete);
    let texts: Vec<&str> = report
        .verdict
        .reasons
        .iter()
        .map(|r| r.text.zh.as_str())
        .collect();
    assert!(texts.contains(&"关键项 B-01 尚未作答"), "{texts:?}");
}

#[test]
fn the_total_in_words_is_below_the_mark_when_nothing_is_left() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("C-01", findings(3));
    a.set_answer("B-02", items(&["b"]));
    let report = evaluate(&pack, &a);
    // 3 + 3 + 1.5 + 9 = 16.5.
    assert_eq!(report.verdict.reasons[0].text.zh, "总分 16.5 < 18");
    assert_eq!(report.verdict.reasons[0].text.en, "Total 16.5 < 18");
}

#[test]
fn gaps_put_veto_and_key_item_risks_first_then_the_most_points() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("B-02", items(&[]));
    a.set_answer("C-01", findings(2));
    a.set_answer("B-01", level("partly"));
    a.set_answer(
        "C-02",
        inputs(&[("batches", "3500"), ("population", "1000000")]),
    );
    a.entry_mut("C-01").departments = vec!["教育局".into()];
    let report = evaluate(&pack, &a);
    let order: Vec<&str> = report.gaps.iter().map(|g| g.indicator.as_str()).collect();
    assert_eq!(order, ["C-02", "B-01", "B-02", "C-01"]);
    let c01 = &report.gaps[3];
    assert_eq!(c01.recoverable, Points::whole(1));
    let ind = pack.indicator("C-01").unwrap();
    assert_eq!(c01.departments(ind)[0].zh, "教育局");
    let b01 = pack.indicator("B-01").unwrap();
    assert_eq!(report.gaps[1].departments(b01)[0].zh, "食安办");
}

#[test]
fn the_gap_filter_keeps_by_status_department_and_method() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("C-01", findings(2));
    a.set_answer("B-01", level("partly"));
    a.set_answer("B-02", items(&[]));
    a.entry_mut("B-02").answer = None;
    a.entry_mut("C-01").departments = vec!["教育局".into()];
    let report = evaluate(&pack, &a);
    let shown = |filter: GapFilter| -> Vec<String> {
        filter
            .apply(&pack, &report.gaps)
            .iter()
            .map(|g| g.indicator.to_string())
            .collect()
    };
    assert_eq!(shown(GapFilter::default()).len(), report.gaps.len());
    let status = |status| GapFilter {
        status,
        ..GapFilter::default()
    };
    assert_eq!(shown(status(GapStatus::NotAnswered)), ["B-02"]);
    assert!(!shown(status(GapStatus::LostPoints)).contains(&"B-02".to_owned()));
    let veto_risks: Vec<String> = report
        .gaps
        .iter()
        .filter(|g| g.risk == Risk::Veto)
        .map(|g| g.indicator.to_string())
        .collect();
    assert_eq!(shown(status(GapStatus::VetoRisk)), veto_risks);
    // The city's own 责任单位 replaces the pack's: C-01 is 教育局's and no longer 食安办's.
    let department = |d: &str| GapFilter {
        department: Some(d.into()),
        ..GapFilter::default()
    };
    assert_eq!(shown(department("教育局")), ["C-01"]);
    assert!(shown(department("食安办")).contains(&"B-01".to_owned()));
    assert!(!shown(department("食安办")).contains(&"C-01".to_owned()));
    let names: Vec<String> = gap_departments(&pack, &report.gaps)
        .into_iter()
        .map(|d| d.zh)
        .collect();
    assert!(names.contains(&"教育局".to_owned()) && names.contains(&"食安办".to_owned()));
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    // By method: exactly the gaps whose indicator is checked that way.
    let method = pack.indicator("B-01").unwrap().methods[0];
    let by_method = shown(GapFilter {
        method: Some(method),
        ..GapFilter::default()
    });
    for gap in &report.gaps {
        let checked = pack
            .indicator(&gap.indicator)
            .unwrap()
            .methods
            .contains(&method);
        assert_eq!(by_method.contains(&gap.indicator.to_string()), checked);
    }
}

#[test]
fn unanswered_indicators_are_in_the_gap_list_flagged_as_such() {
    let pack = mini();
    let report = evaluate(&pack, &blank(&pack));
    assert_eq!(report.gaps.len(), 4);
    assert!(report.gaps.iter().all(|g| g.unanswered));
    assert_eq!(report.total.counts.not_answered, 4);
}

#[test]
fn rates_are_exact_and_printed_rounded_down() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("C-01", findings(1));
    let report = evaluate(&pack, &a);
    // 19.5 of 20 = 97.5%.
    assert_eq!(report.total.rate.to_string(), "97.5%");
    let capacity = report.group("capacity").unwrap();
    // 11.5 of 12 = 95.8333…% → 95.8%.
    assert_eq!(capacity.rate.to_string(), "95.8%");
}
