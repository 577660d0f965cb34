//! A poll's figures as a city reads them: the plain sentences (where the value lies, how sure
//! it is to clear 80 分 / 85 %), the per-district chart of each measure and the same numbers as
//! a table. Shown for a draft before it is accepted and for a kept poll.

use super::charts::district_chart;
use super::shown::{district_name, with_interval, MEASURES};
use crate::i18n::PollWords as W;
use fscity_core::poll::{Figures, Level, Measure, PollResults};
use fscity_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

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
