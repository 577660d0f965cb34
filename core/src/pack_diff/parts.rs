//! Comparing the parts of two revisions by ID: an indicator's fields, the levels, sub-items
//! and inputs of its rule, and a veto item's test.

use super::changes::{
    pair, IndicatorChange, InputEdit, RuleChange, RuleEdit, VetoChange, VetoEdit,
};
use crate::pack::{CalcInput, CalcSpec, Group, Indicator, Rule, Veto, VetoTest, VetoValue};
use crate::report::Id;

/// How an indicator found in both packs differs, if at all.
pub(super) fn indicator_change(
    (old_group, old): (&Group, &Indicator),
    (new_group, new): (&Group, &Indicator),
) -> Option<IndicatorChange> {
    let change = IndicatorChange {
        id: Id::new(&new.id),
        points: pair(old.max_points, new.max_points),
        rule: rule_change(&old.rule, &new.rule),
        key_item: pair(old.key_item, new.key_item),
        na_allowed: pair(old.na_allowed, new.na_allowed),
        group_moved: (old_group.id != new_group.id)
            .then(|| (Id::new(&old_group.id), Id::new(&new_group.id))),
        text_changed: old.name != new.name
            || old.requirement != new.requirement
            || old.scoring != new.scoring
            || old.methods != new.methods
            || old.evidence != new.evidence
            || old.departments != new.departments
            || old.provenance != new.provenance
            || old.example != new.example,
    };
    let unchanged = change.points.is_none()
        && change.rule.is_none()
        && change.key_item.is_none()
        && change.na_allowed.is_none()
        && change.group_moved.is_none()
        && !change.text_changed;
    (!unchanged).then_some(change)
}

fn rule_change(old: &Rule, new: &Rule) -> Option<RuleChange> {
    if old == new {
        return None;
    }
    let mut edits = Vec::new();
    match (old, new) {
        (Rule::Levels { levels: a }, Rule::Levels { levels: b }) => {
            parts(
                a,
                b,
                |l| &l.id,
                &mut edits,
                |level| RuleEdit::LevelAdded { level },
                |level| RuleEdit::LevelRemoved { level },
                |x, y, edits| {
                    if x.points != y.points {
                        edits.push(RuleEdit::LevelPoints {
                            level: y.id.clone(),
                            from: x.points,
                            to: y.points,
                        });
                    }
                    if x.name != y.name {
                        edits.push(RuleEdit::LevelName {
                            level: y.id.clone(),
                        });
                    }
                },
            );
        }
        (
            Rule::SubItems {
                mode: mode_a,
                items: a,
            },
            Rule::SubItems {
                mode: mode_b,
                items: b,
            },
        ) => {
            if mode_a != mode_b {
                edits.push(RuleEdit::Mode {
                    from: *mode_a,
                    to: *mode_b,
                });
            }
            parts(
                a,
                b,
                |i| &i.id,
                &mut edits,
                |item| RuleEdit::ItemAdded { item },
                |item| RuleEdit::ItemRemoved { item },
                |x, y, edits| {
                    if x.points != y.points {
                        edits.push(RuleEdit::ItemPoints {
                            item: y.id.clone(),
                            from: x.points,
                            to: y.points,
                        });
                    }
                    if x.text != y.text {
                        edits.push(RuleEdit::ItemText { item: y.id.clone() });
                    }
                },
            );
        }
        (
            Rule::Deductions {
                per_finding: per_a,
                finding: finding_a,
            },
            Rule::Deductions {
                per_finding: per_b,
                finding: finding_b,
            },
        ) => {
            if per_a != per_b {
                edits.push(RuleEdit::PerFinding {
                    from: *per_a,
                    to: *per_b,
                });
            }
            if finding_a != finding_b {
                edits.push(RuleEdit::Finding);
            }
        }
        (Rule::Calculator(a), Rule::Calculator(b)) => {
            edits.extend(spec_edits(
                &a.spec,
                &b.spec,
                RuleEdit::Input,
                RuleEdit::Formula,
                RuleEdit::ResultUnit,
            ));
            if a.thresholds != b.thresholds {
                edits.push(RuleEdit::Thresholds {
                    from: a.thresholds.clone(),
                    to: b.thresholds.clone(),
                });
            }
        }
        _ => edits.push(RuleEdit::Type {
            from: old.kind(),
            to: new.kind(),
        }),
    }
    if edits.is_empty() {
        // Equal parts under equal IDs, yet the rules differ: only the order moved.
        edits.push(RuleEdit::Order);
    }
    Some(RuleChange { edits })
}

/// Compares two lists of parts by ID: additions (in the new order), removals (in the old
/// order), then `both` for each part in both lists (in the new order).
fn parts<T, E>(
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &String,
    edits: &mut Vec<E>,
    added: impl Fn(String) -> E,
    removed: impl Fn(String) -> E,
    both: impl Fn(&T, &T, &mut Vec<E>),
) {
    for part in new {
        if !old.iter().any(|o| id(o) == id(part)) {
            edits.push(added(id(part).clone()));
        }
    }
    for part in old {
        if !new.iter().any(|n| id(n) == id(part)) {
            edits.push(removed(id(part).clone()));
        }
    }
    for part in new {
        if let Some(o) = old.iter().find(|o| id(o) == id(part)) {
            both(o, part, edits);
        }
    }
}

/// A calculator's spec changes the same way under a rule and under a veto; `input`, `formula`
/// and `unit` name the edit in the owner's own list.
fn spec_edits<E>(
    old: &CalcSpec,
    new: &CalcSpec,
    input: impl Fn(InputEdit) -> E,
    formula: E,
    unit: E,
) -> Vec<E> {
    let mut edits: Vec<E> = input_edits(&old.inputs, &new.inputs)
        .into_iter()
        .map(input)
        .collect();
    if old.formula != new.formula {
        edits.push(formula);
    }
    if old.result_unit != new.result_unit {
        edits.push(unit);
    }
    edits
}

fn input_edits(old: &[CalcInput], new: &[CalcInput]) -> Vec<InputEdit> {
    let mut edits = Vec::new();
    parts(
        old,
        new,
        |i| &i.id,
        &mut edits,
        |input| InputEdit::Added { input },
        |input| InputEdit::Removed { input },
        |x, y, edits| {
            if x.kind != y.kind {
                edits.push(InputEdit::Kind {
                    input: y.id.clone(),
                    from: x.kind,
                    to: y.kind,
                });
            }
            if x.label != y.label || x.unit != y.unit {
                edits.push(InputEdit::Label {
                    input: y.id.clone(),
                });
            }
        },
    );
    edits
}

/// How a veto item found in both packs differs, if at all.
pub(super) fn veto_change(old: &Veto, new: &Veto) -> Option<VetoChange> {
    let text_changed = old.name != new.name
        || old.description != new.description
        || old.provenance != new.provenance;
    let mut edits = Vec::new();
    if old.test != new.test {
        veto_test_edits(&old.test, &new.test, &mut edits);
        if edits.is_empty() {
            edits.push(VetoEdit::Order);
        }
    }
    (text_changed || !edits.is_empty()).then(|| VetoChange {
        id: Id::new(&new.id),
        edits,
        text_changed,
    })
}

fn veto_test_edits(old: &VetoTest, new: &VetoTest, edits: &mut Vec<VetoEdit>) {
    let (old_kind, new_kind) = (old.kind(), new.kind());
    if old_kind != new_kind {
        edits.push(VetoEdit::Kind {
            from: old_kind,
            to: new_kind,
        });
        return;
    }
    match (old, new) {
        (VetoTest::Declaration { question: a }, VetoTest::Declaration { question: b })
            if a != b =>
        {
            edits.push(VetoEdit::Question);
        }
        (
            VetoTest::Threshold {
                value: value_a,
                at_least: at_a,
            },
            VetoTest::Threshold {
                value: value_b,
                at_least: at_b,
            },
        ) => {
            match (value_a, value_b) {
                (VetoValue::Indicator { indicator: a }, VetoValue::Indicator { indicator: b })
                    if a != b =>
                {
                    edits.push(VetoEdit::Indicator {
                        from: a.clone(),
                        to: b.clone(),
                    });
                }
                (VetoValue::Calculator(a), VetoValue::Calculator(b)) => {
                    edits.extend(spec_edits(
                        a,
                        b,
                        VetoEdit::Input,
                        VetoEdit::Formula,
                        VetoEdit::ResultUnit,
                    ));
                }
                // Equal indicators, or (the kinds being equal) nothing else.
                _ => {}
            }
            if at_a != at_b {
                edits.push(VetoEdit::AtLeast {
                    from: *at_a,
                    to: *at_b,
                });
            }
        }
        _ => {}
    }
}
