//! Keeping the city's work: every assessment under its own key, autosaved, listed, backed up.
//!
//! Layout under the namespace (see `storage`): `a.<id>` one saved assessment each (the core's
//! self-describing `SavedAssessment` JSON, with a revision counter), `state` which assessment and
//! indicator were open, `quarantine.<id>.<time>` the raw text of a record that could not be read.
//! One broken record is set aside and reported; it never takes the others down, and nothing is
//! ever silently overwritten.

mod library;
mod listing;
mod persistence;
mod save_status;
mod sync;

pub use library::{BackupFile, Imported, Opened};
pub use listing::{Listed, Quarantined};
pub use persistence::{Persistence, APP_VERSION};
pub use save_status::{Conflict, SaveStatus};
pub use sync::install_autosave;
