//! "My assessments": every assessment kept in this browser, what can be done with each, import,
//! export, clearing, and a plain statement of what is stored where.

use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::io::file::{read_text, FileError};
use crate::persist::{BackupFile, Imported, Listed};
use crate::ui::lazy::Lazy;
use crate::ui::status_bar::local_date_time;
use crate::ui::tabs::View;
use crate::ui::workspace::StartForm;
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use fscity_core::Localize;
use fscity_core::{Lang, Text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

crate::ui::lazy::chunk!(
    /// Importing assessments from a file: a chunk of its own.
    mod import_chunk: () = |()| view! { <ImportPanel/> }.into_any()
);

crate::ui::lazy::chunk!(
    /// The criteria-pack shelf (import, editor, versions): a chunk of its own.
    mod pack_shelf_chunk: () = |()| view! { <crate::ui::pack_library::PackLibrary/> }.into_any()
);

/// A backup being packed with its photos (a count, so the same file asked twice packs twice).
#[derive(Clone, Copy)]
struct Packing(RwSignal<Option<(u32, BackupFile)>>);

/// Offers a backup: as JSON, or — when findings in it have photos — as a .zip packed by the
/// photo-backup chunk.
fn offer(packing: Packing, file: BackupFile) {
    if file.names_photos() {
        packing
            .0
            .update(|p| *p = Some((p.as_ref().map_or(0, |(n, _)| n + 1), file)));
    } else {
        file.offer();
    }
}

/// The library view.
#[component]
pub fn LibraryView(view: RwSignal<View>) -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let packing = Packing(RwSignal::new(None));
    provide_context(packing);
    let packed = move || {
        packing.0.get().map(|(_, file)| {
            view! { <Lazy load=crate::ui::photo_backup::photo_backup_chunk::load props=file/> }
        })
    };
    view! {
        <p class="print-only" data-testid="print-where">{tr(Msg::PrintFromReports)}</p>
        <div class="library-view">
        <section class="card privacy" data-testid="privacy">
            <h2>{tr(Msg::PrivacyHeading)}</h2>
            <p>{tr(Msg::PrivacyText)}</p>
        </section>
        <section class="card" data-testid="library">
            <h2>{tr(Msg::LibraryHeading)}</h2>
            <Show when=move || !p.list.with(Vec::is_empty) fallback=|| view! { <p>{tr(Msg::NoAssessments)}</p> }>
                <table class="gap-table library-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::CityName)}</th>
                            <th scope="col">{tr(Msg::AssessmentName)}</th>
                            <th scope="col">{tr(Msg::PackColumn)}</th>
                            <th scope="col">{tr(Msg::LastChange)}</th>
                            <th scope="col">{tr(Msg::Progress)}</th>
                            <th scope="col">{tr(Msg::ScoreColumn)}</th>
                            <th scope="col">{tr(Msg::Actions)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || p.list.get() key=|l| format!("{}|{}|{}|{}", l.id, l.updated, l.city, l.name) let:item>
                            <LibraryRow item view/>
                        </For>
                    </tbody>
                </table>
            </Show>
            <button type="button" data-testid="download-all"
                disabled=move || p.list.with(Vec::is_empty) && store.assessment.with(Option::is_none)
                on:click=move |_| offer(packing, p.export_all(store))>
                {tr(Msg::DownloadAll)}
            </button>
            {packed}
        </section>
        <section class="card">
            <h2>{tr(Msg::NewAssessment)}</h2>
            <StartForm on_started=Callback::new(move |_| view.set(View::Assess))/>
        </section>
        <Lazy load=import_chunk::load props=()/>
        <Lazy load=pack_shelf_chunk::load props=()/>
        <ClearPanel/>
        </div>
    }
}

#[component]
fn LibraryRow(item: Listed, view: RwSignal<View>) -> impl IntoView {
    let packing = expect_context::<Packing>();
    let p = use_persistence();
    let store = use_store();
    let switch = use_context::<crate::ui::pack_switch::PackSwitch>();
    let lang = use_lang();
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let city = RwSignal::new(item.city.clone());
    let name = RwSignal::new(item.name.clone());
    let id = item.id.clone();
    let is_open = {
        let id = id.clone();
        move || p.open_id.with(|o| o.as_deref() == Some(id.as_str()))
    };
    let (open_id, dup_id, dl_id, del_id, ren_id) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let score = item
        .score
        .map(|(s, of)| format!("{s} / {of}"))
        .unwrap_or_else(|| "—".into());
    let outcome = item.outcome.map(|o| o.label());
    view! {
        <tr data-library-id=item.id.clone() class:current=is_open.clone()>
            <td>{item.city.clone()}</td>
            <td>{item.name.clone()}</td>
            <td>{item.pack.clone()}</td>
            <td>{local_date_time(&item.updated)}</td>
            <td class="num">{item.answered} " / " {item.total}</td>
            <td class="num">{score} " " {move || outcome.as_ref().map(|o| o.get(lang.get()).to_owned())}</td>
            <td class="actions">
                <Show when=move || renaming.get()>
                    <label class="visually-hidden" for=crate::ui::dom_id(format!("rename-city-{}", ren_id))>{tr(Msg::CityName)}</label>
                    <input id=crate::ui::dom_id(format!("rename-city-{}", ren_id)) type="text" prop:value=city on:input=move |ev| city.set(event_target_value(&ev))/>
                    <label class="visually-hidden" for=crate::ui::dom_id(format!("rename-name-{}", ren_id))>{tr(Msg::AssessmentName)}</label>
                    <input id=crate::ui::dom_id(format!("rename-name-{}", ren_id)) type="text" prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                    <button type="button" data-testid="rename-save" on:click={
                        let id = ren_id.clone();
                        move |_| { p.rename(&id, &city.get(), &name.get(), store); renaming.set(false); }
                    }>{tr(Msg::Save)}</button>
                    <button type="button" on:click=move |_| renaming.set(false)>{tr(Msg::Cancel)}</button>
                </Show>
                <Show when=move || confirming.get()>
                    <span role="alert">{tr(Msg::ConfirmDelete)}</span>
                    <button type="button" data-testid="confirm-delete" on:click={
                        let id = del_id.clone();
                        move |_| { p.delete(&id, store); confirming.set(false); }
                    }>{tr(Msg::ConfirmYes)}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{tr(Msg::Cancel)}</button>
                </Show>
                <Show when=move || !renaming.get() && !confirming.get()>
                    <button type="button" data-testid="open" on:click={
                        let id = open_id.clone();
                        move |_| { crate::ui::pack_switch::open_record(switch, p, store, &id); view.set(View::Assess); }
                    }>{tr(Msg::Open)}</button>
                    <button type="button" data-testid="rename" on:click=move |_| renaming.set(true)>{tr(Msg::Rename)}</button>
                    <button type="button" data-testid="duplicate" on:click={
                        let id = dup_id.clone();
                        move |ev| if crate::ui::first_click(&ev) { p.duplicate(&id, Msg::CopySuffix.text(lang.get_untracked()), store) }
                    }>{tr(Msg::Duplicate)}</button>
                    <button type="button" data-testid="download-one" on:click={
                        let id = dl_id.clone();
                        move |_| if let Some(file) = p.export_one(&id, store) { offer(packing, file); }
                    }>{tr(Msg::DownloadBackup)}</button>
                    <button type="button" data-testid="delete" on:click=move |_| confirming.set(true)>{tr(Msg::Delete)}</button>
                </Show>
            </td>
        </tr>
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let lang = use_lang();
    let replace = RwSignal::new(false);
    // A file waiting for the user: to confirm replacing the open assessment, or to import
    // again as a copy (it was imported before).
    let pending = RwSignal::new(None::<(String, bool)>);
    let repeated = RwSignal::new(None::<(String, bool)>);
    let result = RwSignal::new(None::<(bool, Text)>);
    let run = move |text: String, replace: bool, as_copy: bool| {
        let suffix = as_copy.then(|| Msg::CopySuffix.text(lang.get_untracked()));
        match p.import(&text, replace, suffix, store) {
            Ok(Imported::Added {
                count,
                skipped,
                notes,
            }) => {
                // The count, then what the import noticed (migrated, other pack revision, IDs kept).
                let line = |lang: Lang| {
                    let mut text = format!("{}{count}", Msg::Imported.text(lang));
                    if skipped > 0 {
                        text.push_str(" · ");
                        text.push_str(&Sentence::ImportSkipped { count: skipped }.message(lang));
                    }
                    for note in &notes {
                        text.push_str(" · ");
                        text.push_str(note.get(lang));
                    }
                    text
                };
                result.set(Some((true, Text::new(line(Lang::Zh), line(Lang::En)))));
            }
            Ok(Imported::AlreadyThere) => {
                result.set(Some((false, msg_text(Msg::AlreadyImported))));
                repeated.set(Some((text, replace)));
            }
            Err(why) => result.set(Some((false, prefixed(Msg::ImportFailed, &why)))),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        // The choice is the one made before the file was picked.
        let replace = replace.get_untracked() && p.open_id.get_untracked().is_some();
        repeated.set(None);
        pending.set(None);
        let zipped = file.name().to_lowercase().ends_with(".zip") || file.type_().contains("zip");
        leptos::task::spawn_local(async move {
            let read = if zipped {
                match unpack(file).await {
                    Ok(text) => Ok(text),
                    Err(why) => {
                        result.set(Some((false, prefixed(Msg::ImportFailed, &why))));
                        return;
                    }
                }
            } else {
                read_text(file).await
            };
            match read {
                Ok(text) if replace => pending.set(Some((text, true))),
                Ok(text) => run(text, false, false),
                Err(FileError::TooLarge(_)) => result.set(Some((
                    false,
                    prefixed(Msg::ImportFailed, &msg_text(Msg::FileTooLarge)),
                ))),
                Err(FileError::Unreadable) => result.set(Some((
                    false,
                    prefixed(Msg::ImportFailed, &msg_text(Msg::FileUnreadable)),
                ))),
            }
        });
    };
    view! {
        <section class="card" data-testid="import">
            <h2>{tr(Msg::ImportHeading)}</h2>
            <p class="help">{tr(Msg::ImportHelp)}</p>
            <label class="choice">
                <input type="checkbox" data-testid="import-replace" prop:checked=replace on:change=move |ev| replace.set(event_target_checked(&ev))/>
                {tr(Msg::ImportReplace)}
            </label>
            <label for=crate::ui::dom_id("import-file")>{tr(Msg::ImportFile)}</label>
            <input id=crate::ui::dom_id("import-file") type="file" accept=".json,.zip,application/json,application/zip" data-testid="import-file" on:change=on_file/>
            <Show when=move || pending.with(Option::is_some)>
                <p role="alert">{tr(Msg::ConfirmReplace)}</p>
                <button type="button" data-testid="confirm-replace"
                    on:click=move |ev| if crate::ui::first_click(&ev) {
                        if let Some((text, replace)) = pending.get_untracked() { pending.set(None); run(text, replace, false); }
                    }>
                    {tr(Msg::ConfirmYes)}
                </button>
                <button type="button" on:click=move |_| pending.set(None)>{tr(Msg::Cancel)}</button>
            </Show>
            <p class="import-result" role="status" data-testid="import-result"
                class:field-error=move || result.with(|r| matches!(r, Some((false, _))))>
                {move || result.get().map(|(_, t)| t.get(lang.get()).to_owned())}
            </p>
            <Show when=move || repeated.with(Option::is_some)>
                <button type="button" data-testid="import-again"
                    on:click=move |ev| if crate::ui::first_click(&ev) {
                        if let Some((text, replace)) = repeated.get_untracked() { repeated.set(None); run(text, replace, true); }
                    }>
                    {tr(Msg::ImportAgainAsCopy)}
                </button>
            </Show>
        </section>
    }
}

/// A backup with photos: read and checked whole by the reader worker, its photos put back in
/// the photo store, its JSON returned for the usual import. Refused whole — nothing stored —
/// when the zip is broken or lies, or when the photos cannot all be kept.
async fn unpack(file: web_sys::File) -> Result<String, Text> {
    use crate::io::{file::read_bytes_up_to, photos, xlsx::read_photo_bundle};
    const MAX_ZIP_BYTES: f64 = 300.0 * 1024.0 * 1024.0;
    let bytes = read_bytes_up_to(file, MAX_ZIP_BYTES)
        .await
        .map_err(|e| match e {
            FileError::TooLarge(_) => msg_text(Msg::FileTooLarge),
            FileError::Unreadable => msg_text(Msg::FileUnreadable),
        })?;
    let (json, pictures) = read_photo_bundle(&bytes).await?;
    let mut kept = Vec::new();
    for (id, bytes) in &pictures {
        if let Err(why) = photos::put_bytes(id, bytes).await {
            photos::remove(kept).await;
            return Err(Text::new(why.message(Lang::Zh), why.message(Lang::En)));
        }
        kept.push(id.clone());
    }
    Ok(json)
}

fn msg_text(msg: Msg) -> Text {
    Text::new(msg.text(Lang::Zh), msg.text(Lang::En))
}

fn prefixed(msg: Msg, text: &Text) -> Text {
    Text::new(
        format!("{}{}", msg.text(Lang::Zh), text.zh),
        format!("{}{}", msg.text(Lang::En), text.get(Lang::En)),
    )
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("change events have a target")
        .unchecked_into()
}

#[component]
fn ClearPanel() -> impl IntoView {
    let p = use_persistence();
    let store = use_store();
    let confirming = RwSignal::new(false);
    view! {
        <section class="card" data-testid="clear">
            <h2>{tr(Msg::ClearHeading)}</h2>
            <p class="help">{tr(Msg::ClearHelp)}</p>
            <Show when=move || confirming.get()
                fallback=move || view! { <button type="button" data-testid="clear-all" on:click=move |_| confirming.set(true)>{tr(Msg::ClearHeading)}</button> }>
                <span role="alert">{tr(Msg::ConfirmClear)}</span>
                <button type="button" data-testid="confirm-clear" on:click=move |_| {
                    p.clear_all(store);
                    // The photo store goes too (its module is in the inspection chunk; the
                    // browser's own call is all this needs).
                    if let Some(Ok(Some(idb))) = web_sys::window().map(|w| w.indexed_db()) {
                        let _ = idb.delete_database(crate::io::photos::DATABASE);
                    }
                    p.notice.set(Some(msg_text(Msg::Cleared)));
                    confirming.set(false);
                }>{tr(Msg::ConfirmYes)}</button>
                <button type="button" on:click=move |_| confirming.set(false)>{tr(Msg::Cancel)}</button>
            </Show>
        </section>
    }
}
