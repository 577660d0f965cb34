//! One sheet as a table: the header row found and matched to known columns, then the checks
//! every sheet gets before any cell is read for meaning — missing or doubled columns, merged
//! cells, formulas, empty rows between entries, and the row limit.

use super::super::columns::Column;
use super::super::error::NumberKind;
use super::super::error::{SheetError, SheetErrorKind};
use super::super::syntax::{self, CellError};
use super::super::table::format_number;
use super::super::table::{RawCell, RawSheet};
use crate::{Decimal, Points};
use std::cell::RefCell;

/// The most data rows one sheet may have.
pub const MAX_ROWS: usize = 10_000;

/// How many rows at the top may hold a title above the header row.
const HEADER_SEARCH: usize = 10;

/// A sheet whose header has been matched to the known columns.
pub(crate) struct Table<'a> {
    /// The sheet's name as in the file.
    pub name: &'a str,
    /// Known columns found: the column, its 1-based position, its title as written.
    columns: Vec<(&'static Column, u32, String)>,
    /// Data rows, without blank ones.
    pub rows: Vec<Row<'a>>,
    header: u32,
    /// Optional columns already reported missing, so each is reported once.
    reported: RefCell<Vec<&'static str>>,
}

/// One data row.
#[derive(Clone, Copy)]
pub(crate) struct Row<'a> {
    /// 1-based row number.
    pub number: u32,
    cells: &'a [RawCell],
}

fn row_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

fn is_blank(row: &[RawCell]) -> bool {
    row.iter().all(RawCell::is_blank)
}

impl<'a> Table<'a> {
    /// Matches the header and checks the sheet's shape. `None` when the sheet cannot be read
    /// at all (no data, a required column missing, too many rows); the reasons are in `errors`.
    /// With `may_be_empty`, a header without rows is a sheet of no entries (no veto items).
    pub fn read(
        sheet: &'a RawSheet,
        spec: &[&'static Column],
        may_be_empty: bool,
        errors: &mut Vec<SheetError>,
    ) -> Option<Table<'a>> {
        let name = sheet.name.as_str();
        let known = |cell: &RawCell| spec.iter().any(|c| c.matches(&cell.text()));
        let header = sheet
            .rows
            .iter()
            .take(HEADER_SEARCH)
            .position(|row| row.iter().filter(|c| known(c)).count() >= 2)
            .or_else(|| sheet.rows.iter().position(|row| !is_blank(row)));
        let Some(header) = header else {
            errors.push(SheetError::at(name, None, None, SheetErrorKind::NoData));
            return None;
        };
        let header_number = row_number(header);

        let mut table = Table {
            name,
            columns: Vec::new(),
            rows: Vec::new(),
            header: header_number,
            reported: RefCell::new(Vec::new()),
        };
        for (index, cell) in sheet.rows[header].iter().enumerate() {
            let position = row_number(index);
            if let RawCell::Formula(cached) = cell {
                let kind = SheetErrorKind::Formula {
                    cached: cached.clone(),
                };
                errors.push(SheetError::at(
                    name,
                    Some(header_number),
                    Some((position, "")),
                    kind,
                ));
                continue;
            }
            let title = cell.text().trim().to_owned();
            let Some(column) = spec.iter().find(|c| c.matches(&title)) else {
                continue;
            };
            if let Some((_, first, _)) = table.columns.iter().find(|(c, _, _)| c == column) {
                let kind = SheetErrorKind::DuplicateColumn {
                    column: title.clone(),
                    first_column: *first,
                };
                errors.push(SheetError::at(
                    name,
                    Some(header_number),
                    Some((position, &title)),
                    kind,
                ));
                continue;
            }
            table.columns.push((column, position, title));
        }
        let mut complete = true;
        for column in spec.iter().filter(|c| c.required) {
            if table.position(column).is_none() {
                complete = false;
                let kind = SheetErrorKind::MissingColumn {
                    column: column.zh.into(),
                    alias: column.en.into(),
                };
                errors.push(SheetError::at(name, Some(header_number), None, kind));
            }
        }

        let last = sheet.rows.iter().rposition(|row| !is_blank(row));
        let data = match last {
            Some(last) if last > header => &sheet.rows[header + 1..=last],
            _ if may_be_empty => &[],
            _ => {
                errors.push(SheetError::at(
                    name,
                    Some(header_number),
                    None,
                    SheetErrorKind::NoData,
                ));
                return None;
            }
        };
        if data.len() > MAX_ROWS {
            let kind = SheetErrorKind::TooManyRows {
                limit: MAX_ROWS as u32,
                found: data.len(),
            };
            errors.push(SheetError::at(
                name,
                Some(row_number(header + 1 + MAX_ROWS)),
                None,
                kind,
            ));
            return None;
        }

        for range in &sheet.merged {
            if range.last_row >= header_number {
                let title = table.title_at(range.first_column);
                let column = Some((range.first_column, title.as_str()));
                let kind = SheetErrorKind::MergedCells { range: range.a1() };
                errors.push(SheetError::at(name, Some(range.first_row), column, kind));
            }
        }
        let mut previous_blank = false;
        for (offset, cells) in data.iter().enumerate() {
            let number = row_number(header + 1 + offset);
            if is_blank(cells) {
                if !previous_blank {
                    let next = data[offset..].iter().position(|r| !is_blank(r));
                    let next_row = number + next.map_or(0, |n| n as u32);
                    let kind = SheetErrorKind::EmptyRowInMiddle { next_row };
                    errors.push(SheetError::at(name, Some(number), None, kind));
                }
                previous_blank = true;
                continue;
            }
            previous_blank = false;
            for (_, position, title) in &table.columns {
                let index = *position as usize - 1;
                if let Some(RawCell::Formula(cached)) = cells.get(index) {
                    let kind = SheetErrorKind::Formula {
                        cached: cached.clone(),
                    };
                    errors.push(SheetError::at(
                        name,
                        Some(number),
                        Some((*position, title)),
                        kind,
                    ));
                }
            }
            table.rows.push(Row { number, cells });
        }
        complete.then_some(table)
    }

    fn title_at(&self, position: u32) -> String {
        self.columns
            .iter()
            .find(|(_, p, _)| *p == position)
            .map(|(_, _, t)| t.clone())
            .unwrap_or_default()
    }

    /// The column's 1-based position and title as written, when the sheet has it.
    pub fn position(&self, column: &Column) -> Option<(u32, &str)> {
        self.columns
            .iter()
            .find(|(c, _, _)| *c == column)
            .map(|(_, p, t)| (*p, t.as_str()))
    }

    /// True when the sheet has the column.
    pub fn has(&self, column: &Column) -> bool {
        self.position(column).is_some()
    }

    /// The raw cell; empty when the column is absent or the row is short.
    pub fn cell(&self, row: Row<'a>, column: &Column) -> &'a RawCell {
        const EMPTY: &RawCell = &RawCell::Empty;
        self.position(column)
            .and_then(|(p, _)| row.cells.get(p as usize - 1))
            .unwrap_or(EMPTY)
    }

    /// The cell's text, trimmed.
    pub fn text(&self, row: Row<'a>, column: &Column) -> String {
        self.cell(row, column).text().trim().to_owned()
    }

    /// The cell's text with inner blank lines kept (for English read line by line).
    pub fn raw_text(&self, row: Row<'a>, column: &Column) -> String {
        self.cell(row, column).text()
    }

    /// An error at a row (or the header row when `row` is `None`) and, if the sheet has it,
    /// the column.
    pub fn error(&self, row: Option<u32>, column: &Column, kind: SheetErrorKind) -> SheetError {
        SheetError::at(self.name, row, self.position(column), kind)
    }

    /// The error for a cell that cannot be read.
    pub fn cell_error(&self, row: Row<'a>, column: &Column, error: CellError) -> SheetError {
        let kind = match error {
            CellError::Syntax { found, expected } => SheetErrorKind::BadSyntax { found, expected },
            CellError::Number { found, expected } => SheetErrorKind::NotANumber { found, expected },
        };
        self.error(Some(row.number), column, kind)
    }

    /// The text of a column a rule needs: reports the column missing (once) or the cell empty.
    pub fn needed(
        &self,
        row: Row<'a>,
        column: &'static Column,
        when: &str,
        errors: &mut Vec<SheetError>,
    ) -> Option<String> {
        if !self.has(column) {
            let mut reported = self.reported.borrow_mut();
            if !reported.contains(&column.zh) {
                reported.push(column.zh);
                let kind = SheetErrorKind::MissingColumn {
                    column: column.zh.into(),
                    alias: column.en.into(),
                };
                errors.push(SheetError::at(self.name, Some(self.header), None, kind));
            }
            return None;
        }
        let text = self.text(row, column);
        if text.is_empty() {
            let kind = SheetErrorKind::Required {
                when: Some(when.to_owned()),
            };
            errors.push(self.error(Some(row.number), column, kind));
            return None;
        }
        Some(text)
    }
}

/// Typed cells: numbers stored as numbers or typed as text, yes/no. Each reports its own error
/// and gives `None` when the cell cannot be read.
impl<'a> Table<'a> {
    /// Points; an empty cell is reported as required.
    pub fn points(
        &self,
        row: Row<'a>,
        column: &Column,
        errors: &mut Vec<SheetError>,
    ) -> Option<Points> {
        let result = match self.cell(row, column) {
            RawCell::Number(n) => Points::from_f64(*n).map_err(|_| CellError::Number {
                found: format_number(*n),
                expected: NumberKind::Points,
            }),
            cell if cell.is_blank() => {
                let kind = SheetErrorKind::Required { when: None };
                errors.push(self.error(Some(row.number), column, kind));
                return None;
            }
            cell => syntax::parse_points(&cell.text()),
        };
        result
            .map_err(|e| errors.push(self.cell_error(row, column, e)))
            .ok()
    }

    /// A measured value; an empty cell is reported as required.
    pub fn value(
        &self,
        row: Row<'a>,
        column: &Column,
        errors: &mut Vec<SheetError>,
    ) -> Option<Decimal> {
        let result = match self.cell(row, column) {
            RawCell::Number(n) => Decimal::from_f64(*n).map_err(|_| CellError::Number {
                found: format_number(*n),
                expected: NumberKind::Value,
            }),
            cell if cell.is_blank() => {
                let kind = SheetErrorKind::Required { when: None };
                errors.push(self.error(Some(row.number), column, kind));
                return None;
            }
            cell => syntax::parse_value(&cell.text()),
        };
        result
            .map_err(|e| errors.push(self.cell_error(row, column, e)))
            .ok()
    }

    /// A whole number within `range`, `%` allowed after it; `Ok(None)` for a blank cell.
    pub fn whole(
        &self,
        row: Row<'a>,
        column: &Column,
        expected: NumberKind,
        errors: &mut Vec<SheetError>,
    ) -> Result<Option<u32>, ()> {
        let text = self.text(row, column);
        let digits = text.trim_end_matches(['%', '％']).trim();
        if digits.is_empty() {
            return Ok(None);
        }
        match digits.parse::<u32>() {
            Ok(n) => Ok(Some(n)),
            Err(_) => {
                let kind = SheetErrorKind::NotANumber {
                    found: text,
                    expected,
                };
                errors.push(self.error(Some(row.number), column, kind));
                Err(())
            }
        }
    }

    /// Yes or no; `default` for a blank cell, `None` when unreadable.
    pub fn yes_no(
        &self,
        row: Row<'a>,
        column: &Column,
        default: bool,
        errors: &mut Vec<SheetError>,
    ) -> Option<bool> {
        match syntax::parse_yes_no(&self.text(row, column)) {
            Ok(value) => Some(value.unwrap_or(default)),
            Err(e) => {
                errors.push(self.cell_error(row, column, e));
                None
            }
        }
    }
}
