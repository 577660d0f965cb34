//! The lead's merge: a pure function of the review (its groups, rules, choices) and the files
//! in effect — each group's last exported — so merging in any order gives the same assessment
//! and a file imported twice changes nothing. Per indicator: one group's answer; the same
//! answer from several; the rule the lead set (findings summed, or one group decides); or,
//! where groups disagree, both answers side by side until the lead chooses one, with a reason.
//! An indicator whose groups disagree and has no choice is left unanswered: it shows in the
//! gaps instead of passing on a guess.

use super::files::{FileRefused, ResultFile};
use super::model::{CombineRule, Received, TeamReview};
use crate::assessment::{Answer, Assessment, Entry};
use std::collections::BTreeMap;

/// What importing a result file would do, shown before it is taken.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// The group's first result: the indicators it answers.
    First(Vec<Change>),
    /// Newer than the group's file in use: it replaces that file's part, with these changes.
    Replaces(Vec<Change>),
    /// Older than the group's file in use: kept in the history, changes nothing.
    Older {
        /// When the file in use was exported.
        in_use: String,
    },
    /// This very file was received before: nothing changes.
    Again,
}

/// An indicator whose merged entry a file changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The indicator.
    pub indicator: String,
    /// Its merged answer before.
    pub before: Option<Answer>,
    /// And after.
    pub after: Option<Answer>,
}

/// Where a merged answer came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The one group that answered it.
    Group(u32),
    /// Several groups gave the same answer.
    Agreed(Vec<u32>),
    /// The groups' findings added up.
    Summed(Vec<u32>),
    /// The group the rule names.
    Decided(u32),
    /// The lead chose this group's answer.
    Chosen(u32),
}

/// Groups that gave an indicator different answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The indicator.
    pub indicator: String,
    /// Each group's answer, in the review's order.
    pub answers: Vec<(u32, Answer)>,
    /// The lead's choice, when made.
    pub chosen: Option<super::model::Choice>,
}

/// The review merged.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    /// Per indicator answered by a group, what it records.
    pub entries: BTreeMap<String, Entry>,
    /// Per indicator with an answer, where it came from.
    pub sources: BTreeMap<String, Source>,
    /// Where groups disagree (chosen or not).
    pub conflicts: Vec<Conflict>,
}

impl TeamReview {
    /// What importing `file` would do, or why it is refused; nothing is changed.
    pub fn arrival(&self, file: &ResultFile) -> Result<Arrival, FileRefused> {
        self.check(file)?;
        if self.received.iter().any(|r| r.file.seal == file.seal) {
            return Ok(Arrival::Again);
        }
        let in_use = self.current(file.group);
        if let Some(in_use) = in_use {
            if (&in_use.exported, &in_use.seal) > (&file.exported, &file.seal) {
                return Ok(Arrival::Older {
                    in_use: in_use.exported.clone(),
                });
            }
        }
        let mut after = self.clone();
        after.received.push(Received {
            imported: String::new(),
            file: file.clone(),
        });
        let changes = changes(&self.merged(), &after.merged());
        Ok(match in_use {
            Some(_) => Arrival::Replaces(changes),
            None => Arrival::First(changes),
        })
    }

    /// Imports `file` (kept in the history unless it is already there); what it did.
    pub fn receive(&mut self, file: ResultFile, now: &str) -> Result<Arrival, FileRefused> {
        let arrival = self.arrival(&file)?;
        if arrival != Arrival::Again {
            self.received.push(Received {
                imported: now.to_owned(),
                file,
            });
        }
        Ok(arrival)
    }

    /// The review merged from the files in effect.
    pub fn merged(&self) -> Merged {
        let mut merged = Merged::default();
        for id in self.scored() {
            let answered: Vec<(u32, &Entry)> = self
                .groups_of(id)
                .iter()
                .filter_map(|g| Some((g.id, self.current(g.id)?.entries.get(id)?)))
                .collect();
            if answered.is_empty() {
                continue;
            }
            let answers: Vec<(u32, Answer)> = answered
                .iter()
                .filter_map(|(g, e)| Some((*g, e.answer.clone()?)))
                .collect();
            let resolved = self.resolve(id, &answers, &mut merged.conflicts);
            let mut entry = gathered(&answered, resolved.as_ref().and_then(|(s, _)| taken(s)));
            entry.answer = resolved.as_ref().map(|(_, a)| a.clone());
            if let Some((source, _)) = resolved {
                merged.sources.insert(id.clone(), source);
            }
            merged.entries.insert(id.clone(), entry);
        }
        merged
    }

    /// The answer of `indicator` from the groups' `answers`, and its source; a disagreement is
    /// added to `conflicts`.
    fn resolve(
        &self,
        indicator: &str,
        answers: &[(u32, Answer)],
        conflicts: &mut Vec<Conflict>,
    ) -> Option<(Source, Answer)> {
        let groups: Vec<u32> = answers.iter().map(|(g, _)| *g).collect();
        match (self.rules.get(indicator), answers) {
            (_, []) => return None,
            (Some(CombineRule::Decides { group }), _) => {
                let (_, a) = answers.iter().find(|(g, _)| g == group)?;
                return Some((Source::Decided(*group), a.clone()));
            }
            (_, [(g, a)]) => return Some((Source::Group(*g), a.clone())),
            (_, [(_, first), rest @ ..]) if rest.iter().all(|(_, a)| a == first) => {
                return Some((Source::Agreed(groups), first.clone()));
            }
            (Some(CombineRule::SumFindings), _) => {
                let counts: Option<Vec<u64>> = answers
                    .iter()
                    .map(|(_, a)| match a {
                        Answer::Findings { count } => Some(*count),
                        _ => None,
                    })
                    .collect();
                if let Some(counts) = counts {
                    let count = counts.iter().fold(0_u64, |s, c| s.saturating_add(*c));
                    return Some((Source::Summed(groups), Answer::Findings { count }));
                }
            }
            _ => {}
        }
        let chosen = self
            .choices
            .get(indicator)
            .filter(|c| answers.iter().any(|(g, _)| *g == c.group))
            .cloned();
        conflicts.push(Conflict {
            indicator: indicator.to_owned(),
            answers: answers.to_vec(),
            chosen: chosen.clone(),
        });
        let chosen = chosen?;
        let (_, a) = answers.iter().find(|(g, _)| *g == chosen.group)?;
        Some((Source::Chosen(chosen.group), a.clone()))
    }

    /// Writes the merge into `assessment`: every indicator a group scores takes its merged
    /// entry (or none); the indicators no group scores are left as the lead recorded them.
    pub fn apply_to(&self, assessment: &mut Assessment) {
        let mut merged = self.merged();
        for id in self.scored() {
            match merged.entries.remove(id) {
                Some(entry) => {
                    assessment.entries.insert(id.clone(), entry);
                }
                None => {
                    assessment.entries.remove(id);
                }
            }
        }
    }
}

/// The group whose entry heads a merged one: the one whose answer is taken.
fn taken(source: &Source) -> Option<u32> {
    match source {
        Source::Group(g) | Source::Decided(g) | Source::Chosen(g) => Some(*g),
        Source::Agreed(_) | Source::Summed(_) => None,
    }
}

/// One entry from several groups' entries on an indicator: the notes, reasons and conclusions
/// of each (the `first` group's first, else the review's order), and every document, numbered
/// on; the answer is set by the caller.
fn gathered(answered: &[(u32, &Entry)], first: Option<u32>) -> Entry {
    let mut ordered: Vec<&Entry> = answered
        .iter()
        .filter(|(g, _)| Some(*g) == first)
        .map(|(_, e)| *e)
        .collect();
    ordered.extend(
        answered
            .iter()
            .filter(|(g, _)| Some(*g) != first)
            .map(|(_, e)| *e),
    );
    let mut entry = ordered[0].clone();
    for other in &ordered[1..] {
        for (mine, theirs) in [
            (&mut entry.notes, &other.notes),
            (&mut entry.lost_reason, &other.lost_reason),
            (&mut entry.conclusion, &other.conclusion),
        ] {
            if !theirs.is_empty() && !mine.contains(theirs.as_str()) {
                if !mine.is_empty() {
                    mine.push('\n');
                }
                mine.push_str(theirs);
            }
        }
        let next = entry.evidence.iter().map(|e| e.seq).max().unwrap_or(0);
        entry
            .evidence
            .extend(other.evidence.iter().enumerate().map(|(n, e)| {
                let mut e = e.clone();
                e.seq = next + 1 + n as u32;
                e
            }));
        for d in &other.departments {
            if !entry.departments.contains(d) {
                entry.departments.push(d.clone());
            }
        }
        if entry.action.is_none() {
            entry.action.clone_from(&other.action);
        }
    }
    entry
}

/// The indicators whose merged answer differs between `before` and `after`.
fn changes(before: &Merged, after: &Merged) -> Vec<Change> {
    let answer = |m: &Merged, id: &str| m.entries.get(id).and_then(|e| e.answer.clone());
    let ids: std::collections::BTreeSet<&String> =
        before.entries.keys().chain(after.entries.keys()).collect();
    ids.into_iter()
        .filter_map(|id| {
            let (b, a) = (answer(before, id), answer(after, id));
            (b != a || before.entries.get(id) != after.entries.get(id)).then(|| Change {
                indicator: id.clone(),
                before: b,
                after: a,
            })
        })
        .collect()
}

/// A group's answer on `indicator` in words, as the 自评表 words it ("发现 3 处，每处扣 0.5 分…"):
/// the indicator scored on that answer alone, so a conflict reads the same as a score sheet.
pub fn answer_words(pack: &crate::Pack, indicator: &str, answer: &Answer) -> Option<crate::Text> {
    let ind = pack.indicator(indicator)?;
    let mut alone = Assessment::new(pack, "", "", "");
    alone.set_answer(indicator, answer.clone());
    let report = crate::evaluate(pack, &alone);
    Some(report.indicator(indicator)?.basis(ind, Some(answer)))
}
