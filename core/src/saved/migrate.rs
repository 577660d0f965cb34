//! Migrations: ordered, pure steps that bring an old saved document to the current version.
//!
//! Step `k` (0-based) in [`STEPS`] turns a version `k + 1` document into version `k + 2`. A step
//! that has been released is never edited; a format change adds a step, raises
//! [`SAVED_SCHEMA_VERSION`] and commits a real file of the old version under
//! `core/tests/fixtures/saved/`. Steps work on [`serde_json::Value`] rather than on Rust types,
//! so they keep meaning the same thing when the types move on. Each writes literal values (not
//! today's constants) for the same reason.
//!
//! Versions are compared as integers, never as text.

use crate::message::{pick, Localize};
use crate::Lang;
use serde_json::{json, Value};
use std::fmt;

/// The saved-format version this build writes and reads up to.
pub const SAVED_SCHEMA_VERSION: u32 = 9;

/// A migration step from one version to the next.
pub type Step = fn(Value) -> Result<Value, MigrateError>;

/// Every step, oldest first: `STEPS[k]` turns version `k + 1` into version `k + 2`.
pub const STEPS: &[Step] = &[
    v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8, v8_to_v9,
];

// One step per version after the first, so a version bump without a step does not compile.
const _: () = assert!(STEPS.len() + 1 == SAVED_SCHEMA_VERSION as usize);

/// What the v1→v2 step writes as `app_version`: v1 files did not record who wrote them.
pub const V1_APP_VERSION: &str = "unknown (v1 file)";

/// Why a document cannot be brought to the current version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// A version no fscity has written (0).
    UnknownVersion {
        /// The version in the document.
        found: u64,
    },
    /// Written by a newer fscity; this build must not guess at it.
    NewerVersion {
        /// The version in the document.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A step met a document that is not in the shape of its version.
    WrongShape {
        /// Where, as a dotted path (`pack_version`).
        path: String,
        /// What was expected.
        detail: String,
    },
}

/// Brings a document of version `from` to [`SAVED_SCHEMA_VERSION`] by applying every step from
/// there on. A current document comes back unchanged.
pub fn migrate(doc: Value, from: u64) -> Result<Value, MigrateError> {
    if from == 0 {
        return Err(MigrateError::UnknownVersion { found: from });
    }
    if from > u64::from(SAVED_SCHEMA_VERSION) {
        return Err(MigrateError::NewerVersion {
            found: from,
            supported: SAVED_SCHEMA_VERSION,
        });
    }
    // `from` is between 1 and the current version here, so the index is within STEPS (or
    // one past its end, which yields no steps).
    let first = (from - 1) as usize;
    STEPS[first..].iter().try_fold(doc, |doc, step| step(doc))
}

/// v1 → v2: wraps a bare assessment in the `fscity-assessment` envelope.
///
/// A v1 file is an `Assessment` exactly as `serde_json` wrote it before the envelope existed.
/// It knew neither its writer nor a revision, so `app_version` says so, `revision` starts at 0
/// and `saved_at` is the assessment's own `updated` (empty when it has none).
pub fn v1_to_v2(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(assessment) = doc else {
        return Err(shape("", "expected an object (a bare assessment)"));
    };
    let pack_id = match assessment.get("pack_id") {
        Some(Value::String(id)) => id.clone(),
        Some(_) => return Err(shape("pack_id", "expected a string")),
        None => return Err(shape("pack_id", "missing field")),
    };
    let pack_version = match assessment.get("pack_version") {
        Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => n,
            None => return Err(shape("pack_version", "expected a whole number")),
        },
        None => return Err(shape("pack_version", "missing field")),
    };
    let saved_at = match assessment.get("updated") {
        Some(Value::String(updated)) => updated.clone(),
        _ => String::new(),
    };
    Ok(json!({
        "format": "fscity-assessment",
        "schema_version": 2,
        "app_version": V1_APP_VERSION,
        "pack_id": pack_id,
        "pack_version": pack_version,
        "saved_at": saved_at,
        "revision": 0,
        "assessment": Value::Object(assessment),
    }))
}

/// v2 → v3: the same record, under a version older builds refuse.
///
/// Version 3 added the assessment's `archive` and `veto_archive`: answers that a move to
/// another revision of the pack could not carry, kept so they are never lost. A v2 build
/// ignores fields it does not know, so it would have read a file holding them, dropped them
/// and lost them on its next save; raising the version makes it refuse the file instead
/// ("update the tool first"). A v2 record has no archive, which is the same as an empty one,
/// so nothing in it changes but `schema_version`.
pub fn v2_to_v3(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut record) = doc else {
        return Err(shape(
            "",
            "expected an object (an fscity-assessment record)",
        ));
    };
    if record.get("schema_version").and_then(Value::as_u64) != Some(2) {
        return Err(shape("schema_version", "expected 2"));
    }
    record.insert("schema_version".to_owned(), json!(3));
    Ok(Value::Object(record))
}

/// v3 → v4: the evidence list becomes the numbered evidence package of 资料审查.
///
/// A v3 evidence item was `{title, location, ready}`. In v4 each item has a number within its
/// indicator (`seq`, shown as `B-01-03`), a kind, a state instead of `ready`, and optional
/// date, issuer, 责任单位 and what it proves; an entry may carry a 自评结论. The step numbers the
/// items 1, 2, 3 … in their order, calls each `other`, and makes `ready` the state `ready` or
/// `missing`. Items inside the archive (answers a move could not carry) change the same way.
/// A v3 build would drop the new fields on its next save, so the version rises.
pub fn v3_to_v4(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut record) = doc else {
        return Err(shape(
            "",
            "expected an object (an fscity-assessment record)",
        ));
    };
    if record.get("schema_version").and_then(Value::as_u64) != Some(3) {
        return Err(shape("schema_version", "expected 3"));
    }
    record.insert("schema_version".to_owned(), json!(4));
    if let Some(Value::Object(assessment)) = record.get_mut("assessment") {
        if let Some(Value::Object(entries)) = assessment.get_mut("entries") {
            for (id, entry) in entries.iter_mut() {
                number_evidence(entry, &format!("assessment.entries.{id}"))?;
            }
        }
        if let Some(Value::Array(archive)) = assessment.get_mut("archive") {
            for (n, archived) in archive.iter_mut().enumerate() {
                if let Some(entry) = archived.get_mut("entry") {
                    number_evidence(entry, &format!("assessment.archive[{n}].entry"))?;
                }
            }
        }
    }
    Ok(Value::Object(record))
}

/// Version 5 adds the 领导访谈 interviewees (`assessment.interviews`), an evidence item's page
/// count (`pages`) and the 现场检查 register and plan (`assessment.inspection`), which a
/// version 4 file does not have: only the version changes. The step exists so that a version 4
/// build refuses a version 5 file instead of reading it and dropping them on its next save.
pub fn v4_to_v5(doc: Value) -> Result<Value, MigrateError> {
    version_only(doc, 4)
}

/// Version 6 adds the 现场检查 checks (`assessment.inspection.visits`: each point's sheet,
/// findings and notes) and an indicator's roll-up of them (`site` on an entry), which a
/// version 5 file does not have: only the version changes, so that a version 5 build refuses
/// a version 6 file instead of reading it and dropping them on its next save.
pub fn v5_to_v6(doc: Value) -> Result<Value, MigrateError> {
    version_only(doc, 5)
}

/// Version 7 keeps the city's own check sheets with its 现场检查 record
/// (`assessment.inspection.sheets`, loaded from its spreadsheet), which a version 6 file does
/// not have: only the version changes, so that a version 6 build refuses a version 7 file
/// instead of reading it and dropping the sheets its findings are priced by.
pub fn v6_to_v7(doc: Value) -> Result<Value, MigrateError> {
    version_only(doc, 6)
}

/// Version 8 keeps the city's own 满意度/知晓率 polls (`assessment.polls`) and the poll a
/// figure came from (`poll` on an entry), which a version 7 file does not have: only the
/// version changes, so that a version 7 build refuses a version 8 file instead of reading it
/// and dropping the polls on its next save.
pub fn v7_to_v8(doc: Value) -> Result<Value, MigrateError> {
    version_only(doc, 7)
}

/// Version 9 keeps the record's part in a review team (`assessment.team`: the review it leads
/// with every result file received, or the task it scores as a group): only the version
/// changes, so that a version 8 build refuses a version 9 file instead of dropping the team's
/// files on its next save.
pub fn v8_to_v9(doc: Value) -> Result<Value, MigrateError> {
    version_only(doc, 8)
}

/// A step that changes only the version, from `from` to the next: what the version adds is
/// optional, and the step exists so that an older build refuses the newer file instead of
/// reading it and dropping what it does not know on its next save.
fn version_only(doc: Value, from: u64) -> Result<Value, MigrateError> {
    let Value::Object(mut record) = doc else {
        return Err(shape(
            "",
            "expected an object (an fscity-assessment record)",
        ));
    };
    if record.get("schema_version").and_then(Value::as_u64) != Some(from) {
        return Err(shape("schema_version", &format!("expected {from}")));
    }
    record.insert("schema_version".to_owned(), json!(from + 1));
    Ok(Value::Object(record))
}

/// One entry's v3 evidence list, as v4 items.
fn number_evidence(entry: &mut Value, at: &str) -> Result<(), MigrateError> {
    let Some(items) = entry.get_mut("evidence") else {
        return Ok(());
    };
    let Value::Array(items) = items else {
        return Err(shape(&format!("{at}.evidence"), "expected a list"));
    };
    for (n, item) in items.iter_mut().enumerate() {
        let Value::Object(fields) = item else {
            return Err(shape(&format!("{at}.evidence[{n}]"), "expected an object"));
        };
        let ready = fields
            .remove("ready")
            .and_then(|r| r.as_bool())
            .unwrap_or(false);
        fields.insert("seq".to_owned(), json!(n + 1));
        fields.insert("kind".to_owned(), json!("other"));
        fields.insert(
            "state".to_owned(),
            json!(if ready { "ready" } else { "missing" }),
        );
    }
    Ok(())
}

fn shape(path: &str, detail: &str) -> MigrateError {
    MigrateError::WrongShape {
        path: path.to_owned(),
        detail: detail.to_owned(),
    }
}

impl Localize for MigrateError {
    fn message(&self, lang: Lang) -> String {
        match self {
            MigrateError::UnknownVersion { found } => pick(
                lang,
                format!("格式版本 {found} 无效（本工具可读取 1 至 {SAVED_SCHEMA_VERSION}）"),
                format!(
                    "format version {found} is not valid (this tool reads 1 to {SAVED_SCHEMA_VERSION})"
                ),
            ),
            MigrateError::NewerVersion { found, supported } => pick(
                lang,
                format!(
                    "该文件由较新版本的 fscity 保存（格式版本 {found}，本工具最高支持 {supported}），请先更新本工具"
                ),
                format!(
                    "this file was saved by a newer version of fscity (format version {found}; this tool reads up to {supported}); update the tool first"
                ),
            ),
            MigrateError::WrongShape { path, detail } => pick(
                lang,
                format!("旧版文件结构有误（位置 {path}）：{detail}"),
                format!("the old file's structure is wrong at {path}: {detail}"),
            ),
        }
    }
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MigrateError {}
