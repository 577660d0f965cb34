//! A group of a review team: its name, what it does, its members and its indicators — what its
//! task file carries, so it lives apart from the review that holds it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One group of the team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// Its number in the review.
    pub id: u32,
    /// Its name, e.g. 资料审查一组.
    pub name: String,
    /// What it does.
    pub kind: GroupKind,
    /// Its members' names (the experts counted in the report).
    #[serde(default)]
    pub members: Vec<String>,
    /// The indicators it scores.
    #[serde(default)]
    pub indicators: BTreeSet<String>,
}

/// What a group does, as the provinces name their groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// 资料审查组: the documents.
    Documents,
    /// 明查组: announced site checks.
    OpenCheck,
    /// 暗访组: unannounced site visits.
    Covert,
    /// 农业组: farms and agricultural inputs.
    Agriculture,
    /// 访谈组: 领导访谈.
    Interview,
}

impl GroupKind {
    /// Every kind, in the order a team lists them.
    pub const ALL: [GroupKind; 5] = [
        GroupKind::Documents,
        GroupKind::OpenCheck,
        GroupKind::Covert,
        GroupKind::Agriculture,
        GroupKind::Interview,
    ];
}

/// Members typed in one line, as people write lists: separated by 、 , ， ; ； or a line break,
/// each trimmed, blanks dropped.
pub fn members_of(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '\n'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_owned)
        .collect()
}
