//! Migrations: each step fed a real file of its old version (kept under
//! `tests/fixtures/saved/`), the whole chain to the current version, and the current version
//! left alone.

mod saved_support;

use fscity_core::saved::migrate::{migrate, v1_to_v2, MigrateError, STEPS, V1_APP_VERSION};
use fscity_core::saved::{read_import, read_record, ImportKind, ImportNote, ReadError};
use fscity_core::{evaluate, Assessment, SAVED_SCHEMA_VERSION};
use saved_support::*;
use serde_json::json;

#[test]
fn the_v1_fixture_is_a_bare_assessment_with_no_envelope() {
    let doc = value(V1);
    assert_eq!(doc["schema_version"], 1);
    assert!(doc.get("format").is_none());
    assert_eq!(doc["pack_id"], "nfsdc-2023");
}

#[test]
fn the_v1_to_v2_step_wraps_the_bare_assessment_in_the_envelope() {
    let v1 = value(V1);
    let v2 = v1_to_v2(v1.clone()).unwrap();
    assert_eq!(
        v2,
        json!({
            "format": "fscity-assessment",
            "schema_version": 2,
            "app_version": "unknown (v1 file)",
            "pack_id": "nfsdc-2023",
            "pack_version": 1,
            "saved_at": "2025-03-14T16:42:10+08:00",
            "revision": 0,
            "assessment": v1,
        })
    );
    assert_eq!(V1_APP_VERSION, "unknown (v1 file)");
}

#[test]
fn the_v1_to_v2_step_uses_an_empty_saved_time_when_the_assessment_has_no_update_time() {
    let mut v1 = value(V1);
    v1.as_object_mut().unwrap().remove("updated");
    let v2 = v1_to_v2(v1).unwrap();
    assert_eq!(v2["saved_at"], "");
}

#[test]
fn the_v1_to_v2_step_refuses_what_is_not_a_bare_assessment() {
    let wrong = |path: &str, detail: &str| MigrateError::WrongShape {
        path: path.into(),
        detail: detail.into(),
    };
    assert_eq!(
        v1_to_v2(json!([1, 2])),
        Err(wrong("", "expected an object (a bare assessment)"))
    );
    assert_eq!(
        v1_to_v2(json!({"pack_version": 1})),
        Err(wrong("pack_id", "missing field"))
    );
    assert_eq!(
        v1_to_v2(json!({"pack_id": 7, "pack_version": 1})),
        Err(wrong("pack_id", "expected a string"))
    );
    assert_eq!(
        v1_to_v2(json!({"pack_id": "p", "pack_version": -1})),
        Err(wrong("pack_version", "expected a whole number"))
    );
    assert_eq!(
        v1_to_v2(json!({"pack_id": "p", "pack_version": 5_000_000_000u64})),
        Err(wrong("pack_version", "expected a whole number"))
    );
}

#[test]
fn a_v1_file_read_as_a_record_keeps_every_answer_note_and_declaration() {
    let saved = read_record(V1).unwrap();
    let original: Assessment = serde_json::from_str(V1).unwrap();
    assert_eq!(saved.assessment, original);
    assert_eq!(saved.schema_version, SAVED_SCHEMA_VERSION);
    assert_eq!(saved.app_version, "unknown (v1 file)");
    assert_eq!(saved.revision, 0);
    assert_eq!(saved.saved_at, "2025-03-14T16:42:10+08:00");
    assert_eq!(
        (saved.pack_id.as_str(), saved.pack_version),
        ("nfsdc-2023", 1)
    );

    let a = &saved.assessment;
    assert_eq!(a.city, "江城市");
    assert_eq!(
        a.entry("B-01").unwrap().notes,
        "市食安委已印发《食品安全工作责任清单》，见附件 1。"
    );
    assert_eq!(a.entry("B-01").unwrap().evidence.len(), 2);
    assert_eq!(a.veto_declarations.get("V-01"), Some(&false));
    assert_eq!(a.entry("P-07").unwrap().effort, Some(5));
}

#[test]
fn a_v1_file_scores_the_same_after_migration() {
    let pack = pack();
    let original: Assessment = serde_json::from_str(V1).unwrap();
    let migrated = read_record(V1).unwrap().assessment;
    assert_eq!(evaluate(&pack, &migrated), evaluate(&pack, &original));
}

#[test]
fn a_v1_file_imported_says_it_was_converted() {
    let pack = pack();
    let import = read_import(V1, &[&pack]).unwrap();
    assert_eq!(import.kind, ImportKind::Assessment);
    assert_eq!(import.from_version, 1);
    assert_eq!(
        import.notes,
        vec![ImportNote::Migrated {
            from: 1,
            to: SAVED_SCHEMA_VERSION
        }]
    );
    assert_eq!(
        both(&import.notes[0]),
        (
            "文件为旧版格式（版本 1），已转换为当前格式（版本 2）；原文件未改动".into(),
            "The file was in an older format (version 1) and has been converted to the current one (version 2); the file itself is unchanged".into()
        )
    );
}

#[test]
fn migrating_a_current_file_is_a_no_op() {
    for text in [V2, V2_BACKUP] {
        let doc = value(text);
        assert_eq!(migrate(doc.clone(), 2).unwrap(), doc);
    }
    let record = read_record(V2).unwrap();
    assert_eq!(
        record.to_json() + "\n",
        V2,
        "a current file is rewritten byte for byte"
    );
}

#[test]
fn the_whole_chain_from_v1_ends_at_the_current_version() {
    let current = migrate(value(V1), 1).unwrap();
    assert_eq!(current["schema_version"], SAVED_SCHEMA_VERSION);
    assert_eq!(current, v1_to_v2(value(V1)).unwrap());
}

#[test]
fn there_is_one_step_for_each_version_after_the_first() {
    assert_eq!(STEPS.len() + 1, SAVED_SCHEMA_VERSION as usize);
}

#[test]
fn versions_are_compared_as_numbers_not_as_text() {
    // As text, "10" sorts before "2"; as a number it is newer and must be refused.
    assert_eq!(
        migrate(value(V2), 10),
        Err(MigrateError::NewerVersion {
            found: 10,
            supported: 2
        })
    );
    let newer = edited(V2, |doc| doc["schema_version"] = json!(10));
    assert_eq!(
        read_record(&newer),
        Err(ReadError::NewerVersion {
            found: 10,
            supported: 2
        })
    );
    let as_text = edited(V2, |doc| doc["schema_version"] = json!("2"));
    assert!(matches!(
        read_record(&as_text),
        Err(ReadError::WrongShape { path, .. }) if path == "schema_version"
    ));
}

#[test]
fn version_zero_was_never_written_and_is_refused() {
    assert_eq!(
        migrate(value(V1), 0),
        Err(MigrateError::UnknownVersion { found: 0 })
    );
    assert_eq!(
        both(&MigrateError::UnknownVersion { found: 0 }),
        (
            "格式版本 0 无效（本工具可读取 1 至 2）".into(),
            "format version 0 is not valid (this tool reads 1 to 2)".into()
        )
    );
}

#[test]
fn migration_errors_are_worded_in_both_languages() {
    assert_eq!(
        both(&MigrateError::NewerVersion {
            found: 3,
            supported: 2
        }),
        (
            "该文件由较新版本的 fscity 保存（格式版本 3，本工具最高支持 2），请先更新本工具".into(),
            "this file was saved by a newer version of fscity (format version 3; this tool reads up to 2); update the tool first".into()
        )
    );
    assert_eq!(
        both(&MigrateError::WrongShape {
            path: "pack_id".into(),
            detail: "missing field".into()
        }),
        (
            "旧版文件结构有误（位置 pack_id）：missing field".into(),
            "the old file's structure is wrong at pack_id: missing field".into()
        )
    );
}

#[test]
fn a_bare_assessment_claiming_a_newer_assessment_format_is_refused() {
    let newer = edited(V1, |doc| doc["schema_version"] = json!(2));
    assert_eq!(
        read_record(&newer),
        Err(ReadError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
}

#[test]
fn a_bare_v1_assessment_without_a_pack_id_is_reported_where_it_is_missing() {
    let broken = edited(V1, |doc| doc["pack_id"] = json!(null));
    assert_eq!(
        read_record(&broken),
        Err(ReadError::WrongShape {
            path: "pack_id".into(),
            detail: "expected a string".into()
        })
    );
}
