//! Typing a calculator's figures and seeing the computed value and points as one types.

use super::number_field::NumberField;
use crate::i18n::{tr, tr_text, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::ui::report_link::ReportLink;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, Rule};
use fscity_core::{Answer, Decimal, Localize};
use leptos::prelude::*;

/// One field per input, then the value with its unit and the points it earns.
#[component]
pub fn CalculatorAnswer(
    indicator: PackRef<Indicator>,
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
    let stored = move |input: String| {
        Signal::derive(move || {
            entry.with(|e| match &e.answer {
                Some(Answer::Inputs { values }) => values.get(&input).copied(),
                _ => None,
            })
        })
    };
    // A figure applied from a poll says so and links to it; typing over it detaches it (the
    // core's rule), and the line says that it did until the indicator is left.
    let link = Memo::new(move |_| entry.with(|e| e.poll.clone()));
    let report_link = use_context::<ReportLink>();
    let detached = RwSignal::new(None::<String>);
    let fields: Vec<_> = calc.spec.inputs.iter().map(|input| {
        let (id, input_id) = (indicator.id.clone(), input.id.clone());
        let on_value = Callback::new(move |value: Option<Decimal>| {
            if let Some(was) = link.get_untracked() {
                detached.set(Some(was.name));
            }
            match value {
                Some(v) => store.set_input(&id, &input_id, v),
                None => store.remove_input(&id, &input_id),
            }
        });
        view! {
            <NumberField dom_id=crate::ui::dom_id(format!("{id_prefix}-{}-{}", indicator.id, input.id))
                label=Signal::derive(tr_text(input.label.clone()))
                unit=Signal::derive(tr_text(input.unit.clone()))
                kind=input.kind value=stored(input.id.clone()) on_value/>
        }
    }).collect();
    let max_points = indicator.max_points.to_string();
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
            <legend>{tr_text(indicator.map(|i| &i.name))}</legend>
            {fields}
            <p class="calc-result">
                {tr(Msg::Computed)}{move || lang.get().colon()} <strong data-testid="calc-value">{value}</strong>
                " · " {tr(Msg::PointsEarned)}{move || lang.get().colon()} <strong data-testid="calc-points">{points}</strong>
                " / " {max_points}
            </p>
            {move || link.get().map(|l| {
                let open = move |_| {
                    if let Some(r) = report_link {
                        r.open_poll(l.poll);
                    }
                };
                view! {
                    <p class="from-poll"><button type="button" class="link-button" data-testid="from-poll"
                        on:click=open>{l.sentence(lang.get())}</button></p>
                }
            })}
            {move || detached.get().filter(|_| link.with(Option::is_none)).map(|name| view! {
                <p class="from-poll detached" role="status" data-testid="poll-detached">
                    {Sentence::PollDetached { name }.message(lang.get())}
                </p>
            })}
            <ul class="calc-warnings" aria-live="polite" data-testid="calc-warnings">
                {move || warnings().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        </fieldset>
    }
    .into_any()
}
