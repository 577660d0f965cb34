//! One context per workspace: the pack being worked on, what is selected in it, the city's
//! assessment and where it is kept. It is provided once, where the workspace is built (the
//! page's own, the demo sandbox's, a browse-only widget's), so every component below reads the
//! same pack whatever it is mounted in. Switching pack builds a new workspace under a new
//! reactive owner; the old one, with its `Arc<Pack>`, is freed with that owner.

use crate::pack_ref::PackRef;
use crate::persist::{install_autosave, Persistence};
use crate::store::AssessmentStore;
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

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

/// A workspace: its pack, selection, assessment store and persistence.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The current selection.
    pub selection: RwSignal<Selection>,
    /// The city's assessment and its report.
    pub store: AssessmentStore,
    /// Where assessments are kept; `None` where nothing is (a browse-only widget).
    persistence: Option<Persistence>,
}

impl Workspace {
    /// A workspace that only shows `pack`'s criteria, and provides it.
    pub fn browse(pack: Arc<Pack>) -> Workspace {
        Workspace {
            selection: RwSignal::new(Selection::Nothing),
            store: AssessmentStore::new(pack),
            persistence: None,
        }
        .provide()
    }

    /// A workspace that keeps assessments of `pack` under `namespace`, autosaved, reopening
    /// the last one; provides it.
    pub fn keeping(pack: Arc<Pack>, namespace: &str) -> Workspace {
        let store = AssessmentStore::new(pack);
        let persistence = Persistence::start(namespace, store);
        install_autosave(persistence, store);
        Workspace {
            selection: RwSignal::new(Selection::Nothing),
            store,
            persistence: Some(persistence),
        }
        .provide()
    }

    fn provide(self) -> Workspace {
        provide_context(self);
        self
    }

    /// The pack.
    pub fn pack(&self) -> PackRef {
        self.store.pack()
    }

    /// Where assessments are kept. Only views of a keeping workspace ask.
    pub fn persistence(&self) -> Persistence {
        self.persistence
            .expect("a view that keeps assessments is mounted in a keeping workspace")
    }
}

/// The workspace. Call at the top of a component.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

/// The workspace's assessment store. Call at the top of a component.
pub fn use_store() -> AssessmentStore {
    use_workspace().store
}

/// The workspace's persistence. Call at the top of a component of a keeping workspace.
pub fn use_persistence() -> Persistence {
    use_workspace().persistence()
}
