//! The format-neutral input of an import: what a CSV or XLSX reader hands over, cell by cell,
//! before anything is known about criteria. Serializable, because the XLSX reader runs in a web
//! worker and sends a [`Workbook`] as JSON.
//!
//! Rows and columns are stored from the top-left cell A1: `rows[0]` is row 1 and `rows[r][0]`
//! is column A, so every position an error names is the one the user sees in Excel.

use crate::export::{Cell, Sheet};
use serde::{Deserialize, Serialize};

/// The sheets of one file, in file order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workbook {
    /// The sheets; a CSV file gives exactly one.
    pub sheets: Vec<RawSheet>,
}

/// One sheet as read: its cells and its merged ranges.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawSheet {
    /// The sheet's name (for a CSV file, whatever the app calls it).
    pub name: String,
    /// Rows from row 1; each row's cells from column A. Rows may differ in length.
    pub rows: Vec<Vec<RawCell>>,
    /// Merged ranges, which an import refuses: a merged cell has one value but stands for many.
    #[serde(default)]
    pub merged: Vec<CellRange>,
}

/// One cell as read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RawCell {
    /// Nothing.
    Empty,
    /// Text (also numbers in a CSV file, which has no types).
    Text(String),
    /// A number stored as a number.
    Number(f64),
    /// A formula cell, with its cached text if any; an import asks for values instead.
    Formula(String),
}

/// A rectangle of cells, 1-based and inclusive, e.g. A3:A20.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellRange {
    /// Top row.
    pub first_row: u32,
    /// Left column.
    pub first_column: u32,
    /// Bottom row.
    pub last_row: u32,
    /// Right column.
    pub last_column: u32,
}

impl CellRange {
    /// The range as Excel writes it, e.g. `A3:A20`.
    pub fn a1(&self) -> String {
        format!(
            "{}{}:{}{}",
            column_letters(self.first_column),
            self.first_row,
            column_letters(self.last_column),
            self.last_row
        )
    }
}

/// The Excel letters of a 1-based column: 1 → `A`, 26 → `Z`, 27 → `AA`. Column 0 gives `?`.
pub fn column_letters(column: u32) -> String {
    if column == 0 {
        return "?".into();
    }
    let mut n = column;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl RawCell {
    /// True for a cell with nothing but spaces in it.
    pub fn is_blank(&self) -> bool {
        match self {
            RawCell::Empty => true,
            RawCell::Text(text) => text.trim().is_empty(),
            RawCell::Number(_) | RawCell::Formula(_) => false,
        }
    }

    /// The cell as the import reads it: text trimmed with line ends unified, a number written
    /// without a trailing `.0`. A formula reads as empty (the import reports it separately).
    pub fn text(&self) -> String {
        match self {
            RawCell::Empty | RawCell::Formula(_) => String::new(),
            RawCell::Text(text) => text.replace("\r\n", "\n").replace('\r', "\n"),
            RawCell::Number(n) => format_number(*n),
        }
    }
}

/// A float as a person would write it: `3`, `2.5`, never `3.0` or an exponent.
pub(crate) fn format_number(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

impl RawSheet {
    /// A sheet built from an export [`Sheet`]: the header as row 1, numbers as numbers. This is
    /// what reading back an XLSX file written from that sheet gives, so tests and previews can
    /// skip the file.
    pub fn from_sheet(name: impl Into<String>, sheet: &Sheet) -> RawSheet {
        let header = sheet.headers.iter().map(|h| raw(&Cell::text(h.clone())));
        let mut rows = vec![header.collect::<Vec<_>>()];
        rows.extend(sheet.rows.iter().map(|row| row.iter().map(raw).collect()));
        RawSheet {
            name: name.into(),
            rows,
            merged: Vec::new(),
        }
    }
}

fn raw(cell: &Cell) -> RawCell {
    match cell {
        Cell::Empty => RawCell::Empty,
        Cell::Text(text) if text.is_empty() => RawCell::Empty,
        Cell::Text(text) => RawCell::Text(text.clone()),
        Cell::Points(p) => RawCell::Number(p.as_f64()),
        Cell::Count(n) => RawCell::Number(*n as f64),
        Cell::Delta(d) => RawCell::Number(d.to_string().parse().unwrap_or(0.0)),
    }
}

impl Workbook {
    /// A workbook of export sheets, as [`RawSheet::from_sheet`] reads each.
    pub fn from_sheets(sheets: &[(String, Sheet)]) -> Workbook {
        Workbook {
            sheets: sheets
                .iter()
                .map(|(name, sheet)| RawSheet::from_sheet(name.clone(), sheet))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_excel_letters() {
        let cases = [
            (1, "A"),
            (7, "G"),
            (26, "Z"),
            (27, "AA"),
            (52, "AZ"),
            (53, "BA"),
        ];
        for (n, letters) in cases {
            assert_eq!(column_letters(n), letters);
        }
        assert_eq!(column_letters(16_384), "XFD");
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(RawCell::Number(3.0).text(), "3");
        assert_eq!(RawCell::Number(2.5).text(), "2.5");
        assert_eq!(RawCell::Number(0.000001).text(), "0.000001");
        assert_eq!(RawCell::Text("a\r\nb".into()).text(), "a\nb");
    }
}
