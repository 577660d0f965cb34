//! The Excel writer and reader as a web worker of its own. rust_xlsxwriter, calamine and their
//! zip code are a large part of a bundle, and most visits never touch a spreadsheet, so the page
//! loads this worker only when the user exports to Excel or imports criteria from an .xlsx.
//!
//! Protocol: the worker first posts a ready word. Then a text message is a write job (the tables
//! as JSON) answered with the file's bytes or an error text; a byte message (an .xlsx or a CSV
//! file) is a read job answered with JSON: `{"ok": <Workbook>}`, `{"problems": [<Text>]}` (a CSV
//! that cannot be decoded or parsed, worded with its row and column) or `{"error": "..."}`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

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

    /// An .xlsx file (a zip) through calamine; anything else as CSV text in whatever encoding
    /// Chinese Excel wrote (the GB18030 tables live here, not in the page's bundle).
    fn read(bytes: &[u8]) -> JsValue {
        let answer = if bytes.starts_with(b"PK\x03\x04") {
            match fscity_xlsx::read(bytes) {
                Ok(book) => serde_json::json!({ "ok": book }),
                Err(e) => serde_json::json!({ "error": e.to_string() }),
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

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let answer = match data.as_string() {
                Some(json) => write(&json),
                None => read(&js_sys::Uint8Array::new(&data).to_vec()),
            };
            let _ = reply.post_message(&answer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this point found no handler; the page waits for this word.
    let _ = scope.post_message(&JsValue::from_str(fscity_xlsx::WORKER_READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
