//! The notice and the view the tabs chose, for a workspace (the page's own or the demo city's),
//! and the criteria browser. Mounted by the root and by the demo sandbox, so it is a module of
//! its own rather than part of the root.

use crate::i18n::{tr, Msg};
use crate::ui::{
    criteria_search::CriteriaSearch,
    criteria_tree::CriteriaTree,
    gaps::gaps_chunk,
    indicator_detail::IndicatorDetail,
    lazy::Lazy,
    library::LibraryView,
    pass_rules::PassRules,
    presentation::presentation_chunk,
    provenance_notice::ProvenanceNotice,
    reports::reports_chunk,
    route::Presenting,
    tabs::View,
    veto_detail::VetoDetail,
    workspace::{AssessPane, ScoreSummary},
};
use crate::workspace::use_store;
use crate::workspace::{use_workspace, Selection};
use leptos::prelude::*;

/// The notice and the current view.
#[component]
pub fn MainView(view: RwSignal<View>) -> impl IntoView {
    crate::ui::report_link::ReportLink::provide(view);
    let store = use_store();
    let started = move || store.assessment.with(Option::is_some);
    let content = move || match view.get() {
        View::Browse => view! { <CriteriaBrowser/> }.into_any(),
        View::Assess => view! { <AssessPane/> }.into_any(),
        View::Gaps => view! {
            <Show when=started fallback=|| view! { <AssessPane/> }>
                <ScoreSummary/>
                <Lazy load=gaps_chunk::load props=view/>
            </Show>
        }
        .into_any(),
        View::Reports => view! {
            <Show when=started fallback=|| view! { <AssessPane/> }>
                <Lazy load=reports_chunk::load props=()/>
            </Show>
        }
        .into_any(),
        View::Library => view! { <LibraryView view/> }.into_any(),
    };
    view! {
        <ProvenanceNotice/>
        <main>{content}</main>
    }
}

/// The criteria tree and the detail pane.
#[component]
pub fn CriteriaBrowser() -> impl IntoView {
    let state = use_workspace();
    let detail = move || match state.selection.get() {
        Selection::Nothing => {
            view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any()
        }
        Selection::Indicator(id) => view! { <IndicatorDetail id/> }.into_any(),
        Selection::Veto(id) => view! { <VetoDetail id/> }.into_any(),
        Selection::PassRules => view! { <PassRules/> }.into_any(),
    };
    let presenting = use_context::<Presenting>()
        .map(|p| p.0)
        .unwrap_or_else(|| RwSignal::new(false));
    view! {
        <Show when=move || presenting.get()>
            <Lazy load=presentation_chunk::load props=Callback::new(move |_| presenting.set(false))/>
        </Show>
        <div class="browser">
            <div class="browser-side">
                <button type="button" class="present-button" data-testid="open-presentation"
                    on:click=move |_| presenting.set(true)>{tr(Msg::PresentOpen)}</button>
                <CriteriaSearch/>
                <CriteriaTree/>
            </div>
            <section class="detail" aria-live="polite" data-testid="detail">{detail}</section>
        </div>
    }
}
