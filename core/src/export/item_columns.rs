//! The columns an evidence item has in the package's tables — the 资料目录, each 材料提交表 and
//! the per-department list — each with its title and its cell, so a column is named and filled
//! the same way in every table that shows it.

use super::sheet::Cell;
use super::tables::headers;
use crate::assessment::Evidence;
use crate::pack::Indicator;
use crate::Lang;

/// One column of an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ItemColumn {
    Number,
    Indicator,
    Kind,
    Title,
    Date,
    Issuer,
    Department,
    Location,
    Pages,
    Proves,
    State,
}

/// An item with what its cells are read from.
pub(super) struct ItemRow<'a> {
    /// The indicator's ID.
    pub id: &'a str,
    /// The indicator, when the pack has it.
    pub indicator: Option<&'a Indicator>,
    /// The item.
    pub item: &'a Evidence,
    /// Its 页号, when known.
    pub pages: Option<&'a str>,
}

impl ItemColumn {
    fn title(self) -> (&'static str, &'static str) {
        match self {
            ItemColumn::Number => ("编号", "No."),
            ItemColumn::Indicator => ("评价指标", "Indicator"),
            ItemColumn::Kind => ("类型", "Type"),
            ItemColumn::Title => ("材料名称", "Title"),
            ItemColumn::Date => ("日期或时段", "Date or period"),
            ItemColumn::Issuer => ("发文单位", "Issued by"),
            ItemColumn::Department => ("责任单位", "Supplied by"),
            ItemColumn::Location => ("存放位置", "Kept at"),
            ItemColumn::Pages => ("页号", "Pages"),
            ItemColumn::Proves => ("证明的要求", "What it proves"),
            ItemColumn::State => ("状态", "State"),
        }
    }

    fn cell(self, row: &ItemRow, lang: Lang) -> Cell {
        let item = row.item;
        match self {
            ItemColumn::Number => Cell::text(item.number(row.id)),
            ItemColumn::Indicator => Cell::text(row.indicator.map_or(row.id, |i| i.name.get(lang))),
            ItemColumn::Kind => Cell::text(item.kind.label().get(lang)),
            ItemColumn::Title => Cell::text(item.title.trim()),
            ItemColumn::Date => Cell::text(item.date.as_str()),
            ItemColumn::Issuer => Cell::text(item.issuer.as_str()),
            ItemColumn::Department => Cell::text(department(item, row.indicator, lang)),
            ItemColumn::Location => Cell::text(item.location.trim()),
            ItemColumn::Pages => Cell::text(row.pages.unwrap_or("")),
            ItemColumn::Proves => Cell::text(item.proves.trim()),
            ItemColumn::State => Cell::text(item.state.label().get(lang)),
        }
    }
}

/// The header row for `columns`.
pub(super) fn item_headers(columns: &[ItemColumn], lang: Lang) -> Vec<String> {
    let titles: Vec<(&str, &str)> = columns.iter().map(|c| c.title()).collect();
    headers(lang, &titles)
}

/// The cells of `row` in `columns`.
pub(super) fn item_cells(columns: &[ItemColumn], row: &ItemRow, lang: Lang) -> Vec<Cell> {
    columns.iter().map(|c| c.cell(row, lang)).collect()
}

/// Who supplies an item: its own 责任单位, else the first the pack names for its indicator.
pub(super) fn department(item: &Evidence, indicator: Option<&Indicator>, lang: Lang) -> String {
    let own = item.department.trim();
    if !own.is_empty() {
        return own.to_owned();
    }
    indicator
        .and_then(|i| i.departments.first())
        .map(|d| d.get(lang).to_owned())
        .unwrap_or_default()
}
