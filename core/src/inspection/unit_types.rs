//! The kinds of inspection point (业态), as data (`packs/inspection.json`): a register's
//! 业态 column is matched to them by name, English name, alias or ID.

use crate::Text;
use serde::{Deserialize, Serialize};

/// One kind of inspection point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitType {
    /// Stable identifier (`small_restaurant`).
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Other names a register may use (`小餐馆`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// Every kind of point a register may name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitTypes(pub Vec<UnitType>);

#[derive(Deserialize)]
struct Companion {
    unit_types: Vec<UnitType>,
}

impl UnitTypes {
    /// The 17 kinds fscity ships (the Fuzhou rehearsal's list); `make test` reads them.
    pub fn shipped() -> UnitTypes {
        let companion: Result<Companion, _> =
            serde_json::from_str(include_str!("../../../packs/inspection.json"));
        UnitTypes(companion.map(|c| c.unit_types).unwrap_or_default())
    }

    /// The kind a register's cell names, if any.
    pub fn find(&self, text: &str) -> Option<&UnitType> {
        let text = text.trim();
        self.0.iter().find(|t| {
            t.id == text
                || t.name.zh == text
                || t.name.en.eq_ignore_ascii_case(text)
                || t.aliases.iter().any(|a| a == text)
        })
    }

    /// The kind with this ID.
    pub fn get(&self, id: &str) -> Option<&UnitType> {
        self.0.iter().find(|t| t.id == id)
    }
}
