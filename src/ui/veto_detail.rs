//! One veto item: what triggers it and how it is decided.

use crate::i18n::{tr, tr_text, use_lang, Msg};
use crate::ui::provenance::ProvenanceView;
use crate::ui::rule_view::CalcSpecView;
use crate::workspace::{use_workspace, Selection};
use fscity_core::explain::threshold_text;
use fscity_core::pack::{VetoTest, VetoValue};
use leptos::prelude::*;

/// The detail pane for the veto item with this ID.
#[component]
pub fn VetoDetail(id: String) -> impl IntoView {
    let state = use_workspace();
    let Some(veto) = state.pack().vetoes().find(|v| v.id == id) else {
        return view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any();
    };
    let lang = use_lang();
    let test_kind = veto.test.kind().label();
    let test = match &veto.test {
        VetoTest::Declaration { question } => view! {
            <p><span class="badge">{move || test_kind.get(lang.get()).to_owned()}</span></p>
            <p class="pack-text">{tr_text(question.clone())}</p>
        }
        .into_any(),
        VetoTest::Threshold { value, at_least } => {
            let at_least = *at_least;
            let value_view = match value {
                VetoValue::Indicator { indicator } => {
                    let target = indicator.clone();
                    let unit = state
                        .pack()
                        .indicator(indicator)
                        .and_then(|i| i.rule.calc().map(|spec| spec.result_unit.clone()))
                        .unwrap_or_default();
                    view! {
                        <p>
                            {tr(Msg::VetoThreshold)}{move || lang.get().colon()}
                            {tr_text(threshold_text(at_least, &unit))}
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
                        {tr_text(threshold_text(at_least, &spec.result_unit))}
                    </p>
                    {veto.try_map(|v| v.test.calc()).map(|spec| view! { <CalcSpecView spec/> })}
                }
                .into_any(),
            };
            value_view
        }
    };
    view! {
        <article class="veto" data-testid="veto-detail">
            <p class="crumb">{tr(Msg::Vetoes)}</p>
            <h2><span class="leaf-id">{veto.id.clone()}</span> " " {tr_text(veto.map(|v| &v.name))}</h2>
            <p class="help">{tr(Msg::VetoIntro)}</p>
            <p class="pack-text">{tr_text(veto.map(|v| &v.description))}</p>
            {test}
            <ProvenanceView provenance=veto.map(|v| &v.provenance)/>
        </article>
    }
    .into_any()
}
