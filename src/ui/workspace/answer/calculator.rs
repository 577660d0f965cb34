//! Typing a calculator's figures and seeing the computed value and points as one types.

use super::number_field::NumberField;
use crate::i18n::{tr, use_lang, Msg};
use crate::store::use_store;
use fscity_core::pack::{Indicator, Rule};
use fscity_core::{Answer, Decimal, Localize};
use leptos::prelude::*;

/// One field per input, then the value with its unit and the points it earns.
#[component]
pub fn CalculatorAnswer(
    indicator: &'static Indicator,
    /// Keeps DOM ids unique when the same calculator shows twice (editor and veto panel).
    id_prefix: &'static str,
) -> impl IntoView {
    let Rule::Calculator(calc) = &indicator.rule else {
        return ().into_any();
    };
    let store = use_store();
    let lang = use_lang();
    let result = store.result(indicator.id.clone());
    let entry = store.entry(indicator.id.clone());
    let stored = move |input: &'static str| {
        Signal::derive(move || {
            entry.with(|e| match &e.answer {
                Some(Answer::Inputs { values }) => values.get(input).copied(),
                _ => None,
            })
        })
    };
    let fields = calc.spec.inputs.iter().map(|input| {
        let (id, input_id) = (indicator.id.clone(), input.id.clone());
        let on_value = Callback::new(move |value: Option<Decimal>| match value {
            Some(v) => store.set_input(&id, &input_id, v),
            None => store.remove_input(&id, &input_id),
        });
        view! {
            <NumberField dom_id=crate::ui::dom_id(format!("{id_prefix}-{}-{}", indicator.id, input.id))
                label=Signal::derive(move || input.label.get(lang.get()).to_owned())
                unit=Signal::derive(move || input.unit.get(lang.get()).to_owned())
                kind=input.kind value=stored(&input.id) on_value/>
        }
    });
    let value = move || {
        result.with(|r| match r.as_ref().and_then(|r| r.calculation.as_ref()) {
            Some(c) => c.text().get(lang.get()).to_owned(),
            None => Msg::CannotComputeYet.text(lang.get()).to_owned(),
        })
    };
    let points = move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| r.awarded.to_string())
                .unwrap_or_default()
        })
    };
    // Figures that were accepted but look unintended: said, never refused, never scored.
    let warnings = move || {
        result.with(|r| {
            r.as_ref()
                .and_then(|r| r.calculation.as_ref())
                .map(|c| {
                    c.warnings
                        .iter()
                        .map(|w| w.message(lang.get()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <fieldset class="calculator" data-testid="calculator">
            <legend>{move || indicator.name.get(lang.get())}</legend>
            {fields.collect_view()}
            <p class="calc-result">
                {tr(Msg::Computed)}{move || lang.get().colon()} <strong data-testid="calc-value">{value}</strong>
                " · " {tr(Msg::PointsEarned)}{move || lang.get().colon()} <strong data-testid="calc-points">{points}</strong>
                " / " {indicator.max_points.to_string()}
            </p>
            <ul class="calc-warnings" aria-live="polite" data-testid="calc-warnings">
                {move || warnings().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        </fieldset>
    }
    .into_any()
}
