//! A hand-worked assessment of the default pack. Every expected figure below was calculated
//! by hand from the pack's rules (see the comments), not copied from the engine's output.
//!
//! Basic work (35 points), awarded:
//!   B-01 met 3 · B-02 partly 0.9 · B-03 rules+meetings 2 · B-04 met 1.5
//!   B-05 growth (105 − 100) / 100 = 5% ≥ 0.000001 → 3 · B-06 met 1.5 · B-07 plan+annual 1
//!   B-08 all four 2 · B-09 partly 0.9 · B-10 met 1.5 · B-11 all three 1.5
//!   B-12 law+week 2.5 · B-13 met 1 · B-14 partly 0.6 · B-15 96 / 100 = 96% ≥ 95 → 1
//!   B-16 86% ≥ 85 → 2.5 · B-17 82.5 ≥ 80 → 3 · B-18 met 1
//!   = 30.4 of 35 (lost 0.6 + 1 + 0.5 + 0.6 + 1 + 0.4 + 0.5 = 4.6).
//! Capacity (30 points):
//!   C-01 2 · C-02 5,000 / 1,250,000 × 1,000 = 4.0 ≥ 4 → 4 · C-03 1,000 / 1,250,000 × 1,000 =
//!   0.8 ≥ 0.8 → 2 · C-04 met 2 · C-05 50 / 50 = 100% → 3 · C-06 100 / 100 → 3
//!   C-07 partly 0.9 · C-08 platform 1 · C-09 1.5 · C-10 1.5 · C-11 partly 0.9
//!   C-12 970 / 1,000 = 97% ≥ 95 → 1.5 · C-13 1.5 · C-14 1.5
//!   = 26.3 of 30 (lost 1 + 0.6 + 1 + 0.6 + 0.5 = 3.7).
//! Operations (35 points; P-05, P-06 and P-10 N/A, so 35 − 1.5 − 1.5 − 1 = 31 applicable):
//!   P-01 2 · P-02 980 / 1,000 = 98% → 2 · P-03 1.5 · P-04 1 · P-07 1 − 0.5 = 0.5
//!   P-08 2 − 0.5 = 1.5 · P-09 1.5 · P-11 2.5 − 1 = 1.5 · P-12 1.5 · P-13 1 − 1.5 → 0
//!   P-14 2.5 − 0.5 = 2 · P-15 1.5 − 0.5 = 1 · P-16 190 / 200 = 95% → 2 · P-17 3 − 1 = 2
//!   P-18 1 · P-19 1 · P-20 1 · P-21 one of two required → 0 · P-22 partly 0.6
//!   = 23.6 of 31.
//! Total 30.4 + 26.3 + 23.6 = 80.3 of 96 applicable; rebased to 100: 80.3 × 100 / 96 =
//! 83.6458… → 83.6 (rounded down). Rate 80.3 / 96 = 83.6%.
//! Groups are never rescaled: 30.4 / 35, 26.3 / 30, 23.6 / 31, the sums of their rows; only
//! the total is rebased.
//! Key items: B-03 2/3, C-03 2/3, P-16 2/3, P-17 2/3 all ≥ 60%; P-11 1.5/2.5 is exactly 60%.
//! Vetoes: V-03 reads C-03, 0.8 < 1 → triggered; V-02 reads C-02 at exactly 4 → clear.
//! Verdict: fail, because of V-03 and because 83.6 < 90.
//!
//! Path to pass (fewest steps): C-03 must reach 1 per 1,000, i.e. 1,250 batches of 1,250,000
//! residents, which also gives full 3 points (+1): 81.3. The mark 90 on a 96-point base needs
//! 90 × 96 / 100 = 86.4 raw points, 5.1 more. The largest gains are 1 point each (B-03, B-12,
//! C-08, P-11, P-13, P-16, P-17, P-21); five give 5.0 < 5.1, so six are needed (the first six
//! in pack order): 7 improvements in all. Lowering to the least sufficient answers (0.9
//! spare) turns P-13 into one finding (0.5 instead of 1): 86.8 raw → 86.8 × 100 / 96 =
//! 90.41… → 90.4.

mod common;

use common::*;
use fscity_core::report::{KeyStatus, Need, PathToPass, VetoStatus};
use fscity_core::{evaluate, Answer, Assessment, Outcome, Points};

fn hand_worked() -> (fscity_core::Pack, Assessment) {
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    let set = |a: &mut Assessment, id: &str, answer: Answer| a.set_answer(id, answer);
    for (id, lvl) in [
        ("B-01", "met"),
        ("B-02", "partly"),
        ("B-04", "met"),
        ("B-06", "met"),
        ("B-09", "partly"),
        ("B-10", "met"),
        ("B-13", "met"),
        ("B-14", "partly"),
        ("B-18", "met"),
        ("C-04", "met"),
        ("C-07", "partly"),
        ("C-09", "met"),
        ("C-10", "met"),
        ("C-11", "partly"),
        ("C-13", "met"),
        ("C-14", "met"),
        ("P-03", "met"),
        ("P-04", "met"),
        ("P-19", "met"),
        ("P-22", "partly"),
    ] {
        set(&mut a, id, level(lvl));
    }
    for (id, met) in [
        ("B-03", &["rules", "meetings"][..]),
        ("B-07", &["plan", "annual"]),
        ("B-08", &["group", "plan", "tasks", "team"]),
        ("B-11", &["plan", "drill", "handling"]),
        ("B-12", &["law", "week"]),
        ("C-01", &["contaminants", "disease"]),
        ("C-08", &["platform"]),
        ("P-01", &["crackdown", "monitoring"]),
        ("P-21", &["records"]),
    ] {
        set(&mut a, id, items(met));
    }
    for (id, count) in [
        ("P-07", 1),
        ("P-08", 1),
        ("P-09", 0),
        ("P-11", 2),
        ("P-12", 0),
        ("P-13", 3),
        ("P-14", 1),
        ("P-15", 1),
        ("P-17", 2),
        ("P-18", 0),
        ("P-20", 0),
    ] {
        set(&mut a, id, findings(count));
    }
    for (id, figures) in [
        ("B-05", &[("current", "105"), ("previous", "100")][..]),
        ("B-15", &[("published", "96"), ("required", "100")]),
        ("B-16", &[("awareness", "86")]),
        ("B-17", &[("score", "82.5")]),
        ("C-02", &[("batches", "5000"), ("population", "1250000")]),
        ("C-03", &[("batches", "1000"), ("population", "1250000")]),
        ("C-05", &[("done", "50"), ("failed", "50")]),
        ("C-06", &[("handled", "100"), ("due", "100")]),
        ("C-12", &[("inspected", "970"), ("licensed", "1000")]),
        ("P-02", &[("passed", "980"), ("tested", "1000")]),
        ("P-16", &[("visible", "190"), ("canteens", "200")]),
    ] {
        set(&mut a, id, inputs(figures));
    }
    for id in ["P-05", "P-06", "P-10"] {
        a.mark_not_applicable(id, "本市无此类单位");
    }
    a.declare_veto("V-01", false);
    (pack, a)
}

fn pts(tenths: i64) -> Points {
    Points::from_tenths(tenths)
}

#[test]
fn the_hand_worked_assessment_scores_as_calculated() {
    let (pack, a) = hand_worked();
    let report = evaluate(&pack, &a);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(report.total.counts.not_answered, 0);
    assert_eq!(report.total.counts.not_applicable, 3);

    let raw: Vec<(Points, Points)> = report.groups.iter().map(|g| (g.awarded, g.max)).collect();
    assert_eq!(
        raw,
        [
            (pts(304), pts(350)),
            (pts(263), pts(300)),
            (pts(236), pts(310))
        ]
    );
    assert_eq!(
        (report.total.awarded, report.total.max),
        (pts(803), pts(960))
    );
    assert_eq!(report.total.score, pts(836));
    assert_eq!(report.total.rate.to_string(), "83.6%");
}

/// The hand-worked answers with nothing N/A: P-05 two of three sub-items (0.5 + 0.5 = 1 of
/// 1.5), P-06 one finding (1.5 − 0.5 = 1), P-10 no finding (1 of 1).
fn hand_worked_all_applicable() -> (fscity_core::Pack, Assessment) {
    let (pack, mut a) = hand_worked();
    a.set_answer("P-05", items(&["testing", "overlimit"]));
    a.set_answer("P-06", findings(1));
    a.set_answer("P-10", findings(0));
    (pack, a)
}

#[test]
fn with_nothing_not_applicable_the_total_is_the_sum_of_the_groups() {
    let (pack, a) = hand_worked_all_applicable();
    let report = evaluate(&pack, &a);
    assert_eq!(report.total.counts.not_applicable, 0);
    // Operations: 23.6 + 1 + 1 + 1 = 26.6 of 35. Total 30.4 + 26.3 + 26.6 = 83.3 of 100;
    // rebasing 83.3 × 100 / 100 changes nothing.
    let raw: Vec<(Points, Points)> = report.groups.iter().map(|g| (g.awarded, g.max)).collect();
    assert_eq!(
        raw,
        [
            (pts(304), pts(350)),
            (pts(263), pts(300)),
            (pts(266), pts(350))
        ]
    );
    assert_eq!(
        (report.total.awarded, report.total.max),
        (pts(833), pts(1000))
    );
    assert_eq!(report.total.score, pts(833));
}

#[test]
fn an_indicator_marked_not_applicable_changes_only_its_own_group_and_the_total() {
    let (pack, mut a) = hand_worked_all_applicable();
    a.mark_not_applicable("P-10", "本市无食品相关产品生产单位");
    let report = evaluate(&pack, &a);
    assert_eq!(report.total.counts.not_applicable, 1);
    // P-10 (1 of 1) leaves operations: 26.6 − 1 = 25.6 of 35 − 1 = 34. Basic and capacity
    // have no N/A indicator and stay exactly as they were: 30.4 / 35 and 26.3 / 30.
    let raw: Vec<(Points, Points)> = report.groups.iter().map(|g| (g.awarded, g.max)).collect();
    assert_eq!(
        raw,
        [
            (pts(304), pts(350)),
            (pts(263), pts(300)),
            (pts(256), pts(340))
        ]
    );
    // The printed column adds up: 30.4 + 26.3 + 25.6 = 82.3 of 35 + 30 + 34 = 99.
    assert_eq!(
        (report.total.awarded, report.total.max),
        (pts(823), pts(990))
    );
    // Only the total is rebased: floor(82.3 × 100 / 99) to tenths = floor(83.131…) = 83.1,
    // out of 100 (in tenths: 823 × 1000 / 990 = 831.31… → 831).
    assert!(report.total.rebased);
    assert_eq!(report.total.score, pts(831));
    assert_eq!(report.total.scale, Points::whole(100));
    let tables = fscity_core::export::group_tables(
        &pack,
        &a,
        &report,
        fscity_core::export::TableOptions::default(),
        fscity_core::Lang::Zh,
    );
    let subtotals: Vec<(Points, Points)> = tables.iter().map(|t| (t.score, t.max)).collect();
    assert_eq!(
        subtotals, raw,
        "the printed subtotals are the raw group points"
    );
}

#[test]
fn the_hand_worked_assessment_fails_on_a_veto_and_on_the_total() {
    let (pack, a) = hand_worked();
    let report = evaluate(&pack, &a);
    assert!(report.key_items.iter().all(|k| k.status == KeyStatus::Met));
    assert_eq!(report.veto("V-02").unwrap().status, VetoStatus::Clear);
    assert_eq!(report.veto("V-03").unwrap().status, VetoStatus::Triggered);
    assert_eq!(report.verdict.outcome, Outcome::Fail);
    let reasons: Vec<&str> = report
        .verdict
        .reasons
        .iter()
        .map(|r| r.text.zh.as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            "否决项：食用农产品抽检量不足 0.8 批次/千人 < 1",
            "总分 83.6 < 90"
        ]
    );
    let c03 = report.indicator("C-03").unwrap();
    let text = c03.explain(pack.indicator("C-03").unwrap());
    assert_eq!(text.zh, "0.8 批次/千人 ≥ 0.8 → 2 分（满分 3 分）");
}

#[test]
fn the_hand_worked_path_to_pass_has_seven_steps_and_passes() {
    let (pack, a) = hand_worked();
    let PathToPass::Plan(plan) = fscity_core::path_to_pass(&pack, &a, &evaluate(&pack, &a)) else {
        panic!("a plan exists");
    };
    assert_eq!(plan.improvements.len(), 7);
    let first = &plan.improvements[0];
    assert_eq!(first.indicator, "C-03");
    assert_eq!(
        first.needs,
        [Need::Veto {
            veto: "V-03".into()
        }]
    );
    assert_eq!(
        first.target,
        inputs(&[("batches", "1250"), ("population", "1250000")])
    );
    let p13 = plan
        .improvements
        .iter()
        .find(|s| s.indicator == "P-13")
        .unwrap();
    assert_eq!(p13.target, findings(1));
    assert_eq!(plan.score_after, pts(904));
    let mut after = a.clone();
    plan.apply_to(&mut after);
    let report = evaluate(&pack, &after);
    assert_eq!(report.verdict.outcome, Outcome::Pass);
    assert_eq!(report.total.score, pts(904));
}
