//! Opening the browser's print dialog (where "save as PDF" lives), for every view that prints:
//! the reports, the evidence package, an interview brief.

/// Opens the print dialog once the page has applied the latest changes: signal updates reach
/// the DOM after the current task.
pub fn print() {
    leptos::prelude::set_timeout(
        || {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        },
        std::time::Duration::ZERO,
    );
}
