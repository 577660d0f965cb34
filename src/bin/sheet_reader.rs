//! The reader of criteria files as a web worker of its own: calamine for .xlsx, and the CSV
//! decoder with the GB18030 tables Chinese Excel needs. Only a city importing criteria uses it,
//! so the page starts it only then.
//!
//! Protocol (`fscity_xlsx::protocol`): the worker first posts the ready word; then each message
//! is a file's bytes, answered with a `ReadAnswer` as JSON — or an array `[BUNDLE, bytes]`, a
//! backup with photos, answered with `[BundleRead as JSON, photo bytes …]`.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    use fscity_xlsx::protocol::{BundleRead, BUNDLE};
    use wasm_bindgen::JsCast;

    fn bundle(bytes: &[u8]) -> JsValue {
        let out = js_sys::Array::new();
        let (read, photos) = match fscity_xlsx::bundle::read_bundle(bytes) {
            Ok(b) => (
                BundleRead::Ok {
                    backup: b.backup,
                    ids: b.photos.iter().map(|(id, _)| id.clone()).collect(),
                },
                b.photos,
            ),
            Err(e) => (BundleRead::Refused(e.text()), Vec::new()),
        };
        // Plain data; serialising it cannot fail.
        out.push(&JsValue::from_str(
            &serde_json::to_string(&read).unwrap_or_default(),
        ));
        for (_, bytes) in photos {
            out.push(&js_sys::Uint8Array::from(bytes.as_slice()));
        }
        out.into()
    }

    serve::serve(|data| {
        if let Some(parts) = data.dyn_ref::<js_sys::Array>() {
            if parts.get(0).as_string().as_deref() == Some(BUNDLE) {
                return bundle(&js_sys::Uint8Array::new(&parts.get(1)).to_vec());
            }
        }
        let answer = fscity_xlsx::protocol::read_file(&js_sys::Uint8Array::new(&data).to_vec());
        // A ReadAnswer is plain data; serialising it cannot fail.
        JsValue::from_str(&serde_json::to_string(&answer).unwrap_or_default())
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
