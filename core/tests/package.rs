//! The evidence package seen whole: the 资料目录 by major item with counts, what each 责任单位
//! must still supply, and the 档案盒 labels. An item of an indicator the pack lacks is listed
//! apart, not lost.

mod common;

use fscity_core::assessment::{Evidence, EvidenceKind, EvidenceState};
use fscity_core::export::{
    box_labels, due_by_department, package_index, package_index_table, package_summary,
    submission_forms, Cell, StateCounts,
};
use fscity_core::pack::default_pack;
use fscity_core::saved::MAX_FILE_BYTES;
use fscity_core::saved::{read_import, Backup, SavedAssessment};
use fscity_core::{evaluate, Answer, Assessment, Lang};

fn item(seq: u32, title: &str, state: EvidenceState, department: &str) -> Evidence {
    Evidence {
        seq,
        title: title.into(),
        state,
        department: department.into(),
        kind: EvidenceKind::Minutes,
        location: "档案盒 1".into(),
        ..Evidence::default()
    }
}

fn package() -> Assessment {
    let pack = default_pack().unwrap();
    let mut a = Assessment::new(&pack, "资料市", "第一次自评", "2026-12-07");
    // Stored out of order: the 目录 lists by number.
    a.entry_mut("B-01").evidence = vec![
        item(2, "常委会纪要", EvidenceState::Missing, "市委办公室"),
        item(1, "责任清单", EvidenceState::Ready, ""),
    ];
    a.entry_mut("C-02").evidence = vec![item(1, "抽检统计", EvidenceState::Unavailable, "")];
    a.entry_mut("Z-99").evidence = vec![item(1, "旧版材料", EvidenceState::Missing, "")];
    a
}

#[test]
fn the_index_lists_every_item_by_major_item_with_counts_and_keeps_unknown_indicators_apart() {
    let pack = default_pack().unwrap();
    let sections = package_index(&pack, &package(), Lang::Zh);
    let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["基础工作", "能力建设", "数据包中没有的指标"]);
    assert_eq!(
        sections[0].counts,
        StateCounts {
            ready: 1,
            missing: 1,
            unavailable: 0
        }
    );
    let numbers: Vec<&Cell> = sections[0].sheet.rows.iter().map(|r| &r[0]).collect();
    assert_eq!(numbers, [&Cell::text("B-01-01"), &Cell::text("B-01-02")]);
    assert_eq!(sections[0].sheet.rows[1][2], Cell::text("会议纪要"));
    assert_eq!(sections[0].sheet.rows[1][9], Cell::text("待补充"));
    assert_eq!(sections[2].sheet.rows[0][0], Cell::text("Z-99-01"));
    // Each indicator's rows, for a screen that lists items an indicator at a time.
    let parts: Vec<(&str, std::ops::Range<usize>, usize)> = sections[0]
        .parts
        .iter()
        .map(|p| (p.indicator.as_str(), p.rows.clone(), p.counts.missing))
        .collect();
    assert_eq!(parts, [("B-01", 0..2, 1)]);
    // The summary a screen shows first says the same without writing a cell.
    let summary = package_summary(&pack, &package(), Lang::Zh);
    for (s, full) in summary.iter().zip(&sections) {
        assert_eq!(
            (&s.group, &s.name, s.counts, &s.parts),
            (&full.group, &full.name, full.counts, &full.parts)
        );
    }
    assert_eq!(summary.len(), sections.len());
    assert_eq!(sections[1].parts[0].name, "食品抽检量");
    assert_eq!(
        sections[2].sheet.rows[0][1],
        Cell::text("Z-99"),
        "no name to give"
    );

    let table = package_index_table(&pack, &package(), Lang::En);
    assert_eq!(table.headers[..3], ["Major item", "No.", "Indicator"]);
    assert_eq!(table.rows.len(), 4);
    assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
    assert_eq!(table.rows[2][0], Cell::text("Capacity building"));
}

#[test]
fn each_department_sees_what_it_must_still_supply() {
    let pack = default_pack().unwrap();
    let due = due_by_department(&pack, &package(), Lang::Zh);
    let by: Vec<(&str, usize, usize)> = due
        .iter()
        .map(|d| (d.department.as_str(), d.counts.total(), d.sheet.rows.len()))
        .collect();
    // B-01's ready item names no department: the pack's first for B-01 (市委办公室) supplies it.
    // C-02's goes to 市场监管局; the unknown indicator's to no department.
    assert_eq!(by, [("", 1, 1), ("市场监管局", 1, 1), ("市委办公室", 2, 1)]);
    let office = due.iter().find(|d| d.department == "市委办公室").unwrap();
    assert_eq!(office.sheet.rows[0][0], Cell::text("B-01-02"));
    assert_eq!(
        office.counts,
        StateCounts {
            ready: 1,
            missing: 1,
            unavailable: 0
        }
    );
}

#[test]
fn an_empty_package_has_no_sections() {
    let pack = default_pack().unwrap();
    let a = Assessment::new(&pack, "资料市", "第一次自评", "2026-12-07");
    assert!(package_index(&pack, &a, Lang::Zh).is_empty());
    let table = package_index_table(&pack, &a, Lang::Zh);
    assert!(table.rows.is_empty());
    assert_eq!(
        table.headers.len(),
        11,
        "an empty index still has its columns"
    );
    assert!(due_by_department(&pack, &a, Lang::Zh).is_empty());
}

#[test]
fn a_box_label_lists_what_is_inside_and_items_without_a_place_get_a_label_of_their_own() {
    let pack = default_pack().unwrap();
    let mut a = package();
    a.entry_mut("C-02").evidence[0].location = " ".into();
    let labels = box_labels(&pack, &a, Lang::Zh);
    assert_eq!(labels.len(), 2);
    let first = &labels[0];
    assert_eq!(first.location, "档案盒 1");
    assert_eq!(first.groups, ["基础工作"]);
    assert_eq!(first.range, ("B-01-01".to_owned(), "Z-99-01".to_owned()));
    let numbers: Vec<&str> = first.items.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(numbers, ["B-01-01", "B-01-02", "Z-99-01"]);
    assert_eq!(first.items[0].1, "责任清单");
    assert_eq!(labels[1].location, "", "C-02-01 names no place");
    assert_eq!(labels[1].groups, ["能力建设"]);
}

#[test]
fn a_package_of_5000_items_fits_in_a_backup_and_reads_back() {
    let pack = default_pack().unwrap();
    let a = common::generate::package(&pack, 5_000);
    let backup = Backup::new(
        vec![SavedAssessment::new(a.clone(), "0.3.0", "t", 1)],
        "0.3.0",
        "t",
    )
    .to_json();
    assert!(backup.len() < MAX_FILE_BYTES, "{} bytes", backup.len());
    let import = read_import(&backup, &[&pack]).unwrap();
    assert_eq!(import.assessments[0].assessment, a);
    let sections = package_index(&pack, &a, Lang::Zh);
    let listed: usize = sections.iter().map(|s| s.counts.total()).sum();
    assert_eq!(listed, 5_000);
}

#[test]
fn a_submission_form_per_indicator_carries_the_conclusion_the_score_from_the_answer_and_the_items()
{
    let pack = default_pack().unwrap();
    let mut a = package();
    a.entry_mut("B-01").conclusion = "责任清单已印发，符合。".into();
    a.entry_mut("B-01").answer = Some(Answer::Level {
        level: "partly".into(),
    });
    a.entry_mut("B-02").conclusion = "访谈准备中".into();
    a.entry_mut("B-03").notes = "只有备注的指标没有提交表".into();
    let report = evaluate(&pack, &a);
    let forms = submission_forms(&pack, &a, &report, Lang::Zh);
    let ids: Vec<&str> = forms.iter().map(|f| f.indicator.as_str()).collect();
    assert_eq!(ids, ["B-01", "B-02", "C-02", "Z-99"]);
    let b01 = &forms[0];
    assert_eq!(
        (b01.name.as_str(), b01.group.as_str()),
        ("党政同责", "基础工作")
    );
    assert_eq!(b01.conclusion, "责任清单已印发，符合。");
    assert_eq!(b01.score, "1.8 / 3", "the score is the report's, not typed");
    assert_eq!(b01.sheet.headers[7], "证明的要求");
    let numbers: Vec<&Cell> = b01.sheet.rows.iter().map(|r| &r[0]).collect();
    assert_eq!(numbers, [&Cell::text("B-01-01"), &Cell::text("B-01-02")]);
    assert_eq!(
        b01.sheet.rows[0][5],
        Cell::text("市委办公室"),
        "the pack's department when the item names none"
    );
    assert_eq!(forms[1].score, "未作答");
    assert!(forms[1].sheet.rows.is_empty());
    assert_eq!(
        forms[3].name, "Z-99",
        "an indicator the pack lacks keeps its items"
    );
}

#[test]
fn page_numbers_run_through_each_box_in_index_order_and_stop_where_a_count_is_missing() {
    let pack = default_pack().unwrap();
    let mut a = Assessment::new(&pack, "资料市", "第一次自评", "2026-12-07");
    let paged = |seq: u32, location: &str, pages: u32| Evidence {
        seq,
        title: format!("材料 {seq}"),
        location: location.into(),
        pages,
        ..Evidence::default()
    };
    a.entry_mut("B-02").evidence = vec![paged(1, "盒 1", 3)];
    a.entry_mut("B-01").evidence = vec![
        paged(2, "盒 1", 1),
        paged(1, "盒 1", 12),
        paged(3, "盒 2", 5),
    ];
    a.entry_mut("B-03").evidence = vec![paged(1, "盒 1", 0), paged(2, "盒 1", 4), paged(3, "", 9)];
    a.entry_mut("C-02").evidence = vec![paged(1, "盒 2", 2)];
    let index = package_index(&pack, &a, Lang::Zh);
    let pages: Vec<(String, String)> = index
        .iter()
        .flat_map(|s| s.sheet.rows.iter())
        .map(|r| (format!("{:?}", r[0]), format!("{:?}", r[8])))
        .collect();
    let expect = |n: &str, p: &str| {
        (
            format!("{:?}", Cell::text(n)),
            format!("{:?}", Cell::text(p)),
        )
    };
    assert_eq!(index[0].sheet.headers[8], "页号");
    assert_eq!(
        pages,
        [
            expect("B-01-01", "1–12"),
            expect("B-01-02", "13"),
            expect("B-01-03", "1–5"),
            expect("B-02-01", "14–16"),
            // No count given: this item and the rest of box 1 cannot be numbered.
            expect("B-03-01", ""),
            expect("B-03-02", ""),
            // No place, no box.
            expect("B-03-03", ""),
            expect("C-02-01", "6–7"),
        ]
    );
}

#[test]
fn a_typed_page_count_is_read_like_a_figure_and_refused_when_it_is_not_one() {
    use fscity_core::assessment::evidence::{parse_pages, PagesProblem};
    use fscity_core::Localize;
    assert_eq!(parse_pages(" 12 "), Ok(12));
    assert_eq!(parse_pages("１２页"), Ok(12), "full-width digits and 页");
    assert_eq!(parse_pages(""), Ok(0), "empty: not given");
    assert_eq!(parse_pages("100000"), Err(PagesProblem::TooMany));
    assert_eq!(
        parse_pages("100000").unwrap_err().message(Lang::Zh),
        "页数不能超过 99999"
    );
    assert!(matches!(
        parse_pages("2.5"),
        Err(PagesProblem::NotACount(_))
    ));
    assert!(matches!(
        parse_pages("十二"),
        Err(PagesProblem::NotACount(_))
    ));
}
