//! A poll's import as the page shows it before anything is kept: the table read against the
//! mapping, summed up — the responses already in their kept form, the first problems by row and
//! column with the count of the rest, the answer texts no option matched, and the figures. The
//! reader worker makes it (20,000 rows would freeze the page for a third of a second) and posts
//! it as JSON; the page only shows it and, on "接受并保存", keeps its answers as they are.

use super::answer_book::AnswerBook;
use super::mapping::Mapping;
use super::questionnaire::Questionnaire;
use super::responses::{read_responses, Problem};
use super::results::{book_results, PollResults};
use super::stats::Level;
use crate::sheet_pack::{RawSheet, Workbook};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Problems listed at most; the rest are counted.
pub const LISTED: usize = 100;

/// An answer text no option of its question matched, with how many cells hold it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownText {
    /// The question's ID.
    pub question: String,
    /// The cell's text.
    pub text: String,
    /// How many cells hold it.
    pub cells: usize,
}

/// A table read against a mapping, summed up for the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftRead {
    /// The responses that read whole, as a kept poll holds them.
    pub answers: AnswerBook,
    /// The first [`LISTED`] problems.
    pub problems: Vec<Problem>,
    /// How many problems in all (a row with one is not counted).
    pub problem_count: usize,
    /// The texts no option matched, per question, in the order first met.
    pub unknown: Vec<UnknownText>,
    /// Blank rows skipped.
    pub blank_rows: usize,
    /// Columns not read because they look like personal data, as headed.
    pub dropped: Vec<String>,
    /// Questions no column answers.
    pub unanswered: Vec<String>,
    /// The figures of the responses that read whole, at 95 %.
    pub figures: PollResults,
}

/// Reads `sheet` by `mapping` and sums it up.
pub fn read_draft(sheet: &RawSheet, questionnaire: &Questionnaire, mapping: &Mapping) -> DraftRead {
    let mut read = read_responses(sheet, questionnaire, mapping);
    let answers = AnswerBook::of(&read.responses);
    let figures = book_results(questionnaire, &answers, Level::P95, &BTreeMap::new());
    let unknown = read
        .unknown_answers()
        .into_iter()
        .map(|(question, text, cells)| UnknownText {
            question,
            text,
            cells,
        })
        .collect();
    let problem_count = read.problems.len();
    read.problems.truncate(LISTED);
    DraftRead {
        answers,
        problems: read.problems,
        problem_count,
        unknown,
        blank_rows: read.blank_rows,
        dropped: read.dropped,
        unanswered: read.unanswered,
        figures,
    }
}

/// The table a poll is read from: the workbook's first sheet with a non-blank cell, and its
/// header (its first non-blank row, each cell trimmed); `None` when every sheet is blank.
pub fn poll_table(book: Workbook) -> Option<(RawSheet, Vec<String>)> {
    let sheet = book
        .sheets
        .into_iter()
        .find(|s| s.rows.iter().any(|r| r.iter().any(|c| !c.is_blank())))?;
    let header = sheet
        .rows
        .iter()
        .find(|r| r.iter().any(|c| !c.is_blank()))
        .map(|r| r.iter().map(|c| c.text().trim().to_owned()).collect())
        .unwrap_or_default();
    Some((sheet, header))
}
