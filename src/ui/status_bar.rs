//! On every screen: whether the work is saved, a backup download, and the banners for storage
//! faults, other tabs, unreadable records and undo.

use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::io::download::download;
use crate::persist::SaveStatus;
use crate::storage::Fault;
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use fscity_core::Localize;
use leptos::prelude::*;

/// Local month, day and clock time of an ISO timestamp, e.g. `12-01 20:39`.
pub fn local_short_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    format!(
        "{:02}-{:02} {:02}:{:02}",
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
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
        // With no assessment open there is nothing to save, and nothing was just saved.
        let open = store.assessment.with(Option::is_some);
        match p.status.get() {
            SaveStatus::Idle | SaveStatus::Saved(_) | SaveStatus::Pending if !open => String::new(),
            SaveStatus::Idle => Msg::NotSavedYet.text(lang).to_owned(),
            SaveStatus::Pending => Msg::SavePending.text(lang).to_owned(),
            SaveStatus::Saved(at) => Sentence::SavedAt {
                time: local_short_time(&at),
            }
            .message(lang),
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
    let nothing = move || p.list.with(Vec::is_empty) && store.assessment.with(Option::is_none);
    let why = move || nothing().then(|| Msg::NothingToBackUp.text(lang.get()));
    view! {
        <div class="status-bar">
            <OpenAssessmentName/>
            <p class="save-status" class:alarm=alarming role="status" data-testid="save-status">{line}</p>
            <span class="status-actions">
                <button type="button" data-testid="download-backup" on:click=backup
                    disabled=nothing title=why>{tr(Msg::DownloadBackup)}</button>
                <button type="button" data-testid="download-all-bar" on:click=move |_| p.export_all(store).offer()
                    disabled=nothing title=why>{tr(Msg::DownloadAll)}</button>
            </span>
        </div>
        <PrivacyOnce/>
        <ConflictBanner/>
        <QuarantineBanner/>
        <UndoBanner/>
    }
}

/// City · assessment name of the open assessment, so nobody edits March believing it is June.
/// On the standalone page the document title says the same.
#[component]
fn OpenAssessmentName() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let label = Memo::new(move |_| {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| crate::ui::assessment_label(&a.city, &a.name))
        })
    });
    if use_context::<crate::ui::IdPrefix>().is_none() {
        Effect::new(move |_| {
            let app = Msg::AppTitle.text(lang.get());
            let title = match label.get() {
                Some(label) => format!("{label} — {app}"),
                None => app.to_owned(),
            };
            document().set_title(&title);
        });
        on_cleanup(move || document().set_title(Msg::AppTitle.text(lang.get_untracked())));
    }
    view! {
        <Show when=move || label.with(Option::is_some)>
            <p class="open-assessment" data-testid="open-assessment">{move || label.get()}</p>
        </Show>
    }
}

/// Another tab changed the open assessment while this page has unsaved edits: a modal dialog,
/// so the user sees it wherever they are, and editing pauses (the page behind is inert) until
/// they choose. Escape does not dismiss it: there is no safe default.
#[component]
fn ConflictBanner() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = p.conflict.with(Option::is_some);
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    let mine = move |_| {
        if let Some(file) = p.export_open(store) {
            file.offer();
        }
    };
    view! {
        <dialog node_ref=dialog class="banner warn conflict" role="alertdialog" data-testid="conflict-banner"
            aria-labelledby=crate::ui::dom_id("conflict-text")
            on:cancel=|ev: leptos::ev::Event| ev.prevent_default()>
            <p id=crate::ui::dom_id("conflict-text")>{tr(Msg::ConflictText)}</p>
            <button type="button" on:click=mine>{tr(Msg::DownloadMine)}</button>
            <button type="button" data-testid="take-theirs" on:click=move |_| p.take_theirs(store)>{tr(Msg::TakeTheirs)}</button>
            <button type="button" data-testid="keep-mine" on:click=move |_| p.keep_mine(store)>{tr(Msg::KeepMine)}</button>
        </dialog>
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
                {move || p.trash.with(|t| t.as_ref().map(|saved| {
                    let a = &saved.assessment;
                    Sentence::Deleted { name: crate::ui::assessment_label(&a.city, &a.name) }.message(lang.get())
                }))} " "
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
