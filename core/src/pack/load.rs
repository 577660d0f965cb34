//! Parsing a pack from JSON text. Each indicator and veto item is parsed on its own, so a shape
//! error reports the ID it belongs to; every problem found is returned, not just the first.

use super::error::{Location, PackError, PackErrorKind};
use super::model::{Indicator, Pack, RuleKind, Veto};
use super::validate::validate;
use crate::vocabulary::SavedFile;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The pack file format this build reads and writes.
pub const PACK_SCHEMA_VERSION: u32 = 1;

/// Parses and validates a pack. On failure, every problem found, each with its location.
pub fn load(json: &str) -> Result<Pack, Vec<PackError>> {
    // Fast path: a well-formed pack deserialises straight from the text. Only when that fails
    // is it walked again, indicator by indicator, to say where the problems are.
    if let Ok(pack) = serde_json::from_str::<Pack>(json) {
        if pack.schema_version == PACK_SCHEMA_VERSION {
            validate(&pack)?;
            return Ok(pack);
        }
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        vec![PackError::new(
            Location::pack(""),
            PackErrorKind::NotJson {
                detail: e.to_string(),
                line: e.line(),
            },
        )]
    })?;
    check_schema_version(&value)?;

    let mut errors = Vec::new();
    for (gi, group) in array(&value, "groups").iter().enumerate() {
        for (ii, indicator) in array(group, "indicators").iter().enumerate() {
            let id = id_or(indicator, || format!("#{}.{}", gi + 1, ii + 1));
            if let Some(found) = unknown_rule_type(indicator) {
                let kind = PackErrorKind::UnknownRuleType { found };
                errors.push(PackError::new(Location::indicator(&id, "rule.type"), kind));
                continue;
            }
            if let Err((field, detail)) = parse_part::<Indicator>(indicator) {
                errors.push(PackError::new(
                    Location::indicator(&id, field),
                    PackErrorKind::Shape { detail },
                ));
            }
        }
    }
    for (vi, veto) in array(&value, "vetoes").iter().enumerate() {
        let id = id_or(veto, || format!("#{}", vi + 1));
        if let Err((field, detail)) = parse_part::<Veto>(veto) {
            errors.push(PackError::new(
                Location::veto(&id, field),
                PackErrorKind::Shape { detail },
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let pack = parse_part::<Pack>(&value).map_err(|(field, detail)| {
        vec![PackError::new(
            Location::pack(field),
            PackErrorKind::Shape { detail },
        )]
    })?;
    validate(&pack)?;
    Ok(pack)
}

fn check_schema_version(value: &Value) -> Result<(), Vec<PackError>> {
    // An assessment or backup file has a schema version of its own; say what it is instead.
    if let Some(kind) = value
        .get("format")
        .and_then(Value::as_str)
        .and_then(SavedFile::from_format)
    {
        return Err(vec![PackError::new(
            Location::pack("format"),
            PackErrorKind::NotAPack { saved: kind },
        )]);
    }
    match value.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(PACK_SCHEMA_VERSION) => Ok(()),
        Some(found) => Err(vec![PackError::new(
            Location::pack("schema_version"),
            PackErrorKind::UnsupportedSchema {
                found: u32::try_from(found).unwrap_or(u32::MAX),
                supported: PACK_SCHEMA_VERSION,
            },
        )]),
        None => Err(vec![PackError::new(
            Location::pack("schema_version"),
            PackErrorKind::Shape {
                detail: "missing or not a whole number".into(),
            },
        )]),
    }
}

fn parse_part<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { String::new() } else { path };
        (field, e.into_inner().to_string())
    })
}

fn array<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn id_or(value: &Value, fallback: impl FnOnce() -> String) -> String {
    value
        .get("id")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(fallback)
}

fn unknown_rule_type(indicator: &Value) -> Option<String> {
    let found = indicator.get("rule")?.get("type")?.as_str()?;
    (!RuleKind::ALL.iter().any(|k| k.id() == found)).then(|| found.to_owned())
}
