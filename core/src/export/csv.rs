//! CSV that Chinese Excel opens correctly and cannot be turned against its reader: UTF-8 with a
//! byte-order mark (Excel otherwise guesses GBK and shows mojibake), RFC 4180 quoting with CRLF
//! line ends, and formula injection neutralised — a text cell starting with `=`, `+`, `-`, `@`,
//! a tab or a carriage return is prefixed with `'`, so `=HYPERLINK(...)` typed into a note stays
//! text. Numbers are written by this module, never taken from the user, so a signed change
//! ([`Cell::Delta`], `+1.5` / `-2`) stays a number that spreadsheets can add up.

use super::sheet::{Cell, Sheet};

/// The sheet as CSV text, starting with a byte-order mark.
pub fn to_csv(sheet: &Sheet) -> String {
    let mut out = String::from('\u{feff}');
    write_row(
        &mut out,
        sheet.headers.iter().map(|h| field(&Cell::Text(h.clone()))),
    );
    for row in &sheet.rows {
        write_row(&mut out, row.iter().map(field));
    }
    out
}

fn write_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (n, f) in fields.enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&f);
    }
    out.push_str("\r\n");
}

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Points(p) => p.to_string(),
        Cell::Count(n) => n.to_string(),
        // A number we print ourselves (sign, digits, a point): not text, so not made inert.
        Cell::Delta(d) => d.to_string(),
        Cell::Text(text) => quote(&inert(text)),
    }
}

/// Prefixes text that a spreadsheet would read as a formula.
fn inert(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// Quotes a field when it holds a separator, a quote or a line break (RFC 4180).
fn quote(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Points;

    fn sheet(cells: Vec<Cell>) -> Sheet {
        Sheet {
            headers: vec!["甲".into(), "乙".into()],
            rows: vec![cells],
        }
    }

    #[test]
    fn starts_with_a_byte_order_mark_and_ends_rows_with_crlf() {
        let csv = to_csv(&sheet(vec![
            Cell::text("食品"),
            Cell::Points(Points::from_tenths(25)),
        ]));
        assert_eq!(csv, "\u{feff}甲,乙\r\n食品,2.5\r\n");
    }

    #[test]
    fn quotes_separators_quotes_and_line_breaks() {
        let csv = to_csv(&sheet(vec![
            Cell::text("a,b"),
            Cell::text("说\"好\"\n下一行"),
        ]));
        assert!(
            csv.ends_with("\"a,b\",\"说\"\"好\"\"\n下一行\"\r\n"),
            "{csv}"
        );
    }

    #[test]
    fn formulas_are_made_inert() {
        for dangerous in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+1",
            "-2",
            "@SUM(A1)",
            "\tx",
        ] {
            let csv = to_csv(&sheet(vec![Cell::text(dangerous), Cell::Empty]));
            let body = csv.split("\r\n").nth(1).unwrap();
            assert!(
                body.starts_with('\'') || body.starts_with("\"'"),
                "{dangerous:?} → {body:?}"
            );
        }
    }

    #[test]
    fn negative_points_stay_numbers() {
        let csv = to_csv(&sheet(vec![
            Cell::Points(Points::from_tenths(-5)),
            Cell::Count(3),
        ]));
        assert!(csv.ends_with("-0.5,3\r\n"));
    }

    #[test]
    fn deltas_keep_their_sign_and_stay_numbers() {
        use crate::compare::Delta;
        let csv = to_csv(&sheet(vec![
            Cell::Delta(Delta::from_tenths(15)),
            Cell::Delta(Delta::from_tenths(-20)),
        ]));
        assert!(csv.ends_with("+1.5,-2\r\n"), "{csv}");
        let csv = to_csv(&sheet(vec![Cell::Delta(Delta::ZERO), Cell::Empty]));
        assert!(csv.ends_with("0,\r\n"), "{csv}");
        // The same characters typed as text are still made inert.
        let csv = to_csv(&sheet(vec![Cell::text("+1.5"), Cell::Empty]));
        assert!(csv.ends_with("'+1.5,\r\n"), "{csv}");
    }
}
