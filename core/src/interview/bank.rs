//! A question bank for 领导访谈, as data with provenance like a criteria pack
//! (`packs/interview-bank.json`): each question names the roles it is put to, the indicators
//! it bears on and the kinds of document that would prove the answer. The review team's
//! outline is not public, so a bank says where each question comes from and how sure it is.

use super::roles::Role;
use crate::assessment::evidence::EvidenceKind;
use crate::message::{pick, Localize};
use crate::pack::{Provenance, Source};
use crate::{Lang, Pack, Text};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A question bank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    /// Stable identifier, e.g. `interview-2019`.
    pub id: String,
    /// Content revision.
    pub version: u32,
    /// Its name.
    pub title: Text,
    /// What the bank is and is not (never an official outline).
    pub provenance: Text,
    /// The sources questions cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
}

/// One drill question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier within the bank (`Q-10`); a rehearsal's marks are kept under it.
    pub id: String,
    /// Whom it is put to.
    pub roles: Vec<Role>,
    /// The question.
    pub text: Text,
    /// The indicators the answer bears on.
    pub indicators: Vec<String>,
    /// The kinds of document that prove the answer.
    #[serde(default)]
    pub evidence: Vec<EvidenceKind>,
    /// Where it comes from.
    pub provenance: Provenance,
}

impl Bank {
    /// The questions put to `role`, in bank order.
    pub fn for_role(&self, role: Role) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .filter(move |q| q.roles.contains(&role))
    }

    /// The question with this ID.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Reads a bank's JSON text and checks it against `pack`: every problem, each named by
    /// the question it is in.
    pub fn load(text: &str, pack: &Pack) -> Result<Bank, Vec<BankError>> {
        let bank: Bank = serde_json::from_str(text).map_err(|e| {
            vec![BankError::NotABank {
                detail: e.to_string(),
            }]
        })?;
        let errors = bank.check(pack);
        if errors.is_empty() {
            Ok(bank)
        } else {
            Err(errors)
        }
    }

    /// What is wrong with the bank as a companion of `pack`.
    pub fn check(&self, pack: &Pack) -> Vec<BankError> {
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut seen = HashSet::new();
        let mut errors = Vec::new();
        for q in &self.questions {
            let at = || q.id.clone();
            if !seen.insert(q.id.as_str()) {
                errors.push(BankError::QuestionTwice { question: at() });
            }
            if q.roles.is_empty() {
                errors.push(BankError::NoRole { question: at() });
            }
            if q.text.zh.trim().is_empty() {
                errors.push(BankError::NoText { question: at() });
            }
            for id in q.indicators.iter().filter(|i| pack.indicator(i).is_none()) {
                errors.push(BankError::UnknownIndicator {
                    question: at(),
                    indicator: id.clone(),
                });
            }
            for id in q
                .provenance
                .sources
                .iter()
                .filter(|s| !sources.contains(s.as_str()))
            {
                errors.push(BankError::UnknownSource {
                    question: at(),
                    source: id.clone(),
                });
            }
        }
        errors
    }
}

/// The bank fscity ships, read against `pack`. `make test` checks it against the default pack;
/// a question naming an indicator another pack lacks is dropped from that pack's cards rather
/// than shown pointing nowhere.
pub fn default_bank(pack: &Pack) -> Bank {
    let mut bank: Bank = serde_json::from_str(include_str!("../../../packs/interview-bank.json"))
        .unwrap_or_else(|_| Bank {
            id: String::new(),
            version: 0,
            title: Text::default(),
            provenance: Text::default(),
            sources: Vec::new(),
            questions: Vec::new(),
        });
    for q in &mut bank.questions {
        q.indicators.retain(|i| pack.indicator(i).is_some());
    }
    bank.questions.retain(|q| !q.indicators.is_empty());
    bank
}

/// What is wrong with a question bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    /// The text is not a question bank at all.
    NotABank {
        /// The reader's words.
        detail: String,
    },
    /// Two questions share an ID.
    QuestionTwice {
        /// The ID.
        question: String,
    },
    /// A question is put to nobody.
    NoRole {
        /// The question.
        question: String,
    },
    /// A question has no Chinese text.
    NoText {
        /// The question.
        question: String,
    },
    /// A question names an indicator the pack does not have.
    UnknownIndicator {
        /// The question.
        question: String,
        /// The indicator named.
        indicator: String,
    },
    /// A question cites a source the bank does not list.
    UnknownSource {
        /// The question.
        question: String,
        /// The source named.
        source: String,
    },
}

impl Localize for BankError {
    fn message(&self, lang: Lang) -> String {
        match self {
            BankError::NotABank { detail } => pick(
                lang,
                format!("不是访谈题库文件：{detail}"),
                format!("Not an interview question bank: {detail}"),
            ),
            BankError::QuestionTwice { question } => pick(
                lang,
                format!("问题编号 {question} 重复"),
                format!("Question {question} appears twice"),
            ),
            BankError::NoRole { question } => pick(
                lang,
                format!("问题 {question} 未指明访谈对象"),
                format!("Question {question} names no role"),
            ),
            BankError::NoText { question } => pick(
                lang,
                format!("问题 {question} 没有中文题目"),
                format!("Question {question} has no Chinese text"),
            ),
            BankError::UnknownIndicator {
                question,
                indicator,
            } => pick(
                lang,
                format!("问题 {question} 关联的指标 {indicator} 不在评价细则中"),
                format!(
                    "Question {question} names indicator {indicator}, which the pack does not have"
                ),
            ),
            BankError::UnknownSource { question, source } => pick(
                lang,
                format!("问题 {question} 引用的出处 {source} 未在题库中列出"),
                format!("Question {question} cites source {source}, which the bank does not list"),
            ),
        }
    }
}
