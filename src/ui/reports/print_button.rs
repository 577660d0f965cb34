//! Printing a report: the button every report shows.

use crate::i18n::{tr, Msg};
pub(super) use crate::ui::printing::print;
use leptos::prelude::*;

/// The print button with a line on how to get a PDF.
#[component]
pub(super) fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class="primary" data-testid="print" on:click=move |_| print()>{tr(Msg::Print)}</button>
        <p class="help">{tr(Msg::PrintHelp)}</p>
    }
}
