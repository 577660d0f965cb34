//! The 否决项 sheet: one veto item per row, decided by a declaration or a threshold on a value
//! taken from a calculator indicator or computed on the row itself.

use super::super::columns::*;
use super::super::error::{SheetError, SheetErrorKind};
use super::super::syntax;
use super::grid::Table;
use super::indicators::{calculator, provenance, Rows};
use crate::pack::{Veto, VetoTest, VetoValue};
use crate::Text;
use std::collections::HashMap;

/// Reads every veto row: the items read without trouble, and where each ID is.
pub(super) fn read(table: &Table<'_>, errors: &mut Vec<SheetError>) -> (Vec<Veto>, Rows) {
    let mut vetoes = Vec::new();
    let mut rows: Rows = HashMap::new();
    for row in &table.rows {
        let row = *row;
        let before = errors.len();
        let text = |zh: &Column, en: &Column| Text::new(table.text(row, zh), table.text(row, en));
        let id = table.text(row, &VETO_ID);
        if id.is_empty() {
            let kind = SheetErrorKind::Required { when: None };
            errors.push(table.error(Some(row.number), &VETO_ID, kind));
        } else if let Some(first) = rows.get(&id) {
            let kind = SheetErrorKind::DuplicateId {
                id: id.clone(),
                first_row: Some(*first),
            };
            errors.push(table.error(Some(row.number), &VETO_ID, kind));
        } else {
            rows.insert(id.clone(), row.number);
        }

        let label = table.text(row, &VETO_TEST);
        let test = if label.is_empty() {
            let kind = SheetErrorKind::Required { when: None };
            errors.push(table.error(Some(row.number), &VETO_TEST, kind));
            None
        } else {
            match syntax::parse_veto_test(&label) {
                Ok(true) => Some(VetoTest::Declaration {
                    question: text(&VETO_QUESTION, &VETO_QUESTION_EN),
                }),
                Ok(false) => threshold(table, row, &label, errors),
                Err(e) => {
                    errors.push(table.cell_error(row, &VETO_TEST, e));
                    None
                }
            }
        };
        let provenance = provenance(table, row, errors);
        if errors.len() > before {
            continue;
        }
        if let (Some(test), Some(provenance)) = (test, provenance) {
            vetoes.push(Veto {
                id,
                name: text(&VETO_NAME, &VETO_NAME_EN),
                description: text(&VETO_DESCRIPTION, &VETO_DESCRIPTION_EN),
                test,
                provenance,
            });
        }
    }
    (vetoes, rows)
}

fn threshold(
    table: &Table<'_>,
    row: super::grid::Row<'_>,
    label: &str,
    errors: &mut Vec<SheetError>,
) -> Option<VetoTest> {
    let at_least = table.value(row, &VETO_AT_LEAST, errors);
    let from = table.text(row, &VETO_FROM);
    let value = if from.is_empty() {
        calculator(table, row, label, errors).map(VetoValue::Calculator)
    } else {
        Some(VetoValue::Indicator { indicator: from })
    };
    Some(VetoTest::Threshold {
        value: value?,
        at_least: at_least?,
    })
}
