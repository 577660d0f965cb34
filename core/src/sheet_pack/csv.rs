//! Reading CSV: bytes to text (UTF-8 with or without a byte-order mark, UTF-16 with one, or
//! GB18030 — the superset of the GBK that Chinese Excel writes by default), then RFC 4180
//! records to a [`RawSheet`]. Every value stays text; the import parses numbers itself.
//!
//! The `'` that [`crate::export::to_csv`] puts before text that would start a formula is taken
//! off again, so a template written by this app reads back as it was.

use super::error::{SheetError, SheetErrorKind};
use super::table::{RawCell, RawSheet};
use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

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

/// Parses comma-separated records: fields in double quotes may hold commas, doubled quotes and
/// line breaks; records end with CRLF, LF or CR. A quote inside an unquoted field is kept as
/// it is, as Excel does. Row and column numbers count records and fields, as Excel shows them.
pub fn parse_csv(text: &str, sheet_name: &str) -> Result<RawSheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows: Vec<Vec<RawCell>> = Vec::new();
    let mut row: Vec<RawCell> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut in_quotes = false;
    let mut opened_at = (0, 0);
    let mut chars = text.chars().peekable();
    let mut pending = false;
    while let Some(c) = chars.next() {
        pending = true;
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !quoted => {
                in_quotes = true;
                quoted = true;
                opened_at = (rows.len() + 1, row.len() + 1);
            }
            ',' => {
                row.push(cell(std::mem::take(&mut field)));
                quoted = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(cell(std::mem::take(&mut field)));
                rows.push(std::mem::take(&mut row));
                quoted = false;
                pending = false;
            }
            c => field.push(c),
        }
    }
    if in_quotes {
        let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        return Err(SheetError {
            sheet: sheet_name.to_owned(),
            row: Some(number(opened_at.0)),
            column: Some(number(opened_at.1)),
            column_name: None,
            kind: SheetErrorKind::UnterminatedQuote,
        });
    }
    if pending {
        row.push(cell(field));
        rows.push(row);
    }
    Ok(RawSheet {
        name: sheet_name.to_owned(),
        rows,
        merged: Vec::new(),
    })
}

/// A field as a cell, without the `'` that made formula-like text inert.
fn cell(field: String) -> RawCell {
    let mut chars = field.chars();
    let inert = chars.next() == Some('\'')
        && matches!(chars.next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    match (inert, field.is_empty()) {
        (_, true) => RawCell::Empty,
        (true, false) => RawCell::Text(field[1..].to_owned()),
        (false, false) => RawCell::Text(field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sheet: &RawSheet) -> Vec<Vec<String>> {
        sheet
            .rows
            .iter()
            .map(|r| r.iter().map(RawCell::text).collect())
            .collect()
    }

    #[test]
    fn quotes_line_breaks_and_line_ends() {
        let sheet = parse_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n,x\ny\r", "s").unwrap();
        assert_eq!(
            texts(&sheet),
            [vec!["a", "b,\"c\"\nd"], vec!["", "x"], vec!["y"]]
        );
        assert_eq!(sheet.rows[1][0], RawCell::Empty);
    }

    #[test]
    fn an_unterminated_quote_says_where_it_opened() {
        let error = parse_csv("a,b\nc,\"d\ne", "评价指标").unwrap_err();
        assert_eq!((error.row, error.column), (Some(2), Some(2)));
        assert_eq!(error.kind, SheetErrorKind::UnterminatedQuote);
    }

    #[test]
    fn the_inert_prefix_comes_off() {
        let sheet = parse_csv("'=1+1,'-2,'abc", "s").unwrap();
        assert_eq!(texts(&sheet), [vec!["=1+1", "-2", "'abc"]]);
    }

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
