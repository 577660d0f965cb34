//! The evidence package as a reviewer and a 食安办 see it: the 资料目录 (every item by major
//! item, with its number), the counts ready and missing per major item, and what each 责任单位
//! must still supply. Items of an indicator the pack does not have are kept and listed apart,
//! as unknown answers are.

use super::item_columns::{department, item_cells, item_headers, ItemColumn, ItemRow};
use super::sheet::{Cell, Sheet};
use super::tables::headers;
use crate::assessment::{Entry, Evidence, EvidenceState};
use crate::{Assessment, Lang, Pack, Text};
use std::collections::BTreeMap;

use ItemColumn::*;

/// The 资料目录's columns.
const INDEX_COLUMNS: [ItemColumn; 10] = [
    Number, Indicator, Kind, Title, Date, Issuer, Department, Location, Pages, State,
];
/// The per-department list's columns.
const DUE_COLUMNS: [ItemColumn; 5] = [Number, Indicator, Title, Location, State];

/// How many items are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StateCounts {
    /// 已备齐.
    pub ready: usize,
    /// 待补充.
    pub missing: usize,
    /// 无法提供.
    pub unavailable: usize,
}

impl StateCounts {
    pub(super) fn add(&mut self, state: EvidenceState) {
        match state {
            EvidenceState::Ready => self.ready += 1,
            EvidenceState::Missing => self.missing += 1,
            EvidenceState::Unavailable => self.unavailable += 1,
        }
    }

    /// All items counted.
    pub fn total(&self) -> usize {
        self.ready + self.missing + self.unavailable
    }
}

/// One section of the 资料目录: a major item (or the indicators the pack lacks) and its items.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexSection {
    /// The major item's ID; empty for indicators the pack does not have.
    pub group: String,
    /// Its name in the user's language ("数据包中没有的指标" for the rest).
    pub name: String,
    /// Items by state.
    pub counts: StateCounts,
    /// The items, in indicator order and then number order.
    pub sheet: Sheet,
    /// Each indicator with items, in order, and where its rows are in `sheet`: a screen lists
    /// thousands of items an indicator at a time.
    pub parts: Vec<IndexPart>,
}

/// One indicator's share of a section of the 资料目录.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexPart {
    /// The indicator's ID.
    pub indicator: String,
    /// Its name, or the ID when the pack does not have it.
    pub name: String,
    /// Its items by state.
    pub counts: StateCounts,
    /// Its rows in the section's sheet.
    pub rows: std::ops::Range<usize>,
}

/// The items of one indicator in number order, with the indicator's ID.
pub(super) fn items_of<'a>(
    id: &'a str,
    entry: &'a Entry,
) -> impl Iterator<Item = (&'a str, &'a Evidence)> {
    let mut items: Vec<&Evidence> = entry.evidence.iter().collect();
    items.sort_by_key(|e| e.seq);
    items.into_iter().map(move |e| (id, e))
}

/// The 资料目录: one section per major item in pack order, then the indicators the pack does
/// not have. Sections without items are left out.
pub fn package_index(pack: &Pack, assessment: &Assessment, lang: Lang) -> Vec<IndexSection> {
    let pages = page_ranges(pack, assessment);
    package_summary(pack, assessment, lang)
        .into_iter()
        .map(|summary| {
            let rows = summary
                .parts
                .iter()
                .filter_map(|part| {
                    let id = part.indicator.as_str();
                    assessment.entry(id).map(|e| (id, e))
                })
                .flat_map(|(id, entry)| {
                    let indicator = pack.indicator(id);
                    let pages = &pages;
                    items_of(id, entry).map(move |(id, item)| {
                        let row = ItemRow {
                            id,
                            indicator,
                            item,
                            pages: pages.get(&item.number(id)).map(String::as_str),
                        };
                        item_cells(&INDEX_COLUMNS, &row, lang)
                    })
                })
                .collect();
            IndexSection {
                group: summary.group,
                name: summary.name,
                counts: summary.counts,
                sheet: Sheet {
                    headers: item_headers(&INDEX_COLUMNS, lang),
                    rows,
                },
                parts: summary.parts,
            }
        })
        .collect()
}

/// A section of the 资料目录 counted but not written out: what a screen shows first.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexSummary {
    /// The major item's ID; empty for indicators the pack does not have.
    pub group: String,
    /// Its name in the user's language.
    pub name: String,
    /// Items by state.
    pub counts: StateCounts,
    /// Each indicator with items, with the rows it takes in the section's sheet.
    pub parts: Vec<IndexPart>,
}

/// The 资料目录's sections with their counts per indicator, without a cell of text: cheap enough
/// to build on every change of a 5,000-item package (sections without items are left out).
pub fn package_summary(pack: &Pack, assessment: &Assessment, lang: Lang) -> Vec<IndexSummary> {
    let mut sections: Vec<IndexSummary> = pack
        .groups
        .iter()
        .map(|group| {
            let ids = group
                .indicators
                .iter()
                .map(|i| (i.id.as_str(), i.name.get(lang)));
            summary(assessment, &group.id, group.name.get(lang), ids)
        })
        .collect();
    let unknown = assessment
        .entries
        .keys()
        .filter(|id| pack.indicator(id).is_none())
        .map(|id| (id.as_str(), id.as_str()));
    let name = Text::new("数据包中没有的指标", "Indicators not in the pack");
    sections.push(summary(assessment, "", name.get(lang), unknown));
    sections.retain(|s| s.counts.total() > 0);
    sections
}

fn summary<'a>(
    assessment: &Assessment,
    group: &str,
    name: &str,
    indicators: impl Iterator<Item = (&'a str, &'a str)>,
) -> IndexSummary {
    let mut counts = StateCounts::default();
    let mut parts = Vec::new();
    let mut row = 0;
    for (id, indicator_name) in indicators {
        let Some(entry) = assessment.entry(id).filter(|e| !e.evidence.is_empty()) else {
            continue;
        };
        let mut part = IndexPart {
            indicator: id.to_owned(),
            name: indicator_name.to_owned(),
            counts: StateCounts::default(),
            rows: row..row + entry.evidence.len(),
        };
        for item in &entry.evidence {
            part.counts.add(item.state);
            counts.add(item.state);
        }
        row = part.rows.end;
        parts.push(part);
    }
    IndexSummary {
        group: group.to_owned(),
        name: name.to_owned(),
        counts,
        parts,
    }
}

/// Every item in the order of the 资料目录: major items in pack order, indicators, numbers;
/// then the indicators the pack does not have.
fn in_index_order<'a>(
    pack: &'a Pack,
    assessment: &'a Assessment,
) -> impl Iterator<Item = (&'a str, &'a Evidence)> {
    let in_pack = pack.indicators().map(|i| i.id.as_str());
    let unknown = assessment
        .entries
        .keys()
        .map(String::as_str)
        .filter(|id| pack.indicator(id).is_none());
    in_pack
        .chain(unknown)
        .filter_map(|id| assessment.entry(id).map(|e| (id, e)))
        .flat_map(|(id, e)| items_of(id, e))
}

/// The 页号 of each item, by number (`B-01-02` → `13–15`): the pages of a box (卷) are
/// numbered through in the order of the 资料目录, as a 卷内目录 does. An item with no page
/// count given leaves itself and the rest of its box unnumbered, since their pages cannot be
/// known; items with no place belong to no box and get none.
fn page_ranges(pack: &Pack, assessment: &Assessment) -> BTreeMap<String, String> {
    let mut next: BTreeMap<&str, Option<u32>> = BTreeMap::new();
    let mut ranges = BTreeMap::new();
    for (id, item) in in_index_order(pack, assessment) {
        let place = item.location.trim();
        if place.is_empty() {
            continue;
        }
        let first = next.entry(place).or_insert(Some(1));
        match (*first, item.pages) {
            (Some(from), pages) if pages > 0 => {
                let to = from + pages - 1;
                let range = if pages == 1 {
                    from.to_string()
                } else {
                    format!("{from}–{to}")
                };
                ranges.insert(item.number(id), range);
                *first = Some(to + 1);
            }
            _ => *first = None,
        }
    }
    ranges
}

/// The whole 资料目录 as one table with the major item in front, for CSV and Excel.
pub fn package_index_table(pack: &Pack, assessment: &Assessment, lang: Lang) -> Sheet {
    let sections = package_index(pack, assessment, lang);
    let mut headers = headers(lang, &[("大项", "Major item")]);
    headers.extend(item_headers(&INDEX_COLUMNS, lang));
    let rows = sections
        .into_iter()
        .flat_map(|s| {
            let name = s.name;
            s.sheet.rows.into_iter().map(move |row| {
                let mut full = vec![Cell::text(name.as_str())];
                full.extend(row);
                full
            })
        })
        .collect();
    Sheet { headers, rows }
}

/// What one 责任单位 must still supply.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentDue {
    /// The department ("" when neither the item nor the pack names one).
    pub department: String,
    /// Its items by state.
    pub counts: StateCounts,
    /// The items not 已备齐, in indicator and number order.
    pub sheet: Sheet,
}

/// Per 责任单位, the items still to supply or that cannot be supplied; departments with
/// nothing outstanding are listed with their counts and an empty table.
pub fn due_by_department(pack: &Pack, assessment: &Assessment, lang: Lang) -> Vec<DepartmentDue> {
    let mut by: BTreeMap<String, (StateCounts, Vec<Vec<Cell>>)> = BTreeMap::new();
    for (id, item) in in_index_order(pack, assessment) {
        let indicator = pack.indicator(id);
        let slot = by.entry(department(item, indicator, lang)).or_default();
        slot.0.add(item.state);
        if item.state != EvidenceState::Ready {
            let row = ItemRow {
                id,
                indicator,
                item,
                pages: None,
            };
            slot.1.push(item_cells(&DUE_COLUMNS, &row, lang));
        }
    }
    by.into_iter()
        .map(|(department, (counts, rows))| DepartmentDue {
            department,
            counts,
            sheet: Sheet {
                headers: item_headers(&DUE_COLUMNS, lang),
                rows,
            },
        })
        .collect()
}

/// One 档案盒 label: where the items are kept and which items are inside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoxLabel {
    /// The place as the items name it ("档案盒 B-1"); empty for items that name none.
    pub location: String,
    /// The major items the box holds, in pack order.
    pub groups: Vec<String>,
    /// The first and last item number inside, in index order.
    pub range: (String, String),
    /// Each item: number and title.
    pub items: Vec<(String, String)>,
}

/// The labels for the boxes (or folders) the items name, in the order of the 资料目录: one per
/// distinct place, and one for the items that name no place, so nothing is left off a shelf.
pub fn box_labels(pack: &Pack, assessment: &Assessment, lang: Lang) -> Vec<BoxLabel> {
    let mut labels: Vec<BoxLabel> = Vec::new();
    let in_pack = pack.groups.iter().flat_map(|g| {
        g.indicators
            .iter()
            .map(move |i| (Some(g.name.get(lang)), i.id.as_str()))
    });
    let unknown = assessment
        .entries
        .keys()
        .filter(|id| pack.indicator(id).is_none())
        .map(|id| (None, id.as_str()));
    for (group, id) in in_pack.chain(unknown) {
        let Some(entry) = assessment.entry(id) else {
            continue;
        };
        for (id, item) in items_of(id, entry) {
            let location = item.location.trim().to_owned();
            let number = item.number(id);
            let at = match labels.iter().position(|l| l.location == location) {
                Some(at) => at,
                None => {
                    labels.push(BoxLabel {
                        location,
                        groups: Vec::new(),
                        range: (number.clone(), number.clone()),
                        items: Vec::new(),
                    });
                    labels.len() - 1
                }
            };
            let label = &mut labels[at];
            if let Some(group) = group {
                if !label.groups.iter().any(|g| g == group) {
                    label.groups.push(group.to_owned());
                }
            }
            label.range.1 = number.clone();
            label.items.push((number, item.title.trim().to_owned()));
        }
    }
    labels
}
