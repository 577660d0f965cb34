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
    });
    a.entry_mut("P-09").action = Some(CorrectiveAction {
        what: "小作坊复查".into(),
        owner: "李四".into(),
        due: "2027-06-30".into(),
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
    let report = evaluate(&pack, &a);
    let csv = to_csv(&self_assessment_table(&pack, &a, &report, Lang::Zh));
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{}",
        &csv[..200]
    );
    assert!(!csv.contains(",=HYPERLINK"));
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
