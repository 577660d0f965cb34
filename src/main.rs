//! Entry point of the browser bundle.

fn main() {
    mark("fscity:start");
    fscity::mount();
    mark("fscity:mounted");
}

/// A performance mark, read by the browser benchmark to split load time.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
