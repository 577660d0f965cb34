//! The demo city 示例市 in a sandbox, for trainers and first-time visitors. It lives in a
//! storage namespace of its own (`<namespace>.demo`), so nothing done in the demo can reach the
//! user's assessments; a reset puts the fictional figures back, and a copy can be taken into
//! the user's own list.

use crate::i18n::{tr, Msg};
use crate::store::now;
use crate::ui::instance_context::{OwnWorkspace, StorageNamespace};
use crate::ui::main_view::MainView;
use crate::ui::route::{DemoShown, Presenting, Scope};
use crate::ui::tabs::{Tabs, View};
use crate::ui::IdPrefix;
use crate::workspace::Workspace;
use fscity_core::demo::demo_assessment;
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

crate::ui::lazy::chunk!(
    /// The demo city (its figures and the sandbox): a chunk of its own.
    pub mod demo_chunk: (Arc<Pack>, Option<Callback<()>>) =
        |(pack, exit)| DemoSandbox(DemoSandboxProps { pack, exit }).into_any()
);

/// The sandbox: a notice with reset, copy and exit, then the app's views on the demo.
#[component]
pub fn DemoSandbox(
    /// The pack the demo city answers (the embedded one).
    pack: Arc<Pack>,
    /// Leaves the demo (absent when the widget shows only the demo).
    #[prop(optional)]
    exit: Option<Callback<()>>,
) -> impl IntoView {
    // The user's own list (absent when a widget shows only the demo).
    let own = use_context::<OwnWorkspace>();
    let namespace = use_context::<StorageNamespace>()
        .map(|n| n.0)
        .unwrap_or_else(|| crate::instance::DEFAULT_NAMESPACE.to_owned());
    // The standalone page (no prefix of its own) gives the demo an address under #/demo.
    let parent = use_context::<IdPrefix>();
    let standalone = parent.is_none();
    provide_context(IdPrefix(format!("{}demo-", parent.unwrap_or_default().0)));
    let workspace = Workspace::keeping(pack, &format!("{namespace}.demo"));
    let (demo, persistence) = (workspace.store, workspace.persistence());
    if demo.assessment.with_untracked(Option::is_none) {
        persistence.add(demo_assessment(), demo);
    }
    let copied = RwSignal::new(false);
    let reset = move |_| {
        demo.replace(Some(demo_assessment()));
        copied.set(false);
    };
    let copy = move |_| {
        let own = own.and_then(|OwnWorkspace(own)| own.get_untracked());
        let (Some((own, own_store)), Some(mut a)) = (own, demo.assessment.get_untracked()) else {
            return;
        };
        a.name = format!(
            "{}{}",
            a.name,
            Msg::CopySuffix.text(crate::i18n::use_lang().get_untracked())
        );
        a.created = now();
        a.touch(&now());
        own.add(a, own_store);
        copied.set(true);
    };
    let view = RwSignal::new(View::Assess);
    let presenting = RwSignal::new(false);
    provide_context(Presenting(presenting));
    if let (true, Some(DemoShown(shown))) = (standalone, use_context::<DemoShown>()) {
        crate::ui::route::install(view, presenting, Scope::Demo, shown.into());
    }
    view! {
        <div class="demo-sandbox" data-testid="demo-sandbox">
            <div class="banner demo-banner" role="note">
                <p><strong>{tr(Msg::DemoHeading)}</strong> " " {tr(Msg::DemoFictional)}</p>
                <button type="button" data-testid="demo-reset" on:click=reset>{tr(Msg::DemoReset)}</button>
                {own.is_some().then(|| view! {
                    <button type="button" data-testid="demo-copy" on:click=copy>{tr(Msg::DemoCopy)}</button>
                })}
                {exit.map(|exit| view! {
                    <button type="button" data-testid="demo-exit" on:click=move |_| exit.run(())>{tr(Msg::DemoExit)}</button>
                })}
                <Show when=move || copied.get()>
                    <p role="status" data-testid="demo-copied">{tr(Msg::DemoCopied)}</p>
                </Show>
            </div>
            <Tabs view library=false/>
            <MainView view/>
        </div>
    }
}
