//! A poll's figures: the satisfaction index (each respondent's mean over the questions that
//! feed it, then the mean over respondents, with its t interval), 知晓率 and 支持率 (the share
//! whose answer scores 100, with the Wilson interval), the count of each answer per question,
//! and the same figures per district. An answer that counts for nothing (说不清) is left out of
//! the figure it would feed and shown in the counts.
//!
//! A street poll rarely reaches each 区县 in proportion to its people; weighted by the
//! 常住人口 the city enters ([`district_weights`]), each district counts as its share of the
//! population (post-stratification), and the intervals widen by Kish's effective sample size.
//! Only the whole-city figures change: within a district every weight is the same.

use super::answer_book::{AnswerBook, BookColumn};
use super::mapping::Response;
use super::measure::Measure;
use super::questionnaire::Questionnaire;
use super::stats::{weighted_mean_interval, weighted_wilson, Estimate, Level};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a set of responses gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// How many responses.
    pub responses: usize,
    /// Per measure, its estimate (`None` when no answer feeds it).
    pub measures: Vec<(Measure, Option<Estimate>)>,
    /// Per question ID, the count of each answer ID: what a distribution chart draws.
    pub counts: BTreeMap<String, BTreeMap<String, usize>>,
}

/// A poll's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollResults {
    /// All responses.
    pub all: Figures,
    /// Per district, as written (responses without one under "").
    pub by_district: BTreeMap<String, Figures>,
}

/// The results of `responses` at `level`, each response counting once.
pub fn results(questionnaire: &Questionnaire, responses: &[Response], level: Level) -> PollResults {
    weighted_results(questionnaire, responses, level, &BTreeMap::new())
}

/// As [`results`], a response in district `d` weighing `weights[d]` (1 where absent) in the
/// whole-city figures.
pub fn weighted_results(
    questionnaire: &Questionnaire,
    responses: &[Response],
    level: Level,
    weights: &BTreeMap<String, f64>,
) -> PollResults {
    book_results(questionnaire, &AnswerBook::of(responses), level, weights)
}

/// The weight of a response in each district so that each counts as its share of
/// `populations` (its share of the population over its share of the responses); the
/// districts that have responses but no population (or none at all, ""), when there are.
/// Populations of districts without responses are left out of the total.
pub fn district_weights(
    book: &AnswerBook,
    populations: &BTreeMap<String, u64>,
) -> Result<BTreeMap<String, f64>, Vec<String>> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (district, _) in book.coded() {
        *counts.entry(district_of(book, district)).or_default() += 1;
    }
    let missing: Vec<String> = counts
        .keys()
        .filter(|d| populations.get(**d).is_none_or(|p| *p == 0))
        .map(|d| (*d).to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let people: f64 = counts.keys().map(|d| populations[*d] as f64).sum();
    let n: usize = counts.values().sum();
    Ok(counts
        .iter()
        .map(|(d, count)| {
            let share = populations[*d] as f64 / people;
            ((*d).to_owned(), share / (*count as f64 / n as f64))
        })
        .collect())
}

/// The results of a kept poll's answers, counted from the book's numbers: each column's
/// answers scored once, then each response only adds numbers.
pub fn book_results(
    questionnaire: &Questionnaire,
    book: &AnswerBook,
    level: Level,
    weights: &BTreeMap<String, f64>,
) -> PollResults {
    let columns: Vec<Column> = book
        .columns()
        .iter()
        .map(|c| Column::of(questionnaire, c))
        .collect();
    let mut all = Tally::new(&columns);
    let mut by: BTreeMap<Option<usize>, Tally> = BTreeMap::new();
    for (district, answers) in book.coded() {
        let weight = weights
            .get(district_of(book, district))
            .copied()
            .unwrap_or(1.0);
        all.add(&columns, &answers, weight);
        by.entry(district)
            .or_insert_with(|| Tally::new(&columns))
            .add(&columns, &answers, 1.0);
    }
    PollResults {
        all: all.figures(book, level),
        by_district: by
            .into_iter()
            .map(|(d, tally)| (district_of(book, d).to_owned(), tally.figures(book, level)))
            .collect(),
    }
}

/// A district's name by its place in the book ("" for none).
fn district_of(book: &AnswerBook, at: Option<usize>) -> &str {
    at.and_then(|d| book.districts().get(d))
        .map_or("", String::as_str)
}

/// A book's column as the figures read it: the measure its question feeds and each answer's
/// score (none for an answer that counts for nothing, or one the questionnaire no longer has).
struct Column {
    feeds: Option<Measure>,
    scores: Vec<Option<u32>>,
}

impl Column {
    fn of(questionnaire: &Questionnaire, column: &BookColumn) -> Column {
        let question = questionnaire
            .questions
            .iter()
            .find(|q| q.id == column.question);
        let scale = question.and_then(|q| questionnaire.scale(&q.scale));
        Column {
            feeds: question.and_then(|q| q.feeds),
            scores: column
                .answers
                .iter()
                .map(|a| scale.and_then(|s| s.by_id(a)).and_then(|o| o.score))
                .collect(),
        }
    }
}

/// What one group of responses adds up to.
struct Tally {
    responses: usize,
    /// Per response with a satisfaction answer: its weight and its mean score.
    index: Vec<(f64, f64)>,
    /// Per answer feeding a rate: its weight and whether it scores 100.
    awareness: Vec<(f64, bool)>,
    support: Vec<(f64, bool)>,
    /// Per column, per answer, how many.
    counts: Vec<Vec<usize>>,
}

impl Tally {
    fn new(columns: &[Column]) -> Tally {
        Tally {
            responses: 0,
            index: Vec::new(),
            awareness: Vec::new(),
            support: Vec::new(),
            counts: columns.iter().map(|c| vec![0; c.scores.len()]).collect(),
        }
    }

    fn add(&mut self, columns: &[Column], answers: &[Option<usize>], weight: f64) {
        self.responses += 1;
        let (mut sum, mut scored) = (0.0, 0_u32);
        for ((column, answer), counts) in columns.iter().zip(answers).zip(&mut self.counts) {
            let Some(answer) = *answer else {
                continue;
            };
            counts[answer] += 1;
            let Some(score) = column.scores[answer] else {
                continue;
            };
            match column.feeds {
                Some(Measure::Satisfaction) => {
                    sum += f64::from(score);
                    scored += 1;
                }
                Some(Measure::Awareness) => self.awareness.push((weight, score == 100)),
                Some(Measure::Support) => self.support.push((weight, score == 100)),
                None => {}
            }
        }
        if scored > 0 {
            self.index.push((weight, sum / f64::from(scored)));
        }
    }

    fn figures(self, book: &AnswerBook, level: Level) -> Figures {
        let counts = book
            .columns()
            .iter()
            .zip(&self.counts)
            .filter(|(_, n)| n.iter().any(|n| *n > 0))
            .map(|(column, n)| {
                let answers = column
                    .answers
                    .iter()
                    .zip(n)
                    .filter(|(_, n)| **n > 0)
                    .map(|(a, n)| (a.clone(), *n))
                    .collect();
                (column.question.clone(), answers)
            })
            .collect();
        Figures {
            responses: self.responses,
            measures: vec![
                (
                    Measure::Satisfaction,
                    weighted_mean_interval(&self.index, level),
                ),
                (Measure::Awareness, weighted_wilson(&self.awareness, level)),
                (Measure::Support, weighted_wilson(&self.support, level)),
            ],
            counts,
        }
    }
}

impl Figures {
    /// The estimate of `measure`.
    pub fn of(&self, measure: Measure) -> Option<&Estimate> {
        self.measures
            .iter()
            .find(|(m, _)| *m == measure)
            .and_then(|(_, e)| e.as_ref())
    }
}
