//! The path to pass: the fewest (or least-effort) concrete answers that turn a failing or
//! incomplete assessment into a pass.
//!
//! Three kinds of requirement, handled in this order:
//! 1. **Vetoes.** A declared veto cannot be worked off: the plan is "cannot pass". An unknown
//!    declaration must be confirmed as "did not happen". A threshold veto needs its value raised
//!    to the threshold, through its indicator or its own figures.
//! 2. **Key items** below or not yet at their floor must reach it.
//! 3. **The total** must reach the pass mark. On a rebased pack the denominator is fixed (the
//!    plan never changes what is N/A), so this is "raw points ≥ R" for one exact R.
//!
//! Indicators forced by 1 and 2 are in the plan anyway, so they are raised to their best for
//! free; the rest of the gap is covered by [`select`]. Finally each chosen step is lowered to
//! the least answer that still passes, so the plan asks for no more than it must.

mod select;
mod targets;

use super::calc;
use super::totals::Scale;
use super::Cx;
use crate::assessment::Answer;
use crate::explain::path::{self as words, Reached};
use crate::pack::{Indicator, Rule, VetoTest, VetoValue};
use crate::report::{
    Id, Improvement, KeyItemResult, KeyStatus, Need, PathToPass, Plan, PlanBasis, Reason,
    ReasonKind, Status, VetoResult, VetoStatus, VetoStep, VetoTarget,
};
use crate::{Decimal, Points, Text};
use select::Item;
use std::cmp::Reverse;
use std::collections::BTreeMap;
use targets::Target;

impl Improvement {
    /// The step in plain words, e.g. "C-02 抽检量：数值达到 4 批次/千人（…）（4.5 → 9 分）".
    /// `indicator` is this step's indicator in the pack evaluated.
    pub fn text(&self, indicator: &Indicator) -> Text {
        let reached = match (&indicator.rule, &self.target) {
            (Rule::Calculator(c), Answer::Inputs { values }) => {
                calc::compute(&c.spec, values).ok().map(|value| Reached {
                    value,
                    above_zero: super::rules::points_at(c, value)
                        .1
                        .is_some_and(|n| c.thresholds[n].at_least == Decimal::STEP),
                })
            }
            _ => None,
        };
        words::improvement(indicator, self, reached)
    }
}

/// One indicator the plan must or may change.
struct Candidate {
    idx: usize,
    now: Points,
    /// Why it is forced into the plan; empty for a plain "more points" candidate.
    needs: Vec<Need>,
    /// The least value its calculator must reach, for vetoes.
    value_need: Option<Decimal>,
    /// The least points any target must have (a key item's floor, or more than now).
    min: Points,
    /// The most points it can reach.
    best: Points,
    /// Whether `best` has been worked out exactly (see the plain candidates).
    checked: bool,
}

/// Works out the path to pass, phase by phase (see the module docs).
pub(crate) fn path_to_pass(
    cx: &Cx,
    vetoes: &[VetoResult],
    keys: &[KeyItemResult],
    scale: Scale,
    passing: bool,
) -> PathToPass {
    if passing {
        return PathToPass::AlreadyPassing;
    }
    let mut cannot = Vec::new();
    let mut forced = BTreeMap::new();
    let veto_steps = settle_vetoes(cx, vetoes, &mut forced, &mut cannot);
    raise_key_items(cx, keys, &mut forced);
    let forced = best_of_forced(cx, forced, &mut cannot);
    let mut plain = plain_candidates(cx, &forced);
    let budget = Budget::new(cx, &forced, scale);
    let mut items = budget.items(cx, &plain);
    let (chosen, exact) = match choose(cx, &budget, &mut plain, &mut items, cannot) {
        Ok(found) => found,
        Err(reasons) => return PathToPass::CannotPass { reasons },
    };
    let steps = lower(cx, &budget, chosen, &items, plain, forced);
    PathToPass::Plan(plan(cx, &budget, steps, veto_steps, exact))
}

/// Phase 1: vetoes. A declared one makes passing impossible; an unknown declaration becomes a
/// step; a threshold forces its indicator up, or asks for figures of the veto's own.
fn settle_vetoes(
    cx: &Cx,
    vetoes: &[VetoResult],
    forced: &mut BTreeMap<usize, Candidate>,
    cannot: &mut Vec<Reason>,
) -> Vec<VetoStep> {
    let mut steps = Vec::new();
    for (veto, result) in cx.pack.vetoes.iter().zip(vetoes) {
        if result.status == VetoStatus::Clear {
            continue;
        }
        let id = Id::new(&veto.id);
        match &veto.test {
            VetoTest::Declaration { .. } if result.status == VetoStatus::Triggered => {
                cannot.push(Reason {
                    kind: ReasonKind::VetoTriggered { veto: id },
                    text: words::declared_veto(&veto.name),
                })
            }
            VetoTest::Declaration { .. } => steps.push(VetoStep {
                veto: id,
                name: veto.name.clone(),
                target: VetoTarget::DeclareNo,
                text: words::confirm_no(&veto.name),
            }),
            VetoTest::Threshold {
                value: VetoValue::Indicator { indicator },
                at_least,
            } => {
                if let Some(idx) = cx.position(indicator) {
                    let c = force(forced, cx, idx);
                    c.value_need = Some(c.value_need.map_or(*at_least, |n| n.max(*at_least)));
                    c.needs.push(Need::Veto { veto: id });
                }
            }
            VetoTest::Threshold {
                value: VetoValue::Calculator(spec),
                at_least,
            } => {
                let empty = BTreeMap::new();
                let values = cx.assessment.veto_inputs.get(&veto.id).unwrap_or(&empty);
                match calc::reach(spec, values, *at_least) {
                    Some(values) => steps.push(VetoStep {
                        veto: id,
                        name: veto.name.clone(),
                        target: VetoTarget::Inputs { values },
                        text: words::raise_veto(&veto.name, *at_least, &spec.result_unit),
                    }),
                    None => cannot.push(Reason {
                        kind: ReasonKind::VetoUnreachable { veto: id },
                        text: words::unreachable_veto(&veto.name, *at_least, &spec.result_unit),
                    }),
                }
            }
        }
    }
    steps
}

/// Phase 2: key items below, or not yet at, their floor must reach it.
fn raise_key_items(cx: &Cx, keys: &[KeyItemResult], forced: &mut BTreeMap<usize, Candidate>) {
    for key in keys {
        if matches!(key.status, KeyStatus::Below | KeyStatus::Unknown) {
            if let Some(idx) = cx.position(&key.indicator) {
                let c = force(forced, cx, idx);
                let floor = i64::from(key.floor_percent) * key.max.tenths();
                c.min = Points::from_tenths((floor + 99).div_euclid(100));
                c.needs.push(Need::KeyItem);
            }
        }
    }
}

/// Forced indicators are in the plan anyway, so each is raised to its best; one that cannot
/// reach what it must is a reason the city cannot pass.
fn best_of_forced(
    cx: &Cx,
    forced: BTreeMap<usize, Candidate>,
    cannot: &mut Vec<Reason>,
) -> Vec<Candidate> {
    let mut forced: Vec<Candidate> = forced.into_values().collect();
    for c in &mut forced {
        let ind = cx.indicators[c.idx];
        match targets::best(ind, cx.answer(c.idx), c.value_need) {
            Some(best) if best >= c.min => c.best = best,
            _ => cannot.push(unreachable_indicator(ind, c)),
        }
    }
    forced
}

/// Every other indicator that could gain points.
fn plain_candidates(cx: &Cx, forced: &[Candidate]) -> Vec<Candidate> {
    let mut is_forced = vec![false; cx.indicators.len()];
    for c in forced {
        is_forced[c.idx] = true;
    }
    let mut plain = Vec::with_capacity(cx.indicators.len());
    for (idx, (ind, r)) in cx.indicators.iter().zip(cx.results).enumerate() {
        if r.status == Status::NotApplicable
            || r.awarded >= r.max
            || is_forced[idx]
            || cx.is_bonus(idx)
        {
            continue;
        }
        // A calculator's best is taken to be its maximum until it is chosen; then it is
        // checked (some figures cannot go high enough) and the choice re-run if it was wrong.
        plain.push(Candidate {
            idx,
            now: r.awarded,
            needs: Vec::new(),
            value_need: None,
            min: r.awarded + Points::from_tenths(1),
            best: r.max,
            checked: !matches!(ind.rule, Rule::Calculator(_)),
        });
    }
    plain
}

/// Phase 3, the total: what the plain candidates must add once the forced ones are at their
/// best, and what a step costs.
struct Budget {
    scale: Scale,
    /// Raw points now, N/A left out.
    now: i64,
    /// Raw points with every forced step at its best.
    base: i64,
    /// The least raw points that pass, if any can.
    least: Option<i64>,
    basis: PlanBasis,
    /// The largest effort estimate given, the cost of a step without one.
    largest_estimate: Option<u32>,
}

impl Budget {
    fn new(cx: &Cx, forced: &[Candidate], scale: Scale) -> Budget {
        let now: i64 = cx
            .results
            .iter()
            .enumerate()
            .filter(|&(n, r)| r.status != Status::NotApplicable && !cx.is_bonus(n))
            .map(|(_, r)| r.awarded.tenths())
            .sum();
        let base = now
            + forced
                .iter()
                .map(|c| (c.best - c.now).tenths())
                .sum::<i64>();
        let largest_estimate = cx
            .entries
            .iter()
            .filter_map(|e| e.and_then(|e| e.effort))
            .max();
        Budget {
            scale,
            now,
            base,
            least: scale.least_awarded_for(cx.pack.pass_rule.min_total.tenths()),
            basis: match largest_estimate {
                None => PlanBasis::Count,
                Some(_) => PlanBasis::Effort,
            },
            largest_estimate,
        }
    }

    /// The cost the plan counts for a step on indicator `idx`.
    fn cost(&self, cx: &Cx, idx: usize) -> u64 {
        u64::from(cx.effort(idx).or(self.largest_estimate).unwrap_or(1))
    }

    fn items(&self, cx: &Cx, plain: &[Candidate]) -> Vec<Item> {
        plain
            .iter()
            .map(|c| Item {
                gain: (c.best - c.now).tenths(),
                cost: self.cost(cx, c.idx),
            })
            .collect()
    }
}

/// Picks the plain candidates that cover the rest of the gap, checking each chosen
/// calculator's real best and choosing again when it was lower than assumed.
fn choose(
    cx: &Cx,
    budget: &Budget,
    plain: &mut [Candidate],
    items: &mut [Item],
    mut cannot: Vec<Reason>,
) -> Result<(Vec<usize>, bool), Vec<Reason>> {
    let need = budget.least.map_or(i64::MAX, |l| l - budget.base);
    loop {
        let found = match budget.basis {
            PlanBasis::Count => select::fewest(items, need).map(|c| (c, true)),
            PlanBasis::Effort => select::cheapest(items, need),
        };
        let unchecked: Vec<usize> = match &found {
            Some((chosen, _)) => chosen
                .iter()
                .copied()
                .filter(|&i| !plain[i].checked)
                .collect(),
            None => (0..plain.len()).filter(|&i| !plain[i].checked).collect(),
        };
        if unchecked.is_empty() {
            return match found {
                Some(found) if budget.least.is_some() && cannot.is_empty() => Ok(found),
                Some(_) => Err(cannot),
                None => {
                    let reachable = budget.base + items.iter().map(|i| i.gain).sum::<i64>();
                    let most = Points::from_tenths(budget.scale.score(reachable));
                    cannot.push(Reason {
                        kind: ReasonKind::TotalCannotReach,
                        text: words::total_cannot_reach(most, cx.pack.pass_rule.min_total),
                    });
                    Err(cannot)
                }
            };
        }
        for i in unchecked {
            let c = &mut plain[i];
            let ind = cx.indicators[c.idx];
            c.best = targets::best(ind, cx.answer(c.idx), None).map_or(c.now, |b| b.max(c.now));
            c.checked = true;
            items[i].gain = (c.best - c.now).tenths();
        }
    }
}

/// Phase 4: lowers each step to the least answer that still passes, smallest gains first, so
/// the plan asks for no more than it must.
fn lower(
    cx: &Cx,
    budget: &Budget,
    chosen: Vec<usize>,
    items: &[Item],
    plain: Vec<Candidate>,
    forced: Vec<Candidate>,
) -> Vec<(Candidate, Target)> {
    let least = budget.least.unwrap_or_default();
    let mut order: Vec<(i64, Reverse<usize>)> = chosen
        .iter()
        .map(|&i| (items[i].gain, Reverse(i)))
        .collect();
    order.sort_unstable();
    let chosen: Vec<usize> = order.into_iter().map(|(_, Reverse(i))| i).collect();
    let mut surplus = budget.base + chosen.iter().map(|&i| items[i].gain).sum::<i64>() - least;
    let mut steps = Vec::with_capacity(chosen.len() + forced.len());
    let mut plain: Vec<Option<Candidate>> = plain.into_iter().map(Some).collect();
    let picked = chosen.iter().filter_map(|&i| plain[i].take());
    for c in picked.chain(forced) {
        let ind = cx.indicators[c.idx];
        let min = c.min.max(Points::from_tenths(c.best.tenths() - surplus));
        let Some(target) = targets::least(ind, cx.answer(c.idx), min, c.value_need) else {
            continue;
        };
        surplus -= (c.best - target.points).tenths();
        steps.push((c, target));
    }
    steps
}

/// The plan: forced steps first, then by points gained.
fn plan(
    cx: &Cx,
    budget: &Budget,
    steps: Vec<(Candidate, Target)>,
    veto_steps: Vec<VetoStep>,
    exact: bool,
) -> Plan {
    let gained: i64 = steps.iter().map(|(c, t)| (t.points - c.now).tenths()).sum();
    // Sorted through small keys, not the steps.
    let mut order: Vec<(bool, Reverse<Points>, usize, usize)> = steps
        .iter()
        .enumerate()
        .map(|(n, (c, t))| (c.needs.is_empty(), Reverse(t.points - c.now), c.idx, n))
        .collect();
    order.sort_unstable();
    let mut steps: Vec<Option<(Candidate, Target)>> = steps.into_iter().map(Some).collect();
    let improvements: Vec<Improvement> = order
        .into_iter()
        .filter_map(|(.., n)| steps[n].take())
        .map(|(c, target)| improvement(cx, c, target))
        .collect();
    let total_effort = (budget.basis == PlanBasis::Effort).then(|| {
        improvements
            .iter()
            .map(|s| u64::from(s.effort.or(budget.largest_estimate).unwrap_or(1)))
            .sum()
    });
    Plan {
        improvements,
        veto_steps,
        basis: budget.basis,
        total_effort,
        score_after: Points::from_tenths(budget.scale.score(budget.now + gained)),
        exact,
    }
}

fn force<'m>(forced: &'m mut BTreeMap<usize, Candidate>, cx: &Cx, idx: usize) -> &'m mut Candidate {
    let now = cx.results[idx].awarded;
    forced.entry(idx).or_insert_with(|| Candidate {
        idx,
        now,
        needs: Vec::new(),
        value_need: None,
        min: Points::ZERO,
        best: now,
        checked: true,
    })
}

fn improvement(cx: &Cx, c: Candidate, target: Target) -> Improvement {
    Improvement {
        indicator: Id::new(&cx.indicators[c.idx].id),
        from: c.now,
        to: target.points,
        target: target.answer,
        needs: if c.needs.is_empty() {
            vec![Need::Total]
        } else {
            c.needs
        },
        effort: cx.effort(c.idx),
    }
}

fn unreachable_indicator(ind: &Indicator, c: &Candidate) -> Reason {
    let id = &ind.id;
    match c.needs.iter().find_map(|n| match n {
        Need::Veto { veto } => Some(veto),
        _ => None,
    }) {
        Some(veto) => Reason {
            kind: ReasonKind::VetoUnreachable { veto: veto.clone() },
            text: words::unreachable_veto_indicator(veto, id),
        },
        None => Reason {
            kind: ReasonKind::KeyItemBelow {
                indicator: Id::new(id),
            },
            text: words::unreachable_key_item(id),
        },
    }
}

impl<'a> Cx<'a> {
    fn answer(&self, idx: usize) -> Option<&'a Answer> {
        self.entries[idx]?.answer.as_ref()
    }

    /// The city's effort estimate for indicator `idx`, if it gave one.
    fn effort(&self, idx: usize) -> Option<u32> {
        self.entries[idx].and_then(|e| e.effort)
    }
}
