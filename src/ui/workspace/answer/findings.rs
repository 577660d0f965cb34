//! Entering the number of findings for a deduction rule.

use super::number_field::NumberField;
use crate::i18n::{use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Indicator, InputKind};
use fscity_core::{Answer, Decimal};
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
    view! {
        <NumberField dom_id=crate::ui::dom_id(format!("findings-{}", indicator.id))
            label=Signal::derive(move || Msg::FindingsCount.text(lang.get()).to_owned())
            unit=Signal::derive(String::new)
            kind=InputKind::Count value on_value/>
    }
}
