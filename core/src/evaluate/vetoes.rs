//! Veto items and key items: the two ways a city fails whatever its total.
//!
//! A threshold veto that reads an indicator's calculator uses the very value that scored the
//! indicator, so a figure is typed once and cannot disagree with itself. When that indicator is
//! marked N/A (which the pack must allow), the veto does not apply and counts as clear.

use super::calc;
use super::Cx;
use crate::pack::{Veto, VetoTest, VetoValue};
use crate::report::{Id, KeyItemResult, KeyStatus, Rate, Status, VetoNote, VetoResult, VetoStatus};

/// Every veto item, in pack order.
pub(crate) fn vetoes(cx: &Cx) -> Vec<VetoResult> {
    cx.pack
        .vetoes
        .iter()
        .map(|veto| veto_result(cx, veto))
        .collect()
}

fn veto_result(cx: &Cx, veto: &Veto) -> VetoResult {
    let mut result = VetoResult {
        id: Id::new(&veto.id),
        name: veto.name.clone(),
        status: VetoStatus::Unknown,
        value: None,
        at_least: None,
        indicator: None,
        note: VetoNote::NoValue { problem: None },
    };
    let (value, at_least) = match &veto.test {
        VetoTest::Declaration { .. } => {
            (result.status, result.note) = match cx.assessment.veto_declarations.get(&veto.id) {
                Some(&happened) if happened => {
                    (VetoStatus::Triggered, VetoNote::Declared { happened })
                }
                Some(&happened) => (VetoStatus::Clear, VetoNote::Declared { happened }),
                None => (VetoStatus::Unknown, VetoNote::NotDeclared),
            };
            return result;
        }
        VetoTest::Threshold { value, at_least } => (value, *at_least),
    };
    result.at_least = Some(at_least);
    let computed = match value {
        VetoValue::Indicator { indicator } => {
            result.indicator = Some(Id::new(indicator));
            let Some(n) = cx.position(indicator) else {
                return result;
            };
            let r = &cx.results[n];
            match (&r.status, &r.calculation) {
                (Status::NotApplicable, _) => {
                    result.status = VetoStatus::Clear;
                    result.note = VetoNote::IndicatorNotApplicable;
                    return result;
                }
                (_, Some(c)) => Ok(c.clone()),
                (Status::CannotCompute(problem), None) => Err(Some(problem.clone())),
                _ => Err(None),
            }
        }
        VetoValue::Calculator(spec) => {
            let empty = Default::default();
            let values = cx.assessment.veto_inputs.get(&veto.id).unwrap_or(&empty);
            calc::calculation(spec, values).map_err(Some)
        }
    };
    match computed {
        Ok(c) => {
            result.status = if c.value >= at_least {
                VetoStatus::Clear
            } else {
                VetoStatus::Triggered
            };
            result.note = VetoNote::Compared;
            result.value = Some(c);
        }
        Err(problem) => result.note = VetoNote::NoValue { problem },
    }
    result
}

/// Every key item against its floor, in pack order.
pub(crate) fn key_items(cx: &Cx) -> Vec<KeyItemResult> {
    cx.indicators
        .iter()
        .zip(cx.results)
        .filter_map(|(ind, r)| {
            let key = ind.key_item?;
            let status = match r.status {
                Status::NotApplicable => KeyStatus::NotApplicable,
                Status::NotAnswered | Status::CannotCompute(_) => KeyStatus::Unknown,
                _ if meets_floor(r.awarded.tenths(), r.max.tenths(), key.floor_percent) => {
                    KeyStatus::Met
                }
                _ => KeyStatus::Below,
            };
            Some(KeyItemResult {
                indicator: Id::new(&ind.id),
                awarded: r.awarded,
                max: r.max,
                floor_percent: key.floor_percent,
                rate: Rate {
                    part: r.awarded.tenths(),
                    whole: r.max.tenths(),
                },
                status,
            })
        })
        .collect()
}

/// `awarded / max ≥ floor %`, decided exactly.
pub(crate) fn meets_floor(awarded: i64, max: i64, floor_percent: u32) -> bool {
    i128::from(awarded) * 100 >= i128::from(max) * i128::from(floor_percent)
}
