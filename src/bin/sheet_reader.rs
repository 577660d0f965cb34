//! The reader of criteria files as a web worker of its own: calamine for .xlsx, and the CSV
//! decoder with the GB18030 tables Chinese Excel needs. Only a city importing criteria uses it,
//! so the page starts it only then.
//!
//! Protocol (`fscity_xlsx::protocol`): the worker first posts the ready word; then each message
//! is a file's bytes, answered with a `ReadAnswer` as JSON.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    serve::serve(|data| {
        let answer = fscity_xlsx::protocol::read_file(&js_sys::Uint8Array::new(&data).to_vec());
        // A ReadAnswer is plain data; serialising it cannot fail.
        JsValue::from_str(&serde_json::to_string(&answer).unwrap_or_default())
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
