//! Downloads of the 自评表 and the 整改清单, built by the core from the same report the screen
//! shows: CSV for any tool, Excel for the people who will open it in Excel. File names carry
//! the city and the time so repeated exports never overwrite each other in a downloads folder.

use crate::i18n::{tr, use_lang, EvidenceWords, Msg};
use crate::io::download::{download, download_bytes, stamp};
use crate::store::{now, today};
use crate::workspace::use_store;
use fscity_core::export::{
    action_list, package_index_table, self_assessment_table, summary_table, to_csv, Sheet,
};
use fscity_core::{Lang, Localize};
use leptos::prelude::*;

/// Which file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Export {
    SummaryCsv,
    TableCsv,
    ActionsCsv,
    PackageCsv,
    Xlsx,
}

/// Where an Excel export stands.
#[derive(Clone, PartialEq, Eq)]
enum XlsxState {
    Idle,
    Preparing,
    Failed(String),
}

/// CSV and Excel downloads of the 自评表 and the 整改清单.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let state = RwSignal::new(XlsxState::Idle);
    let tables = move || -> Option<(String, Lang, [Sheet; 4])> {
        let lang = lang.get_untracked();
        let a = store.assessment.get_untracked()?;
        let r = store.report.get_untracked()?;
        Some((
            a.city.clone(),
            lang,
            [
                summary_table(&store.pack(), &a, &r, lang),
                self_assessment_table(&store.pack(), &a, &r, lang),
                action_list(&store.pack(), &a, &r, &today(), lang),
                package_index_table(&store.pack(), &a, lang),
            ],
        ))
    };
    let export = move |kind: Export| {
        let Some((city, lang, [summary, table, actions, index])) = tables() else {
            return;
        };
        let name = |what: &str, ext: &str| format!("{what}-{city}-{}.{ext}", stamp(&now()));
        match kind {
            Export::SummaryCsv => {
                download(
                    &name(Msg::SummarySheet.text(lang), "csv"),
                    "text/csv;charset=utf-8",
                    &to_csv(&summary),
                );
            }
            Export::TableCsv => {
                download(
                    &name(Msg::SelfTable.text(lang), "csv"),
                    "text/csv;charset=utf-8",
                    &to_csv(&table),
                );
            }
            Export::ActionsCsv => {
                download(
                    &name(Msg::ReportActions.text(lang), "csv"),
                    "text/csv;charset=utf-8",
                    &to_csv(&actions),
                );
            }
            Export::PackageCsv => {
                download(
                    &name(EvidenceWords::PackageIndex.text(lang), "csv"),
                    "text/csv;charset=utf-8",
                    &to_csv(&index),
                );
            }
            Export::Xlsx => {
                let file = name(Msg::SelfTable.text(lang), "xlsx");
                state.set(XlsxState::Preparing);
                leptos::task::spawn_local(async move {
                    let sheets = [
                        (Msg::SummarySheet.text(lang), &summary),
                        (Msg::SelfTable.text(lang), &table),
                        (Msg::ReportActions.text(lang), &actions),
                        (EvidenceWords::PackageIndex.text(lang), &index),
                    ];
                    match crate::io::xlsx::workbook(&sheets).await {
                        Ok(bytes) => {
                            download_bytes(&file, crate::io::download::XLSX_MIME, &bytes);
                            state.set(XlsxState::Idle);
                        }
                        Err(e) => state.set(XlsxState::Failed(e.message(lang))),
                    }
                });
            }
        }
    };
    let status = move || match state.get() {
        XlsxState::Idle => None,
        XlsxState::Preparing => Some(Msg::ExportPreparing.text(lang.get()).to_owned()),
        XlsxState::Failed(why) => Some(format!("{}{why}", Msg::ExportFailed.text(lang.get()))),
    };
    view! {
        <div class="export-buttons">
            <button type="button" data-testid="export-summary" on:click=move |ev| if crate::ui::first_click(&ev) { export(Export::SummaryCsv) }>{tr(Msg::ExportSummary)}</button>
            <button type="button" data-testid="export-table" on:click=move |ev| if crate::ui::first_click(&ev) { export(Export::TableCsv) }>{tr(Msg::ExportTable)}</button>
            <button type="button" data-testid="export-actions" on:click=move |ev| if crate::ui::first_click(&ev) { export(Export::ActionsCsv) }>{tr(Msg::ExportActions)}</button>
            <button type="button" data-testid="export-package" on:click=move |ev| if crate::ui::first_click(&ev) { export(Export::PackageCsv) }>{tr(EvidenceWords::ExportPackage)}</button>
            <button type="button" data-testid="export-xlsx" disabled=move || state.get() == XlsxState::Preparing
                on:click=move |ev| if crate::ui::first_click(&ev) { export(Export::Xlsx) }>{tr(Msg::ExportXlsx)}</button>
            <p class="help" role="status" data-testid="export-status">{status}</p>
        </div>
    }
}
