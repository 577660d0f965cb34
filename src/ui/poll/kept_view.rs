//! The polls kept with the assessment: the list (show, remove), the one shown with its figures
//! (weighted by district population when asked and possible), its answer distributions with a
//! district filter, the comparison with another poll, and the step that applies its figures to
//! B-16 / B-17.

use super::charts::distribution_chart;
use super::figures_view::FiguresView;
use super::populations::Populations;
use super::shown::{district_name, with_interval, MEASURES};
use super::state::PollState;
use crate::i18n::{tr, use_lang, PollWords as W};
use crate::workspace::use_store;
use fscity_core::poll::apply::{apply, Applied};
use fscity_core::poll::{KeptPoll, Level, PollResults};
use fscity_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// A kept poll read for showing: its figures, and the districts that kept it from being
/// weighted.
#[derive(PartialEq)]
struct Shown {
    poll: KeptPoll,
    figures: Arc<PollResults>,
    unweighted: Vec<String>,
}

/// The kept polls and the one shown.
#[component]
pub fn KeptPolls(state: PollState) -> impl IntoView {
    let lang = use_lang();
    let list = Memo::new(move |_| {
        state.part.value.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.polls
                        .iter()
                        .map(|k| (k.id, k.name.clone(), k.answers.len(), k.imported.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let remove = move |id: u32| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(W::ConfirmRemove.text(lang.get_untracked()))
                    .ok()
            })
            .unwrap_or(false);
        if !sure {
            return;
        }
        let _ = state.part.apply_and(
            |polls| Ok::<_, ()>(polls.remove(id)),
            |a, _| {
                for entry in a.entries.values_mut() {
                    if entry.poll.as_ref().is_some_and(|l| l.poll == id) {
                        entry.poll = None;
                    }
                }
            },
        );
        if state.shown.get_untracked() == Some(id) {
            state
                .shown
                .set(list.get_untracked().iter().map(|k| k.0).find(|k| *k != id));
        }
        if state.compared.get_untracked() == Some(id) {
            state.compared.set(None);
        }
    };
    let rows = move || {
        let shown = state.shown.get();
        list.get()
            .into_iter()
            .map(|(id, name, n, imported)| {
                let day = imported.get(..10).unwrap_or_default().to_owned();
                view! {
                    <tr data-poll=id.to_string() class:current=shown == Some(id)>
                        <th scope="row">{name}</th>
                        <td>{n}</td>
                        <td>{day}</td>
                        <td class="no-print">
                            <button type="button" data-testid="poll-show" disabled=shown == Some(id)
                                on:click=move |_| state.shown.set(Some(id))>{tr(W::Show)}</button>
                            " "
                            <button type="button" data-testid="poll-remove" on:click=move |_| remove(id)>{tr(W::Remove)}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="poll-kept" data-testid="poll-kept">
            <h3>{tr(W::Kept)}</h3>
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="help" data-testid="poll-none-kept">{tr(W::NoneKept)}</p> }>
                <table class="sheet" tabindex="0" data-testid="poll-list">
                    <thead><tr>
                        <th scope="col">{tr(W::PollName)}</th>
                        <th scope="col">{tr(W::Count)}</th>
                        <th scope="col">{tr(W::Imported)}</th>
                        <th scope="col" class="no-print"></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </Show>
            <ShownPoll state/>
        </section>
    }
}

/// Poll `id` read, weighted when asked and every district has a population.
fn read_shown(state: &PollState, id: u32, weighted: bool) -> Option<Shown> {
    state.part.value.with(|p| {
        let polls = p.as_ref().ok()?;
        let shown = state
            .questionnaire
            .with(|q| polls.figures(id, q, Level::P95, weighted))?;
        Some(Shown {
            poll: polls.find(id)?.clone(),
            figures: Arc::new(shown.figures),
            unweighted: shown.unweighted,
        })
    })
}

/// The poll shown: weighting, figures, distributions, comparison and applying.
#[component]
fn ShownPoll(state: PollState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let shown = Memo::new(move |_| {
        let weighted = state.weighted.get();
        state
            .shown
            .get()
            .and_then(|id| read_shown(&state, id, weighted))
            .map(Arc::new)
    });
    let filter = RwSignal::new(String::new());
    let applied = RwSignal::new(Vec::<Applied>::new());
    Effect::new(move |_| {
        shown.track();
        applied.set(Vec::new());
    });
    let apply_now = move |_| {
        let Some(s) = shown.get_untracked() else {
            return;
        };
        let pack = store.pack().pack().clone();
        let mut done = Vec::new();
        store.edit(|a| done = apply(&pack, a, &s.poll, &s.figures.all));
        applied.set(done);
    };
    // The heading, the population fields and the weighting box hang on what they show only,
    // so typing a population (which changes the figures) never rebuilds the field typed in.
    let heading = Memo::new(move |_| {
        shown.with(|s| {
            s.as_ref().map(|s| {
                let districts: Vec<String> = s.figures.by_district.keys().cloned().collect();
                (
                    s.poll.id,
                    s.poll.name.clone(),
                    s.poll.file.clone(),
                    s.figures.all.responses,
                    districts,
                )
            })
        })
    });
    let head = move || {
        let (_, name, file, n, districts) = heading.get()?;
        Some(view! {
            <h3>{name}</h3>
            <p class="help">{move || W::From.text(lang.get())} {file} " · n = " {n}</p>
            <Populations state districts/>
            <label class="choice no-print">
                <input type="checkbox" data-testid="poll-weighted" prop:checked=move || state.weighted.get()
                    on:change=move |ev| state.weighted.set(event_target_checked(&ev))/>
                {tr(W::Weighted)}
            </label>
        })
    };
    let body = move || {
        let s = shown.get()?;
        let lang = lang.get();
        let districts: Vec<String> = s.figures.by_district.keys().cloned().collect();
        let weighting = state.weighted.get().then(|| {
            if s.unweighted.is_empty() {
                view! { <p class="help" data-testid="poll-weight-note">{W::WeightNote.text(lang)}</p> }.into_any()
            } else {
                let names: Vec<String> = s.unweighted.iter().map(|d| district_name(d, lang)).collect();
                view! { <p class="warning" data-testid="poll-weight-missing">{W::WeightMissing.text(lang)} {lang.join(&names)}</p> }.into_any()
            }
        });
        let for_chart = s.clone();
        let chart = move || {
            let d = filter.get();
            let figures = &for_chart.figures;
            let counts = match d.as_str() {
                "" => Some(&figures.all),
                d => figures.by_district.get(d),
            }
            .map(|f| &f.counts);
            state
                .questionnaire
                .with(|q| distribution_chart(q, counts.unwrap_or(&Default::default()), lang))
        };
        let filter_id = crate::ui::dom_id("poll-filter");
        Some(view! {
            {weighting}
            <FiguresView figures=s.figures.clone() lang/>
            <div class="export-buttons no-print">
                <button type="button" data-testid="poll-apply" on:click=apply_now>{tr(W::Apply)}</button>
            </div>
            {move || applied_view(&applied.get(), lang)}
            <h3>{tr(W::Distribution)}</h3>
            <div class="field no-print">
                <label for=filter_id.clone()>{tr(W::Filter)}</label>
                <select id=filter_id data-testid="poll-filter" on:change=move |ev| filter.set(event_target_value(&ev))>
                    <option value="" selected=move || filter.with(String::is_empty)>{W::WholeCity.text(lang)}</option>
                    {districts.iter().filter(|d| !d.is_empty()).map(|d| {
                        let value = d.clone();
                        view! {
                            <option value=d.clone() selected=move || filter.with(|f| *f == value)>{d.clone()}</option>
                        }
                    }).collect_view()}
                </select>
            </div>
            {chart}
            <Compare state shown=s.clone()/>
        })
    };
    view! {
        <Show when=move || heading.with(Option::is_some)>
            <div class="poll-shown" data-testid="poll-shown">
                {head}
                {body}
            </div>
        </Show>
    }
}

/// What applying did, in words.
fn applied_view(done: &[Applied], lang: Lang) -> Option<AnyView> {
    if done.is_empty() {
        return None;
    }
    let lines = done
        .iter()
        .map(|a| match a {
            Applied::Written {
                measure,
                indicator,
                value,
            } => format!(
                "{}{} → {indicator} = {}",
                W::Applied.text(lang),
                measure.label().get(lang),
                value
            ),
            Applied::NoFigure { measure } => format!(
                "{}{}{}",
                W::NotApplied.text(lang),
                measure.label().get(lang),
                lang.parenthesized(W::NoFigure.text(lang))
            ),
            Applied::NoIndicator { measure, indicator } => format!(
                "{}{} → {indicator}{}",
                W::NotApplied.text(lang),
                measure.label().get(lang),
                lang.parenthesized(W::NoIndicator.text(lang))
            ),
        })
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    Some(
        view! { <ul class="poll-applied" role="status" data-testid="poll-applied">{lines}</ul> }
            .into_any(),
    )
}

/// The shown poll beside another kept one: each measure with its interval and the change.
#[component]
fn Compare(state: PollState, shown: Arc<Shown>) -> impl IntoView {
    let lang = use_lang();
    let others = state.part.value.with_untracked(|p| {
        p.as_ref()
            .map(|p| {
                p.polls
                    .iter()
                    .filter(|k| k.id != shown.poll.id)
                    .map(|k| (k.id, k.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    if others.is_empty() {
        return ().into_any();
    }
    let other = Memo::new(move |_| {
        let weighted = state.weighted.get();
        state
            .compared
            .get()
            .and_then(|id| read_shown(&state, id, weighted))
            .map(Arc::new)
    });
    let compare_id = crate::ui::dom_id("poll-compare");
    let table = move || {
        let o = other.get()?;
        let lang = lang.get();
        let rows = MEASURES
            .map(|m| {
                let a = shown.figures.all.of(m).copied();
                let b = o.figures.all.of(m).copied();
                let change = match (a, b) {
                    (Some(a), Some(b)) => format!("{:+.1}", m.in_units(a.value - b.value)),
                    _ => "—".to_owned(),
                };
                view! {
                    <tr>
                        <th scope="row">{m.label().get(lang).to_owned()}</th>
                        <td>{with_interval(m, b.as_ref(), lang)}</td>
                        <td>{with_interval(m, a.as_ref(), lang)}</td>
                        <td>{change}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <table class="sheet" tabindex="0" data-testid="poll-compare-table">
                <thead><tr>
                    <th scope="col">{W::Measure.text(lang)}</th>
                    <th scope="col">{o.poll.name.clone()} " (n = " {o.figures.all.responses} ")"</th>
                    <th scope="col">{shown.poll.name.clone()} " (n = " {shown.figures.all.responses} ")"</th>
                    <th scope="col">{W::Change.text(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    view! {
        <h3>{tr(W::Compare)}</h3>
        <div class="field no-print">
            <label for=compare_id.clone()>{tr(W::CompareWith)}</label>
            <select id=compare_id data-testid="poll-compare" on:change=move |ev| {
                state.compared.set(event_target_value(&ev).parse::<u32>().ok())
            }>
                <option value="">{W::NoCompare.text(lang.get_untracked())}</option>
                {others.into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() selected=move || state.compared.get() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
        </div>
        {table}
    }
    .into_any()
}
