//! Packs compiled into the app. A test validates each one, so a broken embedded pack fails
//! `make test` instead of reaching a user.

use super::error::PackError;
use super::load::load;
use super::model::Pack;

/// The pack a new visitor sees.
pub const DEFAULT_PACK_ID: &str = "nfsdc-2023";

/// A pack shipped inside the build, as JSON text.
pub struct EmbeddedPack {
    /// The pack's ID.
    pub id: &'static str,
    /// The pack file's name under `packs/`.
    pub file: &'static str,
    /// Its JSON text.
    pub json: &'static str,
}

/// Every pack shipped inside the build.
pub fn embedded_packs() -> &'static [EmbeddedPack] {
    &[EmbeddedPack {
        id: DEFAULT_PACK_ID,
        file: "nfsdc-2023.json",
        json: include_str!("../../../packs/nfsdc-2023.json"),
    }]
}

/// Earlier versions of the embedded packs, by ID and version. An assessment saved on one of
/// them is read, shown and offered the move with that version's criteria, not the new ones.
/// The list is small enough for the first visit; the texts are in [`earlier_pack`], which only
/// the code that needs them calls, so they load with it (a chunk in the app).
pub const EARLIER_VERSIONS: &[(&str, u32)] = &[(DEFAULT_PACK_ID, 1)];

/// Whether `(id, version)` is an earlier version of an embedded pack.
pub fn is_earlier_embedded(id: &str, version: u32) -> bool {
    EARLIER_VERSIONS.contains(&(id, version))
}

/// An earlier version of an embedded pack, loaded and validated; `None` when the app never
/// shipped that version.
pub fn earlier_pack(id: &str, version: u32) -> Option<Result<Pack, Vec<PackError>>> {
    let json = match (id, version) {
        (DEFAULT_PACK_ID, 1) => include_str!("../../../packs/earlier/nfsdc-2023@1.json"),
        _ => return None,
    };
    Some(load(json))
}

/// Loads the default pack. Fails only if the shipped file is broken, which the tests prevent;
/// the app shows the errors rather than a blank page.
pub fn default_pack() -> Result<Pack, Vec<PackError>> {
    let embedded = embedded_packs()
        .iter()
        .find(|p| p.id == DEFAULT_PACK_ID)
        .expect("the default pack is listed");
    load(embedded.json)
}
