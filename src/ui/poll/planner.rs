//! The sample size planner: how many answers a margin needs at a confidence (with the
//! population when the city gives it), and the margin the answers it has give. Figures typed
//! are checked as typed; one that is not a number says so beside its field.

use crate::i18n::{tr, use_lang, PollWords as W};
use fscity_core::poll::{margin_of, sample_size, Level};
use fscity_core::Decimal;
use leptos::prelude::*;

/// A typed number within `range`, or `None`.
fn number(text: &str, range: std::ops::RangeInclusive<f64>) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && range.contains(n))
}

/// `1068` → `1,068`.
fn grouped(n: u64) -> String {
    Decimal::whole(i64::try_from(n).unwrap_or(i64::MAX)).grouped()
}

/// The planner; with the districts' populations the city entered (`populations`), the answers
/// each district needs for the same margin on its own.
#[component]
pub fn Planner(populations: Signal<Vec<(String, u64)>>) -> impl IntoView {
    let lang = use_lang();
    let margin = RwSignal::new("3".to_owned());
    let level = RwSignal::new(Level::P95);
    let population = RwSignal::new(String::new());
    let expected = RwSignal::new("50".to_owned());
    let have = RwSignal::new("80".to_owned());
    let needed = move || {
        let m = number(&margin.get(), 0.1..=50.0).ok_or(W::BadMargin)?;
        let p = number(&expected.get(), 0.0..=100.0).ok_or(W::BadShare)?;
        let people = match population.get().trim() {
            "" => None,
            t => Some(
                t.parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(W::BadCount)?,
            ),
        };
        sample_size(m / 100.0, level.get(), p / 100.0, people)
            .map(|n| {
                format!(
                    "{}{} {}",
                    W::Needed.text(lang.get()),
                    grouped(n.answers),
                    W::Answers.text(lang.get())
                )
            })
            .ok_or(W::BadMargin)
    };
    let per_district = move || {
        let m = number(&margin.get(), 0.1..=50.0)?;
        let p = number(&expected.get(), 0.0..=100.0)?;
        let rows = populations
            .get()
            .into_iter()
            .filter_map(|(district, people)| {
                let n = sample_size(m / 100.0, level.get(), p / 100.0, Some(people))?;
                Some(view! {
                    <tr><th scope="row">{district}</th><td>{grouped(people)}</td><td>{grouped(n.answers)}</td></tr>
                })
            })
            .collect::<Vec<_>>();
        (!rows.is_empty()).then(|| {
            view! {
                <table class="sheet" tabindex="0" data-testid="poll-needed-by-district">
                    <caption>{tr(W::PerDistrict)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(W::District)}</th>
                        <th scope="col">{tr(W::People)}</th>
                        <th scope="col">{tr(W::NeededCol)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    let margin_line = move || {
        let n = have
            .get()
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or(W::BadCount)?;
        let p = number(&expected.get(), 0.0..=100.0).ok_or(W::BadShare)?;
        let e = margin_of(n, level.get(), p / 100.0).ok_or(W::BadCount)?;
        Ok::<_, W>(format!(
            "{}{:.1}{}",
            W::MarginIs.text(lang.get()),
            e * 100.0,
            W::Points.text(lang.get())
        ))
    };
    let shown = move |line: Result<String, W>| match line {
        Ok(text) => view! { <strong>{text}</strong> }.into_any(),
        Err(problem) => {
            view! { <span class="field-error" role="alert">{problem.text(lang.get())}</span> }
                .into_any()
        }
    };
    let field = move |id: &'static str, label: W, value: RwSignal<String>| {
        let dom = crate::ui::dom_id(id);
        view! {
            <div class="field">
                <label for=dom.clone()>{tr(label)}</label>
                <input id=dom type="text" inputmode="decimal" data-testid=id prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    let level_id = crate::ui::dom_id("poll-level");
    view! {
        <details class="poll-planner no-print" data-testid="poll-planner">
            <summary>{tr(W::Planner)}</summary>
            {field("poll-margin", W::Margin, margin)}
            <div class="field">
                <label for=level_id.clone()>{tr(W::Level)}</label>
                <select id=level_id data-testid="poll-level" on:change=move |ev| {
                    level.set(match event_target_value(&ev).as_str() {
                        "90" => Level::P90,
                        "99" => Level::P99,
                        _ => Level::P95,
                    })
                }>
                    {[Level::P90, Level::P95, Level::P99].map(|l| view! {
                        <option value=l.percent().to_string() selected=l == Level::P95>{format!("{} %", l.percent())}</option>
                    })}
                </select>
            </div>
            {field("poll-population", W::Population, population)}
            {field("poll-expected", W::Expected, expected)}
            <p data-testid="poll-needed" aria-live="polite">{move || shown(needed())}</p>
            {per_district}
            {field("poll-have", W::HaveAnswers, have)}
            <p data-testid="poll-margin-of" aria-live="polite">{move || shown(margin_line())}</p>
        </details>
    }
}
