//! Answer controls, one per rule type, plus not-applicable. Each control turns what is typed or
//! chosen into an `Answer` through the store; bad input is refused where it is typed.

pub mod calculator;
mod findings;
mod levels;
mod not_applicable;
pub mod number_field;
mod sub_items;

use fscity_core::pack::{Indicator, Rule};
use leptos::prelude::*;

/// The control the indicator's rule needs, and N/A where the pack allows it.
#[component]
pub fn AnswerControl(indicator: &'static Indicator) -> impl IntoView {
    let control = match &indicator.rule {
        Rule::Levels { levels } => view! { <levels::LevelsAnswer indicator levels/> }.into_any(),
        Rule::SubItems { items, .. } => {
            view! { <sub_items::SubItemsAnswer indicator items/> }.into_any()
        }
        Rule::Deductions { .. } => view! { <findings::FindingsAnswer indicator/> }.into_any(),
        Rule::Calculator(_) => {
            view! { <calculator::CalculatorAnswer indicator id_prefix="ans"/> }.into_any()
        }
    };
    let na = indicator
        .na_allowed
        .then(|| view! { <not_applicable::NotApplicableAnswer indicator/> });
    view! {
        <div class="answer" data-testid="answer-control" data-rule=indicator.rule.kind().id()>
            {control}
            {na}
        </div>
    }
}
