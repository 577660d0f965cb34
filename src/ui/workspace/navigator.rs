//! The navigator: the three groups with each indicator's state and points, and a jump box that
//! finds an indicator by ID or by part of its name.

use crate::i18n::{tr, tr_text, use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::pack::{Group, Indicator};
use fscity_core::report::Status;
use fscity_core::search;
use leptos::prelude::*;

/// The indicator list of the workspace.
#[component]
pub fn Navigator() -> impl IntoView {
    let store = use_store();
    let nav = NodeRef::<leptos::html::Nav>::new();
    // The chosen indicator is scrolled into the navigator's own view (never the page's: on a
    // phone that would jump away from the editor).
    Effect::new(move |_| {
        let id = store.current.get();
        if let Some(nav) = nav.get() {
            if let Ok(Some(item)) = nav.query_selector(&format!("[data-nav-id='{id}']")) {
                scroll_within(&nav, &item);
            }
        }
    });
    view! {
        <nav class="navigator tree" aria-label=tr(Msg::Navigator) data-testid="navigator" node_ref=nav>
            <JumpBox/>
            {store.pack().groups().map(|group| view! { <NavGroup group/> }).collect_view()}
        </nav>
    }
}

#[component]
fn NavGroup(group: PackRef<Group>) -> impl IntoView {
    view! {
        <details open class="branch">
            <summary><span class="branch-name">{tr_text(group.map(|g| &g.name))}</span></summary>
            <ul>{group.indicators().map(|indicator| view! { <NavItem indicator/> }).collect_view()}</ul>
        </details>
    }
}

/// Scrolls `container` just enough for `item` to be inside it, with a little room.
fn scroll_within(container: &web_sys::Element, item: &web_sys::Element) {
    const ROOM: f64 = 8.0;
    let (outer, inner) = (
        container.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let by = if inner.top() < outer.top() {
        inner.top() - outer.top() - ROOM
    } else if inner.bottom() > outer.bottom() {
        inner.bottom() - outer.bottom() + ROOM
    } else {
        return;
    };
    container.set_scroll_top(container.scroll_top() + by.round() as i32);
}

/// The glyph and words for a status; the words are read out, so colour is never the only cue.
pub fn status_mark(status: &Status) -> (&'static str, &'static str) {
    match status {
        Status::NotAnswered => ("○", "status not-answered"),
        Status::Full => ("●", "status full"),
        Status::Partial => ("◐", "status partial"),
        Status::Zero => ("✕", "status zero"),
        Status::NotApplicable => ("–", "status na"),
        Status::CannotCompute(_) => ("!", "status problem"),
    }
}

#[component]
fn NavItem(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let result = store.result(indicator.id.clone());
    let id = indicator.id.clone();
    let current = Memo::new(move |_| store.current.with(|c| *c == id));
    let status = move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| r.status.clone())
                .unwrap_or(Status::NotAnswered)
        })
    };
    let target = indicator.id.clone();
    let max_points = indicator.max_points.to_string();
    view! {
        <li>
            <button type="button" class="leaf" class:current=current
                aria-current=move || current.get().then_some("true")
                data-nav-id=indicator.id.clone() data-status=move || status_token(&status())
                on:click=move |_| store.current.set(target.clone())>
                <span class=move || status_mark(&status()).1 aria-hidden="true">{move || status_mark(&status()).0}</span>
                <span class="leaf-id">{indicator.id.clone()}</span>
                <span class="leaf-name">{tr_text(indicator.map(|i| &i.name))}</span>
                <span class="visually-hidden">{move || status().label().get(lang.get()).to_owned()}</span>
                <span class="leaf-points">
                    {move || result.with(|r| r.as_ref().map(|r| r.awarded.to_string()).unwrap_or_default())}
                    "/" {max_points}
                </span>
            </button>
        </li>
    }
}

/// A stable token for tests and styling.
pub fn status_token(status: &Status) -> &'static str {
    match status {
        Status::NotAnswered => "not_answered",
        Status::Full => "full",
        Status::Partial => "partial",
        Status::Zero => "zero",
        Status::NotApplicable => "na",
        Status::CannotCompute(_) => "problem",
    }
}

#[component]
fn JumpBox() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let missed = RwSignal::new(false);
    // What is typed is read from the event, not from `query`: a change event can arrive after
    // Back has already removed this box (and disposed its signals).
    let jump = move |typed: &str| match search::find(&store.pack(), typed) {
        Some(found) => {
            store.current.set(found.id.clone());
            missed.set(false);
            query.set(String::new());
        }
        None => missed.set(true),
    };
    view! {
        <div class="jump">
            <label for=crate::ui::dom_id("jump-input")>{tr(Msg::JumpTo)}</label>
            <input id=crate::ui::dom_id("jump-input") type="search" list=crate::ui::dom_id("jump-options") autocomplete="off" data-testid="jump-input"
                placeholder=tr(Msg::JumpHint) prop:value=query
                on:input=move |ev| { query.set(event_target_value(&ev)); missed.set(false); }
                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); jump(&event_target_value(&ev)); }
                on:change=move |ev| {
                    // Choosing a suggestion fills the box with "ID name": jump at once.
                    let typed = event_target_value(&ev);
                    if query.is_disposed() { return; }
                    if search::find(&store.pack(), &typed).is_some_and(|i| typed.starts_with(&i.id)) { jump(&typed); }
                }/>
            <datalist id=crate::ui::dom_id("jump-options")>
                {move || store.pack().indicators().map(|i| {
                    view! { <option value=format!("{} {}", i.id, i.name.get(lang.get()))></option> }
                }).collect_view()}
            </datalist>
            <span class="field-error" aria-live="polite">{move || missed.get().then(|| Msg::JumpNoMatch.text(lang.get()))}</span>
        </div>
    }
}
