//! Reading an .xlsx file a city filled in (the criteria template) into the core's format-neutral
//! [`Workbook`]: every cell with its type, formulas marked as formulas and merged ranges listed,
//! so the import can say "G12 is a formula, please paste values" instead of guessing.

use calamine::{Data, Reader, Xlsx};
use fscity_core::sheet_pack::{CellRange, RawCell, RawSheet, Workbook};
use std::io::Cursor;

/// Why a file could not be read as a workbook at all.
#[derive(Debug)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The sheets of an .xlsx file, cells placed from A1.
pub fn read(bytes: &[u8]) -> Result<Workbook, ReadError> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| ReadError(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let values = book
            .worksheet_range(&name)
            .map_err(|e| ReadError(e.to_string()))?;
        let formulas = book.worksheet_formula(&name).ok();
        let mut rows: Vec<Vec<RawCell>> = Vec::new();
        if let Some((top, left)) = values.start() {
            for (r, row) in values.rows().enumerate() {
                let at = (top as usize + r, left as usize);
                while rows.len() <= at.0 {
                    rows.push(Vec::new());
                }
                let cells = &mut rows[at.0];
                cells.resize(at.1, RawCell::Empty);
                cells.extend(row.iter().map(raw));
            }
        }
        if let Some(formulas) = formulas.as_ref().filter(|f| f.start().is_some()) {
            let (top, left) = formulas.start().unwrap_or_default();
            for (r, row) in formulas.rows().enumerate() {
                for (c, formula) in row.iter().enumerate() {
                    if formula.is_empty() {
                        continue;
                    }
                    let (r, c) = (top as usize + r, left as usize + c);
                    while rows.len() <= r {
                        rows.push(Vec::new());
                    }
                    if rows[r].len() <= c {
                        rows[r].resize(c + 1, RawCell::Empty);
                    }
                    rows[r][c] = RawCell::Formula(format!("={formula}"));
                }
            }
        }
        let merged = book
            .merge_cells_by_sheet_name(&name)
            .unwrap_or_default()
            .into_iter()
            .map(|d| CellRange {
                first_row: d.start.0 + 1,
                first_column: d.start.1 + 1,
                last_row: d.end.0 + 1,
                last_column: d.end.1 + 1,
            })
            .collect();
        sheets.push(RawSheet { name, rows, merged });
    }
    Ok(Workbook { sheets })
}

fn raw(data: &Data) -> RawCell {
    match data {
        Data::Empty => RawCell::Empty,
        Data::String(s) => RawCell::Text(s.clone()),
        Data::Float(f) => RawCell::Number(*f),
        Data::Int(i) => RawCell::Number(*i as f64),
        Data::Bool(b) => RawCell::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(d) => RawCell::Number(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => RawCell::Text(s.clone()),
        Data::Error(e) => RawCell::Text(format!("#{e:?}")),
    }
}
