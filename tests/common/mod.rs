//! Helpers shared by the browser tests: mount the app in a fresh container, let reactive
//! updates reach the DOM, find, click and type like a user.
#![allow(dead_code)]

use fscity::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The app mounted in a fresh container, with a clean localStorage.
pub struct Page {
    /// The container.
    pub root: Element,
    _handle: Box<dyn std::any::Any>,
}

impl Page {
    /// Clears localStorage and mounts the app.
    pub fn mount() -> Page {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        Page::mount_keeping_storage()
    }

    /// Mounts the app without touching storage (a second page load).
    pub fn mount_keeping_storage() -> Page {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&host).unwrap();
        let handle = leptos::mount::mount_to(host.clone(), || leptos::view! { <App/> });
        Page {
            root: host.into(),
            _handle: Box::new(handle),
        }
    }

    /// Mounts one view (a component on its own) in a fresh container, in Chinese.
    pub fn mount_view<V: leptos::IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Page {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&host).unwrap();
        let handle = leptos::mount::mount_to(host.clone(), move || {
            leptos::prelude::provide_context(fscity::i18n::LangContext(
                leptos::prelude::RwSignal::new(fscity_core::Lang::Zh),
            ));
            view()
        });
        Page {
            root: host.into(),
            _handle: Box::new(handle),
        }
    }

    /// The first element matching `selector`.
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    /// Every element matching `selector`.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    /// The text of the first element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    /// Clicks the first element matching `selector` and lets the page update.
    pub async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }

    /// Types `text` into an input as a user would (an `input` event), and lets the page update.
    pub async fn type_into(&self, selector: &str, text: &str) {
        let input: HtmlInputElement = self.find(selector).unchecked_into();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }
}

/// Lets reactive updates reach the DOM.
pub async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
