//! Things in an assessment that its pack does not know: kept in the file, listed, never scored.

/// Something in the assessment that was kept but not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The assessment was made for another pack.
    OtherPack {
        /// The pack being used.
        pack: String,
        /// The pack the assessment names.
        found: String,
    },
    /// The assessment was made for another revision of this pack.
    OtherPackVersion {
        /// The pack's revision.
        pack: u32,
        /// The revision the assessment names.
        found: u32,
    },
    /// The file is of a newer format than this build writes.
    NewerSchema {
        /// The version found.
        found: u32,
    },
    /// An answer for an indicator the pack does not have.
    UnknownIndicator {
        /// The indicator ID.
        indicator: String,
    },
    /// A level the indicator does not have.
    UnknownLevel {
        /// The indicator ID.
        indicator: String,
        /// The level ID.
        level: String,
    },
    /// A sub-item the indicator does not have.
    UnknownSubItem {
        /// The indicator ID.
        indicator: String,
        /// The sub-item ID.
        item: String,
    },
    /// A figure for an input the calculator does not have.
    UnknownInput {
        /// The indicator or veto ID.
        owner: String,
        /// The input ID.
        input: String,
    },
    /// An answer for a veto item the pack does not have.
    UnknownVeto {
        /// The veto ID.
        veto: String,
    },
    /// A declaration for a veto that is decided by figures, or figures for one that is not.
    VetoAnswerKind {
        /// The veto ID.
        veto: String,
    },
}
