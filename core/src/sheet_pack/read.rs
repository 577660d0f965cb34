//! A [`Workbook`] → a validated [`Pack`]. Every sheet is read on its own and every problem
//! collected (up to [`MAX_ERRORS`]); only a workbook with none is turned into a pack, which
//! then goes through [`pack::load`] — the very checks the embedded packs pass — and whatever
//! those find is pointed back at the row and column it came from. Nothing is changed on
//! failure: the caller keeps its current pack.

pub(crate) mod grid;
mod indicators;
mod locate;
mod meta;
mod vetoes;

pub use grid::MAX_ROWS;

use super::columns::{
    SheetName, GROUP, GROUP_BONUS_CAP, GROUP_ID, INDICATOR_COLUMNS, INDICATOR_SHEET, PACK_COLUMNS,
    PACK_SHEET, POINTS, README_SHEET, SOURCE_COLUMNS, SOURCE_SHEET, VETO_COLUMNS, VETO_SHEET,
};
use super::error::{SheetError, SheetErrorKind};
use super::table::{RawSheet, Workbook};
use crate::pack::{self, Pack, PackError, PackErrorKind, PACK_SCHEMA_VERSION};
use crate::{Points, Text};
use grid::Table;
use locate::Places;

/// The most errors one import reports; past it, a last error says the list was cut.
pub const MAX_ERRORS: usize = 200;

/// Reads a criteria workbook. Sheets are found by name (Chinese or English); a workbook of one
/// sheet (a CSV file) is taken as the 评价指标 sheet. Missing 否决项, 数据包 and 出处 sheets
/// are taken from `base`, the pack in use. When the result has `base`'s ID and differs from it
/// in content without a higher version, its version becomes `base.version + 1`.
pub fn read_workbook(workbook: &Workbook, base: &Pack) -> Result<Pack, Vec<SheetError>> {
    let find = |name: SheetName| workbook.sheets.iter().find(|s| name.matches(&s.name));
    let Some(indicator_sheet) = find(INDICATOR_SHEET).or_else(|| sole_other_sheet(workbook)) else {
        let kind = SheetErrorKind::MissingSheet {
            sheet: INDICATOR_SHEET.zh.into(),
        };
        return Err(vec![SheetError::at("", None, None, kind)]);
    };

    // Each sheet: absent (None), present but unreadable (Some(None)), or read.
    let mut errors = Vec::new();
    let source_table =
        find(SOURCE_SHEET).map(|s| Table::read(s, &SOURCE_COLUMNS, true, &mut errors));
    let header_table = find(PACK_SHEET).map(|s| Table::read(s, &PACK_COLUMNS, false, &mut errors));
    let veto_table = find(VETO_SHEET).map(|s| Table::read(s, &VETO_COLUMNS, true, &mut errors));
    let indicator_table = Table::read(indicator_sheet, &INDICATOR_COLUMNS, false, &mut errors);
    let unreadable = [
        source_table.as_ref().is_some_and(Option::is_none),
        header_table.as_ref().is_some_and(Option::is_none),
        veto_table.as_ref().is_some_and(Option::is_none),
    ]
    .contains(&true);

    let sources = source_table
        .as_ref()
        .and_then(Option::as_ref)
        .map(|t| meta::read_sources(t, &mut errors));
    let header = header_table
        .as_ref()
        .and_then(Option::as_ref)
        .map(|t| meta::read_header(t, &mut errors));
    let before_vetoes = errors.len();
    let vetoes = veto_table
        .as_ref()
        .and_then(Option::as_ref)
        .map(|t| vetoes::read(t, &mut errors));
    let vetoes_clean = errors.len() == before_vetoes && !unreadable;
    let Some(indicator_table) = indicator_table else {
        return Err(finish(errors, workbook));
    };
    // The 否决项 column is checked only against veto items read without trouble.
    let veto_list = match &vetoes {
        Some((list, _)) => list.as_slice(),
        None => base.vetoes.as_slice(),
    };
    let known_vetoes = vetoes_clean.then_some(veto_list);
    let read = indicators::read(&indicator_table, base, known_vetoes, &mut errors);
    if !errors.is_empty() || unreadable {
        return Err(finish(errors, workbook));
    }
    let Some((groups, indicator_rows, group_rows)) = read else {
        return Err(finish(errors, workbook));
    };

    let fields = match &header {
        Some((Some(fields), _)) => fields.clone(),
        Some((None, _)) => return Err(finish(errors, workbook)),
        // Without a 数据包 sheet (a CSV file) nothing states a total, so it is the sum of the
        // indicators (a bonus block's left out): a changed point value is the change the city
        // meant, not a mistake.
        None => meta::Header {
            total_points: groups
                .iter()
                .filter(|g| !g.is_bonus())
                .flat_map(|g| &g.indicators)
                .map(|i| i.max_points)
                .sum(),
            ..meta::Header::of(base)
        },
    };
    let same_pack = fields.id == base.id;
    let candidate = Pack {
        schema_version: PACK_SCHEMA_VERSION,
        id: fields.id,
        version: fields.version,
        title: fields.title,
        edition: fields.edition,
        issuer: fields.issuer,
        provenance: fields.provenance,
        // Not in the sheet: a city's edit keeps the base pack's methods text and retired IDs
        // (the list that stops an ID from being reused), unless it is another pack.
        methods_note: if same_pack {
            base.methods_note.clone()
        } else {
            Text::default()
        },
        points_official: fields.points_official,
        total_points: fields.total_points,
        sources: sources
            .as_ref()
            .map_or_else(|| base.sources.clone(), |(s, _)| s.clone()),
        groups,
        vetoes: veto_list.to_vec(),
        retired: if same_pack {
            base.retired.clone()
        } else {
            Vec::new()
        },
        pass_rule: fields.pass_rule,
    };
    match load_as_embedded(&candidate) {
        Ok(pack) => Ok(settle_version(pack, base)),
        Err(pack_errors) => {
            let places = Places {
                indicators: &indicator_table,
                indicator_rows: &indicator_rows,
                group_rows: &group_rows,
                vetoes: veto_table
                    .as_ref()
                    .and_then(Option::as_ref)
                    .zip(vetoes.as_ref().map(|(_, rows)| rows)),
                header: header_table
                    .as_ref()
                    .and_then(Option::as_ref)
                    .zip(header.as_ref().map(|(_, rows)| rows)),
                sources: source_table
                    .as_ref()
                    .and_then(Option::as_ref)
                    .zip(sources.as_ref().map(|(_, rows)| rows)),
            };
            let located = pack_errors
                .into_iter()
                .map(|e| places.locate(e, &candidate))
                .collect();
            Err(finish(located, workbook))
        }
    }
}

/// The one sheet that is none of the known others (a CSV file, or a renamed indicator sheet).
fn sole_other_sheet(workbook: &Workbook) -> Option<&RawSheet> {
    let others = [VETO_SHEET, PACK_SHEET, SOURCE_SHEET, README_SHEET];
    let mut candidates = workbook
        .sheets
        .iter()
        .filter(|s| !others.iter().any(|o| o.matches(&s.name)));
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

/// The sum of the 分值 column of the indicator sheet, as the import reads each cell: what the
/// pack's total would be. `3分` counts 3, as the import reads it; a cell the import refuses
/// (`1e3`, `2.55`) or an empty one adds nothing, so an editor's running total and the import
/// never disagree.
pub fn points_total(workbook: &Workbook) -> Points {
    let find = |name: SheetName| workbook.sheets.iter().find(|s| name.matches(&s.name));
    let Some(sheet) = find(INDICATOR_SHEET).or_else(|| sole_other_sheet(workbook)) else {
        return Points::ZERO;
    };
    let mut ignored = Vec::new();
    let Some(table) = Table::read(sheet, &INDICATOR_COLUMNS, false, &mut ignored) else {
        return Points::ZERO;
    };
    // Rows of a bonus block (a 加分上限 on any of its rows) are not part of the total. A row's
    // group is its 大项编号 or 大项 name; both blank is the row above's.
    let mut group = String::new();
    let keyed: Vec<_> = table
        .rows
        .iter()
        .map(|&row| {
            let key = [table.text(row, &GROUP_ID), table.text(row, &GROUP)]
                .into_iter()
                .find(|k| !k.is_empty());
            if let Some(key) = key {
                group = key;
            }
            (group.clone(), row)
        })
        .collect();
    let bonus: std::collections::HashSet<&String> = keyed
        .iter()
        .filter(|(_, row)| !table.text(*row, &GROUP_BONUS_CAP).is_empty())
        .map(|(key, _)| key)
        .collect();
    keyed
        .iter()
        .filter(|(key, _)| !bonus.contains(key))
        .filter_map(|&(_, row)| table.points(row, &POINTS, &mut ignored))
        .sum()
}

/// Runs the pack through exactly what an embedded pack goes through: written as JSON and
/// loaded. The pack returned is the loaded one, so what a user gets is what a reload gives.
fn load_as_embedded(pack: &Pack) -> Result<Pack, Vec<PackError>> {
    let json = serde_json::to_string(pack).map_err(|e| {
        vec![PackError {
            location: pack::Location::Pack {
                field: String::new(),
            },
            kind: PackErrorKind::Shape {
                detail: e.to_string(),
            },
        }]
    })?;
    pack::load(&json)
}

/// Same ID as the pack in use, changed content, version not raised: the version goes up by one.
/// Same content: the version stays the base's.
fn settle_version(mut pack: Pack, base: &Pack) -> Pack {
    if pack.id == base.id && pack.version <= base.version {
        pack.version = base.version;
        if pack != *base {
            pack.version = base.version.saturating_add(1);
        }
    }
    pack
}

/// Sorted by sheet (in file order), row and column; cut at [`MAX_ERRORS`].
fn finish(mut errors: Vec<SheetError>, workbook: &Workbook) -> Vec<SheetError> {
    let sheet_index = |name: &str| {
        workbook
            .sheets
            .iter()
            .position(|s| s.name == name)
            .unwrap_or(usize::MAX)
    };
    // A formula cell reads as empty; what that causes at the same cell is not worth saying.
    let formulas: Vec<(String, Option<u32>, Option<u32>)> = errors
        .iter()
        .filter(|e| matches!(e.kind, SheetErrorKind::Formula { .. }))
        .map(|e| (e.sheet.clone(), e.row, e.column))
        .collect();
    errors.retain(|e| {
        matches!(e.kind, SheetErrorKind::Formula { .. })
            || !formulas.contains(&(e.sheet.clone(), e.row, e.column))
    });
    errors.sort_by_key(|e| {
        (
            sheet_index(&e.sheet),
            e.row.unwrap_or(0),
            e.column.unwrap_or(0),
        )
    });
    if errors.len() > MAX_ERRORS {
        errors.truncate(MAX_ERRORS);
        errors.push(SheetError::at(
            "",
            None,
            None,
            SheetErrorKind::TooManyErrors { shown: MAX_ERRORS },
        ));
    }
    errors
}
