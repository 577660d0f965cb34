//! The Excel writer as a web worker of its own. rust_xlsxwriter and its zip code are a large part
//! of a bundle, and most visits never export, so the page loads this worker only when the user
//! asks for an .xlsx: the message in is the tables as JSON, the message out the file's bytes
//! (or an error message).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    #[derive(serde::Deserialize)]
    struct Named {
        name: String,
        sheet: fscity_core::export::Sheet,
    }

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let json = event.data().as_string().unwrap_or_default();
            let answer: JsValue = match serde_json::from_str::<Vec<Named>>(&json) {
                Err(e) => JsValue::from_str(&format!("invalid tables: {e}")),
                Ok(sheets) => {
                    let pairs: Vec<(&str, &fscity_core::export::Sheet)> =
                        sheets.iter().map(|s| (s.name.as_str(), &s.sheet)).collect();
                    match fscity_xlsx::workbook(&pairs) {
                        Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                        Err(e) => JsValue::from_str(&e.to_string()),
                    }
                }
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
