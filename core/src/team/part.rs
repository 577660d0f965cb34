//! What a record holds of a review team, stowed in the assessment (`Assessment::team`, saved
//! format 9) and typed only by the team capability: as the lead's record, the review (its
//! groups, rules, choices and every file received); as a group's record, the task it scores.

use super::files::TaskFile;
use super::model::TeamReview;
use crate::assessment::stowed::Stowed;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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

/// The indicators a group's record may answer — its task's — or `None` when the record scores
/// no task. Read from the stowed JSON without typing the part: the answer controls ask it for
/// every record, and the team's types stay with the team's chunk.
pub fn task_indicators(team: &Stowed<TeamPart>) -> Option<BTreeSet<String>> {
    let part: serde_json::Value = serde_json::from_str(team.json_text()?).ok()?;
    let listed = part
        .get("task")?
        .get("group")?
        .get("indicators")?
        .as_array()?;
    Some(
        listed
            .iter()
            .filter_map(|id| id.as_str().map(str::to_owned))
            .collect(),
    )
}
