//! The two file shapes this build writes: one assessment in an envelope, and a backup of many.
//!
//! These types are the compatibility boundary: changing a field means a new
//! [`SAVED_SCHEMA_VERSION`], a migration step and a fixture. Fields are written in declaration
//! order and every map inside [`Assessment`] is ordered, so two saves of the same data are
//! byte-identical.

use super::migrate::SAVED_SCHEMA_VERSION;
use crate::vocabulary::SavedFile;
use crate::Assessment;
use serde::{Deserialize, Serialize};

/// The `format` of a [`SavedAssessment`].
pub const RECORD_FORMAT: &str = SavedFile::Assessment.format();

/// The `format` of a [`Backup`].
pub const BACKUP_FORMAT: &str = SavedFile::Backup.format();

/// One assessment with what is needed to read it back years later: the record stored under
/// each assessment's key, and the file "download backup of one assessment".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedAssessment {
    /// Always [`RECORD_FORMAT`], so a file says what it is.
    pub format: String,
    /// Version of this file format ([`SAVED_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The fscity version that wrote it, e.g. `0.1.0`.
    pub app_version: String,
    /// The pack answered (the same as `assessment.pack_id`).
    pub pack_id: String,
    /// The pack's content revision (the same as `assessment.pack_version`).
    pub pack_version: u32,
    /// When it was written, as the caller formats it (e.g. ISO 8601).
    pub saved_at: String,
    /// Raised by one on every save, so a tab can tell that another tab wrote a newer copy.
    pub revision: u64,
    /// The city's answers.
    pub assessment: Assessment,
}

/// Every assessment at once: the file "download all".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// Version of this file format ([`SAVED_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The fscity version that wrote it.
    pub app_version: String,
    /// When it was written, as the caller formats it.
    pub saved_at: String,
    /// The assessments, each a complete record.
    pub assessments: Vec<SavedAssessment>,
}

impl SavedAssessment {
    /// Wraps an assessment for saving; the pack ID and version are copied from it.
    pub fn new(
        assessment: Assessment,
        app_version: &str,
        saved_at: &str,
        revision: u64,
    ) -> SavedAssessment {
        SavedAssessment {
            format: RECORD_FORMAT.to_owned(),
            schema_version: SAVED_SCHEMA_VERSION,
            app_version: app_version.to_owned(),
            pack_id: assessment.pack_id.clone(),
            pack_version: assessment.pack_version,
            saved_at: saved_at.to_owned(),
            revision,
            assessment,
        }
    }

    /// The JSON text, indented, keys in a stable order.
    pub fn to_json(&self) -> String {
        to_pretty_json(self)
    }
}

impl Backup {
    /// A backup of `assessments`, in the order given.
    pub fn new(assessments: Vec<SavedAssessment>, app_version: &str, saved_at: &str) -> Backup {
        Backup {
            format: BACKUP_FORMAT.to_owned(),
            schema_version: SAVED_SCHEMA_VERSION,
            app_version: app_version.to_owned(),
            saved_at: saved_at.to_owned(),
            assessments,
        }
    }

    /// The JSON text, indented, keys in a stable order.
    pub fn to_json(&self) -> String {
        to_pretty_json(self)
    }
}

/// An assessment's JSON as the tab copy and the change check compare it: written by the same
/// writer as the saved record, so serde's code for writing an assessment exists once in the
/// build (a second, compact writer would double it in the first visit).
pub fn assessment_json(assessment: &crate::Assessment) -> String {
    to_pretty_json(assessment)
}

fn to_pretty_json(value: &impl Serialize) -> String {
    // Only string-keyed maps, strings, integers and finite decimals are written, none of which
    // serde_json can refuse.
    serde_json::to_string_pretty(value).expect("saved formats always serialize")
}
