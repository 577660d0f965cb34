//! Helpers shared by the integration tests: the mini pack, variants of it, and answer builders.
#![allow(dead_code)]

pub mod generate;

use fscity_core::pack::{self, Pack};
use fscity_core::{Answer, Assessment, Decimal, Lang, Localize};
use serde_json::Value;

pub const MINI: &str = include_str!("../fixtures/mini-pack.json");

/// The mini pack: B-01 levels (key item, floor 60%), B-02 sub-items (N/A allowed),
/// C-01 deductions 0.5, C-02 per-thousand calculator; vetoes V-01 declaration,
/// V-02 C-02 ≥ 4, V-03 own calculator ≥ 80; total 20, pass 18, rebased.
pub fn mini() -> Pack {
    load(MINI)
}

/// Version 1 of the default pack, as the app shipped it until version 2: the hand-worked
/// examples and fixtures were made on it, and it stays what assessments saved then answer.
pub fn nfsdc_v1() -> Pack {
    match pack::earlier_pack(pack::DEFAULT_PACK_ID, 1) {
        Some(Ok(pack)) => pack,
        other => panic!("version 1 of the default pack does not load: {other:?}"),
    }
}

/// The mini pack after an edit of its JSON.
pub fn mini_with(edit: impl FnOnce(&mut Value)) -> Pack {
    let mut value: Value = serde_json::from_str(MINI).unwrap();
    edit(&mut value);
    load(&value.to_string())
}

pub fn load(json: &str) -> Pack {
    pack::load(json).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
        panic!("test pack does not load:\n{}", lines.join("\n"))
    })
}

/// The JSON of one indicator, found by ID, for editing.
pub fn indicator_json<'v>(pack: &'v mut Value, id: &str) -> &'v mut Value {
    pack["groups"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|g| g["indicators"].as_array_mut().unwrap().iter_mut())
        .find(|i| i["id"] == id)
        .unwrap()
}

pub fn blank(pack: &Pack) -> Assessment {
    Assessment::new(pack, "测试市", "第一次自评", "2025-03-01")
}

pub fn level(id: &str) -> Answer {
    Answer::Level { level: id.into() }
}

pub fn items(ids: &[&str]) -> Answer {
    Answer::SubItems {
        met: ids.iter().map(|s| s.to_string()).collect(),
    }
}

pub fn findings(count: u64) -> Answer {
    Answer::Findings { count }
}

pub fn inputs(pairs: &[(&str, &str)]) -> Answer {
    Answer::Inputs {
        values: pairs.iter().map(|(k, v)| (k.to_string(), dec(v))).collect(),
    }
}

pub fn dec(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

/// Full marks on the mini pack with every veto clear.
pub fn full_marks(pack: &Pack) -> Assessment {
    let mut a = blank(pack);
    a.set_answer("B-01", level("met"));
    a.set_answer("B-02", items(&["a", "b"]));
    a.set_answer("C-01", findings(0));
    a.set_answer(
        "C-02",
        inputs(&[("batches", "4800"), ("population", "1200000")]),
    );
    a.declare_veto("V-01", false);
    a.set_veto_input("V-03", "score", dec("85"));
    a
}
