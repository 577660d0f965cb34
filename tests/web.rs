//! Browser tests (wasm-bindgen-test in headless Chromium): the components mounted into a real
//! page. Plain #[test] would be silently skipped on wasm, so every test here is
//! #[wasm_bindgen_test].

mod common;

use common::Page;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn criteria_tree_renders_all_54_indicators_in_three_groups_and_the_bonus_block() {
    let page = Page::mount();
    let leaves = page.all("[data-testid=criteria-tree] [data-indicator-id]");
    assert_eq!(leaves.len(), 54 + 3);
    let ids: std::collections::BTreeSet<String> = leaves
        .iter()
        .map(|e| e.get_attribute("data-indicator-id").unwrap())
        .collect();
    assert_eq!(ids.len(), 54 + 3, "indicator IDs are unique");
    assert_eq!(page.all("[data-group-id]").len(), 4);
    assert!(page
        .text("[data-group-id=basic] summary")
        .contains("基础工作"));
    assert!(
        !page.all("[data-testid=veto-link]").is_empty(),
        "veto items are listed"
    );
}

#[wasm_bindgen_test]
async fn choosing_an_indicator_shows_its_details_and_provenance() {
    let page = Page::mount();
    page.click("[data-indicator-id='C-02']").await;
    let detail = page.text("[data-testid=indicator-detail]");
    assert!(detail.contains("C-02"));
    assert!(
        detail.contains("评价标准") && detail.contains("佐证材料") && detail.contains("责任单位")
    );
    assert!(!page.text("[data-testid=confidence]").is_empty());
    assert!(
        page.text("[data-testid=thresholds]").contains('4'),
        "the 4 per 1,000 threshold is shown"
    );
}

#[wasm_bindgen_test]
async fn language_switch_changes_labels_and_is_remembered() {
    let page = Page::mount();
    assert!(page.text("h1").contains("食品安全示范城市"));
    page.click("[data-indicator-id='B-01']").await;
    page.click("[data-testid=lang-switch]").await;
    assert!(
        page.text("h1").contains("Food Safety"),
        "title in English: {}",
        page.text("h1")
    );
    assert!(page
        .text("[data-testid=indicator-detail]")
        .contains("Requirement"));
    assert_eq!(page.text("[data-testid=lang-switch]").trim(), "中文");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("fscity.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));

    // A new page load (a fresh mount) starts in the remembered language.
    drop(page);
    let again = Page::mount_keeping_storage();
    assert!(again.text("h1").contains("Food Safety"));
}

#[wasm_bindgen_test]
fn every_interface_string_has_both_languages() {
    use fscity::i18n::{EvidenceWords, InspectionWords, InterviewWords, Msg};
    has_both_languages(EvidenceWords::ALL);
    has_both_languages(InspectionWords::ALL);
    has_both_languages(InterviewWords::ALL);
    has_both_languages(Msg::ALL);
}

fn has_both_languages<W: fscity::i18n::Words + std::fmt::Debug>(table: &[W]) {
    use fscity::i18n::Lang;
    for msg in table {
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

/// A chunk loader that fails on its first call (the network is down) and then works.
fn flaky_chunk() -> fscity::ui::lazy::Loading<&'static str> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static CALLS: AtomicU32 = AtomicU32::new(0);
    let first = CALLS.fetch_add(1, Ordering::SeqCst) == 0;
    Box::pin(async move {
        if first {
            return Err(fscity::ui::lazy::ChunkFailed);
        }
        let render: fscity::ui::lazy::Render<&'static str> = |city| {
            use leptos::prelude::*;
            view! { <p data-testid="lazy-content">{city}</p> }.into_any()
        };
        Ok(render)
    })
}

#[wasm_bindgen_test]
async fn a_chunk_that_fails_to_load_says_so_and_retry_shows_it() {
    use fscity::ui::lazy::{Lazy, LazyProps};
    let page = Page::mount_view(|| {
        Lazy(LazyProps {
            load: flaky_chunk,
            props: "江门市",
        })
    });
    common::settle().await;
    assert!(page.all("[data-testid=lazy-content]").is_empty());
    let failed = page.text("[data-testid=chunk-failed]");
    assert!(failed.contains("此功能未能加载"), "{failed}");
    assert!(failed.contains("已填写的内容不受影响"), "{failed}");
    page.click("[data-testid=chunk-retry]").await;
    common::settle().await;
    assert_eq!(page.text("[data-testid=lazy-content]"), "江门市");
    assert!(page.all("[data-testid=chunk-failed]").is_empty());
}
