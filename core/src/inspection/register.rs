//! The city's register of inspection points (点位库), read from its spreadsheet: one row per
//! point with 区县, 街道/乡镇, 业态, 单位名称 and the rest. Problems are named by row and
//! column as the criteria import names them, and a register with any problem is refused
//! whole; a 业态 the type list does not know is kept as written and reported, never dropped.

use super::point::Point;
use super::unit_types::UnitTypes;
use crate::sheet_pack::columns::Column;
use crate::sheet_pack::read::grid::Table;
use crate::sheet_pack::{NumberKind, RawSheet, SheetError, SheetErrorKind};
use crate::Decimal;

static AREA: Column = Column::plain("区县", "District", true);
static STREET: Column = Column::plain("街道/乡镇", "Street", true);
static TYPE: Column = Column::plain("业态", "Type", true);
static NAME: Column = Column::plain("单位名称", "Name", true);
static ADDRESS: Column = Column::plain("地址", "Address", false);
static CONTACT: Column = Column::plain("负责人/联系电话", "Contact", false);
static ASSIGNED: Column = Column::plain("包保单位", "Assigned unit", false);
static LONGITUDE: Column = Column::plain("经度", "Longitude", false);
static LATITUDE: Column = Column::plain("纬度", "Latitude", false);
static COLUMNS: [&Column; 9] = [
    &AREA, &STREET, &TYPE, &NAME, &ADDRESS, &CONTACT, &ASSIGNED, &LONGITUDE, &LATITUDE,
];

/// A 业态 the type list does not know, where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownType {
    /// The row.
    pub row: u32,
    /// The text.
    pub text: String,
}

/// A register read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterRead {
    /// Every point, in register order.
    pub points: Vec<Point>,
    /// The rows whose 业态 is not on the type list (their points are kept).
    pub unknown_types: Vec<UnknownType>,
}

/// Reads a register sheet: every problem, each at its row and column, or the points.
pub fn read_register(sheet: &RawSheet, types: &UnitTypes) -> Result<RegisterRead, Vec<SheetError>> {
    let mut errors = Vec::new();
    let Some(table) = Table::read(sheet, &COLUMNS, false, &mut errors) else {
        return Err(errors);
    };
    let mut read = RegisterRead {
        points: Vec::new(),
        unknown_types: Vec::new(),
    };
    for row in &table.rows {
        let required = [&AREA, &STREET, &TYPE, &NAME]
            .map(|c| table.needed(*row, c, "", &mut errors).unwrap_or_default());
        let [area, street, kind, name] = required;
        let unit_type = match types.find(&kind) {
            Some(t) => t.id.clone(),
            None => {
                if !kind.is_empty() {
                    read.unknown_types.push(UnknownType {
                        row: row.number,
                        text: kind.clone(),
                    });
                }
                kind
            }
        };
        let coordinate = |column: &Column, errors: &mut Vec<SheetError>| {
            let text = table.text(*row, column);
            if text.is_empty() {
                return Ok(None);
            }
            Decimal::parse(&text).map(Some).map_err(|_| {
                let kind = SheetErrorKind::NotANumber {
                    found: text,
                    expected: NumberKind::Value,
                };
                errors.push(table.error(Some(row.number), column, kind));
            })
        };
        let position = match (
            coordinate(&LONGITUDE, &mut errors),
            coordinate(&LATITUDE, &mut errors),
        ) {
            (Ok(Some(lng)), Ok(Some(lat))) => Some((lng, lat)),
            (Ok(Some(_)), Ok(None)) => {
                let kind = SheetErrorKind::Required {
                    when: Some(LONGITUDE.zh.into()),
                };
                errors.push(table.error(Some(row.number), &LATITUDE, kind));
                None
            }
            (Ok(None), Ok(Some(_))) => {
                let kind = SheetErrorKind::Required {
                    when: Some(LATITUDE.zh.into()),
                };
                errors.push(table.error(Some(row.number), &LONGITUDE, kind));
                None
            }
            _ => None,
        };
        read.points.push(Point {
            number: u32::try_from(read.points.len() + 1).unwrap_or(u32::MAX),
            area,
            street,
            unit_type,
            name,
            address: table.text(*row, &ADDRESS),
            contact: table.text(*row, &CONTACT),
            assigned: table.text(*row, &ASSIGNED),
            position,
        });
    }
    if errors.is_empty() {
        Ok(read)
    } else {
        Err(errors)
    }
}
