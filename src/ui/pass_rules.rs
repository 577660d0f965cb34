//! The pack's pass rules in plain words.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::use_criteria;
use leptos::prelude::*;

/// The pass rules pane.
#[component]
pub fn PassRules() -> impl IntoView {
    let pack = use_criteria().pack;
    let lang = use_lang();
    let rule = &pack.pass_rule;
    let rebase = rule
        .rebase_not_applicable
        .then(|| view! { <li>{tr(Msg::PassNaRebase)}</li> });
    view! {
        <article class="pass-rules" data-testid="pass-rules">
            <h2>{tr(Msg::PassRules)}</h2>
            <p class="pack-text">{move || rule.summary.get(lang.get())}</p>
            <ul>
                <li>
                    {tr(Msg::PassMinTotal)} " " {rule.min_total.to_string()} " " {tr(Msg::PointsUnit)}
                    " (" {tr(Msg::OfTotal)} " " {pack.total_points.to_string()} ")"
                </li>
                <li>{tr(Msg::PassKeyItems)}</li>
                <li>{tr(Msg::PassNoVeto)}</li>
                {rebase}
            </ul>
            <dl class="facts">
                <dt>{tr(Msg::Edition)}</dt><dd>{pack.edition.clone()}</dd>
                <dt>{tr(Msg::Issuer)}</dt><dd>{move || pack.issuer.get(lang.get())}</dd>
                <dt>{tr(Msg::PackVersion)}</dt><dd>{pack.id.clone()} " · " {pack.version}</dd>
            </dl>
        </article>
    }
}
