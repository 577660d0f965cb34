//! The city's interviewees and their rehearsals, as the record keeps them: who, in which role
//! and at which level, a readiness mark per question after a rehearsal, and notes. Steps that
//! are refused change nothing. (Their cards are `card`, which reads the assessment.)

use super::bank::Bank;
use super::roles::{Role, Tier};
use crate::message::{pick, Localize};
use crate::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every interviewee of an assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviews {
    /// In the order listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Interviewee>,
    /// The highest number ever given, so a removed person's number is not given again (a
    /// printed brief may carry it).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub last_number: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One person the review team may interview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviewee {
    /// 1, 2, 3 …, never reused.
    pub number: u32,
    /// Name.
    pub name: String,
    /// The post, as the bank sorts questions.
    pub role: Role,
    /// 市、县 or 乡.
    #[serde(default)]
    pub tier: Tier,
    /// Post or unit as written (市场监管局局长).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub post: String,
    /// Readiness after a rehearsal, by question ID.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub marks: BTreeMap<String, Readiness>,
    /// Notes for the brief.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// How well a person answered a question in rehearsal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    /// 熟悉: accurate and concrete, can point to the proof.
    Ready,
    /// 笼统: knows the topic, answer vague or incomplete.
    Vague,
    /// 不熟悉.
    NotReady,
}

impl Readiness {
    /// Every mark, best first.
    pub const ALL: [Readiness; 3] = [Readiness::Ready, Readiness::Vague, Readiness::NotReady];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            Readiness::Ready => "ready",
            Readiness::Vague => "vague",
            Readiness::NotReady => "not_ready",
        }
    }

    /// The mark with this token.
    pub fn from_id(id: &str) -> Option<Readiness> {
        Readiness::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        match self {
            Readiness::Ready => Text::new("熟悉", "Ready"),
            Readiness::Vague => Text::new("回答笼统", "Vague"),
            Readiness::NotReady => Text::new("不熟悉", "Not ready"),
        }
    }
}

impl Interviews {
    /// Adds a person and returns the number given. Refused without a name or a role, or when
    /// the same name is already listed in the same role.
    pub fn add(
        &mut self,
        name: &str,
        role: Option<Role>,
        tier: Tier,
        post: &str,
    ) -> Result<u32, DrillError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(DrillError::NoName);
        }
        let Some(role) = role else {
            return Err(DrillError::NoRole);
        };
        if self.people.iter().any(|p| p.name == name && p.role == role) {
            return Err(DrillError::ListedTwice {
                name: name.to_owned(),
            });
        }
        let highest = self.people.iter().map(|p| p.number).max().unwrap_or(0);
        let number = highest.max(self.last_number) + 1;
        self.last_number = number;
        self.people.push(Interviewee {
            number,
            name: name.to_owned(),
            role,
            tier,
            post: post.trim().to_owned(),
            marks: BTreeMap::new(),
            notes: String::new(),
        });
        Ok(number)
    }

    /// The person with this number.
    pub fn person(&self, number: u32) -> Option<&Interviewee> {
        self.people.iter().find(|p| p.number == number)
    }

    fn person_mut(&mut self, number: u32) -> Result<&mut Interviewee, DrillError> {
        self.people
            .iter_mut()
            .find(|p| p.number == number)
            .ok_or(DrillError::NoSuchPerson { number })
    }

    /// Takes a person off the list.
    pub fn remove(&mut self, number: u32) -> Result<Interviewee, DrillError> {
        let at = self
            .people
            .iter()
            .position(|p| p.number == number)
            .ok_or(DrillError::NoSuchPerson { number })?;
        Ok(self.people.remove(at))
    }

    /// Marks how `number` answered `question` in rehearsal; `None` clears the mark. Refused for
    /// a question the bank does not put to the person's role.
    pub fn mark(
        &mut self,
        bank: &Bank,
        number: u32,
        question: &str,
        readiness: Option<Readiness>,
    ) -> Result<(), DrillError> {
        let person = self.person_mut(number)?;
        let asked = bank
            .question(question)
            .is_some_and(|q| q.roles.contains(&person.role));
        if !asked {
            return Err(DrillError::NotOnCard {
                question: question.to_owned(),
            });
        }
        match readiness {
            Some(r) => person.marks.insert(question.to_owned(), r),
            None => person.marks.remove(question),
        };
        Ok(())
    }

    /// Keeps `notes` for the person's brief.
    pub fn set_notes(&mut self, number: u32, notes: &str) -> Result<(), DrillError> {
        self.person_mut(number)?.notes = notes.to_owned();
        Ok(())
    }
}

/// Why a drill step is refused; nothing has changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DrillError {
    /// A person needs a name.
    NoName,
    /// A person needs a role, which chooses the questions.
    NoRole,
    /// The same name in the same role is listed already.
    ListedTwice {
        /// The name.
        name: String,
    },
    /// There is no person of that number.
    NoSuchPerson {
        /// The number asked for.
        number: u32,
    },
    /// The question is not on that person's card.
    NotOnCard {
        /// The question asked for.
        question: String,
    },
}

impl Localize for DrillError {
    fn message(&self, lang: Lang) -> String {
        match self {
            DrillError::NoName => pick(
                lang,
                "请填写受访者姓名".into(),
                "Give the interviewee's name".into(),
            ),
            DrillError::NoRole => pick(
                lang,
                "请选择受访者职务类别（决定访谈问题）".into(),
                "Choose the interviewee's role (it decides the questions)".into(),
            ),
            DrillError::ListedTwice { name } => pick(
                lang,
                format!("{name} 已以同一职务列入名单"),
                format!("{name} is already listed in that role"),
            ),
            DrillError::NoSuchPerson { number } => pick(
                lang,
                format!("名单中没有编号为 {number} 的受访者"),
                format!("There is no interviewee number {number}"),
            ),
            DrillError::NotOnCard { question } => pick(
                lang,
                format!("问题 {question} 不在该受访者的访谈卡上"),
                format!("Question {question} is not on this interviewee's card"),
            ),
        }
    }
}
