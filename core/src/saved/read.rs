//! Reading saved data back: one pipeline for a localStorage record and for an imported file.
//!
//! parse → check size → detect kind → refuse newer → check texts → migrate → check figures →
//! deserialize → validate (and, for an import, check against the pack). The first failure is
//! returned; nothing is half-read.

use super::check::{check_against_pack, check_figures, check_texts, not_in_pack};
use super::error::{Expected, Foreign, ReadError};
use super::format::{SavedAssessment, BACKUP_FORMAT, RECORD_FORMAT};
use super::limits::MAX_FILE_BYTES;
use super::migrate::{migrate, SAVED_SCHEMA_VERSION};
use super::notes::ImportNote;
use crate::assessment::evidence::{duplicate_seq, Evidence};
use crate::pack::is_earlier_embedded;
use crate::{Pack, ASSESSMENT_SCHEMA_VERSION};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

/// The first version with the `format` envelope; version 1 was a bare assessment.
const FIRST_ENVELOPE_VERSION: u64 = 2;

/// What an imported file was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// One assessment: a record or a single-assessment backup (or an old bare assessment).
    Assessment,
    /// A backup of several assessments.
    Backup,
}

/// A file read for import: its assessments, brought to the current version and checked, and
/// what the person should be told about them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// What the file was.
    pub kind: ImportKind,
    /// The file's format version before migration (1 for a bare assessment).
    pub from_version: u64,
    /// The fscity version that wrote the file, as it says.
    pub app_version: String,
    /// When the file was written, as it says.
    pub saved_at: String,
    /// The assessments, in file order; never empty.
    pub assessments: Vec<SavedAssessment>,
    /// Things to tell the person; none of them stopped the import.
    pub notes: Vec<ImportNote>,
}

/// Reads one stored record (the text under an assessment's key). Accepts the current
/// envelope and older versions, including a bare v1 assessment; a backup is refused.
pub fn read_record(text: &str) -> Result<SavedAssessment, ReadError> {
    let doc = parse(text)?;
    match detect(&doc, Expected::Record)? {
        Kind::Record { version } => {
            check_texts(&doc)?;
            read_record_value(doc, version, "")
        }
        Kind::Backup { .. } => Err(ReadError::NotFscity {
            found: Foreign::Backup,
            expected: Expected::Record,
        }),
    }
}

/// Reads a file picked for import: one assessment (current or older, including a bare v1
/// assessment) or a backup of several. Every assessment must name a pack in `packs`; when the
/// revision matches, its figures are also checked against the pack's input kinds.
pub fn read_import(text: &str, packs: &[&Pack]) -> Result<Import, ReadError> {
    let doc = parse(text)?;
    let kind = detect(&doc, Expected::RecordOrBackup)?;
    check_texts(&doc)?;
    let mut import = match kind {
        Kind::Record { version } => {
            let saved = read_record_value(doc, version, "")?;
            Import {
                kind: ImportKind::Assessment,
                from_version: version,
                app_version: saved.app_version.clone(),
                saved_at: saved.saved_at.clone(),
                assessments: vec![saved],
                notes: Vec::new(),
            }
        }
        Kind::Backup { version } => read_backup_value(doc, version)?,
    };
    if import.from_version < u64::from(SAVED_SCHEMA_VERSION) {
        import.notes.push(ImportNote::Migrated {
            from: import.from_version,
            to: SAVED_SCHEMA_VERSION,
        });
    }
    for (index, saved) in import.assessments.iter().enumerate() {
        let prefix = match import.kind {
            ImportKind::Assessment => String::new(),
            ImportKind::Backup => format!("assessments[{index}]."),
        };
        let pack = find_pack(packs, &saved.pack_id, saved.pack_version).ok_or_else(|| {
            ReadError::UnknownPack {
                id: saved.pack_id.clone(),
            }
        })?;
        if pack.version == saved.pack_version {
            check_against_pack(saved, pack, &prefix)?;
        } else if is_earlier_embedded(&saved.pack_id, saved.pack_version) {
            // Its own version comes with the app: the IDs are its, not the current pack's.
            import.notes.push(ImportNote::EarlierVersion {
                index,
                name: saved.assessment.name.clone(),
                pack_id: saved.pack_id.clone(),
                file_version: saved.pack_version,
                current: pack.version,
            });
            continue;
        } else {
            import.notes.push(ImportNote::PackVersionDiffers {
                index,
                name: saved.assessment.name.clone(),
                pack_id: saved.pack_id.clone(),
                file_version: saved.pack_version,
                loaded_version: pack.version,
            });
        }
        let ids = not_in_pack(&saved.assessment, pack);
        if !ids.is_empty() {
            import.notes.push(ImportNote::NotInPack {
                index,
                name: saved.assessment.name.clone(),
                ids,
            });
        }
    }
    Ok(import)
}

/// The pack of that ID and revision, or else the newest revision of that ID.
fn find_pack<'p>(packs: &[&'p Pack], id: &str, version: u32) -> Option<&'p Pack> {
    let mut same_id = packs.iter().copied().filter(|p| p.id == id);
    let newest = same_id.clone().max_by_key(|p| p.version);
    same_id.find(|p| p.version == version).or(newest)
}

fn parse(text: &str) -> Result<Value, ReadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    // Some Windows editors start a UTF-8 file with a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        // Text that does not even start like JSON is another kind of file altogether (a
        // spreadsheet, a note): "error at line 1, column 1" would tell its user nothing.
        if text.trim_start().starts_with(['{', '[']) {
            ReadError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            ReadError::NotABackup
        }
    })
}

/// What a document is, with its format version, already refused if newer.
enum Kind {
    Record { version: u64 },
    Backup { version: u64 },
}

fn detect(doc: &Value, expected: Expected) -> Result<Kind, ReadError> {
    let foreign = |found| ReadError::NotFscity { found, expected };
    let Value::Object(fields) = doc else {
        return Err(foreign(Foreign::NotAnObject));
    };
    match fields.get("format") {
        Some(Value::String(format)) if format == RECORD_FORMAT => {
            let version = envelope_version(fields)?;
            Ok(Kind::Record { version })
        }
        Some(Value::String(format)) if format == BACKUP_FORMAT => {
            let version = envelope_version(fields)?;
            Ok(Kind::Backup { version })
        }
        Some(Value::String(format)) => Err(foreign(Foreign::OtherFormat {
            format: format.chars().take(100).collect(),
        })),
        Some(_) => Err(foreign(Foreign::Unrecognized)),
        None if fields.contains_key("pack_id") && fields.contains_key("schema_version") => {
            // A bare assessment, as written before the envelope: saved-format version 1. Its
            // own `schema_version` is the assessment format's, and only 1 was ever written bare.
            let found = version_field(fields)?;
            let supported = ASSESSMENT_SCHEMA_VERSION;
            if found > u64::from(supported) {
                return Err(ReadError::NewerVersion { found, supported });
            }
            if found == 0 {
                return Err(ReadError::UnknownVersion { found });
            }
            Ok(Kind::Record { version: 1 })
        }
        None if fields.contains_key("groups") && fields.contains_key("pass_rule") => {
            Err(foreign(Foreign::Pack))
        }
        None => Err(foreign(Foreign::Unrecognized)),
    }
}

/// The version of a record or backup envelope, refused if newer than this build or older than
/// the envelope itself.
fn envelope_version(fields: &Map<String, Value>) -> Result<u64, ReadError> {
    let found = version_field(fields)?;
    if found > u64::from(SAVED_SCHEMA_VERSION) {
        return Err(ReadError::NewerVersion {
            found,
            supported: SAVED_SCHEMA_VERSION,
        });
    }
    if found < FIRST_ENVELOPE_VERSION {
        return Err(ReadError::UnknownVersion { found });
    }
    Ok(found)
}

fn version_field(fields: &Map<String, Value>) -> Result<u64, ReadError> {
    match fields.get("schema_version") {
        None => Err(wrong_shape(
            "schema_version",
            "missing field `schema_version`",
        )),
        Some(value) => value.as_u64().ok_or_else(|| {
            let found: String = value.to_string().chars().take(40).collect();
            wrong_shape(
                "schema_version",
                &format!("expected a whole number, found {found}"),
            )
        }),
    }
}

/// The record pipeline from "migrate" on, for a document whose texts are already checked.
/// `prefix` places error paths inside a backup (`assessments[2].`).
fn read_record_value(doc: Value, version: u64, prefix: &str) -> Result<SavedAssessment, ReadError> {
    let doc = migrate(doc, version).map_err(|e| prefixed(e.into(), prefix))?;
    check_figures(&doc).map_err(|e| prefixed(e, prefix))?;
    let saved: SavedAssessment = deserialize(doc, prefix)?;
    validate(&saved).map_err(|e| prefixed(e, prefix))?;
    Ok(saved)
}

/// What a current record must satisfy beyond its shape.
fn validate(saved: &SavedAssessment) -> Result<(), ReadError> {
    if saved.schema_version != SAVED_SCHEMA_VERSION {
        // Migration always ends at the current version; this would be a broken step.
        return Err(wrong_shape(
            "schema_version",
            &format!(
                "expected {SAVED_SCHEMA_VERSION} after migration, found {}",
                saved.schema_version
            ),
        ));
    }
    let a = &saved.assessment;
    let entries = a.entries.iter();
    let archived = a.archive.iter().map(|x| (&x.indicator, &x.entry));
    for (indicator, entry) in entries.chain(archived) {
        if let Some(seq) = duplicate_seq(&entry.evidence) {
            let number = Evidence {
                seq,
                ..Evidence::default()
            }
            .number(indicator);
            return Err(ReadError::EvidenceNumberTwice {
                indicator: indicator.clone(),
                number,
            });
        }
    }
    let inner = saved.assessment.schema_version;
    if inner > ASSESSMENT_SCHEMA_VERSION {
        return Err(ReadError::NewerVersion {
            found: u64::from(inner),
            supported: ASSESSMENT_SCHEMA_VERSION,
        });
    }
    if saved.pack_id != saved.assessment.pack_id {
        return Err(wrong_shape(
            "pack_id",
            "differs from assessment.pack_id; the file has been edited inconsistently",
        ));
    }
    if saved.pack_version != saved.assessment.pack_version {
        return Err(wrong_shape(
            "pack_version",
            "differs from assessment.pack_version; the file has been edited inconsistently",
        ));
    }
    Ok(())
}

/// A backup's own fields, with its assessments left as JSON so each goes through the record
/// pipeline (and migrates by its own version).
#[derive(Deserialize)]
struct BackupHead {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    schema_version: u32,
    app_version: String,
    saved_at: String,
    assessments: Vec<Value>,
}

fn read_backup_value(doc: Value, version: u64) -> Result<Import, ReadError> {
    // The backup envelope's fields have not changed since it appeared in version 2 (version 3
    // changed only what a record may hold), so it has no migration steps of its own yet; its
    // records migrate one by one below.
    let head: BackupHead = deserialize(doc, "")?;
    if head.assessments.is_empty() {
        return Err(ReadError::Empty);
    }
    let mut assessments = Vec::with_capacity(head.assessments.len());
    let mut oldest = version;
    for (index, record) in head.assessments.into_iter().enumerate() {
        let prefix = format!("assessments[{index}].");
        let record_version = match detect(&record, Expected::Record) {
            Ok(Kind::Record { version }) => version,
            Ok(Kind::Backup { .. }) | Err(ReadError::NotFscity { .. }) => {
                return Err(wrong_shape(
                    &format!("assessments[{index}]"),
                    "expected one assessment (format \"fscity-assessment\")",
                ))
            }
            Err(other) => return Err(prefixed(other, &prefix)),
        };
        oldest = oldest.min(record_version);
        assessments.push(read_record_value(record, record_version, &prefix)?);
    }
    Ok(Import {
        kind: ImportKind::Backup,
        from_version: oldest,
        app_version: head.app_version,
        saved_at: head.saved_at,
        assessments,
        notes: Vec::new(),
    })
}

fn deserialize<T: DeserializeOwned>(doc: Value, prefix: &str) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(doc).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { "" } else { path.as_str() };
        ReadError::WrongShape {
            path: join(prefix, path),
            detail: e.inner().to_string(),
        }
    })
}

fn wrong_shape(path: &str, detail: &str) -> ReadError {
    ReadError::WrongShape {
        path: path.to_owned(),
        detail: detail.to_owned(),
    }
}

/// Places an error found inside one record of a backup at that record.
fn prefixed(error: ReadError, prefix: &str) -> ReadError {
    if prefix.is_empty() {
        return error;
    }
    match error {
        ReadError::WrongShape { path, detail } => ReadError::WrongShape {
            path: join(prefix, &path),
            detail,
        },
        ReadError::BadNumber {
            path,
            found,
            problem,
        } => ReadError::BadNumber {
            path: join(prefix, &path),
            found,
            problem,
        },
        ReadError::TextTooLong { path, chars } => ReadError::TextTooLong {
            path: join(prefix, &path),
            chars,
        },
        other => other,
    }
}

/// `assessments[2].` + `revision`, or just `assessments[2]` for the record itself.
fn join(prefix: &str, path: &str) -> String {
    if path.is_empty() {
        prefix.trim_end_matches('.').to_owned()
    } else {
        format!("{prefix}{path}")
    }
}
