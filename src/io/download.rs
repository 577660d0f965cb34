//! Saving text as a file the user downloads (no network: a Blob URL and a click).

use wasm_bindgen::JsCast;

/// The media type of an .xlsx file.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers `text` as a download named `file_name`; false if the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    download_parts(file_name, mime, &wasm_bindgen::JsValue::from_str(text))
}

/// Offers bytes (a `Uint8Array`, e.g. from the Excel worker) as a download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> bool {
    download_parts(file_name, mime, bytes)
}

fn download_parts(file_name: &str, mime: &str, part: &wasm_bindgen::JsValue) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(part);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob =
            web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let anchor: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        // `hidden`, not a style attribute: the page runs under a CSP without inline styles.
        anchor.set_hidden(true);
        document.body()?.append_child(&anchor).ok()?;
        anchor.click();
        anchor.remove();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// A file name stamp from an ISO time: `2026-11-28T14:32:05.123Z` → `20261128-143205`.
pub fn stamp(iso: &str) -> String {
    let digits: String = iso
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_digit())
        .collect();
    if digits.len() >= 14 {
        format!("{}-{}", &digits[..8], &digits[8..14])
    } else {
        digits
    }
}
