//! A picked spreadsheet or CSV file read to its cells in one step, for the imports that take a
//! table (a register, check sheets, a poll). Apart from `file` and `xlsx`, whose messages the
//! i18n tables already name, so neither has to reach the other.

use crate::io::file::bytes_or_problem;
use crate::io::xlsx::workbook_or_problems;
use fscity_core::sheet_pack::Workbook;
use fscity_core::Text;

/// The cells of a picked spreadsheet or CSV file, or every problem in both languages (a file
/// too large or unreadable included).
pub async fn workbook_of_file(file: web_sys::File) -> Result<Workbook, Vec<Text>> {
    let bytes = bytes_or_problem(file).await.map_err(|p| vec![p])?;
    workbook_or_problems(&bytes).await
}
