//! The gaps view: every indicator that lost points, veto and key-item risks first, with filters,
//! and the path to pass as a short checklist.

use crate::i18n::{tr, tr_text, use_lang, Msg, Sentence};
use crate::ui::reports::ExportButtons;
use crate::ui::tabs::View;
use crate::workspace::use_store;
use fscity_core::pack::Method;
use fscity_core::report::{
    gap_departments, Gap, GapFilter, GapStatus, PathToPass, PlanBasis, Risk,
};
use fscity_core::Localize;
use leptos::prelude::*;

crate::ui::lazy::chunk!(
    /// The gap list, the path to pass and the exports beside them: a chunk of its own.
    pub mod gaps_chunk: RwSignal<View> = |view| view! { <GapsView view/> }.into_any()
);

/// The gap list and the path to pass.
#[component]
pub fn GapsView(view: RwSignal<View>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let filter = RwSignal::new(GapFilter::default());
    let gaps = Memo::new(move |_| {
        store
            .report
            .with(|r| r.as_ref().map(|r| r.gaps.clone()).unwrap_or_default())
    });
    let departments = Memo::new(move |_| gaps.with(|g| gap_departments(&store.pack(), g)));
    let shown = Memo::new(move |_| {
        filter.with(|f| {
            gaps.with(|gaps| {
                f.apply(&store.pack(), gaps)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let status_label = |status: GapStatus| match status {
        GapStatus::All => Msg::FilterAll,
        GapStatus::NotAnswered => Msg::FilterNotAnswered,
        GapStatus::LostPoints => Msg::FilterLostPoints,
        GapStatus::VetoRisk => Msg::FilterVetoRisk,
    };
    view! {
        <section class="gaps card" data-testid="gaps-view">
            <h2>{tr(Msg::GapsHeading)}</h2>
            <p class="help">{tr(Msg::GapsIntro)}</p>
            <ExportButtons/>
            <crate::ui::undeclared::TriggeredVetoes/>
            <crate::ui::undeclared::UndeclaredVetoes/>
            <div class="filters">
                <fieldset class="status-filter">
                    <legend>{tr(Msg::FilterStatus)}</legend>
                    {GapStatus::ALL.into_iter().map(|value| view! {
                        <label class="choice">
                            <input type="radio" name=crate::ui::dom_id("gap-status")
                                prop:checked=move || filter.with(|f| f.status == value)
                                on:change=move |_| filter.update(|f| f.status = value)/>
                            {tr(status_label(value))}
                        </label>
                    }).collect_view()}
                </fieldset>
                <label for=crate::ui::dom_id("gap-department")>{tr(Msg::FilterDepartment)}</label>
                <select id=crate::ui::dom_id("gap-department") data-testid="filter-department"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        filter.update(|f| f.department = (!key.is_empty()).then_some(key));
                    }>
                    <option value="">{tr(Msg::FilterAll)}</option>
                    // A department is keyed by its Chinese name, which does not change with the language.
                    {move || departments.get().into_iter().map(|d| {
                        let selected = filter.with_untracked(|f| f.department.as_ref() == Some(&d.zh));
                        view! { <option value=d.zh.clone() selected=selected>{d.get(lang.get()).to_owned()}</option> }
                    }).collect_view()}
                </select>
                <label for=crate::ui::dom_id("gap-method")>{tr(Msg::FilterMethod)}</label>
                <select id=crate::ui::dom_id("gap-method") data-testid="filter-method"
                    on:change=move |ev| {
                        let token = event_target_value(&ev);
                        filter.update(|f| f.method = Method::ALL.into_iter().find(|m| m.id() == token));
                    }>
                    <option value="">{tr(Msg::FilterAll)}</option>
                    {crate::ui::criteria_search::method_options(lang)}
                </select>
            </div>
            // Filters change the rows but never move focus (it stays on the filter used); the
            // count tells a screen reader what the filter did.
            <p class="gap-count" aria-live="polite" data-testid="gap-count">
                {move || Sentence::GapsShown { count: shown.with(Vec::len) }.message(lang.get())}
            </p>
            <Show when=move || !shown.with(Vec::is_empty) fallback=|| view! { <p data-testid="no-gaps">{tr(Msg::NoGaps)}</p> }>
                <table class="gap-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::Status)}</th>
                            <th scope="col">{tr(Msg::IndicatorColumn)}</th>
                            <th scope="col">{tr(Msg::PointsEarned)}</th>
                            <th scope="col">{tr(Msg::Recoverable)}</th>
                            <th scope="col">{tr(Msg::Departments)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(Msg::Edit)}</span></th>
                        </tr>
                    </thead>
                    <tbody data-testid="gap-rows">
                        <For each=move || shown.get() key=|g| g.indicator.to_string() let:gap>
                            <GapRow gap view/>
                        </For>
                    </tbody>
                </table>
            </Show>
        </section>
        <PathPanel/>
    }
}

/// The gap's 责任单位: the city's own, else the pack's.
fn departments_of(pack: &fscity_core::Pack, gap: &Gap) -> Vec<fscity_core::Text> {
    pack.indicator(&gap.indicator)
        .map(|i| gap.departments(i))
        .unwrap_or_default()
}

#[component]
fn GapRow(gap: Gap, view: RwSignal<View>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let risk = match gap.risk {
        Risk::Veto => Some(Msg::RiskVeto),
        Risk::KeyItem => Some(Msg::RiskKey),
        Risk::Points => None,
    };
    let status = if gap.unanswered {
        Msg::Unanswered
    } else {
        Msg::FilterLostPoints
    };
    let pack = store.pack();
    let indicator = pack.indicator(&gap.indicator);
    let gap_for_departments = gap.clone();
    let id = gap.indicator.to_string();
    view! {
        <tr data-gap-id=gap.indicator.to_string()>
            <td>
                {tr(status)}
                {risk.map(|m| view! { " " <span class="badge key">{tr(m)}</span> })}
            </td>
            <td><span class="leaf-id">{gap.indicator.to_string()}</span> " " {indicator.map(|i| tr_text(i.map(|i| &i.name)))}</td>
            <td class="num">{gap.awarded.to_string()} " / " {gap.max.to_string()}</td>
            <td class="num" data-testid="recoverable">{gap.recoverable.to_string()}</td>
            <td>{move || {
                let lang = lang.get();
                lang.join(&departments_of(&pack, &gap_for_departments).iter().map(|d| d.get(lang)).collect::<Vec<_>>())
            }}</td>
            <td>
                <button type="button" on:click=move |_| { store.current.set(id.clone()); view.set(View::Assess); }>
                    {tr(Msg::Edit)}
                </button>
            </td>
        </tr>
    }
}

/// The path to pass as a checklist.
#[component]
fn PathPanel() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let path = Memo::new(move |_| store.path_to_pass());
    let body = move || {
        let lang = lang.get();
        match path.get() {
            None => ().into_any(),
            Some(PathToPass::AlreadyPassing) => view! { <p>{Msg::PathAlready.text(lang)}</p> }.into_any(),
            Some(PathToPass::CannotPass { reasons }) => view! {
                <p>{Msg::PathCannot.text(lang)}</p>
                <ul>{reasons.iter().map(|r| view! { <li>{r.text.get(lang).to_owned()}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Some(PathToPass::Plan(plan)) => {
                let intro = match plan.basis {
                    PlanBasis::Count => Msg::PathIntro,
                    PlanBasis::Effort => Msg::PathIntroEffort,
                };
                // Plain steps: a checkbox here would be kept nowhere and change nothing.
                let veto_steps = plan.veto_steps.iter().map(|s| view! { <li>{s.text.get(lang).to_owned()}</li> });
                let steps = plan.improvements.iter().filter_map(|imp| {
                    let indicator = store.pack().indicator(&imp.indicator)?;
                    Some(view! { <li>{imp.text(&indicator).get(lang).to_owned()}</li> })
                });
                view! {
                    <p>{intro.text(lang)}</p>
                    <ul class="checklist" data-testid="path-steps">{veto_steps.collect_view()}{steps.collect_view()}</ul>
                    <p>{Msg::PathScoreAfter.text(lang)}{lang.colon()} {plan.score_after.to_string()}</p>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="card" data-testid="path-to-pass">
            <h2>{tr(Msg::PathToPass)}</h2>
            {body}
        </section>
    }
}
