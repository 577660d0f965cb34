//! A city's own check sheets as a spreadsheet, like its criteria: the template is the sheets
//! in use, one row per item (检查项目), which a city edits in Excel or WPS and loads back. The
//! reader names every problem by row and column as the criteria import does; what it reads is
//! then checked against the criteria (an item keyed to an indicator the 细则 lacks) before it is
//! used, and a file with any problem changes nothing. Sheets read from a file say they are the
//! city's by their 可信度 and 依据 columns, which the template fills from the sheets it copies.

use super::sheets::{CheckItem, CheckSheet, FindingOption, SheetPack};
use crate::export::{Cell, Sheet};
use crate::message::Localize;
use crate::pack::Provenance;
use crate::sheet_pack::columns::Column;
use crate::sheet_pack::read::grid::{Row, Table};
use crate::sheet_pack::syntax::{
    english_lines, format_confidence, format_yes_no, parse_confidence,
};
use crate::sheet_pack::{RawSheet, SheetError, SheetErrorKind, Syntax};
use crate::{Lang, Pack, Text};
use std::collections::BTreeMap;

static SHEET_ID: Column = Column::plain("检查表编号", "Sheet ID", true);
static UNIT_TYPE: Column = Column::plain("业态", "Type", true);
static TITLE: Column = Column::plain("检查表名称", "Sheet title", true);
static TITLE_EN: Column = Column::plain("检查表名称（英文）", "Sheet title (English)", false);
static ITEM_ID: Column = Column::plain("项目编号", "Item ID", true);
static TEXT: Column = Column::plain("检查内容", "What is checked", true);
static TEXT_EN: Column = Column::plain("检查内容（英文）", "What is checked (English)", false);
static POINTS: Column = Column::plain("分值", "Points", true);
static DEDUCTION: Column = Column::plain("每处扣分", "Deduction per finding", true);
static INDICATOR: Column = Column::plain("对应指标", "Indicator", true);
static KEY: Column = Column::plain("关键项", "Key item", false);
static FINDINGS: Column = Column::plain("问题选项", "Findings", false);
static FINDINGS_EN: Column = Column::plain("问题选项（英文）", "Findings (English)", false);
static CONFIDENCE: Column = Column::plain("可信度", "Confidence", true);
static BASIS: Column = Column::plain("依据说明", "Basis", false);
static COLUMNS: [&Column; 15] = [
    &SHEET_ID,
    &UNIT_TYPE,
    &TITLE,
    &TITLE_EN,
    &ITEM_ID,
    &TEXT,
    &TEXT_EN,
    &POINTS,
    &DEDUCTION,
    &INDICATOR,
    &KEY,
    &FINDINGS,
    &FINDINGS_EN,
    &CONFIDENCE,
    &BASIS,
];

/// The template's sheet of items, by language.
pub fn items_sheet(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "检查项目",
        Lang::En => "Check items",
    }
}

/// The 检查项目 sheet of `sheets`, one row per item, headed in `lang`; the sheet's title,
/// 可信度 and 依据 repeat on each of its rows (a reader takes the first and checks the rest).
pub fn sheet_template(sheets: &SheetPack, lang: Lang) -> Sheet {
    let types = sheets.types();
    let rows = sheets
        .sheets
        .iter()
        .flat_map(|sheet| sheet.items.iter().map(move |item| (sheet, item)))
        .map(|(sheet, item)| {
            let kind = types
                .get(&sheet.unit_type)
                .map_or(sheet.unit_type.clone(), |t| t.name.zh.clone());
            let letters = |en: bool| {
                item.findings
                    .iter()
                    .map(|f| format!("{} {}", f.id, if en { &f.text.en } else { &f.text.zh }))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            vec![
                Cell::text(sheet.id.clone()),
                Cell::text(kind),
                Cell::text(sheet.title.zh.clone()),
                Cell::text(sheet.title.en.clone()),
                Cell::text(item.id.clone()),
                Cell::text(item.text.zh.clone()),
                Cell::text(item.text.en.clone()),
                Cell::Points(item.points),
                Cell::Points(item.deduction),
                Cell::text(item.indicator.clone()),
                Cell::text(format_yes_no(item.key, lang)),
                Cell::text(letters(false)),
                Cell::text(letters(true)),
                Cell::text(format_confidence(sheet.provenance.confidence, lang)),
                Cell::text(sheet.provenance.note.get(lang).to_owned()),
            ]
        })
        .collect();
    Sheet {
        headers: COLUMNS.iter().map(|c| c.title(lang).to_owned()).collect(),
        rows,
    }
}

/// A problem with a check-sheet file: at a cell, or (once every cell reads) in the sheets it
/// makes, as a sheet pack is checked.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetFileError {
    /// At a row and column.
    Cell(SheetError),
    /// In a sheet or item read.
    Sheets(super::sheet_check::SheetError),
}

impl Localize for SheetFileError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SheetFileError::Cell(e) => e.message(lang),
            SheetFileError::Sheets(e) => e.message(lang),
        }
    }
}

/// Reads a 检查项目 sheet into sheets that replace those of `base` (its unit types, sources
/// and roll-up rules are kept), checked against `pack`: every problem, each where it is, or
/// the sheets.
pub fn read_sheet_template(
    sheet: &RawSheet,
    base: &SheetPack,
    pack: &Pack,
) -> Result<SheetPack, Vec<SheetFileError>> {
    let read = read_cells(sheet, base, pack).map_err(|errors| {
        errors
            .into_iter()
            .map(SheetFileError::Cell)
            .collect::<Vec<_>>()
    })?;
    let problems = read.check(pack);
    if problems.is_empty() {
        Ok(read)
    } else {
        Err(problems.into_iter().map(SheetFileError::Sheets).collect())
    }
}

fn read_cells(
    sheet: &RawSheet,
    base: &SheetPack,
    pack: &Pack,
) -> Result<SheetPack, Vec<SheetError>> {
    let mut errors = Vec::new();
    let Some(table) = Table::read(sheet, &COLUMNS, false, &mut errors) else {
        return Err(errors);
    };
    let types = base.types();
    let mut read: Vec<CheckSheet> = Vec::new();
    // Per sheet ID: its first row, and per item ID the row it was first given on.
    let mut first_rows: BTreeMap<String, (u32, BTreeMap<String, u32>)> = BTreeMap::new();
    for row in &table.rows {
        let Some(id) = table.needed(*row, &SHEET_ID, "", &mut errors) else {
            continue;
        };
        let item = read_item(&table, *row, pack, &mut errors);
        let (first, items) = first_rows
            .entry(id.clone())
            .or_insert_with(|| (row.number, BTreeMap::new()));
        let first = *first;
        if let Some(item) = &item {
            if let Some(earlier) = items.insert(item.id.clone(), row.number) {
                let kind = SheetErrorKind::DuplicateId {
                    id: format!("{id} {}", item.id),
                    first_row: Some(earlier),
                };
                errors.push(table.error(Some(row.number), &ITEM_ID, kind));
            }
        }
        match read.iter_mut().find(|s| s.id == id) {
            Some(sheet) => {
                same_as_first(&table, *row, &TITLE, &sheet.title.zh, first, &mut errors);
                let kind = types
                    .get(&sheet.unit_type)
                    .map_or(sheet.unit_type.clone(), |t| t.name.zh.clone());
                let written = table.text(*row, &UNIT_TYPE);
                if types.find(&written).map(|t| &t.id) != Some(&sheet.unit_type) {
                    let kind = SheetErrorKind::SheetInconsistent {
                        found: written,
                        expected: kind,
                        first_row: first,
                    };
                    errors.push(table.error(Some(row.number), &UNIT_TYPE, kind));
                }
                sheet.items.extend(item);
            }
            None => {
                let unit_type = table
                    .needed(*row, &UNIT_TYPE, "", &mut errors)
                    .and_then(|text| match types.find(&text) {
                        Some(t) => Some(t.id.clone()),
                        None => {
                            let kind = SheetErrorKind::UnknownUnitType { found: text };
                            errors.push(table.error(Some(row.number), &UNIT_TYPE, kind));
                            None
                        }
                    });
                let title = table.needed(*row, &TITLE, "", &mut errors);
                let confidence = parse_confidence(&table.text(*row, &CONFIDENCE))
                    .map_err(|e| errors.push(table.cell_error(*row, &CONFIDENCE, e)))
                    .ok()
                    .flatten();
                if confidence.is_none() && table.text(*row, &CONFIDENCE).is_empty() {
                    let kind = SheetErrorKind::Required { when: None };
                    errors.push(table.error(Some(row.number), &CONFIDENCE, kind));
                }
                let (Some(unit_type), Some(title), Some(confidence)) =
                    (unit_type, title, confidence)
                else {
                    continue;
                };
                let basis = table.text(*row, &BASIS);
                read.push(CheckSheet {
                    id,
                    unit_type,
                    title: Text::new(title, table.text(*row, &TITLE_EN)),
                    provenance: Provenance {
                        confidence,
                        sources: Vec::new(),
                        note: Text::new(basis.clone(), basis),
                    },
                    items: item.into_iter().collect(),
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SheetPack {
        sheets: read,
        ..base.clone()
    })
}

/// A later row of a sheet must name it as its first row does.
fn same_as_first(
    table: &Table,
    row: Row,
    column: &Column,
    expected: &str,
    first_row: u32,
    errors: &mut Vec<SheetError>,
) {
    let found = table.text(row, column);
    if !found.is_empty() && found != expected {
        let kind = SheetErrorKind::SheetInconsistent {
            found,
            expected: expected.to_owned(),
            first_row,
        };
        errors.push(table.error(Some(row.number), column, kind));
    }
}

/// One row's item; its problems go to `errors`.
fn read_item(
    table: &Table,
    row: Row,
    pack: &Pack,
    errors: &mut Vec<SheetError>,
) -> Option<CheckItem> {
    let id = table.needed(row, &ITEM_ID, "", errors);
    let text = table.needed(row, &TEXT, "", errors);
    let points = table.points(row, &POINTS, errors);
    let deduction = table.points(row, &DEDUCTION, errors);
    let indicator = table.needed(row, &INDICATOR, "", errors).filter(|id| {
        let known = pack.indicator(id).is_some();
        if !known {
            let kind = SheetErrorKind::UnknownIndicator { found: id.clone() };
            errors.push(table.error(Some(row.number), &INDICATOR, kind));
        }
        known
    });
    let key = table.yes_no(row, &KEY, false, errors);
    let findings = finding_options(table, row, errors);
    Some(CheckItem {
        id: id?,
        text: Text::new(text?, table.text(row, &TEXT_EN)),
        points: points?,
        deduction: deduction?,
        indicator: indicator?,
        key: key?,
        findings: findings?,
    })
}

/// `A 无证经营` per line, letters A–Z once each, with the English line by line.
fn finding_options(
    table: &Table,
    row: Row,
    errors: &mut Vec<SheetError>,
) -> Option<Vec<FindingOption>> {
    let written = table.raw_text(row, &FINDINGS);
    let mut options: Vec<FindingOption> = Vec::new();
    for line in written.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut chars = line.chars();
        let letter = chars.next().filter(char::is_ascii_uppercase);
        let text = chars
            .as_str()
            .trim_start_matches([' ', '.', '、', '．', '　'])
            .trim();
        match letter {
            Some(letter)
                if !text.is_empty() && !options.iter().any(|o| o.id == letter.to_string()) =>
            {
                options.push(FindingOption {
                    id: letter.to_string(),
                    text: Text::new(text, ""),
                });
            }
            _ => {
                let kind = SheetErrorKind::BadSyntax {
                    found: line.to_owned(),
                    expected: Syntax::FindingOptions,
                };
                errors.push(table.error(Some(row.number), &FINDINGS, kind));
                return None;
            }
        }
    }
    let english = english_lines(&table.raw_text(row, &FINDINGS_EN), options.len())
        .map_err(|e| errors.push(table.cell_error(row, &FINDINGS_EN, e)))
        .ok()?;
    for (option, en) in options.iter_mut().zip(english) {
        // The letter may be repeated before the English.
        let en = en
            .strip_prefix(option.id.as_str())
            .map_or(en.as_str(), str::trim);
        option.text.en = en.to_owned();
    }
    Some(options)
}
