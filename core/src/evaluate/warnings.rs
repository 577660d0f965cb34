//! Things in an assessment that its pack does not know. They are kept in the file (a pack may
//! be fixed, or the city may have typed into the wrong place) and listed here, never scored.

use super::Cx;
use crate::assessment::Answer;
use crate::assessment::ASSESSMENT_SCHEMA_VERSION;
use crate::pack::{CalcSpec, Rule, VetoTest, VetoValue};
use crate::report::Warning;

/// Every warning, in file order.
pub(crate) fn warnings(cx: &Cx) -> Vec<Warning> {
    let (pack, a) = (cx.pack, cx.assessment);
    let mut out = Vec::new();
    if a.pack_id != pack.id {
        out.push(Warning::OtherPack {
            pack: pack.id.clone(),
            found: a.pack_id.clone(),
        });
    } else if a.pack_version != pack.version {
        out.push(Warning::OtherPackVersion {
            pack: pack.version,
            found: a.pack_version,
        });
    }
    if a.schema_version > ASSESSMENT_SCHEMA_VERSION {
        out.push(Warning::NewerSchema {
            found: a.schema_version,
        });
    }
    for ((id, entry), position) in a.entries.iter().zip(&cx.answered) {
        let Some(ind) = position.map(|n| cx.indicators[n]) else {
            out.push(Warning::UnknownIndicator {
                indicator: id.clone(),
            });
            continue;
        };
        let indicator = || id.clone();
        match (&ind.rule, &entry.answer) {
            (Rule::Levels { levels }, Some(Answer::Level { level }))
                if !levels.iter().any(|l| &l.id == level) =>
            {
                out.push(Warning::UnknownLevel {
                    indicator: indicator(),
                    level: level.clone(),
                });
            }
            (Rule::SubItems { items, .. }, Some(Answer::SubItems { met })) => {
                for item in met.iter().filter(|m| !items.iter().any(|i| &&i.id == m)) {
                    out.push(Warning::UnknownSubItem {
                        indicator: indicator(),
                        item: item.clone(),
                    });
                }
            }
            (Rule::Calculator(c), Some(Answer::Inputs { values })) => {
                for input in values
                    .keys()
                    .filter(|k| !c.spec.inputs.iter().any(|i| &&i.id == k))
                {
                    out.push(Warning::UnknownInput {
                        owner: indicator(),
                        input: input.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    for veto in a.veto_declarations.keys() {
        match pack.vetoes.iter().find(|v| &v.id == veto) {
            None => out.push(Warning::UnknownVeto { veto: veto.clone() }),
            Some(v) if !matches!(v.test, VetoTest::Declaration { .. }) => {
                out.push(Warning::VetoAnswerKind { veto: veto.clone() })
            }
            Some(_) => {}
        }
    }
    for (veto, values) in &a.veto_inputs {
        match pack.vetoes.iter().find(|v| &v.id == veto).map(|v| &v.test) {
            None => out.push(Warning::UnknownVeto { veto: veto.clone() }),
            Some(VetoTest::Threshold {
                value: VetoValue::Calculator(CalcSpec { inputs, .. }),
                ..
            }) => {
                for input in values
                    .keys()
                    .filter(|k| !inputs.iter().any(|i| &&i.id == k))
                {
                    out.push(Warning::UnknownInput {
                        owner: veto.clone(),
                        input: input.clone(),
                    });
                }
            }
            Some(_) => out.push(Warning::VetoAnswerKind { veto: veto.clone() }),
        }
    }
    out
}
