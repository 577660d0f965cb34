//! The team facts a report needs beside the scores: how many experts in how many groups of
//! which kinds, how many have sent their results, and how many documents the merged record
//! lists. The 初评报告's "(二) 评价内容" paragraph is written from these.

use super::group::GroupKind;
use super::merge::Merged;
use super::model::TeamReview;
use std::collections::{BTreeMap, BTreeSet};

/// A review's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamFacts {
    /// Groups.
    pub groups: usize,
    /// Experts: distinct member names across the groups.
    pub experts: usize,
    /// Groups of each kind.
    pub by_kind: BTreeMap<GroupKind, usize>,
    /// Groups whose result is in.
    pub returned: usize,
    /// Documents listed on the merged indicators.
    pub documents: usize,
    /// Indicators scored one by one (with a merged answer).
    pub scored: usize,
}

impl TeamReview {
    /// The review's counts, from its groups and `merged`.
    pub fn facts(&self, merged: &Merged) -> TeamFacts {
        let experts: BTreeSet<&str> = self
            .groups
            .iter()
            .flat_map(|g| &g.members)
            .map(|m| m.trim())
            .filter(|m| !m.is_empty())
            .collect();
        let mut by_kind = BTreeMap::new();
        for g in &self.groups {
            *by_kind.entry(g.kind).or_default() += 1;
        }
        TeamFacts {
            groups: self.groups.len(),
            experts: experts.len(),
            by_kind,
            returned: self
                .groups
                .iter()
                .filter(|g| self.current(g.id).is_some())
                .count(),
            documents: merged.entries.values().map(|e| e.evidence.len()).sum(),
            scored: merged
                .entries
                .values()
                .filter(|e| e.answer.is_some())
                .count(),
        }
    }
}
