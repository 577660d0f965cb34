//! The browser's localStorage: the only place fscity keeps anything, and the only module that
//! touches it. Access goes through gloo-storage, but only after a probe has shown storage is
//! usable — gloo throws when it is not (sandboxed iframes, private modes, disabled storage), and
//! the app must then keep working in memory instead.
//!
//! Every key starts with a namespace (`fscity` by default), so two embedded widgets, or two
//! sites on one origin, never read each other's data.
//!
//! Writes never truncate: `setItem` either stores the whole new value or throws and leaves the
//! old one untouched (HTML spec), so a failed save keeps the previous copy intact.

use fscity_core::Lang;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

/// Why storage refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// No usable localStorage (disabled, sandboxed, private mode that throws).
    Unavailable,
    /// The browser's quota for this site is full.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
}

/// A view of localStorage under one namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    namespace: String,
    available: bool,
}

const PROBE_KEY: &str = "__fscity_probe__";

/// True when localStorage exists and accepts a write.
fn probe() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    let ok = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    ok
}

fn classify(error: wasm_bindgen::JsValue) -> Fault {
    match error.dyn_into::<js_sys::Error>() {
        Ok(e) => {
            let e = gloo_utils::errors::JsError::from(e);
            if e.name == "QuotaExceededError" || e.name == "NS_ERROR_DOM_QUOTA_REACHED" {
                Fault::QuotaExceeded
            } else {
                Fault::Other(format!("{}: {}", e.name, e.message))
            }
        }
        Err(other) => Fault::Other(format!("{other:?}")),
    }
}

impl Store {
    /// Opens the namespace, probing whether storage is usable.
    pub fn open(namespace: &str) -> Store {
        Store {
            namespace: namespace.to_owned(),
            available: probe(),
        }
    }

    /// A store that never touches the browser (for an in-memory session).
    pub fn unavailable(namespace: &str) -> Store {
        Store {
            namespace: namespace.to_owned(),
            available: false,
        }
    }

    /// Whether anything will be kept after the page closes.
    pub fn is_available(&self) -> bool {
        self.available
    }

    /// The namespace prefix.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The full key for `name`.
    pub fn key(&self, name: &str) -> String {
        format!("{}.{name}", self.namespace)
    }

    /// The text under `name`, if any.
    pub fn get(&self, name: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        LocalStorage::raw().get_item(&self.key(name)).ok().flatten()
    }

    /// Stores `value` under `name` whole, or leaves the old value untouched and says why not.
    pub fn set(&self, name: &str, value: &str) -> Result<(), Fault> {
        if !self.available {
            return Err(Fault::Unavailable);
        }
        LocalStorage::raw()
            .set_item(&self.key(name), value)
            .map_err(classify)
    }

    /// Removes `name`.
    pub fn remove(&self, name: &str) {
        if self.available {
            LocalStorage::delete(self.key(name));
        }
    }

    /// The names under this namespace that start with `prefix`.
    pub fn names_with_prefix(&self, prefix: &str) -> Vec<String> {
        if !self.available {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        let full = self.key(prefix);
        let skip = self.namespace.len() + 1;
        (0..LocalStorage::length())
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|k| k.starts_with(&full))
            .map(|k| k[skip..].to_owned())
            .collect()
    }

    /// Removes every key of this namespace (and only those).
    pub fn clear_namespace(&self) {
        for name in self.names_with_prefix("") {
            self.remove(&name);
        }
    }

    /// Turns a full storage key (as seen in a `storage` event) back into a name of this
    /// namespace.
    pub fn name_of<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(&self.namespace)?.strip_prefix('.')
    }
}

const LANG: &str = "lang";

/// The interface language chosen on an earlier visit.
pub fn load_lang(store: &Store) -> Option<Lang> {
    Lang::from_tag(&store.get(LANG)?)
}

/// Remembers the interface language; false when storage refused.
pub fn save_lang(store: &Store, lang: Lang) -> bool {
    store.set(LANG, lang.tag()).is_ok()
}
