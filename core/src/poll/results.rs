//! A poll's figures: the satisfaction index (each respondent's mean over the questions that
//! feed it, then the mean over respondents, with its t interval), 知晓率 and 支持率 (the share
//! whose answer scores 100, with the Wilson interval), the count of each answer per question,
//! and the same figures per district. An answer that counts for nothing (说不清) is left out of
//! the figure it would feed and shown in the counts.

use super::measure::Measure;
use super::questionnaire::Questionnaire;
use super::responses::Response;
use super::stats::{mean_interval, wilson, Estimate, Level};
use std::collections::BTreeMap;

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

/// The results of `responses` at `level`.
pub fn results(questionnaire: &Questionnaire, responses: &[Response], level: Level) -> PollResults {
    let mut by: BTreeMap<String, Vec<&Response>> = BTreeMap::new();
    for r in responses {
        by.entry(r.district.clone()).or_default().push(r);
    }
    let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for r in responses {
        for (q, a) in &r.answers {
            *counts
                .entry(q.clone())
                .or_default()
                .entry(a.clone())
                .or_default() += 1;
        }
    }
    let all: Vec<&Response> = responses.iter().collect();
    PollResults {
        all: figures(questionnaire, &all, level),
        by_district: by
            .iter()
            .map(|(d, rs)| (d.clone(), figures(questionnaire, rs, level)))
            .collect(),
        counts,
    }
}

fn figures(questionnaire: &Questionnaire, responses: &[&Response], level: Level) -> Figures {
    // The score of a response's answer to a question, when it has one that counts.
    let score = |r: &Response, q: &str| -> Option<u32> {
        let question = questionnaire.questions.iter().find(|x| x.id == q)?;
        let answer = r.answers.get(q)?;
        let scale = questionnaire.scale(&question.scale)?;
        scale.answers.iter().find(|a| &a.id == answer)?.score
    };
    let feeding = |m: Measure| {
        questionnaire
            .questions
            .iter()
            .filter(move |q| q.feeds == Some(m))
            .map(|q| q.id.as_str())
    };
    let index: Vec<f64> = responses
        .iter()
        .filter_map(|r| {
            let scores: Vec<f64> = feeding(Measure::Satisfaction)
                .filter_map(|q| score(r, q))
                .map(f64::from)
                .collect();
            (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
        })
        .collect();
    let rate = |m: Measure| {
        let answered: Vec<u32> = responses
            .iter()
            .flat_map(|r| feeding(m).filter_map(|q| score(r, q)))
            .collect();
        let yes = answered.iter().filter(|s| **s == 100).count() as u64;
        wilson(yes, answered.len() as u64, level)
    };
    Figures {
        responses: responses.len(),
        measures: vec![
            (Measure::Satisfaction, mean_interval(&index, level)),
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
