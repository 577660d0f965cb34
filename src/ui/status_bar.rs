//! On every screen: whether the work is saved, a backup download, and the banners for storage
//! faults, other tabs, unreadable records and undo.

use crate::i18n::{tr, use_lang, Msg};
use crate::io::download::download;
use crate::persist::{use_persistence, SaveStatus};
use crate::storage::Fault;
use crate::store::use_store;
use leptos::prelude::*;

/// Local clock time of an ISO timestamp, e.g. `14:32:05`.
pub fn local_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

/// Local date and time of an ISO timestamp, e.g. `2026-11-28 14:32`.
pub fn local_date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// The status line and banners.
#[component]
pub fn StatusBar() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let lang = use_lang();
    let line = move || {
        let lang = lang.get();
        match p.status.get() {
            SaveStatus::Idle => Msg::NotSavedYet.text(lang).to_owned(),
            SaveStatus::Saved(at) => format!("{} {}", Msg::SavedAt.text(lang), local_time(&at)),
            SaveStatus::Failed(Fault::QuotaExceeded) => Msg::SaveFailedQuota.text(lang).to_owned(),
            SaveStatus::Failed(_) => Msg::SaveFailedBrowser.text(lang).to_owned(),
            SaveStatus::Unavailable => Msg::StorageUnavailable.text(lang).to_owned(),
        }
    };
    let alarming = move || {
        matches!(
            p.status.get(),
            SaveStatus::Failed(_) | SaveStatus::Unavailable
        )
    };
    let backup = move |_| {
        p.export_open(store)
            .unwrap_or_else(|| p.export_all(store))
            .offer();
    };
    view! {
        <div class="status-bar">
            <p class="save-status" class:alarm=alarming role="status" data-testid="save-status">{line}</p>
            <span class="status-actions">
                <button type="button" data-testid="download-backup" on:click=backup>{tr(Msg::DownloadBackup)}</button>
                <button type="button" data-testid="download-all-bar" on:click=move |_| p.export_all(store).offer()>{tr(Msg::DownloadAll)}</button>
            </span>
        </div>
        <PrivacyOnce/>
        <ConflictBanner/>
        <QuarantineBanner/>
        <UndoBanner/>
    }
}

#[component]
fn ConflictBanner() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let mine = move |_| {
        if let Some(file) = p.export_open(store) {
            file.offer();
        }
    };
    view! {
        <Show when=move || p.conflict.with(Option::is_some)>
            <div class="banner warn" role="alert" data-testid="conflict-banner">
                <p>{tr(Msg::ConflictText)}</p>
                <button type="button" on:click=mine>{tr(Msg::DownloadMine)}</button>
                <button type="button" data-testid="take-theirs" on:click=move |_| p.take_theirs(store)>{tr(Msg::TakeTheirs)}</button>
                <button type="button" data-testid="keep-mine" on:click=move |_| p.keep_mine(store)>{tr(Msg::KeepMine)}</button>
            </div>
        </Show>
    }
}

#[component]
fn QuarantineBanner() -> impl IntoView {
    let p = use_persistence();
    let lang = use_lang();
    view! {
        <Show when=move || !p.quarantined.with(Vec::is_empty)>
            <div class="banner warn" role="alert" data-testid="quarantine-banner">
                <p>{tr(Msg::QuarantineText)}</p>
                <ul>
                    <For each=move || p.quarantined.get() key=|q| q.name.clone() let:q>
                        {
                            let (raw, name, name2) = (q.raw.clone(), q.name.clone(), q.name.clone());
                            view! {
                                <li>
                                    {move || q.reason.get(lang.get()).to_owned()} " "
                                    <button type="button" data-testid="download-raw"
                                        on:click=move |_| { download(&format!("fscity-{name}.txt"), "text/plain", &raw); }>
                                        {tr(Msg::DownloadRaw)}
                                    </button>
                                    <button type="button" on:click=move |_| p.discard_quarantined(&name2)>{tr(Msg::Discard)}</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn UndoBanner() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let lang = use_lang();
    view! {
        <Show when=move || p.trash.with(Option::is_some)>
            <div class="banner" role="status" data-testid="undo-banner">
                {tr(Msg::Deleted)} " "
                <button type="button" data-testid="undo" on:click=move |_| p.restore_trash(store)>{tr(Msg::Undo)}</button>
                <button type="button" on:click=move |_| p.trash.set(None)>{tr(Msg::Dismiss)}</button>
            </div>
        </Show>
        <Show when=move || p.notice.with(Option::is_some)>
            <div class="banner" role="status" data-testid="notice">
                {move || p.notice.get().map(|t| t.get(lang.get()).to_owned())} " "
                <button type="button" on:click=move |_| p.notice.set(None)>{tr(Msg::Dismiss)}</button>
            </div>
        </Show>
    }
}

/// The first visit is told, once, that nothing leaves the browser.
#[component]
fn PrivacyOnce() -> impl IntoView {
    let p = use_persistence();
    let seen = RwSignal::new(
        p.store
            .with_value(|s| !s.is_available() || s.get("privacy-seen").is_some()),
    );
    let dismiss = move |_| {
        let _ = p.store.with_value(|s| s.set("privacy-seen", "1"));
        seen.set(true);
    };
    view! {
        <Show when=move || !seen.get()>
            <div class="banner" role="note" data-testid="privacy-once">
                {tr(Msg::PrivacyOnce)} " "
                <button type="button" data-testid="privacy-dismiss" on:click=dismiss>{tr(Msg::GotIt)}</button>
            </div>
        </Show>
    }
}
