//! A point's check as recorded on the spot: which sheet, what was found on which item (the
//! letter ticked, how many times, a note). Apart from the sheets, so the record's type does
//! not reach into the pack that prices the findings.

use serde::{Deserialize, Serialize};

/// One point checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    /// The point's register number.
    pub point: u32,
    /// The sheet used.
    pub sheet: String,
    /// What was found, in the order recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
    /// A note on the point as a whole (其他问题).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One finding on one item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The sheet item.
    pub item: String,
    /// The letter ticked, when the item has lettered findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// How many times it was found here (three vendors near a school: 3).
    pub count: u32,
    /// What the reviewer wrote.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Photos of it, by their keys in the browser's photo store (the pictures are not in the
    /// record; a backup with photos is a .zip).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<String>,
}
