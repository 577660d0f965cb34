//! Reading an .xlsx file a city filled in (the criteria template) into the core's format-neutral
//! [`Workbook`]: every cell with its type, formulas marked as formulas and merged ranges listed,
//! so the import can say "G12 is a formula, please paste values" instead of guessing.

use calamine::{Data, Reader, Xlsx};
use fscity_core::sheet_pack::{CellRange, RawCell, RawSheet, Workbook};
use std::io::Cursor;

/// The most an .xlsx file may hold once unzipped. A criteria template is well under 1 MB; a
/// "zip bomb" inflates a small file to gigabytes and would exhaust the reader's memory.
pub const MAX_INFLATED_BYTES: u64 = 200 * 1024 * 1024;
/// The most rows a sheet's declared range may span (54 indicators need about 60).
pub const MAX_SHEET_ROWS: u32 = 10_000;
/// The most columns a sheet's declared range may span (the template has about 30).
pub const MAX_SHEET_COLUMNS: u32 = 200;

/// Why a file could not be read as a workbook at all.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not a readable .xlsx (not a zip, a missing part, malformed XML); the reader's words.
    Unreadable(String),
    /// Unzipped, the file would be larger than [`MAX_INFLATED_BYTES`].
    Inflated,
    /// A sheet declares a range beyond [`MAX_SHEET_ROWS`] or [`MAX_SHEET_COLUMNS`].
    TooLarge {
        /// The sheet's part name in the file (`xl/worksheets/sheet1.xml`).
        part: String,
        /// Rows the range spans.
        rows: u32,
        /// Columns the range spans.
        columns: u32,
    },
}

impl ReadError {
    /// The message in zh and en.
    pub fn text(&self) -> fscity_core::Text {
        let mb = MAX_INFLATED_BYTES / (1024 * 1024);
        match self {
            ReadError::Unreadable(why) => fscity_core::Text::new(
                format!("无法读取该 Excel 文件（{why}）"),
                format!("The Excel file cannot be read ({why})"),
            ),
            ReadError::Inflated => fscity_core::Text::new(
                format!("文件解压后超过 {mb} MB，不像是评价细则模板，未读取"),
                format!("Unzipped, the file is over {mb} MB; it is not a criteria template and was not read"),
            ),
            ReadError::TooLarge { part, rows, columns } => fscity_core::Text::new(
                format!(
                    "工作表范围过大（{part}：{rows} 行 × {columns} 列），超过 {} 行或 {} 列的上限，未读取",
                    grouped(MAX_SHEET_ROWS),
                    MAX_SHEET_COLUMNS
                ),
                format!(
                    "A sheet's range is too large ({part}: {rows} rows × {columns} columns), over the limit of {} rows or {} columns; it was not read",
                    grouped(MAX_SHEET_ROWS),
                    MAX_SHEET_COLUMNS
                ),
            ),
        }
    }
}

fn grouped(n: u32) -> String {
    fscity_core::Decimal::whole(i64::from(n)).grouped()
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text().get(fscity_core::Lang::En))
    }
}

/// Measures the file before anything is read into cells: the bytes every part really inflates
/// to (counted while inflating, so a part that lies about its size cannot slip past), and the
/// range each worksheet declares in its `<dimension>` (from which a reader sizes its grid).
pub fn check_limits(bytes: &[u8]) -> Result<(), ReadError> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let mut total: u64 = 0;
    for index in 0..zip.len() {
        let mut part = zip
            .by_index(index)
            .map_err(|e| ReadError::Unreadable(e.to_string()))?;
        let name = part
            .name()
            .map_err(|e| ReadError::Unreadable(e.to_string()))?
            .into_owned();
        let left = MAX_INFLATED_BYTES - total;
        let mut head = Vec::new();
        let mut limited = (&mut part).take(left + 1);
        // The start of a worksheet holds its <dimension>; the rest is only counted.
        let is_sheet = name.starts_with("xl/worksheets/") && name.ends_with(".xml");
        if is_sheet {
            (&mut limited)
                .take(4096)
                .read_to_end(&mut head)
                .map_err(|e| ReadError::Unreadable(e.to_string()))?;
        }
        let rest = std::io::copy(&mut limited, &mut std::io::sink())
            .map_err(|e| ReadError::Unreadable(e.to_string()))?;
        total += head.len() as u64 + rest;
        if total > MAX_INFLATED_BYTES {
            return Err(ReadError::Inflated);
        }
        if let Some((rows, columns)) = is_sheet.then(|| dimension(&head)).flatten() {
            if rows > MAX_SHEET_ROWS || columns > MAX_SHEET_COLUMNS {
                return Err(ReadError::TooLarge {
                    part: name,
                    rows,
                    columns,
                });
            }
        }
    }
    Ok(())
}

/// Rows and columns of `<dimension ref="A1:Z100"/>` in the start of a worksheet's XML.
fn dimension(head: &[u8]) -> Option<(u32, u32)> {
    let text = String::from_utf8_lossy(head);
    let at = text.find("<dimension")?;
    let rest = &text[at..];
    let start = rest.find("ref=\"")? + 5;
    let end = rest[start..].find('"')? + start;
    let reference = &rest[start..end];
    let (first, last) = reference.split_once(':').unwrap_or((reference, reference));
    let (r1, c1) = cell(first)?;
    let (r2, c2) = cell(last)?;
    Some((r2.abs_diff(r1) + 1, c2.abs_diff(c1) + 1))
}

/// `"AB12"` → (row 12, column 28).
fn cell(reference: &str) -> Option<(u32, u32)> {
    let letters: String = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let digits = &reference[letters.len()..];
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters.bytes().fold(0u32, |n, b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    Some((digits.parse().ok()?, column))
}

/// The sheets of an .xlsx file, cells placed from A1, after [`check_limits`].
pub fn read(bytes: &[u8]) -> Result<Workbook, ReadError> {
    check_limits(bytes)?;
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let values = book
            .worksheet_range(&name)
            .map_err(|e| ReadError::Unreadable(e.to_string()))?;
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
