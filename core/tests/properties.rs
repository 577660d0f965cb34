//! Properties over arbitrary assessments, including unknown IDs, negative and huge figures and
//! answers of the wrong kind: the engine stays total and its arithmetic stays consistent, and
//! every plan it proposes really passes. Packs: the mini pack, a variant with all-required
//! sub-items and no rebasing, a generated pack with every rule type, and the default pack.

mod common;

use common::*;
use fscity_core::pack::{Pack, Rule};
use fscity_core::report::{PathToPass, Status};
use fscity_core::{evaluate, Answer, Assessment, Decimal, Outcome, Points};
use proptest::prelude::*;
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn packs() -> &'static [Pack] {
    static PACKS: OnceLock<Vec<Pack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        vec![
            mini(),
            mini_with(|v| {
                v["pass_rule"]["rebase_not_applicable"] = json!(false);
                v["pass_rule"]["min_total"] = json!(12);
                indicator_json(v, "B-02")["rule"]["mode"] = json!("all_required");
                indicator_json(v, "C-02")["na_allowed"] = json!(true);
            }),
            generate::pack(40),
            common::nfsdc_v1(),
            fscity_core::pack::default_pack().expect("default pack loads"),
        ]
    })
}

/// Figures a file could hold: ordinary ones, zero, negative, fractional, and huge.
fn figure() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => (0i64..10_000).prop_map(Decimal::whole),
        1 => Just(Decimal::ZERO),
        1 => (-1_000i64..0).prop_map(Decimal::whole),
        1 => (0u32..1_000_000).prop_map(|m| Decimal::parse(&format!("3.{m:06}")).unwrap()),
        1 => prop_oneof![Just(i64::MAX), Just(i64::MIN), Just(1_000_000_000_001)]
            .prop_map(Decimal::whole),
        2 => Just(Decimal::whole(1_000_000)),
    ]
}

/// Any answer for any rule, drawn from the names the pack uses plus some it does not.
fn any_answer(names: Vec<String>) -> impl Strategy<Value = Answer> {
    let name = proptest::sample::select(names);
    prop_oneof![
        name.clone().prop_map(|level| Answer::Level { level }),
        proptest::collection::btree_set(name.clone(), 0..4)
            .prop_map(|met| Answer::SubItems { met }),
        prop_oneof![0u64..12, Just(u64::MAX)].prop_map(|count| Answer::Findings { count }),
        proptest::collection::btree_map(name, figure(), 0..4)
            .prop_map(|values| Answer::Inputs { values }),
        Just(Answer::NotApplicable {
            reason: "不适用".into()
        }),
    ]
}

/// Every ID, level, sub-item and input name the pack uses, plus strangers.
fn names(pack: &Pack) -> Vec<String> {
    let mut names: BTreeSet<String> = ["bogus", "Z-99", "met"].map(String::from).into();
    for ind in pack.indicators().take(60) {
        match &ind.rule {
            Rule::Levels { levels } => names.extend(levels.iter().map(|l| l.id.clone())),
            Rule::SubItems { items, .. } => names.extend(items.iter().map(|i| i.id.clone())),
            Rule::Calculator(c) => names.extend(c.spec.inputs.iter().map(|i| i.id.clone())),
            Rule::Deductions { .. } => {}
        }
    }
    names.into_iter().collect()
}

fn any_assessment() -> impl Strategy<Value = (usize, Assessment)> {
    (0..packs().len())
        .prop_flat_map(|p| {
            let pack = &packs()[p];
            let mut ids: Vec<String> = pack.indicators().map(|i| i.id.clone()).collect();
            ids.push("Z-99".into());
            let vetoes: Vec<String> = pack.vetoes.iter().map(|v| v.id.clone()).collect();
            let answers = proptest::collection::btree_map(
                proptest::sample::select(ids),
                proptest::option::weighted(0.85, any_answer(names(pack))),
                0..30,
            );
            let declarations = proptest::collection::btree_map(
                proptest::sample::select(vetoes.clone()),
                any::<bool>(),
                0..4,
            );
            let veto_inputs = proptest::collection::btree_map(
                proptest::sample::select(vetoes),
                proptest::collection::btree_map(
                    prop_oneof![Just("score".to_owned()), Just("other".to_owned())],
                    figure(),
                    0..2,
                ),
                0..3,
            );
            (
                Just(p),
                answers,
                declarations,
                veto_inputs,
                any::<Option<u32>>(),
            )
        })
        .prop_map(|(p, answers, declarations, veto_inputs, effort)| {
            let pack = &packs()[p];
            let mut a = blank(pack);
            for (id, answer) in answers {
                let entry = a.entry_mut(&id);
                entry.answer = answer;
                entry.effort = effort.map(|e| e % 20);
            }
            a.veto_declarations = declarations;
            a.veto_inputs = veto_inputs;
            (p, a)
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn points_stay_between_zero_and_the_maximum((p, a) in any_assessment()) {
        let report = evaluate(&packs()[p], &a);
        for r in &report.indicators {
            prop_assert!(Points::ZERO <= r.awarded && r.awarded <= r.max, "{}: {:?}", r.id, r);
        }
        let t = &report.total;
        // Bonus points may lift the score above the base scale, by at most their cap.
        let cap = t.bonus.map_or(Points::ZERO, |b| b.cap);
        prop_assert!(Points::ZERO <= t.score && t.score <= t.scale + cap);
        prop_assert!(t.range.lower <= t.range.upper && t.range.upper <= t.scale + cap);
    }

    #[test]
    fn totals_equal_the_sum_of_their_parts((p, a) in any_assessment()) {
        let pack = &packs()[p];
        let report = evaluate(pack, &a);
        // The total is the base: a bonus block's points are added apart, after it.
        let applicable = || report.indicators.iter().filter(|r| r.status != Status::NotApplicable && !pack.is_bonus_indicator(&r.id));
        let base_groups = || report.groups.iter().filter(|g| g.bonus_cap.is_none());
        prop_assert_eq!(report.total.awarded, applicable().map(|r| r.awarded).sum::<Points>());
        prop_assert_eq!(report.total.max, applicable().map(|r| r.max).sum::<Points>());
        prop_assert_eq!(report.total.awarded, base_groups().map(|g| g.awarded).sum::<Points>());
        prop_assert_eq!(report.total.max, base_groups().map(|g| g.max).sum::<Points>());
        let c = report.total.counts;
        prop_assert_eq!(c.answered + c.not_answered + c.not_applicable, pack.base_indicator_count());
    }

    #[test]
    fn groups_are_raw_and_only_the_total_is_rebased((p, a) in any_assessment()) {
        let pack = &packs()[p];
        let report = evaluate(pack, &a);
        let mut start = 0;
        for (group, g) in pack.groups.iter().zip(&report.groups) {
            let rows = &report.indicators[start..start + group.indicators.len()];
            start += group.indicators.len();
            let applicable = || rows.iter().filter(|r| r.status != Status::NotApplicable);
            prop_assert_eq!(g.awarded, applicable().map(|r| r.awarded).sum::<Points>(), "{}", g.id);
            prop_assert_eq!(g.max, applicable().map(|r| r.max).sum::<Points>(), "{}", g.id);
        }
        let t = &report.total;
        // A bonus block's points (up to its cap) come on top of the base, rebased or not.
        let plus = t.bonus.map_or(0, |b| b.counted.tenths());
        if pack.pass_rule.rebase_not_applicable {
            let expected = if t.max.tenths() > 0 {
                t.awarded.tenths() * pack.total_points.tenths() / t.max.tenths()
            } else {
                0
            };
            prop_assert_eq!(t.score.tenths(), expected + plus);
            prop_assert_eq!(t.scale, pack.total_points);
        } else {
            prop_assert_eq!(t.score.tenths(), t.awarded.tenths() + plus);
            prop_assert_eq!(t.scale, t.max);
        }
    }

    #[test]
    fn improving_one_answer_never_lowers_the_total(
        (p, a) in any_assessment(),
        pick in any::<proptest::sample::Index>(),
        seed in any::<u64>(),
    ) {
        let pack = &packs()[p];
        let before = evaluate(pack, &a);
        let ind = pick.get(&pack.indicators().collect::<Vec<_>>()).to_owned();
        let mut rng = generate::Lcg::new(seed);
        let mut b = a.clone();
        b.set_answer(&ind.id, generate::answer(&ind.rule, &mut rng));
        let after = evaluate(pack, &b);
        let (old, new) = (before.indicator(&ind.id).unwrap(), after.indicator(&ind.id).unwrap());
        let same_scale = (old.status == Status::NotApplicable) == (new.status == Status::NotApplicable);
        if same_scale && new.awarded >= old.awarded {
            prop_assert!(after.total.score >= before.total.score,
                "{}: {} → {} but total {} → {}", ind.id, old.awarded, new.awarded,
                before.total.score, after.total.score);
        }
    }

    #[test]
    fn applying_the_path_to_pass_yields_a_pass((p, a) in any_assessment()) {
        let pack = &packs()[p];
        let report = evaluate(pack, &a);
        match &fscity_core::path_to_pass(pack, &a, &report) {
            PathToPass::AlreadyPassing => prop_assert_eq!(report.verdict.outcome, Outcome::Pass),
            PathToPass::Plan(plan) => {
                let mut after = a.clone();
                plan.apply_to(&mut after);
                let again = evaluate(pack, &after);
                prop_assert_eq!(again.verdict.outcome, Outcome::Pass,
                    "plan {:?}\nreasons {:?}", plan, again.verdict.reasons);
                prop_assert_eq!(again.total.score, plan.score_after);
            }
            PathToPass::CannotPass { reasons } => {
                prop_assert!(!reasons.is_empty());
                prop_assert_ne!(report.verdict.outcome, Outcome::Pass);
            }
        }
    }

    #[test]
    fn evaluation_is_deterministic_and_survives_a_json_round_trip((p, a) in any_assessment()) {
        let pack = &packs()[p];
        let json = serde_json::to_string(&a).unwrap();
        let report = evaluate(pack, &a);
        prop_assert_eq!(&evaluate(pack, &a), &report);
        // Figures beyond a trillion do not deserialise (input refuses them); the rest round-trips.
        if let Ok(again) = serde_json::from_str::<Assessment>(&json) {
            prop_assert_eq!(&again, &a);
            prop_assert_eq!(&evaluate(pack, &again), &report);
        }
        for r in &report.indicators {
            let ind = pack.indicator(&r.id).unwrap();
            prop_assert!(!r.explain(ind).zh.is_empty());
        }
        if let PathToPass::Plan(plan) = &fscity_core::path_to_pass(pack, &a, &report) {
            for step in &plan.improvements {
                prop_assert!(!step.text(pack.indicator(&step.indicator).unwrap()).en.is_empty());
            }
        }
    }
}

#[test]
fn the_generated_pack_with_every_rule_type_evaluates_and_plans() {
    let pack = generate::pack(200);
    for seed in 0..20 {
        let a = generate::assessment(&pack, seed);
        let report = evaluate(&pack, &a);
        if let PathToPass::Plan(plan) = &fscity_core::path_to_pass(&pack, &a, &report) {
            let mut after = a.clone();
            plan.apply_to(&mut after);
            assert_eq!(evaluate(&pack, &after).verdict.outcome, Outcome::Pass);
        }
    }
}
