//! The checks so far, per 业态 and per 区县: how many points, how many with findings, ★ key
//! items failed and the score rate on the sheets — where a city looks to see which kind of
//! place, or which district, is not ready. The figures are `inspection::results`.

use super::record_part::InspectionRecord;
use crate::i18n::{tr, use_lang, InspectionWords as W};
use fscity_core::inspection::{results, CheckTally};
use fscity_core::Lang;
use leptos::prelude::*;

/// Results tables, once anything is checked.
#[component]
pub fn ResultsView(record: InspectionRecord) -> impl IntoView {
    let lang = use_lang();
    let computed = Memo::new(move |_| {
        let sheets = record.sheets.get();
        record
            .part
            .value
            .with(|v| v.as_ref().ok().map(|i| results(&sheets, i)))
    });
    let types = record.sheets.with_untracked(|s| s.types());
    move || {
        let lang = lang.get();
        let Some(r) = computed.get() else {
            return ().into_any();
        };
        if r.all.points == 0 {
            return view! { <p class="no-print" data-testid="results-none">{W::NothingChecked.text(lang)}</p> }
                .into_any();
        }
        let by_type = r.by_type.iter().map(|(id, t)| {
            let name = types
                .get(id)
                .map_or(id.clone(), |t| t.name.get(lang).to_owned());
            (name, *t)
        });
        let by_area = r.by_area.iter().map(|(area, t)| (area.clone(), *t));
        view! {
            <section class="print-page check-results" data-testid="check-results">
                <h2>{tr(W::Results)}</h2>
                {table(W::ByType, by_type.collect(), r.all, lang, "results-by-type")}
                {table(W::ByArea, by_area.collect(), r.all, lang, "results-by-area")}
            </section>
        }
        .into_any()
    }
}

fn table(
    first: W,
    rows: Vec<(String, CheckTally)>,
    all: CheckTally,
    lang: Lang,
    testid: &'static str,
) -> impl IntoView {
    let row = |name: String, t: CheckTally, total: bool| {
        let cells = view! {
            <td class="num">{t.points}</td>
            <td class="num">{t.with_findings}</td>
            <td class="num">{t.findings}</td>
            <td class="num">{t.key_items}</td>
            <td class="num">{t.rate().unwrap_or_default()}</td>
        };
        view! { <tr class:total=total><th scope="row">{name}</th>{cells}</tr> }
    };
    let body = rows
        .into_iter()
        .map(|(name, t)| row(name, t, false))
        .collect_view();
    view! {
        <table class="sheet" data-testid=testid>
            <thead><tr>
                <th scope="col">{first.text(lang)}</th>
                <th scope="col">{W::Checked.text(lang)}</th>
                <th scope="col">{W::WithFindings.text(lang)}</th>
                <th scope="col">{W::FindingsTotal.text(lang)}</th>
                <th scope="col">{W::KeyFailed.text(lang)}</th>
                <th scope="col">{W::ScoreRate.text(lang)}</th>
            </tr></thead>
            <tbody>{body}{row(W::AllPoints.text(lang).to_owned(), all, true)}</tbody>
        </table>
    }
}
