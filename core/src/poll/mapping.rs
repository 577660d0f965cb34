//! What a poll's import is read by and gives, as plain data: the [`Mapping`] from columns (and
//! the city's own answer wording) to questions, kept with each poll and offered again, and a
//! [`Response`] as kept. Apart from the reading (`responses`), which needs the table types,
//! so that the record's polls (`kept`) hold them without reaching the spreadsheet code.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which column holds what, by the header text as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// The 区县 column, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// The respondent ID column, if any (read only to find a respondent twice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<String>,
    /// Per question ID, its column.
    #[serde(default)]
    pub questions: BTreeMap<String, String>,
    /// Per question ID, answers written in the city's own words matched by hand to one of the
    /// question's answers (the cell's text → the answer's ID): "还行吧" → 基本满意.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, BTreeMap<String, String>>,
}

/// One person's answers, as kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// 区县, as written (empty when the table has none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    /// Per question ID, the answer's ID.
    pub answers: BTreeMap<String, String>,
}
