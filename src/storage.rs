//! The browser's localStorage, the only place fscity keeps anything. Every call tolerates a
//! storage that is missing or throws (sandboxed iframes, private modes): the app then simply
//! works without remembering.

use fscity_core::Lang;

const LANG_KEY: &str = "fscity.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The interface language chosen on an earlier visit.
pub fn load_lang() -> Option<Lang> {
    let stored = local_storage()?.get_item(LANG_KEY).ok().flatten()?;
    Lang::from_tag(&stored)
}

/// Remembers the interface language; false when storage refused.
pub fn save_lang(lang: Lang) -> bool {
    local_storage().is_some_and(|s| s.set_item(LANG_KEY, lang.tag()).is_ok())
}
