//! The format-free table every export is built as, and its cells: the one shape the screen,
//! the printout, CSV and Excel all read.

use crate::compare::Delta;
use crate::Points;
use serde::{Deserialize, Serialize};

/// A table: a header row and data rows of the same width. Serializable so the app can hand it
/// to the Excel writer, which runs in its own lazily loaded worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    /// Column titles.
    pub headers: Vec<String>,
    /// Data rows.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell: text, or a number that spreadsheets should treat as a number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// Text, written as given (and made inert if it would start a formula).
    Text(String),
    /// Points, written as a plain decimal.
    Points(Points),
    /// A whole number (序号).
    Count(u64),
    /// A signed change in points, written as a number with its sign (`+1.5`, `-2`, `0`).
    Delta(Delta),
    /// Nothing.
    Empty,
}

impl Cell {
    /// Text, or empty when blank.
    pub fn text(value: impl Into<String>) -> Cell {
        let value = value.into();
        if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value)
        }
    }
}
