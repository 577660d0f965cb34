//! The notice every visitor sees: what the pack is and that it is not the official text.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::use_criteria;
use leptos::prelude::*;

/// A banner with the pack's own provenance statement.
#[component]
pub fn ProvenanceNotice() -> impl IntoView {
    let pack = use_criteria().pack;
    let lang = use_lang();
    let points_note = if pack.points_official {
        Msg::NoticePointsOfficial
    } else {
        Msg::NoticePointsIllustrative
    };
    view! {
        <aside class="notice" role="note" data-testid="provenance-notice">
            <strong>{tr(Msg::NoticeHeading)}</strong> " "
            <span>{tr(points_note)}</span>
            <details>
                <summary>{move || pack.title.get(lang.get())}</summary>
                <p data-testid="pack-provenance">{move || pack.provenance.get(lang.get())}</p>
            </details>
        </aside>
    }
}
