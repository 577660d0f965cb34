//! What the list of assessments shows: one row per record, and the records set aside because
//! they could not be read. Apart from `library`, which fills them, because `Persistence` holds
//! them too.

use fscity_core::{Outcome, Points, Text};

/// One assessment as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    /// Storage id.
    pub id: String,
    /// City.
    pub city: String,
    /// Assessment name.
    pub name: String,
    /// Pack and its version.
    pub pack: String,
    /// The pack's ID alone, to find assessments that can be compared.
    pub pack_id: String,
    /// The pack's version, to tell which packs on the shelf saved assessments still answer.
    pub pack_version: u32,
    /// Last change.
    pub updated: String,
    /// Indicators answered (N/A included).
    pub answered: usize,
    /// Indicators in the pack.
    pub total: usize,
    /// Score on the pack's scale, when the pack is the one loaded.
    pub score: Option<(Points, Points)>,
    /// Verdict, when the pack is the one loaded.
    pub outcome: Option<Outcome>,
}

/// A record that could not be read, set aside under a quarantine key.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    /// Where its raw text now is.
    pub name: String,
    /// The raw text, for download.
    pub raw: String,
    /// Why it could not be read.
    pub reason: Text,
}
