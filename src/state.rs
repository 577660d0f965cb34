//! What the whole page shares: the loaded pack and what is selected in it.

use fscity_core::Pack;
use leptos::prelude::*;

/// What the detail pane shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// Nothing chosen yet.
    Nothing,
    /// An indicator, by stable ID.
    Indicator(String),
    /// A veto item, by stable ID.
    Veto(String),
    /// The pass rules.
    PassRules,
}

/// The page's shared state, provided once by the app root.
#[derive(Clone, Copy)]
pub struct CriteriaState {
    /// The validated pack; lives for the whole page.
    pub pack: &'static Pack,
    /// The current selection.
    pub selection: RwSignal<Selection>,
}

/// The shared criteria state. Call at the top of a component.
pub fn use_criteria() -> CriteriaState {
    expect_context::<CriteriaState>()
}
