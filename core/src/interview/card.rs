//! One interviewee's card: the questions for the role, each with the evidence items that back
//! the answer, found in the package by the question's indicators and document kinds (so
//! nothing is typed twice), and the kinds still lacking.

use super::bank::{Bank, Question};
use super::people::{Interviewee, Readiness};
use crate::assessment::evidence::{EvidenceKind, EvidenceState};
use crate::Assessment;

/// One question on a person's card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLine<'b> {
    /// The question.
    pub question: &'b Question,
    /// The mark from the last rehearsal.
    pub readiness: Option<Readiness>,
    /// The evidence items that back the answer: number (`B-01-02`), title, kind and state.
    pub evidence: Vec<CardEvidence>,
    /// The kinds of document the question calls for that the package has none of yet.
    pub lacking: Vec<EvidenceKind>,
}

/// An evidence item as a card cites it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardEvidence {
    /// `B-01-02`.
    pub number: String,
    /// What it is.
    pub title: String,
    /// 会议纪要 …
    pub kind: EvidenceKind,
    /// Whether it is in the package.
    pub state: EvidenceState,
}

/// The card of `person`: the questions for the role with their evidence and marks.
pub fn card<'b>(
    bank: &'b Bank,
    assessment: &Assessment,
    person: &Interviewee,
) -> Vec<CardLine<'b>> {
    bank.for_role(person.role)
        .map(|question| {
            let evidence: Vec<CardEvidence> = question
                .indicators
                .iter()
                .filter_map(|id| assessment.entries.get(id).map(|e| (id, e)))
                .flat_map(|(id, entry)| {
                    entry
                        .evidence
                        .iter()
                        .filter(|item| question.evidence.contains(&item.kind))
                        .map(|item| CardEvidence {
                            number: item.number(id),
                            title: item.title.clone(),
                            kind: item.kind,
                            state: item.state,
                        })
                })
                .collect();
            let lacking = question
                .evidence
                .iter()
                .copied()
                .filter(|kind| !evidence.iter().any(|e| e.kind == *kind))
                .collect();
            CardLine {
                question,
                readiness: person.marks.get(&question.id).copied(),
                evidence,
                lacking,
            }
        })
        .collect()
}
