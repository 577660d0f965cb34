//! Ticking the 评分要点 met.

use crate::i18n::{tr, tr_sentence, tr_text, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::store::use_store;
use fscity_core::pack::{Indicator, SubItem};
use fscity_core::Answer;
use leptos::prelude::*;

/// One checkbox per sub-item.
#[component]
pub fn SubItemsAnswer(indicator: PackRef<Indicator>, items: PackRef<[SubItem]>) -> impl IntoView {
    let store = use_store();
    let entry = store.entry(indicator.id.clone());
    view! {
        <fieldset class="sub-items">
            <legend>{tr(Msg::YourAnswer)}</legend>
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
                        {tr_text(item.text.clone())} " · " {tr_sentence(Sentence::Points { points: item.points.to_string() })}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
