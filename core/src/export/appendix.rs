//! Long texts in the printed 自评表. A note or 扣分原因 of a page or more would stretch one row
//! of a narrow column over many pages (10,000 characters turned a 10-page report into 56), so
//! in print such a cell refers to a numbered note at the end of the report, where the text has
//! the full page width. Files (CSV, Excel) keep every text in its cell.

use super::printed_rows::{printed_indicators, TableOptions};
use crate::{Assessment, Lang, Pack, Report};

/// A text longer than this (in characters) goes to the appendix in print.
pub const PRINT_CELL_CHARS: usize = 200;

/// Which field a long text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LongField {
    /// 扣分原因.
    LostReason,
    /// 备注.
    Notes,
}

impl LongField {
    /// The column's title.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (LongField::LostReason, Lang::Zh) => "扣分原因",
            (LongField::LostReason, Lang::En) => "Reason for lost points",
            (LongField::Notes, Lang::Zh) => "备注",
            (LongField::Notes, Lang::En) => "Notes",
        }
    }
}

/// One long text printed at the end of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppendixNote {
    /// 附录 number, from 1, in the order the table shows the indicators.
    pub number: usize,
    /// The indicator's ID.
    pub id: String,
    /// "B-01 名称" in the language asked for.
    pub indicator: String,
    /// Which column the text belongs to.
    pub field: LongField,
    /// The whole text.
    pub text: String,
}

fn is_long(text: &str) -> bool {
    text.chars().count() > PRINT_CELL_CHARS
}

/// What the printed cell says instead of a long text: "见附录 3".
pub(crate) fn reference(number: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("内容较长，见附录 {number}"),
        Lang::En => format!("Long text: see appendix note {number}"),
    }
}

/// The long texts of the printed 自评表 with `options`, numbered in table order.
pub fn printed_appendix(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    options: TableOptions,
    lang: Lang,
) -> Vec<AppendixNote> {
    let mut notes = Vec::new();
    for (_, indicator) in printed_indicators(pack, report, options) {
        let Some(entry) = assessment.entry(&indicator.id) else {
            continue;
        };
        let mut fields = vec![(LongField::LostReason, &entry.lost_reason)];
        if options.include_notes {
            fields.push((LongField::Notes, &entry.notes));
        }
        for (field, text) in fields {
            if is_long(text) {
                notes.push(AppendixNote {
                    number: notes.len() + 1,
                    id: indicator.id.clone(),
                    indicator: format!("{} {}", indicator.id, indicator.name.get(lang)),
                    field,
                    text: text.clone(),
                });
            }
        }
    }
    notes
}
