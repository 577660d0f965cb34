//! A CSV file's bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with one, or
//! GB18030 (the superset of the GBK that Chinese Excel writes by default). The encoding tables
//! are large and only a city importing criteria needs them, so they live here, in the reader's
//! worker, and not in the page or the pure core.

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};
use fscity_core::sheet_pack::{SheetError, SheetErrorKind};

/// The file's text. Tries, in order: a UTF-8, UTF-16LE or UTF-16BE byte-order mark; plain UTF-8;
/// GB18030. Refuses an .xlsx file, binary data, and bytes that are none of these.
pub fn decode(bytes: &[u8]) -> Result<String, SheetError> {
    let refuse = |at: Option<usize>, looks_like_xlsx: bool| SheetError {
        sheet: String::new(),
        row: at.map(|at| line_of(bytes, at)),
        column: None,
        column_name: None,
        kind: SheetErrorKind::Encoding { looks_like_xlsx },
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(str::to_owned)
            .map_err(|e| refuse(Some(3 + e.valid_up_to()), false));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(refuse(None, true));
    }
    for (bom, encoding) in [(b"\xFF\xFE", UTF_16LE), (b"\xFE\xFF", UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|text| text.into_owned())
                .ok_or_else(|| refuse(None, false));
        }
    }
    // Text files hold no NUL; GB18030 would read most binary data as something.
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(refuse(Some(at), false));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(utf8) => GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| {
                let text = text.into_owned();
                match text.strip_prefix('\u{feff}') {
                    Some(rest) => rest.to_owned(),
                    None => text,
                }
            })
            .ok_or_else(|| refuse(Some(utf8.valid_up_to()), false)),
    }
}

/// The 1-based line of a byte offset.
fn line_of(bytes: &[u8], at: usize) -> u32 {
    let newlines = bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_boms_utf16_and_gb18030() {
        assert_eq!(decode("\u{feff}大项".as_bytes()).unwrap(), "大项");
        assert_eq!(decode("大项".as_bytes()).unwrap(), "大项");
        let (gbk, _, _) = GB18030.encode("大项,分值");
        assert_eq!(decode(&gbk).unwrap(), "大项,分值");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("大项".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), "大项");
        let xlsx = decode(b"PK\x03\x04rest").unwrap_err();
        assert_eq!(
            xlsx.kind,
            SheetErrorKind::Encoding {
                looks_like_xlsx: true
            }
        );
        assert!(decode(b"a\nb\0c").is_err());
    }
}
