//! Ticking the 评分要点 met. Where every item must be met (`all_required`), a box alone is worth
//! nothing, so the boxes carry no points and the legend says 须全部满足 with the whole.

use crate::i18n::{tr, tr_sentence, tr_text, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, SubItem, SubItemMode};
use fscity_core::Answer;
use leptos::prelude::*;

/// One checkbox per sub-item.
#[component]
pub fn SubItemsAnswer(
    indicator: PackRef<Indicator>,
    items: PackRef<[SubItem]>,
    mode: SubItemMode,
) -> impl IntoView {
    let store = use_store();
    let entry = store.entry(indicator.id.clone());
    let all_required = mode == SubItemMode::AllRequired;
    let whole = all_required.then(|| {
        tr_sentence(Sentence::AllRequired {
            count: items.len(),
            points: indicator.max_points.to_string(),
        })
    });
    view! {
        <fieldset class="sub-items">
            <legend>{tr(Msg::YourAnswer)}</legend>
            {whole.map(|whole| view! { <p class="help" data-testid="all-required">{whole}</p> })}
            {items.iter().map(|item| {
                let id = indicator.id.clone();
                let item_id = item.id.clone();
                let checked_id = item.id.clone();
                let checked = move || entry.with(|e| matches!(&e.answer, Some(Answer::SubItems { met }) if met.contains(&checked_id)));
                view! {
                    <label class="choice">
                        <input type="checkbox" value=item.id.clone() prop:checked=checked
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                store.edit(|a| a.set_sub_item(&id, &item_id, on));
                            }/>
                        {tr_text(item.text.clone())}
                        {(!all_required).then(|| view! { " · " {tr_sentence(Sentence::Points { points: item.points.to_string() })} })}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
