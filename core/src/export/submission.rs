//! The 材料提交表 as printed, one per indicator: the city's 自评结论, the self-score from the
//! report (never typed twice), and the numbered items with everything a reviewer checks. The
//! form a 食安办 files in front of each indicator's documents.

use super::item_columns::{item_cells, item_headers, ItemColumn, ItemRow};
use super::package::{items_of, StateCounts};
use super::sheet::Sheet;
use crate::report::Status;
use crate::{Assessment, Lang, Pack, Report};

use ItemColumn::*;

/// The form's item columns.
const COLUMNS: [ItemColumn; 9] = [
    Number, Kind, Title, Date, Issuer, Department, Location, Proves, State,
];

/// One indicator's 材料提交表.
#[derive(Clone, Debug, PartialEq)]
pub struct SubmissionForm {
    /// The indicator's ID.
    pub indicator: String,
    /// Its name, or the ID for an indicator the pack does not have.
    pub name: String,
    /// Its major item's name.
    pub group: String,
    /// The city's 自评结论.
    pub conclusion: String,
    /// The self-score as the report has it: `1.8 / 3`, or the status when there is none
    /// (未作答).
    pub score: String,
    /// Items by state.
    pub counts: StateCounts,
    /// The items in number order.
    pub sheet: Sheet,
}

/// A 材料提交表 for every indicator with a conclusion or items, in pack order; then the
/// indicators the pack does not have, kept as unknown answers are.
pub fn submission_forms(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    lang: Lang,
) -> Vec<SubmissionForm> {
    let in_pack = pack.groups.iter().flat_map(|g| {
        g.indicators
            .iter()
            .map(move |i| (i.id.as_str(), i.name.get(lang), g.name.get(lang)))
    });
    let unknown = assessment
        .entries
        .keys()
        .filter(|id| pack.indicator(id).is_none())
        .map(|id| (id.as_str(), id.as_str(), ""));
    in_pack
        .chain(unknown)
        .filter_map(|(id, name, group)| {
            let entry = assessment.entry(id)?;
            if entry.evidence.is_empty() && entry.conclusion.trim().is_empty() {
                return None;
            }
            let indicator = pack.indicator(id);
            let mut counts = StateCounts::default();
            let rows = items_of(id, entry)
                .map(|(id, item)| {
                    counts.add(item.state);
                    let row = ItemRow {
                        id,
                        indicator,
                        item,
                        pages: None,
                    };
                    item_cells(&COLUMNS, &row, lang)
                })
                .collect();
            let score = match report.indicator(id) {
                Some(r) if r.status.is_answered() && r.status != Status::NotApplicable => {
                    format!("{} / {}", r.awarded, r.max)
                }
                Some(r) => r.status.label().get(lang).to_owned(),
                None => String::new(),
            };
            Some(SubmissionForm {
                indicator: id.to_owned(),
                name: name.to_owned(),
                group: group.to_owned(),
                conclusion: entry.conclusion.trim().to_owned(),
                score,
                counts,
                sheet: Sheet {
                    headers: item_headers(&COLUMNS, lang),
                    rows,
                },
            })
        })
        .collect()
}
