//! The polls a city keeps with its assessment (March, June …), each apart so they can be
//! compared. Each poll's answers are kept as an [`AnswerBook`] (a few bytes per response).
//! Only districts and answers are kept: never a respondent's name, telephone or ID (see
//! `responses`).
//!
//! Poll numbers are never reused, so an indicator's "来自 …" link (`Entry::poll`) never points
//! at a later poll by mistake.

pub use super::answer_book::{AnswerBook, BookColumn};
use super::mapping::Mapping;
use super::questionnaire::Questionnaire;
use super::results::{book_results, district_weights, PollResults};
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

/// A kept poll's figures, as [`Polls::figures`] gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct PollFigures {
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
    /// The responses accepted, as kept.
    pub answers: &'a AnswerBook,
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
            answers: poll.answers.clone(),
        });
        id
    }

    /// The questionnaire answers are read and scored by: the city's, or the shipped one.
    pub fn questionnaire(&self) -> Questionnaire {
        self.questionnaire
            .clone()
            .unwrap_or_else(Questionnaire::shipped)
    }

    /// Poll `id`'s figures by `questionnaire`: weighted by the populations when
    /// `weighted` is asked and every district with answers has one; otherwise unweighted, with
    /// the districts that lack one (none when weighting was not asked).
    pub fn figures(
        &self,
        id: u32,
        questionnaire: &Questionnaire,
        level: Level,
        weighted: bool,
    ) -> Option<PollFigures> {
        let book = &self.find(id)?.answers;
        let (weights, unweighted) =
            match weighted.then(|| district_weights(book, &self.populations)) {
                Some(Ok(weights)) => (weights, Vec::new()),
                Some(Err(missing)) => (BTreeMap::new(), missing),
                None => (BTreeMap::new(), Vec::new()),
            };
        let figures = book_results(questionnaire, book, level, &weights);
        Some(PollFigures {
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
