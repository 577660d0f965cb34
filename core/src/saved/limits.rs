//! How much a saved file may hold: checked by the reader and named in its errors.

/// The largest text accepted, in bytes (5 MB). Checked before parsing.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The longest string accepted anywhere in a file, in characters. A note of a hundred thousand
/// characters is already some forty pages.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The largest number of findings, and the largest effort, accepted for one indicator.
pub const MAX_COUNT: u64 = 1_000_000;
