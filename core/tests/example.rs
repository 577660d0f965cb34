//! Worked examples: for every indicator the example's points are what evaluation gives its
//! answer, partial wherever the rule has partial points, and stated in the words.

mod common;

use common::{blank, generate};
use fscity_core::example::worked_example;
use fscity_core::pack::{default_pack, Indicator, Pack, Rule, SubItemMode};
use fscity_core::{evaluate, Answer, Points};

fn pack() -> Pack {
    default_pack().expect("default pack loads")
}

/// The points `evaluate` gives `answer` for `ind` in an assessment of `pack`.
fn evaluated(pack: &Pack, ind: &Indicator, answer: &Answer) -> Points {
    let mut a = blank(pack);
    a.set_answer(&ind.id, answer.clone());
    evaluate(pack, &a).indicator(&ind.id).unwrap().awarded
}

/// Whether some answer to the rule scores more than 0 and less than the maximum.
fn allows_partial(ind: &Indicator) -> bool {
    let max = ind.max_points;
    let partial = |p: Points| p > Points::ZERO && p < max;
    match &ind.rule {
        Rule::Levels { levels } => levels.iter().any(|l| partial(l.points)),
        Rule::SubItems { mode, items } => {
            *mode == SubItemMode::Sum && items.iter().any(|i| partial(i.points))
        }
        Rule::Deductions { per_finding, .. } => *per_finding < max,
        Rule::Calculator(c) => c.thresholds.iter().any(|t| partial(t.points)),
    }
}

/// Checks every indicator of `pack`; returns how many examples were partial.
fn check_pack(pack: &Pack) -> usize {
    let mut partial = 0;
    for ind in pack.indicators() {
        let ex = worked_example(pack, ind);
        let id = &ind.id;
        assert_eq!(ex.points, evaluated(pack, ind, &ex.answer), "{id}");
        if allows_partial(ind) {
            assert!(
                ex.points > Points::ZERO && ex.points < ind.max_points,
                "{id}: {} is not partial: {}",
                ex.points,
                ex.text.zh
            );
            partial += 1;
        }
        let shown = format!("{} 分", ex.points);
        assert!(ex.text.zh.contains(&shown), "{id}: {}", ex.text.zh);
        assert!(ex.text.zh.starts_with("例："), "{id}: {}", ex.text.zh);
        assert!(ex.text.en.starts_with("Example: "), "{id}: {}", ex.text.en);
    }
    partial
}

#[test]
fn every_default_indicator_has_an_example_that_evaluation_agrees_with() {
    let pack = pack();
    // Every indicator but P-21, whose two sub-items are all required, has partial points.
    assert_eq!(check_pack(&pack), pack.indicator_count() - 1);
}

#[test]
fn examples_hold_on_generated_packs_of_every_rule_shape() {
    for n in [10, 17, 40, 81] {
        let pack = generate::pack(n);
        check_pack(&pack);
    }
}

#[test]
fn a_per_thousand_example_lands_between_two_thresholds_and_says_so() {
    let pack = pack();
    let ex = worked_example(&pack, pack.indicator("C-02").unwrap());
    assert_eq!(ex.points, Points::whole(2));
    let zh = &ex.text.zh;
    for part in [
        "450,000 人",
        "1,575 批次",
        "3.5 批次/千人",
        "≥ 3 未达 4",
        "得 2 分（满分 4 分）",
    ] {
        assert!(zh.contains(part), "{part} missing in {zh}");
    }
    assert!(
        ex.text.en.contains("at least 3 but below 4"),
        "{}",
        ex.text.en
    );
    assert!(ex.text.en.contains("2 of 4 points"), "{}", ex.text.en);
}

#[test]
fn a_levels_example_takes_the_middle_level_and_lists_them_all() {
    let pack = pack();
    let ex = worked_example(&pack, pack.indicator("B-01").unwrap());
    assert_eq!(
        ex.answer,
        Answer::Level {
            level: "partly".into()
        }
    );
    assert_eq!(ex.points, Points::from_tenths(18));
    assert!(ex.text.zh.contains("评为“基本符合”"), "{}", ex.text.zh);
    assert!(
        ex.text
            .zh
            .contains("符合 3 分，基本符合 1.8 分，不符合 0 分"),
        "{}",
        ex.text.zh
    );
}

#[test]
fn a_sub_items_example_misses_one_item_and_names_it() {
    let pack = pack();
    let ind = pack.indicator("B-07").unwrap();
    let ex = worked_example(&pack, ind);
    assert_eq!(ex.points, Points::whole(1));
    assert!(ex.text.zh.contains("满足 2/3 项要点"), "{}", ex.text.zh);
    let Rule::SubItems { items, .. } = &ind.rule else {
        panic!("B-07 has sub-items")
    };
    assert!(ex.text.zh.contains(&items[2].text.zh), "{}", ex.text.zh);
}

#[test]
fn a_deductions_example_takes_two_findings_or_one_when_two_empty_it() {
    let pack = pack();
    let p08 = worked_example(&pack, pack.indicator("P-08").unwrap());
    assert_eq!(p08.answer, Answer::Findings { count: 2 });
    assert_eq!(p08.points, Points::whole(1));
    assert!(
        p08.text
            .zh
            .contains("发现 2 处扣分问题，每处扣 0.5 分，共扣 1 分"),
        "{}",
        p08.text.zh
    );
    // P-07 is worth 1 point at 0.5 a finding: two findings would leave nothing.
    let p07 = worked_example(&pack, pack.indicator("P-07").unwrap());
    assert_eq!(p07.answer, Answer::Findings { count: 1 });
    assert_eq!(p07.points, Points::from_tenths(5));
}
