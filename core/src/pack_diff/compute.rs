//! Finding what differs between two revisions of a pack: each part present in both compared by
//! `parts`, and what only one of them has.

use super::changes::{pair, PackDiff, PassRuleChange};
use super::parts::{indicator_change, veto_change};
use crate::pack::{Group, Indicator, Pack};
use crate::report::Id;
use std::collections::{HashMap, HashSet};

/// What differs from `old` to `new`, two revisions of one pack, matched by stable ID.
pub fn diff(old: &Pack, new: &Pack) -> PackDiff {
    let old_indicators = indicator_index(old);
    let new_indicators = indicator_index(new);
    let added = new
        .indicators()
        .filter(|i| !old_indicators.contains_key(i.id.as_str()))
        .map(|i| Id::new(&i.id))
        .collect();
    let removed = old
        .indicators()
        .filter(|i| !new_indicators.contains_key(i.id.as_str()))
        .map(|i| Id::new(&i.id))
        .collect();
    let changed = new
        .groups
        .iter()
        .flat_map(|g| g.indicators.iter().map(move |i| (g, i)))
        .filter_map(|(group, ind)| {
            let &(old_group, old_ind) = old_indicators.get(ind.id.as_str())?;
            indicator_change((old_group, old_ind), (group, ind))
        })
        .collect();

    let (vetoes_added, vetoes_removed) = added_removed(&old.vetoes, &new.vetoes, |v| &v.id);
    let vetoes_changed = new
        .vetoes
        .iter()
        .filter_map(|v| {
            let old_veto = old.vetoes.iter().find(|o| o.id == v.id)?;
            veto_change(old_veto, v)
        })
        .collect();

    let (groups_added, groups_removed) = added_removed(&old.groups, &new.groups, |g| &g.id);
    let groups_renamed = new
        .groups
        .iter()
        .filter(|g| old.groups.iter().any(|o| o.id == g.id && o.name != g.name))
        .map(|g| Id::new(&g.id))
        .collect();
    let cap = |g: &Group| g.bonus.map(|b| b.cap);
    let bonus_caps = new
        .groups
        .iter()
        .filter_map(|g| {
            let was = cap(old.groups.iter().find(|o| o.id == g.id)?);
            (was != cap(g)).then(|| (Id::new(&g.id), was, cap(g)))
        })
        .collect();

    let (a, b) = (&old.pass_rule, &new.pass_rule);
    let pass_rule = PassRuleChange {
        min_total: pair(a.min_total, b.min_total),
        rebase_not_applicable: pair(a.rebase_not_applicable, b.rebase_not_applicable),
        summary_changed: a.summary != b.summary,
    };
    let pass_rule_changed = pass_rule.min_total.is_some()
        || pass_rule.rebase_not_applicable.is_some()
        || pass_rule.summary_changed;

    PackDiff {
        from_version: old.version,
        to_version: new.version,
        added,
        removed,
        changed,
        vetoes_added,
        vetoes_removed,
        vetoes_changed,
        groups_added,
        groups_removed,
        groups_renamed,
        bonus_caps,
        total: pair(old.total_points, new.total_points),
        pass_rule: pass_rule_changed.then_some(pass_rule),
        details_changed: old.title != new.title
            || old.edition != new.edition
            || old.issuer != new.issuer
            || old.provenance != new.provenance
            || old.points_official != new.points_official
            || old.sources != new.sources,
    }
}

/// Every indicator of a pack with its group, by ID (a pack may hold thousands).
pub(super) fn indicator_index(pack: &Pack) -> HashMap<&str, (&Group, &Indicator)> {
    pack.groups
        .iter()
        .flat_map(|g| g.indicators.iter().map(move |i| (i.id.as_str(), (g, i))))
        .collect()
}

/// IDs only `new` has (in its order) and IDs only `old` has (in its order).
fn added_removed<T>(old: &[T], new: &[T], id: impl Fn(&T) -> &String) -> (Vec<Id>, Vec<Id>) {
    let old_ids: HashSet<&str> = old.iter().map(|t| id(t).as_str()).collect();
    let new_ids: HashSet<&str> = new.iter().map(|t| id(t).as_str()).collect();
    let added = new
        .iter()
        .map(&id)
        .filter(|i| !old_ids.contains(i.as_str()))
        .map(Id::from)
        .collect();
    let removed = old
        .iter()
        .map(&id)
        .filter(|i| !new_ids.contains(i.as_str()))
        .map(Id::from)
        .collect();
    (added, removed)
}
