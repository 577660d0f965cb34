//! The Excel writer as a web worker of its own. rust_xlsxwriter and its zip code are a large
//! part of a bundle, and most visits never export, so the page starts this worker only when the
//! user asks for an .xlsx.
//!
//! Protocol (`fscity_xlsx::protocol`): the worker first posts the ready word; then each message
//! is a list of `NamedSheet`s as JSON, answered with the file's bytes or an error text.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use fscity_xlsx::protocol::{write, NamedSheet};
    use wasm_bindgen::prelude::*;

    fn answer(json: &str) -> JsValue {
        match serde_json::from_str::<Vec<NamedSheet>>(json) {
            Err(e) => JsValue::from_str(&format!("invalid tables: {e}")),
            Ok(sheets) => match write(&sheets) {
                Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                Err(e) => JsValue::from_str(&e.to_string()),
            },
        }
    }

    serve::serve(|data| answer(&data.as_string().unwrap_or_default()));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
