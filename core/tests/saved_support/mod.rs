//! Helpers for the saved-format tests: the fixture files, edits of them, and both messages of
//! an error.
#![allow(dead_code)]

use fscity_core::pack::{earlier_pack, DEFAULT_PACK_ID};
use fscity_core::{Lang, Localize, Pack};
use serde_json::Value;

/// A bare assessment exactly as fscity wrote it before the envelope (format version 1).
pub const V1: &str = include_str!("../fixtures/saved/v1-assessment.json");
/// One assessment in the envelope, format version 2, as fscity 0.1.0's `to_json` wrote it: an
/// old version now, kept as it was.
pub const V2: &str = include_str!("../fixtures/saved/v2-assessment.json");
/// A backup of two assessments, format version 2, as fscity 0.1.0's `to_json` wrote it: an old
/// version now, kept as it was.
pub const V2_BACKUP: &str = include_str!("../fixtures/saved/v2-backup.json");
/// Format version 3, as fscity 0.2.0's `to_json` wrote it: the answers of [`V2`] saved again
/// with an `archive` (a removed indicator with notes and effort, a level no longer offered,
/// figures a changed input no longer accepts) and a `veto_archive` (a declaration and a veto's
/// own calculator figures), all from an earlier revision 0 of the pack. An old version now,
/// kept as it was.
pub const V3: &str = include_str!("../fixtures/saved/v3-assessment.json");
/// A backup in format version 3: [`V3`], then the second assessment of [`V2_BACKUP`] as a
/// version 3 build reads it (no archive). An old version now, kept as it was.
pub const V3_BACKUP: &str = include_str!("../fixtures/saved/v3-backup.json");
/// Format version 4, as a version 4 build's `to_json` wrote it: [`V3`] with its evidence numbered
/// (B-01-01, B-01-02), and B-01 given a 自评结论 and its first item a kind, date, issuer,
/// 责任单位 and what it proves. An old version now, kept as it was.
pub const V4: &str = include_str!("../fixtures/saved/v4-assessment.json");
/// A backup in format version 4: [`V3_BACKUP`] as a version 4 build reads it. An old version
/// now, kept as it was.
pub const V4_BACKUP: &str = include_str!("../fixtures/saved/v4-backup.json");
/// Format version 5, as a version 5 build's `to_json` wrote it: [`V4`] with a page count on its
/// first evidence item, a 资料审查 round (an item marked 部分符合, a problem corrected and
/// awaiting recheck) and two interviewees, one rehearsed on two questions. An old version
/// now, kept as it was.
pub const V5: &str = include_str!("../fixtures/saved/v5-assessment.json");
/// A backup in format version 5: [`V5`], then the second assessment of [`V4_BACKUP`]. An old
/// version now, kept as it was.
pub const V5_BACKUP: &str = include_str!("../fixtures/saved/v5-backup.json");
/// Version 6, as a version 6 build wrote it: [`V5`] with a 现场检查 register of
/// three points, two of them checked (one finding, 许可证未公示, at the first), and P-11's
/// roll-up of them.
pub const V6: &str = include_str!("../fixtures/saved/v6-assessment.json");
/// A backup in version 6: [`V6`], then the second assessment of
/// [`V5_BACKUP`].
pub const V6_BACKUP: &str = include_str!("../fixtures/saved/v6-backup.json");
/// Version 7, as a version 7 build wrote it: [`V6`] with the city's own check sheets kept
/// with its 现场检查 record (one farmers' market sheet whose item 08 prices the finding at
/// point 1). An old version now, kept as it was.
pub const V7: &str = include_str!("../fixtures/saved/v7-assessment.json");
/// A backup in version 7: [`V7`], then the second assessment of [`V6_BACKUP`].
pub const V7_BACKUP: &str = include_str!("../fixtures/saved/v7-backup.json");
/// Version 8, as a version 8 build wrote it: [`V7`] with one poll of four responses in two
/// districts (populations entered for both) and B-17's score applied from it. An old version
/// now, kept as it was.
pub const V8: &str = include_str!("../fixtures/saved/v8-assessment.json");
/// A backup in version 8: [`V8`], then the second assessment of [`V7_BACKUP`].
pub const V8_BACKUP: &str = include_str!("../fixtures/saved/v8-backup.json");
/// The current format (version 9), as `to_json` writes it: [`V8`] leading a review team of
/// two groups (资料审查组 with B-01 and B-02, 明查一组 with B-02), the first group's result
/// file (B-01 as the record has it) received.
pub const V9: &str = include_str!("../fixtures/saved/v9-assessment.json");
/// A backup in the current format (version 9): [`V9`], then the second assessment of
/// [`V8_BACKUP`].
pub const V9_BACKUP: &str = include_str!("../fixtures/saved/v9-backup.json");

/// Version 1 of the default pack, which every fixture answers.
pub fn pack() -> Pack {
    match earlier_pack(DEFAULT_PACK_ID, 1) {
        Some(Ok(pack)) => pack,
        other => panic!("version 1 of the default pack does not load: {other:?}"),
    }
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
