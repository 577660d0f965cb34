//! Marking an indicator not applicable, with the reason the pack requires.

use crate::i18n::{tr, use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::Indicator;
use fscity_core::Answer;
use leptos::prelude::*;

/// A checkbox and a reason field.
#[component]
pub fn NotApplicableAnswer(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let entry = store.entry(indicator.id.clone());
    let is_na =
        Memo::new(move |_| entry.with(|e| matches!(e.answer, Some(Answer::NotApplicable { .. }))));
    // While the box is off nothing is stored to follow, and what was typed stays for a re-tick.
    let reason = crate::ui::workspace::followed::followed_text(
        Signal::derive(move || {
            entry.with(|e| match &e.answer {
                Some(Answer::NotApplicable { reason }) => Some(reason.clone()),
                _ => None,
            })
        }),
        str::to_owned,
    );
    let (id, id2) = (indicator.id.clone(), indicator.id.clone());
    let reason_id = crate::ui::dom_id(format!("na-reason-{}", indicator.id));
    let toggle = move |ev| {
        if event_target_checked(&ev) {
            store.edit(|a| a.mark_not_applicable(&id, &reason.get_untracked()));
        } else {
            store.clear_answer(&id);
        }
    };
    let type_reason = move |ev| {
        let text: String = event_target_value(&ev)
            .chars()
            .take(fscity_core::MAX_NOTE_CHARS)
            .collect();
        reason.set(text.clone());
        if is_na.get_untracked() {
            store.edit(|a| a.mark_not_applicable(&id2, &text));
        }
    };
    let missing = move || is_na.get() && reason.with(|r| r.trim().is_empty());
    view! {
        <div class="na">
            <label class="choice">
                <input type="checkbox" data-testid="na-toggle" prop:checked=is_na on:change=toggle/>
                {tr(Msg::NotApplicable)}
            </label>
            <Show when=move || is_na.get()>
                <label for=reason_id.clone()>{tr(Msg::NotApplicableReason)}</label>
                <input id=reason_id.clone() type="text" maxlength=fscity_core::MAX_NOTE_CHARS.to_string() prop:value=reason on:input=type_reason.clone()
                    aria-invalid=move || missing().then_some("true")/>
                <span class="field-error" aria-live="polite">
                    {move || missing().then(|| Msg::NotApplicableReasonRequired.text(lang.get()))}
                </span>
            </Show>
        </div>
    }
}
