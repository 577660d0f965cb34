//! Reading CSV text: RFC 4180 records to a [`RawSheet`]. Every value stays text; the import
//! parses numbers itself. Turning a file's bytes into text (UTF-8, UTF-16, GB18030) is the
//! reader crate's job (`fscity_xlsx::decode`), which holds the encoding tables.
//!
//! The `'` that [`crate::export::to_csv`] puts before text that would start a formula is taken
//! off again, so a template written by this app reads back as it was.

use super::error::{SheetError, SheetErrorKind};
use super::table::{RawCell, RawSheet};

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
}
