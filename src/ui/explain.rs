//! "How was this computed?": a disclosure next to a number, keyboard-operable by nature.

use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// A small disclosure holding the explanation of the number beside it.
#[component]
pub fn Explain(
    /// The explanation, already in the current language.
    #[prop(into)]
    text: Signal<String>,
    /// Names the disclosure for tests.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <details class="explain" data-testid=testid>
            <summary title=tr(Msg::HowComputed)>
                <span aria-hidden="true">"?"</span>
                <span class="visually-hidden">{tr(Msg::HowComputed)}</span>
            </summary>
            <p>{move || text.get()}</p>
        </details>
    }
}
