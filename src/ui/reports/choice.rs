//! A radio button among the choices of the reports view (which report, which part of the
//! evidence package), named by a key of any words table.

use crate::i18n::{tr, Words};
use leptos::prelude::*;

/// The radio for `value` in the group `name`, checked while `chosen` holds it.
pub(super) fn radio_choice<T, W>(
    chosen: RwSignal<T>,
    value: T,
    label: W,
    name: &'static str,
    testid: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    W: Words,
{
    view! {
        <label class="choice">
            <input type="radio" name=name data-testid=testid
                prop:checked=move || chosen.get() == value on:change=move |_| chosen.set(value)/>
            {tr(label)}
        </label>
    }
}
