//! The reader of criteria files as a web worker of its own: calamine for .xlsx, and the CSV
//! decoder with the GB18030 tables Chinese Excel needs. Only a city importing criteria uses it,
//! so the page starts it only then.
//!
//! Protocol: the worker first posts a ready word; then each message is a file's bytes, answered
//! with JSON: `{"ok": <Workbook>}` or `{"problems": [<Text>]}` (a CSV that cannot be decoded or
//! parsed, worded with its row and column; an .xlsx over the size limits or unreadable).

#[cfg(target_arch = "wasm32")]
#[path = "../worker_serve.rs"]
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    /// An .xlsx file (a zip) through calamine; anything else as CSV text in whatever encoding
    /// Chinese Excel wrote (the GB18030 tables live here, not in the page's bundle).
    fn read(bytes: &[u8]) -> JsValue {
        let answer = if bytes.starts_with(b"PK\x03\x04") {
            match fscity_xlsx::read(bytes) {
                Ok(book) => serde_json::json!({ "ok": book }),
                // Limits and unreadable files alike, worded in both languages.
                Err(e) => serde_json::json!({ "problems": [e.text()] }),
            }
        } else {
            use fscity_core::sheet_pack::csv::{decode, parse_csv};
            use fscity_core::{Lang, Localize};
            match decode(bytes).and_then(|text| parse_csv(&text, "评价指标")) {
                Ok(sheet) => serde_json::json!({ "ok": { "sheets": [sheet] } }),
                Err(e) => serde_json::json!({
                    "problems": [{ "zh": e.message(Lang::Zh), "en": e.message(Lang::En) }]
                }),
            }
        };
        JsValue::from_str(&answer.to_string())
    }

    serve::serve(|data| read(&js_sys::Uint8Array::new(&data).to_vec()));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
