//! Browser tests (wasm-bindgen-test in headless Chromium): the components mounted into a real
//! page. Plain #[test] would be silently skipped on wasm, so every test here is
//! #[wasm_bindgen_test].

use fscity::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container with the app mounted in it, and a clean localStorage.
fn mount_app() -> (
    Element,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), App);
    (host.into(), handle)
}

/// Lets reactive updates reach the DOM.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn criteria_tree_renders_all_54_indicators_in_three_groups() {
    let (root, _handle) = mount_app();
    let leaves = all(&root, "[data-testid=criteria-tree] [data-indicator-id]");
    assert_eq!(leaves.len(), 54);
    let ids: std::collections::BTreeSet<String> = leaves
        .iter()
        .map(|e| e.get_attribute("data-indicator-id").unwrap())
        .collect();
    assert_eq!(ids.len(), 54, "indicator IDs are unique");
    assert_eq!(all(&root, "[data-group-id]").len(), 3);
    assert!(text(&root, "[data-group-id=basic] summary").contains("基础工作"));
    assert!(
        !all(&root, "[data-testid=veto-link]").is_empty(),
        "veto items are listed"
    );
}

#[wasm_bindgen_test]
async fn choosing_an_indicator_shows_its_details_and_provenance() {
    let (root, _handle) = mount_app();
    click(&root, "[data-indicator-id='C-02']");
    settle().await;
    let detail = text(&root, "[data-testid=indicator-detail]");
    assert!(detail.contains("C-02"));
    assert!(
        detail.contains("评价标准") && detail.contains("佐证材料") && detail.contains("责任单位")
    );
    assert!(!text(&root, "[data-testid=confidence]").is_empty());
    assert!(
        text(&root, "[data-testid=thresholds]").contains('4'),
        "the 4 per 1,000 threshold is shown"
    );
}

#[wasm_bindgen_test]
async fn language_switch_changes_labels_and_is_remembered() {
    let (root, handle) = mount_app();
    assert!(text(&root, "h1").contains("食品安全示范城市"));
    click(&root, "[data-indicator-id='B-01']");
    click(&root, "[data-testid=lang-switch]");
    settle().await;
    assert!(
        text(&root, "h1").contains("Food Safety"),
        "title in English: {}",
        text(&root, "h1")
    );
    assert!(text(&root, "[data-testid=indicator-detail]").contains("Requirement"));
    assert_eq!(text(&root, "[data-testid=lang-switch]").trim(), "中文");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("fscity.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));

    // A new page load (a fresh mount) starts in the remembered language.
    drop(handle);
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let _again = leptos::mount::mount_to(host.clone(), App);
    assert!(host
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Food Safety"));
}

#[wasm_bindgen_test]
fn every_interface_string_has_both_languages() {
    use fscity::i18n::{Lang, Msg};
    for msg in Msg::ALL {
        assert!(
            !msg.text(Lang::Zh).trim().is_empty(),
            "{msg:?} lacks Chinese"
        );
        assert!(
            !msg.text(Lang::En).trim().is_empty(),
            "{msg:?} lacks English"
        );
    }
}
