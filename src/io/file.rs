//! Reading a file the user picked, refusing large ones before reading them.

use wasm_bindgen_futures::JsFuture;

/// The largest file read (5 MB), so a wrong pick cannot freeze the page.
pub const MAX_FILE_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

/// Why a picked file was not read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`]; carries the size.
    TooLarge(f64),
    /// The browser could not read it (or it is not text).
    Unreadable,
}

/// The file picked in a file input's change event; the input is emptied so the same file can
/// be picked again.
pub fn picked(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The text of `file`.
pub async fn read_text(file: web_sys::File) -> Result<String, FileError> {
    if file.size() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge(file.size()));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::Unreadable)
}

/// The bytes of `file` (a spreadsheet, or a CSV whose encoding is not known yet).
pub async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, FileError> {
    read_bytes_up_to(file, MAX_FILE_BYTES).await
}

/// The bytes of `file` if it is at most `limit` bytes (a backup with photos may be large).
pub async fn read_bytes_up_to(file: web_sys::File, limit: f64) -> Result<Vec<u8>, FileError> {
    if file.size() > limit {
        return Err(FileError::TooLarge(file.size()));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The bytes of `file`, or why not in both languages (for a list of import problems).
pub async fn bytes_or_problem(file: web_sys::File) -> Result<Vec<u8>, fscity_core::Text> {
    read_bytes(file).await.map_err(problem)
}

/// The text of `file`, or why not in both languages.
pub async fn text_or_problem(file: web_sys::File) -> Result<String, fscity_core::Text> {
    read_text(file).await.map_err(problem)
}

/// Why a file was not read, in both languages.
fn problem(e: FileError) -> fscity_core::Text {
    use crate::i18n::Msg;
    match e {
        FileError::TooLarge(_) => Msg::FileTooLarge,
        FileError::Unreadable => Msg::FileUnreadable,
    }
    .both()
}
