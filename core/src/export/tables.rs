//! The 自评表 and the 整改清单 as [`Sheet`]s, in the user's language.

use super::appendix::LongField;
use super::printed_rows::{printed_indicators, TableOptions};
use super::sheet::{Cell, Sheet};
use crate::actions::{actions, Action, ActionSource};
use crate::assessment::{Entry, EvidenceState};
use crate::pack::Indicator;
use crate::report::Status;
use crate::{Assessment, Lang, Pack, Points, Report};

// Column titles the tables share, (zh, en).
const NO: (&str, &str) = ("序号", "No.");
const ID: (&str, &str) = ("指标编号", "ID");
const INDICATOR: (&str, &str) = ("评价指标", "Indicator");
const POINTS: (&str, &str) = ("分值", "Points");
const SCORING: (&str, &str) = ("评分标准", "Scoring");
const SCORE: (&str, &str) = ("自评得分", "Self-assessed score");
const BASIS: (&str, &str) = ("自评情况/计算依据", "Basis of the score");
const KEY: (&str, &str) = ("关键项", "Key item");
const LOST: (&str, &str) = ("扣分原因", "Reason for lost points");
const EVIDENCE: (&str, &str) = ("佐证材料", "Evidence");
const DEPARTMENTS: (&str, &str) = ("责任单位", "Responsible departments");
const NOTES: (&str, &str) = ("备注", "Notes");
/// The 自评表 columns after the indicator, the same in the full and the printed table.
const SCORED: [(&str, &str); 8] = [
    POINTS,
    KEY,
    SCORING,
    SCORE,
    BASIS,
    LOST,
    EVIDENCE,
    DEPARTMENTS,
];

/// The cells under [`SCORED`] for one indicator: 分值, 关键项, 评分标准, 自评得分, 计算依据,
/// 扣分原因, 佐证材料, 责任单位.
fn scored_cells(
    indicator: &Indicator,
    entry: Option<&Entry>,
    report: &Report,
    lang: Lang,
) -> [Cell; 8] {
    let result = report.indicator(&indicator.id);
    let answer = entry.and_then(|e| e.answer.as_ref());
    let key = match (indicator.key_item.is_some(), lang) {
        (false, _) => "",
        (true, Lang::Zh) => "是",
        (true, Lang::En) => "Yes",
    };
    [
        Cell::Points(indicator.max_points),
        Cell::text(key),
        Cell::text(indicator.scoring.get(lang)),
        score_cell(report, &indicator.id, lang),
        Cell::text(
            result
                .map(|r| r.basis(indicator, answer).get(lang).to_owned())
                .unwrap_or_default(),
        ),
        Cell::text(entry.map(|e| e.lost_reason.as_str()).unwrap_or_default()),
        Cell::text(evidence(&indicator.id, entry, lang)),
        Cell::text(departments(indicator, entry, lang)),
    ]
}

pub(super) fn headers(lang: Lang, pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .map(|(zh, en)| if lang == Lang::Zh { *zh } else { *en }.to_owned())
        .collect()
}

/// 责任单位: the city's own list when it gave one, else the pack's.
fn departments(indicator: &Indicator, entry: Option<&Entry>, lang: Lang) -> String {
    match entry.filter(|e| !e.departments.is_empty()) {
        Some(e) => e.departments.join("、"),
        None => indicator
            .departments
            .iter()
            .map(|d| d.get(lang))
            .collect::<Vec<_>>()
            .join("、"),
    }
}

/// 佐证材料 the city recorded: "B-01-01 title（location）", with the state when it is not
/// 已备齐, so the table cites the numbers the 资料目录 and box labels carry.
fn evidence(indicator: &str, entry: Option<&Entry>, lang: Lang) -> String {
    entry
        .map(|e| {
            e.evidence
                .iter()
                .filter(|x| !x.title.trim().is_empty())
                .map(|x| {
                    let number = if x.seq == 0 {
                        String::new()
                    } else {
                        format!("{} ", x.number(indicator))
                    };
                    let place = if x.location.trim().is_empty() {
                        String::new()
                    } else {
                        format!("（{}）", x.location.trim())
                    };
                    let state = match x.state {
                        EvidenceState::Ready => String::new(),
                        other if lang == Lang::Zh => format!("（{}）", other.label().zh),
                        other => format!(" ({})", other.label().en.to_lowercase()),
                    };
                    format!("{number}{}{place}{state}", x.title.trim())
                })
                .collect::<Vec<_>>()
                .join("；")
        })
        .unwrap_or_default()
}

/// One group's part of the printed 自评表.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupTable {
    /// Group ID.
    pub id: String,
    /// Group name in the language asked for.
    pub name: String,
    /// The group's raw points: the sum of its rows' 自评得分, never rescaled (N/A rebasing
    /// applies to the total only).
    pub score: Points,
    /// What `score` is out of: the points of the group's applicable indicators (its own N/A
    /// indicators removed).
    pub max: Points,
    /// 序号, 评价指标, 分值, 关键项, 评分标准, 自评得分, 自评情况/计算依据, 扣分原因, 佐证材料,
    /// 责任单位 (and 备注).
    pub sheet: Sheet,
}

/// The 自评表 as printed: one table per group, 序号 counted across the whole pack so a filtered
/// table keeps the numbers of the full one.
pub fn group_tables(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    options: TableOptions,
    lang: Lang,
) -> Vec<GroupTable> {
    let mut columns = vec![NO, INDICATOR];
    columns.extend(SCORED);
    if options.include_notes {
        columns.push(NOTES);
    }
    let headers = headers(lang, &columns);
    let appendix = super::appendix::printed_appendix(pack, assessment, report, options, lang);
    let long = |id: &str, field: LongField| {
        appendix
            .iter()
            .find(|n| n.id == id && n.field == field)
            .map(|n| Cell::text(super::appendix::reference(n.number, lang)))
    };
    let mut shown = printed_indicators(pack, report, options).peekable();
    // 扣分原因 in a printed row: after 序号 and 评价指标, at its place among the scored columns.
    let lost_at = 2 + SCORED.iter().position(|c| *c == LOST).unwrap_or_default();
    pack.groups
        .iter()
        .map(|group| {
            let mut rows = Vec::new();
            while let Some((number, indicator)) =
                shown.next_if(|(_, i)| pack.group_of(&i.id).is_some_and(|g| g.id == group.id))
            {
                let entry = assessment.entry(&indicator.id);
                let mut row = vec![
                    Cell::Count(number),
                    Cell::text(format!("{} {}", indicator.id, indicator.name.get(lang))),
                ];
                row.extend(scored_cells(indicator, entry, report, lang));
                if let Some(cell) = long(&indicator.id, LongField::LostReason) {
                    row[lost_at] = cell;
                }
                if options.include_notes {
                    row.push(long(&indicator.id, LongField::Notes).unwrap_or_else(|| {
                        Cell::text(entry.map(|e| e.notes.as_str()).unwrap_or_default())
                    }));
                }
                rows.push(row);
            }
            let result = report.group(&group.id);
            GroupTable {
                id: group.id.clone(),
                name: group.name.get(lang).to_owned(),
                score: result.map(|g| g.awarded).unwrap_or_default(),
                max: result.map(|g| g.max).unwrap_or(group_max(group)),
                sheet: Sheet {
                    headers: headers.clone(),
                    rows,
                },
            }
        })
        .collect()
}

fn group_max(group: &crate::pack::Group) -> Points {
    group.indicators.iter().map(|i| i.max_points).sum()
}

/// 自评得分: points when settled, 不适用 for N/A, empty while unanswered.
fn score_cell(report: &Report, id: &str, lang: Lang) -> Cell {
    let result = report.indicator(id);
    match result.map(|r| &r.status) {
        Some(Status::NotApplicable) => {
            Cell::text(if lang == Lang::Zh { "不适用" } else { "N/A" })
        }
        Some(status) if status.is_answered() => {
            Cell::Points(result.map(|r| r.awarded).unwrap_or_default())
        }
        _ => Cell::Empty,
    }
}

/// The 自评表: one row per indicator in pack order — 序号, 大项, 指标编号, 评价指标, 分值,
/// 关键项, 评分标准, 自评得分, 自评情况/计算依据 ([`IndicatorResult::basis`]), 扣分原因, 佐证材料,
/// 责任单位, 备注.
///
/// [`IndicatorResult::basis`]: crate::report::IndicatorResult::basis
pub fn self_assessment_table(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    lang: Lang,
) -> Sheet {
    let mut columns = vec![NO, ("大项", "Major item"), ID, INDICATOR];
    columns.extend(SCORED);
    columns.push(NOTES);
    let headers = headers(lang, &columns);
    let mut rows = Vec::new();
    for group in &pack.groups {
        for indicator in &group.indicators {
            let entry = assessment.entry(&indicator.id);
            let mut row = vec![
                Cell::Count(rows.len() as u64 + 1),
                Cell::text(group.name.get(lang)),
                Cell::text(indicator.id.as_str()),
                Cell::text(indicator.name.get(lang)),
            ];
            row.extend(scored_cells(indicator, entry, report, lang));
            row.push(Cell::text(
                entry.map(|e| e.notes.as_str()).unwrap_or_default(),
            ));
            rows.push(row);
        }
    }
    Sheet { headers, rows }
}

/// The 整改清单: every action ([`crate::actions::actions`]) in gap order — 指标编号, 评价指标,
/// 可挽回分值, 扣分原因, 整改措施, 责任人, 责任单位, 完成时限, 状态. `today` (`YYYY-MM-DD`, from the
/// caller: the core reads no clock) decides which actions are overdue.
pub fn action_list(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    today: &str,
    lang: Lang,
) -> Sheet {
    action_sheet(pack, &actions(pack, assessment, report, today), lang)
}

/// 扣分原因; for a review problem the reviewer's words after its number; for a site finding
/// where and what, then the reviewer's note.
fn reason(action: &Action, lang: Lang) -> String {
    let note = action.lost_reason.trim();
    match &action.source {
        ActionSource::Gap => action.lost_reason.clone(),
        ActionSource::ReviewProblem(n) if lang == Lang::Zh => {
            format!("审查问题 {n}：{}", action.lost_reason)
        }
        ActionSource::ReviewProblem(n) => format!("Review problem {n}: {}", action.lost_reason),
        ActionSource::SiteFinding { what, .. } => {
            let head = match lang {
                Lang::Zh => format!("现场检查 {}", what.zh),
                Lang::En => format!("On-site inspection, {}", what.get(lang)),
            };
            if note.is_empty() {
                head
            } else {
                let between = if lang == Lang::Zh { "；" } else { "; " };
                format!("{head}{between}{note}")
            }
        }
    }
}

/// The 整改清单 columns for the given actions (e.g. one department's).
pub fn action_sheet<'a>(
    pack: &Pack,
    actions: impl IntoIterator<Item = &'a Action>,
    lang: Lang,
) -> Sheet {
    let headers = headers(
        lang,
        &[
            ID,
            INDICATOR,
            ("可挽回分值", "Points at stake"),
            LOST,
            ("整改措施", "Corrective action"),
            ("责任人", "Owner"),
            DEPARTMENTS,
            ("完成时限", "Due"),
            ("状态", "Status"),
        ],
    );
    let rows = actions
        .into_iter()
        .map(|action| {
            let name = pack
                .indicator(&action.indicator)
                .map(|i| i.name.get(lang))
                .unwrap_or_default();
            let departments: Vec<&str> = action.departments.iter().map(|d| d.get(lang)).collect();
            vec![
                Cell::text(action.indicator.as_str()),
                Cell::text(name),
                Cell::Points(action.at_stake),
                Cell::text(reason(action, lang)),
                Cell::text(action.what.as_str()),
                Cell::text(action.owner.as_str()),
                Cell::text(departments.join("、")),
                Cell::text(action.due.as_str()),
                Cell::text(action.state.label().get(lang)),
            ]
        })
        .collect();
    Sheet { headers, rows }
}
