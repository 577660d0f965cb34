//! A synthetic pack of any size using every rule type, formula, key items, N/A and all veto
//! kinds, and a deterministic half-answered assessment of it. Shared by the property tests and
//! the benchmark (which includes this file by path).
#![allow(dead_code)]

use fscity_core::pack::{self, InputKind, Pack, Rule, VetoTest};
use fscity_core::{Answer, Assessment, Decimal};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Eight rule shapes, cycled; every indicator is worth 2 points.
const SHAPES: usize = 8;

/// A valid pack with `n` indicators in ten groups (n ≥ 10).
pub fn pack(n: usize) -> Pack {
    let groups: Vec<Value> = (0..10)
        .map(|g| {
            let indicators: Vec<Value> = (0..n).filter(|i| i % 10 == g).map(indicator).collect();
            let points = indicators.len() * 2;
            json!({
                "id": format!("g{g}"),
                "name": { "zh": format!("大项{g}"), "en": format!("Group {g}") },
                "points": points,
                "indicators": indicators,
            })
        })
        .collect();
    let calc_ids: Vec<String> = (0..n)
        .filter(|i| i % SHAPES >= 4 && i % 5 != 0)
        .take(20)
        .map(id)
        .collect();
    let mut vetoes = vec![
        json!({
            "id": "V-D", "name": { "zh": "重大事故", "en": "Major accident" },
            "description": { "zh": "事故" },
            "test": { "type": "declaration", "question": { "zh": "是否发生？" } },
            "provenance": { "confidence": "inferred" }
        }),
        json!({
            "id": "V-C", "name": { "zh": "满意度", "en": "Satisfaction" },
            "description": { "zh": "满意度" },
            "test": { "type": "threshold", "at_least": 80, "value": {
                "from": "calculator",
                "inputs": [{ "id": "score", "label": { "zh": "得分" }, "unit": { "zh": "分" }, "kind": "amount" }],
                "formula": { "kind": "value", "input": "score" },
                "result_unit": { "zh": "分" }
            }},
            "provenance": { "confidence": "inferred" }
        }),
    ];
    for (k, calc) in calc_ids.iter().enumerate() {
        vetoes.push(json!({
            "id": format!("V-{k}"), "name": { "zh": format!("否决{k}"), "en": format!("Veto {k}") },
            "description": { "zh": "阈值" },
            "test": { "type": "threshold", "at_least": 1, "value": { "from": "indicator", "indicator": calc } },
            "provenance": { "confidence": "inferred" }
        }));
    }
    let json = json!({
        "schema_version": 1, "id": format!("gen-{n}"), "version": 1,
        "title": { "zh": "生成的数据包", "en": "Generated pack" }, "edition": "test",
        "issuer": { "zh": "测试" }, "provenance": { "zh": "测试用" }, "points_official": false,
        "total_points": n * 2,
        "groups": groups,
        "vetoes": vetoes,
        "pass_rule": { "min_total": n * 2 * 8 / 10, "rebase_not_applicable": true, "summary": { "zh": "八成" } }
    });
    pack::load(&json.to_string()).unwrap_or_else(|e| panic!("generated pack invalid: {e:?}"))
}

pub fn id(i: usize) -> String {
    format!("X-{i:05}")
}

fn indicator(i: usize) -> Value {
    let input = |id: &str, kind: &str| json!({ "id": id, "label": { "zh": id, "en": id }, "unit": { "zh": "个" }, "kind": kind });
    let calculator = |inputs: Vec<Value>, formula: Value, low: f64, high: f64| {
        json!({
            "type": "calculator", "inputs": inputs, "formula": formula,
            "result_unit": { "zh": "单位", "en": "unit" },
            "thresholds": [{ "at_least": low, "points": 1 }, { "at_least": high, "points": 2 }]
        })
    };
    let rule = match i % SHAPES {
        0 => json!({ "type": "levels", "levels": [
            { "id": "met", "name": { "zh": "符合" }, "points": 2 },
            { "id": "partly", "name": { "zh": "基本符合" }, "points": 1 },
            { "id": "not_met", "name": { "zh": "不符合" }, "points": 0 }
        ]}),
        1 => json!({ "type": "sub_items", "mode": "sum", "items": [
            { "id": "a", "text": { "zh": "要点一" }, "points": 0.5 },
            { "id": "b", "text": { "zh": "要点二" }, "points": 1.5 }
        ]}),
        2 => json!({ "type": "sub_items", "mode": "all_required", "items": [
            { "id": "a", "text": { "zh": "要点一" }, "points": 1 },
            { "id": "b", "text": { "zh": "要点二" }, "points": 1 }
        ]}),
        3 => json!({ "type": "deductions", "per_finding": 0.5, "finding": { "zh": "问题" } }),
        4 => calculator(
            vec![input("count", "count"), input("population", "population")],
            json!({ "kind": "per_thousand", "count": "count", "population": "population" }),
            1.0,
            4.0,
        ),
        5 => calculator(
            vec![input("part", "count"), input("whole", "count")],
            json!({ "kind": "percentage", "part": "part", "whole": "whole" }),
            60.0,
            95.5,
        ),
        6 => calculator(
            vec![input("now", "amount"), input("before", "amount")],
            json!({ "kind": "growth", "current": "now", "previous": "before" }),
            0.0,
            10.0,
        ),
        _ => calculator(
            vec![input("rate", "percent")],
            json!({ "kind": "value", "input": "rate" }),
            50.0,
            90.0,
        ),
    };
    let mut ind = json!({
        "id": id(i),
        "name": { "zh": format!("指标{i}"), "en": format!("Indicator {i}") },
        "requirement": { "zh": "要求" }, "scoring": { "zh": "评分" },
        "methods": ["document_review"],
        "departments": [{ "zh": "食安办", "en": "Food safety office" }],
        "max_points": 2, "rule": rule,
        "na_allowed": i.is_multiple_of(5),
        "provenance": { "confidence": "inferred" }
    });
    if i.is_multiple_of(7) {
        ind["key_item"] = json!({ "floor_percent": 50 });
    }
    ind
}

/// A small deterministic generator, so the benchmark measures the same work every run.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed.wrapping_mul(6364136223846793005).wrapping_add(1))
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

/// About half the indicators answered with a mix of good and bad answers, declarations "no",
/// own-calculator vetoes given a figure. Works for any pack.
pub fn assessment(pack: &Pack, seed: u64) -> Assessment {
    let mut rng = Lcg::new(seed);
    let mut a = Assessment::new(pack, "生成市", "基准", "2025-01-01");
    for ind in pack.indicators() {
        if rng.below(2) == 0 {
            continue;
        }
        let answer = if ind.na_allowed && rng.below(4) == 0 {
            Answer::NotApplicable {
                reason: "无此业态".into(),
            }
        } else {
            answer(&ind.rule, &mut rng)
        };
        a.set_answer(&ind.id, answer);
    }
    for veto in &pack.vetoes {
        if let VetoTest::Declaration { .. } = veto.test {
            a.declare_veto(&veto.id, false);
        }
        for input in veto.test.calc().map_or(&[][..], |spec| &spec.inputs) {
            a.set_veto_input(&veto.id, &input.id, figure(input.kind, &mut rng));
        }
    }
    a
}

/// A plausible answer for `rule`.
pub fn answer(rule: &Rule, rng: &mut Lcg) -> Answer {
    match rule {
        Rule::Levels { levels } => Answer::Level {
            level: levels[rng.below(levels.len() as u64) as usize].id.clone(),
        },
        Rule::SubItems { items, .. } => Answer::SubItems {
            met: items
                .iter()
                .filter(|_| rng.below(3) != 0)
                .map(|i| i.id.clone())
                .collect(),
        },
        Rule::Deductions { .. } => Answer::Findings {
            count: rng.below(6),
        },
        Rule::Calculator(c) => Answer::Inputs {
            values: c
                .spec
                .inputs
                .iter()
                .map(|i| (i.id.clone(), figure(i.kind, rng)))
                .collect::<BTreeMap<_, _>>(),
        },
    }
}

fn figure(kind: InputKind, rng: &mut Lcg) -> Decimal {
    match kind {
        InputKind::Population => Decimal::whole(1_000_000),
        InputKind::Count => Decimal::whole(rng.below(6_000) as i64),
        InputKind::Amount => Decimal::whole(60 + rng.below(60) as i64),
        InputKind::Percent => Decimal::whole(rng.below(101) as i64),
    }
}

/// An evidence package of `items` items spread over the pack's indicators, as a city at the
/// seed's scale (more than 5,000 documents) would hold: every field filled, ten departments,
/// a box per 40 items, a third still to supply.
pub fn package(pack: &Pack, items: usize) -> Assessment {
    use fscity_core::assessment::{Evidence, EvidenceKind, EvidenceState};
    let mut a = Assessment::new(pack, "资料市", "五千份材料", "2026-12-07");
    let ids: Vec<String> = pack.indicators().map(|i| i.id.clone()).collect();
    for n in 0..items {
        let id = &ids[n % ids.len()];
        let evidence = &mut a.entry_mut(id).evidence;
        let item = Evidence {
            kind: EvidenceKind::ALL[n % EvidenceKind::ALL.len()],
            date: format!("2025-{:02}-{:02}", n % 12 + 1, n % 28 + 1),
            issuer: format!("市第{}局", n % 7 + 1),
            department: format!("责任单位{}", n % 10),
            location: format!("档案盒 {}", n / 40 + 1),
            proves: "按要求制定并落实，有记录可查".into(),
            state: EvidenceState::ALL[n % 3],
            ..Evidence::next(
                evidence,
                format!("第 {n} 份创建资料：会议纪要、方案或工作记录"),
            )
        };
        evidence.push(item);
    }
    a
}
