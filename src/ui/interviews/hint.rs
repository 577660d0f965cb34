//! Beside the answer of an interview indicator (B-01, B-02): the level the rehearsal suggests,
//! with its figures, and a button that takes it. Nothing is answered unless the user clicks.

use super::state::Drill;
use crate::i18n::{tr, use_lang, InterviewWords};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::interview::suggestions;
use fscity_core::pack::Indicator;
use fscity_core::{Answer, Localize};
use leptos::prelude::*;

crate::ui::lazy::chunk!(
    /// The suggestion beside an interview indicator's answer: fetched only once interviewees
    /// are listed.
    pub mod interview_hint_chunk: PackRef<Indicator> = |indicator| view! { <InterviewHint id=indicator.id.clone()/> }.into_any()
);

/// The suggestion for indicator `id`, when anyone has been rehearsed on its questions.
#[component]
fn InterviewHint(id: String) -> impl IntoView {
    let drill = Drill::new();
    let store = use_store();
    let lang = use_lang();
    let wanted = id.clone();
    let suggestion = Memo::new(move |_| {
        let list = drill.list.value.get().ok()?;
        let bank = drill.bank.get();
        suggestions(&store.pack(), &bank, &list)
            .into_iter()
            .find(|s| s.indicator == wanted)
    });
    move || {
        suggestion.get().map(|s| {
            let (id, level) = (id.clone(), s.level.clone());
            view! {
                <p class="interview-hint" data-testid="interview-hint" data-level=s.level.clone()>
                    {s.message(lang.get())} " "
                    <button type="button" data-testid="apply-suggestion"
                        on:click=move |_| store.set_answer(&id, Answer::Level { level: level.clone() })>{tr(InterviewWords::Apply)}</button>
                </p>
            }
        })
    }
}
