//! The lead's review: who is on the team, the groups and their indicators, the result files in
//! and waiting, and the merge. Every change goes through `TeamState::change`, which writes the
//! merge into the record's indicators in the same edit, so the scores, verdict and gaps the
//! other tabs show are always the merged ones.

use super::groups::Groups;
use super::merged::MergedView;
use super::part::TeamState;
use super::results::Results;
use crate::i18n::{use_lang, Sentence, TeamWords as W};
use fscity_core::team::GroupKind;
use fscity_core::Localize;
use leptos::prelude::*;

/// The lead's view.
#[component]
pub fn LeadView(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let heading = move || {
        state.review().map(|r| {
            let merged = r.merged();
            let facts = r.facts(&merged);
            let lang = lang.get();
            let kinds: Vec<String> = GroupKind::ALL
                .iter()
                .filter_map(|k| {
                    facts
                        .by_kind
                        .get(k)
                        .map(|n| format!("{} {n}", W::kind(*k, lang)))
                })
                .collect();
            view! {
                <h3 data-testid="team-review-title">{r.city.clone()} " " {r.name.clone()}</h3>
                <p class="help" data-testid="team-facts">
                    {W::Facts.text(lang)} {W::Colon.text(lang)} {Sentence::TeamFacts {
                        experts: facts.experts,
                        groups: facts.groups,
                        returned: facts.returned,
                        scored: facts.scored,
                    }.message(lang)}
                    {(!kinds.is_empty()).then(|| lang.parenthesized(&lang.join(&kinds)))}
                </p>
            }
        })
    };
    view! {
        <div class="team-lead" data-testid="team-lead">
            {heading}
            <Groups state/>
            <Results state/>
            <MergedView state/>
        </div>
    }
}
