//! The 进展对比表: two assessments of the same pack side by side, as a [`Sheet`].
//!
//! Layout, seven columns — 指标编号, 评价指标, 分值, 上次得分, 本次得分, 变化, 变化说明:
//!
//! 1. one row per indicator in pack order. A score is a number when the indicator was scored,
//!    else the words 未作答 / 不适用 / 无法计算; 变化 is a signed number ([`Cell::Delta`]) on
//!    every row, 0 included, so a filter or a sum works on the whole column; 变化说明 names the
//!    [`ChangeKind`] and adds 失分项已消除 / 新增失分项 when the indicator left or joined the gap
//!    list;
//! 2. one row per group, 合计：基础工作 …, with raw points, so each is the sum of the indicator
//!    rows above it; 变化说明 gives the applicable points when N/A answers changed them;
//! 3. when N/A answers rescale the total in either assessment, 合计：全部指标（折算前）, the
//!    sum of the group rows; then always 总分, the figure tested against the pass mark, with the
//!    pass mark in 变化说明;
//! 4. 结论, before and after;
//! 5. one row per veto item, its ID in 指标编号, 否决项：name, statuses before and after;
//! 6. 已消除的失分项 and 新增的失分项, listing the indicator IDs with the points at stake.
//!
//! [`named_comparison_table`] names the two assessments in the score columns' headers
//! (上次得分（测试市 · 三月自评 · 2026-03-31）), so a printout or a CSV says what it compares.
//!
//! Summary rows leave 指标编号 empty (except vetoes) so the indicator block can be told apart
//! by its IDs; cells that do not apply are empty, never zero.

use super::sheet::{Cell, Sheet};
use crate::compare::{ChangeKind, Comparison, Delta, PointsChange, Standing};
use crate::report::Gap;
use crate::{Assessment, Lang, Pack, Points};
use std::collections::HashSet;

/// How a compared assessment is named: 城市 · 名称 · the date it was last changed.
pub fn side_label(assessment: &Assessment) -> String {
    let date: String = assessment.updated.chars().take(10).collect();
    [
        crate::assessment::label(&assessment.city, &assessment.name),
        date,
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// [`comparison_table`] with the two assessments named in the headers of 上次得分 and 本次得分.
pub fn named_comparison_table(
    pack: &Pack,
    comparison: &Comparison,
    before: &Assessment,
    after: &Assessment,
    lang: Lang,
) -> Sheet {
    let mut sheet = comparison_table(pack, comparison, lang);
    for (column, side) in [(3, before), (4, after)] {
        if let Some(header) = sheet.headers.get_mut(column) {
            let name = side_label(side);
            *header = match lang {
                Lang::Zh => format!("{header}（{name}）"),
                Lang::En => format!("{header} ({name})"),
            };
        }
    }
    sheet
}

/// The comparison table: one row per indicator, then group and total rows, the verdict, the
/// vetoes and the gaps closed and opened (see the module docs for the layout). `comparison`
/// comes from [`crate::compare()`] on two reports of `pack`.
pub fn comparison_table(pack: &Pack, comparison: &Comparison, lang: Lang) -> Sheet {
    let w = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    let headers = [
        w("指标编号", "ID"),
        w("评价指标", "Indicator"),
        w("分值", "Points"),
        w("上次得分", "Previous score"),
        w("本次得分", "Current score"),
        w("变化", "Change"),
        w("变化说明", "What changed"),
    ]
    .map(String::from)
    .to_vec();
    let closed: HashSet<&str> = comparison
        .closed_gaps
        .iter()
        .map(|g| g.indicator.as_str())
        .collect();
    let opened: HashSet<&str> = comparison
        .opened_gaps
        .iter()
        .map(|g| g.indicator.as_str())
        .collect();
    let mut rows = Vec::with_capacity(comparison.indicators.len() + comparison.groups.len() + 16);

    for change in &comparison.indicators {
        let name = pack
            .indicator(&change.id)
            .map(|i| i.name.get(lang))
            .unwrap_or_default();
        let mut note = change.kind.label().get(lang).to_owned();
        if closed.contains(change.id.as_str()) {
            note.push_str(w("；失分项已消除", "; gap closed"));
        }
        if opened.contains(change.id.as_str()) {
            note.push_str(w("；新增失分项", "; new gap"));
        }
        rows.push(vec![
            Cell::text(change.id.as_str()),
            Cell::text(name),
            Cell::Points(change.max),
            standing(&change.before, lang),
            standing(&change.after, lang),
            Cell::Delta(change.delta),
            Cell::text(note),
        ]);
    }

    for change in &comparison.groups {
        let points = pack
            .groups
            .iter()
            .find(|g| g.id == change.id.as_str())
            .map_or(change.max.after, |g| g.points);
        let mut note = String::new();
        if change.max.before != points || change.max.after != points {
            note = applicable(change.max, lang);
        }
        rows.push(points_row(
            format!("{}{}", w("合计：", "Total: "), change.name.get(lang)),
            points,
            change.awarded,
            note,
        ));
    }

    let total = &comparison.total;
    let rescaled = total.max.before != total.scale.before || total.max.after != total.scale.after;
    if rescaled {
        rows.push(points_row(
            w(
                "合计：全部指标（折算前）",
                "Total: all indicators (before rescaling)",
            )
            .to_owned(),
            pack.total_points,
            total.awarded,
            applicable(total.max, lang),
        ));
    }
    let mut note = match lang {
        Lang::Zh => format!("通过线 {} 分", pack.pass_rule.min_total),
        Lang::En => format!("Pass mark {}", pack.pass_rule.min_total),
    };
    if rescaled {
        note.push_str(&match lang {
            Lang::Zh => format!("；不适用指标不计入，按 {} 分折算", pack.total_points),
            Lang::En => format!(
                "; N/A indicators left out, rescaled to {}",
                pack.total_points
            ),
        });
    }
    if total.scale.before != total.scale.after {
        note.push_str(&match lang {
            Lang::Zh => format!("；满分 {} → {}", total.scale.before, total.scale.after),
            Lang::En => format!("; out of {} → {}", total.scale.before, total.scale.after),
        });
    }
    rows.push(points_row(
        w("总分", "Total score").to_owned(),
        total.scale.after,
        total.score,
        note,
    ));

    let verdict = comparison.verdict;
    rows.push(vec![
        Cell::Empty,
        Cell::text(w("结论", "Verdict")),
        Cell::Empty,
        Cell::text(verdict.before.label().get(lang)),
        Cell::text(verdict.after.label().get(lang)),
        Cell::Empty,
        Cell::text(moved(
            verdict.changed,
            verdict.before.label().get(lang),
            verdict.after.label().get(lang),
            lang,
        )),
    ]);

    for veto in &comparison.vetoes {
        let (before, after) = (veto.before.label(), veto.after.label());
        let (before, after) = (before.get(lang), after.get(lang));
        rows.push(vec![
            Cell::text(veto.id.as_str()),
            Cell::text(format!(
                "{}{}",
                w("否决项：", "Veto: "),
                veto.name.get(lang)
            )),
            Cell::Empty,
            Cell::text(before),
            Cell::text(after),
            Cell::Empty,
            Cell::text(moved(veto.changed, before, after, lang)),
        ]);
    }

    for (label, gaps) in [
        (w("已消除的失分项", "Gaps closed"), &comparison.closed_gaps),
        (w("新增的失分项", "Gaps opened"), &comparison.opened_gaps),
    ] {
        rows.push(vec![
            Cell::Empty,
            Cell::text(label),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::text(gap_list(gaps, lang)),
        ]);
    }

    Sheet { headers, rows }
}

/// A summary row of points: label, 分值, before, after, change, note.
fn points_row(label: String, max: Points, change: PointsChange, note: String) -> Vec<Cell> {
    vec![
        Cell::Empty,
        Cell::text(label),
        Cell::Points(max),
        Cell::Points(change.before),
        Cell::Points(change.after),
        Cell::Delta(change.delta),
        Cell::text(note),
    ]
}

/// A score cell: the points when scored, else what stands instead (未作答, 不适用, 无法计算).
fn standing(s: &Standing, lang: Lang) -> Cell {
    if s.is_scored() {
        Cell::Points(s.awarded)
    } else {
        Cell::text(s.status.label().get(lang))
    }
}

/// "适用分值 35 → 33.5", or just "适用分值 33.5" when it did not change.
fn applicable(max: PointsChange, lang: Lang) -> String {
    let word = if lang == Lang::Zh {
        "适用分值"
    } else {
        "Applicable points"
    };
    if max.delta == Delta::ZERO {
        format!("{word} {}", max.after)
    } else {
        format!("{word} {} → {}", max.before, max.after)
    }
}

/// "由待确认变为未触发" when it changed, else "无变化".
fn moved(changed: bool, before: &str, after: &str, lang: Lang) -> String {
    match (changed, lang) {
        (false, _) => ChangeKind::Unchanged.label().get(lang).to_owned(),
        (true, Lang::Zh) => format!("由{before}变为{after}"),
        (true, Lang::En) => format!("{before} → {after}"),
    }
}

/// "B-01（可挽回 1.2 分）、C-02（可挽回 4 分）", or "无" when there are none.
fn gap_list(gaps: &[Gap], lang: Lang) -> String {
    if gaps.is_empty() {
        return if lang == Lang::Zh { "无" } else { "None" }.to_owned();
    }
    let items: Vec<String> = gaps
        .iter()
        .map(|g| match lang {
            Lang::Zh => format!("{}（可挽回 {} 分）", g.indicator, g.recoverable),
            Lang::En => format!("{} (at stake: {})", g.indicator, g.recoverable),
        })
        .collect();
    items.join(if lang == Lang::Zh { "、" } else { "; " })
}
