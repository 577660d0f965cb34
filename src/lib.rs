//! fscity, the browser app: Leptos components over `fscity-core`. The core owns every rule and
//! number; this crate only shows them and talks to the browser (`storage`).

pub mod i18n;
pub mod io;
pub mod persist;
pub mod state;
pub mod storage;
pub mod store;
pub mod ui;

pub use ui::app::App;

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
