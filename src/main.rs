//! Entry point of the browser bundle.

fn main() {
    mark("fscity:start");
    // The page shows a title while the bundle loads; the app takes its place.
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("fscity-loading"))
    {
        loading.remove();
    }
    fscity::mount();
    mark("fscity:mounted");
}

/// A performance mark, read by the browser benchmark to split load time.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
