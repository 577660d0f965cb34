//! `evaluate`: one pure function from a pack and an assessment to everything the UI shows.
//!
//! It is called on every keystroke, so it must be total (no input that deserialises can make
//! it panic, divide by zero or overflow), deterministic (no clock, no randomness, ordered maps),
//! and cheap (tens of microseconds for the real pack; see `benches/evaluate.rs`): nothing is
//! worded that the screen has not asked for. Each concern lives in its own file and the
//! order below is the order of dependence: indicator scores, then totals, vetoes and key
//! items, then the verdict and the gaps. The path to pass is asked for separately.

pub(crate) mod calc;
mod gaps;
mod path;
mod rules;
mod totals;
mod verdict;
mod vetoes;
mod warnings;

use crate::assessment::{Assessment, Entry};
use crate::pack::{Indicator, Pack};
use crate::report::{IndicatorResult, Outcome, PathToPass, Report};
use std::collections::HashMap;

/// Scores `assessment` against `pack`: per-indicator points with explanations, group and total
/// scores, vetoes, key items, the verdict and the gap list. The path to pass is
/// [`path_to_pass`], apart because only the gap view shows it and it is most of the work.
pub fn evaluate(pack: &Pack, assessment: &Assessment) -> Report {
    let inputs = Inputs::read(pack, assessment);
    let results: Vec<IndicatorResult> = inputs
        .indicators
        .iter()
        .zip(&inputs.entries)
        .map(|(ind, entry)| rules::score(ind, *entry))
        .collect();
    let cx = inputs.with(pack, assessment, &results);
    let (groups, total, _) = totals::totals(pack, &results);
    let vetoes = vetoes::vetoes(&cx);
    let key_items = vetoes::key_items(&cx);
    let verdict = verdict::verdict(pack, &total, &vetoes, &key_items);
    let gaps = gaps::gaps(&cx, &vetoes, &key_items);
    let warnings = warnings::warnings(&cx);
    Report {
        indicators: results,
        groups,
        total,
        vetoes,
        key_items,
        verdict,
        gaps,
        warnings,
    }
}

/// The path to pass of `assessment`, whose evaluation against `pack` is `report`: the fewest
/// (or least-effort) answers that would turn it into a pass. Not part of [`evaluate`], which
/// runs on every keystroke: only the gap view shows the path, and on a 5,000-indicator pack
/// planning was 40% of an evaluation (`perf record` on `benches/evaluate.rs`'s pack).
pub fn path_to_pass(pack: &Pack, assessment: &Assessment, report: &Report) -> PathToPass {
    let cx = Inputs::read(pack, assessment).with(pack, assessment, &report.indicators);
    let scale = totals::Scale {
        rebased: report.total.rebased,
        total: pack.total_points.tenths(),
        applicable: report.total.max.tenths(),
        plus: report.total.bonus.map_or(0, |b| b.counted.tenths()),
    };
    let passing = report.verdict.outcome == Outcome::Pass;
    path::path_to_pass(&cx, &report.vetoes, &report.key_items, scale, passing)
}

/// The pack's indicators lined up with the assessment's entries, before scoring.
struct Inputs<'a> {
    indicators: Vec<&'a Indicator>,
    index: HashMap<&'a str, usize, FastHash>,
    entries: Vec<Option<&'a Entry>>,
    /// Each answer's indicator position, in the assessment's (ID) order; `None` for an ID the
    /// pack does not have.
    answered: Vec<Option<usize>>,
}

impl<'a> Inputs<'a> {
    fn read(pack: &'a Pack, assessment: &'a Assessment) -> Inputs<'a> {
        let indicators: Vec<&Indicator> = pack.indicators().collect();
        let mut index = HashMap::with_capacity_and_hasher(indicators.len(), FastHash::default());
        for (n, ind) in indicators.iter().enumerate() {
            index.insert(ind.id.as_str(), n);
        }
        // One pass over the answers (sorted by ID) rather than a lookup per indicator.
        let mut entries: Vec<Option<&Entry>> = vec![None; indicators.len()];
        let mut answered = Vec::with_capacity(assessment.entries.len());
        for (id, entry) in &assessment.entries {
            let position = index.get(id.as_str()).copied();
            if let Some(n) = position {
                entries[n] = Some(entry);
            }
            answered.push(position);
        }
        Inputs {
            indicators,
            index,
            entries,
            answered,
        }
    }

    fn with(
        self,
        pack: &'a Pack,
        assessment: &'a Assessment,
        results: &'a [IndicatorResult],
    ) -> Cx<'a> {
        let group_of: Vec<usize> = pack
            .groups
            .iter()
            .enumerate()
            .flat_map(|(n, g)| std::iter::repeat_n(n, g.indicators.len()))
            .collect();
        Cx {
            pack,
            assessment,
            indicators: self.indicators,
            group_of,
            entries: self.entries,
            answered: self.answered,
            results,
            index: self.index,
        }
    }
}

/// What every part of the evaluation reads.
pub(crate) struct Cx<'a> {
    pack: &'a Pack,
    assessment: &'a Assessment,
    /// The pack's indicators in pack order, aligned with `results`.
    indicators: Vec<&'a Indicator>,
    /// Each indicator's group, by position in `pack.groups`, aligned with `indicators`.
    group_of: Vec<usize>,
    /// Each indicator's entry in the assessment, aligned with `indicators`.
    entries: Vec<Option<&'a Entry>>,
    /// Each answer's indicator position, in the assessment's (ID) order.
    answered: Vec<Option<usize>>,
    results: &'a [IndicatorResult],
    /// Indicator IDs with their position in pack order.
    index: HashMap<&'a str, usize, FastHash>,
}

impl<'a> Cx<'a> {
    /// The position of an indicator in pack order.
    fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Whether the indicator at this position is a bonus item: never a gap and never a step
    /// of the path to pass, since the base must pass on its own.
    fn is_bonus(&self, idx: usize) -> bool {
        self.pack.groups[self.group_of[idx]].is_bonus()
    }
}

/// The index is rebuilt on every evaluation and its keys are short IDs from the pack itself,
/// so a fast non-cryptographic hash beats the default DoS-resistant one.
type FastHash = rustc_hash::FxBuildHasher;
