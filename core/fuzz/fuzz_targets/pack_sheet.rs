//! Fuzz target: importing a criteria spreadsheet must never panic, whatever the bytes, and a
//! pack it does import must survive being written as the template and imported again.
//!
//! Every input is read as a CSV file (decode → parse_csv → read_workbook) both as it is and after
//! the template's header row, so that rows reach the cell readers, against the default pack and
//! against the four-indicator test pack (whose whole template fits in an input, so mutations of
//! it import and reach the round trip). When the input is a JSON workbook (what the XLSX worker
//! sends), that is read too.

#![no_main]

use fscity_core::pack::{self, default_pack, Pack};
use fscity_core::sheet_pack::csv::parse_csv;
use fscity_core::sheet_pack::{csv_template, read_csv, read_workbook, template, Workbook};
use fscity_core::{Lang, Localize};
use fscity_xlsx::decode;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| default_pack().expect("the default pack loads"))
}

fn mini() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        pack::load(include_str!("../../tests/fixtures/mini-pack.json"))
            .expect("the mini pack loads")
    })
}

/// The template's header row, with its line end.
fn header() -> &'static [u8] {
    static HEADER: OnceLock<Vec<u8>> = OnceLock::new();
    HEADER.get_or_init(|| {
        let csv = csv_template(pack(), Lang::Zh);
        let end = csv.find("\r\n").expect("a header row") + 2;
        csv[..end].as_bytes().to_vec()
    })
}

fn check(result: Result<Pack, Vec<fscity_core::sheet_pack::SheetError>>) {
    match result {
        Ok(imported) => {
            // Template → import gives the same pack, as cells and as CSV.
            let book = Workbook::from_sheets(&template(&imported, Lang::Zh));
            assert_eq!(read_workbook(&book, &imported).as_ref(), Ok(&imported));
            let csv = csv_template(&imported, Lang::En);
            assert_eq!(
                read_csv(&csv, "csv", &imported).as_ref(),
                Ok(&imported)
            );
        }
        Err(errors) => {
            for error in &errors {
                let _ = error.message(Lang::Zh);
                let _ = error.message(Lang::En);
            }
        }
    }
}

fn read_bytes(bytes: &[u8]) {
    match decode(bytes) {
        Ok(text) => match parse_csv(&text, "评价指标") {
            Ok(sheet) => {
                let book = Workbook {
                    sheets: vec![sheet],
                };
                check(read_workbook(&book, pack()));
                check(read_workbook(&book, mini()));
            }
            Err(error) => {
                let _ = error.message(Lang::Zh);
            }
        },
        Err(error) => {
            let _ = error.message(Lang::En);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    read_bytes(data);
    let mut with_header = header().to_vec();
    with_header.extend_from_slice(data);
    read_bytes(&with_header);
    if let Ok(book) = serde_json::from_slice::<Workbook>(data) {
        check(read_workbook(&book, pack()));
    }
});
