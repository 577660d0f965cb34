//! Criteria packs: one edition of the 评价细则 as data.
//!
//! A pack arrives as JSON text, is parsed indicator by indicator (so a shape error names the
//! indicator it is in) and then checked for meaning ([`validate`]). Only a pack that passes both
//! is handed out as a [`Pack`]; later code never re-checks it. Indicators are found by stable ID,
//! never by position.

mod embedded;
mod error;
mod link;
mod load;
mod model;
mod validate;

pub use embedded::{
    default_pack, earlier_pack, embedded_packs, is_earlier_embedded, EmbeddedPack, DEFAULT_PACK_ID,
    EARLIER_VERSIONS,
};
pub use error::{Location, PackError, PackErrorKind};
pub use link::web_link;
pub use load::{load, PACK_SCHEMA_VERSION};
pub use model::*;
pub use validate::validate;
