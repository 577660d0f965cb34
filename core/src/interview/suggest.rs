//! From rehearsal to a suggested level for the interview indicators. No scoring rule for the
//! interviews is public (evaluation-workflow §3), so fscity reads the indicators' own level
//! texts (B-02: 符合 "受访者熟悉情况，回答准确具体"; 基本符合 "个别受访者回答笼统或有遗漏"; 不符合
//! "多数受访者不熟悉情况") against the people rehearsed on the indicator's questions:
//! a person is familiar when every marked answer was ready, unfamiliar when at least half were
//! not, vague otherwise. Everyone familiar suggests the best level; most unfamiliar the lowest;
//! anything between, the level between. It is shown as a suggestion, never applied.

use super::bank::Bank;
use super::people::{Interviews, Readiness};
use crate::message::{pick, Localize};
use crate::pack::{Level, Rule};
use crate::vocabulary::Method;
use crate::{Lang, Pack, Text};

/// A suggested level for one interview indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The indicator.
    pub indicator: String,
    /// The suggested level's ID (`partly`).
    pub level: String,
    /// Its name (基本符合).
    pub level_name: Text,
    /// People rehearsed on the indicator's questions.
    pub people: u32,
    /// Of those, how many answered everything ready.
    pub familiar: u32,
    /// … how many were vague somewhere.
    pub vague: u32,
    /// … how many did not know half or more.
    pub unfamiliar: u32,
    /// Questions on the indicator marked in rehearsal, across all cards.
    pub marked: u32,
    /// Questions on the indicator across all cards.
    pub asked: u32,
}

/// A suggestion for every indicator scored by interview with levels that someone has been
/// rehearsed on; an indicator nobody has rehearsed gets none.
pub fn suggestions(pack: &Pack, bank: &Bank, interviews: &Interviews) -> Vec<Suggestion> {
    pack.indicators()
        .filter(|i| i.methods.contains(&Method::Interview))
        .filter_map(|indicator| {
            let Rule::Levels { levels } = &indicator.rule else {
                return None;
            };
            let mut s = Suggestion {
                indicator: indicator.id.clone(),
                level: String::new(),
                level_name: Text::default(),
                people: 0,
                familiar: 0,
                vague: 0,
                unfamiliar: 0,
                marked: 0,
                asked: 0,
            };
            for person in &interviews.people {
                let marks: Vec<Option<Readiness>> = bank
                    .for_role(person.role)
                    .filter(|q| q.indicators.contains(&indicator.id))
                    .map(|q| person.marks.get(&q.id).copied())
                    .collect();
                let marked: Vec<Readiness> = marks.iter().flatten().copied().collect();
                s.asked += marks.len() as u32;
                s.marked += marked.len() as u32;
                if marked.is_empty() {
                    continue;
                }
                s.people += 1;
                let not_ready = marked.iter().filter(|r| **r == Readiness::NotReady).count();
                if marked.iter().all(|r| *r == Readiness::Ready) {
                    s.familiar += 1;
                } else if not_ready * 2 >= marked.len() {
                    s.unfamiliar += 1;
                } else {
                    s.vague += 1;
                }
            }
            if s.people == 0 {
                return None;
            }
            let level = level_for(levels, &s)?;
            s.level = level.id.clone();
            s.level_name = level.name.clone();
            Some(s)
        })
        .collect()
}

/// Best when all are familiar, lowest when most are not, the middle level otherwise.
fn level_for<'l>(levels: &'l [Level], s: &Suggestion) -> Option<&'l Level> {
    let mut by_points: Vec<&Level> = levels.iter().collect();
    by_points.sort_by_key(|l| std::cmp::Reverse(l.points));
    if s.familiar == s.people {
        by_points.first().copied()
    } else if s.unfamiliar * 2 > s.people {
        by_points.last().copied()
    } else {
        by_points.get(by_points.len() / 2).copied()
    }
}

impl Localize for Suggestion {
    fn message(&self, lang: Lang) -> String {
        let Suggestion {
            people,
            familiar,
            vague,
            unfamiliar,
            marked,
            asked,
            ..
        } = self;
        let level = self.level_name.get(lang);
        pick(
            lang,
            format!(
                "据访谈演练建议：{level}（{people} 人参加演练：熟悉 {familiar} 人，回答笼统 {vague} 人，不熟悉 {unfamiliar} 人；已演练 {marked}/{asked} 题）"
            ),
            format!(
                "Rehearsal suggests: {level} ({people} rehearsed: {familiar} ready, {vague} vague, {unfamiliar} not ready; {marked} of {asked} questions rehearsed)"
            ),
        )
    }
}
