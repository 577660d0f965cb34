//! The assessment file: edits the UI makes, and a JSON round trip that keeps what the pack
//! does not know.

mod common;

use common::*;
use fscity_core::assessment::{CorrectiveAction, Evidence, EvidenceState};
use fscity_core::report::Warning;
use fscity_core::{evaluate, Answer, Assessment, ASSESSMENT_SCHEMA_VERSION};

#[test]
fn a_new_assessment_names_its_pack_and_dates() {
    let pack = mini();
    let a = Assessment::new(&pack, "某市", "首次自评", "2025-03-01");
    assert_eq!(a.schema_version, ASSESSMENT_SCHEMA_VERSION);
    assert_eq!((a.pack_id.as_str(), a.pack_version), ("mini", 1));
    assert_eq!(
        (a.created.as_str(), a.updated.as_str()),
        ("2025-03-01", "2025-03-01")
    );
    let mut a = a;
    a.touch("2025-03-02");
    assert_eq!(a.updated, "2025-03-02");
}

#[test]
fn set_and_clear_answer_keep_the_rest_of_the_entry() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_answer("B-01", level("met"));
    a.entry_mut("B-01").notes = "文件已齐".into();
    a.clear_answer("B-01");
    assert_eq!(a.answer("B-01"), None);
    assert_eq!(a.entry("B-01").unwrap().notes, "文件已齐");
    a.entry_mut("B-01").notes.clear();
    a.clear_answer("B-01");
    assert!(a.entry("B-01").is_none(), "an empty entry is removed");
}

#[test]
fn sub_items_are_toggled_one_at_a_time() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_sub_item("B-02", "a", true);
    a.set_sub_item("B-02", "b", true);
    a.set_sub_item("B-02", "a", false);
    assert_eq!(a.answer("B-02"), Some(&items(&["b"])));
}

#[test]
fn calculator_figures_are_set_and_removed_one_at_a_time() {
    let pack = mini();
    let mut a = blank(&pack);
    a.set_input("C-02", "batches", dec("4800"));
    a.set_input("C-02", "population", dec("1200000"));
    assert_eq!(
        a.answer("C-02"),
        Some(&inputs(&[("batches", "4800"), ("population", "1200000")]))
    );
    a.remove_input("C-02", "batches");
    a.remove_input("C-02", "population");
    assert!(a.entry("C-02").is_none());
}

#[test]
fn marking_not_applicable_records_the_reason() {
    let pack = mini();
    let mut a = blank(&pack);
    a.mark_not_applicable("B-02", "本市无此业态");
    assert_eq!(
        a.answer("B-02"),
        Some(&Answer::NotApplicable {
            reason: "本市无此业态".into()
        })
    );
}

#[test]
fn veto_declarations_and_figures_are_set_and_withdrawn() {
    let pack = mini();
    let mut a = blank(&pack);
    a.declare_veto("V-01", false);
    assert_eq!(a.veto_declarations.get("V-01"), Some(&false));
    a.clear_veto("V-01");
    assert!(a.veto_declarations.is_empty());
    a.set_veto_input("V-03", "score", dec("85"));
    a.remove_veto_input("V-03", "score");
    assert!(a.veto_inputs.is_empty());
}

#[test]
fn json_round_trip_keeps_everything_including_what_the_pack_does_not_know() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.set_answer("Z-99", level("met"));
    a.set_input("C-02", "extra", dec("1"));
    a.declare_veto("V-77", true);
    let entry = a.entry_mut("C-01");
    entry.lost_reason = "两处校园周边摊点".into();
    entry.evidence.push(Evidence {
        title: "巡查记录".into(),
        location: "市场监管局档案室".into(),
        state: EvidenceState::Ready,
        ..Evidence::default()
    });
    entry.departments = vec!["市场监管局".into(), "教育局".into()];
    entry.action = Some(CorrectiveAction {
        what: "清理摊点".into(),
        owner: "城管局".into(),
        due: "2025-06-30".into(),
        done: true,
    });
    entry.effort = Some(5);

    let json = serde_json::to_string_pretty(&a).unwrap();
    let again: Assessment = serde_json::from_str(&json).unwrap();
    assert_eq!(again, a);
    assert_eq!(serde_json::to_string_pretty(&again).unwrap(), json);

    let warnings = evaluate(&pack, &again).warnings;
    assert!(warnings.contains(&Warning::UnknownIndicator {
        indicator: "Z-99".into()
    }));
    assert!(warnings.contains(&Warning::UnknownInput {
        owner: "C-02".into(),
        input: "extra".into()
    }));
    assert!(warnings.contains(&Warning::UnknownVeto {
        veto: "V-77".into()
    }));
}

#[test]
fn an_assessment_of_another_pack_is_scored_with_a_warning() {
    let pack = mini();
    let mut a = full_marks(&pack);
    a.pack_id = "other".into();
    let warnings = evaluate(&pack, &a).warnings;
    assert_eq!(
        warnings,
        [Warning::OtherPack {
            pack: "mini".into(),
            found: "other".into()
        }]
    );
    use fscity_core::{Lang, Localize};
    assert_eq!(
        warnings[0].message(Lang::Zh),
        "本自评是按数据包“other”填写的，现按“mini”计分"
    );
}
