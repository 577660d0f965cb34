//! The check sheets a city uses: the shipped ones, or its own loaded from the 检查项目
//! spreadsheet (the template is the sheets in use). A file is read and checked whole before
//! anything changes; the city's sheets are kept in the record, with the findings they price,
//! and the roll-up is redone with them in the same edit.

use super::record_part::InspectionRecord;
use crate::i18n::{tr, use_lang, InspectionWords as W};
use crate::io::download::{download, download_bytes, stamp, XLSX_MIME};
use crate::io::file::picked;
use crate::io::table_file::workbook_of_file;
use crate::store::now;
use fscity_core::export::to_csv;
use fscity_core::inspection::{items_sheet, read_sheet_template, sheet_template};
use fscity_core::sheet_pack::Workbook;
use fscity_core::{Localize, Text};
use leptos::prelude::*;

/// What the last load did.
#[derive(Clone)]
enum Loaded {
    /// Taken: sheets, items, findings now without an item.
    Taken(usize, usize, usize),
    /// Refused, with every problem.
    Refused(Vec<Text>),
}

/// The 检查项目 sheet of a workbook: by its name, else the first.
fn items_of(book: &Workbook) -> Option<&fscity_core::sheet_pack::RawSheet> {
    let named = |s: &&fscity_core::sheet_pack::RawSheet| {
        [fscity_core::Lang::Zh, fscity_core::Lang::En]
            .iter()
            .any(|l| s.name.trim() == items_sheet(*l))
    };
    book.sheets.iter().find(named).or(book.sheets.first())
}

/// The panel: which sheets are in use, the template, a city's file, back to the shipped ones.
#[component]
pub fn SheetFile(record: InspectionRecord) -> impl IntoView {
    let lang = use_lang();
    let loaded = RwSignal::new(None::<Loaded>);
    let own = move || {
        record
            .part
            .value
            .with(|v| v.as_ref().is_ok_and(|i| i.sheets.is_some()))
    };
    let file_name = move |ext: &str| {
        let lang = lang.get_untracked();
        format!(
            "{}-{}.{ext}",
            W::SheetTemplateFile.text(lang),
            stamp(&now())
        )
    };
    let template_xlsx = move |_| {
        let lang = lang.get_untracked();
        let sheet = sheet_template(&record.sheets.get_untracked(), lang);
        let file = file_name("xlsx");
        leptos::task::spawn_local(async move {
            let named = [(items_sheet(lang), &sheet)];
            match crate::io::xlsx::workbook(&named).await {
                Ok(bytes) => {
                    download_bytes(&file, XLSX_MIME, &bytes);
                }
                Err(e) => loaded.set(Some(Loaded::Refused(vec![e.text()]))),
            }
        });
    };
    let template_csv = move |_| {
        let sheet = sheet_template(&record.sheets.get_untracked(), lang.get_untracked());
        download(&file_name("csv"), "text/csv;charset=utf-8", &to_csv(&sheet));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        // A CSV file holds one sheet, which the reader names as the criteria's; problems name it
        // as the template's.
        let csv = file.name().to_lowercase().ends_with(".csv");
        leptos::task::spawn_local(async move {
            let read = async {
                let book = workbook_of_file(file).await?;
                let mut sheet = items_of(&book).ok_or_else(Vec::new)?.clone();
                if csv {
                    sheet.name = items_sheet(lang.get_untracked()).to_owned();
                }
                let shipped = record.shipped.get_value();
                read_sheet_template(&sheet, &shipped, &record.pack())
                    .map_err(|errors| errors.iter().map(|e| e.text()).collect::<Vec<_>>())
            }
            .await;
            match read {
                Err(problems) => loaded.set(Some(Loaded::Refused(problems))),
                Ok(sheets) => {
                    let counts = (
                        sheets.sheets.len(),
                        sheets.sheets.iter().map(|s| s.items.len()).sum(),
                    );
                    let mut unpriced = 0;
                    if record.change(|i| {
                        unpriced = i.unpriced(&sheets);
                        i.sheets = Some(sheets);
                    }) {
                        loaded.set(Some(Loaded::Taken(counts.0, counts.1, unpriced)));
                    }
                }
            }
        });
    };
    let back_to_shipped = move |_| {
        if !window()
            .confirm_with_message(W::SheetsResetAsk.text(lang.get_untracked()))
            .unwrap_or(false)
        {
            return;
        }
        record.change(|i| i.sheets = None);
        loaded.set(None);
    };
    let in_use = move || {
        let lang = lang.get();
        record.sheets.with(|s| {
            let items: usize = s.sheets.iter().map(|s| s.items.len()).sum();
            let whose = if own() {
                W::SheetsOwn
            } else {
                W::SheetsShipped
            };
            format!(
                "{}{} {} · {} {}",
                whose.text(lang),
                s.sheets.len(),
                W::SheetsCount.text(lang),
                items,
                W::ItemsCount.text(lang)
            )
        })
    };
    let outcome = move || {
        let lang = lang.get();
        loaded.get().map(|l| match l {
            Loaded::Taken(sheets, items, unpriced) => view! {
                <p role="status" data-testid="sheets-loaded">
                    {W::SheetsLoaded.text(lang)} {sheets} " " {W::SheetsCount.text(lang)} " · " {items} " " {W::ItemsCount.text(lang)}
                </p>
                {(unpriced > 0).then(|| view! {
                    <p class="warning" data-testid="sheets-unpriced">{W::SheetsUnpriced.text(lang)} {unpriced}</p>
                })}
            }
            .into_any(),
            Loaded::Refused(problems) => view! {
                <div class="banner" role="alert" data-testid="sheets-problems">
                    <p>{W::SheetsNothingChanged.text(lang)}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.get(lang).to_owned()}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        })
    };
    let input_id = crate::ui::dom_id("inspection-sheet-file".to_owned());
    view! {
        <details class="sheet-file no-print" data-testid="sheet-file">
            <summary>{tr(W::SheetsTitle)}</summary>
            <p data-testid="sheets-in-use">{in_use}</p>
            <p class="help">{tr(W::SheetsHelp)}</p>
            <div class="export-buttons">
                <button type="button" data-testid="sheet-template-xlsx" on:click=template_xlsx>{tr(W::SheetTemplateXlsx)}</button>
                <button type="button" data-testid="sheet-template-csv" on:click=template_csv>{tr(W::SheetTemplateCsv)}</button>
            </div>
            <div class="field">
                <label for=input_id.clone()>{tr(W::SheetsImport)}</label>
                <input id=input_id type="file" accept=".xlsx,.csv" data-testid="sheet-file-input" on:change=on_file/>
            </div>
            <Show when=own>
                <button type="button" data-testid="sheets-reset" on:click=back_to_shipped>{tr(W::SheetsReset)}</button>
            </Show>
            {outcome}
        </details>
    }
}
