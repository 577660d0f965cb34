//! The persistence context: what the UI reads or triggers about keeping assessments. Its
//! methods live beside what they do (`library` for the list and its actions, `sync` for
//! autosave and other tabs); this file holds the state they share.

use super::listing::{Listed, Quarantined};
use super::save_status::{Conflict, SaveStatus};
use crate::storage::Store;
use crate::store::AssessmentStore;
use fscity_core::saved::sync::TabCopy;
use fscity_core::saved::SavedAssessment;
use leptos::prelude::*;

/// The app version written into every saved file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Everything about persistence the UI reads or triggers, shared through context.
#[derive(Clone, Copy)]
pub struct Persistence {
    /// The storage namespace.
    pub store: StoredValue<Store>,
    /// The assessments kept in this browser.
    pub list: RwSignal<Vec<Listed>>,
    /// Records that could not be read, set aside.
    pub quarantined: RwSignal<Vec<Quarantined>>,
    /// How the last save went.
    pub status: RwSignal<SaveStatus>,
    /// The storage id of the open assessment.
    pub open_id: RwSignal<Option<String>>,
    /// The revision and JSON of the open assessment as this tab last read or wrote it; the
    /// core's `saved::sync` decides from it whether to write, follow or ask.
    pub copy: StoredValue<TabCopy>,
    /// Another tab changed the open assessment while this one has unsaved edits.
    pub conflict: RwSignal<Option<Conflict>>,
    /// The last deleted or replaced assessment, restorable until the next deletion.
    pub trash: RwSignal<Option<SavedAssessment>>,
    /// A message about the last import, delete, restore or clear.
    pub notice: RwSignal<Option<fscity_core::Text>>,
    /// The packs this browser knows (absent in the demo sandbox and in tests).
    pub shelf: Option<crate::packs::PackShelf>,
}

impl Persistence {
    /// Opens storage under `namespace`, reads every record and reopens the last assessment.
    pub fn start(namespace: &str, assessments: AssessmentStore) -> Persistence {
        let store = Store::open(namespace);
        let status = if store.is_available() {
            SaveStatus::Idle
        } else {
            SaveStatus::Unavailable
        };
        let p = Persistence {
            store: StoredValue::new(store),
            list: RwSignal::new(Vec::new()),
            quarantined: RwSignal::new(Vec::new()),
            status: RwSignal::new(status),
            open_id: RwSignal::new(None),
            copy: StoredValue::new(TabCopy::default()),
            conflict: RwSignal::new(None),
            trash: RwSignal::new(None),
            notice: RwSignal::new(None),
            shelf: use_context(),
        };
        p.reload_list(assessments);
        p.restore_state(assessments);
        p
    }
}
