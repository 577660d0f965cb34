//! Asks the Excel worker (`src/bin/xlsx_worker.rs`) to write a workbook or read one. The worker is started only
//! here, on the user's click, so its code is never downloaded by visits that do not export; it
//! is stopped once the file is made.
//!
//! The build names the worker's script with a content hash; the loader `fscity.js` written by
//! `scripts/build.py` announces it in `globalThis.fscityAssets.xlsxWorker`.

use fscity_core::export::Sheet;
use fscity_xlsx::protocol::{NamedSheet, ReadAnswer};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
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
/// and returns its answer; the worker is stopped after.
async fn ask_worker(key: &str, message: &JsValue) -> Result<JsValue, XlsxFailure> {
    WorkerSession::start(key).await?.ask(message).await
}

/// A started worker that listens, asked one message at a time or several in a row (it answers
/// them in the order sent); stopped when the last handle is dropped.
pub struct WorkerSession {
    worker: web_sys::Worker,
    /// The promises waiting for an answer, oldest first; the first is the ready word's.
    waiting: Rc<RefCell<VecDeque<Waiting>>>,
    /// Set once the worker failed: its wasm is gone, nothing more will be answered.
    failed: Rc<Cell<bool>>,
    /// Kept for as long as the worker may call them.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

/// A promise's resolve and reject.
type Waiting = (js_sys::Function, js_sys::Function);

impl WorkerSession {
    /// Starts the worker the loader announced under `key` and waits until it says it listens
    /// (a message posted before that would reach no handler and be lost).
    pub async fn start(key: &str) -> Result<WorkerSession, XlsxFailure> {
        let url = worker_url(key).ok_or(XlsxFailure::NoWorker)?;
        let worker = web_sys::Worker::new(&url).map_err(|e| XlsxFailure::Worker(describe(&e)))?;
        let waiting: Rc<RefCell<VecDeque<Waiting>>> = Rc::default();
        let failed = Rc::new(Cell::new(false));
        let answered = waiting.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some((resolve, _)) = answered.borrow_mut().pop_front() {
                    let _ = resolve.call1(&JsValue::NULL, &event.data());
                }
            },
        );
        let (dropped, broken) = (waiting.clone(), failed.clone());
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            broken.set(true);
            for (_, reject) in dropped.borrow_mut().drain(..) {
                let _ = reject.call1(&JsValue::NULL, &event);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let session = WorkerSession {
            worker,
            waiting,
            failed,
            _on_message: on_message,
            _on_error: on_error,
        };
        let ready = session.answer(|| Ok(())).await?;
        if ready.as_string().as_deref() != Some(fscity_xlsx::WORKER_READY) {
            return Err(XlsxFailure::Worker(describe(&ready)));
        }
        Ok(session)
    }

    /// Sends `message` and waits for its answer.
    pub async fn ask(&self, message: &JsValue) -> Result<JsValue, XlsxFailure> {
        self.answer(|| self.worker.post_message(message)).await
    }

    /// The next answer in line, once `send` has sent what it answers.
    async fn answer(
        &self,
        send: impl FnOnce() -> Result<(), JsValue>,
    ) -> Result<JsValue, XlsxFailure> {
        if self.failed.get() {
            return Err(XlsxFailure::Worker("stopped".to_owned()));
        }
        let waiting = self.waiting.clone();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            waiting.borrow_mut().push_back((resolve, reject));
        });
        if let Err(e) = send() {
            self.waiting.borrow_mut().pop_back();
            return Err(XlsxFailure::Worker(describe(&e)));
        }
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| XlsxFailure::Worker(describe(&e)))
    }
}

impl Drop for WorkerSession {
    fn drop(&mut self) {
        self.worker.terminate();
    }
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
