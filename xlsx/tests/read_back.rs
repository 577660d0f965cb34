//! The workbook read back with calamine, as a reviewer's Excel would read it: every cell equal
//! to the core's table, numbers as numbers, text as inert strings, and the page set up for
//! printing.

use calamine::{Data, Range, Reader, Xlsx};
use fscity_core::assessment::{CorrectiveAction, Evidence};
use fscity_core::compare::Delta;
use fscity_core::export::{action_list, self_assessment_table, summary_table, Cell, Sheet};
use fscity_core::pack::default_pack;
use fscity_core::{evaluate, Answer, Assessment, Decimal, Lang, Pack, Points};
use fscity_xlsx::{workbook, XlsxError};
use std::io::{Cursor, Read};

const FORMULA: &str = "=HYPERLINK(\"http://x\",\"y\")";
const TODAY: &str = "2026-11-28";

/// Answers of every kind on the default pack, with records on two indicators: a formula as a
/// 扣分原因, evidence, departments and an overdue action with owner and due date.
fn assessment(pack: &Pack) -> Assessment {
    let mut a = Assessment::new(pack, "测试市", "第一次自评", "2025-03-01");
    a.set_answer(
        "B-01",
        Answer::Level {
            level: "met".into(),
        },
    );
    a.set_answer(
        "B-02",
        Answer::Level {
            level: "partly".into(),
        },
    );
    a.set_answer(
        "C-02",
        Answer::Inputs {
            values: [("batches", "4800"), ("population", "1200000")]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Decimal::parse(v).unwrap()))
                .collect(),
        },
    );
    a.set_answer(
        "P-06",
        Answer::NotApplicable {
            reason: "本市无相关业态".into(),
        },
    );
    a.set_answer("P-09", Answer::Findings { count: 1 });
    a.set_answer("P-17", Answer::Findings { count: 3 });
    a.entry_mut("P-09").lost_reason = "一家小作坊证照过期".into();
    let p17 = a.entry_mut("P-17");
    p17.lost_reason = FORMULA.into();
    p17.notes = FORMULA.into();
    p17.evidence.push(Evidence {
        title: "暗访记录".into(),
        location: "档案室 3 号柜".into(),
        ..Evidence::default()
    });
    p17.departments = vec!["城管局".into(), "市场监管局".into()];
    p17.action = Some(CorrectiveAction {
        what: "联合城管清理摊贩\n每周复查一次".into(),
        owner: "张三".into(),
        due: "2026-01-31".into(),
        ..Default::default()
    });
    a
}

/// The 自评表 and the 整改清单 in `lang`.
fn tables(lang: Lang) -> (Sheet, Sheet) {
    let pack = default_pack().unwrap();
    let a = assessment(&pack);
    let report = evaluate(&pack, &a);
    (
        self_assessment_table(&pack, &a, &report, lang),
        action_list(&pack, &a, &report, TODAY, lang),
    )
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

/// What calamine should read for a cell.
fn expected(cell: &Cell) -> Data {
    match cell {
        Cell::Text(text) => Data::String(text.clone()),
        Cell::Points(points) => Data::Float(points.tenths() as f64 / 10.0),
        Cell::Count(count) => Data::Float(*count as f64),
        Cell::Delta(delta) => Data::Float(delta.tenths() as f64 / 10.0),
        Cell::Empty => Data::Empty,
    }
}

fn value(range: &Range<Data>, row: usize, col: usize) -> Data {
    range
        .get_value((row as u32, col as u32))
        .cloned()
        .unwrap_or(Data::Empty)
}

/// Every header and every cell of `sheet` is in worksheet `name`, and nothing else is.
fn assert_read_back(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str, sheet: &Sheet) {
    let range = book.worksheet_range(name).unwrap();
    let width = sheet.headers.len();
    for (col, header) in sheet.headers.iter().enumerate() {
        assert_eq!(
            value(&range, 0, col),
            Data::String(header.clone()),
            "{name} header {col}"
        );
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        assert_eq!(row.len(), width, "{name} row {r} has the header's width");
        for (col, cell) in row.iter().enumerate() {
            assert_eq!(
                value(&range, r + 1, col),
                expected(cell),
                "{name} row {r} column {col}"
            );
        }
    }
    let (last_row, last_col) = range.end().unwrap();
    assert!(
        last_row as usize <= sheet.rows.len() && (last_col as usize) < width,
        "{name}: a cell outside the table at ({last_row}, {last_col})"
    );
}

/// One part of the .xlsx package as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The first `<tag .../>` element in `xml`.
fn element<'x>(xml: &'x str, tag: &str) -> &'x str {
    let start = xml
        .find(&format!("<{tag} "))
        .unwrap_or_else(|| panic!("no <{tag}> in {xml}"));
    let end = start + xml[start..].find('>').unwrap();
    &xml[start..=end]
}

#[test]
fn both_chinese_sheets_read_back_cell_for_cell() {
    let (table, actions) = tables(Lang::Zh);
    assert!(
        table
            .rows
            .iter()
            .flatten()
            .any(|c| matches!(c, Cell::Points(p) if p.tenths() % 10 != 0)),
        "a fractional score such as 1.5"
    );
    assert!(actions.rows.len() >= 2, "P-09 and P-17 lost points");

    let bytes = workbook(&[("自评表", &table), ("整改清单", &actions)]).unwrap();
    let mut book = open(bytes);
    assert_eq!(book.sheet_names(), ["自评表", "整改清单"]);
    assert_read_back(&mut book, "自评表", &table);
    assert_read_back(&mut book, "整改清单", &actions);
}

#[test]
fn every_kind_of_cell_reads_back() {
    let sheet = Sheet {
        headers: vec!["文本".into(), "分值".into(), "序号".into(), "变化".into()],
        rows: vec![
            vec![
                Cell::text("食品安全\n第二行"),
                Cell::Points(Points::from_tenths(45)),
                Cell::Count(1),
                Cell::Delta(Delta::from_tenths(15)),
            ],
            vec![
                Cell::text(" 前后有空格 "),
                Cell::Points(Points::from_tenths(-5)),
                Cell::Count(54),
                Cell::Delta(Delta::from_tenths(-20)),
            ],
            vec![
                Cell::Empty,
                Cell::Points(Points::ZERO),
                Cell::Empty,
                Cell::Delta(Delta::ZERO),
            ],
            vec![Cell::text("last"), Cell::Empty, Cell::Empty, Cell::Empty],
        ],
    };
    let bytes = workbook(&[("表", &sheet)]).unwrap();
    assert!(
        part(&bytes, "xl/styles.xml").contains("formatCode=\"+General;-General;0\""),
        "changes show their sign"
    );
    assert_read_back(&mut open(bytes), "表", &sheet);
}

#[test]
fn a_workbook_opening_on_the_summary_reads_back_cell_for_cell() {
    let pack = default_pack().unwrap();
    let a = assessment(&pack);
    let report = evaluate(&pack, &a);
    for (lang, names) in [
        (Lang::Zh, ["汇总", "自评表", "整改清单"]),
        (Lang::En, ["Summary", "Self-assessment", "Actions"]),
    ] {
        let summary = summary_table(&pack, &a, &report, lang);
        let (table, actions) = tables(lang);
        let total = summary
            .rows
            .iter()
            .find(|r| {
                r[2] == Cell::Points(report.total.score) && r[3] == Cell::Points(report.total.scale)
            })
            .expect("a total row");
        assert!(matches!(&total[0], Cell::Text(_)));
        let bytes = workbook(&[
            (names[0], &summary),
            (names[1], &table),
            (names[2], &actions),
        ])
        .unwrap();
        let mut book = open(bytes);
        assert_eq!(book.sheet_names(), names);
        assert_read_back(&mut book, names[0], &summary);
        assert_read_back(&mut book, names[1], &table);
        assert_read_back(&mut book, names[2], &actions);
        let range = book.worksheet_range(names[0]).unwrap();
        let row = summary
            .rows
            .iter()
            .position(|r| std::ptr::eq(r, total))
            .unwrap()
            + 1;
        assert_eq!(
            value(&range, row, 2),
            Data::Float(report.total.score.tenths() as f64 / 10.0),
            "the total is a number in Excel"
        );
    }
}

#[test]
fn english_sheets_read_back_cell_for_cell() {
    let (table, actions) = tables(Lang::En);
    assert_eq!(table.headers[3], "Indicator");
    let bytes = workbook(&[("Self-assessment", &table), ("Actions", &actions)]).unwrap();
    let mut book = open(bytes);
    assert_eq!(book.sheet_names(), ["Self-assessment", "Actions"]);
    assert_read_back(&mut book, "Self-assessment", &table);
    assert_read_back(&mut book, "Actions", &actions);
}

#[test]
fn a_formula_typed_into_a_record_stays_a_string() {
    let (table, actions) = tables(Lang::Zh);
    let bytes = workbook(&[("自评表", &table), ("整改清单", &actions)]).unwrap();
    let mut book = open(bytes);
    // 扣分原因 and 备注 of the 自评表, 扣分原因 of the 整改清单.
    for (name, sheet, column) in [
        ("自评表", &table, 9),
        ("自评表", &table, 12),
        ("整改清单", &actions, 3),
    ] {
        let row = sheet
            .rows
            .iter()
            .position(|r| r[column] == Cell::text(FORMULA))
            .unwrap_or_else(|| panic!("{name} holds the formula text"));
        let range = book.worksheet_range(name).unwrap();
        assert_eq!(value(&range, row + 1, column), Data::String(FORMULA.into()));
        let formulas = book.worksheet_formula(name).unwrap();
        assert!(
            formulas.used_cells().next().is_none(),
            "{name} has no formulas"
        );
    }
}

#[test]
fn header_is_frozen_and_printed_on_every_landscape_a4_page() {
    let (table, actions) = tables(Lang::Zh);
    let bytes = workbook(&[("自评表", &table), ("整改清单", &actions)]).unwrap();

    for sheet in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
        let xml = part(&bytes, sheet);
        let pane = element(&xml, "pane");
        assert!(
            pane.contains("ySplit=\"1\"") && pane.contains("state=\"frozen\""),
            "{pane}"
        );
        assert!(!pane.contains("xSplit"), "no frozen columns: {pane}");
        let setup = element(&xml, "pageSetup");
        for attribute in [
            "paperSize=\"9\"",
            "orientation=\"landscape\"",
            "fitToHeight=\"0\"",
        ] {
            assert!(setup.contains(attribute), "{attribute} in {setup}");
        }
        assert!(
            element(&xml, "pageSetUpPr").contains("fitToPage=\"1\""),
            "fit to one page wide"
        );
        let widths: Vec<f64> = xml
            .split("<col ")
            .skip(1)
            .map(|col| {
                let value = col.split("width=\"").nth(1).unwrap();
                value[..value.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert!(!widths.is_empty(), "column widths are set");
        assert!(
            widths.iter().all(|w| (6.0..52.0).contains(w)),
            "widths within bounds: {widths:?}"
        );
    }
    // The 评分标准 column is long prose: it stops at the widest width and wraps.
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains("<col min=\"7\" max=\"7\" width=\"50.7"),
        "{xml}"
    );
    assert!(part(&bytes, "xl/styles.xml").contains("wrapText=\"1\""));

    let book_xml = part(&bytes, "xl/workbook.xml");
    for name in ["自评表", "整改清单"] {
        assert!(
            book_xml.contains(&format!(">{name}!$1:$1<"))
                || book_xml.contains(&format!(">'{name}'!$1:$1<")),
            "{name}'s header row repeated on printed pages: {book_xml}"
        );
    }
}

#[test]
fn the_same_tables_give_the_same_bytes() {
    let (table, actions) = tables(Lang::Zh);
    let sheets = [("自评表", &table), ("整改清单", &actions)];
    let first = workbook(&sheets).unwrap();
    assert_eq!(first, workbook(&sheets).unwrap());
    assert!(part(&first, "docProps/core.xml").contains("1980-01-01T00:00:00Z"));
}

#[test]
fn invalid_sheet_names_are_refused_with_a_typed_error() {
    let (table, _) = tables(Lang::Zh);
    let too_long = "自".repeat(32);
    for bad in [
        "",
        "自评表/整改",
        "a:b",
        "[x]",
        "what?",
        "'quoted'",
        &too_long,
    ] {
        match workbook(&[(bad, &table)]) {
            Err(XlsxError::SheetName(name)) => assert_eq!(name, bad),
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
    match workbook(&[("Sheet", &table), ("SHEET", &table)]) {
        Err(error @ XlsxError::SheetName(_)) => {
            assert!(error.to_string().contains("\"SHEET\""), "{error}")
        }
        other => panic!("a repeated name gave {other:?}"),
    }
    assert!(workbook(&[(&*"自".repeat(31), &table)]).is_ok());
}

/// A zip with the given parts, each stored deflated.
fn zip_of(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        for (name, bytes) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_inflated_into_memory() {
    // 210 MB of zeros deflates to about 200 KB.
    let bomb = zip_of(&[("xl/worksheets/sheet1.xml", vec![0u8; 210 * 1024 * 1024])]);
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    let error = fscity_xlsx::read(&bomb).unwrap_err();
    assert_eq!(error, fscity_xlsx::ReadError::Inflated);
    assert_eq!(
        error.text().zh,
        "文件解压后超过 200 MB，不像是评价细则模板，未读取"
    );
}

#[test]
fn a_sheet_declaring_a_huge_range_is_refused_with_the_limit() {
    let sheet = br#"<?xml version="1.0"?><worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>"#;
    let file = zip_of(&[("xl/worksheets/sheet1.xml", sheet.to_vec())]);
    let error = fscity_xlsx::check_limits(&file).unwrap_err();
    assert_eq!(
        error,
        fscity_xlsx::ReadError::TooLarge {
            part: "xl/worksheets/sheet1.xml".into(),
            rows: 1_048_576,
            columns: 16_384
        }
    );
    assert!(
        error.text().zh.contains("超过 10,000 行或 200 列的上限"),
        "{}",
        error.text().zh
    );
    // The template itself is well within the limits.
    let template = fscity_xlsx::workbook(&[(
        "评价指标",
        &fscity_core::export::Sheet {
            headers: vec!["A".into()],
            rows: vec![],
        },
    )])
    .unwrap();
    assert_eq!(fscity_xlsx::check_limits(&template), Ok(()));
}
