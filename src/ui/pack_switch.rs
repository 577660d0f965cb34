//! Opening a saved assessment wherever the user is (the library, the start form, a version
//! move): the workspace is built for one pack, so a record of another pack on the shelf makes
//! the page switch pack first. Shared by those views and provided by the page's workspace
//! (`ui::app`), so it lives here rather than in the root that mounts them.

use crate::packs::PackShelf;
use crate::persist::{Opened, Persistence};
use crate::store::AssessmentStore;
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// How a workspace opens a record of another pack: by becoming a workspace of that pack when
/// the shelf has it (the record is remembered as open, so the new workspace opens it), and
/// otherwise by opening it here, scored against this pack with a warning.
#[derive(Clone, Copy)]
pub struct PackSwitch {
    /// The pack the page's workspace is built for; setting it rebuilds the workspace.
    pub current: RwSignal<Arc<Pack>>,
    /// The packs this browser has.
    pub shelf: PackShelf,
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
