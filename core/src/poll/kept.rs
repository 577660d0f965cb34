//! The polls a city keeps with its assessment (March, June …), each apart so they can be
//! compared. A poll of 20,000 answers must fit in the browser's few megabytes of storage beside
//! everything else, so its answers are kept as an [`AnswerBook`]: each response one short line
//! (the district's number, then one character per question), about 12 bytes where the plain
//! JSON of a response takes 200. Only districts and answers are kept: never a respondent's
//! name, telephone or ID (see `responses`).
//!
//! Poll numbers are never reused, so an indicator's "来自 …" link (`Entry::poll`) never points
//! at a later poll by mistake.

use super::mapping::{Mapping, Response};
use super::questionnaire::{Questionnaire, MAX_ANSWERS};
use super::results::{district_weights, weighted_results, PollResults};
use super::stats::Level;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A record's polls and what weighting them needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Polls {
    /// The polls, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polls: Vec<KeptPoll>,
    /// 常住人口 per 区县, as the city entered it, for weighting by district.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub populations: BTreeMap<String, u64>,
    /// The number the next poll gets.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub next_id: u32,
    /// The city's own questionnaire (questions or scores changed), when it loaded one; the
    /// shipped one otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<Questionnaire>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One poll.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptPoll {
    /// Its number, never reused in this record.
    pub id: u32,
    /// Its name, e.g. 2026年6月自测.
    pub name: String,
    /// When it was accepted (RFC 3339).
    #[serde(default)]
    pub imported: String,
    /// The file it was read from.
    #[serde(default)]
    pub file: String,
    /// The columns it was read by: offered again for the next file.
    #[serde(default)]
    pub mapping: Mapping,
    /// Its answers.
    pub answers: AnswerBook,
}

/// A kept poll's responses and figures, as [`Polls::figures`] gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct PollFigures {
    /// Its responses.
    pub responses: Vec<Response>,
    /// Its figures.
    pub figures: PollResults,
    /// Districts with answers and no population, when weighting was asked and so not done.
    pub unweighted: Vec<String>,
}

/// What a new poll is made of.
pub struct NewPoll<'a> {
    /// Its name.
    pub name: &'a str,
    /// Now.
    pub imported: &'a str,
    /// The file's name.
    pub file: &'a str,
    /// The columns used.
    pub mapping: &'a Mapping,
    /// The responses accepted.
    pub responses: &'a [Response],
}

impl Polls {
    /// Keeps `poll`; its number.
    pub fn add(&mut self, poll: NewPoll) -> u32 {
        let id = self
            .next_id
            .max(self.polls.iter().map(|p| p.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.polls.push(KeptPoll {
            id,
            name: poll.name.trim().to_owned(),
            imported: poll.imported.to_owned(),
            file: poll.file.to_owned(),
            mapping: poll.mapping.clone(),
            answers: AnswerBook::of(poll.responses),
        });
        id
    }

    /// The questionnaire answers are read and scored by: the city's, or the shipped one.
    pub fn questionnaire(&self) -> Questionnaire {
        self.questionnaire
            .clone()
            .unwrap_or_else(Questionnaire::shipped)
    }

    /// Poll `id`'s responses and figures by `questionnaire`: weighted by the populations when
    /// `weighted` is asked and every district with answers has one; otherwise unweighted, with
    /// the districts that lack one (none when weighting was not asked).
    pub fn figures(
        &self,
        id: u32,
        questionnaire: &Questionnaire,
        level: Level,
        weighted: bool,
    ) -> Option<PollFigures> {
        let responses = self.find(id)?.answers.responses();
        let (weights, unweighted) =
            match weighted.then(|| district_weights(&responses, &self.populations)) {
                Some(Ok(weights)) => (weights, Vec::new()),
                Some(Err(missing)) => (BTreeMap::new(), missing),
                None => (BTreeMap::new(), Vec::new()),
            };
        let figures = weighted_results(questionnaire, &responses, level, &weights);
        Some(PollFigures {
            responses,
            figures,
            unweighted,
        })
    }

    /// Poll `id`.
    pub fn find(&self, id: u32) -> Option<&KeptPoll> {
        self.polls.iter().find(|p| p.id == id)
    }

    /// Forgets poll `id`; whether it was there.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.polls.len();
        self.polls.retain(|p| p.id != id);
        self.polls.len() != before
    }

    /// The mapping to offer for a file with `header`: the newest poll's whose every column
    /// the header still has (a 问卷星 survey exported again keeps its columns).
    pub fn mapping_for(&self, header: &[String]) -> Option<&Mapping> {
        let has = |h: &String| header.iter().any(|x| x.trim() == h.trim());
        self.polls.iter().rev().map(|p| &p.mapping).find(|m| {
            !m.questions.is_empty()
                && m.questions.values().all(has)
                && m.district.iter().all(has)
                && m.respondent.iter().all(has)
        })
    }
}

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
            book.decode(row)
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

    fn decode(&self, row: &str) -> Option<Response> {
        let (district, answers) = row.split_once(':')?;
        let district = if district.is_empty() {
            String::new()
        } else {
            self.districts.get(district.parse::<usize>().ok()?)?.clone()
        };
        if answers.chars().count() != self.columns.len() {
            return None;
        }
        let mut response = Response {
            district,
            answers: BTreeMap::new(),
        };
        for (c, column) in answers.chars().zip(&self.columns) {
            if c == '-' {
                continue;
            }
            let i = usize::try_from(c.to_digit(36)?).ok()?;
            let answer = column.answers.get(i)?;
            response
                .answers
                .insert(column.question.clone(), answer.clone());
        }
        Some(response)
    }
}
