//! 现场检查: the register of points read from a city's sheet (problems at their cells, unknown
//! 业态 kept and reported), and the sampled plan (the seed's shape reproduced exactly, no point
//! twice, the same seed the same plan, shortfalls said).

use fscity_core::inspection::{
    draw, read_register, Inspection, Mode, PlanRule, Point, Shortfall, UnitTypes,
};
use fscity_core::sheet_pack::csv::parse_csv;
use fscity_core::{Lang, Localize};
use proptest::prelude::*;
use std::collections::BTreeSet;

#[test]
fn the_shipped_types_are_the_seventeen_of_the_fuzhou_rehearsal() {
    let types = UnitTypes::shipped();
    assert_eq!(types.0.len(), 17);
    assert_eq!(types.find("小餐饮").unwrap().id, "small_restaurant");
    assert_eq!(
        types.find("小餐馆").unwrap().id,
        "small_restaurant",
        "an alias"
    );
    assert_eq!(types.find("Small eatery").unwrap().id, "small_restaurant");
    // Every type the default rule draws is on the list.
    let rule = PlanRule::seed_shape();
    for (t, _) in rule.open.per_type.iter().chain(&rule.covert.per_type) {
        assert!(types.get(t).is_some(), "{t}");
    }
}

#[test]
fn a_register_is_read_with_unknown_types_kept_and_problems_at_their_cells() {
    let types = UnitTypes::shipped();
    let csv = "区县,街道/乡镇,业态,单位名称,地址,负责人/联系电话,包保单位,经度,纬度\n\
               东区,炳草岗街道,小餐饮,老王面馆,人民街 1 号,王某 138,炳草岗街道办,101.7,26.58\n\
               米易县,攀莲镇,网红奶茶店,甜蜜站,,,,,\n";
    let read = read_register(&parse_csv(csv, "点位").unwrap(), &types).unwrap();
    assert_eq!(read.points.len(), 2);
    let first = &read.points[0];
    assert_eq!(
        (
            first.number,
            first.unit_type.as_str(),
            first.assigned.as_str()
        ),
        (1, "small_restaurant", "炳草岗街道办")
    );
    assert!(first.position.is_some());
    assert_eq!(read.points[1].unit_type, "网红奶茶店", "kept as written");
    assert_eq!(read.unknown_types.len(), 1);
    assert_eq!(read.unknown_types[0].row, 3);

    let broken = "区县,街道/乡镇,业态,单位名称,经度,纬度\n\
                  东区,,小餐饮,老王面馆,101.7,\n\
                  东区,炳草岗街道,超市,,东经,26\n";
    let errors = read_register(&parse_csv(broken, "点位").unwrap(), &types).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::Zh)).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages[0].contains("B2") || messages[0].contains("第 2 行"),
        "{messages:?}"
    );
    let missing = read_register(
        &parse_csv("区县,单位名称\n东区,面馆\n", "点位").unwrap(),
        &types,
    )
    .unwrap_err();
    assert!(
        missing.iter().any(|e| e.message(Lang::Zh).contains("业态")),
        "a missing column is named"
    );
}

/// A register of 3 districts and 2 counties, 4 streets each, `per_street` points of every type
/// in every street.
fn synthetic(per_street: u32) -> Vec<Point> {
    let types = UnitTypes::shipped();
    let mut points = Vec::new();
    for area in ["东区", "西区", "仁和区", "米易县", "盐边县"] {
        for s in 1..=4 {
            for t in &types.0 {
                for k in 0..per_street {
                    let number = points.len() as u32 + 1;
                    points.push(Point {
                        number,
                        area: area.into(),
                        street: format!("{area}第{s}街道"),
                        unit_type: t.id.clone(),
                        name: format!("{} {k}", t.name.zh),
                        address: String::new(),
                        contact: String::new(),
                        assigned: String::new(),
                        position: None,
                    });
                }
            }
        }
    }
    points
}

#[test]
fn the_default_rule_reproduces_the_seeds_counts_exactly() {
    let register = synthetic(6);
    let plan = draw(&register, &PlanRule::seed_shape(), 2023);
    assert!(plan.shortfalls.is_empty(), "{:?}", plan.shortfalls);
    let by_number = |n: &u32| &register[*n as usize - 1];
    for (drawn, points, districts, counties, streets, kinds) in [
        (&plan.open, 65, 2, 1, 6, 15),
        (&plan.covert, 35, 1, 1, 4, 4),
    ] {
        assert_eq!(drawn.points.len(), points);
        assert_eq!(
            drawn.areas.iter().filter(|a| a.ends_with('区')).count(),
            districts
        );
        assert_eq!(
            drawn.areas.iter().filter(|a| a.ends_with('县')).count(),
            counties
        );
        assert_eq!(drawn.streets.len(), streets);
        let types: BTreeSet<&str> = drawn
            .points
            .iter()
            .map(|n| by_number(n).unit_type.as_str())
            .collect();
        assert_eq!(types.len(), kinds);
        // Every point lies in a street drawn, and every area drawn has a street.
        for n in &drawn.points {
            let p = by_number(n);
            assert!(drawn.streets.contains(&(p.area.clone(), p.street.clone())));
        }
        for area in &drawn.areas {
            assert!(
                drawn.streets.iter().any(|(a, _)| a == area),
                "{area} has no street"
            );
        }
    }
    // The sentence a report takes.
    assert_eq!(
        plan.summary(&register, Lang::Zh),
        "明查 65 个点位（2 区 1 县，6 个街道，15 类单位）；暗访 35 个点位（1 区 1 县，4 个街道，4 类单位）"
    );
    // And the 初评报告's, worded as the seed's report has it.
    assert_eq!(
        plan.report_sentence(&register, Lang::Zh),
        "现场检查共抽查 100 个点位，其中明查 2 区 1 县 6 个街道，覆盖 15 类单位 65 个点位；暗访 1 区 1 县 4 个街道，覆盖 4 类单位 35 个点位。"
    );
    assert_eq!(
        plan.report_sentence(&register, Lang::En),
        "The on-site inspection checked 100 points: announced 65 points of 15 unit types in 6 streets of 2 districts and 1 county; unannounced 35 points of 4 unit types in 4 streets of 1 district and 1 county."
    );
    // A new register takes the old plan and checks with it: their numbers meant the old points.
    let mut kept = Inspection {
        register: register.clone().into(),
        plan: Some(plan),
        ..Inspection::default()
    };
    kept.visit_mut(3, "stall").note = "门口有流动摊贩".into();
    assert_eq!(kept.visit(3).map(|v| v.sheet.as_str()), Some("stall"));
    kept.replace_register(synthetic(1));
    assert!(kept.plan.is_none() && kept.visits.is_empty());
    assert_eq!(kept.point(3).map(|p| p.number), Some(3));
}

#[test]
fn a_register_short_of_a_type_says_so_and_takes_what_there_is() {
    let mut register = synthetic(6);
    register.retain(|p| p.unit_type != "granary" || p.street.ends_with("第1街道"));
    let rule = PlanRule::seed_shape();
    // Only the first street of each area keeps its grain depots; a draw of 6 streets may hold
    // fewer than 2. Find a seed that shows it.
    let plan = (0..200)
        .map(|seed| draw(&register, &rule, seed))
        .find(|p| !p.shortfalls.is_empty())
        .expect("some seed draws streets without grain depots");
    assert_eq!(plan.shortfalls.len(), 1, "{:?}", plan.shortfalls);
    let Shortfall::Points {
        mode,
        unit_type,
        wanted,
        got,
    } = &plan.shortfalls[0]
    else {
        panic!("{:?}", plan.shortfalls)
    };
    assert_eq!(
        (*mode, unit_type.as_str(), *wanted),
        (Mode::Open, "granary", 2)
    );
    assert!(*got < 2);
    assert_eq!(plan.open.points.len() as u32, 65 - (2 - got));
    assert_eq!(
        plan.shortfalls[0].message(&UnitTypes::shipped(), Lang::Zh),
        format!("明查：所抽街道的粮库只有 {got} 个（规则要求 2 个），已全部抽取")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn no_point_twice_and_the_same_seed_draws_the_same_plan(seed in any::<u64>(), per_street in 1u32..4) {
        let register = synthetic(per_street);
        let rule = PlanRule::seed_shape();
        let plan = draw(&register, &rule, seed);
        let all: Vec<u32> = plan.open.points.iter().chain(&plan.covert.points).copied().collect();
        let distinct: BTreeSet<u32> = all.iter().copied().collect();
        prop_assert_eq!(distinct.len(), all.len());
        prop_assert_eq!(&draw(&register, &rule, seed), &plan);
        // Asked-for counts are met or the shortfall says by how much.
        let short: u32 = plan.shortfalls.iter().map(|s| match s {
            Shortfall::Points { wanted, got, .. } => wanted - got,
            _ => 0,
        }).sum();
        prop_assert_eq!(all.len() as u32 + short, 100);
    }
}

/// A point entered by hand joins the register with the next number; a 暗访 point chosen on the
/// spot also joins the plan's 暗访 points; one missing its 区县, 街道, 业态 or name is refused.
#[test]
fn points_entered_by_hand_and_covert_points_chosen_on_the_spot() {
    use fscity_core::inspection::MissingField;
    let register = synthetic(1);
    let mut inspection = Inspection {
        register: register.clone().into(),
        plan: Some(draw(&register, &PlanRule::seed_shape(), 7)),
        ..Inspection::default()
    };
    let covert_before = inspection.plan.as_ref().unwrap().covert.points.len();
    let stall = Point {
        number: 0,
        area: "东区".into(),
        street: "炳草岗街道".into(),
        unit_type: "stall".into(),
        name: "校门口流动摊贩".into(),
        address: "第二小学东门".into(),
        contact: String::new(),
        assigned: "炳草岗街道办".into(),
        position: None,
    };
    let n = inspection.add_point(stall.clone(), true).unwrap();
    assert_eq!(n as usize, register.len() + 1);
    assert_eq!(inspection.point(n).unwrap().name, "校门口流动摊贩");
    let covert = &inspection.plan.as_ref().unwrap().covert.points;
    assert_eq!((covert.len(), covert.last()), (covert_before + 1, Some(&n)));
    // By hand into the register only.
    let m = inspection.add_point(stall.clone(), false).unwrap();
    assert_eq!(m, n + 1);
    assert_eq!(
        inspection.plan.as_ref().unwrap().covert.points.len(),
        covert_before + 1
    );
    // Refused, with each missing field named.
    let blank = Point {
        area: " ".into(),
        name: String::new(),
        ..stall
    };
    let missing = inspection.add_point(blank, true).unwrap_err();
    assert_eq!(missing, vec![MissingField::Area, MissingField::Name]);
    assert_eq!(missing[0].message(Lang::Zh), "请填写区县");
    assert_eq!(
        inspection.register.len(),
        register.len() + 2,
        "nothing added"
    );
}

/// A city edits the rule: counts per type set and cleared, and a rule that cannot be drawn by
/// (fewer streets than areas, no points at all) says why.
#[test]
fn an_edited_rule_is_drawn_by_and_a_broken_one_says_why() {
    use fscity_core::inspection::RuleProblem;
    let mut rule = PlanRule::seed_shape();
    assert!(
        rule.problems().is_empty(),
        "the seed's shape can be drawn by"
    );
    rule.set_count(Mode::Open, "granary", 0);
    rule.set_count(Mode::Covert, "school_canteen", 5);
    rule.set_count(Mode::Covert, "stall", 10);
    assert_eq!(rule.count(Mode::Open, "granary"), 0);
    assert_eq!(rule.count(Mode::Covert, "school_canteen"), 5);
    assert_eq!(rule.count(Mode::Covert, "stall"), 10);
    let register = synthetic(6);
    let plan = draw(&register, &rule, 11);
    let c = plan.covert.coverage(&register);
    assert_eq!((c.points, c.types), (35 - 8 + 10 + 5, 5));
    assert!(plan
        .open
        .points
        .iter()
        .all(|n| register[*n as usize - 1].unit_type != "granary"));

    rule.open.streets = 2;
    for (_, n) in rule.covert.per_type.iter_mut() {
        *n = 0;
    }
    assert_eq!(
        rule.problems(),
        vec![
            RuleProblem::FewerStreetsThanAreas { mode: Mode::Open },
            RuleProblem::NoPoints { mode: Mode::Covert }
        ]
    );
    assert_eq!(
        rule.problems()[0].message(Lang::Zh),
        "明查：街道数不能少于区县数（每个抽中的区县至少抽一个街道）"
    );
    let inspection = Inspection {
        rule: Some(rule.clone()),
        ..Inspection::default()
    };
    assert_eq!(inspection.rule(), rule);
    assert_eq!(Inspection::default().rule(), PlanRule::seed_shape());
}
