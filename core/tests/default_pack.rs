//! The shipped default pack `nfsdc-2023` (version 2): it validates, has the structure the seed
//! report describes, carries the second research pass's corrections, names every source's
//! issuer, and survives a JSON round trip unchanged.

use fscity_core::pack::{
    self, default_pack, embedded_packs, Confidence, Rule, VetoTest, VetoValue,
};
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
    assert_eq!(
        names,
        ["基础工作", "能力建设", "生产经营状况", "示范引领（加分项）"]
    );
    assert_eq!(pack.base_indicator_count(), 54);
    let base: Points = pack
        .groups
        .iter()
        .filter(|g| !g.is_bonus())
        .flat_map(|g| &g.indicators)
        .map(|i| i.max_points)
        .sum();
    assert_eq!(base, pack.total_points);
    for group in &pack.groups {
        let sum: Points = group.indicators.iter().map(|i| i.max_points).sum();
        assert_eq!(sum, group.points, "{} adds up", group.id);
    }
}

#[test]
fn ids_are_unique_and_never_a_retired_one() {
    let pack = pack();
    let mut ids: Vec<&str> = pack.indicators().map(|i| i.id.as_str()).collect();
    ids.extend(pack.vetoes.iter().map(|v| v.id.as_str()));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "IDs are unique");
    let retired: Vec<(&str, u32)> = pack
        .retired
        .iter()
        .map(|r| (r.id.as_str(), r.version))
        .collect();
    assert_eq!(retired, [("C-14", 2), ("V-03", 2)]);
    for r in &pack.retired {
        assert!(!ids.contains(&r.id.as_str()), "{} is retired", r.id);
        assert!(!r.note.zh.is_empty(), "{} says why it went", r.id);
    }
}

#[test]
fn the_demonstration_block_is_a_capped_inferred_bonus() {
    let pack = pack();
    let block = pack.groups.iter().find(|g| g.is_bonus()).unwrap();
    assert_eq!(block.bonus.unwrap().cap, Points::whole(4));
    assert!(
        block.points > Points::whole(4),
        "the items can reach the cap"
    );
    for item in &block.indicators {
        assert_eq!(
            item.provenance.confidence,
            Confidence::Inferred,
            "{}",
            item.id
        );
        assert!(item.key_item.is_none());
    }
    assert!(pack.pass_rule.summary.zh.contains("加分"));
}

#[test]
fn the_second_research_pass_is_in_the_pack() {
    let pack = pack();
    let ind = |id: &str| pack.indicator(id).unwrap();
    // P-02: two sub-measures, 评价性抽检 first, and both departments.
    let p02 = ind("P-02");
    assert!(p02.name.zh.contains("评价性抽检"), "{}", p02.name.zh);
    let Rule::SubItems { items, .. } = &p02.rule else {
        panic!("P-02 scores sub-measures")
    };
    let texts: Vec<&str> = items.iter().map(|i| i.text.zh.as_str()).collect();
    assert_eq!(
        texts,
        [
            "食品评价性抽检合格率≥98%",
            "农产品例行监测合格率≥97.5%",
            "农产品例行监测合格率≥98%"
        ]
    );
    let departments: Vec<&str> = p02.departments.iter().map(|d| d.zh.as_str()).collect();
    assert_eq!(departments, ["农业农村局", "市场监管局"]);
    // 食品产业高质量发展 has an indicator of its own, under a new ID.
    assert_eq!(ind("P-23").name.zh, "食品产业高质量发展");
    assert!(pack.indicator("C-14").is_none());
    // C-11 is the post-2022 regime, with manager spot checks as a scoring point.
    let c11 = ind("C-11");
    assert!(c11.name.zh.contains("日管控、周排查、月调度"));
    let Rule::SubItems { items, .. } = &c11.rule else {
        panic!("C-11 scores points")
    };
    assert!(items.iter().any(|i| i.text.zh.contains("抽查考核")));
    // V-03 is gone; C-03 keeps its bar as scoring, renamed and led by 农业农村局.
    assert!(pack.vetoes.iter().all(|v| v.id != "V-03"));
    let c03 = ind("C-03");
    assert_eq!(c03.name.zh, "农产品质量安全抽检（定量检测）量");
    assert_eq!(c03.departments[0].zh, "农业农村局");
    // B-04, P-04, B-16, V-01, V-02 and C-02 carry the new elements.
    assert!(ind("B-04").requirement.zh.contains("评议考核中获A级"));
    assert!(ind("B-04").requirement.zh.contains("3%"));
    assert!(ind("P-04").scoring.zh.contains("≥95%"));
    assert!(ind("B-16").requirement.zh.contains("支持率达到85%"));
    let v01 = pack.vetoes.iter().find(|v| v.id == "V-01").unwrap();
    assert!(v01.description.zh.starts_with("创建周期内（一般为近三年）"));
    let v02 = pack.vetoes.iter().find(|v| v.id == "V-02").unwrap();
    for value in ["4.3", "4.95", "5.36"] {
        assert!(v02.provenance.note.zh.contains(value), "V-02 cites {value}");
        assert!(
            ind("C-02").provenance.note.zh.contains(value),
            "C-02 cites {value}"
        );
    }
    assert!(ind("C-02").requirement.zh.contains("快检不计入"));
    assert!(ind("C-02")
        .requirement
        .zh
        .contains("风险监测是否计入尚不明确"));
    // Provenance raised where the topic is now sourced.
    for id in ["B-09", "B-10", "B-18", "C-07", "P-03"] {
        assert_eq!(
            ind(id).provenance.confidence,
            Confidence::Paraphrased,
            "{id}"
        );
        assert!(!ind(id).provenance.sources.is_empty(), "{id} cites");
    }
    assert!(ind("B-02").requirement.zh.contains("乡镇"));
    assert!(ind("C-07").requirement.zh.contains("处罚到人"));
    // The methods text gives the seed's 2023 numbers.
    for figure in [
        "60名专家",
        "15个初评工作组",
        "100个点位",
        "65个点位",
        "35个点位",
    ] {
        assert!(pack.methods_note.zh.contains(figure), "{figure}");
    }
}

#[test]
fn every_source_names_its_issuer_and_a_copy_is_marked_as_one() {
    let pack = pack();
    assert!(pack.sources.len() >= 40, "{}", pack.sources.len());
    for source in &pack.sources {
        assert!(!source.issuer.zh.is_empty(), "{} has no issuer", source.id);
        assert!(
            !source.publication.zh.is_empty(),
            "{} has no publication",
            source.id
        );
    }
    let seed = pack.sources.iter().find(|s| s.id == "seed").unwrap();
    assert!(seed.title.zh.contains("评价验收和复审工作的通知"));
    // A rule of Jiangsu's food safety office is not a photography site's document.
    let jiangsu = pack
        .sources
        .iter()
        .find(|s| s.id == "jiangsu-2017")
        .unwrap();
    assert!(jiangsu.url.is_empty());
    assert!(jiangsu.copy_url.contains("cornels-photography.com"));
    assert!(jiangsu.issuer.zh.contains("江苏省"));
    // The provenance says the 2023 documents exist and are not public.
    for place in ["辽宁", "山东", "宁夏"] {
        assert!(pack.provenance.zh.contains(place), "{place}");
    }
    assert!(pack.provenance.zh.contains("未能公开获得"));
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
        threshold_of("C-03"),
        None,
        "agricultural sampling is scored, no longer a veto"
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
