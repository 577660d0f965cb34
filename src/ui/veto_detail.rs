//! One veto item: what triggers it and how it is decided.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::{use_criteria, Selection};
use crate::ui::provenance::ProvenanceView;
use crate::ui::rule_view::CalcSpecView;
use fscity_core::explain::threshold_text;
use fscity_core::pack::{VetoTest, VetoValue};
use leptos::prelude::*;

/// The detail pane for the veto item with this ID.
#[component]
pub fn VetoDetail(id: String) -> impl IntoView {
    let state = use_criteria();
    let Some(veto) = state.pack.vetoes.iter().find(|v| v.id == id) else {
        return view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any();
    };
    let lang = use_lang();
    let test_kind = veto.test.kind().label();
    let test = match &veto.test {
        VetoTest::Declaration { question } => view! {
            <p><span class="badge">{move || test_kind.get(lang.get()).to_owned()}</span></p>
            <p class="pack-text">{move || question.get(lang.get())}</p>
        }
        .into_any(),
        VetoTest::Threshold { value, at_least } => {
            let at_least = *at_least;
            let value_view = match value {
                VetoValue::Indicator { indicator } => {
                    let target = indicator.clone();
                    let unit = state
                        .pack
                        .indicator(indicator)
                        .and_then(|i| i.rule.calc())
                        .map(|spec| &spec.result_unit);
                    view! {
                        <p>
                            {tr(Msg::VetoThreshold)}{move || lang.get().colon()}
                            {move || threshold_text(at_least, &unit.cloned().unwrap_or_default()).get(lang.get()).to_owned()}
                        </p>
                        <p>
                            {tr(Msg::VetoUsesIndicator)} " "
                            <button type="button" class="link"
                                on:click=move |_| state.selection.set(Selection::Indicator(target.clone()))>
                                {indicator.clone()}
                            </button>
                        </p>
                    }
                    .into_any()
                }
                VetoValue::Calculator(spec) => view! {
                    <p>
                        {tr(Msg::VetoThreshold)}{move || lang.get().colon()}
                        {move || threshold_text(at_least, &spec.result_unit).get(lang.get()).to_owned()}
                    </p>
                    <CalcSpecView spec/>
                }
                .into_any(),
            };
            value_view
        }
    };
    view! {
        <article class="veto" data-testid="veto-detail">
            <p class="crumb">{tr(Msg::Vetoes)}</p>
            <h2><span class="leaf-id">{veto.id.clone()}</span> " " {move || veto.name.get(lang.get())}</h2>
            <p class="help">{tr(Msg::VetoIntro)}</p>
            <p class="pack-text">{move || veto.description.get(lang.get())}</p>
            {test}
            <ProvenanceView provenance=&veto.provenance/>
        </article>
    }
    .into_any()
}
