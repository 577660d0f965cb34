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

/// Loads the default pack. Fails only if the shipped file is broken, which the tests prevent;
/// the app shows the errors rather than a blank page.
pub fn default_pack() -> Result<Pack, Vec<PackError>> {
    let embedded = embedded_packs()
        .iter()
        .find(|p| p.id == DEFAULT_PACK_ID)
        .expect("the default pack is listed");
    load(embedded.json)
}
