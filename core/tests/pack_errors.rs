//! Every pack validation error is produced by a crafted bad pack, and says where it is.
//! Each case starts from the valid mini pack and breaks one thing.

use fscity_core::pack::{self, Location, PackError, PackErrorKind};
use fscity_core::{Lang, Localize};
use serde_json::{json, Value};

const MINI: &str = include_str!("fixtures/mini-pack.json");

fn mini() -> Value {
    serde_json::from_str(MINI).unwrap()
}

/// Loads a pack changed by `edit` and returns its errors (it must fail).
fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<PackError> {
    let mut value = mini();
    edit(&mut value);
    pack::load(&value.to_string()).expect_err("the broken pack must be refused")
}

/// The single error a pack changed by `edit` produces.
fn only_error(edit: impl FnOnce(&mut Value)) -> PackError {
    let mut errors = errors_after(edit);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.remove(0)
}

fn indicator(pack: &mut Value, group: usize, index: usize) -> &mut Value {
    &mut pack["groups"][group]["indicators"][index]
}

#[test]
fn the_mini_pack_is_valid() {
    let pack = pack::load(MINI).expect("valid");
    assert_eq!(pack.indicator_count(), 4);
}

#[test]
fn duplicate_indicator_id_names_the_id() {
    let error = only_error(|p| indicator(p, 1, 0)["id"] = json!("B-01"));
    assert_eq!(error.kind, PackErrorKind::DuplicateId { id: "B-01".into() });
    assert_eq!(error.location.indicator_id(), Some("B-01"));
    assert!(error.message(Lang::Zh).contains("B-01"));
    assert!(error.message(Lang::Zh).contains("重复"));
    assert!(error.message(Lang::En).contains("used twice"));
}

#[test]
fn unknown_rule_type_names_indicator_and_field() {
    let error = only_error(|p| indicator(p, 0, 1)["rule"]["type"] = json!("bonus"));
    assert_eq!(
        error.kind,
        PackErrorKind::UnknownRuleType {
            found: "bonus".into()
        }
    );
    assert_eq!(
        error.location,
        Location::Indicator {
            indicator: "B-02".into(),
            field: "rule.type".into()
        }
    );
    assert!(
        error.message(Lang::En).contains("indicator B-02"),
        "{}",
        error.message(Lang::En)
    );
}

#[test]
fn points_not_summing_to_the_stated_total() {
    let error = only_error(|p| p["total_points"] = json!(25));
    assert_eq!(
        error.kind,
        PackErrorKind::PointsDoNotSum {
            stated: "25".into(),
            sum: "20".into()
        }
    );
    assert_eq!(error.location.field(), "total_points");
    assert!(error.message(Lang::Zh).contains("20"));
}

#[test]
fn group_points_not_summing_names_the_group() {
    let errors = errors_after(|p| indicator(p, 0, 1)["max_points"] = json!(6));
    // B-02's sub-items no longer reach 6, and group "basic" no longer adds up.
    assert!(errors.iter().any(
        |e| matches!(&e.location, Location::Group { group, .. } if group == "basic")
            && matches!(e.kind, PackErrorKind::PointsDoNotSum { .. })
    ));
    assert!(errors
        .iter()
        .any(|e| e.location.indicator_id() == Some("B-02")
            && matches!(e.kind, PackErrorKind::RuleMaxMismatch { .. })));
}

#[test]
fn thresholds_out_of_order_name_the_threshold() {
    let error = only_error(|p| {
        indicator(p, 1, 1)["rule"]["thresholds"] =
            json!([{ "at_least": 4, "points": 4.5 }, { "at_least": 3, "points": 9 }]);
    });
    assert_eq!(error.kind, PackErrorKind::ThresholdOutOfOrder { index: 1 });
    assert_eq!(
        error.location,
        Location::Indicator {
            indicator: "C-02".into(),
            field: "rule.thresholds[1]".into()
        }
    );
    assert!(error.message(Lang::Zh).contains("第 2 个阈值"));
}

#[test]
fn missing_zh_text_names_the_field() {
    let error = only_error(|p| {
        indicator(p, 0, 0)["requirement"] = json!({ "zh": " ", "en": "Only English" })
    });
    assert_eq!(error.kind, PackErrorKind::MissingZhText);
    assert_eq!(
        error.location,
        Location::Indicator {
            indicator: "B-01".into(),
            field: "requirement.zh".into()
        }
    );
    assert!(error.message(Lang::Zh).contains("缺少中文"));
}

#[test]
fn key_item_floor_above_100_percent() {
    let error = only_error(|p| indicator(p, 0, 0)["key_item"]["floor_percent"] = json!(120));
    assert_eq!(error.kind, PackErrorKind::FloorAbove100 { floor: 120 });
    assert_eq!(error.location.field(), "key_item.floor_percent");
}

#[test]
fn calculator_referring_to_an_unknown_input() {
    let error =
        only_error(|p| indicator(p, 1, 1)["rule"]["formula"]["population"] = json!("residents"));
    assert_eq!(
        error.kind,
        PackErrorKind::UnknownInput {
            input: "residents".into()
        }
    );
    assert_eq!(error.location.indicator_id(), Some("C-02"));
    assert!(error.message(Lang::En).contains("\"residents\""));
}

#[test]
fn veto_calculator_referring_to_an_unknown_input_names_the_veto() {
    let error = only_error(|p| p["vetoes"][2]["test"]["value"]["formula"]["input"] = json!("nope"));
    assert_eq!(
        error.kind,
        PackErrorKind::UnknownInput {
            input: "nope".into()
        }
    );
    assert_eq!(
        error.location,
        Location::Veto {
            veto: "V-03".into(),
            field: "test.value.formula".into()
        }
    );
}

#[test]
fn veto_pointing_at_a_missing_or_non_calculator_indicator() {
    let error = only_error(|p| p["vetoes"][1]["test"]["value"]["indicator"] = json!("B-01"));
    assert_eq!(
        error.kind,
        PackErrorKind::BadIndicatorRef { id: "B-01".into() }
    );
    assert_eq!(error.location.field(), "test.value.indicator");
}

#[test]
fn rule_that_cannot_reach_the_indicator_points() {
    let error = only_error(|p| indicator(p, 0, 0)["rule"]["levels"][0]["points"] = json!(2));
    assert_eq!(
        error.kind,
        PackErrorKind::RuleMaxMismatch {
            rule_max: "2".into(),
            max_points: "3".into()
        }
    );
}

#[test]
fn citing_an_unlisted_source() {
    let error = only_error(|p| indicator(p, 1, 0)["provenance"]["sources"] = json!(["nowhere"]));
    assert_eq!(
        error.kind,
        PackErrorKind::UnknownSource {
            source: "nowhere".into()
        }
    );
    assert_eq!(error.location.field(), "provenance.sources[0]");
}

#[test]
fn non_positive_deduction_and_negative_points() {
    let error = only_error(|p| indicator(p, 1, 0)["rule"]["per_finding"] = json!(0));
    assert_eq!(error.kind, PackErrorKind::NotPositive);
    assert_eq!(error.location.field(), "rule.per_finding");
}

#[test]
fn points_finer_than_a_tenth_are_a_shape_error_at_their_field() {
    let error = only_error(|p| indicator(p, 1, 0)["rule"]["per_finding"] = json!(0.25));
    assert!(
        matches!(error.kind, PackErrorKind::Shape { ref detail } if detail.contains("one decimal"))
    );
    // serde buffers tagged enums, so the path stops at the rule; the detail says what is wrong.
    assert_eq!(
        error.location,
        Location::Indicator {
            indicator: "C-01".into(),
            field: "rule".into()
        }
    );
}

#[test]
fn missing_field_is_a_shape_error_naming_the_indicator() {
    let error = only_error(|p| {
        indicator(p, 0, 1)
            .as_object_mut()
            .unwrap()
            .remove("max_points");
    });
    assert!(
        matches!(error.kind, PackErrorKind::Shape { ref detail } if detail.contains("max_points"))
    );
    assert_eq!(error.location.indicator_id(), Some("B-02"));
}

#[test]
fn bad_and_empty_ids() {
    let error = only_error(|p| indicator(p, 1, 0)["id"] = json!("C 01"));
    assert_eq!(error.kind, PackErrorKind::BadId { id: "C 01".into() });
}

#[test]
fn empty_lists_and_pass_mark_above_total() {
    let error = only_error(|p| indicator(p, 0, 0)["methods"] = json!([]));
    assert_eq!(
        (error.kind, error.location.field()),
        (PackErrorKind::Empty, "methods")
    );
    let error = only_error(|p| p["pass_rule"]["min_total"] = json!(21));
    assert_eq!(error.kind, PackErrorKind::PassMarkAboveTotal);
}

#[test]
fn not_json_reports_the_line() {
    let errors = pack::load("{\n  \"id\": \n}").unwrap_err();
    assert!(
        matches!(errors[0].kind, PackErrorKind::NotJson { line: 3, .. }),
        "{errors:?}"
    );
    assert!(errors[0].message(Lang::Zh).contains("第 3 行"));
}

#[test]
fn newer_pack_format_is_refused_with_versions() {
    let error = only_error(|p| p["schema_version"] = json!(7));
    assert_eq!(
        error.kind,
        PackErrorKind::UnsupportedSchema {
            found: 7,
            supported: 1
        }
    );
}

#[test]
fn an_assessment_backup_given_as_criteria_says_what_it_is_and_where_it_goes() {
    let assessment = fscity_core::demo::demo_assessment();
    let record = fscity_core::saved::SavedAssessment::new(
        assessment.clone(),
        "0.1.0",
        "2026-12-07T00:00:00Z",
        1,
    );
    let backup =
        fscity_core::saved::Backup::new(vec![record.clone()], "0.1.0", "2026-12-07T00:00:00Z");
    for (file, kind) in [
        (
            record.to_json(),
            fscity_core::vocabulary::SavedFile::Assessment,
        ),
        (backup.to_json(), fscity_core::vocabulary::SavedFile::Backup),
    ] {
        let errors = pack::load(&file).expect_err("a backup is not a pack");
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].kind, PackErrorKind::NotAPack { saved: kind });
        let zh = errors[0].message(Lang::Zh);
        assert!(
            zh.contains("备份") && zh.contains("我的自评") && zh.contains("导入备份"),
            "{zh}"
        );
        assert!(!zh.contains("格式版本"), "{zh}");
        assert!(errors[0].message(Lang::En).contains("Import a backup"));
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let errors = errors_after(|p| {
        indicator(p, 0, 0)["rule"]["type"] = json!("magic");
        indicator(p, 1, 1)["rule"]["type"] = json!("oracle");
    });
    let ids: Vec<_> = errors
        .iter()
        .filter_map(|e| e.location.indicator_id())
        .collect();
    assert_eq!(ids, ["B-01", "C-02"]);
}

#[test]
fn a_javascript_source_address_in_pack_json_is_refused_at_its_field() {
    let mut json: serde_json::Value =
        serde_json::from_str(fscity_core::pack::embedded_packs()[0].json).unwrap();
    json["sources"][0]["url"] = "javascript:alert(1)".into();
    let errors = fscity_core::pack::load(&json.to_string()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].kind,
        fscity_core::pack::PackErrorKind::UnsafeLink {
            url: "javascript:alert(1)".into()
        }
    );
    assert_eq!(
        errors[0].location,
        fscity_core::pack::Location::Pack {
            field: "sources[0].url".into()
        }
    );
}
