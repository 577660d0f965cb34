//! A CSV file's bytes as Chinese Excel and other tools write them, read by the reader worker:
//! the encodings, an undecodable byte located by its line, and the worker's typed answer.

use encoding_rs::GB18030;
use fscity_core::pack::{default_pack, Pack};
use fscity_core::sheet_pack::csv::parse_csv;
use fscity_core::sheet_pack::{csv_template, SheetError, SheetErrorKind};
use fscity_core::{Lang, Localize};
use fscity_xlsx::decode;
use fscity_xlsx::protocol::{read_csv, read_file, ReadAnswer, CSV_SHEET};
use proptest::prelude::*;
use std::sync::OnceLock;

const INDICATORS: &str = "评价指标";

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| default_pack().expect("the default pack loads"))
}

fn messages(errors: &[SheetError]) -> Vec<String> {
    errors.iter().map(|e| e.message(Lang::Zh)).collect()
}

#[test]
fn a_gbk_csv_imports_with_its_chinese_intact() {
    // Chinese Excel saves "CSV (逗号分隔)" in GBK, without a byte-order mark.
    let csv = csv_template(pack(), Lang::Zh);
    let (bytes, _, unmappable) = GB18030.encode(csv.trim_start_matches('\u{feff}'));
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    let read =
        read_csv(&bytes, "评价指标", pack()).unwrap_or_else(|e| panic!("{:#?}", messages(&e)));
    assert_eq!(&read, pack());
    assert_eq!(read.indicator("B-01").unwrap().name.zh, "党政同责");
}

#[test]
fn utf8_with_and_without_a_byte_order_mark_and_utf16_import() {
    let csv = csv_template(pack(), Lang::Zh);
    assert!(csv.starts_with('\u{feff}'));
    let without = csv.trim_start_matches('\u{feff}');
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(without.encode_utf16().flat_map(u16::to_le_bytes));
    for bytes in [csv.as_bytes(), without.as_bytes(), &utf16] {
        assert_eq!(&read_csv(bytes, "评价指标", pack()).unwrap(), pack());
    }
}

#[test]
fn bytes_that_are_no_known_text_are_an_encoding_error() {
    // 0xFF is neither UTF-8 nor GB18030 (whose lead bytes end at 0xFE).
    let errors = read_csv(b"a,b\n\xFF,c\n", INDICATORS, pack()).unwrap_err();
    assert_eq!(
        errors[0].kind,
        SheetErrorKind::Encoding {
            looks_like_xlsx: false
        }
    );
    assert_eq!(errors[0].row, Some(2));
    assert!(
        errors[0].message(Lang::Zh).starts_with("第 2 行："),
        "{}",
        errors[0].message(Lang::Zh)
    );
}

#[test]
fn the_reader_answers_a_csv_with_its_one_sheet_and_bad_bytes_with_a_located_problem() {
    let csv = csv_template(pack(), Lang::Zh);
    match read_file(csv.as_bytes()) {
        ReadAnswer::Ok(book) => {
            assert_eq!(book.sheets.len(), 1);
            assert_eq!(book.sheets[0].name, CSV_SHEET);
        }
        ReadAnswer::Problems(p) => panic!("{p:?}"),
    }
    match read_file(b"a,b\n\xFF,c\n") {
        ReadAnswer::Problems(p) => {
            assert_eq!(p.len(), 1);
            assert!(p[0].zh.starts_with("第 2 行："), "{}", p[0].zh);
            assert!(!p[0].en.is_empty());
        }
        ReadAnswer::Ok(_) => panic!("0xFF is no text"),
    }
    // A zip that is no workbook is answered in words, not with a crash.
    assert!(matches!(
        read_file(b"PK\x03\x04rest"),
        ReadAnswer::Problems(_)
    ));
}

#[test]
fn the_reader_answer_keeps_the_json_shape_the_page_reads() {
    let json = serde_json::to_value(ReadAnswer::Problems(vec![fscity_core::Text::new(
        "甲", "a",
    )]))
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "problems": [{ "zh": "甲", "en": "a" }] })
    );
}

proptest! {
    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(text) = decode(&bytes) {
            let _ = parse_csv(&text, "s");
        }
    }
}
