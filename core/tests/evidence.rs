//! The evidence package's rules: an item's number is its own (adding or removing others never
//! changes it; renumbering is asked for), a file using a number twice is refused with the
//! indicator and number, and a date or period is a real one.

mod saved_support;

use fscity_core::assessment::evidence::{check_date, next_seq, renumber, DateProblem};
use fscity_core::assessment::{Evidence, EvidenceKind, EvidenceState};
use fscity_core::saved::{read_import, read_record, ReadError};
use fscity_core::{Lang, Localize};
use saved_support::*;
use serde_json::json;

fn titled(items: &mut Vec<Evidence>, title: &str) {
    let item = Evidence::next(items, title.into());
    items.push(item);
}

fn numbers(items: &[Evidence]) -> Vec<String> {
    items.iter().map(|e| e.number("B-01")).collect()
}

#[test]
fn numbers_stay_with_their_items_until_renumbering_is_asked_for() {
    let mut items = Vec::new();
    for title in ["责任清单", "常委会纪要", "督导通报"] {
        titled(&mut items, title);
    }
    assert_eq!(numbers(&items), ["B-01-01", "B-01-02", "B-01-03"]);
    items.remove(1);
    assert_eq!(
        numbers(&items),
        ["B-01-01", "B-01-03"],
        "B-01-03 is still B-01-03"
    );
    titled(&mut items, "调研记录");
    assert_eq!(
        numbers(&items),
        ["B-01-01", "B-01-03", "B-01-04"],
        "no number is given twice"
    );
    renumber(&mut items);
    assert_eq!(numbers(&items), ["B-01-01", "B-01-02", "B-01-03"]);
    assert_eq!(items[2].title, "调研记录");
    assert_eq!(next_seq(&items), 4);
    // Past 99 the number simply grows.
    let many: Vec<Evidence> = (1..=120)
        .map(|seq| Evidence {
            seq,
            ..Evidence::default()
        })
        .collect();
    assert_eq!(
        Evidence::next(&many, String::new()).number("P-17"),
        "P-17-121"
    );
}

#[test]
fn a_new_item_is_to_be_supplied_until_marked_ready() {
    let item = Evidence::next(&[], "纪要".into());
    assert_eq!(
        (item.kind, item.state),
        (EvidenceKind::Other, EvidenceState::Missing)
    );
    let labels: Vec<String> = EvidenceKind::ALL.iter().map(|k| k.label().zh).collect();
    assert_eq!(
        labels,
        [
            "正式发文",
            "会议纪要",
            "方案计划",
            "工作记录",
            "图片",
            "数据报表",
            "说明报告",
            "其他"
        ]
    );
    for kind in EvidenceKind::ALL {
        assert_eq!(EvidenceKind::from_id(kind.id()), Some(kind));
    }
    for state in EvidenceState::ALL {
        assert_eq!(EvidenceState::from_id(state.id()), Some(state));
    }
}

#[test]
fn a_file_using_a_number_twice_is_refused_and_says_where() {
    let text = edited(V9, |doc| {
        doc["assessment"]["entries"]["B-01"]["evidence"][1]["seq"] = json!(1);
    });
    let error = read_record(&text).unwrap_err();
    assert_eq!(
        error,
        ReadError::EvidenceNumberTwice {
            indicator: "B-01".into(),
            number: "B-01-01".into()
        }
    );
    assert_eq!(
        error.message(Lang::Zh),
        "指标 B-01 的佐证材料编号 B-01-01 出现了两次（文件可能被手工修改过），请改正后再导入"
    );
    let pack = pack();
    assert_eq!(read_import(&text, &[&pack]).unwrap_err(), error);
}

#[test]
fn dates_and_periods_are_real_ones() {
    for fine in [
        "",
        "2025",
        "2025-03",
        "2025-03-12",
        "2024-02-29",
        "2025年",
        "2025年3月",
        "2025年3月12日",
        "2025/3/12",
        "2025-01 至 2025-06",
        "2025-01-01~2025-12-31",
        "2025年1月—2025年6月",
    ] {
        assert_eq!(check_date(fine), Ok(()), "{fine}");
    }
    assert_eq!(
        check_date("2025-02-30"),
        Err(DateProblem::NoSuchDay {
            text: "2025-02-30".into()
        })
    );
    assert_eq!(
        check_date("2023-02-29"),
        Err(DateProblem::NoSuchDay {
            text: "2023-02-29".into()
        })
    );
    for wrong in [
        "上周",
        "2025-13",
        "25-03-12",
        "2025-03-12-01",
        "2025 至 2026 至 2027",
    ] {
        assert!(
            matches!(check_date(wrong), Err(DateProblem::NotADate { .. })),
            "{wrong}"
        );
    }
    assert_eq!(
        check_date("2025-06 至 2025-01"),
        Err(DateProblem::EndsBeforeItStarts)
    );
    assert_eq!(
        DateProblem::NoSuchDay {
            text: "2025-02-30".into()
        }
        .message(Lang::Zh),
        "日期“2025-02-30”不存在"
    );
    assert_eq!(
        DateProblem::NotADate {
            text: "上周".into()
        }
        .message(Lang::En),
        "\"上周\" is not a date: write 2025-03-12, 2025-03, 2025 or 2025-01 至 2025-06"
    );
}
