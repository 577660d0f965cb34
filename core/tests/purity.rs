//! fscity-core must stay free of browser and UI crates, so it builds and tests natively and the
//! scoring can be trusted without a browser. This reads the crate's own manifest.

#[test]
fn core_depends_on_no_browser_or_ui_crate() {
    let manifest = include_str!("../Cargo.toml");
    for forbidden in [
        "leptos",
        "web-sys",
        "web_sys",
        "wasm-bindgen",
        "wasm_bindgen",
        "js-sys",
        "gloo",
    ] {
        let listed = manifest.lines().any(|line| {
            let key = line.split('=').next().unwrap_or("").trim();
            key == forbidden
                || key.starts_with(&format!("{forbidden}-"))
                || key.starts_with(&format!("{forbidden}_"))
        });
        assert!(!listed, "fscity-core must not depend on {forbidden}");
    }
}
