//! fscity-xlsx: the export tables as an Excel workbook, because the offices that receive a
//! city's 自评表 and 整改清单 work in Excel and re-key whatever arrives as CSV or paper.
//!
//! It lives outside `fscity-core` so the core keeps no file-format dependency, and it knows
//! nothing about food safety: it lays out whatever [`Sheet`]s the core builds, so the workbook
//! shows the same rows and numbers as the screen and the CSV.
//!
//! Choices a reader of the file would notice:
//! - Numbers stay numbers, so a reviewer can sum a column: points as decimals (4.5 from 45
//!   tenths), counts as integers, both in Excel's `General` format, which like the screen
//!   prints `3` and `2.5` without a trailing `.0`; a change in points (`Delta`) is a number
//!   shown with its sign, `+1.5` or `-2`.
//! - Text is always a string cell, never a formula: `=HYPERLINK(...)` typed into a note stays
//!   inert text, as in the CSV.
//! - The header row is frozen and repeated on every printed page; pages are A4 landscape, one
//!   page wide, with grid lines and page numbers, so a table handed in on paper reads like the
//!   screen.
//! - Column widths follow the content (a CJK or full-width character counts as two), within
//!   bounds, and text wraps, so long 评分标准 rows grow taller instead of running off the page.
//! - The document's creation date is fixed (1980-01-01, the same as the zip entries), so the
//!   same tables always give the same bytes.
//!
//! `Workbook::new` still reads the clock, which panics on wasm32 unless the `wasm` feature
//! routes it through js `Date`: browser builds must enable that feature.

pub mod bundle;
pub mod protocol;
mod read;
mod text;

pub use protocol::WORKER_READY;
pub use read::{
    check_limits, read, ReadError, MAX_INFLATED_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS,
};
pub use text::decode;

use fscity_core::export::{Cell, Sheet};
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};
use std::fmt;

/// Narrowest column, in widths of the digit `0`.
const MIN_WIDTH: usize = 6;
/// Widest column; longer text wraps.
const MAX_WIDTH: usize = 50;
/// A change in points with its sign, `+1.5`, `-2` or `0`, like the screen.
const DELTA_FORMAT: &str = "+General;-General;0";
/// Excel's paper-size code for A4.
const A4: u8 = 9;

/// Why a workbook could not be written.
#[derive(Debug)]
pub enum XlsxError {
    /// A worksheet name Excel refuses: blank, longer than 31 characters, holding one of
    /// `[ ] : * ? / \`, starting or ending with `'`, or the same as an earlier name (Excel
    /// ignores case).
    SheetName(String),
    /// The writer failed, e.g. on a text longer than Excel's 32,767 characters.
    Write(rust_xlsxwriter::XlsxError),
}

impl fmt::Display for XlsxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XlsxError::SheetName(name) => write!(
                f,
                "invalid worksheet name {name:?}: Excel needs 1 to 31 characters, none of \
                 [ ] : * ? / \\, no ' at either end, and a name not already used"
            ),
            XlsxError::Write(error) => write!(f, "could not write the workbook: {error}"),
        }
    }
}

impl std::error::Error for XlsxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            XlsxError::SheetName(_) => None,
            XlsxError::Write(error) => Some(error),
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for XlsxError {
    fn from(error: rust_xlsxwriter::XlsxError) -> XlsxError {
        XlsxError::Write(error)
    }
}

/// An .xlsx file with one worksheet per `(name, table)`, in the order given.
pub fn workbook(sheets: &[(&str, &Sheet)]) -> Result<Vec<u8>, XlsxError> {
    check_names(sheets)?;
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(1980, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let styles = Styles::new();
    for (name, sheet) in sheets {
        let worksheet = book.add_worksheet();
        worksheet.set_name(*name)?;
        write_sheet(worksheet, sheet, &styles)?;
    }
    Ok(book.save_to_buffer()?)
}

/// Refuses names Excel would refuse, before anything is written.
fn check_names(sheets: &[(&str, &Sheet)]) -> Result<(), XlsxError> {
    let mut seen: Vec<String> = Vec::new();
    for (name, _) in sheets {
        let key = name.to_lowercase();
        if rust_xlsxwriter::utility::check_sheet_name(name).is_err() || seen.contains(&key) {
            return Err(XlsxError::SheetName((*name).to_owned()));
        }
        seen.push(key);
    }
    Ok(())
}

struct Styles {
    header: Format,
    text: Format,
    number: Format,
    delta: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            number: Format::new().set_align(FormatAlign::Top),
            delta: Format::new()
                .set_num_format(DELTA_FORMAT)
                .set_align(FormatAlign::Top),
        }
    }
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &Sheet, styles: &Styles) -> Result<(), XlsxError> {
    for (col, header) in sheet.headers.iter().enumerate() {
        worksheet.write_string_with_format(0, col_num(col), header, &styles.header)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let row_num = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (col, cell) in row.iter().enumerate() {
            let col = col_num(col);
            match cell {
                Cell::Text(text) => {
                    worksheet.write_string_with_format(row_num, col, text, &styles.text)?;
                }
                Cell::Points(points) => {
                    worksheet.write_number_with_format(
                        row_num,
                        col,
                        points.as_f64(),
                        &styles.number,
                    )?;
                }
                Cell::Count(count) => {
                    worksheet.write_number_with_format(
                        row_num,
                        col,
                        *count as f64,
                        &styles.number,
                    )?;
                }
                Cell::Delta(delta) => {
                    worksheet.write_number_with_format(
                        row_num,
                        col,
                        delta.points().as_f64(),
                        &styles.delta,
                    )?;
                }
                Cell::Empty => {}
            }
        }
    }
    for (col, width) in column_widths(sheet).into_iter().enumerate() {
        worksheet.set_column_width(col_num(col), width as f64)?;
    }
    worksheet.set_freeze_panes(1, 0)?;
    worksheet.set_repeat_rows(0, 0)?;
    worksheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_print_gridlines(true)
        .set_footer("&C&P / &N");
    Ok(())
}

/// Past Excel's last column the writer reports its own limit error.
fn col_num(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

/// Each column's width: its widest line plus a margin, kept between [`MIN_WIDTH`] and
/// [`MAX_WIDTH`].
fn column_widths(sheet: &Sheet) -> Vec<usize> {
    let columns = sheet
        .rows
        .iter()
        .map(Vec::len)
        .chain([sheet.headers.len()])
        .max()
        .unwrap_or(0);
    let mut widths = vec![0; columns];
    for (col, header) in sheet.headers.iter().enumerate() {
        widths[col] = text_width(header);
    }
    for row in &sheet.rows {
        for (col, cell) in row.iter().enumerate() {
            widths[col] = widths[col].max(cell_width(cell));
        }
    }
    widths
        .into_iter()
        .map(|w| (w + 2).clamp(MIN_WIDTH, MAX_WIDTH))
        .collect()
}

fn cell_width(cell: &Cell) -> usize {
    match cell {
        Cell::Text(text) => text_width(text),
        Cell::Points(points) => points.to_string().len(),
        Cell::Count(count) => count.to_string().len(),
        Cell::Delta(delta) => delta.to_string().len(),
        Cell::Empty => 0,
    }
}

/// The widest line, counting wide characters as two.
fn text_width(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().map(char_width).sum())
        .max()
        .unwrap_or(0)
}

/// Two for the East Asian wide and full-width blocks (CJK, kana, Hangul, full-width forms and
/// punctuation such as `，` and `（`), one for everything else.
fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fscity_core::Points;

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(text_width("abc"), 3);
        assert_eq!(text_width("食品安全"), 8);
        assert_eq!(text_width("暗访记录（档案室）"), 18);
        assert_eq!(text_width("短\nlonger line"), 11, "the widest line counts");
    }

    #[test]
    fn widths_follow_content_within_bounds() {
        let sheet = Sheet {
            headers: vec!["序号".into(), "评分标准".into(), "分值".into()],
            rows: vec![vec![
                Cell::Count(1),
                Cell::text("每处扣 0.5 分".repeat(10)),
                Cell::Points(Points::from_tenths(-125)),
            ]],
        };
        assert_eq!(column_widths(&sheet), vec![MIN_WIDTH, MAX_WIDTH, 7]);
    }
}
