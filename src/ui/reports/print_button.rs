//! Printing a report: the button every report shows, and the dialog it opens.

use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// Opens the browser's print dialog (where "save as PDF" lives) once the page has applied the
/// latest changes: signal updates reach the DOM after the current task.
pub(super) fn print() {
    set_timeout(
        || {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The print button with a line on how to get a PDF.
#[component]
pub(super) fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class="primary" data-testid="print" on:click=move |_| print()>{tr(Msg::Print)}</button>
        <p class="help">{tr(Msg::PrintHelp)}</p>
    }
}
