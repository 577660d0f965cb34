//! Opening a saved assessment wherever the user is (the library, the start form, a version
//! move): the workspace is built for one pack, so a record of another pack on the shelf makes
//! the page switch pack first. Shared by those views and provided by the page's workspace
//! (`ui::app`), so it lives here rather than in the root that mounts them.

use crate::packs::PackShelf;
use crate::persist::{Opened, Persistence};
use crate::store::AssessmentStore;
use crate::ui::earlier_packs;
use fscity_core::pack::is_earlier_embedded;
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
///
/// A record of an earlier built-in version whose chunk is still on its way (a backup just
/// imported: `earlier_packs::fetch_later` runs in the background) waits for it, so it opens
/// on its own version's criteria and is offered the move, however slow the machine.
pub fn open_record(switch: Option<PackSwitch>, p: Persistence, store: AssessmentStore, id: &str) {
    let Opened::OtherPack(saved) = p.open(id, store) else {
        return;
    };
    let Some(switch) = switch else {
        return p.adopt(id, *saved, store);
    };
    let wanted = (
        saved.assessment.pack_id.clone(),
        saved.assessment.pack_version,
    );
    if let Some(pack) = switch.shelf.find(&wanted.0, wanted.1) {
        return switch_to(switch, p, store, id, pack);
    }
    if !is_earlier_embedded(&wanted.0, wanted.1) {
        return p.adopt(id, *saved, store);
    }
    let id = id.to_owned();
    leptos::task::spawn_local(async move {
        earlier_packs::shelve_when_here(switch.shelf, vec![wanted.clone()]).await;
        match switch.shelf.find(&wanted.0, wanted.1) {
            Some(pack) => switch_to(switch, p, store, &id, pack),
            None => p.adopt(&id, *saved, store),
        }
    });
}

/// Rebuilds the workspace on `pack`, which opens record `id` (remembered as open).
fn switch_to(
    switch: PackSwitch,
    p: Persistence,
    store: AssessmentStore,
    id: &str,
    pack: Arc<Pack>,
) {
    p.save_now(store);
    p.remember_open(id);
    switch.current.set(pack);
}
