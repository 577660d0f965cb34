//! The app root: loads the embedded pack, opens storage, provides the shared state, lays out
//! the page.

use crate::embed::Widget;
use crate::i18n::{tr, LangContext, Msg};
use crate::persist::{install_autosave, Persistence};
use crate::state::{CriteriaState, Selection};
use crate::storage;
use crate::store::{use_store, AssessmentStore};
use crate::ui::{
    criteria_tree::CriteriaTree,
    gaps::GapsView,
    indicator_detail::IndicatorDetail,
    lang_switch::LangSwitch,
    library::LibraryView,
    pack_errors::PackErrors,
    pass_rules::PassRules,
    provenance_notice::ProvenanceNotice,
    reports::ReportsView,
    status_bar::StatusBar,
    tabs::{Tabs, View},
    veto_detail::VetoDetail,
    workspace::{ScoreSummary, Workspace},
};
use leptos::prelude::*;

/// The storage namespace of the standalone app.
pub const DEFAULT_NAMESPACE: &str = "fscity";

/// This instance's storage namespace, for components that store something of their own.
#[derive(Clone, Debug)]
pub struct StorageNamespace(pub String);

/// One instance of the app: the standalone page or one embedded widget.
#[component]
pub fn App(#[prop(default = Widget::standalone())] widget: Widget) -> impl IntoView {
    let namespace = widget.namespace.clone();
    let lang = RwSignal::new(
        storage::load_lang(&storage::Store::open(&namespace))
            .or(widget.lang)
            .unwrap_or_default(),
    );
    provide_context(LangContext(lang));
    provide_context(StorageNamespace(namespace.clone()));
    if !widget.embedded {
        // The standalone page owns the document; a widget marks only its own root.
        Effect::new(move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.get().tag());
            }
        });
    }

    let body = match startup_pack() {
        Ok(pack) => {
            let pack: &'static _ = Box::leak(Box::new(pack));
            provide_context(CriteriaState {
                pack,
                selection: RwSignal::new(Selection::Nothing),
            });
            let assessments = AssessmentStore::new(pack);
            provide_context(assessments);
            let persistence = Persistence::start(&namespace, assessments);
            provide_context(persistence);
            install_autosave(persistence, assessments);
            let opened = assessments.assessment.with_untracked(Option::is_some);
            let view = RwSignal::new(if opened { View::Assess } else { View::Browse });
            view! {
                <Tabs view/>
                <StatusBar/>
                <Main view/>
            }
            .into_any()
        }
        Err(errors) => view! { <PackErrors errors/> }.into_any(),
    };

    view! {
        <div class="fscity" lang=move || lang.get().tag()>
            <header class="app-header">
                <div>
                    <h1>{tr(Msg::AppTitle)}</h1>
                    <p class="subtitle">{tr(Msg::AppSubtitle)}</p>
                </div>
                <LangSwitch/>
            </header>
            {body}
        </div>
    }
}

/// The pack the app starts with: the embedded default, or — only in benchmark builds — a
/// generated pack named at build time.
fn startup_pack() -> Result<fscity_core::Pack, Vec<fscity_core::PackError>> {
    #[cfg(feature = "bench-pack")]
    return fscity_core::pack::load(include_str!(env!("FSCITY_BENCH_PACK")));
    #[cfg(not(feature = "bench-pack"))]
    fscity_core::pack::default_pack()
}

/// The notice and the current view.
#[component]
fn Main(view: RwSignal<View>) -> impl IntoView {
    let store = use_store();
    let started = move || store.assessment.with(Option::is_some);
    let content = move || match view.get() {
        View::Browse => view! { <CriteriaBrowser/> }.into_any(),
        View::Assess => view! { <Workspace/> }.into_any(),
        View::Gaps => view! {
            <Show when=started fallback=|| view! { <Workspace/> }>
                <ScoreSummary/>
                <GapsView view/>
            </Show>
        }
        .into_any(),
        View::Reports => view! {
            <Show when=started fallback=|| view! { <Workspace/> }>
                <ReportsView/>
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
fn CriteriaBrowser() -> impl IntoView {
    let state = crate::state::use_criteria();
    let detail = move || match state.selection.get() {
        Selection::Nothing => {
            view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any()
        }
        Selection::Indicator(id) => view! { <IndicatorDetail id/> }.into_any(),
        Selection::Veto(id) => view! { <VetoDetail id/> }.into_any(),
        Selection::PassRules => view! { <PassRules/> }.into_any(),
    };
    view! {
        <div class="browser">
            <CriteriaTree/>
            <section class="detail" aria-live="polite" data-testid="detail">{detail}</section>
        </div>
    }
}
