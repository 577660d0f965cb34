//! Calculators, shared by calculator indicators and by vetoes with a calculation of their own.
//!
//! Two directions: [`compute`] turns typed figures into a value (or says exactly why it cannot),
//! and [`reach`] finds figures that make the value reach a target, so the path to pass can
//! name a concrete answer ("raise sampled batches to 4,800") that a test can apply.

use crate::input::{check_value, plausibility, MAX_INPUT};
use crate::pack::{CalcSpec, Calculator, Formula, InputKind};
use crate::report::{CalcWarning, Calculation, Problem, FAR_ABOVE_FULL_MARKS};
use crate::{Decimal, Text};
use std::collections::BTreeMap;

const MICRO: i128 = 1_000_000;

/// What evaluating a calculation needs beyond the model's own accessors.
impl CalcSpec {
    fn label(&self, id: &str) -> Text {
        self.input(id)
            .map(|i| i.label.clone())
            .unwrap_or_else(|| Text::new(id, id))
    }

    /// The figure for `id`, checked against its input's kind.
    fn figure<'i>(
        &self,
        get: &impl Fn(&str) -> Option<Decimal>,
        id: &'i str,
    ) -> Result<Decimal, Fault<'i>> {
        let value = get(id).ok_or(Fault::Missing(id))?;
        let kind = self.input(id).map_or(InputKind::Amount, |i| i.kind);
        check_value(kind, value).map_err(|e| Fault::Invalid(id, e))?;
        Ok(value)
    }

    /// The user-facing problem for a fault.
    fn problem(&self, fault: Fault) -> Problem {
        match fault {
            Fault::Missing(id) => Problem::MissingInput {
                input: id.to_owned(),
                label: self.label(id),
            },
            Fault::Invalid(id, error) => Problem::InvalidInput {
                input: id.to_owned(),
                label: self.label(id),
                error,
            },
            Fault::Zero(id) => Problem::ZeroDenominator {
                input: id.to_owned(),
                label: self.label(id),
            },
        }
    }
}

/// Why a value cannot be computed, cheap to make and drop; turned into a [`Problem`] (with
/// the input's label) only when it is reported.
#[derive(Clone, Copy, Debug)]
enum Fault<'i> {
    Missing(&'i str),
    Invalid(&'i str, crate::input::InputError),
    Zero(&'i str),
}

/// The calculator's value, rounded down to six decimals.
pub(crate) fn compute(
    spec: &CalcSpec,
    values: &BTreeMap<String, Decimal>,
) -> Result<Decimal, Problem> {
    compute_with(spec, &|id: &str| values.get(id).copied()).map_err(|f| spec.problem(f))
}

/// The calculator's value with its unit and the warnings its figures raise.
pub(crate) fn calculation(
    spec: &CalcSpec,
    values: &BTreeMap<String, Decimal>,
) -> Result<Calculation, Problem> {
    let value = compute(spec, values)?;
    Ok(Calculation {
        value,
        unit: spec.result_unit.clone(),
        warnings: warnings(spec, values, value),
    })
}

/// Figures that were accepted but look unintended, for a value that could be computed:
/// each input's own [`plausibility`], then what the formula tells. A rate per thousand above
/// 1,000 is more than one per resident (a population typed in 万人, most likely), and a
/// percentage whose part exceeds its whole (130 followed up of 118 failed batches) is above
/// 100 %. Nothing here changes the points.
pub(crate) fn warnings(
    spec: &CalcSpec,
    values: &BTreeMap<String, Decimal>,
    value: Decimal,
) -> Vec<CalcWarning> {
    let mut out = Vec::new();
    for input in &spec.inputs {
        let Some(&figure) = values.get(&input.id) else {
            continue;
        };
        if let Some(warning) = plausibility(input.kind, figure) {
            out.push(CalcWarning::Input {
                input: input.id.clone(),
                label: input.label.clone(),
                warning,
            });
        }
    }
    match &spec.formula {
        Formula::PerThousand { population, .. } if value > Decimal::whole(1000) => {
            out.push(CalcWarning::MoreThanOnePerResident {
                value,
                population: spec.label(population),
            });
        }
        Formula::Percentage { part, whole } if value > Decimal::whole(100) => {
            out.push(CalcWarning::PartAboveWhole {
                part: spec.label(part),
                whole: spec.label(whole),
                value,
            });
        }
        _ => {}
    }
    out
}

/// A result more than [`FAR_ABOVE_FULL_MARKS`] times the level that earns full marks: against
/// the indicator's own threshold, 1,000 批次/千人 where 4 earns full marks is a figure typed
/// wrong (a population in 万人, a count with three zeros too many), even though it is below the
/// absolute limit. Growth rates are left out: a real increase can be many times its target.
pub(crate) fn far_above_full_marks(c: &Calculator, value: Decimal) -> Option<CalcWarning> {
    if matches!(c.spec.formula, Formula::Growth { .. }) {
        return None;
    }
    let full_marks = c.thresholds.iter().map(|t| t.at_least).max()?;
    let times = value.ratio(full_marks, 1)?;
    (full_marks > Decimal::ZERO && times > Decimal::whole(FAR_ABOVE_FULL_MARKS)).then(|| {
        CalcWarning::FarAboveFullMarks {
            value,
            full_marks,
            unit: c.spec.result_unit.clone(),
        }
    })
}

/// [`compute`] over any way of looking figures up.
fn compute_with<'p>(
    spec: &'p CalcSpec,
    get: &impl Fn(&str) -> Option<Decimal>,
) -> Result<Decimal, Fault<'p>> {
    let ratio = |num: &'p str, den: &'p str, factor: i64| {
        let n = spec.figure(get, num)?;
        let d = spec.figure(get, den)?;
        n.ratio(d, factor).ok_or(Fault::Zero(den))
    };
    match &spec.formula {
        Formula::PerThousand { count, population } => ratio(count, population, 1000),
        Formula::Percentage { part, whole } => ratio(part, whole, 100),
        Formula::Growth { current, previous } => {
            let c = spec.figure(get, current)?;
            let p = spec.figure(get, previous)?;
            c.minus(p).ratio(p, 100).ok_or(Fault::Zero(previous))
        }
        Formula::Value { input } => spec.figure(get, input),
    }
}

/// Figures that reach a target: `values` with the dividend (and perhaps a placeholder
/// divisor) replaced.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Solution<'p> {
    /// The input raised, and its new figure.
    pub raised: Option<(&'p str, Decimal)>,
    /// A placeholder divisor, when the given one was missing or unusable.
    pub divisor: Option<(&'p str, Decimal)>,
    /// The calculator's value with these figures.
    pub value: Decimal,
}

/// How to change `values` so the value is at least `target`, without copying anything;
/// `None` when no acceptable figures can reach it (a percentage above 100, beyond a trillion).
///
/// The divisor is kept when it is already a valid non-zero figure; otherwise a round
/// placeholder is used (1,000 residents, 100 for a whole or last year's amount), and only the
/// dividend is raised, to the least acceptable figure.
pub(crate) fn solve<'p>(
    spec: &'p CalcSpec,
    values: &BTreeMap<String, Decimal>,
    target: Decimal,
) -> Option<Solution<'p>> {
    let given = |id: &str| values.get(id).copied();
    if let Ok(value) = compute_with(spec, &given) {
        if value >= target {
            let (raised, divisor) = (None, None);
            return Some(Solution {
                raised,
                divisor,
                value,
            });
        }
    }
    let t = target.micros();
    let usable = |id: &str| spec.figure(&given, id).ok().filter(|d| !d.is_zero());
    let den = |id: &'p str, placeholder: i64| match usable(id) {
        Some(d) => (d.micros(), None),
        None => {
            let d = Decimal::whole(placeholder);
            (d.micros(), Some((id, d)))
        }
    };
    let (num, least, divisor): (&'p str, i128, _) = match &spec.formula {
        Formula::Value { input } => (input, t, None),
        Formula::PerThousand { count, population } => {
            let (d, placeholder) = den(population, 1000);
            (count, ceil_div(t * d, 1000 * MICRO), placeholder)
        }
        Formula::Percentage { part, whole } => {
            let (d, placeholder) = den(whole, 100);
            (part, ceil_div(t * d, 100 * MICRO), placeholder)
        }
        Formula::Growth { current, previous } => {
            let (d, placeholder) = den(previous, 100);
            (current, d + ceil_div(t * d, 100 * MICRO), placeholder)
        }
    };
    let kind = spec.input(num).map_or(InputKind::Amount, |i| i.kind);
    let mut figure = fit(kind, least)?;
    // The value is rounded down to six decimals; step up by the smallest unit if that bit.
    for _ in 0..4 {
        let with = |id: &str| {
            if id == num {
                Some(figure)
            } else {
                match divisor {
                    Some((d, v)) if d == id => Some(v),
                    _ => given(id),
                }
            }
        };
        if let Ok(value) = compute_with(spec, &with) {
            if value >= target {
                let raised = Some((num, figure));
                return Some(Solution {
                    raised,
                    divisor,
                    value,
                });
            }
        }
        figure = fit(kind, figure.micros() + step(kind))?;
    }
    None
}

/// [`solve`], applied to a copy of `values`.
pub(crate) fn reach(
    spec: &CalcSpec,
    values: &BTreeMap<String, Decimal>,
    target: Decimal,
) -> Option<BTreeMap<String, Decimal>> {
    let solution = solve(spec, values, target)?;
    let mut out = values.clone();
    for (id, figure) in solution.raised.into_iter().chain(solution.divisor) {
        out.insert(id.to_owned(), figure);
    }
    Some(out)
}

/// The least acceptable figure of `kind` at or above `micros`.
fn fit(kind: InputKind, micros: i128) -> Option<Decimal> {
    let mut m = micros.max(0);
    if matches!(kind, InputKind::Count | InputKind::Population) {
        m = ceil_div(m, MICRO) * MICRO;
    }
    if kind == InputKind::Population {
        m = m.max(MICRO);
    }
    let d = Decimal::from_micros(m);
    let limit = match kind {
        InputKind::Percent => Decimal::whole(100),
        _ => MAX_INPUT,
    };
    (d <= limit).then_some(d)
}

fn step(kind: InputKind) -> i128 {
    match kind {
        InputKind::Count | InputKind::Population => MICRO,
        InputKind::Amount | InputKind::Percent => 1,
    }
}

fn ceil_div(a: i128, b: i128) -> i128 {
    a.div_euclid(b) + i128::from(a.rem_euclid(b) != 0)
}
