//! The criteria packs this browser knows: the embedded default and the packs a city imported
//! (from a spreadsheet or a pack JSON shared by a colleague). Imported packs are kept in
//! localStorage under `<namespace>.pack.<id>@<version>`, each with where it came from and when,
//! and are validated by the same `fscity_core::pack::load` as the embedded one every time they
//! are read. A stored pack that no longer validates is reported, never silently used.

use crate::i18n::messages::Msg;
use crate::i18n::sentences::Sentence;
use crate::storage::{Fault, Store};
use fscity_core::{Lang, Localize, Pack, PackError, Text};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

const PACK: &str = "pack.";

/// One pack on the shelf.
#[derive(Clone, Debug)]
pub struct ShelvedPack {
    /// The validated pack, shared with the workspaces that use it.
    pub pack: Arc<Pack>,
    /// Where it came from, e.g. "导入自 细则.xlsx，2026-11-29"; `None` for the embedded pack.
    pub origin: Option<Origin>,
}

/// How a pack on the shelf was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginKind {
    /// Imported from a file (packs stored before this field existed were all imported, or
    /// edited with the editor's words as their file name, which [`Origin::describe`] reads).
    #[default]
    Imported,
    /// Made in the pack editor of this browser.
    Edited,
    /// An earlier version of a built-in pack, from the app itself (never stored): assessments
    /// saved on it open on it and are offered the move.
    Earlier,
}

/// Where a pack on the shelf came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// How it was made.
    #[serde(default)]
    pub kind: OriginKind,
    /// The file name it was imported from (empty for an edited pack).
    pub file: String,
    /// When (ISO 8601, the browser's clock).
    pub at: String,
}

impl Origin {
    /// A pack imported from `file` at `at`.
    pub fn imported(file: String, at: String) -> Origin {
        Origin {
            kind: OriginKind::Imported,
            file,
            at,
        }
    }

    /// A pack saved from the editor at `at`.
    pub fn edited(at: String) -> Origin {
        Origin {
            kind: OriginKind::Edited,
            file: String::new(),
            at,
        }
    }

    /// An earlier built-in version.
    pub fn earlier() -> Origin {
        Origin {
            kind: OriginKind::Earlier,
            file: String::new(),
            at: String::new(),
        }
    }

    /// Whether the user may take it off the shelf: only what was imported or edited here.
    pub fn removable(&self) -> bool {
        self.kind != OriginKind::Earlier
    }

    /// "导入自 细则.xlsx（2026-11-29）", or "在浏览器中编辑（2026-11-29）".
    pub fn describe(&self) -> Text {
        if self.kind == OriginKind::Earlier {
            return Msg::PackEarlierBuiltIn.both();
        }
        let day: String = self.at.chars().take(10).collect();
        // Before `kind`, an edited pack was stored with the editor's words as its file name.
        let legacy_edit = [Lang::Zh, Lang::En]
            .iter()
            .any(|&lang| self.file == Msg::EditorOrigin.text(lang));
        if self.kind == OriginKind::Edited || legacy_edit {
            return Sentence::EditedOn { day }.text();
        }
        Sentence::ImportedFrom {
            file: self.file.clone(),
            day,
        }
        .text()
    }
}

#[derive(Serialize, Deserialize)]
struct StoredPack {
    origin: Origin,
    pack: serde_json::Value,
}

/// The packs of one storage namespace.
#[derive(Clone, Copy)]
pub struct PackShelf {
    /// The embedded default pack first, then imported packs by id and version.
    pub packs: RwSignal<Vec<ShelvedPack>>,
    /// Stored packs that failed validation: their storage name and the first problem.
    pub broken: RwSignal<Vec<(String, Text)>>,
    store: StoredValue<Store>,
}

/// Why a pack could not be added.
#[derive(Debug)]
pub enum AddError {
    /// The shelf already holds this id and version.
    Exists,
    /// The browser refused the write.
    Storage(Fault),
}

impl PackShelf {
    /// Reads the shelf of `namespace`, with `default` first.
    pub fn open(namespace: &str, default: Arc<Pack>) -> PackShelf {
        let shelf = PackShelf {
            packs: RwSignal::new(Vec::new()),
            broken: RwSignal::new(Vec::new()),
            store: StoredValue::new(Store::open(namespace)),
        };
        shelf.reload(default);
        shelf
    }

    fn reload(&self, default: Arc<Pack>) {
        let store = self.store.get_value();
        let mut packs = vec![ShelvedPack {
            pack: default,
            origin: None,
        }];
        let mut broken = Vec::new();
        for name in store.names_with_prefix(PACK) {
            let Some(raw) = store.get(&name) else {
                continue;
            };
            match read_stored(&raw) {
                Ok((pack, origin)) => packs.push(ShelvedPack {
                    pack: Arc::new(pack),
                    origin: Some(origin),
                }),
                Err(problem) => broken.push((name, problem)),
            }
        }
        packs[1..].sort_by(|a, b| (&a.pack.id, a.pack.version).cmp(&(&b.pack.id, b.pack.version)));
        self.packs.set(packs);
        self.broken.set(broken);
    }

    /// The pack with this id and version.
    pub fn find(&self, id: &str, version: u32) -> Option<Arc<Pack>> {
        self.packs.with_untracked(|p| {
            p.iter()
                .find(|s| s.pack.id == id && s.pack.version == version)
                .map(|s| s.pack.clone())
        })
    }

    /// The highest version on the shelf of pack `id`.
    pub fn latest(&self, id: &str) -> Option<Arc<Pack>> {
        self.packs.with_untracked(|p| {
            p.iter()
                .filter(|s| s.pack.id == id)
                .max_by_key(|s| s.pack.version)
                .map(|s| s.pack.clone())
        })
    }

    /// Puts an earlier version of a built-in pack on the shelf for this visit. It is part of the
    /// app, so it is not stored; a version already here stays as it is.
    pub fn add_earlier(&self, pack: Pack) {
        if self.find(&pack.id, pack.version).is_some() {
            return;
        }
        self.packs.update(|p| {
            p.push(ShelvedPack {
                pack: Arc::new(pack),
                origin: Some(Origin::earlier()),
            });
            p[1..].sort_by(|a, b| (&a.pack.id, a.pack.version).cmp(&(&b.pack.id, b.pack.version)));
        });
    }

    /// Stores a validated pack; refuses an id and version already on the shelf, so nothing
    /// already saved is overwritten.
    pub fn add(&self, pack: Pack, origin: Origin) -> Result<Arc<Pack>, AddError> {
        if self.find(&pack.id, pack.version).is_some() {
            return Err(AddError::Exists);
        }
        let stored = StoredPack {
            origin: origin.clone(),
            pack: serde_json::to_value(&pack).unwrap_or_default(),
        };
        let json = serde_json::to_string(&stored).unwrap_or_default();
        let name = format!("{PACK}{}@{}", pack.id, pack.version);
        self.store
            .get_value()
            .set(&name, &json)
            .map_err(AddError::Storage)?;
        let pack = Arc::new(pack);
        self.packs.update(|p| {
            p.push(ShelvedPack {
                pack: pack.clone(),
                origin: Some(origin),
            })
        });
        Ok(pack)
    }
}

/// Why a pack could not be taken off the shelf.
#[derive(Debug)]
pub enum RemoveError {
    /// The embedded pack is part of the app.
    Embedded,
    /// Saved assessments answer this pack; they would lose the criteria they were scored on.
    InUse {
        /// How many.
        assessments: usize,
    },
}

impl PackShelf {
    /// Takes an imported pack off the shelf and out of storage. `users` is how many saved
    /// assessments answer it: a pack in use stays, so no record is left without its criteria.
    pub fn remove(&self, id: &str, version: u32, users: usize) -> Result<(), RemoveError> {
        let at = self.packs.with_untracked(|p| {
            p.iter()
                .position(|s| s.pack.id == id && s.pack.version == version)
        });
        match at {
            None => return Ok(()),
            Some(0) => return Err(RemoveError::Embedded),
            Some(_) if users > 0 => return Err(RemoveError::InUse { assessments: users }),
            Some(_) => {}
        }
        self.store
            .get_value()
            .remove(&format!("{PACK}{id}@{version}"));
        self.packs
            .update(|p| p.retain(|s| !(s.pack.id == id && s.pack.version == version)));
        Ok(())
    }
}

/// A stored pack, validated by the same code as the embedded one.
fn read_stored(raw: &str) -> Result<(Pack, Origin), Text> {
    let stored: StoredPack = serde_json::from_str(raw).map_err(|e| {
        // serde's words, in English only; the sentence around them is in both languages.
        Sentence::StoredPackUnreadable { why: e.to_string() }.text()
    })?;
    let json = stored.pack.to_string();
    let pack = fscity_core::pack::load(&json)
        .map_err(|errors: Vec<PackError>| errors.first().map(Localize::text).unwrap_or_default())?;
    Ok((pack, stored.origin))
}

/// The shelf. Call at the top of a component.
pub fn use_shelf() -> Option<PackShelf> {
    use_context::<PackShelf>()
}
