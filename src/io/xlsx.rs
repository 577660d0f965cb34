//! Asks the Excel worker (`src/bin/xlsx_worker.rs`) to write a workbook or read one. The worker is started only
//! here, on the user's click, so its code is never downloaded by visits that do not export; it
//! is stopped once the file is made.
//!
//! The build names the worker's script with a content hash; the loader `fscity.js` written by
//! `scripts/build.py` announces it in `globalThis.fscityAssets.xlsxWorker`.

use fscity_core::export::Sheet;
use fscity_xlsx::protocol::{NamedSheet, ReadAnswer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why no workbook came back; worded in `crate::i18n` (`Localize`).
#[derive(Debug)]
pub enum XlsxFailure {
    /// The page has no worker to start (a build without scripts/build.py).
    NoWorker,
    /// The worker could not be started or failed while loading.
    Worker(String),
    /// The writer refused the tables, or the file is not a readable workbook.
    Refused(String),
    /// A CSV file that could not be decoded or parsed, each problem in both languages.
    Problems(Vec<fscity_core::Text>),
}

/// The workbook's bytes for the named sheets, written by the worker.
pub async fn workbook(sheets: &[(&str, &Sheet)]) -> Result<js_sys::Uint8Array, XlsxFailure> {
    let named: Vec<NamedSheet> = sheets
        .iter()
        .map(|(name, sheet)| NamedSheet {
            name: (*name).to_owned(),
            sheet: (*sheet).clone(),
        })
        .collect();
    let json = serde_json::to_string(&named).map_err(|e| XlsxFailure::Refused(e.to_string()))?;
    let value = ask_worker("xlsxWorker", &JsValue::from_str(&json)).await?;
    value
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|message| XlsxFailure::Refused(describe(&message)))
}

/// The cells of an .xlsx or CSV file, read by the worker (which holds calamine and the text
/// encodings Chinese Excel writes, so the page's bundle does not).
pub async fn read_workbook(bytes: &[u8]) -> Result<fscity_core::sheet_pack::Workbook, XlsxFailure> {
    let value = ask_worker("sheetReader", &js_sys::Uint8Array::from(bytes).into()).await?;
    let text = value.as_string().unwrap_or_default();
    match serde_json::from_str::<ReadAnswer>(&text) {
        Ok(ReadAnswer::Ok(book)) => Ok(book),
        Ok(ReadAnswer::Problems(list)) => Err(XlsxFailure::Problems(list)),
        Err(e) => Err(XlsxFailure::Refused(e.to_string())),
    }
}

/// The .zip of a backup with photos, made by the writer worker (which holds the zip code).
pub async fn photo_bundle(
    backup: &str,
    photos: &[(String, Vec<u8>)],
) -> Result<js_sys::Uint8Array, XlsxFailure> {
    use fscity_xlsx::protocol::BUNDLE;
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(BUNDLE));
    parts.push(&JsValue::from_str(backup));
    let ids: Vec<&str> = photos.iter().map(|(id, _)| id.as_str()).collect();
    let ids = serde_json::to_string(&ids).map_err(|e| XlsxFailure::Refused(e.to_string()))?;
    parts.push(&JsValue::from_str(&ids));
    for (_, bytes) in photos {
        parts.push(&js_sys::Uint8Array::from(bytes.as_slice()));
    }
    let value = ask_worker("xlsxWorker", &parts.into()).await?;
    value
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|message| XlsxFailure::Refused(describe(&message)))
}

/// A backup with photos read and checked by the reader worker: its JSON text and photos, or why
/// it was refused (in both languages).
pub async fn read_photo_bundle(
    bytes: &[u8],
) -> Result<(String, Vec<(String, Vec<u8>)>), fscity_core::Text> {
    use fscity_core::Localize;
    use fscity_xlsx::protocol::{BundleRead, BUNDLE};
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(BUNDLE));
    parts.push(&js_sys::Uint8Array::from(bytes));
    let answer: js_sys::Array = ask_worker("sheetReader", &parts.into())
        .await
        .map_err(|e| e.text())?
        .unchecked_into();
    let read = serde_json::from_str::<BundleRead>(&answer.get(0).as_string().unwrap_or_default())
        .map_err(|e| XlsxFailure::Refused(e.to_string()).text())?;
    match read {
        BundleRead::Refused(why) => Err(why),
        BundleRead::Ok { backup, ids } => {
            let photos = ids
                .into_iter()
                .enumerate()
                .map(|(n, id)| {
                    (
                        id,
                        js_sys::Uint8Array::new(&answer.get(n as u32 + 1)).to_vec(),
                    )
                })
                .collect();
            Ok((backup, photos))
        }
    }
}

/// Starts the worker the loader announced under `key`, waits until it listens, sends `message`
/// and returns its answer.
async fn ask_worker(key: &str, message: &JsValue) -> Result<JsValue, XlsxFailure> {
    let url = worker_url(key).ok_or(XlsxFailure::NoWorker)?;
    let worker = web_sys::Worker::new(&url).map_err(|e| XlsxFailure::Worker(describe(&e)))?;
    // The worker says "ready" once its wasm is running: a message posted before that would
    // reach no handler and be lost.
    let answer = async {
        let ready = wasm_bindgen_futures::JsFuture::from(next_message(&worker)).await?;
        if ready.as_string().as_deref() != Some(fscity_xlsx::WORKER_READY) {
            return Err(ready);
        }
        let reply = next_message(&worker);
        worker.post_message(message)?;
        wasm_bindgen_futures::JsFuture::from(reply).await
    }
    .await;
    worker.terminate();
    answer.map_err(|e| XlsxFailure::Worker(describe(&e)))
}

/// The worker's next message (or its next error, as a rejection).
fn next_message(worker: &web_sys::Worker) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    })
}

/// A worker script's address, as the loader `fscity.js` announced it.
fn worker_url(key: &str) -> Option<String> {
    let assets = js_sys::Reflect::get(&js_sys::global(), &"fscityAssets".into()).ok()?;
    js_sys::Reflect::get(&assets, &key.into()).ok()?.as_string()
}

fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return text;
    }
    js_sys::Reflect::get(value, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "worker error".to_owned())
}

/// The cells of a spreadsheet or CSV file's bytes, or every problem in both languages.
pub async fn workbook_or_problems(
    bytes: &[u8],
) -> Result<fscity_core::sheet_pack::Workbook, Vec<fscity_core::Text>> {
    use fscity_core::Localize;
    read_workbook(bytes).await.map_err(|e| match e {
        XlsxFailure::Problems(list) => list,
        other => vec![other.text()],
    })
}
