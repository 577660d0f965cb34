//! The live score summary: total, progress, possible range and one bar per major item.

use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::ui::explain::Explain;
use crate::workspace::use_store;
use fscity_core::report::{GroupResult, TotalResult};
use fscity_core::{Lang, Localize};
use leptos::prelude::*;

/// The summary bar kept in view above the workspace.
#[component]
pub fn ScoreSummary() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let total = Memo::new(move |_| store.report.with(|r| r.as_ref().map(|r| r.total.clone())));
    let groups = Memo::new(move |_| {
        store
            .report
            .with(|r| r.as_ref().map(|r| r.groups.clone()).unwrap_or_default())
    });
    // Progress counts the base indicators: bonus items (加分项) are optional.
    let n_indicators = store.pack().base_indicator_count();
    let with_total = move |f: fn(&TotalResult, Lang) -> String| {
        move || total.with(|t| t.as_ref().map(|t| f(t, lang.get())).unwrap_or_default())
    };
    let total_help = Signal::derive(move || {
        total.with(|t| {
            t.as_ref()
                .map(|t| t.explain().get(lang.get()).to_owned())
                .unwrap_or_default()
        })
    });
    let range_help = Signal::derive(move || Msg::RangeHelp.text(lang.get()).to_owned());
    let done = move || {
        total.with(|t| {
            t.as_ref()
                .map(|t| t.counts.answered + t.counts.not_applicable)
                .unwrap_or(0)
        })
    };
    view! {
        <section class="summary card" aria-label=tr(Msg::TotalScore) data-testid="score-summary">
            <div class="figure">
                <span class="figure-label">{tr(Msg::TotalScore)}</span>
                <span class="figure-value" data-testid="total-score">{with_total(|t, _| t.score.to_string())}</span>
                <span class="figure-of">" / " {with_total(|t, _| t.scale.to_string())}</span>
                <Explain text=total_help testid="total-explain"/>
            </div>
            <div class="figure">
                <span class="figure-label">{tr(Msg::Progress)}</span>
                <span class="figure-value" data-testid="progress">{done} " / " {n_indicators}</span>
                <span class="figure-of">{tr(Msg::Answered)}</span>
                <progress max=n_indicators value=done></progress>
            </div>
            <div class="figure">
                <span class="figure-label">{tr(Msg::PossibleRange)}</span>
                <span class="figure-value" data-testid="range">
                    {with_total(|t, _| t.range.lower.to_string())} " – " {with_total(|t, _| t.range.upper.to_string())}
                </span>
                <Explain text=range_help/>
            </div>
            <VerdictBadge/>
            <ul class="group-bars" aria-label=tr(Msg::GroupScores)>
                <For each=move || groups.get() key=|g| g.id.to_string() let:group>
                    <GroupBar id=group.id.to_string()/>
                </For>
            </ul>
        </section>
    }
}

/// One major item: name, its raw points out of its applicable maximum, and a bar of its rate.
#[component]
fn GroupBar(id: String) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let key = id.clone();
    let group = Memo::new(move |_| {
        store
            .report
            .with(|r| r.as_ref().and_then(|r| r.group(&key)).cloned())
    });
    let read = move |f: fn(&GroupResult, Lang) -> String| {
        move || group.with(|g| g.as_ref().map(|g| f(g, lang.get())).unwrap_or_default())
    };
    let percent = move || {
        group.with(|g| {
            g.as_ref()
                .and_then(|g| g.rate.percent_tenths())
                .unwrap_or(0) as f64
                / 10.0
        })
    };
    let help = Signal::derive(move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.explain().get(lang.get()).to_owned())
                .unwrap_or_default()
        })
    });
    view! {
        <li class="group-bar" data-testid=format!("group-score-{id}")>
            <span class="group-name">{read(|g, l| g.name.get(l).to_owned())}</span>
            // A bonus block is added after the base total, up to its cap: it says so.
            {move || group.with(|g| g.as_ref().and_then(|g| g.bonus_cap)).map(|cap| view! {
                <span class="group-bonus" data-testid="group-bonus">
                    {move || Sentence::BonusCap { cap: cap.to_string() }.message(lang.get())}
                </span>
            })}
            <span class="group-points" data-testid="group-points">
                {read(|g, _| g.awarded.to_string())} " / " {read(|g, _| g.max.to_string())}
            </span>
            <span class="bar" aria-hidden="true"><span class="bar-fill" style:width=move || format!("{}%", percent())></span></span>
            <span class="group-rate">{tr(Msg::ScoreRate)} " " {read(|g, _| g.rate.to_string())}</span>
            <Explain text=help/>
        </li>
    }
}

/// The verdict and one light per veto item, small enough to stay in the summary bar.
#[component]
fn VerdictBadge() -> impl IntoView {
    use fscity_core::report::VetoStatus;
    use fscity_core::Outcome;
    let store = use_store();
    let lang = use_lang();
    let outcome = Memo::new(move |_| store.report.with(|r| r.as_ref().map(|r| r.verdict.outcome)));
    let lights = Memo::new(move |_| {
        store.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.vetoes
                        .iter()
                        .map(|v| (v.id.to_string(), v.name.clone(), v.status))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let class = move || match outcome.get() {
        Some(Outcome::Pass) => "verdict-badge pass",
        Some(Outcome::Fail) => "verdict-badge fail",
        _ => "verdict-badge incomplete",
    };
    view! {
        <div class="figure">
            <span class="figure-label">{tr(Msg::Verdict)}</span>
            <span class=class data-testid="summary-verdict">{move || outcome.get().map(|o| o.label().get(lang.get()).to_owned())}</span>
            <span class="figure-label">{tr(Msg::VetoLights)}</span>
            <span class="mini-lights" data-testid="summary-vetoes">
                {move || lights.get().into_iter().map(|(id, name, status)| {
                    let (class, glyph, word) = match status {
                        VetoStatus::Clear => ("light clear", "✔", Msg::VetoClear),
                        VetoStatus::Triggered => ("light triggered", "✖", Msg::VetoTriggered),
                        VetoStatus::Unknown => ("light unknown", "?", Msg::VetoUnknown),
                    };
                    let title = format!("{id} {} · {}", name.get(lang.get()), word.text(lang.get()));
                    // The ID is written beside the light, so the row reads without hovering.
                    view! {
                        <span class=class title=title.clone() role="img" aria-label=title data-veto=id.clone()>
                            {glyph}<span class="light-id" aria-hidden="true">{id.clone()}</span>
                        </span>
                    }
                }).collect_view()}
            </span>
        </div>
    }
}
