//! The Excel writer as a web worker of its own. rust_xlsxwriter and its zip code are a large
//! part of a bundle, and most visits never export, so the page starts this worker only when the
//! user asks for an .xlsx.
//!
//! Protocol (`fscity_xlsx::protocol`): the worker first posts the ready word; then each message
//! is a list of `NamedSheet`s as JSON, answered with the file's bytes or an error text — or an
//! array `[BUNDLE, backup JSON, photo keys as JSON, photo bytes …]`, answered with the .zip of a
//! backup with photos.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use fscity_xlsx::protocol::{write, NamedSheet};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn answer(json: &str) -> JsValue {
        match serde_json::from_str::<Vec<NamedSheet>>(json) {
            Err(e) => JsValue::from_str(&format!("invalid tables: {e}")),
            Ok(sheets) => match write(&sheets) {
                Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                Err(e) => JsValue::from_str(&e.to_string()),
            },
        }
    }

    fn bundle(parts: &js_sys::Array) -> JsValue {
        let backup = parts.get(1).as_string().unwrap_or_default();
        let ids: Vec<String> =
            serde_json::from_str(&parts.get(2).as_string().unwrap_or_default()).unwrap_or_default();
        let photos: Vec<(String, Vec<u8>)> = ids
            .into_iter()
            .enumerate()
            .map(|(n, id)| {
                (
                    id,
                    js_sys::Uint8Array::new(&parts.get(n as u32 + 3)).to_vec(),
                )
            })
            .collect();
        match fscity_xlsx::bundle::write_bundle(&backup, &photos) {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(e) => JsValue::from_str(&e),
        }
    }

    serve::serve(|data| match data.dyn_ref::<js_sys::Array>() {
        Some(parts)
            if parts.get(0).as_string().as_deref() == Some(fscity_xlsx::protocol::BUNDLE) =>
        {
            bundle(parts)
        }
        _ => answer(&data.as_string().unwrap_or_default()),
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
