//! The criteria template as an Excel file, read back by the same reader the app's worker uses:
//! writing the default pack and importing the file gives the default pack again, and a formula
//! or a merged cell in the file is reported at its cell.

use fscity_core::pack::default_pack;
use fscity_core::sheet_pack::{read_workbook, template, RawCell, SheetErrorKind};
use fscity_core::Lang;

fn template_file() -> Vec<u8> {
    let pack = default_pack().unwrap();
    let sheets = template(&pack, Lang::Zh);
    let named: Vec<(&str, &fscity_core::export::Sheet)> =
        sheets.iter().map(|(n, s)| (n.as_str(), s)).collect();
    fscity_xlsx::workbook(&named).unwrap()
}

#[test]
fn the_excel_template_imports_back_as_the_default_pack() {
    let pack = default_pack().unwrap();
    let book = fscity_xlsx::read(&template_file()).unwrap();
    assert_eq!(book.sheets.len(), 5);
    let imported = read_workbook(&book, &pack).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(imported, pack);
}

#[test]
fn a_formula_in_the_file_is_reported_at_its_cell() {
    let pack = default_pack().unwrap();
    let mut book = fscity_xlsx::read(&template_file()).unwrap();
    let sheet = book
        .sheets
        .iter_mut()
        .find(|s| s.name == "评价指标")
        .unwrap();
    sheet.rows[3][6] = RawCell::Formula("=1+2".into());
    let errors = read_workbook(&book, &pack).unwrap_err();
    let formula = errors
        .iter()
        .find(|e| matches!(e.kind, SheetErrorKind::Formula { .. }))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!((formula.row, formula.column), (Some(4), Some(7)));
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused() {
    assert!(fscity_xlsx::read(b"not a zip file").is_err());
}

#[test]
fn merged_cells_and_formulas_in_a_real_file_are_seen_by_the_reader() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("评价指标").unwrap();
    sheet
        .merge_range(2, 0, 4, 0, "基础工作", &rust_xlsxwriter::Format::new())
        .unwrap();
    sheet.write_formula(1, 6, "=1+2").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let read = fscity_xlsx::read(&bytes).unwrap();
    let sheet = &read.sheets[0];
    assert_eq!(sheet.merged.len(), 1);
    assert_eq!(sheet.merged[0].a1(), "A3:A5");
    assert!(matches!(&sheet.rows[1][6], RawCell::Formula(f) if f.contains("1+2")));
}
