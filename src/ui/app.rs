//! The app root: loads the embedded pack, opens storage, provides the shared state, lays out
//! the page. It only mounts: what its views share lives in `instance_context`, `pack_switch`,
//! `route` and `main_view`, so no view imports the root.

use crate::i18n::{tr, LangContext, Msg};
use crate::instance::{id_prefix, Mode, Widget};
use crate::packs::PackShelf;
use crate::persist::Persistence;
use crate::storage;
use crate::ui::{
    demo::demo_chunk,
    earlier_packs::{self, earlier_chunk, EarlierProps},
    instance_context::{OwnWorkspace, StorageNamespace},
    lang_switch::LangSwitch,
    lazy::Lazy,
    main_view::{CriteriaBrowser, MainView},
    pack_errors::PackErrors,
    pack_switch::PackSwitch,
    provenance_notice::ProvenanceNotice,
    route::{DemoShown, Presenting, Scope},
    status_bar::StatusBar,
    tabs::{Tabs, View},
};
use crate::workspace::Workspace;
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Set in the user's namespace while the demo city is open, so a reload reopens it.
const DEMO_OPEN: &str = "demo-open";

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

/// The shelf of packs, with the earlier built-in versions saved assessments still answer put
/// on it first (a chunk, fetched only when there are such assessments), then the pages.
#[component]
fn FullApp(default: Arc<Pack>, namespace: String) -> impl IntoView {
    let shelf = PackShelf::open(&namespace, default.clone());
    provide_context(shelf);
    let answered = Persistence::packs_answered(&storage::Store::open(&namespace));
    let needed = earlier_packs::missing(shelf, answered);
    let then = ViewFn::from(move || {
        view! { <OwnPages default=default.clone() namespace=namespace.clone() shelf/> }
    });
    if needed.is_empty() {
        return then.run();
    }
    let props = EarlierProps {
        shelf,
        needed,
        then,
    };
    view! { <Lazy load=earlier_chunk::load props/> }.into_any()
}

/// The city's own assessments with every view, and the demo city one click away (kept in the
/// page once opened, so leaving and re-entering the demo loses nothing).
#[component]
fn OwnPages(default: Arc<Pack>, namespace: String, shelf: PackShelf) -> impl IntoView {
    let initial = Persistence::last_open_pack(&storage::Store::open(&namespace))
        .and_then(|(id, version)| shelf.find(&id, version))
        .unwrap_or_else(|| default.clone());
    let current = RwSignal::new(initial);
    let own = RwSignal::new(None);
    provide_context(OwnWorkspace(own));
    // Records that arrive later (a backup from before an update) bring their earlier version.
    Effect::new(move |_| {
        let Some((persistence, _)) = own.get() else {
            return;
        };
        let answered = persistence.list.with(|list| {
            list.iter()
                .map(|l| (l.pack_id.clone(), l.pack_version))
                .collect()
        });
        let needed = earlier_packs::missing(shelf, answered);
        if !needed.is_empty() {
            earlier_packs::fetch_later(shelf, needed);
        }
    });
    provide_context(crate::ui::version_move::MoveUndo(RwSignal::new(None)));
    // The demo stays open across a reload (a trainer presses F5 in the middle of a session):
    // the standalone page's address says so (`#/demo/…`), a widget remembers it in storage.
    let own_store = StoredValue::new(storage::Store::open(&namespace));
    let standalone = use_context::<crate::ui::IdPrefix>().is_none();
    let address = standalone.then(crate::ui::route::address_scope).flatten();
    let was_open = match address {
        Some(scope) => scope == Scope::Demo,
        None => own_store.with_value(|s| s.get(DEMO_OPEN).is_some()),
    };
    let demo_open = RwSignal::new(was_open);
    let demo_started = RwSignal::new(was_open);
    provide_context(DemoShown(demo_open));
    if standalone {
        // Back and Forward across the demo's border open and leave it.
        crate::ui::route::follow_demo_border(demo_open);
    }
    Effect::new(move |_| {
        if demo_open.get() {
            demo_started.set(true);
            let _ = own_store.with_value(|s| s.set(DEMO_OPEN, "1"));
        } else {
            own_store.with_value(|s| s.remove(DEMO_OPEN));
        }
    });
    let open_demo = move |_| demo_open.set(true);
    let exit_demo = move |_| demo_open.set(false);
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
    // The undo offer and a notice belong to where they were made: moving to another view ends
    // them, so "撤销" never lingers over work it no longer concerns.
    Effect::new(move |before: Option<View>| {
        let now = view.get();
        if before.is_some_and(|before| before != now) {
            persistence.notice.set(None);
            persistence.trash.set(None);
        }
        now
    });
    // The standalone page owns the address; an embedded widget has an id prefix and leaves the
    // host's URL and history alone.
    if use_context::<crate::ui::IdPrefix>().is_none() {
        let demo = use_context::<DemoShown>();
        let shown = Signal::derive(move || !demo.is_some_and(|DemoShown(d)| d.get()));
        crate::ui::route::install(view, presenting, Scope::Own, shown);
    }
    view! {
        <Tabs view/>
        <StatusBar/>
        <crate::ui::version_move::VersionMove/>
        <MainView view/>
    }
}
