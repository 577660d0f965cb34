//! A poll's figures as a city reads them: the plain sentences (where the value lies, how sure
//! it is to clear 80 分 / 85 %), the per-district chart of each measure and the same numbers as
//! a table. Shown for a draft before it is accepted and for a kept poll.

use super::charts::district_chart;
use crate::i18n::PollWords as W;
use fscity_core::poll::{Estimate, Figures, Level, Measure, PollResults};
use fscity_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The measures a poll gives, in the order shown.
pub const MEASURES: [Measure; 3] = [Measure::Satisfaction, Measure::Awareness, Measure::Support];

/// "83.2 %（81.0 %–85.3 %）", or "—" without answers.
pub fn with_interval(m: Measure, e: Option<&Estimate>, lang: Lang) -> String {
    e.map_or_else(
        || "—".to_owned(),
        |e| {
            let (low, high) = bounded(m, e);
            let range = format!("{}–{}", m.shown(low, lang), m.shown(high, lang));
            format!("{}{}", m.shown(e.value, lang), lang.parenthesized(&range))
        },
    )
}

/// The interval kept within the measure's scale.
pub fn bounded(m: Measure, e: &Estimate) -> (f64, f64) {
    let top = if m == Measure::Satisfaction {
        100.0
    } else {
        1.0
    };
    (e.low.max(0.0), e.high.min(top))
}

/// A district's name as shown ("" is the responses without one).
pub fn district_name(district: &str, lang: Lang) -> String {
    if district.is_empty() {
        W::NoDistrict.text(lang).to_owned()
    } else {
        district.to_owned()
    }
}

/// The sentences, the charts per district and the table.
#[component]
pub fn FiguresView(figures: Arc<PollResults>, lang: Lang) -> impl IntoView {
    let sentences = MEASURES.map(|m| m.sentence(figures.all.of(m), Level::P95, lang));
    let rows = figures
        .by_district
        .iter()
        .map(|(district, f)| district_row(district, f, lang))
        .collect_view();
    let charts = [Measure::Satisfaction, Measure::Awareness]
        .map(|m| district_chart(m, &figures, lang))
        .collect_view();
    view! {
        <div data-testid="poll-results">
            <ul class="poll-sentences" data-testid="poll-sentences">
                {sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
            <div class="poll-charts">{charts}</div>
            <table class="sheet" tabindex="0" data-testid="poll-by-district">
                <caption>{W::TableForReaders.text(lang)}</caption>
                <thead><tr>
                    <th scope="col">{W::District.text(lang)}</th>
                    <th scope="col">{W::Count.text(lang)}</th>
                    {MEASURES.map(|m| view! { <th scope="col">{m.label().get(lang).to_owned()}</th> })}
                </tr></thead>
                <tbody>
                    {district_row(W::WholeCity.text(lang), &figures.all, lang)}
                    {rows}
                </tbody>
            </table>
        </div>
    }
}

fn district_row(district: &str, f: &Figures, lang: Lang) -> impl IntoView {
    view! {
        <tr data-district=district.to_owned()>
            <th scope="row">{district_name(district, lang)}</th>
            <td>{f.responses}</td>
            {MEASURES.map(|m| view! { <td>{with_interval(m, f.of(m), lang)}</td> })}
        </tr>
    }
}
