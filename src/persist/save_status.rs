//! How saving stands and the conflict a save can meet: read by the status bar, set by autosave
//! and by the library's actions, held by `Persistence`.

use crate::storage::Fault;
use crate::store::now;
use fscity_core::saved::SavedAssessment;

/// How saving stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing saved yet in this session.
    Idle,
    /// Saved at this time (ISO).
    Saved(String),
    /// Edited since the last save; the save follows within half a second (or waits for the
    /// user's choice in a conflict).
    Pending,
    /// The last save failed.
    Failed(Fault),
    /// Storage is not usable: work lives in memory only.
    Unavailable,
}

/// Another tab saved a newer copy of the open assessment while this tab had unsaved edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The other tab's copy.
    pub theirs: SavedAssessment,
}

/// The status a write leads to.
pub(crate) fn status_after(written: Result<(), Fault>) -> SaveStatus {
    match written {
        Ok(()) => SaveStatus::Saved(now()),
        Err(Fault::Unavailable) => SaveStatus::Unavailable,
        Err(fault) => SaveStatus::Failed(fault),
    }
}
