//! Why the verdict is what it is: each reason typed (what it concerns) and worded. Apart from
//! `report.rs` because the path to pass reads reasons too, and the report re-exports both.

use super::id::Id;
use crate::Text;

/// One reason, typed and worded.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// What kind of reason, with the item it concerns.
    pub kind: ReasonKind,
    /// Plain words, e.g. "否决项：食品抽检 3.2 批次/千人 < 4".
    pub text: Text,
}

/// What a reason is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonKind {
    /// A veto is triggered.
    VetoTriggered {
        /// Veto ID.
        veto: Id,
    },
    /// A veto is not yet known.
    VetoUnknown {
        /// Veto ID.
        veto: Id,
    },
    /// A veto cannot be cleared by any answer (e.g. a percentage above 100 would be needed).
    VetoUnreachable {
        /// Veto ID.
        veto: Id,
    },
    /// A key item is below its floor.
    KeyItemBelow {
        /// Indicator ID.
        indicator: Id,
    },
    /// A key item is not answered yet.
    KeyItemUnknown {
        /// Indicator ID.
        indicator: Id,
    },
    /// The total is below the pass mark and nothing is left unanswered.
    TotalBelow,
    /// Even full points on every unanswered indicator would not reach the pass mark.
    TotalCannotReach,
    /// The pass mark lies between the lowest and highest total still possible.
    TotalUndecided,
    /// The total reaches the pass mark.
    TotalReached,
    /// No veto is triggered.
    NoVeto,
    /// Every key item is at or above its floor.
    KeyItemsMet,
}
