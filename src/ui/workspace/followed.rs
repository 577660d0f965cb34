//! A text field that a person types into and that also shows what is stored. Typing keeps the
//! text as typed (separators, a half-typed word, an IME's composition are never rewritten under
//! the cursor), but when the stored value changes from elsewhere — another tab's save followed,
//! the conflict dialog's choice, a reset — the field shows it at once. A field that kept its own
//! text would later write that stale text over the other tab's (issue 32, item 1).

use leptos::prelude::*;

/// The text a field shows. `stored` is what the assessment holds now (`None`: nothing to
/// follow, e.g. a reason field while its checkbox is off); `stores_as` is what typing `text`
/// would store, so the field follows only a value it did not write itself.
pub fn followed_text(
    stored: Signal<Option<String>>,
    stores_as: impl Fn(&str) -> String + Send + Sync + 'static,
) -> RwSignal<String> {
    let text = RwSignal::new(stored.get_untracked().unwrap_or_default());
    Effect::new(move |_| {
        let Some(stored) = stored.get() else {
            return;
        };
        if text.with_untracked(|t| stores_as(t)) != stored {
            text.set(stored);
        }
    });
    text
}
