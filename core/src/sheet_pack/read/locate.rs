//! Pack validation errors pointed back at the spreadsheet: the indicator (or veto item, or 数据包
//! item) gives the row, the field path gives the column. The kinds a clerk fixes by editing
//! numbers — sums, threshold order, duplicate IDs — become sheet error kinds of their own; the
//! rest keep the pack error inside.

use super::super::columns::*;
use super::super::error::{PointsPart, SheetError, SheetErrorKind};
use super::grid::Table;
use super::indicators::Rows;
use super::meta::HeaderRows;
use crate::pack::{Location, Pack, PackError, PackErrorKind, Rule};

/// Where the parts of a pack came from.
pub(super) struct Places<'t, 'a> {
    pub indicators: &'t Table<'a>,
    pub indicator_rows: &'t Rows,
    pub group_rows: &'t Rows,
    pub vetoes: Option<(&'t Table<'a>, &'t Rows)>,
    pub header: Option<(&'t Table<'a>, &'t HeaderRows)>,
    pub sources: Option<(&'t Table<'a>, &'t Vec<u32>)>,
}

/// `field` is `prefix` or starts with it followed by `.` or `[`.
fn under(field: &str, prefix: &str) -> bool {
    field
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

fn first_match(field: &str, table: &[(&str, &'static Column)]) -> Option<&'static Column> {
    table
        .iter()
        .find(|(prefix, _)| under(field, prefix))
        .map(|(_, column)| *column)
}

fn indicator_column(field: &str, rule: Option<&Rule>) -> Option<&'static Column> {
    if field == "rule" {
        return Some(match rule {
            Some(Rule::Levels { .. }) => &LEVELS,
            Some(Rule::SubItems { .. }) => &SUB_ITEMS,
            Some(Rule::Calculator(_)) => &THRESHOLDS,
            Some(Rule::Deductions { .. }) | None => &RULE,
        });
    }
    first_match(
        field,
        &[
            ("rule.levels", &LEVELS),
            ("rule.items", &SUB_ITEMS),
            ("rule.per_finding", &PER_FINDING),
            ("rule.finding", &FINDING),
            ("rule.inputs", &INPUTS),
            ("rule.formula", &FORMULA),
            ("rule.result_unit", &RESULT_UNIT),
            ("rule.thresholds", &THRESHOLDS),
            ("rule", &RULE),
            ("id", &ID),
            ("name", &NAME),
            ("requirement", &REQUIREMENT),
            ("scoring", &SCORING),
            ("methods", &METHODS),
            ("evidence", &EVIDENCE),
            ("departments", &DEPARTMENTS),
            ("max_points", &POINTS),
            ("key_item", &KEY_FLOOR),
            ("na_allowed", &NA_ALLOWED),
            ("provenance.sources", &SOURCES),
            ("provenance.note", &NOTE),
            ("provenance", &CONFIDENCE),
            ("example", &EXAMPLE),
        ],
    )
}

fn veto_column(field: &str) -> Option<&'static Column> {
    first_match(
        field,
        &[
            ("id", &VETO_ID),
            ("name", &VETO_NAME),
            ("description", &VETO_DESCRIPTION),
            ("test.question", &VETO_QUESTION),
            ("test.value.indicator", &VETO_FROM),
            ("test.value.inputs", &INPUTS),
            ("test.value.formula", &FORMULA),
            ("test.value.result_unit", &RESULT_UNIT),
            ("test.at_least", &VETO_AT_LEAST),
            ("test", &VETO_TEST),
            ("provenance.sources", &SOURCES),
            ("provenance.note", &NOTE),
            ("provenance", &CONFIDENCE),
        ],
    )
}

fn header_item(field: &str) -> Option<&'static Column> {
    first_match(
        field,
        &[
            ("id", &PACK_ID),
            ("version", &PACK_VERSION),
            ("title", &PACK_TITLE),
            ("edition", &PACK_EDITION),
            ("issuer", &PACK_ISSUER),
            ("provenance", &PACK_PROVENANCE),
            ("points_official", &PACK_OFFICIAL),
            ("total_points", &PACK_TOTAL),
            ("pass_rule.min_total", &PACK_PASS_MARK),
            ("pass_rule.rebase_not_applicable", &PACK_REBASE),
            ("pass_rule", &PACK_PASS_RULE),
        ],
    )
}

/// The sheet error kind for a pack error; `part` says which sum a rule's best answer is.
fn kind(error: PackError, part: PointsPart) -> SheetErrorKind {
    match error.kind {
        PackErrorKind::ThresholdOutOfOrder { index } => SheetErrorKind::ThresholdsOrder {
            position: index + 1,
        },
        PackErrorKind::PointsDoNotSum { stated, sum } => SheetErrorKind::PointsTotal {
            part: PointsPart::Total,
            stated,
            sum,
        },
        PackErrorKind::RuleMaxMismatch {
            rule_max,
            max_points,
        } => SheetErrorKind::PointsTotal {
            part,
            stated: max_points,
            sum: rule_max,
        },
        PackErrorKind::DuplicateId { id } => SheetErrorKind::DuplicateId {
            id,
            first_row: None,
        },
        _ => SheetErrorKind::Invalid(Box::new(error)),
    }
}

fn at(
    table: &Table<'_>,
    row: Option<u32>,
    column: Option<&Column>,
    kind: SheetErrorKind,
) -> SheetError {
    match column {
        Some(column) => table.error(row, column, kind),
        None => SheetError::at(table.name, row, None, kind),
    }
}

impl Places<'_, '_> {
    /// The pack error at the cell it came from, as near as can be said.
    pub fn locate(&self, error: PackError, pack: &Pack) -> SheetError {
        let location = error.location.clone();
        match &location {
            Location::Indicator { indicator, field } => {
                let rule = pack.indicator(indicator).map(|i| &i.rule);
                let part = match rule {
                    Some(Rule::Levels { .. }) => PointsPart::Levels,
                    Some(Rule::SubItems { .. }) => PointsPart::SubItems,
                    _ => PointsPart::Thresholds,
                };
                let row = self.indicator_rows.get(indicator).copied();
                let column = indicator_column(field, rule);
                at(self.indicators, row, column, kind(error, part))
            }
            Location::Group { group, field } => {
                let row = self.group_rows.get(group).copied();
                let column = if under(field, "id") && self.indicators.has(&GROUP_ID) {
                    &GROUP_ID
                } else if under(field, "points") {
                    &POINTS
                } else {
                    &GROUP
                };
                at(
                    self.indicators,
                    row,
                    Some(column),
                    kind(error, PointsPart::Total),
                )
            }
            Location::Veto { veto, field } => match self.vetoes {
                Some((table, rows)) => {
                    let row = rows.get(veto).copied();
                    at(
                        table,
                        row,
                        veto_column(field),
                        kind(error, PointsPart::Thresholds),
                    )
                }
                // Veto items kept from the pack in use: point at the indicator they need.
                None => match &error.kind {
                    PackErrorKind::BadIndicatorRef { id } => {
                        let row = self.indicator_rows.get(id).copied();
                        let column = if row.is_some() { &RULE } else { &ID };
                        at(
                            self.indicators,
                            row,
                            Some(column),
                            SheetErrorKind::Invalid(Box::new(error)),
                        )
                    }
                    _ => at(
                        self.indicators,
                        None,
                        None,
                        SheetErrorKind::Invalid(Box::new(error)),
                    ),
                },
            },
            Location::Pack { field } => {
                if let Some(index) = field
                    .strip_prefix("sources[")
                    .and_then(|rest| rest.split(']').next())
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    if let Some((table, rows)) = self.sources {
                        let row = rows.get(index).copied();
                        let column = if field.ends_with(".url") {
                            &SOURCE_URL
                        } else {
                            &SOURCE_ID
                        };
                        return at(table, row, Some(column), kind(error, PointsPart::Total));
                    }
                }
                match (self.header, header_item(field)) {
                    (Some((table, rows)), Some(item)) => {
                        let row = rows.get(item.zh).copied();
                        at(table, row, Some(&VALUE), kind(error, PointsPart::Total))
                    }
                    // No 数据包 sheet: the total is the indicators' sum and the pass mark the
                    // pack in use's, so the indicators' points are what can be changed.
                    _ => at(
                        self.indicators,
                        None,
                        Some(&POINTS),
                        kind(error, PointsPart::Total),
                    ),
                }
            }
        }
    }
}
