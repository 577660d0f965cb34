//! Migrations: each step fed a real file of its old version (kept under
//! `tests/fixtures/saved/`: v1 a bare assessment, v2 the first envelope, v3 the archive, v4 the
//! numbered evidence package), the whole chain to the current version (5, the review rounds and
//! 领导访谈 interviewees), and the current version left alone.

mod saved_support;

use fscity_core::assessment::{
    ArchiveReason, ArchivedAnswer, ArchivedVeto, Entry, EvidenceKind, EvidenceState,
    Incompatibility, VetoAnswer,
};
use fscity_core::interview::{Readiness, Role};
use fscity_core::pack::VetoKind;
use fscity_core::saved::migrate::{
    migrate, v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8, v8_to_v9,
    MigrateError, STEPS, V1_APP_VERSION,
};
use fscity_core::saved::{
    read_import, read_record, Backup, ImportKind, ImportNote, ReadError, SavedAssessment,
};
use fscity_core::{evaluate, Answer, Assessment, Decimal, SAVED_SCHEMA_VERSION};
use saved_support::*;
use serde_json::{json, Value};

#[test]
fn the_current_version_is_9() {
    // Pinned on purpose: raising it means a new step, a fixture of version 7 kept as it is, and
    // these tests rewritten for the new version.
    assert_eq!(SAVED_SCHEMA_VERSION, 9);
}

/// What the v3 → v4 step makes of an old assessment's evidence, worked out from its JSON by
/// hand: the items numbered 1, 2 … in their order, each `other`, `ready` turned into a state.
fn with_numbered_evidence(mut a: Assessment, old: &Value) -> Assessment {
    for (id, entry) in a.entries.iter_mut() {
        for (n, item) in entry.evidence.iter_mut().enumerate() {
            item.seq = n as u32 + 1;
            item.kind = EvidenceKind::Other;
            let ready = old["entries"][id]["evidence"][n]["ready"].as_bool();
            item.state = match ready {
                Some(true) => EvidenceState::Ready,
                _ => EvidenceState::Missing,
            };
        }
    }
    a
}

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
    assert_eq!(
        saved.assessment,
        with_numbered_evidence(original, &value(V1))
    );
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
            "文件为旧版格式（版本 1），已转换为当前格式（版本 9）；原文件未改动".into(),
            "The file was in an older format (version 1) and has been converted to the current one (version 9); the file itself is unchanged".into()
        )
    );
}

#[test]
fn the_v2_fixtures_are_envelopes_of_version_2_without_an_archive() {
    let record = value(V2);
    assert_eq!(record["format"], "fscity-assessment");
    assert_eq!(record["schema_version"], 2);
    assert_eq!(record["app_version"], "0.1.0");
    let backup = value(V2_BACKUP);
    assert_eq!(backup["format"], "fscity-backup");
    assert_eq!(backup["schema_version"], 2);
    let assessments = backup["assessments"].as_array().unwrap();
    assert_eq!(assessments.len(), 2);
    for doc in std::iter::once(&record).chain(assessments) {
        assert_eq!(doc["schema_version"], 2);
        assert!(doc["assessment"].get("archive").is_none());
        assert!(doc["assessment"].get("veto_archive").is_none());
    }
}

#[test]
fn the_v2_to_v3_step_changes_only_the_version() {
    let v2 = value(V2);
    let mut expected = v2.clone();
    expected["schema_version"] = json!(3);
    assert_eq!(v2_to_v3(v2).unwrap(), expected);
    for record in value(V2_BACKUP)["assessments"].as_array().unwrap() {
        let v3 = v2_to_v3(record.clone()).unwrap();
        assert_eq!(v3["schema_version"], 3);
        let without_version = |doc: &Value| {
            let mut doc = doc.clone();
            doc.as_object_mut().unwrap().remove("schema_version");
            doc
        };
        assert_eq!(without_version(&v3), without_version(record));
    }
}

#[test]
fn the_v2_to_v3_step_refuses_what_is_not_a_v2_record() {
    let wrong = |path: &str, detail: &str| MigrateError::WrongShape {
        path: path.into(),
        detail: detail.into(),
    };
    assert_eq!(
        v2_to_v3(json!("fscity")),
        Err(wrong(
            "",
            "expected an object (an fscity-assessment record)"
        ))
    );
    assert_eq!(
        v2_to_v3(value(V1)),
        Err(wrong("schema_version", "expected 2")),
        "a bare v1 assessment goes through v1_to_v2 first"
    );
    assert_eq!(
        v2_to_v3(value(V3)),
        Err(wrong("schema_version", "expected 2"))
    );
    let mut no_version = value(V2);
    no_version.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(
        v2_to_v3(no_version),
        Err(wrong("schema_version", "expected 2"))
    );
}

#[test]
fn a_v2_file_read_as_a_record_keeps_every_answer_and_has_an_empty_archive() {
    let saved = read_record(V2).unwrap();
    let old = value(V2)["assessment"].clone();
    let original: Assessment = serde_json::from_value(old.clone()).unwrap();
    assert_eq!(saved.assessment, with_numbered_evidence(original, &old));
    assert_eq!(saved.schema_version, SAVED_SCHEMA_VERSION);
    assert_eq!(
        (
            saved.app_version.as_str(),
            saved.saved_at.as_str(),
            saved.revision
        ),
        ("0.1.0", "2025-03-20T10:05:02+08:00", 12),
        "what the v2 file says about itself is kept"
    );
    let a = &saved.assessment;
    assert!(a.archive.is_empty() && a.veto_archive.is_empty());
    assert_eq!(a.entry("P-07").unwrap().effort, Some(5));
    assert_eq!(
        a.entry("B-02").unwrap().action.as_ref().unwrap().due,
        "2025-04-30"
    );
    assert_eq!(a.veto_declarations.get("V-01"), Some(&false));
}

#[test]
fn a_v2_file_scores_the_same_after_migration() {
    let pack = pack();
    let original: Assessment = serde_json::from_value(value(V2)["assessment"].clone()).unwrap();
    let migrated = read_record(V2).unwrap().assessment;
    assert_eq!(evaluate(&pack, &migrated), evaluate(&pack, &original));
}

#[test]
fn a_v2_file_saved_again_differs_only_in_its_version_and_numbered_evidence() {
    let saved = read_record(V2).unwrap();
    let rewritten = saved.to_json() + "\n";
    // The envelope's `schema_version` is the first in the file; the assessment's own (1) is
    // left alone.
    let numbered = V2
        .replacen("\"schema_version\": 2,", "\"schema_version\": 9,", 1)
        .replacen(
            "{\n            \"title\": \"市食安委文件（2024）3 号\",\n            \"location\": \"共享盘/创建/基础工作/B-01\",\n            \"ready\": true\n",
            "{\n            \"seq\": 1,\n            \"kind\": \"other\",\n            \"title\": \"市食安委文件（2024）3 号\",\n            \"location\": \"共享盘/创建/基础工作/B-01\",\n            \"state\": \"ready\"\n",
            1,
        )
        .replacen(
            "{\n            \"title\": \"责任清单签收记录\",\n            \"location\": \"办公室档案柜 A-3\",\n            \"ready\": false\n",
            "{\n            \"seq\": 2,\n            \"kind\": \"other\",\n            \"title\": \"责任清单签收记录\",\n            \"location\": \"办公室档案柜 A-3\",\n            \"state\": \"missing\"\n",
            1,
        );
    assert_eq!(rewritten, numbered);
    assert_eq!(read_record(&rewritten).unwrap(), saved);
}

#[test]
fn a_v2_file_imported_says_it_was_converted() {
    let pack = pack();
    let import = read_import(V2, &[&pack]).unwrap();
    assert_eq!(import.kind, ImportKind::Assessment);
    assert_eq!(import.from_version, 2);
    assert_eq!(import.assessments, vec![read_record(V2).unwrap()]);
    assert_eq!(
        import.notes,
        vec![ImportNote::Migrated {
            from: 2,
            to: SAVED_SCHEMA_VERSION
        }]
    );
    assert_eq!(
        both(&import.notes[0]),
        (
            "文件为旧版格式（版本 2），已转换为当前格式（版本 9）；原文件未改动".into(),
            "The file was in an older format (version 2) and has been converted to the current one (version 9); the file itself is unchanged".into()
        )
    );
}

#[test]
fn a_v2_backup_imports_every_assessment_migrated() {
    let pack = pack();
    let import = read_import(V2_BACKUP, &[&pack]).unwrap();
    assert_eq!(import.kind, ImportKind::Backup);
    assert_eq!(import.from_version, 2);
    assert_eq!(
        (import.app_version.as_str(), import.saved_at.as_str()),
        ("0.1.0", "2025-03-20T10:06:00+08:00")
    );
    assert_eq!(import.notes, vec![ImportNote::Migrated { from: 2, to: 9 }]);
    let records = value(V2_BACKUP)["assessments"].as_array().unwrap().clone();
    assert_eq!(import.assessments.len(), records.len());
    for (saved, record) in import.assessments.iter().zip(records) {
        assert_eq!(saved.schema_version, 9);
        assert_eq!(saved, &read_record(&record.to_string()).unwrap());
        let old = record["assessment"].clone();
        let original: Assessment = serde_json::from_value(old.clone()).unwrap();
        assert_eq!(saved.assessment, with_numbered_evidence(original, &old));
    }
    // Backed up again, it is the current backup fixture's second assessment exactly.
    let current = read_import(V5_BACKUP, &[&pack]).unwrap();
    assert_eq!(current.assessments[1], import.assessments[1]);
}

#[test]
fn the_v3_fixture_carries_an_archive_and_a_veto_archive() {
    let doc = value(V3);
    assert_eq!(doc["schema_version"], 3);
    assert_eq!(doc["assessment"]["archive"].as_array().unwrap().len(), 3);
    assert_eq!(
        doc["assessment"]["veto_archive"].as_array().unwrap().len(),
        2
    );

    let a = read_record(V3).unwrap().assessment;
    assert_eq!(
        a.archive,
        vec![
            ArchivedAnswer {
                indicator: "P-23".into(),
                entry: Entry {
                    answer: Some(Answer::Findings { count: 2 }),
                    notes: "第 0 版细则的“网络订餐抽查”指标，第 1 版已删除；2 项问题已整改".into(),
                    effort: Some(4),
                    ..Entry::default()
                },
                from_pack_version: 0,
                reason: ArchiveReason::IndicatorRemoved,
            },
            ArchivedAnswer {
                indicator: "B-04".into(),
                entry: Entry {
                    answer: Some(Answer::Level {
                        level: "excellent".into()
                    }),
                    ..Entry::default()
                },
                from_pack_version: 0,
                reason: ArchiveReason::RuleIncompatible {
                    detail: Incompatibility::LevelRemoved {
                        level: "excellent".into()
                    }
                },
            },
            ArchivedAnswer {
                indicator: "C-12".into(),
                entry: Entry {
                    answer: Some(Answer::Inputs {
                        values: [
                            ("inspected".to_owned(), Decimal::whole(860)),
                            ("licensed".to_owned(), Decimal::parse("912.5").unwrap()),
                        ]
                        .into()
                    }),
                    ..Entry::default()
                },
                from_pack_version: 0,
                reason: ArchiveReason::RuleIncompatible {
                    detail: Incompatibility::FiguresRefused {
                        inputs: vec!["licensed".into()]
                    }
                },
            },
        ]
    );
    assert_eq!(
        a.veto_archive,
        vec![
            ArchivedVeto {
                veto: "V-08".into(),
                answer: VetoAnswer::Declaration { happened: false },
                from_pack_version: 0,
                reason: ArchiveReason::VetoRemoved,
            },
            ArchivedVeto {
                veto: "V-03".into(),
                answer: VetoAnswer::Inputs {
                    values: [
                        ("batches".to_owned(), Decimal::whole(2100)),
                        ("population".to_owned(), Decimal::whole(1_200_000)),
                    ]
                    .into()
                },
                from_pack_version: 0,
                reason: ArchiveReason::VetoIncompatible {
                    detail: Incompatibility::Kind {
                        from: VetoKind::Calculator,
                        to: VetoKind::Indicator
                    }
                },
            },
        ]
    );
}

#[test]
fn the_v3_fixture_holds_the_v2_answers_with_the_archive_added() {
    let v2 = read_record(V2).unwrap().assessment;
    let mut v3 = read_record(V3).unwrap().assessment;
    v3.archive.clear();
    v3.veto_archive.clear();
    v3.updated = v2.updated.clone();
    assert_eq!(v3, v2);
}

#[test]
fn migrating_a_current_file_is_a_no_op() {
    for text in [V9, V9_BACKUP] {
        let doc = value(text);
        assert_eq!(migrate(doc.clone(), 9).unwrap(), doc);
    }
    let record = read_record(V9).unwrap();
    let rewritten = record.to_json();
    // The parts a capability types (the review, the drill, the inspection) are written
    // compactly inside the indented record: the same data, then byte for byte stable.
    assert_eq!(
        value(&rewritten),
        value(V9),
        "a current file is rewritten as it was"
    );
    assert_eq!(
        read_record(&rewritten).unwrap().to_json(),
        rewritten,
        "and rewritten again byte for byte"
    );
    let pack = pack();
    let import = read_import(V9, &[&pack]).unwrap();
    assert_eq!(import.from_version, 9);
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

#[test]
fn the_whole_chain_from_v1_ends_at_the_current_version() {
    let current = migrate(value(V1), 1).unwrap();
    assert_eq!(current["schema_version"], SAVED_SCHEMA_VERSION);
    let stepped = v8_to_v9(
        v7_to_v8(
            v6_to_v7(
                v5_to_v6(
                    v4_to_v5(v3_to_v4(v2_to_v3(v1_to_v2(value(V1)).unwrap()).unwrap()).unwrap())
                        .unwrap(),
                )
                .unwrap(),
            )
            .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(current, stepped);
}

#[test]
fn the_whole_chain_from_v2_ends_at_the_current_version() {
    let current = migrate(value(V2), 2).unwrap();
    assert_eq!(current["schema_version"], SAVED_SCHEMA_VERSION);
    assert_eq!(
        current,
        v8_to_v9(
            v7_to_v8(
                v6_to_v7(
                    v5_to_v6(v4_to_v5(v3_to_v4(v2_to_v3(value(V2)).unwrap()).unwrap()).unwrap())
                        .unwrap()
                )
                .unwrap()
            )
            .unwrap()
        )
        .unwrap()
    );
}

#[test]
fn the_steps_are_in_order() {
    // STEPS[k] turns version k + 1 into version k + 2: fed the previous step's output (or the
    // v1 fixture), each writes the next version.
    let mut doc = value(V1);
    for (k, step) in STEPS.iter().enumerate() {
        doc = step(doc).unwrap();
        assert_eq!(doc["schema_version"], k + 2, "step {k}");
    }
    assert_eq!(doc["schema_version"], SAVED_SCHEMA_VERSION);
}

#[test]
fn a_saved_archive_is_written_with_a_version_a_v2_build_refuses() {
    // A v2 build reads a v3 record's assessment leniently (unknown fields are dropped), so it
    // is only the envelope's version that stops it from losing the archive on its next save.
    let mut a = read_record(V2).unwrap().assessment;
    a.veto_archive.push(ArchivedVeto {
        veto: "V-01".into(),
        answer: VetoAnswer::Declaration { happened: true },
        from_pack_version: 1,
        reason: ArchiveReason::VetoRemoved,
    });
    let record = value(&SavedAssessment::new(a.clone(), "0.2.0", "t", 1).to_json());
    let backup =
        value(&Backup::new(vec![SavedAssessment::new(a, "0.2.0", "t", 1)], "0.2.0", "t").to_json());
    const V2_BUILD_READS_UP_TO: u64 = 2;
    for doc in [&record, &backup, &backup["assessments"][0]] {
        assert!(doc["schema_version"].as_u64().unwrap() > V2_BUILD_READS_UP_TO);
    }
    assert!(record["assessment"]["veto_archive"].is_array());
    assert_eq!(
        both(&ReadError::NewerVersion {
            found: 3,
            supported: 2
        })
        .1,
        "This file was saved by a newer version of fscity (format version 3; this tool reads up to 2); update the tool first",
        "what a v2 build says instead"
    );
}

#[test]
fn there_is_one_step_for_each_version_after_the_first() {
    assert_eq!(STEPS.len() + 1, SAVED_SCHEMA_VERSION as usize);
}

#[test]
fn versions_are_compared_as_numbers_not_as_text() {
    // As text, "10" sorts before "3"; as a number it is newer and must be refused.
    assert_eq!(
        migrate(value(V9), 10),
        Err(MigrateError::NewerVersion {
            found: 10,
            supported: 9
        })
    );
    let newer = edited(V9, |doc| doc["schema_version"] = json!(10));
    assert_eq!(
        read_record(&newer),
        Err(ReadError::NewerVersion {
            found: 10,
            supported: 9
        })
    );
    let as_text = edited(V9, |doc| doc["schema_version"] = json!("9"));
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
            "格式版本 0 无效（本工具可读取 1 至 9）".into(),
            "format version 0 is not valid (this tool reads 1 to 9)".into()
        )
    );
}

#[test]
fn migration_errors_are_worded_in_both_languages() {
    assert_eq!(
        both(&MigrateError::NewerVersion {
            found: 4,
            supported: 3
        }),
        (
            "该文件由较新版本的 fscity 保存（格式版本 4，本工具最高支持 3），请先更新本工具".into(),
            "this file was saved by a newer version of fscity (format version 4; this tool reads up to 3); update the tool first".into()
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

#[test]
fn the_v3_to_v4_step_numbers_the_evidence_and_turns_ready_into_a_state() {
    let mut v3 = value(V3);
    // An archived entry's evidence (a removed indicator's, kept whole) changes the same way.
    v3["assessment"]["archive"][0]["entry"]["evidence"] =
        json!([{ "title": "保险文件", "location": "", "ready": true }]);
    let v4 = v3_to_v4(v3.clone()).unwrap();
    assert_eq!(v4["schema_version"], 4);
    assert_eq!(
        v4["assessment"]["entries"]["B-01"]["evidence"],
        json!([
            { "seq": 1, "kind": "other", "title": "市食安委文件（2024）3 号", "location": "共享盘/创建/基础工作/B-01", "state": "ready" },
            { "seq": 2, "kind": "other", "title": "责任清单签收记录", "location": "办公室档案柜 A-3", "state": "missing" }
        ])
    );
    assert_eq!(
        v4["assessment"]["archive"][0]["entry"]["evidence"],
        json!([{ "seq": 1, "kind": "other", "title": "保险文件", "location": "", "state": "ready" }])
    );
    // Nothing else changes.
    let mut rest = v4.clone();
    let mut old = v3;
    for doc in [&mut rest, &mut old] {
        doc["schema_version"] = json!(0);
        doc["assessment"]["entries"]["B-01"]["evidence"] = json!(null);
        doc["assessment"]["archive"][0]["entry"]["evidence"] = json!(null);
    }
    assert_eq!(rest, old);
    // Read through, the numbers are the printed ones.
    let saved = read_record(V3).unwrap();
    let b01 = &saved.assessment.entry("B-01").unwrap().evidence;
    let numbers: Vec<String> = b01.iter().map(|e| e.number("B-01")).collect();
    assert_eq!(numbers, ["B-01-01", "B-01-02"]);
}

#[test]
fn the_v3_to_v4_step_refuses_what_is_not_a_v3_record() {
    let wrong = |path: &str, detail: &str| MigrateError::WrongShape {
        path: path.into(),
        detail: detail.into(),
    };
    assert_eq!(
        v3_to_v4(json!("x")),
        Err(wrong(
            "",
            "expected an object (an fscity-assessment record)"
        ))
    );
    assert_eq!(
        v3_to_v4(value(V2)),
        Err(wrong("schema_version", "expected 3"))
    );
    let mut bad = value(V3);
    bad["assessment"]["entries"]["B-01"]["evidence"] = json!("共享盘");
    assert_eq!(
        v3_to_v4(bad),
        Err(wrong("assessment.entries.B-01.evidence", "expected a list"))
    );
}

#[test]
fn the_v4_fixture_is_the_v3_answers_with_the_package_fields_added() {
    let v3 = read_record(V3).unwrap().assessment;
    let mut v4 = read_record(V4).unwrap().assessment;
    let b01 = v4.entries.get_mut("B-01").unwrap();
    assert_eq!(b01.evidence[0].kind, EvidenceKind::Official);
    assert_eq!(b01.evidence[0].date, "2024-03-12");
    b01.conclusion.clear();
    let first = &mut b01.evidence[0];
    first.kind = EvidenceKind::Other;
    for field in [
        &mut first.date,
        &mut first.issuer,
        &mut first.department,
        &mut first.proves,
    ] {
        field.clear();
    }
    assert_eq!(v4, v3);
}

#[test]
fn the_v4_to_v5_step_changes_only_the_version() {
    let v4 = value(V4);
    let v5 = v4_to_v5(v4.clone()).unwrap();
    assert_eq!(v5["schema_version"], 5);
    let mut rest = v5;
    rest["schema_version"] = json!(4);
    assert_eq!(rest, v4);
    assert_eq!(
        v4_to_v5(value(V3)),
        Err(MigrateError::WrongShape {
            path: "schema_version".into(),
            detail: "expected 4".into()
        })
    );
    // A version 4 file reads with no review and no interviewees.
    let read = read_record(V4).unwrap().assessment;
    assert!(read.review.is_empty() && read.interviews.is_empty());
}

#[test]
fn the_v5_fixture_is_the_v4_answers_with_page_counts_a_review_and_interviewees_added() {
    let v4 = read_record(V4).unwrap().assessment;
    let mut v5 = read_record(V5).unwrap().assessment;
    let review = v5.review.read().unwrap();
    assert_eq!(review.rounds[0].name, "省级第一轮资料审核");
    assert_eq!(review.problems[0].indicator, "B-01");
    let interviews = v5.interviews.read().unwrap();
    assert_eq!(interviews.people.len(), 2);
    assert_eq!(interviews.people[0].role, Role::PartySecretary);
    assert_eq!(
        interviews.people[0].marks.get("Q-10"),
        Some(&Readiness::Vague)
    );
    let first = &mut v5.entries.get_mut("B-01").unwrap().evidence[0];
    assert_eq!(first.pages, 12);
    first.pages = 0;
    v5.review = Default::default();
    v5.interviews = Default::default();
    assert_eq!(v5, v4);
}

#[test]
fn interviewees_are_written_with_a_version_a_v4_build_refuses() {
    // A v4 build reads an assessment leniently (unknown fields are dropped), so only the
    // version stops it from losing the interviewees on its next save.
    let record = value(&read_record(V5).unwrap().to_json());
    const V4_BUILD_READS_UP_TO: u64 = 4;
    assert!(record["schema_version"].as_u64().unwrap() > V4_BUILD_READS_UP_TO);
    assert!(record["assessment"]["interviews"]["people"].is_array());
}

#[test]
fn the_v5_to_v6_step_changes_only_the_version() {
    let v5 = value(V5);
    let v6 = v5_to_v6(v5.clone()).unwrap();
    assert_eq!(v6["schema_version"], 6);
    let mut rest = v6;
    rest["schema_version"] = json!(5);
    assert_eq!(rest, v5);
    assert_eq!(
        v5_to_v6(value(V4)),
        Err(MigrateError::WrongShape {
            path: "schema_version".into(),
            detail: "expected 5".into()
        })
    );
    // A version 5 file reads with no checks and no roll-up.
    let read = read_record(V5).unwrap().assessment;
    assert!(read.inspection.read().unwrap().visits.is_empty());
    assert!(read.entries.values().all(|e| e.site.is_none()));
}

#[test]
fn the_v6_fixture_is_the_v5_answers_with_inspection_checks_added() {
    let v5 = read_record(V5).unwrap().assessment;
    let mut v6 = read_record(V6).unwrap().assessment;
    let inspection = v6.inspection.read().unwrap();
    assert_eq!(inspection.register.len(), 3);
    let first = inspection.visit(1).unwrap();
    assert_eq!(first.findings[0].option.as_deref(), Some("C"));
    assert_eq!(first.findings[0].note, "第 3 号摊位许可证未公示");
    assert_eq!(v6.entries["P-11"].site.map(|s| s.findings), Some(1));
    v6.entries.remove("P-11");
    v6.inspection = Default::default();
    assert_eq!(v6, v5);
}

#[test]
fn inspection_checks_are_written_with_a_version_a_v5_build_refuses() {
    // A v5 build reads the stowed inspection leniently (unknown fields are dropped), so only the
    // version stops it from losing the checks on its next save.
    let record = value(&read_record(V6).unwrap().to_json());
    const V5_BUILD_READS_UP_TO: u64 = 5;
    assert!(record["schema_version"].as_u64().unwrap() > V5_BUILD_READS_UP_TO);
    assert!(record["assessment"]["inspection"]["visits"].is_array());
    assert!(record["assessment"]["entries"]["P-11"]["site"].is_object());
}

#[test]
fn the_v7_fixture_is_the_v6_answers_with_the_citys_sheets_added() {
    let v6 = read_record(V6).unwrap().assessment;
    let mut v7 = read_record(V7).unwrap().assessment;
    let inspection = v7.inspection.read().unwrap();
    let sheets = inspection.sheets.clone().unwrap();
    assert_eq!(sheets.sheets[0].title.zh, "农贸市场检查表（本市）");
    // The finding at point 1 is priced by the city's item 08.
    let item = sheets.sheets[0].item("08").unwrap();
    assert_eq!(item.finding("C").unwrap().text.zh, "未公示");
    let mut without = inspection.clone();
    without.sheets = None;
    v7.inspection.write(&without);
    assert_eq!(v7, v6);
}

#[test]
fn the_citys_sheets_are_written_with_a_version_a_v6_build_refuses() {
    // A v6 build reads the stowed inspection leniently (unknown fields are dropped), so only the
    // version stops it from losing the sheets on its next save.
    let record = value(&read_record(V7).unwrap().to_json());
    const V6_BUILD_READS_UP_TO: u64 = 6;
    assert!(record["schema_version"].as_u64().unwrap() > V6_BUILD_READS_UP_TO);
    assert!(record["assessment"]["inspection"]["sheets"]["sheets"].is_array());
}

#[test]
fn the_v8_fixture_is_the_v7_answers_with_a_poll_added() {
    let v7 = read_record(V7).unwrap().assessment;
    let mut v8 = read_record(V8).unwrap().assessment;
    let polls = v8.polls.read().unwrap();
    let poll = polls.find(0).unwrap();
    assert_eq!(poll.name, "2025年5月自测");
    let responses = poll.answers.responses();
    assert_eq!(responses.len(), 4);
    assert_eq!(responses[2].district, "郾城区");
    assert_eq!(responses[2].answers["Q2"], "unsure");
    assert!(!responses[3].answers.contains_key("Q4"));
    assert_eq!(polls.populations["郾城区"], 520_000);
    assert_eq!(v8.entries["B-17"].poll.as_ref().map(|l| l.n), Some(4));
    v8.entries.remove("B-17");
    v8.polls = Default::default();
    v8.updated = v7.updated.clone();
    assert_eq!(v8, v7);
}

#[test]
fn polls_are_written_with_a_version_a_v7_build_refuses() {
    // A v7 build drops fields it does not know, so only the version stops it from losing the
    // polls on its next save.
    let record = value(&read_record(V8).unwrap().to_json());
    const V7_BUILD_READS_UP_TO: u64 = 7;
    assert!(record["schema_version"].as_u64().unwrap() > V7_BUILD_READS_UP_TO);
    assert!(record["assessment"]["polls"]["polls"].is_array());
    assert!(record["assessment"]["entries"]["B-17"]["poll"].is_object());
}

#[test]
fn the_v9_fixture_is_the_v8_record_with_a_review_team_added() {
    let v8 = read_record(V8).unwrap().assessment;
    let mut v9 = read_record(V9).unwrap().assessment;
    let team = v9.team.read().unwrap();
    let review = team.review.as_ref().unwrap();
    assert_eq!(review.groups.len(), 2);
    assert_eq!(review.groups[1].name, "明查一组");
    assert_eq!(review.received.len(), 1);
    // The result file kept in the record still matches its seal, read back as a file.
    let file = &review.received[0].file;
    assert_eq!(
        &fscity_core::team::ResultFile::read(&file.text()).unwrap(),
        file
    );
    assert_eq!(review.merged().entries["B-01"], v8.entries["B-01"]);
    v9.team = Default::default();
    assert_eq!(v9, v8);
}

#[test]
fn a_review_team_is_written_with_a_version_a_v8_build_refuses() {
    // A v8 build drops fields it does not know, so only the version stops it from losing the
    // team's files on its next save.
    let record = value(&read_record(V9).unwrap().to_json());
    const V8_BUILD_READS_UP_TO: u64 = 8;
    assert!(record["schema_version"].as_u64().unwrap() > V8_BUILD_READS_UP_TO);
    assert!(record["assessment"]["team"]["review"]["received"].is_array());
}
