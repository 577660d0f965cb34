//! The assessment workspace: the screen a city team lives in.
//!
//! Layout: a score summary always in view, the navigator on the left, the indicator being
//! edited in the middle, the verdict and veto panel on the right (stacked on a phone).

pub mod answer;
mod editor;
pub(crate) mod followed;
mod navigator;
mod record;
mod score_panel;
mod start_form;
mod submission;
mod verdict_panel;
mod veto_panel;

pub use score_panel::ScoreSummary;
pub use start_form::StartForm;
pub use verdict_panel::{VerdictPanel, WarningsPanel};
pub use veto_panel::VetoPanel;

use crate::workspace::use_store;
use leptos::prelude::*;

/// The assessment pane, or the start form while there is no assessment.
#[component]
pub fn AssessPane() -> impl IntoView {
    let store = use_store();
    let started = move || store.assessment.with(Option::is_some);
    view! {
        <Show when=started fallback=|| view! { <start_form::StartForm/> }>
            <ScoreSummary/>
            <div class="workspace">
                <navigator::Navigator/>
                <editor::IndicatorEditor/>
                <aside class="side">
                    <VerdictPanel/>
                    <WarningsPanel/>
                    <VetoPanel/>
                </aside>
            </div>
        </Show>
    }
}
