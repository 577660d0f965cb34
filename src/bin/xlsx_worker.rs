//! The Excel writer as a web worker of its own. rust_xlsxwriter and its zip code are a large
//! part of a bundle, and most visits never export, so the page starts this worker only when the
//! user asks for an .xlsx.
//!
//! Protocol: the worker first posts a ready word; then each message is the tables as JSON,
//! answered with the file's bytes or an error text.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    #[derive(serde::Deserialize)]
    struct Named {
        name: String,
        sheet: fscity_core::export::Sheet,
    }

    fn write(json: &str) -> JsValue {
        match serde_json::from_str::<Vec<Named>>(json) {
            Err(e) => JsValue::from_str(&format!("invalid tables: {e}")),
            Ok(sheets) => {
                let pairs: Vec<(&str, &fscity_core::export::Sheet)> =
                    sheets.iter().map(|s| (s.name.as_str(), &s.sheet)).collect();
                match fscity_xlsx::workbook(&pairs) {
                    Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                    Err(e) => JsValue::from_str(&e.to_string()),
                }
            }
        }
    }

    serve::serve(|data| write(&data.as_string().unwrap_or_default()));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
