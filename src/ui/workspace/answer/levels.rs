//! Choosing one level (符合 / 基本符合 / 不符合): a radio group, arrow keys move between levels.

use crate::i18n::{tr, tr_sentence, tr_text, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, Level};
use fscity_core::Answer;
use leptos::prelude::*;

/// A radio group of the indicator's levels.
#[component]
pub fn LevelsAnswer(indicator: PackRef<Indicator>, levels: PackRef<[Level]>) -> impl IntoView {
    let store = use_store();
    let entry = store.entry(indicator.id.clone());
    let chosen = Memo::new(move |_| {
        entry.with(|e| match &e.answer {
            Some(Answer::Level { level }) => Some(level.clone()),
            _ => None,
        })
    });
    let name = crate::ui::dom_id(format!("level-{}", indicator.id));
    view! {
        <fieldset class="levels">
            <legend>{tr(Msg::YourAnswer)}</legend>
            {levels.iter().map(|level| {
                let id = indicator.id.clone();
                let level_id = level.id.clone();
                let checked_id = level.id.clone();
                view! {
                    <label class="choice">
                        <input type="radio" name=name.clone() value=level.id.clone()
                            prop:checked=move || chosen.with(|c| c.as_deref() == Some(checked_id.as_str()))
                            on:change=move |_| store.set_answer(&id, Answer::Level { level: level_id.clone() })/>
                        {tr_text(level.name.clone())} " · " {tr_sentence(Sentence::Points { points: level.points.to_string() })}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
