//! What a visitor sees if the embedded pack is broken: the errors, never a blank page.

use crate::i18n::{tr, use_lang, Msg};
use fscity_core::{Localize, PackError};
use leptos::prelude::*;

/// Lists every pack error in the current language.
#[component]
pub fn PackErrors(errors: Vec<PackError>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="pack-errors" role="alert">
            <h2>{tr(Msg::PackBroken)}</h2>
            <p>{tr(Msg::PackBrokenHelp)}</p>
            <ul>
                {errors.into_iter().map(|e| view! { <li>{move || e.message(lang.get())}</li> }).collect_view()}
            </ul>
        </section>
    }
}
