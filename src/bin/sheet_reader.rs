//! The reader of criteria files as a web worker of its own: calamine for .xlsx, and the CSV
//! decoder with the GB18030 tables Chinese Excel needs. Only a city importing criteria uses it,
//! so the page starts it only then.
//!
//! Protocol (`fscity_xlsx::protocol`): the worker first posts the ready word; then each message
//! is a file's bytes, answered with a `ReadAnswer` as JSON — or an array `[BUNDLE, bytes]`, a
//! backup with photos, answered with `[BundleRead as JSON, photo bytes …]`. A poll's import
//! keeps this worker for as long as its draft lasts: `[POLL_OPEN, bytes]` reads the file and
//! keeps its table (answered with `PollOpened`), and each `[POLL_READ, PollAsk]` reads that
//! table again by a mapping (answered with `PollAnswer`), so the page never parses the rows.

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    use fscity_xlsx::protocol::{BundleRead, PollReader, BUNDLE, POLL_OPEN, POLL_READ};
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
        out.push(&json(&read));
        for (_, bytes) in photos {
            out.push(&js_sys::Uint8Array::from(bytes.as_slice()));
        }
        out.into()
    }

    /// Plain data as JSON; serialising it cannot fail.
    fn json(value: &impl serde::Serialize) -> JsValue {
        JsValue::from_str(&serde_json::to_string(value).unwrap_or_default())
    }

    let mut poll = PollReader::default();
    serve::serve(move |data| {
        if let Some(parts) = data.dyn_ref::<js_sys::Array>() {
            let bytes = || js_sys::Uint8Array::new(&parts.get(1)).to_vec();
            match parts.get(0).as_string().as_deref() {
                Some(BUNDLE) => return bundle(&bytes()),
                Some(POLL_OPEN) => return json(&poll.open(&bytes())),
                Some(POLL_READ) => {
                    return json(&poll.read(&parts.get(1).as_string().unwrap_or_default()))
                }
                _ => {}
            }
        }
        json(&fscity_xlsx::protocol::read_file(
            &js_sys::Uint8Array::new(&data).to_vec(),
        ))
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
