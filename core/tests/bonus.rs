//! The bonus block (加分项): points added after the base total, up to a cap, never a way
//! round a veto or a key item, and never a gap or a step of the path to pass. Old packs
//! without a block score as before.
//!
//! The mini pack (base 20, pass 18, rebased) gains a block `extra` with cap 2 and two items
//! worth 2 each (X-01, X-02: met 2 / partly 1 / not_met 0).

mod common;

use common::*;
use fscity_core::pack::{self, PackErrorKind};
use fscity_core::report::{BonusResult, Outcome, PathToPass, ReasonKind};
use fscity_core::{evaluate, path_to_pass, Answer, Pack, Points};
use serde_json::{json, Value};

fn pts(tenths: i64) -> Points {
    Points::from_tenths(tenths)
}

fn bonus_item(id: &str) -> Value {
    let mut item: Value = serde_json::from_str(MINI).unwrap();
    let mut b01 = indicator_json(&mut item, "B-01").clone();
    b01["id"] = json!(id);
    b01["max_points"] = json!(2);
    b01.as_object_mut().unwrap().remove("key_item");
    b01["rule"]["levels"][0]["points"] = json!(2);
    b01["rule"]["levels"][1]["points"] = json!(1);
    b01
}

fn add_block(p: &mut Value) {
    p["groups"].as_array_mut().unwrap().push(json!({
        "id": "extra",
        "name": {"zh": "示范引领（加分项）", "en": "Demonstration (bonus)"},
        "points": 4,
        "bonus": {"cap": 2},
        "indicators": [bonus_item("X-01"), bonus_item("X-02")],
    }));
}

fn with_bonus() -> Pack {
    mini_with(add_block)
}

fn bonus_errors(edit: impl FnOnce(&mut Value)) -> Vec<PackErrorKind> {
    let mut value: Value = serde_json::from_str(MINI).unwrap();
    add_block(&mut value);
    edit(&mut value);
    let errors = pack::load(&value.to_string()).expect_err("the pack must be refused");
    errors.into_iter().map(|e| e.kind).collect()
}

#[test]
fn the_bonus_is_added_after_the_base_and_only_up_to_its_cap() {
    let pack = with_bonus();
    assert_eq!(
        pack.base_indicator_count(),
        4,
        "the base count leaves bonus items out"
    );
    assert_eq!(pack.indicator_count(), 6);
    let mut a = full_marks(&pack);
    a.set_answer("C-01", findings(6)); // 0 of 3: base 17 < 18
    assert_eq!(evaluate(&pack, &a).verdict.outcome, Outcome::Fail);

    a.set_answer("X-01", level("met"));
    a.set_answer("X-02", level("met"));
    let report = evaluate(&pack, &a);
    assert_eq!(report.total.base, Points::whole(17));
    let bonus = BonusResult {
        awarded: Points::whole(4),
        cap: Points::whole(2),
        counted: Points::whole(2),
    };
    assert_eq!(report.total.bonus, Some(bonus));
    assert_eq!(report.total.score, Points::whole(19), "17 + min(4, 2)");
    assert_eq!(
        report.total.max,
        Points::whole(20),
        "the base scale is unchanged"
    );
    assert_eq!(report.verdict.outcome, Outcome::Pass);
    let extra = report.group("extra").unwrap();
    assert_eq!(extra.bonus_cap, Some(Points::whole(2)));
    assert_eq!(
        extra.awarded,
        Points::whole(4),
        "the block itself shows what it awarded"
    );

    // Shown apart: the total's explanation and the 汇总 sheet name base and bonus.
    let words = report.total.explain();
    assert!(
        words.zh.contains("另加加分项 2 分（上限 2）：17 + 2 = 19"),
        "{}",
        words.zh
    );
    assert!(
        words
            .en
            .contains("Plus the bonus items, 2 (at most 2): 17 + 2 = 19"),
        "{}",
        words.en
    );
    let csv = fscity_core::export::to_csv(&fscity_core::export::summary_table(
        &pack,
        &a,
        &report,
        fscity_core::Lang::Zh,
    ));
    assert!(
        csv.contains("加分项,示范引领等加分,2,2,,基础分 17 + 加分 2（加分项合计得 4，上限 2）"),
        "{csv}"
    );
    let plain = evaluate(&mini(), &full_marks(&mini()));
    let csv = fscity_core::export::to_csv(&fscity_core::export::summary_table(
        &mini(),
        &full_marks(&mini()),
        &plain,
        fscity_core::Lang::Zh,
    ));
    assert!(
        !csv.contains("加分项"),
        "no bonus row without a bonus block"
    );
}

#[test]
fn the_bonus_is_added_to_the_rescaled_base() {
    let pack = with_bonus();
    let mut a = full_marks(&pack);
    a.set_answer(
        "B-02",
        Answer::NotApplicable {
            reason: "无".into(),
        },
    );
    a.set_answer("C-01", findings(4)); // 1 of 3
    a.set_answer("X-01", level("partly"));
    let report = evaluate(&pack, &a);
    // base: 3 + 1 + 9 = 13 of 15 applicable, × 20 / 15 = 17.33 → 17.3; + 1
    assert_eq!(report.total.base, pts(173));
    assert_eq!(report.total.score, pts(183));
    assert_eq!(report.verdict.outcome, Outcome::Pass);
}

#[test]
fn a_full_bonus_never_makes_up_for_a_key_item_or_a_veto() {
    let pack = with_bonus();
    // Full marks and the whole bonus, then one key item failed or one veto declared.
    let fails_with = |spoil: &dyn Fn(&mut fscity_core::Assessment),
                      why: fn(&ReasonKind) -> bool| {
        let mut a = full_marks(&pack);
        a.set_answer("X-01", level("met"));
        spoil(&mut a);
        let report = evaluate(&pack, &a);
        assert_eq!(report.verdict.outcome, Outcome::Fail);
        assert!(report.verdict.reasons.iter().any(|r| why(&r.kind)));
    };
    fails_with(&|a| a.set_answer("B-01", level("not_met")), |k| {
        matches!(k, ReasonKind::KeyItemBelow { .. })
    });
    fails_with(&|a| a.declare_veto("V-01", true), |k| {
        matches!(k, ReasonKind::VetoTriggered { .. })
    });
}

#[test]
fn unanswered_bonus_items_are_not_claimed_and_leave_nothing_undecided() {
    let pack = with_bonus();
    let report = evaluate(&pack, &full_marks(&pack));
    assert_eq!(report.verdict.outcome, Outcome::Pass);
    assert_eq!(report.total.counts.not_answered, 0, "base counts only");
    assert_eq!(report.total.range.upper, report.total.score);
    assert_eq!(report.total.bonus.map(|b| b.counted), Some(Points::ZERO));
    assert!(report.gaps.is_empty(), "an unclaimed bonus is not a gap");
}

#[test]
fn the_path_to_pass_works_on_the_base_and_counts_the_claimed_bonus() {
    let pack = with_bonus();
    let mut a = full_marks(&pack);
    a.set_answer("C-01", findings(6)); // base 17, one point short
    let report = evaluate(&pack, &a);
    assert!(report
        .gaps
        .iter()
        .all(|g| !g.indicator.as_str().starts_with("X-")));
    let PathToPass::Plan(plan) = path_to_pass(&pack, &a, &report) else {
        panic!("a plan is expected");
    };
    assert!(plan
        .improvements
        .iter()
        .all(|s| !s.indicator.as_str().starts_with("X-")));
    assert_eq!(plan.score_after, Points::whole(18));

    // A claimed bonus point already covers the missing one.
    a.set_answer("X-02", level("partly"));
    let report = evaluate(&pack, &a);
    assert_eq!(report.verdict.outcome, Outcome::Pass);
    assert_eq!(path_to_pass(&pack, &a, &report), PathToPass::AlreadyPassing);
}

#[test]
fn a_pack_without_a_bonus_block_scores_as_before() {
    let pack = mini();
    let report = evaluate(&pack, &full_marks(&pack));
    assert_eq!(report.total.bonus, None);
    assert_eq!(report.total.base, report.total.score);
    assert!(report.groups.iter().all(|g| g.bonus_cap.is_none()));
}

#[test]
fn a_bonus_cap_must_be_above_zero_and_within_the_blocks_points() {
    for cap in [json!(0), json!(5)] {
        let errors = bonus_errors(|p| p["groups"][2]["bonus"]["cap"] = cap.clone());
        assert!(
            matches!(
                errors.as_slice(),
                [PackErrorKind::BonusCapOutOfRange { .. }]
            ),
            "{errors:?}"
        );
    }
}

#[test]
fn the_total_is_the_base_groups_alone() {
    let errors = bonus_errors(|p| p["total_points"] = json!(24));
    assert!(
        matches!(errors.as_slice(), [PackErrorKind::PointsDoNotSum { .. }]),
        "{errors:?}"
    );
}

#[test]
fn a_bonus_item_cannot_be_a_key_item_nor_feed_a_veto() {
    let errors = bonus_errors(|p| {
        p["groups"][2]["indicators"][0]["key_item"] = json!({"floor_percent": 60});
    });
    assert_eq!(errors, [PackErrorKind::KeyItemInBonus]);
    let errors = bonus_errors(|p| {
        let c02 = indicator_json(p, "C-02").clone();
        let mut moved = c02.clone();
        moved["id"] = json!("X-03");
        let block = &mut p["groups"][2];
        block["indicators"].as_array_mut().unwrap().push(moved);
        block["points"] = json!(13);
        for v in p["vetoes"].as_array_mut().unwrap() {
            if v["test"]["value"]["indicator"] == "C-02" {
                v["test"]["value"]["indicator"] = json!("X-03");
            }
        }
    });
    assert_eq!(
        errors,
        [PackErrorKind::VetoReadsBonus { id: "X-03".into() }]
    );
}

#[test]
fn only_bonus_blocks_leave_no_base_and_are_refused() {
    let errors = bonus_errors(|p| {
        for g in p["groups"].as_array_mut().unwrap() {
            g["bonus"] = json!({"cap": 1});
        }
    });
    assert!(errors.contains(&PackErrorKind::NoBaseGroup), "{errors:?}");
}

#[test]
fn a_retired_id_cannot_come_back() {
    let errors = bonus_errors(|p| {
        p["retired"] = json!([{"id": "X-02", "version": 2, "note": {"zh": "停用"}}]);
    });
    assert_eq!(
        errors,
        [PackErrorKind::RetiredIdReused {
            id: "X-02".into(),
            version: 2
        }]
    );
    let errors = bonus_errors(|p| {
        p["retired"] = json!([
            {"id": "Z-01", "version": 2},
            {"id": "Z-01", "version": 3}
        ]);
    });
    assert_eq!(errors, [PackErrorKind::DuplicateId { id: "Z-01".into() }]);
}

#[test]
fn a_bonus_block_goes_through_the_spreadsheet_template_and_back() {
    use fscity_core::sheet_pack::{csv_template, read_csv, read_workbook, template, Workbook};
    let pack = with_bonus();
    for lang in [fscity_core::Lang::Zh, fscity_core::Lang::En] {
        let book = Workbook::from_sheets(&template(&pack, lang));
        assert_eq!(read_workbook(&book, &pack).as_ref(), Ok(&pack), "{lang:?}");
        let csv = csv_template(&pack, lang);
        assert_eq!(read_csv(&csv, "x", &pack).as_ref(), Ok(&pack), "{lang:?}");
    }
    // An old template without the column still reads a pack without a block.
    let plain = mini();
    let book = Workbook::from_sheets(&template(&plain, fscity_core::Lang::Zh));
    assert_eq!(read_workbook(&book, &plain).as_ref(), Ok(&plain));
}

#[test]
fn two_caps_for_one_bonus_block_are_refused_at_the_second_row() {
    use fscity_core::sheet_pack::{read_workbook, template, RawCell, SheetErrorKind, Workbook};
    let pack = with_bonus();
    let mut book = Workbook::from_sheets(&template(&pack, fscity_core::Lang::Zh));
    let sheet = book
        .sheets
        .iter_mut()
        .find(|s| s.name == "评价指标")
        .unwrap();
    let header = &sheet.rows[0];
    let cap = header
        .iter()
        .position(|c| c.text() == "加分上限")
        .expect("the column is there");
    let id = header.iter().position(|c| c.text() == "指标编号").unwrap();
    let row = sheet
        .rows
        .iter()
        .position(|r| r.get(id).is_some_and(|c| c.text() == "X-02"))
        .unwrap();
    sheet.rows[row][cap] = RawCell::Text("3".into());
    let errors = read_workbook(&book, &pack).expect_err("two caps for one block");
    assert!(
        errors
            .iter()
            .any(|e| matches!(e.kind, SheetErrorKind::Inconsistent { .. })
                && e.row == Some(row as u32 + 1)),
        "{errors:#?}"
    );
}

#[test]
fn a_version_that_adds_or_changes_a_bonus_block_says_so_in_its_diff() {
    use fscity_core::pack_diff::diff;
    let old = mini();
    let mut new = with_bonus();
    new.version = 2;
    let d = diff(&old, &new);
    assert!(
        d.added.iter().any(|i| i.as_str() == "X-01"),
        "the bonus items are new indicators"
    );
    assert!(d.groups_added.iter().any(|g| g.as_str() == "extra"));

    let mut wider = new.clone();
    wider.version = 3;
    wider.groups[2].bonus = Some(fscity_core::pack::Bonus {
        cap: Points::whole(3),
    });
    let d = diff(&new, &wider);
    assert_eq!(d.bonus_caps.len(), 1);
    assert!(!d.is_empty());
    let lines: Vec<String> = d
        .lines(&new, &wider)
        .iter()
        .map(|l| l.text.zh.clone())
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("加分上限 2 → 3")),
        "{lines:?}"
    );
}

#[test]
fn the_editors_running_total_leaves_a_bonus_block_out() {
    use fscity_core::sheet_pack::{points_total, template, Workbook};
    let pack = with_bonus();
    let book = Workbook::from_sheets(&template(&pack, fscity_core::Lang::Zh));
    assert_eq!(
        points_total(&book),
        pack.total_points,
        "the base total, as the import reads it"
    );
}
