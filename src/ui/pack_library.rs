//! The criteria packs a city works with: download the template (the pack in use, pre-filled, as
//! Excel or CSV), import the official criteria from a spreadsheet or a pack JSON, see every pack
//! on the shelf with where it came from, and export one as JSON for colleagues. An import that
//! fails changes nothing and lists every problem with its sheet, row and column.

use crate::i18n::{tr, use_lang, Msg, NotShelved, Sentence};
use crate::io::download::{download, download_bytes, stamp};
use crate::io::file::bytes_or_problem;
use crate::packs::{use_shelf, Origin, RemoveError};
use crate::store::now;
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use fscity_core::sheet_pack::{csv_template, read_workbook, template};
use fscity_core::{Lang, Localize, Pack, Text};
use leptos::prelude::*;
use std::sync::Arc;

/// Template downloads, the import and the list of packs.
#[component]
pub fn PackLibrary() -> impl IntoView {
    let Some(shelf) = use_shelf() else {
        return ().into_any();
    };
    let store = use_store();
    let persistence = use_persistence();
    let lang = use_lang();
    // The last import: Ok(message) or Err(problems), each in both languages.
    let outcome = RwSignal::new(None::<Result<Text, Vec<Text>>>);
    let editing = RwSignal::new(None::<Arc<Pack>>);
    let busy = RwSignal::new(false);
    // The last removal from the shelf: done, or why not.
    let removal = RwSignal::new(None::<Result<Text, Text>>);
    let template_xlsx = move |_| {
        let lang = lang.get_untracked();
        let sheets = template(&store.pack(), lang);
        let file = format!("{}-{}.xlsx", Msg::TemplateFile.text(lang), stamp(&now()));
        leptos::task::spawn_local(async move {
            let named: Vec<(&str, &fscity_core::export::Sheet)> =
                sheets.iter().map(|(n, s)| (n.as_str(), s)).collect();
            match crate::io::xlsx::workbook(&named).await {
                Ok(bytes) => {
                    download_bytes(&file, crate::io::download::XLSX_MIME, &bytes);
                }
                Err(e) => outcome.set(Some(Err(vec![e.text()]))),
            }
        });
    };
    let template_csv = move |_| {
        let lang = lang.get_untracked();
        let file = format!("{}-{}.csv", Msg::TemplateFile.text(lang), stamp(&now()));
        download(
            &file,
            "text/csv;charset=utf-8",
            &csv_template(&store.pack(), lang),
        );
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = import(&name, file, &store.pack()).await;
            busy.set(false);
            outcome.set(Some(match result {
                Err(problems) => Err(problems),
                Ok(pack) => {
                    let (id, version) = (pack.id.clone(), pack.version);
                    match shelf.add(pack, Origin::imported(name.clone(), now())) {
                        Ok(_) => Ok(Sentence::PackImported {
                            id,
                            version,
                            file: name.clone(),
                        }
                        .text()),
                        Err(error) => Err(vec![NotShelved {
                            error: &error,
                            id: &id,
                            version,
                        }
                        .text()]),
                    }
                }
            }));
        });
    };
    let rows = move || {
        let lang = lang.get();
        shelf
            .packs
            .get()
            .into_iter()
            .map(|s| {
                let pack = s.pack;
                let removable = s.origin.as_ref().is_some_and(Origin::removable);
                let origin = s
                    .origin
                    .map(|o| o.describe().get(lang).to_owned())
                    .unwrap_or_else(|| Msg::PackEmbedded.text(lang).to_owned());
                let exported = pack.clone();
                let (id, version) = (pack.id.clone(), pack.version);
                let remove = move |_| {
                    let ask = Sentence::PackRemoveConfirm { id: id.clone(), version };
                    if !window().confirm_with_message(&ask.message(lang)).unwrap_or(false) {
                        return;
                    }
                    // Saved assessments of this pack, here and in the list (the open one is listed).
                    let users = persistence.list.with_untracked(|list| {
                        list.iter()
                            .filter(|l| l.pack_id == id && l.pack_version == version)
                            .count()
                    });
                    removal.set(Some(match shelf.remove(&id, version, users) {
                        Ok(()) => Ok(Sentence::PackRemoved { id: id.clone(), version }.text()),
                        Err(RemoveError::Embedded) => Err(Msg::PackEmbeddedStays.both()),
                        Err(RemoveError::InUse { assessments }) => Err(Sentence::PackInUse {
                            id: id.clone(),
                            version,
                            assessments,
                        }
                        .text()),
                    }));
                };
                let export = move |_| {
                    let pack = &exported;
                    let json = serde_json::to_string_pretty(&**pack).unwrap_or_default();
                    download(&format!("{}-v{}.json", pack.id, pack.version), "application/json", &json);
                };
                view! {
                    <tr data-pack=format!("{}@{}", pack.id, pack.version)>
                        <td>{pack.title.get(lang).to_owned()}</td>
                        <td>{pack.id.clone()} " v" {pack.version}</td>
                        <td class="num">{pack.indicator_count()}</td>
                        <td class="num">{pack.total_points.to_string()}</td>
                        <td>{origin}</td>
                        <td class="actions">
                            <button type="button" data-testid="export-pack" on:click=export>{Msg::ExportPackJson.text(lang)}</button>
                            <button type="button" data-testid="edit-pack" on:click={ let pack = pack.clone(); move |_| editing.set(Some(pack.clone())) }>{Msg::EditorOpen.text(lang)}</button>
                            {removable.then(|| view! {
                                <button type="button" data-testid="remove-pack" on:click=remove>{Msg::RemovePack.text(lang)}</button>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" data-testid="pack-library">
            <h2>{tr(Msg::PacksHeading)}</h2>
            <p class="help">{tr(Msg::PacksIntro)}</p>
            <div class="export-buttons">
                <button type="button" data-testid="template-xlsx" on:click=template_xlsx>{tr(Msg::TemplateXlsx)}</button>
                <button type="button" data-testid="template-csv" on:click=template_csv>{tr(Msg::TemplateCsv)}</button>
            </div>
            <label for=crate::ui::dom_id("pack-file")>{tr(Msg::PackImportFile)}</label>
            <input id=crate::ui::dom_id("pack-file") type="file" data-testid="pack-file"
                accept=".xlsx,.csv,.json,text/csv,application/json" on:change=on_file/>
            <Show when=move || busy.get()><p role="status">{tr(Msg::PackImporting)}</p></Show>
            <div role="status" data-testid="pack-import-result">
                {move || outcome.get().map(|o| {
                    let lang = lang.get();
                    match o {
                        Ok(text) => view! { <p class="import-ok">{text.get(lang).to_owned()}</p> }.into_any(),
                        Err(problems) => view! {
                            <p class="field-error">{Msg::PackImportFailed.text(lang)}</p>
                            <ul class="import-problems" data-testid="pack-import-problems">
                                {problems.iter().map(|p| view! { <li>{p.get(lang).to_owned()}</li> }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                })}
            </div>
            <Show when=move || !shelf.broken.with(Vec::is_empty)>
                <div class="banner warn" role="alert" data-testid="broken-packs">
                    <p>{tr(Msg::PacksBroken)}</p>
                    <ul>{move || shelf.broken.get().into_iter().map(|(name, problem)| view! {
                        <li>{name} " — " {problem.get(lang.get()).to_owned()}</li>
                    }).collect_view()}</ul>
                </div>
            </Show>
            <p role="status" data-testid="pack-removal">
                {move || removal.get().map(|r| {
                    let lang = lang.get();
                    match r {
                        Ok(text) => view! { <span class="import-ok">{text.get(lang).to_owned()}</span> }.into_any(),
                        Err(text) => view! { <span class="field-error">{text.get(lang).to_owned()}</span> }.into_any(),
                    }
                })}
            </p>
            <table class="sheet" data-testid="pack-list">
                <thead><tr>
                    <th scope="col">{tr(Msg::Criteria)}</th>
                    <th scope="col">{tr(Msg::PackVersion)}</th>
                    <th scope="col">{tr(Msg::IndicatorsCount)}</th>
                    <th scope="col">{tr(Msg::MaxPoints)}</th>
                    <th scope="col">{tr(Msg::PackOrigin)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
        {move || editing.get().map(|base| view! {
            <crate::ui::pack_editor::PackEditor base close=Callback::new(move |_| editing.set(None))/>
        })}
    }
    .into_any()
}

/// A picked file as a validated pack, or every problem in both languages.
async fn import(name: &str, file: web_sys::File, base: &Pack) -> Result<Pack, Vec<Text>> {
    let both = |m: &dyn Localize| Text::new(m.message(Lang::Zh), m.message(Lang::En));
    let bytes = bytes_or_problem(file).await.map_err(|p| vec![p])?;
    let lower = name.to_lowercase();
    if lower.ends_with(".json") {
        let text = String::from_utf8_lossy(&bytes);
        return fscity_core::pack::load(&text)
            .map_err(|errors| errors.iter().map(|e| both(e)).collect());
    }
    // .xlsx and .csv alike: the worker reads the cells (calamine, or the CSV decoder with the
    // GB18030 tables), the page turns them into a pack.
    let book = crate::io::xlsx::workbook_or_problems(&bytes).await?;
    read_workbook(&book, base).map_err(|errors| errors.iter().map(|e| both(e)).collect())
}
