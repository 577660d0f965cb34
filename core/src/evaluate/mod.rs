//! `evaluate`: one pure function from a pack and an assessment to everything the UI shows.
//!
//! It is called on every keystroke, so it must be total (no input that deserialises can make
//! it panic, divide by zero or overflow), deterministic (no clock, no randomness, ordered maps),
//! and fast (a few microseconds for the real pack). Each concern lives in its own file and the
//! order below is the order of dependence: indicator scores, then totals, vetoes and key
//! items, then the verdict, the gaps and the path to pass.

pub(crate) mod calc;
mod gaps;
mod messages;
pub(crate) mod path;
mod rules;
mod totals;
mod verdict;
mod vetoes;
pub(crate) mod warnings;
mod words;

use crate::assessment::Assessment;
use crate::pack::{Indicator, Pack};
use crate::report::{IndicatorResult, Outcome, Report};
use std::collections::HashMap;

/// Scores `assessment` against `pack`: per-indicator points with explanations, group and total
/// scores, vetoes, key items, the verdict, the gap list and the path to pass.
pub fn evaluate(pack: &Pack, assessment: &Assessment) -> Report {
    let indicators: Vec<&Indicator> = pack.indicators().collect();
    let results: Vec<IndicatorResult> = pack
        .groups
        .iter()
        .flat_map(|g| g.indicators.iter().map(move |ind| (g.id.as_str(), ind)))
        .map(|(group, ind)| rules::score(group, ind, assessment.entry(&ind.id)))
        .collect();
    let index = indicators
        .iter()
        .enumerate()
        .map(|(n, ind)| (ind.id.as_str(), n))
        .collect();
    let cx = Cx {
        pack,
        assessment,
        indicators,
        results: &results,
        index,
    };
    let (groups, total, scale) = totals::totals(pack, &results);
    let vetoes = vetoes::vetoes(&cx);
    let key_items = vetoes::key_items(&cx);
    let verdict = verdict::verdict(pack, &total, &vetoes, &key_items);
    let gaps = gaps::gaps(&cx, &vetoes, &key_items);
    let passing = verdict.outcome == Outcome::Pass;
    let path = path::path_to_pass(&cx, &vetoes, &key_items, scale, passing);
    let warnings = warnings::warnings(&cx);
    Report {
        indicators: results,
        groups,
        total,
        vetoes,
        key_items,
        verdict,
        gaps,
        path,
        warnings,
    }
}

/// What every part of the evaluation reads.
pub(crate) struct Cx<'a> {
    pack: &'a Pack,
    assessment: &'a Assessment,
    /// The pack's indicators in pack order, aligned with `results`.
    indicators: Vec<&'a Indicator>,
    results: &'a [IndicatorResult],
    index: HashMap<&'a str, usize>,
}

impl<'a> Cx<'a> {
    fn indicator(&self, id: &str) -> Option<&'a Indicator> {
        self.index.get(id).map(|&n| self.indicators[n])
    }

    fn result(&self, id: &str) -> Option<&'a IndicatorResult> {
        self.index.get(id).map(|&n| &self.results[n])
    }
}
