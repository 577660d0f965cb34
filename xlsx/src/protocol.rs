//! What the page and its two lazy workers say to each other, typed once here and used by both
//! ends (the page in `src/io/xlsx.rs`, the workers in `src/bin/`), so a field renamed on one
//! side cannot silently read as missing on the other. What each worker does with a message is
//! a pure function here too, tested natively; the workers only move bytes.
//!
//! Both workers first post [`WORKER_READY`]; a message posted while a worker's wasm is still
//! loading would reach no handler and be lost.

use crate::{read, text, workbook, XlsxError};
use fscity_core::export::Sheet;
use fscity_core::poll::{poll_table, read_draft, DraftRead, Mapping, Questionnaire};
use fscity_core::sheet_pack::{csv::parse_csv, RawSheet, SheetError, Workbook};
use fscity_core::{Localize, Pack, Text};
use serde::{Deserialize, Serialize};

/// What a worker posts once it listens.
pub const WORKER_READY: &str = "fscity-xlsx-ready";

/// The name a CSV file's one sheet is read under: the indicator sheet, the only one a CSV holds.
pub const CSV_SHEET: &str = "评价指标";

/// One table for the Excel writer, with its worksheet name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NamedSheet {
    /// The worksheet's name.
    pub name: String,
    /// Its rows.
    pub sheet: Sheet,
}

/// The writer's work: the tables as an .xlsx file.
pub fn write(sheets: &[NamedSheet]) -> Result<Vec<u8>, XlsxError> {
    let pairs: Vec<(&str, &Sheet)> = sheets.iter().map(|s| (s.name.as_str(), &s.sheet)).collect();
    workbook(&pairs)
}

/// The first word of a message about a backup with photos (a JS array), to either worker.
pub const BUNDLE: &str = "fscity-bundle";

/// The reader's answer to a backup with photos: its JSON text and the photos' keys (their bytes
/// follow in the same order), or why it was refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleRead {
    /// The backup and the keys of the photos that follow.
    Ok {
        /// The JSON backup's text.
        backup: String,
        /// The photos' keys.
        ids: Vec<String>,
    },
    /// Why it was refused, in both languages.
    Refused(Text),
}

/// The reader's answer to a file's bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadAnswer {
    /// The file's cells.
    Ok(Workbook),
    /// Why the file could not be read, each reason in both languages: an .xlsx over the size
    /// limits or unreadable, or a CSV that cannot be decoded or parsed (with its row and column).
    Problems(Vec<Text>),
}

/// The reader's work: an .xlsx file (a zip) through calamine, anything else as CSV text in
/// whatever encoding Chinese Excel wrote.
pub fn read_file(bytes: &[u8]) -> ReadAnswer {
    if bytes.starts_with(b"PK\x03\x04") {
        return match read(bytes) {
            Ok(book) => ReadAnswer::Ok(book),
            Err(e) => ReadAnswer::Problems(vec![e.text()]),
        };
    }
    match csv_sheet(bytes, CSV_SHEET) {
        Ok(book) => ReadAnswer::Ok(book),
        Err(e) => ReadAnswer::Problems(vec![e.text()]),
    }
}

/// A CSV file's bytes as a one-sheet workbook named `sheet_name`.
pub fn csv_sheet(bytes: &[u8], sheet_name: &str) -> Result<Workbook, SheetError> {
    let text = text::decode(bytes)?;
    let sheet = parse_csv(&text, sheet_name)?;
    Ok(Workbook {
        sheets: vec![sheet],
    })
}

/// A CSV file's bytes imported against the pack in use: decoding, parsing and the import in
/// one call.
pub fn read_csv(bytes: &[u8], sheet_name: &str, base: &Pack) -> Result<Pack, Vec<SheetError>> {
    let text = text::decode(bytes).map_err(|e| vec![e])?;
    fscity_core::sheet_pack::read_csv(&text, sheet_name, base)
}

/// The first word of a message about a poll's import (a JS array) to the reader: the file's
/// bytes follow ([`PollReader::open`]).
pub const POLL_OPEN: &str = "fscity-poll-open";

/// The first word of a message asking the reader to read the poll's table again: a
/// [`PollAsk`] as JSON follows ([`PollReader::read`]).
pub const POLL_READ: &str = "fscity-poll-read";

/// The reader's answer to a poll's file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollOpened {
    /// A table, kept by the reader for the reads that follow: its header.
    Table(Vec<String>),
    /// A file that reads but holds no cell.
    NotATable,
    /// Why the file could not be read, each reason in both languages.
    Problems(Vec<Text>),
}

/// What the page asks the reader to read the kept table by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollAsk {
    /// The questionnaire in use (the city's, or the shipped one).
    pub questionnaire: Questionnaire,
    /// The columns, as the city has set them.
    pub mapping: Mapping,
}

/// The reader's answer to a [`PollAsk`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollAnswer {
    /// The table read.
    Read(Box<DraftRead>),
    /// No table was opened (or the ask could not be read): the page opens the file again.
    NoTable,
}

/// A poll's import inside the reader: the table is read once and kept, and read again by each
/// mapping the city tries, so 20,000 rows cross to the page only as their summary.
#[derive(Default)]
pub struct PollReader {
    sheet: Option<RawSheet>,
}

impl PollReader {
    /// Reads a poll's file and keeps its table (dropping any table kept before).
    pub fn open(&mut self, bytes: &[u8]) -> PollOpened {
        self.sheet = None;
        let book = match read_file(bytes) {
            ReadAnswer::Ok(book) => book,
            ReadAnswer::Problems(list) => return PollOpened::Problems(list),
        };
        match poll_table(book) {
            Some((sheet, header)) => {
                self.sheet = Some(sheet);
                PollOpened::Table(header)
            }
            None => PollOpened::NotATable,
        }
    }

    /// The kept table read by `ask` (JSON of a [`PollAsk`]).
    pub fn read(&self, ask: &str) -> PollAnswer {
        match (&self.sheet, serde_json::from_str::<PollAsk>(ask)) {
            (Some(sheet), Ok(ask)) => PollAnswer::Read(Box::new(read_draft(
                sheet,
                &ask.questionnaire,
                &ask.mapping,
            ))),
            _ => PollAnswer::NoTable,
        }
    }
}
