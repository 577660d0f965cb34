//! A poll's file read and kept by the reader worker for as long as its import is a draft: the
//! page sends the bytes once, then only mappings, and gets back the summary each gives
//! (`fscity_core::poll::DraftRead`). 20,000 rows read on the page would freeze it for a third
//! of a second each time a column is changed; in the worker the page stays free.

use crate::io::file::bytes_or_problem;
use crate::io::xlsx::{WorkerSession, XlsxFailure};
use fscity_core::poll::DraftRead;
use fscity_core::{Localize, Text};
use fscity_xlsx::protocol::{PollAnswer, PollAsk, PollOpened, POLL_OPEN, POLL_READ};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// Why a poll's file gave no table.
pub enum PollFileRefused {
    /// It reads, but holds no cell.
    NotATable,
    /// It could not be read (too large, not a spreadsheet, a CSV that cannot be decoded …),
    /// each reason in both languages.
    Problems(Vec<Text>),
}

/// The reader worker holding one poll's table; stopped when the last clone is dropped.
#[derive(Clone)]
pub struct PollFile(Rc<WorkerSession>);

impl PollFile {
    /// Reads `file` in a new reader worker: the worker kept with the table, and the header.
    pub async fn open(file: web_sys::File) -> Result<(PollFile, Vec<String>), PollFileRefused> {
        let problem = |e: XlsxFailure| PollFileRefused::Problems(vec![e.text()]);
        let bytes = bytes_or_problem(file)
            .await
            .map_err(|p| PollFileRefused::Problems(vec![p]))?;
        let session = WorkerSession::start("sheetReader").await.map_err(problem)?;
        let answer = session
            .ask(&message(
                POLL_OPEN,
                js_sys::Uint8Array::from(bytes.as_slice()).into(),
            ))
            .await
            .map_err(problem)?;
        match serde_json::from_str::<PollOpened>(&answer.as_string().unwrap_or_default()) {
            Ok(PollOpened::Table(header)) => Ok((PollFile(Rc::new(session)), header)),
            Ok(PollOpened::NotATable) => Err(PollFileRefused::NotATable),
            Ok(PollOpened::Problems(list)) => Err(PollFileRefused::Problems(list)),
            Err(e) => Err(problem(XlsxFailure::Refused(e.to_string()))),
        }
    }

    /// The table read by `ask`'s questionnaire and mapping.
    pub async fn read(&self, ask: &PollAsk) -> Result<DraftRead, XlsxFailure> {
        let json = serde_json::to_string(ask).map_err(|e| XlsxFailure::Refused(e.to_string()))?;
        let answer = self
            .0
            .ask(&message(POLL_READ, JsValue::from_str(&json)))
            .await?;
        match serde_json::from_str::<PollAnswer>(&answer.as_string().unwrap_or_default()) {
            Ok(PollAnswer::Read(draft)) => Ok(*draft),
            Ok(PollAnswer::NoTable) => Err(XlsxFailure::Worker("no table".to_owned())),
            Err(e) => Err(XlsxFailure::Refused(e.to_string())),
        }
    }
}

/// `[word, payload]`, as the reader reads it.
fn message(word: &str, payload: JsValue) -> JsValue {
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(word));
    parts.push(&payload);
    parts.into()
}
