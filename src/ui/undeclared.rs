//! Declarations not made yet (V-01 重大食品安全事故 and the like): a veto item that no score
//! shows and that is easy to miss. While one is open, the summary bar says so at the top and
//! the gap list names it first.

use crate::i18n::{use_lang, Sentence};
use crate::store::use_store;
use fscity_core::report::VetoNote;
use fscity_core::Localize;
use leptos::prelude::*;

/// "尚未申报否决项：V-01 重大食品安全事故", or nothing when every declaration is made.
#[component]
pub fn UndeclaredVetoes() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let open = Memo::new(move |_| {
        store.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.vetoes
                        .iter()
                        .filter(|v| v.note == VetoNote::NotDeclared)
                        .map(|v| (v.id.to_string(), v.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        let lang = lang.get();
        open.with(|open| {
            (!open.is_empty()).then(|| {
                let names = lang.join(
                    &open
                        .iter()
                        .map(|(id, name)| format!("{id} {}", name.get(lang)))
                        .collect::<Vec<_>>(),
                );
                view! {
                    <p class="undeclared" role="note" data-testid="undeclared-vetoes">
                        {Sentence::UndeclaredVetoes { names }.message(lang)}
                    </p>
                }
            })
        })
    }
}
