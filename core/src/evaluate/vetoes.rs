//! Veto items and key items: the two ways a city fails whatever its total.
//!
//! A threshold veto that reads an indicator's calculator uses the very value that scored the
//! indicator, so a figure is typed once and cannot disagree with itself. When that indicator is
//! marked N/A (which the pack must allow), the veto does not apply and counts as clear.

use super::calc::{self, Spec};
use super::Cx;
use crate::pack::{VetoTest, VetoValue};
use crate::report::Calculation;
use crate::report::{Id, KeyItemResult, KeyStatus, Rate, Status, VetoResult, VetoStatus};
use crate::{Lang, Localize, Text};

/// Every veto item, in pack order.
pub(crate) fn vetoes(cx: &Cx) -> Vec<VetoResult> {
    cx.pack
        .vetoes
        .iter()
        .map(|veto| {
            let mut result = VetoResult {
                id: Id::new(&veto.id),
                name: veto.name.clone(),
                status: VetoStatus::Unknown,
                value: None,
                at_least: None,
                indicator: None,
                explanation: Text::new("尚未确定", "Not yet known"),
            };
            let (value, at_least) = match &veto.test {
                VetoTest::Declaration { .. } => {
                    let (status, zh, en) = match cx.assessment.veto_declarations.get(&veto.id) {
                        Some(true) => (
                            VetoStatus::Triggered,
                            "已申报：发生",
                            "Declared: it happened",
                        ),
                        Some(false) => (
                            VetoStatus::Clear,
                            "已申报：未发生",
                            "Declared: it did not happen",
                        ),
                        None => (VetoStatus::Unknown, "尚未申报", "Not declared yet"),
                    };
                    result.status = status;
                    result.explanation = Text::new(zh, en);
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
                    if r.status == Status::NotApplicable {
                        result.status = VetoStatus::Clear;
                        result.explanation = Text::new(
                            format!("指标 {indicator} 不适用，本否决项不适用"),
                            format!("Indicator {indicator} is N/A, so this veto does not apply"),
                        );
                        return result;
                    }
                    match &r.calculation {
                        Some(c) => Ok(c.clone()),
                        None => {
                            let why = super::rules::explain(cx.indicators[n], r);
                            Err(Text::new(
                                format!("指标 {indicator}：{}", why.zh),
                                format!("Indicator {indicator}: {}", why.en),
                            ))
                        }
                    }
                }
                VetoValue::Calculator {
                    inputs,
                    formula,
                    result_unit,
                } => {
                    let spec = Spec { inputs, formula };
                    let empty = Default::default();
                    let values = cx.assessment.veto_inputs.get(&veto.id).unwrap_or(&empty);
                    calc::compute(spec, values)
                        .map(|value| Calculation {
                            value,
                            unit: result_unit.clone(),
                        })
                        .map_err(|p| Text::new(p.message(Lang::Zh), p.message(Lang::En)))
                }
            };
            match computed {
                Ok(c) => {
                    let at = super::words::exact(at_least);
                    let (status, op) = if c.value >= at_least {
                        (VetoStatus::Clear, "≥")
                    } else {
                        (VetoStatus::Triggered, "<")
                    };
                    result.status = status;
                    let shown = c.text();
                    result.explanation = Text::new(
                        format!("{} {op} {at}", shown.zh),
                        format!("{} {op} {at}", shown.en),
                    );
                    result.value = Some(c);
                }
                Err(why) => result.explanation = why,
            }
            result
        })
        .collect()
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
