//! The checksum that seals a task or result file: SHA-256 of the file's content written as
//! canonical JSON (fields in declaration order, maps in key order — what serde_json writes for
//! these types), in hex. A file changed after it was written no longer matches its seal; it is
//! a check against accidents and casual edits, not a signature against a forger (anyone with
//! fscity can seal a file).

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The seal of `content`.
pub fn seal(content: &impl Serialize) -> String {
    // Plain data (strings, numbers, maps with string keys): serialising cannot fail.
    let text = serde_json::to_string(content).unwrap_or_default();
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
