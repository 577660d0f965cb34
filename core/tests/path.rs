//! The path to pass on the mini pack: concrete targets, vetoes that must be cleared, fewest
//! steps versus least effort, and "cannot pass" with its reason.

mod common;

use common::*;
use fscity_core::report::{Need, PathToPass, Plan, PlanBasis, ReasonKind, VetoTarget};
use fscity_core::{evaluate, Answer, Assessment, Outcome, Pack, Points};
use serde_json::json;

fn plan(pack: &Pack, a: &Assessment) -> Plan {
    match fscity_core::path_to_pass(pack, a, &evaluate(pack, a)) {
        PathToPass::Plan(plan) => plan,
        other => panic!("expected a plan, got {other:?}"),
    }
}

fn passes_after(pack: &Pack, a: &Assessment, plan: &Plan) -> bool {
    let mut after = a.clone();
    plan.apply_to(&mut after);
    evaluate(pack, &after).verdict.outcome == Outcome::Pass
}

#[test]
fn a_passing_assessment_needs_nothing() {
    let pack = mini();
    let report = evaluate(&pack, &full_marks(&pack));
    assert_eq!(
        fscity_core::path_to_pass(&pack, &full_marks(&pack), &report),
        PathToPass::AlreadyPassing
    );
}

#[test]
fn a_declared_veto_cannot_be_worked_off() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.declare_veto("V-01", true);
    let PathToPass::CannotPass { reasons } =
        fscity_core::path_to_pass(&pack, &a, &evaluate(&pack, &a))
    else {
        panic!("a declared veto cannot be improved away");
    };
    assert_eq!(
        reasons[0].kind,
        ReasonKind::VetoTriggered {
            veto: "V-01".into()
        }
    );
    assert_eq!(
        reasons[0].text.zh,
        "否决项：重大事故（已申报发生），无法通过整改消除"
    );
}

#[test]
fn cannot_pass_when_even_full_marks_would_not() {
    let pack = mini_with(|v| v["pass_rule"]["rebase_not_applicable"] = json!(false));
    let mut a = full_marks(&pack);
    a.set_answer(
        "B-02",
        Answer::NotApplicable {
            reason: "无".into(),
        },
    );
    let PathToPass::CannotPass { reasons } =
        fscity_core::path_to_pass(&pack, &a, &evaluate(&pack, &a))
    else {
        panic!("15 applicable points cannot reach 18");
    };
    assert_eq!(
        reasons[0].text.zh,
        "即使每项都取得可达到的最高分，总分最多 15 < 18"
    );
}

#[test]
fn a_threshold_veto_is_cleared_by_raising_the_figure_it_reads() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer(
        "C-02",
        inputs(&[("batches", "3500"), ("population", "1200000")]),
    );
    let plan = plan(&pack, &a);
    let step = &plan.improvements[0];
    assert_eq!(step.indicator, "C-02");
    assert_eq!(
        step.needs,
        [Need::Veto {
            veto: "V-02".into()
        }]
    );
    // 4 per 1,000 of 1,200,000 residents is 4,800 batches; the population is kept.
    assert_eq!(
        step.target,
        inputs(&[("batches", "4800"), ("population", "1200000")])
    );
    assert_eq!((step.from, step.to), (Points::ZERO, Points::whole(9)));
    let text = step.text(pack.indicator("C-02").unwrap());
    assert_eq!(
        text.zh,
        "C-02 抽检量：数值达到 4 批次/千人（如 抽检批次 4800，常住人口 1200000）（0 → 9 分）"
    );
    assert!(passes_after(&pack, &a, &plan));
}

#[test]
fn unknown_vetoes_become_steps_to_settle() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.clear_veto("V-01");
    a.remove_veto_input("V-03", "score");
    let plan = plan(&pack, &a);
    assert!(plan.improvements.is_empty());
    assert_eq!(plan.veto_steps.len(), 2);
    assert_eq!(plan.veto_steps[0].target, VetoTarget::DeclareNo);
    assert_eq!(plan.veto_steps[0].text.zh, "确认否决项“重大事故”未发生");
    let VetoTarget::Inputs { values } = &plan.veto_steps[1].target else {
        panic!("V-03 needs a figure");
    };
    assert_eq!(values["score"], dec("80"));
    assert!(passes_after(&pack, &a, &plan));
}

#[test]
fn a_key_item_below_its_floor_is_raised_to_it() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("B-01", level("partly"));
    let plan = plan(&pack, &a);
    assert_eq!(plan.improvements.len(), 1);
    assert_eq!(plan.improvements[0].needs, [Need::KeyItem]);
    assert_eq!(plan.improvements[0].target, level("met"));
    assert!(passes_after(&pack, &a, &plan));
}

/// Pass mark 15; B-02 and C-01 each lack 3 points and either alone closes the gap of 1.
fn two_ways_to_pass() -> (Pack, Assessment) {
    let pack = mini_with(|v| v["pass_rule"]["min_total"] = json!(15));
    let mut a = full_marks(&pack);
    a.set_answer("B-02", items(&["a"]));
    a.set_answer("C-01", findings(6));
    (pack, a)
}

#[test]
fn the_fewest_steps_close_the_gap_and_ask_no_more_than_needed() {
    let (pack, a) = two_ways_to_pass();
    let plan = plan(&pack, &a);
    assert_eq!(plan.basis, PlanBasis::Count);
    assert_eq!(plan.improvements.len(), 1);
    assert_eq!(plan.improvements[0].needs, [Need::Total]);
    assert!(passes_after(&pack, &a, &plan));
    assert_eq!(plan.score_after, Points::whole(17));
}

#[test]
fn effort_estimates_make_the_plan_prefer_the_cheaper_step() {
    let (pack, mut a) = two_ways_to_pass();
    a.entry_mut("B-02").effort = Some(10);
    a.entry_mut("C-01").effort = Some(2);
    let plan = plan(&pack, &a);
    assert_eq!(plan.basis, PlanBasis::Effort);
    assert_eq!(plan.improvements.len(), 1);
    let step = &plan.improvements[0];
    assert_eq!(step.indicator, "C-01");
    // 14 now, 15 needed: one point is enough, so 4 findings (1 point) rather than none.
    assert_eq!(step.target, findings(4));
    assert_eq!(plan.total_effort, Some(2));
    assert!(passes_after(&pack, &a, &plan));
}

#[test]
fn an_empty_assessment_gets_a_plan_that_passes() {
    let pack = mini();
    let a = blank(&pack);
    let plan = plan(&pack, &a);
    assert!(!plan.improvements.is_empty());
    assert!(passes_after(&pack, &a, &plan));
}

/// C-02 becomes a percentage typed directly, with a top threshold of 150% that no figure can
/// reach; V-02 no longer reads it.
fn unreachable_top(min_total: u32) -> Pack {
    mini_with(|v| {
        let rule = &mut indicator_json(v, "C-02")["rule"];
        rule["inputs"] = json!([{ "id": "rate", "label": { "zh": "覆盖率" }, "unit": { "zh": "%" }, "kind": "percent" }]);
        rule["formula"] = json!({ "kind": "value", "input": "rate" });
        rule["thresholds"] =
            json!([{ "at_least": 50, "points": 4.5 }, { "at_least": 150, "points": 9 }]);
        v["vetoes"].as_array_mut().unwrap().remove(1);
        v["pass_rule"]["min_total"] = json!(min_total);
    })
}

#[test]
fn a_threshold_no_figure_can_reach_is_not_counted_on() {
    let pack = unreachable_top(15);
    let a = blank(&pack);
    let plan = plan(&pack, &a);
    let c02 = plan
        .improvements
        .iter()
        .find(|s| s.indicator == "C-02")
        .expect("C-02 is needed");
    assert_eq!(c02.to, Points::from_tenths(45));
    assert_eq!(c02.target, inputs(&[("rate", "50")]));
    assert!(passes_after(&pack, &a, &plan));

    let pack = unreachable_top(18);
    let PathToPass::CannotPass { reasons } =
        fscity_core::path_to_pass(&pack, &blank(&pack), &evaluate(&pack, &blank(&pack)))
    else {
        panic!("3 + 5 + 3 + 4.5 = 15.5 < 18");
    };
    assert_eq!(
        reasons[0].text.zh,
        "即使每项都取得可达到的最高分，总分最多 15.5 < 18"
    );
}
