//! Veto items that no score shows and that are easy to miss: declarations not made yet (V-01
//! 重大食品安全事故 and the like), said at the top of the verdict and the gap list, and veto items
//! triggered, which head the gap list (one of them fails the city whatever its total).

use crate::i18n::{use_lang, Sentence};
use crate::workspace::use_store;
use fscity_core::report::{VetoNote, VetoStatus};
use fscity_core::Localize;
use leptos::prelude::*;

/// "尚未申报否决项：V-01 重大食品安全事故", or nothing when every declaration is made.
#[component]
pub fn UndeclaredVetoes() -> impl IntoView {
    veto_line(
        |v| v.note == VetoNote::NotDeclared,
        |names| Sentence::UndeclaredVetoes { names },
        "undeclared",
        "undeclared-vetoes",
    )
}

/// "已触发否决项（一票否决）：V-01 重大食品安全事故…", or nothing when none is triggered.
#[component]
pub fn TriggeredVetoes() -> impl IntoView {
    veto_line(
        |v| v.status == VetoStatus::Triggered,
        |names| Sentence::TriggeredVetoes { names },
        "undeclared triggered",
        "triggered-vetoes",
    )
}

/// A line naming the veto items `which` picks, worded by `sentence`, or nothing.
fn veto_line(
    which: fn(&fscity_core::report::VetoResult) -> bool,
    sentence: fn(String) -> Sentence,
    class: &'static str,
    testid: &'static str,
) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let open = Memo::new(move |_| {
        store.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.vetoes
                        .iter()
                        .filter(|v| which(v))
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
                    <p class=class role="note" data-testid=testid>
                        {sentence(names).message(lang)}
                    </p>
                }
            })
        })
    }
}
