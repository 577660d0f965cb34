//! The poll's charts, drawn as plain SVG: they print as they show, need no library, and stay
//! readable in grey-scale — a measure per district is a bar with its interval as a whisker
//! and the threshold as a dashed line; an answer distribution is a stacked bar whose shades
//! run from dark (the best answer) to white, each share written on it when there is room. Every
//! chart has its numbers as a table next to it, for screen readers and for copying.

use super::shown::district_name;
use crate::i18n::PollWords as W;
use fscity_core::poll::{Measure, PollResults, Questionnaire};
use fscity_core::Lang;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Grey shades from the first answer (darkest) on; the last is white with an outline.
const SHADES: [&str; 6] = [
    "#1f1f1f", "#4a4a4a", "#777777", "#a6a6a6", "#d0d0d0", "#ffffff",
];

/// Text that stays legible on a shade.
fn ink(shade: &str) -> &'static str {
    if matches!(shade, "#a6a6a6" | "#d0d0d0" | "#ffffff") {
        "#000000"
    } else {
        "#ffffff"
    }
}

const WIDTH: f64 = 520.0;
const LABELS: f64 = 90.0;
const PLOT: f64 = 340.0;
const ROW: f64 = 26.0;

/// `measure` per district: bars, interval whiskers and the threshold.
pub fn district_chart(measure: Measure, figures: &PollResults, lang: Lang) -> AnyView {
    let top = measure.top();
    let x = move |v: f64| LABELS + PLOT * (v / top).clamp(0.0, 1.0);
    let rows: Vec<(String, Option<fscity_core::poll::Estimate>)> = std::iter::once((
        W::WholeCity.text(lang).to_owned(),
        figures.all.of(measure).copied(),
    ))
    .chain(
        figures
            .by_district
            .iter()
            .map(|(d, f)| (district_name(d, lang), f.of(measure).copied())),
    )
    .collect();
    let height = ROW * rows.len() as f64 + 30.0;
    let title = format!(
        "{} · {}",
        measure.label().get(lang),
        W::ByDistrictChart.text(lang)
    );
    let threshold = x(measure.threshold());
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (name, e))| {
            let y = 20.0 + ROW * i as f64;
            let bar = e.map(|e| {
                let (low, high) = measure.bounded(&e);
                let mid = y + ROW / 2.0 - 2.0;
                view! {
                    <rect x=LABELS y=y + 4.0 width=x(e.value) - LABELS height=ROW - 12.0
                        fill=if i == 0 { "#4a4a4a" } else { "#a6a6a6" } stroke="#1f1f1f" stroke-width="0.5"/>
                    <line x1=x(low) x2=x(high) y1=mid y2=mid stroke="#000" stroke-width="1.5"/>
                    <line x1=x(low) x2=x(low) y1=mid - 5.0 y2=mid + 5.0 stroke="#000" stroke-width="1.5"/>
                    <line x1=x(high) x2=x(high) y1=mid - 5.0 y2=mid + 5.0 stroke="#000" stroke-width="1.5"/>
                    <text x=LABELS + PLOT + 12.0 y=mid + 4.0 font-size="12">{measure.shown(e.value, lang)}</text>
                }
            });
            view! {
                <text x=LABELS - 6.0 y=y + ROW / 2.0 + 2.0 text-anchor="end" font-size="12">{name.clone()}</text>
                {bar}
            }
        })
        .collect_view();
    view! {
        <figure class="poll-chart" data-testid="poll-district-chart">
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=title
                preserveAspectRatio="xMinYMin meet">
                {bars}
                <line x1=threshold x2=threshold y1="12" y2=height - 14.0 stroke="#000" stroke-dasharray="5 3" stroke-width="1.2"/>
                <text x=threshold y="10" text-anchor="middle" font-size="11">{measure.shown(measure.threshold(), lang)}</text>
                <line x1=LABELS x2=LABELS + PLOT y1=height - 14.0 y2=height - 14.0 stroke="#777"/>
                <text x=LABELS y=height - 2.0 font-size="10" text-anchor="middle">{measure.shown(0.0, lang)}</text>
                <text x=LABELS + PLOT y=height - 2.0 font-size="10" text-anchor="middle">{measure.shown(top, lang)}</text>
            </svg>
        </figure>
    }
    .into_any()
}

/// The answers to each question as stacked bars, with a legend per question and the counts as a
/// table.
pub fn distribution_chart(
    questionnaire: &Questionnaire,
    counts: &BTreeMap<String, BTreeMap<String, usize>>,
    lang: Lang,
) -> AnyView {
    let mut table_rows = Vec::new();
    let figures = questionnaire
        .questions
        .iter()
        .filter_map(|q| {
            let scale = questionnaire.scale(&q.scale)?;
            let answered = counts.get(&q.id);
            let total: usize = answered.map(|a| a.values().sum()).unwrap_or(0);
            // A question nobody answered (not asked in this poll) draws nothing.
            if total == 0 {
                return None;
            }
            let share = |n: usize| if total == 0 { 0.0 } else { n as f64 / total as f64 };
            let mut x = 0.0;
            let parts: Vec<(String, usize, f64, f64, &str)> = scale
                .answers
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let n = answered.and_then(|c| c.get(&a.id)).copied().unwrap_or(0);
                    let w = share(n) * WIDTH;
                    let part = (a.text.get(lang).to_owned(), n, x, w, SHADES[i.min(SHADES.len() - 1)]);
                    x += w;
                    part
                })
                .collect();
            for (text, n, _, _, _) in &parts {
                table_rows.push((q.id.clone(), text.clone(), *n, share(*n)));
            }
            let caption = format!("{} {}{}", q.id, q.text.get(lang), lang.parenthesized(&format!("n = {total}")));
            let segments = parts
                .iter()
                .filter(|p| p.3 > 0.0)
                .map(|(_, n, x, w, shade)| {
                    let label = (*w >= 34.0).then(|| format!("{:.0}%", share(*n) * 100.0));
                    view! {
                        <rect x=*x y="0" width=*w height="24" fill=*shade stroke="#1f1f1f" stroke-width="0.5"/>
                        {label.map(|l| view! {
                            <text x=x + w / 2.0 y="16" text-anchor="middle" font-size="11" fill=ink(shade)>{l}</text>
                        })}
                    }
                })
                .collect_view();
            let legend = parts
                .iter()
                .map(|(text, n, _, _, shade)| {
                    view! {
                        <li>
                            <svg width="12" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="11" height="11" fill=*shade stroke="#1f1f1f"/></svg>
                            " " {text.clone()} " " {format!("{:.1}%", share(*n) * 100.0)}
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <figure class="poll-chart poll-distribution" data-testid="poll-distribution-chart" data-question=q.id.clone()>
                    <figcaption>{caption.clone()}</figcaption>
                    <svg viewBox=format!("0 0 {WIDTH} 24") role="img" aria-label=caption preserveAspectRatio="none" class="stacked">
                        {segments}
                    </svg>
                    <ul class="legend">{legend}</ul>
                </figure>
            })
        })
        .collect_view();
    let table = table_rows
        .into_iter()
        .map(|(q, text, n, share)| {
            view! {
                <tr><th scope="row">{q}</th><td>{text}</td><td>{n}</td><td>{format!("{:.1}%", share * 100.0)}</td></tr>
            }
        })
        .collect_view();
    view! {
        <div class="poll-distributions">{figures}</div>
        <details class="poll-table">
            <summary>{W::TableForReaders.text(lang)}</summary>
            <table class="sheet" tabindex="0" data-testid="poll-distribution-table">
                <thead><tr>
                    <th scope="col">{W::QuestionCol.text(lang)}</th>
                    <th scope="col">{W::Answer.text(lang)}</th>
                    <th scope="col">{W::Count.text(lang)}</th>
                    <th scope="col">{W::Share.text(lang)}</th>
                </tr></thead>
                <tbody>{table}</tbody>
            </table>
        </details>
    }
    .into_any()
}
