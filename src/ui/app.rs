//! The app root: loads the embedded pack, opens storage, provides the shared state, lays out
//! the page.

use crate::i18n::{tr, LangContext, Msg};
use crate::instance::{id_prefix, Mode, Widget};
use crate::packs::PackShelf;
use crate::persist::{Opened, Persistence};
use crate::storage;
use crate::store::{use_store, AssessmentStore};
use crate::ui::{
    criteria_search::CriteriaSearch,
    criteria_tree::CriteriaTree,
    demo::demo_chunk,
    gaps::gaps_chunk,
    indicator_detail::IndicatorDetail,
    lang_switch::LangSwitch,
    lazy::Lazy,
    library::LibraryView,
    pack_errors::PackErrors,
    pass_rules::PassRules,
    presentation::presentation_chunk,
    provenance_notice::ProvenanceNotice,
    reports::reports_chunk,
    route::Presenting,
    status_bar::StatusBar,
    tabs::{Tabs, View},
    veto_detail::VetoDetail,
    workspace::{AssessPane, ScoreSummary},
};
use crate::workspace::{use_workspace, Selection, Workspace};
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Set in the user's namespace while the demo city is open, so a reload reopens it.
const DEMO_OPEN: &str = "demo-open";

/// The user's own workspace (storage and store), for the demo's "copy to my assessments".
#[derive(Clone, Copy)]
pub struct OwnWorkspace(pub RwSignal<Option<(Persistence, AssessmentStore)>>);

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
    if widget.embedded {
        provide_context(crate::ui::IdPrefix(id_prefix(&widget)));
    }
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
            let pack = Arc::new(pack);
            match widget.mode {
                Mode::Assess => {
                    view! { <FullApp default=pack namespace=namespace.clone()/> }.into_any()
                }
                Mode::Browse => {
                    Workspace::browse(pack);
                    view! {
                        <ProvenanceNotice/>
                        <main><CriteriaBrowser/></main>
                    }
                    .into_any()
                }
                Mode::Demo => view! { <Lazy load=demo_chunk::load props=(pack, None)/> }.into_any(),
            }
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

/// The city's own assessments with every view, and the demo city one click away (kept in the
/// page once opened, so leaving and re-entering the demo loses nothing).
#[component]
fn FullApp(default: Arc<Pack>, namespace: String) -> impl IntoView {
    let shelf = PackShelf::open(&namespace, default.clone());
    provide_context(shelf);
    let initial = Persistence::last_open_pack(&storage::Store::open(&namespace))
        .and_then(|(id, version)| shelf.find(&id, version))
        .unwrap_or_else(|| default.clone());
    let current = RwSignal::new(initial);
    provide_context(OwnWorkspace(RwSignal::new(None)));
    provide_context(crate::ui::version_move::MoveUndo(RwSignal::new(None)));
    // The demo stays open across a reload (a trainer presses F5 in the middle of a session).
    let own_store = StoredValue::new(storage::Store::open(&namespace));
    let was_open = own_store.with_value(|s| s.get(DEMO_OPEN).is_some());
    let demo_open = RwSignal::new(was_open);
    let demo_started = RwSignal::new(was_open);
    let open_demo = move |_| {
        demo_started.set(true);
        demo_open.set(true);
        let _ = own_store.with_value(|s| s.set(DEMO_OPEN, "1"));
    };
    let exit_demo = move |_| {
        demo_open.set(false);
        own_store.with_value(|s| s.remove(DEMO_OPEN));
    };
    view! {
        <div hidden=move || demo_open.get()>
            <div class="mode-buttons">
                <button type="button" data-testid="open-demo" on:click=open_demo>{tr(Msg::DemoOpen)}</button>
            </div>
            {move || {
                let pack = current.get();
                view! { <PackWorkspace pack namespace=namespace.clone() current/> }
            }}
        </div>
        <Show when=move || demo_started.get()>
            <div hidden=move || !demo_open.get()>
                <Lazy load=demo_chunk::load props=(default.clone(), Some(Callback::new(exit_demo)))/>
            </div>
        </Show>
    }
}

/// How a workspace opens a record of another pack: by becoming a workspace of that pack when
/// the shelf has it (the record is remembered as open, so the new workspace opens it), and
/// otherwise by opening it here, scored against this pack with a warning.
#[derive(Clone, Copy)]
pub struct PackSwitch {
    current: RwSignal<Arc<Pack>>,
    shelf: PackShelf,
}

/// Opens record `id`. `switch` is this workspace's (absent in the demo sandbox, which has
/// one pack). Call `use_context::<PackSwitch>()` at the top of the component.
pub fn open_record(switch: Option<PackSwitch>, p: Persistence, store: AssessmentStore, id: &str) {
    let Opened::OtherPack(saved) = p.open(id, store) else {
        return;
    };
    let a = &saved.assessment;
    match switch.and_then(|s| {
        s.shelf
            .find(&a.pack_id, a.pack_version)
            .map(|pack| (s, pack))
    }) {
        Some((switch, pack)) => {
            p.save_now(store);
            p.remember_open(id);
            switch.current.set(pack);
        }
        None => p.adopt(id, *saved, store),
    }
}

/// Everything that works on one pack: its criteria, the assessment store, storage. Opening an
/// assessment of another pack on the shelf sets `current`, which builds a new workspace.
#[component]
fn PackWorkspace(
    pack: Arc<Pack>,
    namespace: String,
    current: RwSignal<Arc<Pack>>,
) -> impl IntoView {
    let workspace = Workspace::keeping(pack, &namespace);
    let (persistence, assessments) = (workspace.persistence(), workspace.store);
    if let Some(OwnWorkspace(own)) = use_context() {
        own.set(Some((persistence, assessments)));
    }
    provide_context(PackSwitch {
        current,
        shelf: expect_context::<PackShelf>(),
    });
    let opened = assessments.assessment.with_untracked(Option::is_some);
    let view = RwSignal::new(if opened { View::Assess } else { View::Browse });
    let presenting = RwSignal::new(false);
    provide_context(Presenting(presenting));
    // The standalone page owns the address; an embedded widget has an id prefix and leaves the
    // host's URL and history alone.
    if use_context::<crate::ui::IdPrefix>().is_none() {
        crate::ui::route::install(view, presenting);
    }
    view! {
        <Tabs view/>
        <StatusBar/>
        <crate::ui::version_move::VersionMove/>
        <MainView view/>
    }
}

/// The notice and the current view.
#[component]
pub fn MainView(view: RwSignal<View>) -> impl IntoView {
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
fn CriteriaBrowser() -> impl IntoView {
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
