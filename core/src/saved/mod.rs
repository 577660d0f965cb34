//! Saved assessments: the record kept in the browser under each assessment's key, the backup
//! files a person downloads, and reading either back.
//!
//! Everything that comes in, whether a localStorage record or a file someone picked, goes
//! through one pipeline ([`read_record`], [`read_import`]):
//! parse → check size → detect kind → refuse newer → migrate → check texts and figures →
//! deserialize → validate. Each stage fails with a typed [`ReadError`] that carries data and
//! is worded in zh and en by [`crate::Localize`].
//!
//! Formats are versioned by [`SAVED_SCHEMA_VERSION`]; older versions are brought forward by the
//! ordered, pure steps in [`migrate`](mod@migrate). Version 1 is a bare [`crate::Assessment`],
//! as written before the envelope existed; version 2 put it in the envelope; version 3 added
//! the assessment's `archive` and `veto_archive` ([`crate::assessment::ArchivedAnswer`],
//! [`crate::assessment::ArchivedVeto`]), which a version 2 build would silently drop, so such
//! a build refuses version 3 as newer.
//!
//! This module owns the file format, not storage: it reads no clock, touches no browser API,
//! and never panics, whatever the input (a fuzz target in `core/fuzz/` checks that). The
//! caller keeps the raw text when reading fails; nothing here can lose it.

mod check;
mod error;
mod format;
mod limits;
pub mod migrate;
mod notes;
mod read;
pub mod sync;

pub use error::{Expected, Foreign, NumberProblem, ReadError};
pub use format::{assessment_json, Backup, SavedAssessment, BACKUP_FORMAT, RECORD_FORMAT};
pub use limits::{MAX_COUNT, MAX_FILE_BYTES, MAX_TEXT_CHARS};
pub use migrate::{MigrateError, SAVED_SCHEMA_VERSION};
pub use notes::ImportNote;
pub use read::{read_import, read_record, Import, ImportKind};
