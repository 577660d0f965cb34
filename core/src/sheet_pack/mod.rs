//! A city loads the official criteria itself: a criteria pack as a spreadsheet.
//!
//! [`template`] writes a pack as the sheets of a workbook (说明, 评价指标, 否决项, 数据包, 出处)
//! in the familiar column layout — 大项, 指标编号, 评价指标, 评价标准, 评分标准, 测评方式, 分值,
//! 关键项, 关键项下限, 否决项, 计分方式, then the columns each rule needs and the English texts.
//! A reader turns a file into a format-neutral [`Workbook`] ([`csv`] here for CSV text; the
//! bytes of a CSV or an XLSX file in the `fscity-xlsx` crate, run in the app's worker), and [`read_workbook`] turns that into a [`Pack`] that has passed exactly the checks
//! an embedded pack passes, or into every problem found, each located by sheet, row and column
//! with a message in Chinese or English.
//!
//! A CSV file holds the 评价指标 sheet only; its veto items, pack fields and sources come from
//! the pack in use, and its total is the sum of its indicators (nothing in it states one).
//! Pure: no I/O, no clock; reading never panics (fuzzed in `core/fuzz`).

pub(crate) mod columns;
pub mod csv;
mod error;
pub(crate) mod read;
pub(crate) mod syntax;
mod table;
mod template;

pub use error::{NumberKind, PointsPart, SheetError, SheetErrorKind, Syntax};
pub use read::{points_total, read_workbook, MAX_ERRORS, MAX_ROWS};
pub use table::{column_letters, CellRange, RawCell, RawSheet, Workbook};
pub use template::{csv_template, indicator_sheet, template};

use crate::pack::Pack;

/// Reads CSV text as a one-sheet workbook and imports it against the pack in use: the whole
/// CSV path after decoding, in one call.
pub fn read_csv(text: &str, sheet_name: &str, base: &Pack) -> Result<Pack, Vec<SheetError>> {
    let sheet = csv::parse_csv(text, sheet_name).map_err(|e| vec![e])?;
    read_workbook(
        &Workbook {
            sheets: vec![sheet],
        },
        base,
    )
}
