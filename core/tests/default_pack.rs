//! The shipped default pack `nfsdc-2023`: it validates, has the structure the seed report
//! describes, and survives a JSON round trip unchanged.

use fscity_core::pack::{self, default_pack, embedded_packs, Rule, VetoTest, VetoValue};
use fscity_core::{Lang, Localize, Points};

fn pack() -> fscity_core::Pack {
    default_pack().unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
        panic!("the default pack is broken:\n{}", lines.join("\n"))
    })
}

#[test]
fn every_embedded_pack_validates() {
    for embedded in embedded_packs() {
        let loaded = pack::load(embedded.json);
        assert!(loaded.is_ok(), "{}: {:?}", embedded.file, loaded.err());
        assert_eq!(loaded.unwrap().id, embedded.id);
    }
}

#[test]
fn has_three_groups_and_54_indicators() {
    let pack = pack();
    let names: Vec<&str> = pack.groups.iter().map(|g| g.name.zh.as_str()).collect();
    assert_eq!(names, ["基础工作", "能力建设", "生产经营状况"]);
    assert_eq!(pack.indicator_count(), 54);
    let total: Points = pack.indicators().map(|i| i.max_points).sum();
    assert_eq!(total, pack.total_points);
}

#[test]
fn says_it_is_not_official() {
    let pack = pack();
    assert!(!pack.points_official);
    assert!(
        pack.provenance.zh.contains("非官方") || pack.provenance.zh.contains("不是官方"),
        "{}",
        pack.provenance.zh
    );
}

#[test]
fn every_indicator_is_complete_in_both_languages() {
    let pack = pack();
    for ind in pack.indicators() {
        for text in [&ind.name, &ind.requirement, &ind.scoring] {
            assert!(
                !text.zh.is_empty() && !text.en.is_empty(),
                "{} lacks a text",
                ind.id
            );
        }
        assert!(!ind.evidence.is_empty(), "{} lists no evidence", ind.id);
        assert!(
            !ind.departments.is_empty(),
            "{} lists no department",
            ind.id
        );
        assert!(
            !ind.provenance.note.zh.is_empty(),
            "{} has no provenance note",
            ind.id
        );
    }
}

#[test]
fn sourced_thresholds_are_vetoes() {
    let pack = pack();
    let threshold_of = |indicator: &str| {
        pack.vetoes.iter().find_map(|v| match &v.test {
            VetoTest::Threshold {
                value: VetoValue::Indicator { indicator: i },
                at_least,
            } if i == indicator => Some(at_least.to_string()),
            _ => None,
        })
    };
    let declared = pack
        .vetoes
        .iter()
        .filter(|v| matches!(v.test, VetoTest::Declaration { .. }))
        .count();
    assert!(declared >= 1, "the major-accident veto is a declaration");
    assert_eq!(
        threshold_of("C-02").as_deref(),
        Some("4"),
        "food sampling 4 per 1,000"
    );
    assert_eq!(
        threshold_of("C-03").as_deref(),
        Some("1"),
        "agricultural products 1 per 1,000"
    );
    assert_eq!(
        threshold_of("B-17").as_deref(),
        Some("80"),
        "satisfaction 80"
    );
    assert_eq!(threshold_of("B-16").as_deref(), Some("85"), "awareness 85%");
    assert_eq!(
        threshold_of("C-05").as_deref(),
        Some("100"),
        "failed samples followed up 100%"
    );
    for veto in &pack.vetoes {
        assert!(
            !veto.provenance.sources.is_empty(),
            "veto {} cites no source",
            veto.id
        );
    }
    assert!(matches!(
        pack.indicator("C-02").unwrap().rule,
        Rule::Calculator(_)
    ));
}

#[test]
fn json_round_trip_is_lossless() {
    let pack = pack();
    let json = serde_json::to_string_pretty(&pack).unwrap();
    let again = pack::load(&json).expect("re-serialised pack loads");
    assert_eq!(again, pack);
    assert_eq!(serde_json::to_string_pretty(&again).unwrap(), json);
}
