//! What both lazy workers (`src/bin/xlsx_worker.rs`, `src/bin/sheet_reader.rs`) share: answer
//! each message with a handler, after posting the ready word the page waits for (a message
//! posted while a worker's wasm is still loading would reach no handler and be lost). Included
//! into each worker with `#[path]`, so neither links the app.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Answers every message to this worker with `handle`.
pub fn serve(mut handle: impl FnMut(JsValue) -> JsValue + 'static) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let _ = reply.post_message(&handle(event.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(fscity_xlsx::WORKER_READY));
}
