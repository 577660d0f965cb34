//! The 自评表 and 整改清单 as tables and CSV, on the default pack: the rows a city would hand in.

mod common;

use common::{blank, findings, level};
use fscity_core::assessment::{CorrectiveAction, Evidence};
use fscity_core::export::{action_list, self_assessment_table, to_csv, Cell};
use fscity_core::pack::default_pack;
use fscity_core::{evaluate, Lang, Points};

#[test]
fn the_self_assessment_table_has_one_row_per_indicator_with_scores_and_records() {
    let pack = default_pack().unwrap();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("P-17", findings(2));
    let entry = a.entry_mut("P-17");
    entry.lost_reason = "校园周边发现两处流动摊贩".into();
    entry.evidence.push(Evidence {
        title: "暗访记录".into(),
        location: "档案室 3 号柜".into(),
        ready: false,
    });
    entry.departments = vec!["城管局".into()];
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::Zh);

    assert_eq!(sheet.headers[0], "序号");
    assert_eq!(sheet.headers[6], "自评得分");
    assert_eq!(sheet.rows.len(), 54);
    let b01 = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("B-01"))
        .unwrap();
    assert_eq!(b01[6], Cell::Points(Points::whole(3)));
    let p17 = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("P-17"))
        .unwrap();
    assert_eq!(p17[6], Cell::Points(Points::whole(2)), "3 points − 2 × 0.5");
    assert_eq!(p17[7], Cell::text("校园周边发现两处流动摊贩"));
    assert_eq!(p17[8], Cell::text("暗访记录（档案室 3 号柜）（未备齐）"));
    assert_eq!(p17[9], Cell::text("城管局"));
    let unanswered = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::text("C-02"))
        .unwrap();
    assert_eq!(
        unanswered[6],
        Cell::Empty,
        "an unanswered indicator has no score yet"
    );
}

#[test]
fn the_action_list_holds_lost_points_and_marks_overdue_actions() {
    let pack = default_pack().unwrap();
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
    let pack = default_pack().unwrap();
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
    let pack = default_pack().unwrap();
    let a = blank(&pack);
    let report = evaluate(&pack, &a);
    let sheet = self_assessment_table(&pack, &a, &report, Lang::En);
    assert_eq!(sheet.headers[3], "Indicator");
    assert_eq!(sheet.rows[0][1], Cell::text("Basic work"));
}

#[test]
fn actions_are_done_open_or_overdue_and_grouped_per_department() {
    use fscity_core::actions::{actions, by_department, ActionState};
    let pack = default_pack().unwrap();
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
    let pack = default_pack().unwrap();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("P-17", findings(2));
    a.entry_mut("P-17").notes = "暗访 3 次".into();
    let report = evaluate(&pack, &a);

    let all = group_tables(&pack, &a, &report, TableOptions::default(), Lang::Zh);
    assert_eq!(all.len(), 3);
    assert_eq!(all.iter().map(|g| g.sheet.rows.len()).sum::<usize>(), 54);
    assert_eq!(all[0].sheet.headers.len(), 8);
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
    assert_eq!(p17[8], Cell::text("暗访 3 次"));
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
