//! The 汇总 sheet: the outcome of an assessment on one page, as a [`Sheet`] (a workbook's first
//! sheet, or a CSV of its own).
//!
//! Six columns — 类别, 项目, 得分, 满分, 状态, 说明 — and, in this order:
//!
//! 1. 评价对象: the city and assessment, the criteria and their version;
//! 2. 总分: the total on the pack's scale, whether N/A rebasing applied and the raw points it
//!    was computed from;
//! 3. one row per 大项 with its raw points out of its applicable maximum (never rescaled, so
//!    they add up to the raw total);
//! 4. 结论, then one 结论依据 row per reason of the verdict;
//! 5. one row per veto item with its state and what decided it (the value tested);
//! 6. one row per key item with its points, its state and its floor.
//!
//! The judgements are worded by the report, never again here (the verdict's reasons,
//! [`crate::report::VetoResult::explain`], the outcome, veto and key-item labels), so the sheet
//! says what the screen says; this file only adds the row titles and the figures' notes.

use super::sheet::{Cell, Sheet};
use crate::{Assessment, Lang, Pack, Report};

/// The 汇总 sheet for `report`, the evaluation of `assessment` against `pack` (see the module
/// docs for the layout).
pub fn summary_table(pack: &Pack, assessment: &Assessment, report: &Report, lang: Lang) -> Sheet {
    let w = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    let headers = [
        w("类别", "Kind"),
        w("项目", "Item"),
        w("得分", "Score"),
        w("满分", "Out of"),
        w("状态", "State"),
        w("说明", "Details"),
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    let row = |kind: &str, item: String, score: Cell, max: Cell, state: &str, note: String| {
        vec![
            Cell::text(kind),
            Cell::text(item),
            score,
            max,
            Cell::text(state),
            Cell::text(note),
        ]
    };

    let who = crate::assessment::label(&assessment.city, &assessment.name);
    let criteria = match lang {
        Lang::Zh => format!("{}（第 {} 版）", pack.title.get(lang), pack.version),
        Lang::En => format!("{} (version {})", pack.title.get(lang), pack.version),
    };
    rows.push(row(
        w("评价对象", "Assessment"),
        who,
        Cell::Empty,
        Cell::Empty,
        "",
        criteria,
    ));

    let total = &report.total;
    let na = total.counts.not_applicable;
    let applied = total.rebased && total.max != total.scale;
    let mut note = match (total.rebased, na, lang) {
        (_, 0, Lang::Zh) => format!("无不适用指标；原始得分 {} / {}", total.awarded, total.max),
        (_, 0, Lang::En) => format!(
            "No indicator is N/A; raw points {} of {}",
            total.awarded, total.max
        ),
        (true, _, Lang::Zh) => format!(
            "{na} 项指标不适用，不计入满分：原始得分 {} / {}，按 {} 分折算（向下取至 0.1 分）",
            total.awarded, total.max, total.scale
        ),
        (true, _, Lang::En) => format!(
            "{na} {} N/A and left out: raw points {} of {}, rescaled to {} (rounded down to 0.1)",
            indicators(na),
            total.awarded,
            total.max,
            total.scale
        ),
        (false, _, Lang::Zh) => format!("{na} 项指标不适用，不计入满分，总分不折算"),
        (false, _, Lang::En) => format!(
            "{na} {} N/A and left out of the maximum; the total is not rescaled",
            indicators(na)
        ),
    };
    if total.counts.not_answered > 0 {
        let n = total.counts.not_answered;
        note.push_str(&match lang {
            Lang::Zh => format!("；{n} 项未作答，总分最高可达 {}", total.range.upper),
            Lang::En => format!(
                "; {n} not answered, the total could reach {}",
                total.range.upper
            ),
        });
    }
    rows.push(row(
        w("总分", "Total"),
        w("全部指标", "All indicators").to_owned(),
        Cell::Points(total.score),
        Cell::Points(total.scale),
        if applied {
            w("已折算", "Rescaled")
        } else {
            w("未折算", "Not rescaled")
        },
        note,
    ));

    // The bonus stands apart from the base, as provinces score it: base + capped bonus.
    if let Some(bonus) = total.bonus {
        let note = match lang {
            Lang::Zh => format!(
                "基础分 {} + 加分 {}（加分项合计得 {}，上限 {}）；加分不能抵消否决项或关键项",
                total.base, bonus.counted, bonus.awarded, bonus.cap
            ),
            Lang::En => format!(
                "base {} + bonus {} (bonus items earned {}, capped at {}); a bonus never makes up for a veto or a key item",
                total.base, bonus.counted, bonus.awarded, bonus.cap
            ),
        };
        rows.push(row(
            w("加分项", "Bonus"),
            w("示范引领等加分", "Bonus items").to_owned(),
            Cell::Points(bonus.counted),
            Cell::Points(bonus.cap),
            "",
            note,
        ));
    }

    for group in &report.groups {
        let c = group.counts;
        let note = match lang {
            Lang::Zh => format!(
                "得分率 {}；已作答 {} 项，未作答 {} 项，不适用 {} 项",
                group.rate, c.answered, c.not_answered, c.not_applicable
            ),
            Lang::En => format!(
                "Rate {}; {} answered, {} not answered, {} N/A",
                group.rate, c.answered, c.not_answered, c.not_applicable
            ),
        };
        rows.push(row(
            w("大项", "Major item"),
            group.name.get(lang).to_owned(),
            Cell::Points(group.awarded),
            Cell::Points(group.max),
            "",
            note,
        ));
    }

    let outcome = report.verdict.outcome.label();
    rows.push(row(
        w("结论", "Verdict"),
        outcome.get(lang).to_owned(),
        Cell::Empty,
        Cell::Empty,
        outcome.get(lang),
        pack.pass_rule.summary.get(lang).to_owned(),
    ));
    for reason in &report.verdict.reasons {
        rows.push(row(
            w("结论依据", "Reason"),
            reason.text.get(lang).to_owned(),
            Cell::Empty,
            Cell::Empty,
            "",
            String::new(),
        ));
    }

    for veto in &report.vetoes {
        rows.push(row(
            w("否决项", "Veto"),
            format!("{} {}", veto.id, veto.name.get(lang)),
            Cell::Empty,
            Cell::Empty,
            veto.status.label().get(lang),
            veto.explain().get(lang).to_owned(),
        ));
    }

    for key in &report.key_items {
        let name = pack
            .indicator(&key.indicator)
            .map(|i| i.name.get(lang))
            .unwrap_or_default();
        let note = match lang {
            Lang::Zh => format!("下限 {}%，得分率 {}", key.floor_percent, key.rate),
            Lang::En => format!("Floor {}%, rate {}", key.floor_percent, key.rate),
        };
        rows.push(row(
            w("关键项", "Key item"),
            format!("{} {name}", key.indicator),
            Cell::Points(key.awarded),
            Cell::Points(key.max),
            key.status.label().get(lang),
            note,
        ));
    }

    Sheet { headers, rows }
}

fn indicators(n: usize) -> &'static str {
    if n == 1 {
        "indicator"
    } else {
        "indicators"
    }
}
