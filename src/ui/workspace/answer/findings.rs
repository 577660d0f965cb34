//! Entering the number of findings for a deduction rule — unless recorded 现场检查 bears on the
//! indicator: then the count is the inspection's, said so, and cannot also be typed.

use super::number_field::NumberField;
use crate::i18n::{use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, InputKind};
use fscity_core::{Answer, Decimal, Localize};
use leptos::prelude::*;

/// A count field; each finding deducts the rule's amount.
#[component]
pub fn FindingsAnswer(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let entry = store.entry(indicator.id.clone());
    let value = Signal::derive(move || {
        entry.with(|e| match &e.answer {
            Some(Answer::Findings { count }) => {
                Some(Decimal::whole(i64::try_from(*count).unwrap_or(i64::MAX)))
            }
            _ => None,
        })
    });
    let id = indicator.id.clone();
    let on_value = Callback::new(move |value: Option<Decimal>| match value {
        Some(v) => store.set_answer(
            &id,
            Answer::Findings {
                count: v.as_f64() as u64,
            },
        ),
        None => store.clear_answer(&id),
    });
    let site = Memo::new(move |_| entry.with(|e| e.site));
    // The field stays mounted (hidden while the inspection decides), so nothing it owns is
    // disposed under a keystroke.
    view! {
        <div style:display=move || if site.with(Option::is_some) { "none" } else { "" }>
            <NumberField dom_id=crate::ui::dom_id(format!("findings-{}", indicator.id))
                label=Signal::derive(move || Msg::FindingsCount.text(lang.get()).to_owned())
                unit=Signal::derive(String::new)
                kind=InputKind::Count value on_value/>
        </div>
        {move || site.get().map(|tally| view! {
            <p class="site-count" data-testid="findings-from-site">
                {Sentence::FindingsFromSite { points: tally.points, findings: tally.findings }.message(lang.get())}
            </p>
        })}
    }
}
