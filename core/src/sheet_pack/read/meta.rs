//! The 数据包 sheet (one item per row: ID, version, title, total, pass rule…) and the 出处
//! sheet (one source per row).

use super::super::columns::{
    Column, ITEM, PACK_EDITION, PACK_ID, PACK_ISSUER, PACK_ITEMS, PACK_OFFICIAL, PACK_PASS_MARK,
    PACK_PASS_RULE, PACK_PROVENANCE, PACK_REBASE, PACK_TITLE, PACK_TOTAL, PACK_VERSION,
    SOURCE_COPY_URL, SOURCE_ID, SOURCE_ISSUER, SOURCE_ISSUER_EN, SOURCE_PUBLICATION,
    SOURCE_PUBLICATION_EN, SOURCE_TITLE, SOURCE_TITLE_EN, SOURCE_URL, VALUE, VALUE_EN,
};
use super::super::error::{NumberKind, SheetError, SheetErrorKind};
use super::grid::{Row, Table};
use crate::pack::{Pack, PassRule, Source};
use crate::{Points, Text};
use std::collections::HashMap;

/// The pack-level fields.
#[derive(Clone, Debug)]
pub(super) struct Header {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub edition: String,
    pub issuer: Text,
    pub provenance: Text,
    pub points_official: bool,
    pub total_points: Points,
    pub pass_rule: PassRule,
}

impl Header {
    /// The fields of the pack in use, for an import without a 数据包 sheet.
    pub fn of(pack: &Pack) -> Header {
        Header {
            id: pack.id.clone(),
            version: pack.version,
            title: pack.title.clone(),
            edition: pack.edition.clone(),
            issuer: pack.issuer.clone(),
            provenance: pack.provenance.clone(),
            points_official: pack.points_official,
            total_points: pack.total_points,
            pass_rule: pack.pass_rule.clone(),
        }
    }
}

/// Where each item of the 数据包 sheet is: its Chinese title → row.
pub(super) type HeaderRows = HashMap<&'static str, u32>;

/// Reads the 数据包 sheet; `None` for the fields when any item is missing or unreadable.
pub(super) fn read_header(
    table: &Table<'_>,
    errors: &mut Vec<SheetError>,
) -> (Option<Header>, HeaderRows) {
    let mut rows: HashMap<&'static str, Row<'_>> = HashMap::new();
    for row in &table.rows {
        let title = table.text(*row, &ITEM);
        let Some(item) = PACK_ITEMS.iter().find(|c| c.matches(&title)) else {
            continue;
        };
        if let Some(first) = rows.get(item.zh) {
            let kind = SheetErrorKind::DuplicateId {
                id: title,
                first_row: Some(first.number),
            };
            errors.push(table.error(Some(row.number), &ITEM, kind));
            continue;
        }
        rows.insert(item.zh, *row);
    }
    let numbers = rows.iter().map(|(k, r)| (*k, r.number)).collect();
    let mut complete = true;
    for item in PACK_ITEMS {
        if !rows.contains_key(item.zh) {
            complete = false;
            let kind = SheetErrorKind::MissingRow {
                item: item.zh.into(),
                alias: item.en.into(),
            };
            errors.push(table.error(None, &ITEM, kind));
        }
    }
    if !complete {
        return (None, numbers);
    }
    let row = |item: &Column| rows[item.zh];
    let text = |item: &Column| {
        Text::new(
            table.text(row(item), &VALUE),
            table.text(row(item), &VALUE_EN),
        )
    };

    let version = match table.whole(row(&PACK_VERSION), &VALUE, NumberKind::Whole, errors) {
        Ok(Some(v)) if v > 0 => Some(v),
        Ok(_) => {
            let kind = SheetErrorKind::NotANumber {
                found: table.text(row(&PACK_VERSION), &VALUE),
                expected: NumberKind::Whole,
            };
            errors.push(table.error(Some(row(&PACK_VERSION).number), &VALUE, kind));
            None
        }
        Err(()) => None,
    };
    let official = table.yes_no(row(&PACK_OFFICIAL), &VALUE, false, errors);
    let total = table.points(row(&PACK_TOTAL), &VALUE, errors);
    let pass_mark = table.points(row(&PACK_PASS_MARK), &VALUE, errors);
    let rebase = table.yes_no(row(&PACK_REBASE), &VALUE, false, errors);
    let (Some(version), Some(official), Some(total), Some(pass_mark), Some(rebase)) =
        (version, official, total, pass_mark, rebase)
    else {
        return (None, numbers);
    };
    let header = Header {
        id: table.text(row(&PACK_ID), &VALUE),
        version,
        title: text(&PACK_TITLE),
        edition: table.text(row(&PACK_EDITION), &VALUE),
        issuer: text(&PACK_ISSUER),
        provenance: text(&PACK_PROVENANCE),
        points_official: official,
        total_points: total,
        pass_rule: PassRule {
            min_total: pass_mark,
            rebase_not_applicable: rebase,
            summary: text(&PACK_PASS_RULE),
        },
    };
    (Some(header), numbers)
}

/// Reads the 出处 sheet: the sources and the row of each, in order.
pub(super) fn read_sources(
    table: &Table<'_>,
    errors: &mut Vec<SheetError>,
) -> (Vec<Source>, Vec<u32>) {
    let mut sources = Vec::new();
    let mut rows = Vec::new();
    let mut first: HashMap<String, u32> = HashMap::new();
    for row in &table.rows {
        let id = table.text(*row, &SOURCE_ID);
        if id.is_empty() {
            let kind = SheetErrorKind::Required { when: None };
            errors.push(table.error(Some(row.number), &SOURCE_ID, kind));
            continue;
        }
        if let Some(first_row) = first.get(&id) {
            let kind = SheetErrorKind::DuplicateId {
                id,
                first_row: Some(*first_row),
            };
            errors.push(table.error(Some(row.number), &SOURCE_ID, kind));
            continue;
        }
        first.insert(id.clone(), row.number);
        sources.push(Source {
            id,
            title: Text::new(
                table.text(*row, &SOURCE_TITLE),
                table.text(*row, &SOURCE_TITLE_EN),
            ),
            issuer: Text::new(
                table.text(*row, &SOURCE_ISSUER),
                table.text(*row, &SOURCE_ISSUER_EN),
            ),
            publication: Text::new(
                table.text(*row, &SOURCE_PUBLICATION),
                table.text(*row, &SOURCE_PUBLICATION_EN),
            ),
            url: table.text(*row, &SOURCE_URL),
            copy_url: table.text(*row, &SOURCE_COPY_URL),
        });
        rows.push(row.number);
    }
    (sources, rows)
}
