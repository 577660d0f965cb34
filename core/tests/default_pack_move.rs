//! A city's assessment saved on version 1 of the default pack moves to version 2 the way an
//! official update would reach it: every answer is carried or archived, nothing is dropped,
//! and the diff names what the second research pass changed.

mod common;

use fscity_core::assessment::ArchiveReason;
use fscity_core::pack::{default_pack, earlier_pack, is_earlier_embedded, DEFAULT_PACK_ID};
use fscity_core::pack_diff::move_assessment;
use fscity_core::saved::{read_import, read_record, ImportNote};
use fscity_core::{evaluate, Lang, Localize, Outcome, SAVED_SCHEMA_VERSION};

/// The 示例市 demo exactly as the app shipped it with version 1: every indicator answered, with
/// notes, evidence and actions.
const DEMO_V1: &str = include_str!("fixtures/demo-city-v1.json");

#[test]
fn version_1_is_kept_as_an_earlier_embedded_version() {
    assert!(is_earlier_embedded(DEFAULT_PACK_ID, 1));
    assert!(
        !is_earlier_embedded(DEFAULT_PACK_ID, 2),
        "2 is the current one"
    );
    assert!(earlier_pack(DEFAULT_PACK_ID, 2).is_none());
    let v1 = common::nfsdc_v1();
    assert_eq!((v1.id.as_str(), v1.version), (DEFAULT_PACK_ID, 1));
    assert!(v1.indicator("C-14").is_some());
}

#[test]
fn a_complete_version_1_assessment_moves_with_every_answer_carried_or_archived() {
    let (v1, v2) = (common::nfsdc_v1(), default_pack().unwrap());
    let before = read_record(DEMO_V1).unwrap().assessment;
    assert_eq!(before.pack_version, 1);
    assert_eq!(evaluate(&v1, &before).total.counts.not_answered, 0);

    let moved = move_assessment(&before, &v1, &v2);
    let after = &moved.assessment;
    assert_eq!(
        (after.pack_id.as_str(), after.pack_version),
        (DEFAULT_PACK_ID, 2)
    );

    // Every v1 answer is either still on its indicator or in the archive, never both, never lost.
    for (id, entry) in &before.entries {
        let Some(answer) = &entry.answer else {
            continue;
        };
        let carried = after.entry(id).and_then(|e| e.answer.as_ref()) == Some(answer);
        let archived = after
            .archive
            .iter()
            .any(|x| &x.indicator == id && x.entry.answer.as_ref() == Some(answer));
        assert!(
            carried != archived,
            "{id}: carried {carried}, archived {archived}"
        );
    }
    // What went to the archive, and why: the retired C-14 whole (its notes with it), and the
    // two indicators that now score sub-measures instead of a rate or a level.
    let archived: Vec<(&str, bool)> = moved
        .archived
        .iter()
        .map(|x| {
            (
                x.indicator.as_str(),
                x.reason == ArchiveReason::IndicatorRemoved,
            )
        })
        .collect();
    assert_eq!(archived, [("C-11", false), ("C-14", true), ("P-02", false)]);
    assert!(
        after.entry("C-14").is_none(),
        "a retired indicator keeps no live entry"
    );
    // Notes and evidence stay on an indicator whose rule changed.
    assert_eq!(
        after.entry("C-03").unwrap().notes,
        before.entry("C-03").unwrap().notes
    );

    // The diff a city is shown names the corrections.
    let d = &moved.diff;
    assert_eq!((d.from_version, d.to_version), (1, 2));
    let added: Vec<&str> = d.added.iter().map(|i| i.as_str()).collect();
    assert_eq!(added, ["P-23", "D-01", "D-02", "D-03"]);
    let removed: Vec<&str> = d.removed.iter().map(|i| i.as_str()).collect();
    assert_eq!(removed, ["C-14"]);
    let vetoes_removed: Vec<&str> = d.vetoes_removed.iter().map(|i| i.as_str()).collect();
    assert_eq!(vetoes_removed, ["V-03"]);
    let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
    for id in ["B-04", "B-16", "C-03", "C-11", "P-02", "P-04"] {
        assert!(
            changed.contains(&id),
            "{id} is listed as changed: {changed:?}"
        );
    }

    // The moved assessment scores on version 2: the new questions are open, nothing is unknown.
    let report = evaluate(&v2, after);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(
        report.verdict.outcome,
        Outcome::Fail,
        "not yet: the new questions are open"
    );
    assert_eq!(moved.after, report);
}

#[test]
fn a_version_1_file_imported_says_it_opens_on_version_1_and_can_move() {
    let v2 = default_pack().unwrap();
    let import = read_import(DEMO_V1, &[&v2]).unwrap();
    assert_eq!(
        import.notes,
        [
            ImportNote::Migrated {
                from: 1,
                to: SAVED_SCHEMA_VERSION,
            },
            ImportNote::EarlierVersion {
                index: 0,
                name: "示例市 2026 年创建自评（虚构示例）".into(),
                pack_id: DEFAULT_PACK_ID.into(),
                file_version: 1,
                current: 2,
            }
        ],
        "no 'not scored' note for C-14: the record is scored on its own version"
    );
    assert_eq!(
        import.notes[1].message(Lang::Zh),
        "“示例市 2026 年创建自评（虚构示例）”按数据包 nfsdc-2023 第 1 版填写：打开时按第 1 版计分，可预览差异后迁移到第 2 版"
    );
}
