//! The 示例市 demo: a complete, clean assessment of the default pack (version 2) with the seed
//! report's figures and a few deliberate gaps, so that it fails on key items with a path to
//! pass, whatever its demonstration projects add.

use fscity_core::actions::{actions, ActionState};
use fscity_core::demo::{demo_assessment, DEMO_CITY};
use fscity_core::pack::default_pack;
use fscity_core::report::{PathToPass, ReasonKind, VetoStatus};
use fscity_core::{evaluate, Decimal, Outcome, Pack, Points, Report};

fn pack() -> Pack {
    default_pack().expect("default pack loads")
}

fn report() -> Report {
    evaluate(&pack(), &demo_assessment())
}

fn value(report: &Report, id: &str) -> Decimal {
    let result = report.indicator(id).unwrap();
    result
        .calculation
        .as_ref()
        .expect("a calculated value")
        .value
}

#[test]
fn reads_as_a_saved_assessment_of_the_default_pack() {
    let pack = pack();
    let demo = demo_assessment();
    assert_eq!(demo.city, DEMO_CITY);
    assert!(demo.name.contains("虚构"), "{}", demo.name);
    assert_eq!(
        (demo.pack_id.as_str(), demo.pack_version),
        (pack.id.as_str(), pack.version)
    );
    assert_eq!(
        (demo.created.as_str(), demo.updated.as_str()),
        ("2026-06-30", "2026-06-30")
    );
}

#[test]
fn every_indicator_is_answered_and_nothing_is_unknown_to_the_pack() {
    let report = report();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    for result in &report.indicators {
        assert!(
            result.status.is_answered(),
            "{}: {:?}",
            result.id,
            result.status
        );
    }
    assert_eq!(report.total.counts.not_answered, 0);
}

#[test]
fn sampling_is_4_3_and_1_8_batches_per_thousand_residents() {
    let report = report();
    assert_eq!(value(&report, "C-02"), Decimal::parse("4.3").unwrap());
    assert_eq!(value(&report, "C-03"), Decimal::parse("1.8").unwrap());
}

#[test]
fn all_317_school_canteens_have_visible_kitchens() {
    let demo = demo_assessment();
    let Some(fscity_core::Answer::Inputs { values }) = demo.answer("P-16") else {
        panic!("P-16 is answered with figures")
    };
    assert_eq!(values["visible"], Decimal::whole(317));
    assert_eq!(values["canteens"], Decimal::whole(317));
    let p16 = report().indicator("P-16").unwrap().clone();
    assert_eq!(p16.awarded, p16.max);
}

#[test]
fn no_veto_is_triggered() {
    let report = report();
    for veto in &report.vetoes {
        assert_eq!(veto.status, VetoStatus::Clear, "{}", veto.id);
    }
}

#[test]
fn does_not_pass_and_says_why() {
    let report = report();
    assert_ne!(report.verdict.outcome, Outcome::Pass);
    assert!(!report.verdict.reasons.is_empty());
    let below: Vec<String> = report
        .verdict
        .reasons
        .iter()
        .filter_map(|r| match &r.kind {
            ReasonKind::KeyItemBelow { indicator } => Some(indicator.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(below, ["P-11", "P-17"]);
    assert!(
        report.total.base >= Points::whole(90),
        "{}",
        report.total.base
    );
    // Its demonstration projects add 3 of at most 4 bonus points, and still it does not pass.
    let bonus = report
        .total
        .bonus
        .expect("the default pack has a bonus block");
    assert_eq!(
        (bonus.awarded, bonus.cap),
        (Points::whole(3), Points::whole(4))
    );
    assert_eq!(report.total.score, report.total.base + bonus.counted);
}

#[test]
fn a_few_gaps_lost_points_each_with_a_reason_and_an_action() {
    let demo = demo_assessment();
    let report = report();
    let lost: Vec<_> = report.gaps.iter().filter(|g| !g.unanswered).collect();
    assert!((3..=6).contains(&lost.len()), "{} gaps", lost.len());
    for gap in lost {
        assert!(gap.recoverable > Points::ZERO, "{}", gap.indicator);
        let entry = demo.entry(&gap.indicator).unwrap();
        assert!(!entry.lost_reason.is_empty(), "{}", gap.indicator);
        assert!(!entry.departments.is_empty(), "{}", gap.indicator);
        let action = entry.action.as_ref().expect("an action");
        assert!(
            action.due.starts_with("2026-"),
            "{}: {}",
            gap.indicator,
            action.due
        );
        assert!(!action.owner.is_empty(), "{}", gap.indicator);
    }
}

#[test]
fn one_action_is_overdue_at_the_end_of_november_2026() {
    let (pack, demo) = (pack(), demo_assessment());
    let list = actions(&pack, &demo, &evaluate(&pack, &demo), "2026-11-30");
    let overdue: Vec<String> = list
        .iter()
        .filter(|a| a.state == ActionState::Overdue)
        .map(|a| a.indicator.to_string())
        .collect();
    assert_eq!(overdue, ["P-17"]);
    assert!(list.iter().all(|a| a.state != ActionState::NotPlanned));
}

#[test]
fn the_path_to_pass_is_a_plan_that_passes() {
    let (pack, mut demo) = (pack(), demo_assessment());
    let PathToPass::Plan(plan) = fscity_core::path_to_pass(&pack, &demo, &evaluate(&pack, &demo))
    else {
        panic!("expected a plan")
    };
    assert!(!plan.improvements.is_empty());
    plan.apply_to(&mut demo);
    assert_eq!(evaluate(&pack, &demo).verdict.outcome, Outcome::Pass);
}
