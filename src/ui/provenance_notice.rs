//! The notice every visitor sees: what the pack is and that it is not the official text.
//! Once read ("知道了", remembered in this browser) it shrinks to one line that still says
//! the pack is unofficial, so the first answer is above the fold on an office screen.

use crate::i18n::{tr, tr_text, Msg};
use crate::storage::Store;
use crate::ui::instance_context::StorageNamespace;
use crate::workspace::use_workspace;
use leptos::prelude::*;

const READ: &str = "notice-read";

/// A banner with the pack's own provenance statement.
#[component]
pub fn ProvenanceNotice() -> impl IntoView {
    let pack = use_workspace().pack();
    let store = use_context::<StorageNamespace>().map(|ns| Store::open(&ns.0));
    let read = RwSignal::new(
        store
            .as_ref()
            .is_some_and(|s| s.is_available() && s.get(READ).is_some()),
    );
    let store = StoredValue::new(store);
    let set_read = move |value: bool| {
        store.with_value(|s| {
            if let Some(s) = s {
                let _ = if value {
                    s.set(READ, "1")
                } else {
                    s.remove(READ);
                    Ok(())
                };
            }
        });
        read.set(value);
    };
    let points_note = if pack.points_official {
        Msg::NoticePointsOfficial
    } else {
        Msg::NoticePointsIllustrative
    };
    view! {
        <aside class="notice" class:compact=read role="note" data-testid="provenance-notice">
            <strong>{tr(Msg::NoticeHeading)}</strong> " "
            <Show when=move || !read.get()
                fallback=move || view! {
                    <button type="button" class="link-button" data-testid="notice-expand"
                        on:click=move |_| set_read(false)>{tr(Msg::NoticeMore)}</button>
                }>
                <span>{tr(points_note)}</span>
                <details>
                    <summary>{tr_text(pack.map(|p| &p.title))}</summary>
                    <p data-testid="pack-provenance">{tr_text(pack.map(|p| &p.provenance))}</p>
                </details>
                <button type="button" data-testid="notice-read" on:click=move |_| set_read(true)>{tr(Msg::GotIt)}</button>
            </Show>
        </aside>
    }
}
