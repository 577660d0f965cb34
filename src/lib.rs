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

/// A deliberate trap (a panic, which ends in `unreachable`), callable only from script:
/// `import(glue).then(m => m.fscityCrashDrill())`. The end-to-end test of the crash notice uses
/// it on the shipped bundle, so the notice is proven on a real trap of the real build rather
/// than on a separate test build.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = fscityCrashDrill)]
pub fn crash_drill() {
    panic!("fscity crash drill: a deliberate trap");
}
