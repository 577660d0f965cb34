//! The pack's pass rules in plain words.

use crate::i18n::{tr, tr_sentence, tr_text, Msg, Sentence};
use crate::workspace::use_workspace;
use leptos::prelude::*;

/// The pass rules pane.
#[component]
pub fn PassRules() -> impl IntoView {
    let pack = use_workspace().pack();
    let rule = &pack.pass_rule;
    let rebase = rule
        .rebase_not_applicable
        .then(|| view! { <li>{tr(Msg::PassNaRebase)}</li> });
    view! {
        <article class="pass-rules" data-testid="pass-rules">
            <h2>{tr(Msg::PassRules)}</h2>
            <p class="pack-text">{tr_text(pack.map(|p| &p.pass_rule.summary))}</p>
            <ul>
                <li>
                    {tr_sentence(Sentence::PassTotal { min: rule.min_total.to_string(), max: pack.total_points.to_string() })}
                </li>
                <li>{tr(Msg::PassKeyItems)}</li>
                <li>{tr(Msg::PassNoVeto)}</li>
                {rebase}
            </ul>
            <dl class="facts">
                <dt>{tr(Msg::Edition)}</dt><dd>{pack.edition.clone()}</dd>
                <dt>{tr(Msg::Issuer)}</dt><dd>{tr_text(pack.map(|p| &p.issuer))}</dd>
                <dt>{tr(Msg::PackVersion)}</dt><dd>{pack.id.clone()} " · " {pack.version}</dd>
            </dl>
        </article>
    }
}
