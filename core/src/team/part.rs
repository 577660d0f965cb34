//! What a record holds of a review team, stowed in the assessment (`Assessment::team`, saved
//! format 9) and typed only by the team capability: as the lead's record, the review (its
//! groups, rules, choices and every file received); as a group's record, the task it scores.

use super::files::TaskFile;
use super::model::TeamReview;
use serde::{Deserialize, Serialize};

/// A record's part in a review team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamPart {
    /// The review this record leads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<TeamReview>,
    /// The task this record scores, as a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<TaskFile>,
}
