//! Browser tests of the answer controls, one per rule type, including the bad-input messages.
//! Each test mounts the whole app, starts an assessment and works on one indicator.

use fscity::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Page {
    root: Element,
    _handle: Box<dyn std::any::Any>,
}

impl Page {
    /// The app in a fresh container with a clean localStorage, an assessment started.
    async fn with_assessment() -> Page {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        let document = window.document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&host).unwrap();
        let handle = leptos::mount::mount_to(host.clone(), App);
        let page = Page {
            root: host.into(),
            _handle: Box::new(handle),
        };
        page.click("[data-testid=tab-assess]").await;
        page.type_into("[data-testid=start-city]", "测试市").await;
        page.click("[data-testid=start-button]").await;
        page
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    async fn type_into(&self, selector: &str, text: &str) {
        let input: HtmlInputElement = self.find(selector).unchecked_into();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }

    async fn open(&self, id: &str) {
        self.click(&format!("[data-nav-id='{id}']")).await;
        assert_eq!(
            self.find("[data-testid=editor-card]")
                .get_attribute("data-indicator-id")
                .as_deref(),
            Some(id)
        );
    }

    fn points(&self) -> String {
        self.text("[data-testid=editor-points]")
    }

    fn total(&self) -> String {
        self.text("[data-testid=total-score]")
    }

    /// The error messages shown in the editor now.
    fn errors(&self) -> Vec<String> {
        let list = self
            .root
            .query_selector_all("[data-testid=editor-card] [data-testid=field-error]")
            .unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .filter(|t| !t.is_empty())
            .collect()
    }
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

#[wasm_bindgen_test]
async fn choosing_a_level_scores_its_points() {
    let page = Page::with_assessment().await;
    page.open("B-01").await;
    assert_eq!(page.points(), "0");
    page.click("[data-testid=editor-card] input[name='level-B-01'][value='met']")
        .await;
    assert_eq!(page.points(), "3");
    assert_eq!(page.total(), "3");
    assert!(page.text("[data-testid=explanation]").contains("符合"));
    let second = page
        .root
        .query_selector_all("input[name='level-B-01']")
        .unwrap()
        .item(1)
        .unwrap();
    second.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(page.points(), "1.8", "基本符合 earns 60% of 3");
}

#[wasm_bindgen_test]
async fn ticking_sub_items_adds_their_points() {
    let page = Page::with_assessment().await;
    page.open("B-08").await;
    let boxes = page
        .root
        .query_selector_all("[data-testid=editor-card] input[type=checkbox][value]")
        .unwrap();
    assert!(boxes.length() >= 2);
    boxes
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(page.points(), "0.5");
    boxes
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(page.points(), "1");
    boxes
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(page.points(), "0.5", "unticking takes the points back");
}

#[wasm_bindgen_test]
async fn findings_deduct_and_a_bad_count_changes_nothing() {
    let page = Page::with_assessment().await;
    page.open("P-17").await;
    page.type_into("#findings-P-17", "2").await;
    assert_eq!(page.points(), "2", "3 points − 2 × 0.5");
    page.type_into("#findings-P-17", "-1").await;
    assert_eq!(page.errors(), ["不能为负数"]);
    assert_eq!(page.points(), "2");
    page.type_into("#findings-P-17", "两处").await;
    assert_eq!(page.errors(), ["请输入数字"]);
    page.type_into("#findings-P-17", "99").await;
    assert!(page.errors().is_empty(), "a good count clears the message");
    assert_eq!(page.points(), "0", "deductions stop at zero");
}

#[wasm_bindgen_test]
async fn calculator_shows_value_and_points_as_one_types_and_refuses_bad_figures() {
    let page = Page::with_assessment().await;
    page.open("C-02").await;
    page.type_into("#ans-C-02-batches", "5160").await;
    assert!(page
        .text("[data-testid=editor-card] [data-testid=calc-value]")
        .contains("尚无法计算"));
    page.type_into("#ans-C-02-population", "1,200,000").await;
    assert_eq!(
        page.text("[data-testid=editor-card] [data-testid=calc-value]"),
        "4.3 批次/千人"
    );
    assert_eq!(page.points(), "4");
    page.type_into("#ans-C-02-population", "0").await;
    assert!(
        page.errors().contains(&"人口必须大于 0".to_owned()),
        "{:?}",
        page.errors()
    );
    assert_eq!(
        page.points(),
        "4",
        "a refused figure leaves the score alone"
    );
    page.type_into("#ans-C-02-batches", "abc").await;
    assert!(page.errors().contains(&"请输入数字".to_owned()));
    page.click("[data-testid=lang-switch]").await;
    assert!(
        page.errors()
            .contains(&"Population must be greater than 0".to_owned()),
        "{:?}",
        page.errors()
    );
}

#[wasm_bindgen_test]
async fn a_percentage_over_100_is_refused() {
    let page = Page::with_assessment().await;
    page.open("B-16").await;
    page.type_into("#ans-B-16-awareness", "120").await;
    assert_eq!(page.errors(), ["百分比不能超过 100"]);
    assert_eq!(page.points(), "0");
    page.type_into("#ans-B-16-awareness", "86").await;
    assert_eq!(page.points(), "2.5");
}

#[wasm_bindgen_test]
async fn not_applicable_needs_a_reason_and_leaves_the_denominator() {
    let page = Page::with_assessment().await;
    page.open("P-05").await;
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
    assert_ne!(
        page.text("[data-testid=group-score-operations] [data-testid=group-points]"),
        "0 / 35"
    );
}
