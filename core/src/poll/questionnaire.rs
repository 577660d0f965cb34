//! The questionnaire as data (`packs/poll-questions.json`): the national questions as reported,
//! the answer scales with the score of each answer (很满意 100 … 不满意 0, the common
//! convention; 说不清 counts for nothing), which figure each question feeds, and provenance per
//! question — the official wording and formula are not public, and the questionnaire says so.
//! A city may edit it; loading checks it and names each problem by question or scale.

use super::measure::Measure;
use crate::message::{pick, Localize};
use crate::pack::{Provenance, Source};
use crate::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Answers a scale may have: a kept poll numbers them with one base-36 digit each.
pub const MAX_ANSWERS: usize = 36;

/// A questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier.
    pub id: String,
    /// Content revision.
    pub version: u32,
    /// Its name.
    pub title: Text,
    /// What it is and is not.
    pub provenance: Text,
    /// The sources questions cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The answer scales.
    pub scales: Vec<Scale>,
    /// The questions, in asking order.
    pub questions: Vec<Question>,
}

/// A set of answers with their scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable identifier.
    pub id: String,
    /// The answers, in the order asked.
    pub answers: Vec<AnswerOption>,
}

/// One answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable within the scale.
    pub id: String,
    /// As asked.
    pub text: Text,
    /// 0–100; none for an answer that counts for nothing (说不清).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// Other ways a file writes it (非常满意 for 很满意).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier (`Q1`).
    pub id: String,
    /// As asked.
    pub text: Text,
    /// Its answer scale.
    pub scale: String,
    /// The figure it feeds, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeds: Option<Measure>,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// What is wrong with a questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionnaireError {
    /// The text is not a questionnaire at all.
    NotAQuestionnaire {
        /// The reader's words.
        detail: String,
    },
    /// Two questions share an ID.
    QuestionTwice {
        /// The ID.
        question: String,
    },
    /// A question has no Chinese text.
    NoText {
        /// The question.
        question: String,
    },
    /// A question names a scale the questionnaire lacks.
    UnknownScale {
        /// The question.
        question: String,
        /// The scale named.
        scale: String,
    },
    /// A question cites a source the questionnaire does not list.
    UnknownSource {
        /// The question.
        question: String,
        /// The source named.
        source: String,
    },
    /// A scale has no answers.
    NoAnswers {
        /// The scale.
        scale: String,
    },
    /// An answer scores above 100.
    ScoreOutOfRange {
        /// The scale.
        scale: String,
        /// The answer.
        answer: String,
        /// Its score.
        score: u32,
    },
    /// A scale has more answers than a kept poll can number.
    TooManyAnswers {
        /// The scale.
        scale: String,
        /// How many it has.
        count: usize,
    },
    /// Two answers of a scale are written alike (by text, alias or ID): a file could not be
    /// read unambiguously.
    AnswerTwice {
        /// The scale.
        scale: String,
        /// The text both use.
        text: String,
    },
}

impl Localize for QuestionnaireError {
    fn message(&self, lang: Lang) -> String {
        use QuestionnaireError::*;
        let (zh, en) = match self {
            NotAQuestionnaire { detail } => (
                format!("这不是问卷文件：{detail}"),
                format!("This is not a questionnaire: {detail}"),
            ),
            QuestionTwice { question } => (
                format!("题目 {question} 出现了两次"),
                format!("Question {question} appears twice"),
            ),
            NoText { question } => (
                format!("题目 {question} 没有中文题干"),
                format!("Question {question} has no Chinese text"),
            ),
            UnknownScale { question, scale } => (
                format!("题目 {question}：答案选项组“{scale}”不存在"),
                format!("Question {question}: there is no answer scale \"{scale}\""),
            ),
            UnknownSource { question, source } => (
                format!("题目 {question}：出处“{source}”不在出处列表中"),
                format!("Question {question}: the source \"{source}\" is not listed"),
            ),
            NoAnswers { scale } => (
                format!("答案选项组“{scale}”没有选项"),
                format!("The answer scale \"{scale}\" has no answers"),
            ),
            ScoreOutOfRange {
                scale,
                answer,
                score,
            } => (
                format!("答案选项组“{scale}”的“{answer}”分值为 {score}，应在 0 至 100 之间"),
                format!(
                    "In the scale \"{scale}\", \"{answer}\" scores {score}; scores are 0 to 100"
                ),
            ),
            TooManyAnswers { scale, count } => (
                format!("答案选项组“{scale}”有 {count} 个选项，最多 {}", MAX_ANSWERS),
                format!(
                    "The answer scale \"{scale}\" has {count} answers; at most {}",
                    MAX_ANSWERS
                ),
            ),
            AnswerTwice { scale, text } => (
                format!("答案选项组“{scale}”中有两个选项都写作“{text}”，无法区分"),
                format!("In the scale \"{scale}\", two answers are both written \"{text}\""),
            ),
        };
        pick(lang, zh, en)
    }
}

impl Questionnaire {
    /// The questionnaire fscity ships.
    pub fn shipped() -> Questionnaire {
        Questionnaire::load(include_str!("../../../packs/poll-questions.json"))
            .expect("the shipped questionnaire loads (checked by core/tests/poll.rs)")
    }

    /// Reads and checks a questionnaire.
    pub fn load(text: &str) -> Result<Questionnaire, Vec<QuestionnaireError>> {
        let q: Questionnaire = serde_json::from_str(text).map_err(|e| {
            vec![QuestionnaireError::NotAQuestionnaire {
                detail: e.to_string(),
            }]
        })?;
        let errors = q.check();
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(errors)
        }
    }

    /// Every problem, scales first, then questions in file order.
    pub fn check(&self) -> Vec<QuestionnaireError> {
        use QuestionnaireError::*;
        let mut errors = Vec::new();
        for scale in &self.scales {
            let at = || scale.id.clone();
            if scale.answers.is_empty() {
                errors.push(NoAnswers { scale: at() });
            }
            if scale.answers.len() > MAX_ANSWERS {
                let count = scale.answers.len();
                errors.push(TooManyAnswers { scale: at(), count });
            }
            let mut written = HashSet::new();
            for answer in &scale.answers {
                if let Some(score) = answer.score.filter(|s| *s > 100) {
                    let answer = answer.text.zh.clone();
                    errors.push(ScoreOutOfRange {
                        scale: at(),
                        answer,
                        score,
                    });
                }
                for text in answer.spellings() {
                    if !written.insert(text.clone()) {
                        errors.push(AnswerTwice { scale: at(), text });
                    }
                }
            }
        }
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut seen = HashSet::new();
        for q in &self.questions {
            let at = || q.id.clone();
            if !seen.insert(q.id.as_str()) {
                errors.push(QuestionTwice { question: at() });
            }
            if q.text.zh.trim().is_empty() {
                errors.push(NoText { question: at() });
            }
            if self.scale(&q.scale).is_none() {
                let scale = q.scale.clone();
                errors.push(UnknownScale {
                    question: at(),
                    scale,
                });
            }
            for source in &q.provenance.sources {
                if !sources.contains(source.as_str()) {
                    let source = source.clone();
                    errors.push(UnknownSource {
                        question: at(),
                        source,
                    });
                }
            }
        }
        errors
    }

    /// The scale with this ID.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The header of a response sheet a survey tool (问卷星) can be built from: 受访者编号,
    /// 区县, then each question as "Q1 题干".
    pub fn response_header(&self, lang: Lang) -> Vec<String> {
        let fixed = match lang {
            Lang::Zh => ["受访者编号", "区县"],
            Lang::En => ["Respondent", "District"],
        };
        fixed
            .iter()
            .map(|s| (*s).to_owned())
            .chain(
                self.questions
                    .iter()
                    .map(|q| format!("{} {}", q.id, q.text.get(lang))),
            )
            .collect()
    }
}

impl Scale {
    /// The answer a file's cell means: its text or English, an alias, its ID, or its number
    /// in the order asked (问卷星 can export answers by number); `None` when none matches.
    pub fn answer_for(&self, cell: &str) -> Option<&AnswerOption> {
        self.index().answer_for(cell)
    }

    /// The answer with ID `id`.
    pub fn by_id(&self, id: &str) -> Option<&AnswerOption> {
        self.answers.iter().find(|a| a.id == id)
    }

    /// Its answers by every spelling, for reading many cells.
    pub fn index(&self) -> AnswerIndex<'_> {
        let mut by_text = HashMap::new();
        for answer in &self.answers {
            for text in answer.spellings() {
                by_text.entry(text).or_insert(answer);
            }
        }
        AnswerIndex {
            scale: self,
            by_text,
        }
    }
}

/// A scale's answers by every spelling: what reads 20,000 rows of cells.
pub struct AnswerIndex<'a> {
    scale: &'a Scale,
    by_text: HashMap<String, &'a AnswerOption>,
}

impl<'a> AnswerIndex<'a> {
    /// As [`Scale::by_id`].
    pub fn by_id(&self, id: &str) -> Option<&'a AnswerOption> {
        self.scale.by_id(id)
    }

    /// As [`Scale::answer_for`].
    pub fn answer_for(&self, cell: &str) -> Option<&'a AnswerOption> {
        let key = loose(cell);
        if key.is_empty() {
            return None;
        }
        self.by_text.get(&key).copied().or_else(|| {
            key.parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| self.scale.answers.get(i))
        })
    }
}

impl AnswerOption {
    /// Every way it may be written, as compared, each once.
    fn spellings(&self) -> Vec<String> {
        let mut all: Vec<String> = [&self.text.zh, &self.text.en, &self.id]
            .into_iter()
            .chain(&self.aliases)
            .map(|s| loose(s))
            .filter(|s| !s.is_empty())
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// Compared without case, spaces or a leading option letter (“A.很满意”, “A、很满意”).
fn loose(text: &str) -> String {
    let trimmed = text.trim();
    let mut chars = trimmed.chars();
    let body = match (chars.next(), chars.next()) {
        (Some(letter), Some('.' | '、' | '．'))
            if letter.is_ascii_alphabetic() && trimmed.chars().count() > 2 =>
        {
            chars.as_str()
        }
        _ => trimmed,
    };
    body.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}
