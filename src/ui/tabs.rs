//! The views of the app and the tab bar that switches between them.

use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The criteria browser.
    Browse,
    /// The assessment workspace.
    Assess,
    /// The gap list and path to pass.
    Gaps,
    /// Printed report, action list per department, progress, exports.
    Reports,
    /// The assessments kept in this browser.
    Library,
}

impl View {
    fn label(self) -> Msg {
        match self {
            View::Browse => Msg::TabBrowse,
            View::Assess => Msg::TabAssess,
            View::Gaps => Msg::TabGaps,
            View::Reports => Msg::TabReports,
            View::Library => Msg::TabLibrary,
        }
    }

    fn testid(self) -> &'static str {
        match self {
            View::Browse => "tab-browse",
            View::Assess => "tab-assess",
            View::Gaps => "tab-gaps",
            View::Reports => "tab-reports",
            View::Library => "tab-library",
        }
    }
}

/// The tab bar; `library` false leaves out "my assessments" (the demo sandbox has none).
#[component]
pub fn Tabs(view: RwSignal<View>, #[prop(default = true)] library: bool) -> impl IntoView {
    let tab = move |v: View| {
        view! {
            <button type="button" class="tab" class:current=move || view.get() == v
                aria-current=move || (view.get() == v).then_some("page")
                data-testid=v.testid() on:click=move |_| view.set(v)>
                {tr(v.label())}
            </button>
        }
    };
    view! {
        <nav class="tabs" aria-label=tr(Msg::MainNav)>
            {tab(View::Browse)} {tab(View::Assess)} {tab(View::Gaps)} {tab(View::Reports)}
            {library.then(|| tab(View::Library))}
        </nav>
    }
}
