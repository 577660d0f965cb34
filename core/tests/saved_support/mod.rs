//! Helpers for the saved-format tests: the fixture files, edits of them, and both messages of
//! an error.
#![allow(dead_code)]

use fscity_core::pack::default_pack;
use fscity_core::{Lang, Localize, Pack};
use serde_json::Value;

/// A bare assessment exactly as fscity wrote it before the envelope (format version 1).
pub const V1: &str = include_str!("../fixtures/saved/v1-assessment.json");
/// One assessment in the current envelope (format version 2), as `to_json` wrote it.
pub const V2: &str = include_str!("../fixtures/saved/v2-assessment.json");
/// A backup of two assessments (format version 2), as `to_json` wrote it.
pub const V2_BACKUP: &str = include_str!("../fixtures/saved/v2-backup.json");

pub fn pack() -> Pack {
    default_pack().expect("the default pack loads")
}

pub fn value(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

/// A fixture after an edit of its JSON.
pub fn edited(text: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = value(text);
    edit(&mut doc);
    serde_json::to_string_pretty(&doc).unwrap()
}

/// The message in both languages.
pub fn both(message: &impl Localize) -> (String, String) {
    (message.message(Lang::Zh), message.message(Lang::En))
}
