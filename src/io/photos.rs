//! Photos of 现场检查 findings, kept in the browser's IndexedDB — never in localStorage, whose
//! 5 MB a dozen phone pictures would fill — each downscaled first (long side 1,600 px, JPEG),
//! so a day of checks stays a few MB. The record keeps only each photo's ID; a backup that
//! carries photos is a .zip. Every way this can fail has its own kind, so the person is told
//! which: not a picture, too large to read, storage refused (private mode), storage full.

use idb::DatabaseEvent;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The photo store's database name.
pub const DATABASE: &str = "fscity-photos";
const STORE: &str = "photos";

/// The longest side a photo is kept at.
pub const LONG_SIDE: f64 = 1600.0;
/// The largest picture read at all (a 40 MB camera file is refused before decoding).
pub const MAX_PHOTO_BYTES: f64 = 25.0 * 1024.0 * 1024.0;

/// Why a photo was not kept.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoProblem {
    /// Not a picture the browser can read.
    NotAnImage,
    /// Larger than [`MAX_PHOTO_BYTES`]; its size in bytes.
    TooLarge(f64),
    /// The browser does not let this page keep data (private mode, storage switched off).
    Refused,
    /// The browser's storage for this site is full.
    Full,
}

/// A photo as kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// Its key in the store, written into the finding.
    pub id: String,
    /// Its size after downscaling.
    pub bytes: f64,
}

/// Downscales `file` and keeps it; its new ID comes back.
pub async fn keep(file: web_sys::File) -> Result<Kept, PhotoProblem> {
    if !file.type_().starts_with("image/") {
        return Err(PhotoProblem::NotAnImage);
    }
    if file.size() > MAX_PHOTO_BYTES {
        return Err(PhotoProblem::TooLarge(file.size()));
    }
    let jpeg = downscale(&file).await?;
    let id = new_id();
    put(&id, &jpeg).await?;
    Ok(Kept {
        id,
        bytes: jpeg.size(),
    })
}

/// A new key: the time and a random part, unique across assessments and devices.
fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("photo-{now:x}-{random:x}")
}

/// The picture, its long side at most [`LONG_SIDE`], as JPEG.
async fn downscale(file: &web_sys::File) -> Result<web_sys::Blob, PhotoProblem> {
    let window = web_sys::window().ok_or(PhotoProblem::Refused)?;
    let decoding = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| PhotoProblem::NotAnImage)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(decoding)
        .await
        .map_err(|_| PhotoProblem::NotAnImage)?
        .unchecked_into();
    let (w, h) = (f64::from(bitmap.width()), f64::from(bitmap.height()));
    let scale = (LONG_SIDE / w.max(h)).min(1.0);
    let (nw, nh) = ((w * scale).round().max(1.0), (h * scale).round().max(1.0));
    let canvas: web_sys::HtmlCanvasElement = window
        .document()
        .and_then(|d| d.create_element("canvas").ok())
        .ok_or(PhotoProblem::Refused)?
        .unchecked_into();
    canvas.set_width(nw as u32);
    canvas.set_height(nh as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or(PhotoProblem::Refused)?
        .unchecked_into();
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, nw, nh)
        .map_err(|_| PhotoProblem::NotAnImage)?;
    bitmap.close();
    let encoded = Promise::new(&mut |resolve, _| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob_with_type_and_encoder_options(
            done.unchecked_ref(),
            "image/jpeg",
            &JsValue::from_f64(0.85),
        );
    });
    JsFuture::from(encoded)
        .await
        .ok()
        .and_then(|b| b.dyn_into::<web_sys::Blob>().ok())
        .ok_or(PhotoProblem::NotAnImage)
}

/// The database, created on first use.
async fn open() -> Result<idb::Database, PhotoProblem> {
    let factory = idb::Factory::new().map_err(|_| PhotoProblem::Refused)?;
    let mut request = factory
        .open(DATABASE, Some(1))
        .map_err(|_| PhotoProblem::Refused)?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database() {
            let _ = database.create_object_store(STORE, idb::ObjectStoreParams::new());
        }
    });
    request.await.map_err(|_| PhotoProblem::Refused)
}

/// A storage error: full, or refused.
fn failure(error: idb::Error) -> PhotoProblem {
    let name = match &error {
        idb::Error::DomException(e) => e.name(),
        idb::Error::AddFailed(v)
        | idb::Error::UpdateFailed(v)
        | idb::Error::TransactionCommitError(v)
        | idb::Error::TransactionAbortError(v) => v
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default(),
        _ => String::new(),
    };
    if name == "QuotaExceededError" {
        PhotoProblem::Full
    } else {
        PhotoProblem::Refused
    }
}

/// Keeps `blob` under `id`, replacing what was there.
pub async fn put(id: &str, blob: &web_sys::Blob) -> Result<(), PhotoProblem> {
    let database = open().await?;
    let transaction = database
        .transaction(&[STORE], idb::TransactionMode::ReadWrite)
        .map_err(failure)?;
    let store = transaction.object_store(STORE).map_err(failure)?;
    store
        .put(blob, Some(&JsValue::from_str(id)))
        .map_err(failure)?
        .await
        .map_err(failure)?;
    let done = transaction
        .commit()
        .map_err(failure)?
        .await
        .map_err(failure)?;
    database.close();
    if done.is_committed() {
        Ok(())
    } else {
        Err(PhotoProblem::Full)
    }
}

/// The photo kept under `id`, if any.
pub async fn get(id: &str) -> Option<web_sys::Blob> {
    let database = open().await.ok()?;
    let transaction = database
        .transaction(&[STORE], idb::TransactionMode::ReadOnly)
        .ok()?;
    let store = transaction.object_store(STORE).ok()?;
    let value = store.get(JsValue::from_str(id)).ok()?.await.ok()??;
    database.close();
    value.dyn_into::<web_sys::Blob>().ok()
}

/// The bytes of the photo under `id` (for a backup).
pub async fn bytes(id: &str) -> Option<Vec<u8>> {
    let blob = get(id).await?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Keeps JPEG `bytes` under `id` (a backup restored).
pub async fn put_bytes(id: &str, bytes: &[u8]) -> Result<(), PhotoProblem> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/jpeg");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| PhotoProblem::Refused)?;
    put(id, &blob).await
}

/// Removes the photos under `ids` (their findings were removed); what cannot be removed stays.
pub async fn remove(ids: Vec<String>) {
    let Ok(database) = open().await else {
        return;
    };
    if let Ok(transaction) = database.transaction(&[STORE], idb::TransactionMode::ReadWrite) {
        if let Ok(store) = transaction.object_store(STORE) {
            for id in &ids {
                if let Ok(request) = store.delete(JsValue::from_str(id)) {
                    let _ = request.await;
                }
            }
        }
        if let Ok(committing) = transaction.commit() {
            let _ = committing.await;
        }
    }
    database.close();
}

/// What this site keeps on the device and what the browser allows it, in bytes.
pub async fn usage() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate: web_sys::StorageEstimate = JsFuture::from(storage.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
