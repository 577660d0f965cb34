//! fscity, the browser app: Leptos components over `fscity-core`. The core owns every rule and
//! number; this crate only shows them and talks to the browser (`storage`).

pub mod embed;
pub mod i18n;
pub mod instance;
pub mod io;
pub mod pack_ref;
pub mod packs;
pub mod persist;
pub mod storage;
pub mod store;
pub mod ui;
pub mod workspace;

pub use ui::app::App;

/// Starts the app on the page: the standalone page, or every `[data-fscity]` widget.
pub fn mount() {
    console_error_panic_hook::set_once();
    embed::start();
}
