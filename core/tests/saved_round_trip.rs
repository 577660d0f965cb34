//! Saving and reading back: what is written is what is read, byte for byte and value for
//! value, including the archive, what the pack does not know and text that looks like markup.

mod saved_support;

use fscity_core::saved::{
    read_import, read_record, Backup, ImportKind, ImportNote, ReadError, SavedAssessment,
};
use fscity_core::{Answer, Assessment, Decimal, SAVED_SCHEMA_VERSION};
use proptest::prelude::*;
use saved_support::*;

/// The current fixture's assessment, archive included.
fn sample() -> Assessment {
    read_record(V9).unwrap().assessment
}

#[test]
fn a_new_saved_assessment_copies_the_pack_from_its_assessment() {
    let saved = SavedAssessment::new(sample(), "0.2.0", "2025-04-01T08:00:00Z", 3);
    assert_eq!(saved.format, "fscity-assessment");
    assert_eq!(saved.schema_version, SAVED_SCHEMA_VERSION);
    assert_eq!(
        (saved.pack_id.as_str(), saved.pack_version),
        ("nfsdc-2023", 1)
    );
    assert_eq!(
        (
            saved.app_version.as_str(),
            saved.saved_at.as_str(),
            saved.revision
        ),
        ("0.2.0", "2025-04-01T08:00:00Z", 3)
    );
}

#[test]
fn a_saved_assessment_reads_back_equal_as_a_record_and_as_an_import() {
    let pack = pack();
    let saved = SavedAssessment::new(sample(), "0.2.0", "2025-04-01T08:00:00Z", u64::MAX);
    let text = saved.to_json();
    assert_eq!(read_record(&text).unwrap(), saved);
    let import = read_import(&text, &[&pack]).unwrap();
    assert_eq!(import.kind, ImportKind::Assessment);
    assert_eq!(import.from_version, u64::from(SAVED_SCHEMA_VERSION));
    assert_eq!(import.assessments, vec![saved]);
    assert_eq!(
        (import.app_version.as_str(), import.saved_at.as_str()),
        ("0.2.0", "2025-04-01T08:00:00Z")
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

#[test]
fn a_backup_reads_back_equal_in_order() {
    let pack = pack();
    let first = SavedAssessment::new(sample(), "0.2.0", "2025-04-01T08:00:00Z", 5);
    let mut other = sample();
    other.name = "2025 年第二次自评".into();
    let second = SavedAssessment::new(other, "0.2.0", "2025-04-02T08:00:00Z", 1);
    let backup = Backup::new(vec![first, second], "0.2.0", "2025-04-03T08:00:00Z");
    let import = read_import(&backup.to_json(), &[&pack]).unwrap();
    assert_eq!(import.kind, ImportKind::Backup);
    assert_eq!(import.assessments, backup.assessments);
    assert_eq!(
        (import.app_version.as_str(), import.saved_at.as_str()),
        ("0.2.0", "2025-04-03T08:00:00Z")
    );
    assert!(import.notes.is_empty());
}

#[test]
fn the_current_fixtures_are_rewritten_as_they_were_then_byte_for_byte() {
    // The parts a capability types (review, drill, inspection) are written compactly inside
    // the indented file, where a v6 build indented them too: the same JSON, and from then on
    // the same bytes.
    let pack = pack();
    let json = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    let record = read_record(V9).unwrap().to_json();
    assert_eq!(json(&record), json(V9));
    assert_eq!(read_record(&record).unwrap().to_json(), record);
    let import = read_import(V9_BACKUP, &[&pack]).unwrap();
    let backup = Backup::new(import.assessments, &import.app_version, &import.saved_at).to_json();
    assert_eq!(json(&backup), json(V9_BACKUP));
    let again = read_import(&backup, &[&pack]).unwrap();
    assert_eq!(
        Backup::new(again.assessments, &again.app_version, &again.saved_at).to_json(),
        backup
    );
}

#[test]
fn the_archive_is_kept_through_a_save_a_read_and_a_backup() {
    let pack = pack();
    let a = sample();
    assert_eq!((a.archive.len(), a.veto_archive.len()), (3, 2));
    let saved = SavedAssessment::new(a.clone(), "0.2.0", "t", 14);
    let reread = read_record(&saved.to_json()).unwrap();
    assert_eq!(reread.assessment.archive, a.archive);
    assert_eq!(reread.assessment.veto_archive, a.veto_archive);
    let backup = Backup::new(vec![saved.clone()], "0.2.0", "t");
    let import = read_import(&backup.to_json(), &[&pack]).unwrap();
    assert_eq!(import.assessments, vec![saved]);
    // Archived IDs are not in the pack on purpose, and archived figures were typed for another
    // revision: neither is reported nor checked against today's input kinds (C-12's licensed
    // 912.5 would not be a whole count).
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

#[test]
fn an_empty_archive_is_not_written() {
    let mut a = sample();
    a.archive.clear();
    a.veto_archive.clear();
    let text = SavedAssessment::new(a, "0.2.0", "t", 1).to_json();
    assert!(!text.contains("archive"), "{text}");
    assert_eq!(
        read_record(&text).unwrap().schema_version,
        SAVED_SCHEMA_VERSION,
        "the version is the current one all the same"
    );
}

#[test]
fn saving_twice_writes_identical_text() {
    let saved = SavedAssessment::new(sample(), "0.2.0", "t", 1);
    assert_eq!(saved.to_json(), saved.clone().to_json());
    let reread = read_record(&saved.to_json()).unwrap();
    assert_eq!(reread.to_json(), saved.to_json());
}

#[test]
fn answers_the_pack_does_not_know_are_kept_and_reported() {
    let pack = pack();
    let mut a = sample();
    a.set_answer(
        "Z-99",
        Answer::Level {
            level: "met".into(),
        },
    );
    a.entry_mut("Z-99").notes = "旧版细则中的指标".into();
    a.set_answer(
        "B-04",
        Answer::Level {
            level: "excellent".into(),
        },
    );
    a.set_input("C-02", "households", Decimal::whole(350_000));
    a.declare_veto("V-99", true);
    a.set_veto_input("V-98", "rate", Decimal::parse("97.5").unwrap());
    let saved = SavedAssessment::new(a, "0.2.0", "t", 2);

    assert_eq!(read_record(&saved.to_json()).unwrap(), saved);
    let import = read_import(&saved.to_json(), &[&pack]).unwrap();
    assert_eq!(import.assessments, vec![saved]);
    assert_eq!(
        import.notes,
        vec![ImportNote::NotInPack {
            index: 0,
            name: "2025 年第一次自评".into(),
            ids: vec!["Z-99".into(), "V-98".into(), "V-99".into()],
        }]
    );
    assert_eq!(
        both(&import.notes[0]),
        (
            "“2025 年第一次自评”中有 3 项编号在当前数据包中不存在（Z-99、V-98、V-99）：其内容已保留，但不计分".into(),
            "\"2025 年第一次自评\" has 3 ID(s) the current pack does not have (Z-99, V-98, V-99): they are kept but not scored".into()
        )
    );
}

#[test]
fn an_assessment_of_another_pack_revision_keeps_its_answers_by_id() {
    let pack = pack();
    let mut a = sample();
    a.pack_version = 0;
    // A figure that was fine for the revision it was typed against is kept, not refused.
    a.set_input("C-02", "batches", Decimal::parse("2.5").unwrap());
    let saved = SavedAssessment::new(a, "0.1.0", "t", 1);
    let import = read_import(&saved.to_json(), &[&pack]).unwrap();
    assert_eq!(import.assessments, vec![saved]);
    assert_eq!(
        import.notes,
        vec![ImportNote::PackVersionDiffers {
            index: 0,
            name: "2025 年第一次自评".into(),
            pack_id: "nfsdc-2023".into(),
            file_version: 0,
            loaded_version: 1
        }]
    );
    assert_eq!(
        both(&import.notes[0]),
        (
            "“2025 年第一次自评”按数据包 nfsdc-2023 第 0 版填写，本工具为第 1 版：答案按指标编号保留".into(),
            "\"2025 年第一次自评\" was made with revision 0 of pack nfsdc-2023; this tool has revision 1: answers are kept by indicator ID".into()
        )
    );
}

#[test]
fn notes_for_an_unnamed_assessment_in_a_backup_give_its_position() {
    let pack = pack();
    let mut a = sample();
    a.name.clear();
    a.set_answer("Z-01", Answer::Findings { count: 1 });
    let backup = Backup::new(
        vec![
            SavedAssessment::new(sample(), "0.2.0", "t", 1),
            SavedAssessment::new(a, "0.2.0", "t", 1),
        ],
        "0.2.0",
        "t",
    );
    let import = read_import(&backup.to_json(), &[&pack]).unwrap();
    assert_eq!(import.notes.len(), 1);
    let (zh, en) = both(&import.notes[0]);
    assert!(zh.starts_with("第 2 份自评中有 1 项编号"), "{zh}");
    assert!(en.starts_with("Assessment 2 has 1 ID(s)"), "{en}");
}

#[test]
fn fields_no_version_of_fscity_writes_are_not_carried_over() {
    // Every map (answers, inputs, vetoes) keeps IDs it does not know, as above. Fields outside
    // them are a different matter: a file of the current version has none unless edited by
    // hand (a newer version is refused before this point), so they are dropped, not kept.
    let text = edited(V9, |doc| {
        doc["comment"] = serde_json::json!("hand-written");
        doc["assessment"]["reviewer"] = serde_json::json!("张三");
        doc["assessment"]["archive"][0]["reviewer"] = serde_json::json!("赵六（手写）");
    });
    let saved = read_record(&text).unwrap();
    assert_eq!(saved, read_record(V9).unwrap());
    assert!(!saved.to_json().contains("hand-written"));
    assert!(!saved.to_json().contains("赵六（手写）"));
}

#[test]
fn html_and_script_in_notes_are_kept_as_plain_text() {
    let hostile = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "</textarea><b>粗体</b> &amp; &lt;",
        "\"}],\"format\":\"evil\"",
        "\u{202e}反向文字\u{0}零字节",
    ];
    let mut a = sample();
    for (i, text) in hostile.iter().enumerate() {
        let id = format!("B-0{}", i + 1);
        a.entry_mut(&id).notes = text.to_string();
        a.entry_mut(&id).lost_reason = text.to_string();
    }
    a.city = "<h1>江城市</h1>".into();
    let saved = SavedAssessment::new(a, "0.2.0", "t", 1);
    let reread = read_record(&saved.to_json()).unwrap();
    assert_eq!(reread, saved);
    for (i, text) in hostile.iter().enumerate() {
        let id = format!("B-0{}", i + 1);
        assert_eq!(reread.assessment.entry(&id).unwrap().notes, *text);
    }
    assert_eq!(reread.assessment.city, "<h1>江城市</h1>");
}

#[test]
fn a_byte_order_mark_before_the_json_is_ignored() {
    let text = format!("\u{feff}{V9}");
    assert_eq!(read_record(&text).unwrap(), read_record(V9).unwrap());
}

#[test]
fn an_old_bare_assessment_inside_a_backup_is_migrated_with_the_rest() {
    let pack = pack();
    let v1 = value(V1);
    let text = edited(V9_BACKUP, |doc| doc["assessments"][1] = v1);
    let import = read_import(&text, &[&pack]).unwrap();
    assert_eq!(import.from_version, 1);
    assert_eq!(import.assessments[0], read_record(V9).unwrap());
    assert_eq!(import.assessments[1], read_record(V1).unwrap());
    assert!(matches!(
        import.notes[0],
        ImportNote::Migrated {
            from: 1,
            to: SAVED_SCHEMA_VERSION
        }
    ));
}

#[test]
fn an_old_v2_record_inside_a_current_backup_is_migrated_with_the_rest() {
    let pack = pack();
    let v2 = value(V2);
    let text = edited(V9_BACKUP, |doc| doc["assessments"][1] = v2);
    let import = read_import(&text, &[&pack]).unwrap();
    assert_eq!(import.from_version, 2);
    assert_eq!(import.assessments[0], read_record(V9).unwrap());
    assert_eq!(import.assessments[1], read_record(V2).unwrap());
    assert_eq!(import.assessments[1].schema_version, SAVED_SCHEMA_VERSION);
    assert_eq!(
        import.notes,
        vec![ImportNote::Migrated {
            from: 2,
            to: SAVED_SCHEMA_VERSION
        }]
    );
}

/// Figures below eight million with six decimals, and whole figures up to nine billion: the
/// ranges that survive today's float conversion (see the FIXME below for the rest).
fn figure() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..8_000_000, 0u32..1_000_000).prop_map(|(whole, micros)| {
            Decimal::parse(&format!("{whole}.{micros:06}")).unwrap()
        }),
        (0i64..=9_000_000_000).prop_map(Decimal::whole),
    ]
}

fn saved_and_read_back(figure: &str) -> Result<String, ReadError> {
    let mut a = sample();
    a.set_input("B-05", "current", Decimal::parse(figure).unwrap());
    let saved = SavedAssessment::new(a, "0.2.0", "t", 1);
    let reread = read_record(&saved.to_json())?;
    match reread.assessment.answer("B-05") {
        Some(Answer::Inputs { values }) => Ok(values["current"].to_string()),
        other => panic!("expected inputs, got {other:?}"),
    }
}

#[test]
fn large_figures_come_back_exactly_as_saved() {
    // Regression: figures used to be read through float multiplication, so 33554433.3 came
    // back with a seventh decimal (and the record was refused) and 873731910433 came back as
    // 873731910432.999936.
    assert_eq!(saved_and_read_back("33554433.3").unwrap(), "33554433.3");
    assert_eq!(saved_and_read_back("873731910433").unwrap(), "873731910433");
    assert_eq!(saved_and_read_back("8000000.5").unwrap(), "8000000.5");
    assert_eq!(saved_and_read_back("9000000000").unwrap(), "9000000000");
    assert_eq!(
        saved_and_read_back("999999999.123456").unwrap(),
        "999999999.123456"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_and_figures_survive_a_save_and_a_read(
        notes in "\\PC{0,40}",
        city in any::<String>(),
        current in figure(),
        count in 0u64..=1_000_000,
        revision in any::<u64>(),
    ) {
        let mut a = sample();
        a.entry_mut("B-01").notes = notes;
        a.city = city;
        a.set_input("B-05", "current", current);
        a.set_answer("P-08", Answer::Findings { count });
        let saved = SavedAssessment::new(a, "0.2.0", "t", revision);
        prop_assert_eq!(read_record(&saved.to_json()).unwrap(), saved);
    }
}

/// 现场检查 is kept part by part: recording a finding rewrites the checks and leaves the
/// register's text as it was (shared, not copied or written again), and the typed register is
/// read once. What made a tap slow with a register of 5,000 points.
#[test]
fn a_finding_rewrites_the_checks_and_not_the_register() {
    let mut a = sample();
    let before = a.inspection.read().unwrap();
    assert!(std::sync::Arc::ptr_eq(
        &before.register,
        &a.inspection.read().unwrap().register
    ));
    let mut changed = before.clone();
    changed.visit_mut(2, "supermarket").note = "冷柜温度未记录".into();
    a.inspection.write(&changed);
    let after = a.inspection.read().unwrap();
    assert!(std::sync::Arc::ptr_eq(&after.register, &before.register));
    assert_eq!(after.visit(2).unwrap().note, "冷柜温度未记录");
    let reread = read_record(&SavedAssessment::new(a, "0.3.0", "t", 2).to_json()).unwrap();
    assert_eq!(reread.assessment.inspection.read().unwrap(), changed);
}

/// A 现场检查 record edited by hand into something else (a field this build does not know, a
/// part of the wrong shape, not an object at all) is kept exactly and reads as unreadable; the
/// rest of the assessment reads as usual.
#[test]
fn an_inspection_edited_by_hand_is_kept_as_it_is() {
    let saved = read_record(V9).unwrap().to_json();
    let whole = |record: &str| {
        serde_json::from_str::<serde_json::Value>(record).unwrap()["assessment"]["inspection"]
            .clone()
    };
    for (from, to) in [
        ("\"visits\":", "\"visitz\":"),
        ("\"register\": [", "\"register\": [7,"),
        ("\"inspection\": {", "\"inspection\": [{"),
    ] {
        let broken = if to.ends_with("[{") {
            // The object wrapped in a list, wherever it sits in the record.
            edited(&saved, |doc| {
                let inspection = doc["assessment"]["inspection"].take();
                doc["assessment"]["inspection"] = serde_json::json!([inspection]);
            })
        } else {
            saved.replacen(from, to, 1)
        };
        assert_ne!(broken, saved, "{from}");
        let kept = read_record(&broken).unwrap();
        assert!(kept.assessment.inspection.read().is_err(), "{from}");
        assert_eq!(kept.assessment.entries, sample().entries);
        assert_eq!(
            whole(&kept.to_json()),
            whole(&broken),
            "{from}: nothing lost"
        );
    }
}
