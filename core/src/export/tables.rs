//! The 自评表 and the 整改清单 as [`Sheet`]s, in the user's language.

use super::{Cell, Sheet};
use crate::assessment::Entry;
use crate::pack::Indicator;
use crate::report::{Risk, Status};
use crate::{Assessment, Lang, Pack, Report};

fn headers(lang: Lang, pairs: &[(&str, &str)]) -> Vec<String> {
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

/// 佐证材料 the city recorded: "title（location）", with a mark when not yet ready.
fn evidence(entry: Option<&Entry>, lang: Lang) -> String {
    let not_ready = if lang == Lang::Zh {
        "（未备齐）"
    } else {
        " (not ready)"
    };
    entry
        .map(|e| {
            e.evidence
                .iter()
                .filter(|x| !x.title.trim().is_empty())
                .map(|x| {
                    let place = if x.location.trim().is_empty() {
                        String::new()
                    } else {
                        format!("（{}）", x.location.trim())
                    };
                    format!(
                        "{}{place}{}",
                        x.title.trim(),
                        if x.ready { "" } else { not_ready }
                    )
                })
                .collect::<Vec<_>>()
                .join("；")
        })
        .unwrap_or_default()
}

/// The 自评表: one row per indicator in pack order — 序号, 大项, 指标编号, 评价指标, 分值,
/// 评分标准, 自评得分, 扣分原因, 佐证材料, 责任单位.
pub fn self_assessment_table(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    lang: Lang,
) -> Sheet {
    let headers = headers(
        lang,
        &[
            ("序号", "No."),
            ("大项", "Major item"),
            ("指标编号", "ID"),
            ("评价指标", "Indicator"),
            ("分值", "Points"),
            ("评分标准", "Scoring"),
            ("自评得分", "Self-assessed score"),
            ("扣分原因", "Reason for lost points"),
            ("佐证材料", "Evidence"),
            ("责任单位", "Responsible departments"),
        ],
    );
    let mut rows = Vec::new();
    for group in &pack.groups {
        for indicator in &group.indicators {
            let entry = assessment.entry(&indicator.id);
            let result = report.indicator(&indicator.id);
            let score = match result.map(|r| &r.status) {
                Some(Status::NotApplicable) => {
                    Cell::text(if lang == Lang::Zh { "不适用" } else { "N/A" })
                }
                Some(status) if status.is_answered() => {
                    Cell::Points(result.map(|r| r.awarded).unwrap_or_default())
                }
                _ => Cell::Empty,
            };
            rows.push(vec![
                Cell::Count(rows.len() as u64 + 1),
                Cell::text(group.name.get(lang)),
                Cell::text(indicator.id.as_str()),
                Cell::text(indicator.name.get(lang)),
                Cell::Points(indicator.max_points),
                Cell::text(indicator.scoring.get(lang)),
                score,
                Cell::text(entry.map(|e| e.lost_reason.as_str()).unwrap_or_default()),
                Cell::text(evidence(entry, lang)),
                Cell::text(departments(indicator, entry, lang)),
            ]);
        }
    }
    Sheet { headers, rows }
}

/// The 整改清单: every indicator that lost points or carries a veto risk, in gap order —
/// 指标编号, 评价指标, 可挽回分值, 扣分原因, 整改措施, 责任人, 责任单位, 完成时限, 状态.
/// `today` (`YYYY-MM-DD`, from the caller: the core reads no clock) marks overdue actions.
pub fn action_list(
    pack: &Pack,
    assessment: &Assessment,
    report: &Report,
    today: &str,
    lang: Lang,
) -> Sheet {
    let headers = headers(
        lang,
        &[
            ("指标编号", "ID"),
            ("评价指标", "Indicator"),
            ("可挽回分值", "Points at stake"),
            ("扣分原因", "Reason for lost points"),
            ("整改措施", "Corrective action"),
            ("责任人", "Owner"),
            ("责任单位", "Responsible departments"),
            ("完成时限", "Due"),
            ("状态", "Status"),
        ],
    );
    let word = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    let rows = report
        .gaps
        .iter()
        .filter(|g| !g.unanswered || g.risk == Risk::Veto)
        .filter_map(|gap| {
            let indicator = pack.indicator(&gap.indicator)?;
            let entry = assessment.entry(&indicator.id);
            let action = entry.and_then(|e| e.action.as_ref());
            let due = action.map(|a| a.due.trim()).unwrap_or_default();
            let status = match action {
                None => word("未制定措施", "No action yet"),
                Some(a) if a.what.trim().is_empty() => word("未制定措施", "No action yet"),
                Some(_) if !due.is_empty() && !today.is_empty() && due < today => {
                    word("已逾期", "Overdue")
                }
                Some(_) => word("待完成", "Open"),
            };
            Some(vec![
                Cell::text(indicator.id.as_str()),
                Cell::text(indicator.name.get(lang)),
                Cell::Points(gap.recoverable),
                Cell::text(entry.map(|e| e.lost_reason.as_str()).unwrap_or_default()),
                Cell::text(action.map(|a| a.what.as_str()).unwrap_or_default()),
                Cell::text(action.map(|a| a.owner.as_str()).unwrap_or_default()),
                Cell::text(departments(indicator, entry, lang)),
                Cell::text(due),
                Cell::text(status),
            ])
        })
        .collect();
    Sheet { headers, rows }
}
