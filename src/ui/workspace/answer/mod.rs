//! Answer controls, one per rule type, plus not-applicable. Each control turns what is typed or
//! chosen into an `Answer` through the store; bad input is refused where it is typed. In a
//! review team's group record, an indicator outside the group's task is shown but locked.

pub mod calculator;
mod findings;
mod levels;
mod not_applicable;
pub mod number_field;
mod sub_items;

use crate::i18n::{tr, Msg};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, Rule};
use fscity_core::team::part::task_indicators;
use leptos::prelude::*;

/// The control the indicator's rule needs, and N/A where the pack allows it.
#[component]
pub fn AnswerControl(indicator: PackRef<Indicator>) -> impl IntoView {
    let na = indicator.na_allowed.then(|| {
        let indicator = indicator.clone();
        view! { <not_applicable::NotApplicableAnswer indicator/> }
    });
    let kind = indicator.rule.kind().id();
    let store = use_store();
    // The team part changes rarely; its task is read again only when it does.
    let team = Memo::new(move |_| {
        store
            .assessment
            .with(|a| a.as_ref().map(|a| a.team.clone()))
    });
    let id = indicator.id.clone();
    let locked = Memo::new(move |_| {
        team.with(|t| {
            t.as_ref()
                .and_then(task_indicators)
                .is_some_and(|task| !task.contains(&id))
        })
    });
    let control = match indicator.rule {
        Rule::Levels { .. } => {
            let levels = indicator.map(|i| match &i.rule {
                Rule::Levels { levels } => levels.as_slice(),
                _ => &[],
            });
            view! { <levels::LevelsAnswer indicator levels/> }.into_any()
        }
        Rule::SubItems { mode, .. } => {
            let items = indicator.map(|i| match &i.rule {
                Rule::SubItems { items, .. } => items.as_slice(),
                _ => &[],
            });
            view! { <sub_items::SubItemsAnswer indicator items mode/> }.into_any()
        }
        Rule::Deductions { .. } => view! { <findings::FindingsAnswer indicator/> }.into_any(),
        Rule::Calculator(_) => {
            view! { <calculator::CalculatorAnswer indicator id_prefix="ans"/> }.into_any()
        }
    };
    view! {
        <Show when=move || locked.get()>
            <p class="help" data-testid="not-in-task">{tr(Msg::NotInTask)}</p>
        </Show>
        <fieldset class="answer" data-testid="answer-control" data-rule=kind disabled=move || locked.get()>
            {control}
            {na}
        </fieldset>
    }
}
