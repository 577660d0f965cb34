//! Browser tests of the answer controls, one per rule type, including the bad-input messages.
//! Each test mounts the whole app, starts an assessment and works on one indicator.

mod common;

use common::{settle, Page};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The app with an assessment started.
async fn with_assessment() -> Page {
    let page = Page::mount();
    page.click("[data-testid=tab-assess]").await;
    page.type_into("[data-testid=start-city]", "测试市").await;
    page.click("[data-testid=start-button]").await;
    page
}

async fn open(page: &Page, id: &str) {
    page.click(&format!("[data-nav-id='{id}']")).await;
    assert_eq!(
        page.find("[data-testid=editor-card]")
            .get_attribute("data-indicator-id")
            .as_deref(),
        Some(id)
    );
}

fn points(page: &Page) -> String {
    page.text("[data-testid=editor-points]")
}

fn total(page: &Page) -> String {
    page.text("[data-testid=total-score]")
}

/// The error messages shown in the editor now.
fn errors(page: &Page) -> Vec<String> {
    page.all("[data-testid=editor-card] [data-testid=field-error]")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .filter(|t| !t.is_empty())
        .collect()
}

#[wasm_bindgen_test]
async fn choosing_a_level_scores_its_points() {
    let page = with_assessment().await;
    open(&page, "B-01").await;
    assert_eq!(points(&page), "0");
    page.click("[data-testid=editor-card] input[name='level-B-01'][value='met']")
        .await;
    assert_eq!(points(&page), "3");
    assert_eq!(total(&page), "3");
    assert!(page.text("[data-testid=explanation]").contains("符合"));
    page.all("input[name='level-B-01']")[1]
        .clone()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(points(&page), "1.8", "基本符合 earns 60% of 3");
}

#[wasm_bindgen_test]
async fn ticking_sub_items_adds_their_points() {
    let page = with_assessment().await;
    open(&page, "B-08").await;
    let boxes = page.all("[data-testid=editor-card] input[type=checkbox][value]");
    assert!(boxes.len() >= 2);
    let tick = |n: usize| boxes[n].clone().unchecked_into::<HtmlElement>().click();
    tick(0);
    settle().await;
    assert_eq!(points(&page), "0.5");
    tick(1);
    settle().await;
    assert_eq!(points(&page), "1");
    tick(0);
    settle().await;
    assert_eq!(points(&page), "0.5", "unticking takes the points back");
}

#[wasm_bindgen_test]
async fn findings_deduct_and_a_bad_count_is_not_scored() {
    let page = with_assessment().await;
    open(&page, "P-17").await;
    page.type_into("#findings-P-17", "2").await;
    assert_eq!(points(&page), "2", "3 points − 2 × 0.5");
    page.type_into("#findings-P-17", "-1").await;
    assert_eq!(errors(&page), ["不能为负数"]);
    assert_eq!(
        points(&page),
        "0",
        "a refused count is not scored as the old one"
    );
    page.type_into("#findings-P-17", "两处").await;
    assert_eq!(errors(&page), ["请输入数字"]);
    page.type_into("#findings-P-17", "99").await;
    assert!(errors(&page).is_empty(), "a good count clears the message");
    assert_eq!(points(&page), "0", "deductions stop at zero");
}

#[wasm_bindgen_test]
async fn calculator_shows_value_and_points_as_one_types_and_does_not_score_bad_figures() {
    let page = with_assessment().await;
    open(&page, "C-02").await;
    page.type_into("#ans-C-02-batches", "5160").await;
    assert!(page
        .text("[data-testid=editor-card] [data-testid=calc-value]")
        .contains("尚无法计算"));
    page.type_into("#ans-C-02-population", "1,200,000").await;
    assert_eq!(
        page.text("[data-testid=editor-card] [data-testid=calc-value]"),
        "4.3 批次/千人"
    );
    assert_eq!(points(&page), "4");
    page.type_into("#ans-C-02-population", "0").await;
    assert!(
        errors(&page).contains(&"人口必须大于 0".to_owned()),
        "{:?}",
        errors(&page)
    );
    assert_eq!(points(&page), "0", "a refused figure is not scored");
    assert!(page
        .text("[data-testid=editor-card] [data-testid=calc-value]")
        .contains("尚无法计算"));
    page.type_into("#ans-C-02-batches", "abc").await;
    assert!(errors(&page).contains(&"请输入数字".to_owned()));
    page.click("[data-testid=lang-switch]").await;
    assert!(
        errors(&page).contains(&"Population must be greater than 0".to_owned()),
        "{:?}",
        errors(&page)
    );
}

#[wasm_bindgen_test]
async fn a_percentage_over_100_is_refused() {
    let page = with_assessment().await;
    open(&page, "B-16").await;
    page.type_into("#ans-B-16-awareness", "120").await;
    assert_eq!(errors(&page), ["百分比不能超过 100"]);
    assert_eq!(points(&page), "0");
    page.type_into("#ans-B-16-awareness", "86").await;
    assert_eq!(points(&page), "2.5");
}

#[wasm_bindgen_test]
async fn not_applicable_needs_a_reason_and_leaves_the_denominator() {
    let page = with_assessment().await;
    open(&page, "P-05").await;
    page.click("[data-testid=editor-card] [data-testid=na-toggle]")
        .await;
    assert_eq!(page.text("[data-testid=editor-status]"), "不适用");
    assert!(page
        .text("[data-testid=editor-card]")
        .contains("请说明不适用的理由"));
    page.type_into("#na-reason-P-05", "本市无粮库").await;
    assert!(!page
        .text("[data-testid=editor-card]")
        .contains("请说明不适用的理由"));
    // 36.5 points in the group, P-05's 1.5 taken out.
    assert_eq!(
        page.text("[data-testid=group-score-operations] [data-testid=group-points]"),
        "0 / 35"
    );
}
