//! A new version of a built-in pack reaches a city the way an official update would: its
//! assessments saved on the earlier version open on that version's criteria and are offered
//! the move with its differences (`version_move`). The earlier versions' texts are a chunk of
//! their own, fetched only by a browser that holds such an assessment, before the workspace
//! that shows it is built; records imported later fetch it in the background.

use crate::packs::PackShelf;
use fscity_core::pack::{earlier_pack, is_earlier_embedded};
use leptos::prelude::*;

/// What the chunk needs: the shelf, the versions to put on it, and the view to show after.
#[derive(Clone)]
pub struct EarlierProps {
    /// The shelf they go on.
    pub shelf: PackShelf,
    /// The earlier built-in versions the saved records answer and the shelf lacks.
    pub needed: Vec<(String, u32)>,
    /// What to show once they are there.
    pub then: ViewFn,
}

crate::ui::lazy::chunk!(
    /// The earlier versions of the built-in packs, put on the shelf, then the view that needs
    /// them.
    pub mod earlier_chunk: EarlierProps = |props| {
        shelve(&props);
        props.then.run()
    }
);

fn shelve(props: &EarlierProps) {
    for (id, version) in &props.needed {
        // The shipped versions are validated by `make test`, so `Err` cannot reach a user.
        if let Some(Ok(pack)) = earlier_pack(id, *version) {
            props.shelf.add_earlier(pack);
        }
    }
}

/// The earlier built-in versions among `answered` that the shelf does not hold.
pub fn missing(shelf: PackShelf, answered: Vec<(String, u32)>) -> Vec<(String, u32)> {
    answered
        .into_iter()
        .filter(|(id, version)| {
            is_earlier_embedded(id, *version) && shelf.find(id, *version).is_none()
        })
        .collect()
}

/// Puts `needed` on the shelf once the chunk is here, for records that arrived after the
/// page started (a backup imported from before the update). A failed fetch is tried again on
/// the next change of the list.
pub fn fetch_later(shelf: PackShelf, needed: Vec<(String, u32)>) {
    leptos::task::spawn_local(shelve_when_here(shelf, needed));
}

/// Fetches the chunk and puts `needed` on the shelf; awaited by a record opened before the
/// background fetch of `fetch_later` is done, so it still opens on its own version.
pub async fn shelve_when_here(shelf: PackShelf, needed: Vec<(String, u32)>) {
    if let Ok(render) = earlier_chunk::load().await {
        let then = ViewFn::from(|| ());
        let _ = render(EarlierProps {
            shelf,
            needed,
            then,
        });
    }
}
