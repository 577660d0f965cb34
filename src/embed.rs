//! How the app starts on a page. The same bundle runs as the standalone page (index.html), as
//! any number of widgets on a host page (`<div data-fscity ...>`, each an independent
//! instance with its own storage namespace), and inside an iframe (where it tells the parent
//! its height). What it needs to know about the build — the Excel worker and
//! service worker addresses — comes from `globalThis.fscityAssets`, set by the loader
//! `fscity.js` that `scripts/build.py` writes.

use crate::instance::{widget_settings, Widget};
use crate::ui::app::App;
use fscity_core::{Lang, Localize};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The build's files, as the loader announced them.
struct Assets {
    service_worker: Option<String>,
}

fn assets() -> Assets {
    let get = |key: &str| {
        let assets = js_sys::Reflect::get(&js_sys::global(), &"fscityAssets".into()).ok()?;
        js_sys::Reflect::get(&assets, &key.into()).ok()?.as_string()
    };
    Assets {
        service_worker: get("serviceWorker"),
    }
}

/// Starts the app: one instance per `[data-fscity]` element, or the standalone page.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let assets = assets();
    let hosts = document.query_selector_all("[data-fscity]").ok();
    let hosts: Vec<web_sys::HtmlElement> = hosts
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default();
    if hosts.is_empty() {
        leptos::mount::mount_to_body(|| view! { <App widget=Widget::standalone()/> });
        if !switched_off(&document) {
            register_service_worker(&assets);
        }
        report_height_to_parent(&document);
        return;
    }
    // The widgets' stylesheet: the loader (scripts/templates/fscity.js) has added it and waited
    // for it, so no widget shows unstyled.
    for host in hosts {
        if host.has_attribute("data-fscity-started") {
            continue;
        }
        let _ = host.set_attribute("data-fscity-started", "");
        let attr = |name: &str| host.get_attribute(name);
        let settings = widget_settings(
            attr("data-lang").as_deref(),
            attr("data-storage-namespace").as_deref(),
            attr("data-mode").as_deref(),
        );
        if settings.is_ok() && attr("data-offline").as_deref() != Some("off") {
            register_service_worker_in_scope(&document, &assets);
        }
        match settings {
            Ok(widget) => leptos::mount::mount_to(host, move || view! { <App widget/> }).forget(),
            Err(error) => {
                let lang = attr("data-lang")
                    .as_deref()
                    .and_then(Lang::from_tag)
                    .unwrap_or_default();
                let text = error.message(lang);
                leptos::mount::mount_to(host, move || {
                    view! { <div class="fscity"><p class="banner warn" role="alert">{text}</p></div> }
                })
                .forget()
            }
        }
    }
}

/// `?offline=off` on the page address turns the service worker off (for iframe embedders).
fn switched_off(document: &web_sys::Document) -> bool {
    document
        .location()
        .and_then(|l| l.search().ok())
        .is_some_and(|s| s.contains("offline=off"))
}

fn register_service_worker(assets: &Assets) {
    let (Some(url), Some(window)) = (&assets.service_worker, web_sys::window()) else {
        return;
    };
    let registration = window.navigator().service_worker().register(url);
    // A refusal (private mode, file://, an old browser) only means no offline copy: the
    // rejection is handled here so it does not surface as an error.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}

/// A widget's page benefits from the service worker only when the page lies in its scope (the
/// folder holding the app's files); elsewhere registering would only fill a cache.
fn register_service_worker_in_scope(document: &web_sys::Document, assets: &Assets) {
    let (Some(sw), Some(page)) = (&assets.service_worker, document.url().ok()) else {
        return;
    };
    let scope = sw.trim_end_matches("sw.js");
    if page.starts_with(scope) {
        register_service_worker(assets);
    }
}

/// Inside an iframe, tell the parent page the content's height whenever it changes, so the host
/// can size the frame: `{ type: "fscity:height", height }` by `postMessage`.
fn report_height_to_parent(document: &web_sys::Document) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let last = std::cell::Cell::new(0);
    let Some(measured) = document.body() else {
        return;
    };
    let observed = measured.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        // The content's own height: where the body ends, plus its bottom margin. The root's
        // scrollHeight cannot drop below the frame's height, so a frame sized by it only grows.
        let margin = web_sys::window()
            .and_then(|w| w.get_computed_style(&measured).ok().flatten())
            .and_then(|style| style.get_property_value("margin-bottom").ok())
            .and_then(|m| m.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0);
        let bottom = measured.get_bounding_client_rect().bottom()
            + web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
        let height = (bottom + margin).ceil() as i32;
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"fscity:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    on_resize.forget();
}
