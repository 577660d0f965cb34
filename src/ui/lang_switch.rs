//! The language switch: flips zh ⇄ en and remembers the choice.

use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::storage;
use leptos::prelude::*;

/// A button naming the other language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let namespace = use_context::<crate::ui::instance_context::StorageNamespace>();
    let flip = move |_| {
        let next = match lang.get_untracked() {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        lang.set(next);
        if let Some(crate::ui::instance_context::StorageNamespace(namespace)) = &namespace {
            storage::save_lang(&storage::Store::open(namespace), next);
        }
    };
    view! {
        <button type="button" class="lang-switch" data-testid="lang-switch" on:click=flip
            aria-label=tr(Msg::SwitchLanguageLabel)>
            {tr(Msg::SwitchLanguage)}
        </button>
    }
}
