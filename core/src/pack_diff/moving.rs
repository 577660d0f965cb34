//! Moving an assessment to another revision of its pack: answers carried by stable ID, what
//! cannot be carried kept in the archive, and the score before and after.
//!
//! The move only takes away what it breaks. An entry or veto answer is archived when it fitted
//! the old pack and does not fit the new one; anything the old pack already could not read (an
//! answer for an unknown ID, a level that was never there) stays where it was, still reported by
//! [`crate::evaluate`] as a warning, exactly as before the move.

use super::changes::PackDiff;
use super::compute::{diff, indicator_index};
use crate::assessment::{
    Answer, ArchiveReason, ArchivedAnswer, ArchivedVeto, Entry, Incompatibility, VetoAnswer,
};
use crate::input::check_value;
use crate::pack::{CalcInput, Indicator, Pack, Rule, RuleKind, VetoKind, VetoTest};
use crate::{compare, evaluate, Assessment, Comparison, Decimal, Report};
use std::collections::BTreeMap;

/// An assessment moved to another revision of its pack, with what the UI shows about the move.
///
/// Undo is restoring the assessment as it was: [`move_assessment`] only borrows it, so the
/// caller keeps the previous value and puts it back. Nothing else is needed, because the move
/// changes nothing but the returned copy.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    /// The assessment for the new revision: `pack_id` and `pack_version` are the new pack's,
    /// answers that fit are carried unchanged, and the archive holds what was there before
    /// followed by [`Moved::archived`] and [`Moved::archived_vetoes`]. `updated` is left as it
    /// was; the caller stamps it (the core reads no clock).
    pub assessment: Assessment,
    /// Indicator answers this move archived, in indicator-ID order.
    pub archived: Vec<ArchivedAnswer>,
    /// Veto answers this move archived: declarations, then figures, each in veto-ID order.
    pub archived_vetoes: Vec<ArchivedVeto>,
    /// What changed between the two packs.
    pub diff: PackDiff,
    /// The assessment as it was, scored against the old pack.
    pub before: Report,
    /// The moved assessment, scored against the new pack.
    pub after: Report,
    /// From `before` to `after`, over the new pack's indicators, groups and veto items.
    /// Removed indicators are not listed there (they are in `diff.removed` and `archived`),
    /// but the totals include what they scored before.
    pub comparison: Comparison,
}

/// Moves `assessment`, made for `from`, to `to`, another revision of the same pack.
///
/// Answers move by indicator ID. An entry whose indicator `to` lacks is archived whole (notes,
/// evidence and actions included). An answer that fits `from` but not the indicator's new rule
/// (another rule type, a removed level, sub-item or input, a figure the input's new kind
/// refuses, N/A no longer allowed) is archived and cleared, and the rest of its entry stays on
/// the indicator. Veto declarations and figures are treated alike. What was already archived
/// stays. Nothing is dropped: every piece of the assessment is in the result's entries, veto
/// answers or archive.
pub fn move_assessment(assessment: &Assessment, from: &Pack, to: &Pack) -> Moved {
    let mut moved = assessment.clone();
    moved.pack_id = to.id.clone();
    moved.pack_version = to.version;
    let archived = move_entries(&mut moved, assessment, from, to);
    let archived_vetoes = move_vetoes(&mut moved, assessment, from, to);
    moved.archive.extend(archived.iter().cloned());
    moved.veto_archive.extend(archived_vetoes.iter().cloned());
    let before = evaluate(from, assessment);
    let after = evaluate(to, &moved);
    let comparison = compare(to, &before, &after);
    Moved {
        assessment: moved,
        archived,
        archived_vetoes,
        diff: diff(from, to),
        before,
        after,
        comparison,
    }
}

fn move_entries(
    moved: &mut Assessment,
    assessment: &Assessment,
    from: &Pack,
    to: &Pack,
) -> Vec<ArchivedAnswer> {
    let (old, new) = (indicator_index(from), indicator_index(to));
    let mut archived = Vec::new();
    for (id, entry) in &assessment.entries {
        let Some(&(_, old_ind)) = old.get(id.as_str()) else {
            continue;
        };
        let archive = |entry: Entry, reason| ArchivedAnswer {
            indicator: id.clone(),
            entry,
            from_pack_version: from.version,
            reason,
        };
        let Some(&(_, new_ind)) = new.get(id.as_str()) else {
            moved.entries.remove(id);
            archived.push(archive(entry.clone(), ArchiveReason::IndicatorRemoved));
            continue;
        };
        let Some(answer) = &entry.answer else {
            continue;
        };
        if misfit(old_ind, answer).is_some() {
            continue;
        }
        if let Some(detail) = misfit(new_ind, answer) {
            moved.clear_answer(id);
            let taken = Entry {
                answer: Some(answer.clone()),
                ..Entry::default()
            };
            archived.push(archive(taken, ArchiveReason::RuleIncompatible { detail }));
        }
    }
    archived
}

fn move_vetoes(
    moved: &mut Assessment,
    assessment: &Assessment,
    from: &Pack,
    to: &Pack,
) -> Vec<ArchivedVeto> {
    let test = |pack: &'_ Pack, id: &str| {
        pack.vetoes
            .iter()
            .find(|v| v.id == id)
            .map(|v| v.test.clone())
    };
    let mut archived = Vec::new();
    let mut archive = |veto: &String, answer, reason| {
        archived.push(ArchivedVeto {
            veto: veto.clone(),
            answer,
            from_pack_version: from.version,
            reason,
        })
    };
    for (id, &happened) in &assessment.veto_declarations {
        if !matches!(test(from, id), Some(VetoTest::Declaration { .. })) {
            continue;
        }
        let reason = match test(to, id) {
            None => ArchiveReason::VetoRemoved,
            Some(VetoTest::Declaration { .. }) => continue,
            Some(other) => ArchiveReason::VetoIncompatible {
                detail: Incompatibility::Kind {
                    from: VetoKind::Declaration,
                    to: other.kind(),
                },
            },
        };
        moved.veto_declarations.remove(id);
        archive(id, VetoAnswer::Declaration { happened }, reason);
    }
    for (id, values) in &assessment.veto_inputs {
        let fits_old = test(from, id)
            .as_ref()
            .and_then(VetoTest::calc)
            .is_some_and(|spec| inputs_misfit::<VetoKind>(&spec.inputs, values).is_none());
        if !fits_old {
            continue;
        }
        let reason = match test(to, id) {
            None => ArchiveReason::VetoRemoved,
            Some(new) => match new.calc() {
                None => ArchiveReason::VetoIncompatible {
                    detail: Incompatibility::Kind {
                        from: VetoKind::Calculator,
                        to: new.kind(),
                    },
                },
                Some(spec) => match inputs_misfit(&spec.inputs, values) {
                    None => continue,
                    Some(detail) => ArchiveReason::VetoIncompatible { detail },
                },
            },
        };
        moved.veto_inputs.remove(id);
        let answer = VetoAnswer::Inputs {
            values: values.clone(),
        };
        archive(id, answer, reason);
    }
    archived
}

/// What about `answer` the indicator cannot read, if anything. An answer that fits can still
/// lack figures; that is unfinished, not incompatible.
fn misfit(indicator: &Indicator, answer: &Answer) -> Option<Incompatibility<RuleKind>> {
    let Some(made_for) = answer.shape().rule_kind() else {
        return (!indicator.na_allowed).then_some(Incompatibility::NotApplicableNotAllowed);
    };
    match (&indicator.rule, answer) {
        (Rule::Levels { levels }, Answer::Level { level }) => {
            (!levels.iter().any(|l| &l.id == level)).then(|| Incompatibility::LevelRemoved {
                level: level.clone(),
            })
        }
        (Rule::SubItems { items, .. }, Answer::SubItems { met }) => {
            let gone: Vec<String> = met
                .iter()
                .filter(|m| !items.iter().any(|i| &&i.id == m))
                .cloned()
                .collect();
            (!gone.is_empty()).then_some(Incompatibility::SubItemsRemoved { items: gone })
        }
        (Rule::Deductions { .. }, Answer::Findings { .. }) => None,
        (Rule::Calculator(calculator), Answer::Inputs { values }) => {
            inputs_misfit(&calculator.spec.inputs, values)
        }
        (rule, _) => Some(Incompatibility::Kind {
            from: made_for,
            to: rule.kind(),
        }),
    }
}

/// Figures for inputs the list lacks, or else figures their input's kind refuses.
fn inputs_misfit<K>(
    inputs: &[CalcInput],
    values: &BTreeMap<String, Decimal>,
) -> Option<Incompatibility<K>> {
    let gone: Vec<String> = values
        .keys()
        .filter(|k| !inputs.iter().any(|i| &&i.id == k))
        .cloned()
        .collect();
    if !gone.is_empty() {
        return Some(Incompatibility::InputsRemoved { inputs: gone });
    }
    let refused: Vec<String> = inputs
        .iter()
        .filter(|i| {
            values
                .get(&i.id)
                .is_some_and(|&v| check_value(i.kind, v).is_err())
        })
        .map(|i| i.id.clone())
        .collect();
    (!refused.is_empty()).then_some(Incompatibility::FiguresRefused { inputs: refused })
}
