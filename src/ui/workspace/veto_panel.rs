//! Veto lights, declarations and the survey figures that feed veto thresholds.

use crate::i18n::{tr, tr_text, use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::ui::workspace::answer::calculator::CalculatorAnswer;
use crate::workspace::use_store;
use fscity_core::pack::{Rule, Veto, VetoTest, VetoValue};
use fscity_core::report::VetoStatus;
use leptos::prelude::*;

/// Every veto item with its light and what decides it.
#[component]
pub fn VetoPanel() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="card" aria-labelledby=crate::ui::dom_id("veto-heading") data-testid="veto-panel">
            <h2 id=crate::ui::dom_id("veto-heading")>{tr(Msg::VetoFacts)}</h2>
            <p class="help">{tr(Msg::VetoFactsIntro)}</p>
            <ul class="veto-list">
                {store.pack().vetoes().map(|veto| view! { <VetoRow veto/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One veto item: light, explanation and its control.
#[component]
fn VetoRow(veto: PackRef<Veto>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = veto.id.clone();
    let result = Memo::new(move |_| {
        store
            .report
            .with(|r| r.as_ref().and_then(|r| r.veto(&id)).cloned())
    });
    let status =
        move || result.with(|r| r.as_ref().map(|r| r.status).unwrap_or(VetoStatus::Unknown));
    let light = move || match status() {
        VetoStatus::Clear => ("light clear", "✔", Msg::VetoClear),
        VetoStatus::Triggered => ("light triggered", "✖", Msg::VetoTriggered),
        VetoStatus::Unknown => ("light unknown", "?", Msg::VetoUnknown),
    };
    let control = match &veto.test {
        VetoTest::Declaration { question } => {
            view! { <Declaration veto=veto.clone() question=question.clone()/> }.into_any()
        }
        VetoTest::Threshold {
            value: VetoValue::Indicator { indicator },
            ..
        } => match store.pack().indicator(indicator) {
            Some(ind) if matches!(ind.rule, Rule::Calculator(_)) => {
                view! { <CalculatorAnswer indicator=ind id_prefix="veto"/> }.into_any()
            }
            _ => ().into_any(),
        },
        VetoTest::Threshold { .. } => ().into_any(),
    };
    view! {
        <li class="veto-row" data-testid="veto-row" data-veto-id=veto.id.clone()>
            <p>
                <span class=move || light().0 aria-hidden="true">{move || light().1}</span> " "
                <span class="leaf-id">{veto.id.clone()}</span> " "
                <strong>{tr_text(veto.map(|v| &v.name))}</strong> " · "
                <span data-testid="veto-status">{move || light().2.text(lang.get())}</span>
            </p>
            <p class="help">{move || result.with(|r| r.as_ref().map(|r| r.explain().get(lang.get()).to_owned()))}</p>
            {control}
        </li>
    }
}

/// Yes / no / not declared for a declaration veto.
#[component]
fn Declaration(veto: PackRef<Veto>, question: fscity_core::Text) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = veto.id.clone();
    let declared = Memo::new(move |_| {
        store.assessment.with(|a| {
            a.as_ref()
                .and_then(|a| a.veto_declarations.get(&id).copied())
        })
    });
    let name = crate::ui::dom_id(format!("veto-{}", veto.id));
    let option = move |value: Option<bool>, label: Msg| {
        let veto_id = veto.id.clone();
        view! {
            <label class="choice">
                <input type="radio" name=name.clone() prop:checked=move || declared.get() == value
                    on:change=move |_| store.declare_veto(&veto_id, value)/>
                {tr(label)}
            </label>
        }
    };
    view! {
        <fieldset class="declaration">
            <legend>{move || question.get(lang.get()).to_owned()}</legend>
            {option(Some(true), Msg::Yes)} {option(Some(false), Msg::No)} {option(None, Msg::NotDeclared)}
        </fieldset>
    }
}
