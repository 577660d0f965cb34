//! 现场检查 check sheets and the roll-up: the shipped sheets (one per 业态, each with its
//! provenance) check clean against the default pack; a broken sheet pack is refused with every
//! problem at its sheet and item; findings become an indicator's deduction by each rule, with
//! the arithmetic done by hand here, and the indicator's line says so.

use fscity_core::assessment::site::SiteTally;
use fscity_core::inspection::{roll_up, Finding, Inspection, SheetPack, Visit};
use fscity_core::pack::default_pack;
use fscity_core::vocabulary::RollUpRule;
use fscity_core::{evaluate, Answer, Assessment, Lang, Localize, Pack, Points};
use std::collections::BTreeMap;

fn pack() -> Pack {
    default_pack().unwrap()
}

fn pts(s: &str) -> Points {
    Points::from_f64(s.parse().unwrap()).unwrap()
}

/// A check of `point` with `sheet`, finding `(item, count)`.
fn visit(point: u32, sheet: &str, found: &[(&str, u32)]) -> Visit {
    Visit {
        point,
        sheet: sheet.to_owned(),
        findings: found
            .iter()
            .map(|(item, count)| Finding {
                item: (*item).to_owned(),
                option: None,
                count: *count,
                note: String::new(),
                photos: Vec::new(),
            })
            .collect(),
        note: String::new(),
    }
}

fn checks(visits: Vec<Visit>) -> Inspection {
    Inspection {
        visits,
        ..Inspection::default()
    }
}

fn line(pack: &Pack, a: &Assessment, id: &str) -> (Points, String) {
    let report = evaluate(pack, a);
    let result = report.indicator(id).unwrap();
    (
        result.awarded,
        result.explain(pack.indicator(id).unwrap()).zh,
    )
}

#[test]
fn every_one_of_the_seventeen_types_has_a_sheet_with_its_provenance() {
    let pack = pack();
    let text = include_str!("../../packs/inspection.json");
    let sheets = SheetPack::load(text, &pack).unwrap_or_else(|errors| {
        panic!(
            "{:?}",
            errors
                .iter()
                .map(|e| e.message(Lang::Zh))
                .collect::<Vec<_>>()
        )
    });
    assert_eq!(sheets.unit_types.len(), 17);
    for t in &sheets.unit_types {
        let sheet = sheets
            .sheet_for(&t.id)
            .unwrap_or_else(|| panic!("no sheet for {}", t.id));
        assert!(!sheet.provenance.sources.is_empty(), "{}", sheet.id);
        assert!(!sheet.provenance.note.zh.is_empty(), "{}", sheet.id);
        assert!(
            sheet.items.iter().all(|i| !i.text.en.is_empty()),
            "{}",
            sheet.id
        );
    }
    // The farmers' market sheet keeps the public sheet's 40 + 60 points and its 18-point licence.
    let market = sheets.sheet("farmers_market").unwrap();
    assert_eq!(market.points(), pts("100"));
    let licence = market.items.iter().find(|i| i.points == pts("18")).unwrap();
    assert!(licence.key && licence.finding("A").unwrap().text.zh == "无证经营");
    assert_eq!(
        SheetPack::shipped(&pack),
        sheets,
        "nothing dropped for the default pack"
    );
}

#[test]
fn a_broken_sheet_pack_names_each_problem_by_sheet_and_item() {
    let pack = pack();
    let text = r#"{
      "id": "x", "version": 1, "title": {"zh": "测试"}, "provenance": {"zh": "测试"},
      "sources": [{"id": "s", "title": {"zh": "出处"}}],
      "unit_types": [{"id": "stall", "name": {"zh": "摊贩"}}],
      "sheets": [
        {"id": "a", "unit_type": "kiosk", "title": {"zh": "表"},
         "provenance": {"confidence": "inferred", "sources": ["nowhere"]},
         "items": [
           {"id": "01", "text": {"zh": "证照"}, "points": 10, "deduction": 0, "indicator": "P-99",
            "findings": [{"id": "A", "text": {"zh": "无证"}}, {"id": "a", "text": {"zh": "过期"}}]},
           {"id": "01", "text": {"zh": " "}, "points": 5, "deduction": 0.5, "indicator": "P-15"}
         ]}
      ],
      "roll_up": [{"indicator": "P-15", "rule": "worst"}, {"indicator": "P-15"}]
    }"#;
    let errors = SheetPack::load(text, &pack).unwrap_err();
    let zh: Vec<String> = errors.iter().map(|e| e.message(Lang::Zh)).collect();
    for expected in [
        "检查表 a：业态 kiosk 不在业态列表中",
        "检查表 a：引用的出处 nowhere 未在文件中列出",
        "检查表 a 第 01 项：每处扣分须大于 0（现为 0）",
        "检查表 a 第 01 项：对应的指标 P-99 不在评价细则中",
        "检查表 a 第 01 项：问题选项编号“a”须为不重复的一个大写字母",
        "检查表 a 第 01 项：项目编号重复",
        "检查表 a 第 01 项：没有中文内容",
        "汇总规则中指标 P-15 出现两次",
    ] {
        assert!(
            zh.iter().any(|m| m == expected),
            "{expected} not in {zh:#?}"
        );
    }
    assert_eq!(errors.len(), 8, "{zh:#?}");
    let en = errors[0].message(Lang::En);
    assert_eq!(en, "sheet a: unit type kiosk is not in the list");
    let not_json = SheetPack::load("货架", &pack).unwrap_err();
    assert!(not_json[0]
        .message(Lang::Zh)
        .starts_with("不是现场检查表文件"));
}

/// Twelve farmers' markets checked, findings at three of them (two at one): P-11 counts a
/// point once, 0.5 each, so 3 × 0.5 = 1.5 off its 2.5 points.
#[test]
fn pooled_findings_count_a_point_once_and_cost_half_a_point_each() {
    let pack = pack();
    let sheets = SheetPack::shipped(&pack);
    let mut visits: Vec<Visit> = (1..=12).map(|n| visit(n, "farmers_market", &[])).collect();
    visits[0] = visit(1, "farmers_market", &[("08", 1), ("12", 1)]);
    visits[4] = visit(5, "farmers_market", &[("05", 1)]);
    visits[9] = visit(10, "farmers_market", &[("09", 2)]);
    let tallies = roll_up(&sheets, &pack, &checks(visits));
    let p11 = tallies["P-11"];
    assert_eq!(
        p11,
        SiteTally {
            points: 12,
            findings: 3,
            per_finding: Some(pts("0.5")),
            deduction: pts("1.5"),
            rule: RollUpRule::Pooled,
        }
    );
    assert_eq!(tallies.len(), 1, "the market sheet scores P-11 only");

    let mut a = Assessment::new(&pack, "测试市", "演练", "2026-12-07");
    // A count typed before the inspection was recorded gives way to it.
    a.set_answer("P-11", Answer::Findings { count: 4 });
    assert!(a.set_site_tallies(&tallies));
    assert!(
        !a.set_site_tallies(&tallies),
        "the same roll-up changes nothing"
    );
    let (awarded, zh) = line(&pack, &a, "P-11");
    assert_eq!(awarded, pts("1"));
    assert_eq!(
        zh,
        "现场检查：12 个点位，发现 3 处问题 × 0.5 = 扣 1.5 分，得 1 分（满分 2.5 分）"
    );
    // Recorded checks gone: the tally goes, and the typed count counts again.
    assert!(a.set_site_tallies(&BTreeMap::new()));
    assert_eq!(line(&pack, &a, "P-11").0, pts("0.5"));
}

/// Near schools every finding counts (0.5 each) and the item stops at its 3 points.
#[test]
fn pooled_deductions_stop_at_the_indicators_points() {
    let pack = pack();
    let sheets = SheetPack::shipped(&pack);
    let visits = vec![
        visit(1, "stall", &[("05", 4)]),
        visit(2, "stall", &[("05", 3), ("01", 1)]),
    ];
    let tallies = roll_up(&sheets, &pack, &checks(visits));
    let p17 = tallies["P-17"];
    assert_eq!((p17.findings, p17.deduction), (7, pts("3")));
    // The stall's own items score P-15, counted once per point.
    assert_eq!(
        (tallies["P-15"].findings, tallies["P-15"].deduction),
        (1, pts("0.5"))
    );
    let mut a = Assessment::new(&pack, "测试市", "演练", "2026-12-07");
    a.set_site_tallies(&tallies);
    let (awarded, zh) = line(&pack, &a, "P-17");
    assert_eq!(awarded, Points::ZERO);
    assert_eq!(
        zh,
        "现场检查：2 个点位，发现 7 处问题 × 0.5 = 扣 3 分，单项扣完为止，得 0 分（满分 3 分）"
    );
}

/// The same findings by the mean and the worst point: P-14 (2.5 points) with points costing
/// 1.5, 0 and 0.5 (each finding counted) — mean (1.5 + 0 + 0.5) / 3 = 0.67 → 0.7 off (the score
/// rounds down), worst 1.5 off; pooled would take 2.
#[test]
fn the_mean_and_the_worst_point_rules_by_hand() {
    let pack = pack();
    let mut sheets = SheetPack::shipped(&pack);
    let visits = checks(vec![
        visit(1, "large_restaurant", &[("01", 1), ("02", 2)]),
        visit(2, "large_restaurant", &[]),
        visit(3, "large_restaurant", &[("05", 1)]),
    ]);
    sheets.roll_up.retain(|r| r.indicator != "P-14");
    assert_eq!(roll_up(&sheets, &pack, &visits)["P-14"].deduction, pts("2"));
    for (rule, off, zh) in [
        (
            RollUpRule::Mean,
            "0.7",
            "现场检查：3 个点位，发现 4 处问题，按点位平均得分扣 0.7 分，得 1.8 分（满分 2.5 分）",
        ),
        (
            RollUpRule::Worst,
            "1.5",
            "现场检查：3 个点位，发现 4 处问题，按最差点位扣 1.5 分，得 1 分（满分 2.5 分）",
        ),
    ] {
        sheets.roll_up.retain(|r| r.indicator != "P-14");
        sheets
            .roll_up
            .push(fscity_core::inspection::IndicatorRollUp {
                indicator: "P-14".into(),
                rule,
                count: Default::default(),
            });
        let tallies = roll_up(&sheets, &pack, &visits);
        assert_eq!(tallies["P-14"].deduction, pts(off), "{rule:?}");
        let mut a = Assessment::new(&pack, "测试市", "演练", "2026-12-07");
        a.set_site_tallies(&tallies);
        assert_eq!(line(&pack, &a, "P-14").1, zh);
    }
}

/// On an indicator scored by levels (B-10, 基层所), site findings come off the chosen level's
/// points, and wait for an answer when there is none.
#[test]
fn findings_on_a_levels_indicator_come_off_the_answer() {
    let pack = pack();
    let sheets = SheetPack::shipped(&pack);
    let tallies = roll_up(
        &sheets,
        &pack,
        &checks(vec![visit(1, "regulator", &[("02", 1)])]),
    );
    let mut a = Assessment::new(&pack, "测试市", "演练", "2026-12-07");
    a.set_site_tallies(&tallies);
    let (awarded, zh) = line(&pack, &a, "B-10");
    assert_eq!(awarded, Points::ZERO);
    assert!(zh.starts_with("尚未作答；现场检查：1 个点位"), "{zh}");
    assert!(zh.ends_with("（作答后计入）"), "{zh}");
    let best = match &pack.indicator("B-10").unwrap().rule {
        fscity_core::pack::Rule::Levels { levels } => levels[0].clone(),
        _ => unreachable!(),
    };
    a.set_answer("B-10", Answer::Level { level: best.id });
    let (awarded, zh) = line(&pack, &a, "B-10");
    assert_eq!(awarded, best.points - pts("0.5"));
    assert!(
        zh.contains("；现场检查：1 个点位，发现 1 处问题 × 0.5 = 扣 0.5 分 → 得"),
        "{zh}"
    );
}

/// Every finding is a line of the 整改清单 for the point's 包保单位, saying where and what; a
/// point without a 包保单位 falls to the indicator's departments.
#[test]
fn each_finding_is_an_action_for_the_points_assigned_unit() {
    use fscity_core::actions::{actions, by_department, ActionSource};
    use fscity_core::export::{action_list, Cell};
    use fscity_core::inspection::Point;
    let pack = pack();
    let sheets = SheetPack::shipped(&pack);
    let point = |number: u32, kind: &str, name: &str, assigned: &str| Point {
        number,
        area: "东区".into(),
        street: "炳草岗街道".into(),
        unit_type: kind.into(),
        name: name.into(),
        address: String::new(),
        contact: String::new(),
        assigned: assigned.into(),
        position: None,
    };
    let mut checked = checks(vec![
        visit(1, "small_restaurant", &[("01", 2)]),
        visit(2, "stall", &[("05", 1)]),
        visit(3, "small_restaurant", &[]),
    ]);
    checked.visits[0].findings[0].option = Some("C".into());
    checked.visits[0].findings[0].note = "门头无公示牌".into();
    checked.register = vec![
        point(1, "small_restaurant", "老王面馆", "炳草岗街道办"),
        point(2, "stall", "校门口摊点", ""),
        point(3, "small_restaurant", "李记小吃", "炳草岗街道办"),
    ]
    .into();
    let mut a = Assessment::new(&pack, "测试市", "演练", "2026-12-07");
    a.inspection.write(&checked);
    a.set_site_tallies(&roll_up(&sheets, &pack, &checked));
    let report = evaluate(&pack, &a);
    let list = actions(&pack, &a, &report, "2026-12-07");
    let site: Vec<_> = list
        .iter()
        .filter(|x| matches!(x.source, ActionSource::SiteFinding { .. }))
        .collect();
    assert_eq!(site.len(), 2, "one per finding, none for the clean point");
    assert_eq!(site[0].indicator.as_str(), "P-15");
    assert_eq!(site[0].departments[0].zh, "炳草岗街道办");
    assert_eq!(
        site[1].departments,
        pack.indicator("P-17").unwrap().departments,
        "no 包保单位: the indicator's departments"
    );
    let groups = by_department(&list, Lang::Zh);
    assert!(groups
        .iter()
        .any(|g| g.department == "炳草岗街道办" && g.actions.len() == 1));
    let sheet = action_list(&pack, &a, &report, "2026-12-07", Lang::Zh);
    let reasons: Vec<&Cell> = sheet.rows.iter().map(|r| &r[3]).collect();
    let expected = Cell::text(
        "现场检查 老王面馆（小餐饮）：许可证或登记（备案）有效并公示——未公示 × 2；门头无公示牌",
    );
    assert!(reasons.contains(&&expected), "{reasons:#?}");
}

/// Per point, 业态 and area: an item with a finding loses its sheet points; ★ items are
/// counted. The market sheet is 100 points: the licence (★ 18) and health certificates (6) found
/// wanting keep 76 of 100; a clean supermarket keeps 100.
#[test]
fn results_per_type_and_area_count_points_findings_and_the_score_rate() {
    use fscity_core::inspection::{results, Point};
    let pack = pack();
    let sheets = SheetPack::shipped(&pack);
    let point = |number: u32, area: &str, kind: &str| Point {
        number,
        area: area.into(),
        street: "某街道".into(),
        unit_type: kind.into(),
        name: format!("点位{number}"),
        address: String::new(),
        contact: String::new(),
        assigned: String::new(),
        position: None,
    };
    let mut checked = checks(vec![
        visit(1, "farmers_market", &[("08", 2), ("12", 1)]),
        visit(2, "supermarket", &[]),
        visit(3, "farmers_market", &[]),
    ]);
    checked.register = vec![
        point(1, "东区", "farmers_market"),
        point(2, "东区", "supermarket"),
        point(3, "米易县", "farmers_market"),
    ]
    .into();
    let r = results(&sheets, &checked);
    let market = r.by_type["farmers_market"];
    assert_eq!(
        (
            market.points,
            market.with_findings,
            market.findings,
            market.key_items
        ),
        (2, 1, 3, 1)
    );
    assert_eq!(market.rate().as_deref(), Some("88.0%"), "(76 + 100) / 200");
    assert_eq!(
        r.by_area["东区"].rate().as_deref(),
        Some("88.0%"),
        "(76 + 100) / 200"
    );
    assert_eq!(r.by_area["米易县"].rate().as_deref(), Some("100.0%"));
    assert_eq!((r.all.points, r.all.findings), (3, 3));
    assert_eq!(
        fscity_core::inspection::CheckTally::default().rate(),
        None,
        "nothing checked has no rate"
    );
}

/// The sheets as a spreadsheet (检查项目, one row per item) and back: a city edits the template
/// of the sheets in use and loads it; what comes back is the sheets it wrote.
#[test]
fn the_sheet_template_reads_back_as_the_sheets_it_was_made_from() {
    use fscity_core::export::to_csv;
    use fscity_core::inspection::{read_sheet_template, sheet_template};
    use fscity_core::sheet_pack::csv::parse_csv;
    let pack = pack();
    let shipped = SheetPack::shipped(&pack);
    for lang in [Lang::Zh, Lang::En] {
        let csv = to_csv(&sheet_template(&shipped, lang));
        let read = read_sheet_template(&parse_csv(&csv, "检查项目").unwrap(), &shipped, &pack)
            .unwrap_or_else(|e| {
                panic!(
                    "{:?}",
                    e.iter().map(|e| e.message(Lang::Zh)).collect::<Vec<_>>()
                )
            });
        assert_eq!(read.sheets.len(), shipped.sheets.len());
        for (got, was) in read.sheets.iter().zip(&shipped.sheets) {
            assert_eq!(
                (&got.id, &got.unit_type, &got.title),
                (&was.id, &was.unit_type, &was.title)
            );
            assert_eq!(got.items, was.items, "{}", was.id);
            assert_eq!(got.provenance.confidence, was.provenance.confidence);
            assert_eq!(got.provenance.note.get(lang), was.provenance.note.get(lang));
        }
        assert_eq!(
            (read.unit_types.len(), &read.roll_up),
            (17, &shipped.roll_up)
        );
    }
}

/// A city's sheet with mistakes: each is named at its row and column, and nothing is read.
#[test]
fn a_sheet_file_with_mistakes_names_each_at_its_cell() {
    use fscity_core::inspection::{read_sheet_template, SheetFileError};
    use fscity_core::sheet_pack::csv::parse_csv;
    let pack = pack();
    let shipped = SheetPack::shipped(&pack);
    let csv = "检查表编号,业态,检查表名称,项目编号,检查内容,分值,每处扣分,对应指标,关键项,问题选项,可信度\n\
        my-diner,小餐饮,小餐饮检查表,01,许可证公示,10,0.5,P-11,是,\"A 无证经营\nB 未公示\",推断\n\
        my-diner,小餐饮,另一个名称,02,后厨卫生,两分,0.5,P-99,否,无证,推断\n\
        my-diner,小餐饮,小餐饮检查表,01,重复的项目,5,0.5,P-11,,,推断\n\
        kiosk,报刊亭,报刊亭检查表,01,证照,5,0.5,P-11,也许,,推断\n";
    let errors =
        read_sheet_template(&parse_csv(csv, "检查项目").unwrap(), &shipped, &pack).unwrap_err();
    let said: Vec<String> = errors.iter().map(|e| e.message(Lang::Zh)).collect();
    let at = |cell: &str, words: &str| {
        assert!(
            said.iter().any(|s| s.contains(cell) && s.contains(words)),
            "{cell} {words}: {said:#?}"
        );
    };
    at(
        "第 3 行 C 列",
        "与第 2 行同一检查表写的“小餐饮检查表”不一致",
    );
    at("第 3 行 F 列", "“两分”不是有效的数字");
    at("第 3 行 H 列", "评价细则中没有指标“P-99”");
    at("第 3 行 J 列", "问题选项每行一项");
    at("第 4 行 D 列", "编号“my-diner 01”重复");
    at("第 5 行 I 列", "“也许”的写法无法识别");
    at("第 5 行 B 列", "未知的业态“报刊亭”");
    assert_eq!(said.len(), 7, "{said:#?}");
    assert!(errors.iter().all(|e| matches!(e, SheetFileError::Cell(_))));
    // Every cell reads, but a deduction of nothing is no deduction: the sheet is refused too.
    let zero = "检查表编号,业态,检查表名称,项目编号,检查内容,分值,每处扣分,对应指标,可信度\n\
        my-diner,小餐饮,小餐饮检查表,01,许可证公示,10,0,P-11,推断\n";
    let errors =
        read_sheet_template(&parse_csv(zero, "检查项目").unwrap(), &shipped, &pack).unwrap_err();
    assert!(matches!(errors[0], SheetFileError::Sheets(_)), "{errors:?}");
}

/// Sheets of the city's own that leave out an item with findings: the findings stay recorded,
/// are counted as without an item, and price nothing until the item is back.
#[test]
fn findings_the_citys_sheets_have_no_item_for_are_kept_and_price_nothing() {
    let pack = pack();
    let shipped = SheetPack::shipped(&pack);
    let sheet = shipped.sheet_for("farmers_market").unwrap().clone();
    let first = sheet.items[0].id.clone();
    let mut inspection = checks(vec![visit(1, &sheet.id, &[(&first, 2)])]);
    inspection.register = vec![fscity_core::inspection::Point {
        number: 1,
        area: "东区".into(),
        street: "炳草岗街道".into(),
        unit_type: "farmers_market".into(),
        name: "炳草岗农贸市场".into(),
        address: String::new(),
        contact: String::new(),
        assigned: String::new(),
        position: None,
    }]
    .into();
    assert_eq!(inspection.unpriced(&shipped), 0);
    let priced = roll_up(&shipped, &pack, &inspection);
    assert!(priced[&sheet.items[0].indicator].findings > 0);
    let mut own = shipped.clone();
    own.sheets
        .iter_mut()
        .find(|s| s.id == sheet.id)
        .unwrap()
        .items
        .remove(0);
    assert_eq!(inspection.unpriced(&own), 1);
    let after = roll_up(&own, &pack, &inspection);
    assert!(after
        .get(&sheet.items[0].indicator)
        .is_none_or(|t| t.findings == 0));
    assert_eq!(inspection.visits[0].findings.len(), 1, "still recorded");
}
