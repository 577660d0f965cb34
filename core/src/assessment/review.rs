//! 资料审查 in rounds. A reviewer (the city's own rehearsal group, or the province) goes through
//! the evidence package, marks items 符合 / 部分符合 / 不符合 and raises problems on indicators;
//! the city corrects them (已整改待复核); the next round closes or reopens each. Panzhihua fixed
//! 83 problems raised in the province's first document round: [`Review::counts`] gives such
//! figures. A problem is also a corrective action in the 整改清单 (`crate::actions`).

use crate::message::{pick, Localize};
use crate::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every round and every problem of an assessment's document review.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The rounds, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// Every problem raised, in the order raised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

/// One review round, e.g. 省级第一轮资料审核.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// 1, 2, 3 …
    pub number: u32,
    /// What it is called.
    pub name: String,
    /// When, as typed (`2026-05`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Who reviewed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// The reviewer's mark per evidence item, by the item's number (`B-01-03`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub marks: BTreeMap<String, ItemMark>,
}

/// A reviewer's judgement of one evidence item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemMark {
    /// 符合, 部分符合 or 不符合.
    pub verdict: ItemVerdict,
    /// Why, in the reviewer's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub remark: String,
}

/// How an item fares in review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemVerdict {
    /// 符合.
    Meets,
    /// 部分符合.
    Partly,
    /// 不符合.
    Fails,
}

impl ItemVerdict {
    /// Every verdict, best first.
    pub const ALL: [ItemVerdict; 3] = [ItemVerdict::Meets, ItemVerdict::Partly, ItemVerdict::Fails];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            ItemVerdict::Meets => "meets",
            ItemVerdict::Partly => "partly",
            ItemVerdict::Fails => "fails",
        }
    }

    /// The verdict with this token.
    pub fn from_id(id: &str) -> Option<ItemVerdict> {
        ItemVerdict::ALL.into_iter().find(|v| v.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        match self {
            ItemVerdict::Meets => Text::new("符合", "Meets"),
            ItemVerdict::Partly => Text::new("部分符合", "Partly meets"),
            ItemVerdict::Fails => Text::new("不符合", "Does not meet"),
        }
    }
}

/// A problem a reviewer raised on an indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// 问题编号: 1, 2, 3 … across all rounds, never reused.
    pub number: u32,
    /// The indicator it is about.
    pub indicator: String,
    /// What is wrong.
    pub text: String,
    /// The round that raised it.
    pub raised_in: u32,
    /// 责任单位 that corrects it; when empty, the indicator's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// 整改时限, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Where it stands.
    #[serde(default)]
    pub state: ProblemState,
    /// 整改说明: what the city did.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fix_note: String,
    /// The round that closed it, once closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_in: Option<u32>,
}

/// Where a problem stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemState {
    /// 待整改.
    #[default]
    Open,
    /// 已整改待复核: the city says it is fixed; a later round decides.
    Fixed,
    /// 已销号: a later round found it fixed.
    Closed,
}

impl ProblemState {
    /// Display name.
    pub fn label(self) -> Text {
        match self {
            ProblemState::Open => Text::new("待整改", "To correct"),
            ProblemState::Fixed => Text::new("已整改待复核", "Corrected, to recheck"),
            ProblemState::Closed => Text::new("已销号", "Closed"),
        }
    }
}

/// Why a review step is refused; nothing has changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// There is no round of that number.
    NoSuchRound {
        /// The number asked for.
        round: u32,
    },
    /// There is no problem of that number.
    NoSuchProblem {
        /// The number asked for.
        number: u32,
    },
    /// A problem needs words.
    EmptyText,
    /// Only a problem the city has corrected can be closed.
    NotCorrectedYet {
        /// The problem.
        number: u32,
    },
    /// A problem is closed by a later round than the one that raised it.
    SameRound {
        /// The problem.
        number: u32,
    },
    /// Only an open problem can be marked corrected.
    NotOpen {
        /// The problem.
        number: u32,
    },
}

impl Localize for ReviewError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ReviewError::NoSuchRound { round } => pick(
                lang,
                format!("没有第 {round} 轮审查"),
                format!("There is no review round {round}"),
            ),
            ReviewError::NoSuchProblem { number } => pick(
                lang,
                format!("没有编号为 {number} 的问题"),
                format!("There is no problem number {number}"),
            ),
            ReviewError::EmptyText => pick(
                lang,
                "请写明问题是什么".into(),
                "Say what the problem is".into(),
            ),
            ReviewError::NotCorrectedYet { number } => pick(
                lang,
                format!("问题 {number} 尚未整改，不能销号"),
                format!("Problem {number} has not been corrected, so it cannot be closed"),
            ),
            ReviewError::SameRound { number } => pick(
                lang,
                format!("问题 {number} 需在后续一轮审查中复核销号"),
                format!("Problem {number} is closed by a later round than the one that raised it"),
            ),
            ReviewError::NotOpen { number } => pick(
                lang,
                format!("问题 {number} 不是待整改状态"),
                format!("Problem {number} is not open"),
            ),
        }
    }
}

/// What a round found and what became of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoundCounts {
    /// Problems the round raised.
    pub raised: usize,
    /// Of those, the ones the city has corrected (closed ones included).
    pub corrected: usize,
    /// Of those, the ones a later round closed.
    pub closed: usize,
}

impl RoundCounts {
    /// "第一轮发现问题 83 项，已整改 83 项，已销号 80 项".
    pub fn sentence(&self, round: u32, lang: Lang) -> String {
        let RoundCounts {
            raised,
            corrected,
            closed,
        } = *self;
        pick(
            lang,
            format!("第 {round} 轮发现问题 {raised} 项，已整改 {corrected} 项，已销号 {closed} 项"),
            format!(
                "Round {round} raised {raised} problems: {corrected} corrected, {closed} closed"
            ),
        )
    }
}

/// How the items a round marked fared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkCounts {
    /// 符合.
    pub meets: usize,
    /// 部分符合.
    pub partly: usize,
    /// 不符合.
    pub fails: usize,
}

impl Round {
    /// How many items this round marked, per verdict.
    pub fn mark_counts(&self) -> MarkCounts {
        self.marks.values().fold(MarkCounts::default(), |mut c, m| {
            match m.verdict {
                ItemVerdict::Meets => c.meets += 1,
                ItemVerdict::Partly => c.partly += 1,
                ItemVerdict::Fails => c.fails += 1,
            }
            c
        })
    }
}

impl MarkCounts {
    /// "本轮已审查材料 12 份：符合 9 份，部分符合 2 份，不符合 1 份".
    pub fn sentence(&self, lang: Lang) -> String {
        let MarkCounts {
            meets,
            partly,
            fails,
        } = *self;
        let all = meets + partly + fails;
        pick(
            lang,
            format!("本轮已审查材料 {all} 份：符合 {meets} 份，部分符合 {partly} 份，不符合 {fails} 份"),
            format!("This round has marked {all} items: {meets} meet, {partly} partly meet, {fails} do not meet"),
        )
    }
}

impl Review {
    /// The round of this number.
    pub fn round(&self, round: u32) -> Option<&Round> {
        self.rounds.iter().find(|r| r.number == round)
    }

    /// Whether nothing was ever reviewed (the field is then left out of the file).
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty() && self.problems.is_empty()
    }

    /// Starts the next round and returns its number.
    pub fn start_round(&mut self, name: &str, date: &str, reviewer: &str) -> u32 {
        let number = self.rounds.iter().map(|r| r.number).max().unwrap_or(0) + 1;
        self.rounds.push(Round {
            number,
            name: name.trim().to_owned(),
            date: date.trim().to_owned(),
            reviewer: reviewer.trim().to_owned(),
            marks: BTreeMap::new(),
        });
        number
    }

    fn round_mut(&mut self, round: u32) -> Result<&mut Round, ReviewError> {
        self.rounds
            .iter_mut()
            .find(|r| r.number == round)
            .ok_or(ReviewError::NoSuchRound { round })
    }

    fn problem_mut(&mut self, number: u32) -> Result<&mut Problem, ReviewError> {
        self.problems
            .iter_mut()
            .find(|p| p.number == number)
            .ok_or(ReviewError::NoSuchProblem { number })
    }

    /// Marks evidence item `item` (its number, `B-01-03`) in `round`; `None` takes the mark away.
    pub fn mark(
        &mut self,
        round: u32,
        item: &str,
        mark: Option<ItemMark>,
    ) -> Result<(), ReviewError> {
        let round = self.round_mut(round)?;
        match mark {
            Some(mark) => round.marks.insert(item.to_owned(), mark),
            None => round.marks.remove(item),
        };
        Ok(())
    }

    /// Raises a problem on `indicator` in `round` and returns its number.
    pub fn raise(
        &mut self,
        round: u32,
        indicator: &str,
        text: &str,
        department: &str,
        due: &str,
    ) -> Result<u32, ReviewError> {
        self.round_mut(round)?;
        if text.trim().is_empty() {
            return Err(ReviewError::EmptyText);
        }
        let number = self.problems.iter().map(|p| p.number).max().unwrap_or(0) + 1;
        self.problems.push(Problem {
            number,
            indicator: indicator.to_owned(),
            text: text.trim().to_owned(),
            raised_in: round,
            department: department.trim().to_owned(),
            due: due.trim().to_owned(),
            ..Problem::default()
        });
        Ok(number)
    }

    /// The city corrected problem `number` (待整改 → 已整改待复核), saying how.
    pub fn mark_corrected(&mut self, number: u32, note: &str) -> Result<(), ReviewError> {
        let problem = self.problem_mut(number)?;
        if problem.state != ProblemState::Open {
            return Err(ReviewError::NotOpen { number });
        }
        problem.state = ProblemState::Fixed;
        problem.fix_note = note.trim().to_owned();
        Ok(())
    }

    /// Round `round` found problem `number` fixed (已整改待复核 → 已销号).
    pub fn close(&mut self, number: u32, round: u32) -> Result<(), ReviewError> {
        self.round_mut(round)?;
        let problem = self.problem_mut(number)?;
        if problem.state != ProblemState::Fixed {
            return Err(ReviewError::NotCorrectedYet { number });
        }
        if round <= problem.raised_in {
            return Err(ReviewError::SameRound { number });
        }
        problem.state = ProblemState::Closed;
        problem.closed_in = Some(round);
        Ok(())
    }

    /// Round `round` found problem `number` not fixed after all: it is open again.
    pub fn reopen(&mut self, number: u32, round: u32) -> Result<(), ReviewError> {
        self.round_mut(round)?;
        let problem = self.problem_mut(number)?;
        problem.state = ProblemState::Open;
        problem.closed_in = None;
        Ok(())
    }

    /// What round `round` raised, and what became of it.
    pub fn counts(&self, round: u32) -> RoundCounts {
        self.problems.iter().filter(|p| p.raised_in == round).fold(
            RoundCounts::default(),
            |c, p| RoundCounts {
                raised: c.raised + 1,
                corrected: c.corrected + usize::from(p.state != ProblemState::Open),
                closed: c.closed + usize::from(p.state == ProblemState::Closed),
            },
        )
    }

    /// Problems earlier rounds raised that the city has corrected: what round `round` rechecks.
    pub fn to_recheck(&self, round: u32) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|p| p.raised_in < round && p.state == ProblemState::Fixed)
            .collect()
    }
}
