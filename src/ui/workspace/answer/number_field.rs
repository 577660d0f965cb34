//! A number typed by a person, checked on every keystroke. A bad figure shows a message in the
//! user's language and withdraws the recorded figure, so the indicator reads "尚无法计算" rather
//! than silently scoring an older value; the text stays as typed for the user to correct. A
//! good figure is shown with its digits grouped (1,226,000) once the field is left.

use crate::i18n::use_lang;
use fscity_core::pack::InputKind;
use fscity_core::{parse_input, Decimal, InputError, Localize};
use leptos::prelude::*;

/// A labelled text field for one figure.
#[component]
pub fn NumberField(
    /// DOM id of the input (unique on the page).
    dom_id: String,
    /// The label, in the current language.
    #[prop(into)]
    label: Signal<String>,
    /// The unit shown after the field.
    #[prop(into)]
    unit: Signal<String>,
    /// What values make sense.
    kind: InputKind,
    /// The figure recorded now; the field follows it when it changes elsewhere.
    #[prop(into)]
    value: Signal<Option<Decimal>>,
    /// Called with `Some(value)` for a good figure and `None` when the field is emptied or
    /// holds a figure that cannot be used.
    on_value: Callback<Option<Decimal>>,
) -> impl IntoView {
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<InputError>);
    // Follow the recorded figure when it changes elsewhere (the same calculator shown twice,
    // an answer cleared). A figure typed here is recorded as parsed, so this never fights typing.
    Effect::new(move |_| {
        let recorded = value.get();
        if parse_input(kind, &text.get_untracked()).ok() != recorded {
            text.set(recorded.map(Decimal::grouped).unwrap_or_default());
            error.set(None);
        }
    });
    let error_id = format!("{dom_id}-error");
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        match parse_input(kind, &typed) {
            Ok(value) => {
                error.set(None);
                on_value.run(Some(value));
            }
            Err(InputError::Empty) => {
                error.set(None);
                on_value.run(None);
            }
            Err(e) => {
                error.set(Some(e));
                on_value.run(None);
            }
        }
    };
    // Leaving the field shows the figure as it is read aloud: digits grouped by thousands.
    let on_blur = move |_| {
        if let Ok(value) = parse_input(kind, &text.get_untracked()) {
            text.set(value.grouped());
        }
    };
    view! {
        <div class="number-field">
            <label for=dom_id.clone()>{move || label.get()}</label>
            <span class="input-with-unit">
                <input id=dom_id type="text" inputmode="decimal" autocomplete="off"
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=error_id.clone()
                    prop:value=text on:input=on_input on:blur=on_blur/>
                <span class="unit">{move || unit.get()}</span>
            </span>
            <span id=error_id class="field-error" aria-live="polite" data-testid="field-error">
                {move || error.get().map(|e| e.message(lang.get()))}
            </span>
        </div>
    }
}
