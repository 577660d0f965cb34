//! A poll's answers as kept. A poll of 20,000 answers must fit in the browser's few megabytes
//! of storage beside everything else, and be counted in a blink when it is shown: each response
//! is one short line (the district's number, then one character per question — the answer's
//! place in its column), about 12 bytes where the plain JSON of a response takes 200, and the
//! figures are counted from these numbers without rebuilding each response (`results`).

use super::mapping::Response;
use super::questionnaire::MAX_ANSWERS;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A poll's answers, compact: see the module's doc.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BookText")]
pub struct AnswerBook {
    /// Districts as written; a row's number before `:` indexes this list (none: no district).
    districts: Vec<String>,
    /// Per column: the question and its answers' IDs, in the order a row's characters count.
    columns: Vec<BookColumn>,
    /// One row per response: `district:answers`, an answer a base-36 digit, `-` unanswered.
    rows: Vec<String>,
}

/// One column of an [`AnswerBook`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookColumn {
    /// The question's ID.
    pub question: String,
    /// Its answers' IDs, as numbered in the rows.
    pub answers: Vec<String>,
}

/// An [`AnswerBook`] as written, checked before it is one.
#[derive(Deserialize)]
struct BookText {
    #[serde(default)]
    districts: Vec<String>,
    #[serde(default)]
    columns: Vec<BookColumn>,
    #[serde(default)]
    rows: Vec<String>,
}

impl TryFrom<BookText> for AnswerBook {
    type Error = String;

    fn try_from(text: BookText) -> Result<Self, String> {
        if let Some(c) = text.columns.iter().find(|c| c.answers.len() > MAX_ANSWERS) {
            return Err(format!(
                "question {} has more than {MAX_ANSWERS} answers",
                c.question
            ));
        }
        let book = AnswerBook {
            districts: text.districts,
            columns: text.columns,
            rows: text.rows,
        };
        for (n, row) in book.rows.iter().enumerate() {
            book.code(row)
                .ok_or_else(|| format!("answer row {} cannot be read: {row:?}", n + 1))?;
        }
        Ok(book)
    }
}

impl AnswerBook {
    /// `responses`, kept.
    pub fn of(responses: &[Response]) -> AnswerBook {
        let mut book = AnswerBook::default();
        let mut district_at: BTreeMap<&str, usize> = BTreeMap::new();
        let mut column_at: BTreeMap<&str, usize> = BTreeMap::new();
        for r in responses {
            if !r.district.is_empty() && !district_at.contains_key(r.district.as_str()) {
                district_at.insert(&r.district, book.districts.len());
                book.districts.push(r.district.clone());
            }
            for (q, a) in &r.answers {
                let at = *column_at.entry(q).or_insert_with(|| {
                    book.columns.push(BookColumn {
                        question: q.clone(),
                        answers: Vec::new(),
                    });
                    book.columns.len() - 1
                });
                let answers = &mut book.columns[at].answers;
                if !answers.contains(a) {
                    answers.push(a.clone());
                }
            }
        }
        book.rows = responses
            .iter()
            .map(|r| {
                let mut row = district_at
                    .get(r.district.as_str())
                    .map(usize::to_string)
                    .unwrap_or_default();
                row.push(':');
                for column in &book.columns {
                    let digit = r
                        .answers
                        .get(&column.question)
                        .and_then(|a| column.answers.iter().position(|x| x == a))
                        .and_then(|i| char::from_digit(u32::try_from(i).ok()?, 36));
                    row.push(digit.unwrap_or('-'));
                }
                row
            })
            .collect();
        book
    }

    /// How many responses.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The responses, as read.
    pub fn responses(&self) -> Vec<Response> {
        self.rows.iter().filter_map(|r| self.decode(r)).collect()
    }

    /// The districts, as written.
    pub fn districts(&self) -> &[String] {
        &self.districts
    }

    /// The columns: each question and its answers' IDs, as numbered in the rows.
    pub fn columns(&self) -> &[BookColumn] {
        &self.columns
    }

    /// Each response as numbers: its district's place in [`AnswerBook::districts`] (none when
    /// it has none) and, per column, its answer's place in the column (none when unanswered).
    /// A row that cannot be read is left out (a book read from a file was checked whole).
    pub fn coded(&self) -> impl Iterator<Item = (Option<usize>, Vec<Option<usize>>)> + '_ {
        self.rows.iter().filter_map(|row| self.code(row))
    }

    fn code(&self, row: &str) -> Option<(Option<usize>, Vec<Option<usize>>)> {
        let (district, answers) = row.split_once(':')?;
        let district = if district.is_empty() {
            None
        } else {
            let at = district.parse::<usize>().ok()?;
            self.districts.get(at)?;
            Some(at)
        };
        let mut coded = Vec::with_capacity(self.columns.len());
        for c in answers.chars() {
            coded.push(match c {
                '-' => None,
                _ => Some(usize::try_from(c.to_digit(36)?).ok()?),
            });
        }
        let fits = coded.len() == self.columns.len()
            && coded
                .iter()
                .zip(&self.columns)
                .all(|(a, column)| a.is_none_or(|i| i < column.answers.len()));
        fits.then_some((district, coded))
    }

    fn decode(&self, row: &str) -> Option<Response> {
        let (district, answers) = self.code(row)?;
        Some(Response {
            district: district
                .map(|d| self.districts[d].clone())
                .unwrap_or_default(),
            answers: answers
                .iter()
                .zip(&self.columns)
                .filter_map(|(a, column)| {
                    Some((column.question.clone(), column.answers[(*a)?].clone()))
                })
                .collect(),
        })
    }
}
