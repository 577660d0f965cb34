//! The 自评表 and 整改清单 as tables and CSV, on the default pack: the rows a city would hand in.

mod common;

use common::{blank, findings, level};
use fscity_core::assessment::{CorrectiveAction, Evidence};
use fscity_core::export::{action_list, self_assessment_table, to_csv, Cell};
use fscity_core::{evaluate, Lang, Points};

#[test]
fn the_self_assessment_table_has_one_row_per_indicator_with_scores_and_records() {
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("P-17", findings(2));
    let entry = a.entry_mut("P-17");
    entry.lost_reason = "校园周边发现两处流动摊贩".into();
    entry.evidence.push(Evidence {
        title: "暗访记录".into(),
        location: "档案室 3 号柜".into(),
        seq: 1,
        ..Evidence::default()
    });
    entry.departments = vec!["城管局".into()];
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::Zh);

    assert_eq!(sheet.headers[0], "序号");
    assert_eq!(sheet.headers[7], "自评得分");
    assert_eq!(sheet.rows.len(), 54);
    let b01 = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("B-01"))
        .unwrap();
    assert_eq!(b01[7], Cell::Points(Points::whole(3)));
    let p17 = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("P-17"))
        .unwrap();
    assert_eq!(p17[7], Cell::Points(Points::whole(2)), "3 points − 2 × 0.5");
    assert_eq!(p17[9], Cell::text("校园周边发现两处流动摊贩"));
    assert_eq!(
        p17[10],
        Cell::text("P-17-01 暗访记录（档案室 3 号柜）（待补充）")
    );
    assert_eq!(p17[11], Cell::text("城管局"));
    let unanswered = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("C-02"))
        .unwrap();
    assert_eq!(
        unanswered[7],
        Cell::Empty,
        "an unanswered indicator has no score yet"
    );
}

#[test]
fn the_action_list_holds_lost_points_and_marks_overdue_actions() {
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("P-17", findings(2));
    a.set_answer("P-09", findings(1));
    a.entry_mut("P-17").action = Some(CorrectiveAction {
        what: "联合城管清理摊贩".into(),
        owner: "张三".into(),
        due: "2026-01-31".into(),
        ..Default::default()
    });
    a.entry_mut("P-09").action = Some(CorrectiveAction {
        what: "小作坊复查".into(),
        owner: "李四".into(),
        due: "2027-06-30".into(),
        ..Default::default()
    });
    let report = evaluate(&pack, &a);
    let sheet = action_list(&pack, &a, &report, "2026-11-28", Lang::Zh);

    let ids: Vec<&Cell> = sheet.rows.iter().map(|r| &r[0]).collect();
    assert!(ids.contains(&&Cell::text("P-17")) && ids.contains(&&Cell::text("P-09")));
    assert!(
        !ids.contains(&&Cell::text("B-01")),
        "full marks need no action"
    );
    let p17 = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("P-17"))
        .unwrap();
    assert_eq!(p17[2], Cell::Points(Points::whole(1)));
    assert_eq!(p17[8], Cell::text("已逾期"));
    let p09 = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("P-09"))
        .unwrap();
    assert_eq!(p09[8], Cell::text("待完成"));
    // Veto-linked indicators not yet answered are risks too (C-02: food sampling).
    assert!(ids.contains(&&Cell::text("C-02")));
}

#[test]
fn a_formula_typed_into_a_record_comes_out_inert_in_csv() {
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("P-17", findings(1));
    a.entry_mut("P-17").lost_reason = "=HYPERLINK(\"http://x\",\"y\")".into();
    a.entry_mut("P-17").notes = "@SUM(1+1)".into();
    let report = evaluate(&pack, &a);
    let csv = to_csv(&self_assessment_table(&pack, &a, &report, Lang::Zh));
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{}",
        &csv[..200]
    );
    assert!(!csv.contains(",=HYPERLINK"));
    assert!(
        csv.contains(",'@SUM(1+1)\r\n"),
        "the notes column, last, made inert too"
    );
    assert_eq!(csv.matches("\r\n").count(), 55, "a header and 54 rows");
}

#[test]
fn english_headers_for_an_english_interface() {
    let pack = common::nfsdc_v1();
    let a = blank(&pack);
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::En);
    assert_eq!(sheet.headers[3], "Indicator");
    assert_eq!(sheet.rows[0][1], Cell::text("Basic work"));
}

#[test]
fn actions_are_done_open_or_overdue_and_grouped_per_department() {
    use fscity_core::actions::{actions, by_department, ActionState};
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("P-17", findings(2));
    a.set_answer("P-09", findings(1));
    a.set_answer("P-06", findings(1));
    a.entry_mut("P-17").departments = vec!["城管局".into(), "教育局".into()];
    a.entry_mut("P-09").departments = vec!["城管局".into(), "城管局".into()];
    a.entry_mut("P-17").action = Some(CorrectiveAction {
        what: "联合清理".into(),
        due: "2026-11-27".into(),
        ..Default::default()
    });
    a.entry_mut("P-09").action = Some(CorrectiveAction {
        what: "复查".into(),
        due: "2026-01-01".into(),
        done: true,
        ..Default::default()
    });
    a.entry_mut("P-06").action = Some(CorrectiveAction {
        what: "培训".into(),
        due: "下月底".into(),
        ..Default::default()
    });
    let report = evaluate(&pack, &a);
    let list = actions(&pack, &a, &report, "2026-11-28");
    let state = |id: &str| list.iter().find(|x| &*x.indicator == id).unwrap().state;
    assert_eq!(state("P-17"), ActionState::Overdue, "due yesterday");
    assert_eq!(
        state("P-09"),
        ActionState::Done,
        "done wins over a past date"
    );
    assert_eq!(
        state("P-06"),
        ActionState::Open,
        "a due date that is not a date is never called overdue"
    );
    assert_eq!(
        actions(&pack, &a, &report, "2026-11-27")
            .iter()
            .find(|x| &*x.indicator == "P-17")
            .unwrap()
            .state,
        ActionState::Open,
        "due today is not overdue"
    );

    let groups = by_department(&list, Lang::Zh);
    let city = groups.iter().find(|g| g.department == "城管局").unwrap();
    let ids: Vec<&str> = city.actions.iter().map(|x| &*x.indicator).collect();
    assert!(ids.contains(&"P-17") && ids.contains(&"P-09"));
    assert_eq!(
        ids.iter().filter(|i| **i == "P-09").count(),
        1,
        "once per department"
    );
    let school = groups.iter().find(|g| g.department == "教育局").unwrap();
    assert!(
        school.actions.iter().any(|x| &*x.indicator == "P-17"),
        "shared actions appear under each department"
    );
    let listed: usize = groups.iter().map(|g| g.actions.len()).sum();
    assert!(
        listed >= list.len(),
        "every action is under some department"
    );
}

#[test]
fn the_printed_table_splits_per_group_filters_lost_points_and_adds_notes() {
    use fscity_core::export::{group_tables, TableOptions};
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("P-17", findings(2));
    a.entry_mut("P-17").notes = "暗访 3 次".into();
    let report = evaluate(&pack, &a);

    let all = group_tables(&pack, &a, &report, TableOptions::default(), Lang::Zh);
    assert_eq!(all.len(), 3);
    assert_eq!(all.iter().map(|g| g.sheet.rows.len()).sum::<usize>(), 54);
    assert_eq!(all[0].sheet.headers.len(), 10);
    assert_eq!(all[0].score, Points::whole(3));

    let lost = group_tables(
        &pack,
        &a,
        &report,
        TableOptions {
            only_lost: true,
            include_notes: true,
        },
        Lang::Zh,
    );
    let basic: Vec<&Cell> = lost[0].sheet.rows.iter().map(|r| &r[1]).collect();
    assert!(
        !basic
            .iter()
            .any(|c| matches!(c, Cell::Text(t) if t.starts_with("B-01 "))),
        "full marks are left out"
    );
    assert_eq!(
        lost[1].sheet.rows.len(),
        0,
        "unanswered indicators are left out"
    );
    let p17 = lost[2]
        .sheet
        .rows
        .iter()
        .find(|r| matches!(&r[1], Cell::Text(t) if t.starts_with("P-17 ")))
        .unwrap();
    assert_eq!(lost[2].sheet.headers.last().unwrap(), "备注");
    assert_eq!(p17[10], Cell::text("暗访 3 次"));
    let full_number = all[2]
        .sheet
        .rows
        .iter()
        .find(|r| r[1] == p17[1])
        .map(|r| r[0].clone());
    assert_eq!(
        Some(p17[0].clone()),
        full_number,
        "序号 stays that of the full table"
    );
}

/// The column of `sheet` titled `title`.
fn column(sheet: &fscity_core::export::Sheet, title: &str) -> usize {
    sheet
        .headers
        .iter()
        .position(|h| h == title)
        .unwrap_or_else(|| panic!("no column {title} in {:?}", sheet.headers))
}

/// The row of the full 自评表 for indicator `id`.
fn row<'s>(sheet: &'s fscity_core::export::Sheet, id: &str) -> &'s [Cell] {
    sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text(id))
        .unwrap_or_else(|| panic!("no row {id}"))
}

/// Answers of every kind, for the 计算依据 and 关键项 columns.
fn answers_of_every_kind() -> (fscity_core::Pack, fscity_core::Assessment) {
    use common::{inputs, items};
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("partly"));
    a.set_answer("B-03", items(&["rules", "oversight"]));
    a.set_answer(
        "C-02",
        inputs(&[("batches", "5270"), ("population", "1226000")]),
    );
    a.set_answer("C-03", inputs(&[("batches", "5270")]));
    a.set_answer("P-02", inputs(&[("passed", "980"), ("tested", "1000")]));
    a.set_answer("P-13", findings(5));
    a.set_answer("P-17", findings(2));
    a.set_answer("P-18", findings(0));
    a.mark_not_applicable("P-10", "本市无食品相关产品生产单位");
    (pack, a)
}

#[test]
fn the_basis_column_says_why_each_indicator_scored_what_it_did() {
    let (pack, a) = answers_of_every_kind();
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::Zh);
    let basis = column(&sheet, "自评情况/计算依据");
    assert_eq!(basis, column(&sheet, "自评得分") + 1, "next to the score");
    let cell = |id: &str| row(&sheet, id)[basis].clone();

    // 5,270 ÷ 1,226,000 × 1,000 = 4.2985… → 4.29 (rounded down), ≥ 4 → all 4 points.
    assert_eq!(
        cell("C-02"),
        Cell::text("5,270 批次 ÷ 1,226,000 人 × 1,000 = 4.29 批次/千人 ≥ 4 → 满分 4 分")
    );
    // 980 ÷ 1,000 × 100 = 98% ≥ 98 → 2 points.
    assert_eq!(
        cell("P-02"),
        Cell::text("980 个 ÷ 1,000 个 × 100% = 98% ≥ 98 → 满分 2 分")
    );
    assert_eq!(cell("C-03"), Cell::text("缺少“常住人口”，无法计算"));
    assert_eq!(
        cell("B-01"),
        Cell::text("选择“基本符合” → 1.8 分（满分 3 分）")
    );
    assert_eq!(
        cell("B-03"),
        Cell::text("满足①③，未满足② → 2 分（满分 3 分）")
    );
    assert_eq!(
        cell("P-17"),
        Cell::text("发现 2 处问题 × 0.5 = 扣 1 分，得 2 分")
    );
    assert_eq!(
        cell("P-13"),
        Cell::text("发现 5 处问题 × 0.5 = 扣 2.5 分，单项扣完为止，得 0 分")
    );
    assert_eq!(cell("P-18"), Cell::text("未发现问题 → 满分"));
    assert_eq!(
        cell("P-10"),
        Cell::text("不适用：本市无食品相关产品生产单位")
    );
    assert_eq!(cell("B-02"), Cell::text("未作答"));

    let key = column(&sheet, "关键项");
    assert_eq!(row(&sheet, "B-03")[key], Cell::text("是"));
    assert_eq!(row(&sheet, "B-02")[key], Cell::Empty);
    let marked: Vec<&str> = pack
        .indicators()
        .filter(|i| i.key_item.is_some())
        .map(|i| i.id.as_str())
        .collect();
    let shown: Vec<&str> = sheet
        .rows
        .iter()
        .filter(|r| r[key] == Cell::text("是"))
        .map(|r| match &r[2] {
            Cell::Text(id) => id.as_str(),
            _ => "",
        })
        .collect();
    assert_eq!(shown, marked, "every key item of the pack, and only those");
}

#[test]
fn the_basis_column_in_english() {
    let (pack, a) = answers_of_every_kind();
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::En);
    let basis = column(&sheet, "Basis of the score");
    let key = column(&sheet, "Key item");
    let cell = |id: &str| row(&sheet, id)[basis].clone();
    assert_eq!(
        cell("C-02"),
        Cell::text(
            "5,270 batches ÷ 1,226,000 persons × 1,000 = 4.29 batches per 1,000 residents ≥ 4 \
             → full 4 points"
        )
    );
    assert_eq!(
        cell("B-03"),
        Cell::text("Met (1) (3); not met (2) → 2 of 3 points")
    );
    assert_eq!(
        cell("P-17"),
        Cell::text("2 findings × 0.5 = 1 point deducted → 2 of 3 points")
    );
    assert_eq!(cell("P-18"), Cell::text("No findings → full marks"));
    assert_eq!(
        cell("P-10"),
        Cell::text("Not applicable: 本市无食品相关产品生产单位")
    );
    assert_eq!(cell("B-02"), Cell::text("Not answered"));
    assert_eq!(row(&sheet, "C-02")[key], Cell::text("Yes"));
}

#[test]
fn the_basis_is_the_same_on_screen_in_print_and_in_the_file() {
    use fscity_core::export::{group_tables, TableOptions};
    let (pack, a) = answers_of_every_kind();
    let report = evaluate(&pack, &a);
    let full = self_assessment_table(&pack, &a, &report, Lang::Zh);
    let printed = group_tables(&pack, &a, &report, TableOptions::default(), Lang::Zh);
    let (basis, printed_basis) = (
        column(&full, "自评情况/计算依据"),
        column(&printed[0].sheet, "自评情况/计算依据"),
    );
    let printed_rows: Vec<&Vec<Cell>> = printed.iter().flat_map(|t| &t.sheet.rows).collect();
    assert_eq!(printed_rows.len(), full.rows.len());
    for (p, f) in printed_rows.iter().zip(&full.rows) {
        assert_eq!(p[printed_basis], f[basis]);
    }
    for ind in pack.indicators() {
        let answer = a.entry(&ind.id).and_then(|e| e.answer.as_ref());
        let on_screen = report.indicator(&ind.id).unwrap().basis(ind, answer);
        assert_eq!(
            row(&full, &ind.id)[basis],
            Cell::text(on_screen.zh),
            "{}",
            ind.id
        );
    }
    // The printed table keeps the full table's columns after the indicator.
    let after = |headers: &[String], from: &str| -> Vec<String> {
        let start = headers.iter().position(|h| h == from).unwrap();
        headers[start..].to_vec()
    };
    let mut full_cols = after(&full.headers, "分值");
    full_cols.pop(); // 备注, which the printed table adds only when asked
    assert_eq!(after(&printed[0].sheet.headers, "分值"), full_cols);
}

#[test]
fn the_summary_sheet_holds_the_total_groups_verdict_vetoes_and_key_items() {
    use fscity_core::export::summary_table;
    let (pack, a) = answers_of_every_kind();
    let report = evaluate(&pack, &a);
    let sheet = summary_table(&pack, &a, &report, Lang::Zh);
    assert_eq!(
        sheet.headers,
        ["类别", "项目", "得分", "满分", "状态", "说明"]
    );
    assert!(sheet.rows.iter().all(|r| r.len() == sheet.headers.len()));
    let of_kind = |kind: &str| -> Vec<&Vec<Cell>> {
        sheet
            .rows
            .iter()
            .filter(|r| r[0] == Cell::text(kind))
            .collect()
    };

    let total = of_kind("总分");
    assert_eq!(total.len(), 1);
    assert_eq!(total[0][2], Cell::Points(report.total.score));
    assert_eq!(total[0][3], Cell::Points(Points::whole(100)));
    // P-10 is N/A: 99 applicable points, and the total is rescaled.
    assert_eq!(report.total.max, Points::whole(99));
    assert_eq!(total[0][4], Cell::text("已折算"));
    let Cell::Text(note) = &total[0][5] else {
        panic!("a note on the total")
    };
    assert!(
        note.starts_with(&format!(
            "1 项指标不适用，不计入满分：原始得分 {} / 99，按 100 分折算",
            report.total.awarded
        )),
        "{note}"
    );

    let groups = of_kind("大项");
    assert_eq!(groups.len(), report.groups.len());
    for (row, g) in groups.iter().zip(&report.groups) {
        assert_eq!(row[1], Cell::text(g.name.zh.as_str()));
        assert_eq!(
            (&row[2], &row[3]),
            (&Cell::Points(g.awarded), &Cell::Points(g.max))
        );
    }
    assert_eq!(groups[2][3], Cell::Points(Points::whole(34)), "35 − P-10");

    let verdict = of_kind("结论");
    assert_eq!(verdict[0][1], Cell::text("尚未完成"));
    let reasons: Vec<Cell> = of_kind("结论依据").iter().map(|r| r[1].clone()).collect();
    let expected: Vec<Cell> = report
        .verdict
        .reasons
        .iter()
        .map(|r| Cell::text(r.text.zh.as_str()))
        .collect();
    assert_eq!(reasons, expected);

    let vetoes = of_kind("否决项");
    assert_eq!(vetoes.len(), pack.vetoes.len());
    let v02 = vetoes
        .iter()
        .find(|r| matches!(&r[1], Cell::Text(t) if t.starts_with("V-02 ")))
        .unwrap();
    assert_eq!(v02[4], Cell::text("未触发"));
    assert_eq!(v02[5], Cell::text("4.29 批次/千人 ≥ 4"));

    let keys = of_kind("关键项");
    assert_eq!(keys.len(), report.key_items.len());
    let b03 = keys
        .iter()
        .find(|r| matches!(&r[1], Cell::Text(t) if t.starts_with("B-03 ")))
        .unwrap();
    assert_eq!(
        (&b03[2], &b03[3]),
        (
            &Cell::Points(Points::whole(2)),
            &Cell::Points(Points::whole(3))
        )
    );
    assert_eq!(b03[4], Cell::text("已达下限"));
    assert_eq!(b03[5], Cell::text("下限 60%，得分率 66.6%"));

    let en = summary_table(&pack, &a, &report, Lang::En);
    assert_eq!(en.headers[0], "Kind");
    assert!(en
        .rows
        .iter()
        .any(|r| r[0] == Cell::text("Total") && r[4] == Cell::text("Rescaled")));
}

#[test]
fn without_not_applicable_answers_the_summary_says_nothing_was_rescaled() {
    use fscity_core::export::summary_table;
    let pack = common::nfsdc_v1();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    let report = evaluate(&pack, &a);
    let sheet = summary_table(&pack, &a, &report, Lang::Zh);
    let total = sheet
        .rows
        .iter()
        .find(|r| r[0] == Cell::text("总分"))
        .unwrap();
    assert_eq!(total[2], Cell::Points(Points::whole(3)));
    assert_eq!(total[4], Cell::text("未折算"));
    assert!(
        matches!(&total[5], Cell::Text(t) if t.starts_with("无不适用指标；原始得分 3 / 100")),
        "{:?}",
        total[5]
    );
}
