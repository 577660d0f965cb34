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
use super::words;
use super::Cx;
use crate::assessment::{Answer, Assessment};
use crate::pack::{Indicator, Rule, VetoTest, VetoValue};
use crate::report::{
    Id, KeyItemResult, KeyStatus, Reason, ReasonKind, Status, VetoResult, VetoStatus,
};
use crate::{Decimal, Lang, Points, Text};
use select::Item;
use std::collections::BTreeMap;
use targets::Target;

/// What it takes to pass.
#[derive(Clone, Debug, PartialEq)]
pub enum PathToPass {
    /// The assessment already passes.
    AlreadyPassing,
    /// These steps would make it pass.
    Plan(Plan),
    /// No answers can make it pass, for these reasons.
    CannotPass {
        /// Why not.
        reasons: Vec<Reason>,
    },
}

/// Steps that together make the assessment pass.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Indicator answers to change: forced ones (veto, key item) first, then by points gained.
    pub improvements: Vec<Improvement>,
    /// Veto items to confirm or raise.
    pub veto_steps: Vec<VetoStep>,
    /// What was minimised.
    pub basis: PlanBasis,
    /// The summed effort estimates of the improvements, when minimising effort.
    pub total_effort: Option<u64>,
    /// The total on the pack's scale once every step is done.
    pub score_after: Points,
    /// False only when a very large pack made the least-effort search fall back to a heuristic.
    pub exact: bool,
}

/// What a plan minimises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanBasis {
    /// The number of indicators to improve.
    Count,
    /// The sum of the city's effort estimates. An indicator without an estimate is taken to
    /// cost as much as the largest estimate given, so the plan prefers what is known to be cheap.
    Effort,
}

/// One indicator answer to change.
#[derive(Clone, Debug, PartialEq)]
pub struct Improvement {
    /// Indicator ID.
    pub indicator: Id,
    /// Points now.
    pub from: Points,
    /// Points with the target answer.
    pub to: Points,
    /// The answer to reach; applying it as is gives `to`.
    pub target: Answer,
    /// Why this step is in the plan.
    pub needs: Vec<Need>,
    /// The effort estimate, if the city gave one.
    pub effort: Option<u32>,
}

impl Improvement {
    /// The step in plain words, e.g. "C-02 抽检量：数值达到 4 批次/千人（…）（4.5 → 9 分）".
    /// `indicator` is this step's indicator in the pack evaluated.
    pub fn text(&self, indicator: &Indicator) -> Text {
        let (zh, en) = describe(indicator, self);
        let (id, from, to) = (&indicator.id, self.from, self.to);
        Text::new(
            format!("{id} {}：{zh}（{from} → {to} 分）", indicator.name.zh),
            format!(
                "{id} {}: {en} ({from} → {to} points)",
                indicator.name.get(Lang::En)
            ),
        )
    }
}

/// Why a step is in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Need {
    /// Its value clears a veto.
    Veto {
        /// Veto ID.
        veto: Id,
    },
    /// It is a key item that must reach its floor.
    KeyItem,
    /// Its points are needed for the total.
    Total,
}

/// One veto item to settle.
#[derive(Clone, Debug, PartialEq)]
pub struct VetoStep {
    /// Veto ID.
    pub veto: Id,
    /// Veto name.
    pub name: Text,
    /// What to record.
    pub target: VetoTarget,
    /// The step in plain words.
    pub text: Text,
}

/// What to record for a veto item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VetoTarget {
    /// Confirm that it did not happen.
    DeclareNo,
    /// Figures for its own calculator that clear it.
    Inputs {
        /// Figures by input ID.
        values: BTreeMap<String, Decimal>,
    },
}

impl Plan {
    /// Applies every step to `assessment`, as a "what if" or to test the plan.
    pub fn apply_to(&self, assessment: &mut Assessment) {
        for step in &self.improvements {
            assessment.set_answer(&step.indicator, step.target.clone());
        }
        for step in &self.veto_steps {
            match &step.target {
                VetoTarget::DeclareNo => assessment.declare_veto(&step.veto, false),
                VetoTarget::Inputs { values } => {
                    assessment
                        .veto_inputs
                        .insert(step.veto.to_string(), values.clone());
                }
            }
        }
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

/// Works out the path to pass.
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
    let mut veto_steps = Vec::new();
    let mut forced: BTreeMap<usize, Candidate> = BTreeMap::new();
    for (veto, result) in cx.pack.vetoes.iter().zip(vetoes) {
        if result.status == VetoStatus::Clear {
            continue;
        }
        let en_name = veto.name.get(Lang::En);
        match &veto.test {
            VetoTest::Declaration { .. } if result.status == VetoStatus::Triggered => {
                cannot.push(Reason {
                    kind: ReasonKind::VetoTriggered {
                        veto: Id::new(&veto.id),
                    },
                    text: Text::new(
                        format!("否决项：{}（已申报发生），无法通过整改消除", veto.name.zh),
                        format!("Veto: {en_name} (declared); no improvement can undo it"),
                    ),
                })
            }
            VetoTest::Declaration { .. } => veto_steps.push(VetoStep {
                veto: Id::new(&veto.id),
                name: veto.name.clone(),
                target: VetoTarget::DeclareNo,
                text: Text::new(
                    format!("确认否决项“{}”未发生", veto.name.zh),
                    format!("Confirm that veto “{en_name}” did not happen"),
                ),
            }),
            VetoTest::Threshold {
                value: VetoValue::Indicator { indicator },
                at_least,
            } => {
                if let Some(idx) = cx.position(indicator) {
                    let c = force(&mut forced, cx, idx);
                    c.value_need = Some(c.value_need.map_or(*at_least, |n| n.max(*at_least)));
                    c.needs.push(Need::Veto {
                        veto: Id::new(&veto.id),
                    });
                }
            }
            VetoTest::Threshold {
                value: VetoValue::Calculator(spec),
                at_least,
            } => {
                let empty = BTreeMap::new();
                let values = cx.assessment.veto_inputs.get(&veto.id).unwrap_or(&empty);
                let above_zero = *at_least == crate::Decimal::STEP;
                let (number, zh_verb, en_verb) = if above_zero {
                    ("0".to_owned(), "大于", "above")
                } else {
                    (words::exact(*at_least), "达到", "to")
                };
                let shown = words::with_unit(&number, &spec.result_unit);
                match calc::reach(spec, values, *at_least) {
                    Some(values) => veto_steps.push(VetoStep {
                        veto: Id::new(&veto.id),
                        name: veto.name.clone(),
                        target: VetoTarget::Inputs { values },
                        text: Text::new(
                            format!("否决项“{}”：数值{zh_verb} {}", veto.name.zh, shown.zh),
                            format!("Veto “{en_name}”: bring the value {en_verb} {}", shown.en),
                        ),
                    }),
                    None => cannot.push(unreachable_veto(&veto.id, &veto.name, &shown)),
                }
            }
        }
    }
    for key in keys {
        if matches!(key.status, KeyStatus::Below | KeyStatus::Unknown) {
            if let Some(idx) = cx.position(&key.indicator) {
                let c = force(&mut forced, cx, idx);
                let floor = i64::from(key.floor_percent) * key.max.tenths();
                c.min = Points::from_tenths((floor + 99).div_euclid(100));
                c.needs.push(Need::KeyItem);
            }
        }
    }
    let mut forced: Vec<Candidate> = forced.into_values().collect();
    for c in &mut forced {
        let ind = cx.indicators[c.idx];
        match targets::best(ind, cx.answer(c.idx), c.value_need) {
            Some(best) if best >= c.min => c.best = best,
            _ => cannot.push(unreachable_indicator(ind, c)),
        }
    }
    let mut is_forced = vec![false; cx.indicators.len()];
    for c in &forced {
        is_forced[c.idx] = true;
    }
    let mut plain: Vec<Candidate> = Vec::with_capacity(cx.indicators.len());
    for (idx, (ind, r)) in cx.indicators.iter().zip(cx.results).enumerate() {
        if r.status == Status::NotApplicable || r.awarded >= r.max || is_forced[idx] {
            continue;
        }
        // A calculator's best is taken to be its maximum until it is chosen; then it is
        // checked (some figures cannot go high enough) and the choice re-run if it was wrong.
        let checked = !matches!(ind.rule, Rule::Calculator(_));
        if r.max > r.awarded {
            plain.push(Candidate {
                idx,
                now: r.awarded,
                needs: Vec::new(),
                value_need: None,
                min: r.awarded + Points::from_tenths(1),
                best: r.max,
                checked,
            });
        }
    }

    let now: i64 = cx
        .results
        .iter()
        .filter(|r| r.status != Status::NotApplicable)
        .map(|r| r.awarded.tenths())
        .sum();
    let base = now
        + forced
            .iter()
            .map(|c| (c.best - c.now).tenths())
            .sum::<i64>();
    let min = cx.pack.pass_rule.min_total;
    let least = scale.least_awarded_for(min.tenths());
    let effort_of = |idx: usize| cx.entries[idx].and_then(|e| e.effort);
    let largest_estimate = cx
        .entries
        .iter()
        .filter_map(|e| e.and_then(|e| e.effort))
        .max();
    let mut items: Vec<Item> = plain
        .iter()
        .map(|c| Item {
            gain: (c.best - c.now).tenths(),
            cost: u64::from(effort_of(c.idx).or(largest_estimate).unwrap_or(1)),
        })
        .collect();
    let basis = match largest_estimate {
        None => PlanBasis::Count,
        Some(_) => PlanBasis::Effort,
    };
    let need = least.map_or(i64::MAX, |l| l - base);
    let verify = |c: &mut Candidate, item: &mut Item| {
        let ind = cx.indicators[c.idx];
        c.best = targets::best(ind, cx.answer(c.idx), None).map_or(c.now, |b| b.max(c.now));
        c.checked = true;
        item.gain = (c.best - c.now).tenths();
    };
    let (mut chosen, exact) = loop {
        let found = match basis {
            PlanBasis::Count => select::fewest(&items, need).map(|c| (c, true)),
            PlanBasis::Effort => select::cheapest(&items, need),
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
            match found {
                Some(found) if least.is_some() && cannot.is_empty() => break found,
                Some(_) => return PathToPass::CannotPass { reasons: cannot },
                None => {
                    let reachable = base + items.iter().map(|i| i.gain).sum::<i64>();
                    let most = Points::from_tenths(scale.score(reachable));
                    cannot.push(Reason {
                        kind: ReasonKind::TotalCannotReach,
                        text: Text::new(
                            format!("即使每项都取得可达到的最高分，总分最多 {most} < {min}"),
                            format!(
                                "Even with the best reachable points everywhere the total is at most {most} < {min}"
                            ),
                        ),
                    });
                    return PathToPass::CannotPass { reasons: cannot };
                }
            }
        }
        for i in unchecked {
            verify(&mut plain[i], &mut items[i]);
        }
    };
    let least = least.unwrap_or_default();

    // Lower each step to the least answer that still passes, smallest gains first.
    let mut keys: Vec<(i64, std::cmp::Reverse<usize>)> = chosen
        .iter()
        .map(|&i| (items[i].gain, std::cmp::Reverse(i)))
        .collect();
    keys.sort_unstable();
    chosen = keys
        .into_iter()
        .map(|(_, std::cmp::Reverse(i))| i)
        .collect();
    let mut surplus = base + chosen.iter().map(|&i| items[i].gain).sum::<i64>() - least;
    let mut steps: Vec<(Candidate, Target)> = Vec::with_capacity(chosen.len() + forced.len());
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
    let gained: i64 = steps.iter().map(|(c, t)| (t.points - c.now).tenths()).sum();
    // Forced steps first, then by points gained; sorted through small keys, not the steps.
    let mut order: Vec<(bool, std::cmp::Reverse<Points>, usize, usize)> = steps
        .iter()
        .enumerate()
        .map(|(n, (c, t))| {
            (
                c.needs.is_empty(),
                std::cmp::Reverse(t.points - c.now),
                c.idx,
                n,
            )
        })
        .collect();
    order.sort_unstable();
    let mut steps: Vec<Option<(Candidate, Target)>> = steps.into_iter().map(Some).collect();
    let improvements: Vec<Improvement> = order
        .into_iter()
        .filter_map(|(.., n)| steps[n].take())
        .map(|(c, target)| improvement(cx, c, target, effort_of))
        .collect();
    let total_effort = (basis == PlanBasis::Effort).then(|| {
        improvements
            .iter()
            .map(|s| u64::from(s.effort.or(largest_estimate).unwrap_or(1)))
            .sum()
    });
    PathToPass::Plan(Plan {
        improvements,
        veto_steps,
        basis,
        total_effort,
        score_after: Points::from_tenths(scale.score(now + gained)),
        exact,
    })
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

fn improvement(
    cx: &Cx,
    c: Candidate,
    target: Target,
    effort_of: impl Fn(usize) -> Option<u32>,
) -> Improvement {
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
        effort: effort_of(c.idx),
    }
}

/// The step's action in words: which level, which items, how many findings, what value.
fn describe(ind: &Indicator, step: &Improvement) -> (String, String) {
    match (&ind.rule, &step.target) {
        (Rule::Levels { levels }, Answer::Level { level }) => {
            let name = levels.iter().find(|l| &l.id == level).map(|l| &l.name);
            let (zh, en) = name.map_or((level.as_str(), level.as_str()), |n| {
                (n.zh.as_str(), n.get(Lang::En))
            });
            (format!("达到“{zh}”"), format!("reach “{en}”"))
        }
        (Rule::SubItems { items, .. }, Answer::SubItems { met }) => {
            let met: Vec<_> = items.iter().filter(|i| met.contains(&i.id)).collect();
            let zh: Vec<&str> = met.iter().map(|i| i.text.zh.as_str()).collect();
            let en: Vec<&str> = met.iter().map(|i| i.text.get(Lang::En)).collect();
            (
                format!("满足要点：{}", zh.join("；")),
                format!("meet: {}", en.join("; ")),
            )
        }
        // The finding's definition belongs to the rule, not to the step.
        (Rule::Deductions { .. }, Answer::Findings { count: 0 }) => {
            ("不再发现问题".to_owned(), "have no findings".to_owned())
        }
        (Rule::Deductions { .. }, Answer::Findings { count }) => {
            let findings = if *count == 1 { "finding" } else { "findings" };
            (
                format!("发现的问题减少到 {count} 处"),
                format!("bring it down to {count} {findings}"),
            )
        }
        (Rule::Calculator(c), Answer::Inputs { values }) => {
            let spec = &c.spec;
            let value = calc::compute(spec, values).ok();
            // A target of "above zero" is met by the least step above it; name the threshold,
            // not a value that prints as 0.
            let above_zero = value.is_some_and(|v| {
                let (_, reached) = super::rules::points_at(c, v);
                reached.is_some_and(|n| c.thresholds[n].at_least == crate::Decimal::STEP)
            });
            let shown = value
                .map(|v| words::with_unit(&words::value(v), &c.spec.result_unit))
                .unwrap_or_default();
            let figures: Vec<(String, String)> = c
                .spec
                .inputs
                .iter()
                .filter_map(|i| {
                    // Exact: a figure raised by the least step must not print as the old one.
                    let fig = words::exact(*values.get(&i.id)?);
                    Some((
                        format!("{} {fig}", i.label.zh),
                        format!("{} {fig}", i.label.get(Lang::En)),
                    ))
                })
                .collect();
            let zh: Vec<&str> = figures.iter().map(|f| f.0.as_str()).collect();
            let en: Vec<&str> = figures.iter().map(|f| f.1.as_str()).collect();
            if above_zero {
                let zero = words::with_unit("0", &c.spec.result_unit);
                return (
                    format!("数值大于 {}（如 {}）", zero.zh, zh.join("，")),
                    format!("bring the value above {} (e.g. {})", zero.en, en.join(", ")),
                );
            }
            (
                format!("数值达到 {}（如 {}）", shown.zh, zh.join("，")),
                format!("bring the value to {} (e.g. {})", shown.en, en.join(", ")),
            )
        }
        _ => ("按目标作答".to_owned(), "answer as targeted".to_owned()),
    }
}

fn unreachable_veto(id: &str, name: &Text, shown: &Text) -> Reason {
    Reason {
        kind: ReasonKind::VetoUnreachable { veto: Id::new(id) },
        text: Text::new(
            format!("否决项：{} 无法达到 {}", name.zh, shown.zh),
            format!("Veto: {} cannot reach {}", name.get(Lang::En), shown.en),
        ),
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
            text: Text::new(
                format!("否决项 {veto}：指标 {id} 的数值无法达到要求"),
                format!("Veto {veto}: indicator {id} cannot reach the required value"),
            ),
        },
        None => Reason {
            kind: ReasonKind::KeyItemBelow {
                indicator: Id::new(id),
            },
            text: Text::new(
                format!("关键项 {id} 无法达到下限"),
                format!("Key item {id} cannot reach its floor"),
            ),
        },
    }
}

impl<'a> Cx<'a> {
    fn answer(&self, idx: usize) -> Option<&'a Answer> {
        self.entries[idx]?.answer.as_ref()
    }
}
