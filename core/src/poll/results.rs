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

use super::mapping::Response;
use super::measure::Measure;
use super::questionnaire::Questionnaire;
use super::stats::{weighted_mean_interval, weighted_wilson, Estimate, Level};
use std::collections::{BTreeMap, HashMap};

/// What a set of responses gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// How many responses.
    pub responses: usize,
    /// Per measure, its estimate (`None` when no answer feeds it).
    pub measures: Vec<(Measure, Option<Estimate>)>,
}

/// A poll's results.
#[derive(Clone, Debug, PartialEq)]
pub struct PollResults {
    /// All responses.
    pub all: Figures,
    /// Per district, as written (responses without one under "").
    pub by_district: BTreeMap<String, Figures>,
    /// Per question ID, the count of each answer ID.
    pub counts: BTreeMap<String, BTreeMap<String, usize>>,
}

/// The results of `responses` at `level`, each response counting once.
pub fn results(questionnaire: &Questionnaire, responses: &[Response], level: Level) -> PollResults {
    weighted_results(questionnaire, responses, level, &BTreeMap::new())
}

/// Per question ID, the count of each answer ID among `responses` (of `district` only, when
/// given): what a distribution chart draws when its filter changes.
pub fn answer_counts(
    responses: &[Response],
    district: Option<&str>,
) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut counts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for r in responses
        .iter()
        .filter(|r| district.is_none_or(|d| r.district == d))
    {
        for (q, a) in &r.answers {
            *counts.entry(q).or_default().entry(a).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(q, answers)| {
            let answers = answers
                .into_iter()
                .map(|(a, n)| (a.to_owned(), n))
                .collect();
            (q.to_owned(), answers)
        })
        .collect()
}

/// The weight of a response in each district so that each counts as its share of
/// `populations` (its share of the population over its share of the responses); the
/// districts that have responses but no population (or none at all, ""), when there are.
/// Populations of districts without responses are left out of the total.
pub fn district_weights(
    responses: &[Response],
    populations: &BTreeMap<String, u64>,
) -> Result<BTreeMap<String, f64>, Vec<String>> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in responses {
        *counts.entry(r.district.as_str()).or_default() += 1;
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
    let n = responses.len() as f64;
    Ok(counts
        .iter()
        .map(|(d, count)| {
            let share = populations[*d] as f64 / people;
            ((*d).to_owned(), share / (*count as f64 / n))
        })
        .collect())
}

/// As [`results`], a response in district `d` weighing `weights[d]` (1 where absent) in the
/// whole-city figures.
pub fn weighted_results(
    questionnaire: &Questionnaire,
    responses: &[Response],
    level: Level,
    weights: &BTreeMap<String, f64>,
) -> PollResults {
    let mut by: BTreeMap<&str, Vec<&Response>> = BTreeMap::new();
    for r in responses {
        by.entry(r.district.as_str()).or_default().push(r);
    }
    let counts = answer_counts(responses, None);
    let all: Vec<&Response> = responses.iter().collect();
    let weight = |r: &Response| weights.get(&r.district).copied().unwrap_or(1.0);
    let even = |_: &Response| 1.0;
    let scores = Scores::of(questionnaire);
    PollResults {
        all: figures(questionnaire, &scores, &all, level, &weight),
        by_district: by
            .iter()
            .map(|(d, rs)| {
                (
                    (*d).to_owned(),
                    figures(questionnaire, &scores, rs, level, &even),
                )
            })
            .collect(),
        counts,
    }
}

/// Per question, the score of each answer: looked up once, not per response.
struct Scores<'a>(HashMap<&'a str, HashMap<&'a str, Option<u32>>>);

impl<'a> Scores<'a> {
    fn of(questionnaire: &'a Questionnaire) -> Scores<'a> {
        Scores(
            questionnaire
                .questions
                .iter()
                .filter_map(|q| {
                    let scale = questionnaire.scale(&q.scale)?;
                    let answers = scale
                        .answers
                        .iter()
                        .map(|a| (a.id.as_str(), a.score))
                        .collect();
                    Some((q.id.as_str(), answers))
                })
                .collect(),
        )
    }

    /// The score of `r`'s answer to `q`, when it has one that counts.
    fn of_answer(&self, r: &Response, q: &str) -> Option<u32> {
        let answer = r.answers.get(q)?;
        *self.0.get(q)?.get(answer.as_str())?
    }
}

fn figures(
    questionnaire: &Questionnaire,
    scores: &Scores,
    responses: &[&Response],
    level: Level,
    weight: &dyn Fn(&Response) -> f64,
) -> Figures {
    let score = |r: &Response, q: &str| scores.of_answer(r, q);
    let feeding = |m: Measure| {
        questionnaire
            .questions
            .iter()
            .filter(move |q| q.feeds == Some(m))
            .map(|q| q.id.as_str())
    };
    let index: Vec<(f64, f64)> = responses
        .iter()
        .filter_map(|r| {
            let scores: Vec<f64> = feeding(Measure::Satisfaction)
                .filter_map(|q| score(r, q))
                .map(f64::from)
                .collect();
            (!scores.is_empty())
                .then(|| (weight(r), scores.iter().sum::<f64>() / scores.len() as f64))
        })
        .collect();
    let rate = |m: Measure| {
        let answered: Vec<(f64, bool)> = responses
            .iter()
            .flat_map(|r| feeding(m).filter_map(move |q| Some((weight(r), score(r, q)? == 100))))
            .collect();
        weighted_wilson(&answered, level)
    };
    Figures {
        responses: responses.len(),
        measures: vec![
            (Measure::Satisfaction, weighted_mean_interval(&index, level)),
            (Measure::Awareness, rate(Measure::Awareness)),
            (Measure::Support, rate(Measure::Support)),
        ],
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
