//! The navigator: the three groups with each indicator's state and points, and a jump box that
//! finds an indicator by ID or by part of its name.

use crate::i18n::{tr, tr_text, use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::store::use_store;
use fscity_core::pack::{Group, Indicator, Pack};
use fscity_core::report::Status;
use fscity_core::Lang;
use leptos::prelude::*;

/// The indicator list of the workspace.
#[component]
pub fn Navigator() -> impl IntoView {
    let store = use_store();
    view! {
        <nav class="navigator tree" aria-label=tr(Msg::Navigator) data-testid="navigator">
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

/// The first indicator whose ID is `query` or whose name contains it.
pub fn find_indicator<'p>(pack: &'p Pack, query: &str, lang: Lang) -> Option<&'p Indicator> {
    let q = query.trim();
    if q.is_empty() {
        return None;
    }
    let id_part = q.split_whitespace().next().unwrap_or(q);
    pack.indicators()
        .find(|i| i.id.eq_ignore_ascii_case(id_part))
        .or_else(|| {
            let lower = q.to_lowercase();
            pack.indicators().find(|i| {
                i.name.zh.contains(q)
                    || i.name.get(lang).to_lowercase().contains(&lower)
                    || i.id.to_lowercase().contains(&lower)
            })
        })
}

#[component]
fn JumpBox() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let missed = RwSignal::new(false);
    let jump =
        move || match find_indicator(&store.pack(), &query.get_untracked(), lang.get_untracked()) {
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
                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); jump(); }
                on:change=move |_| {
                    // Choosing a suggestion fills the box with "ID name": jump at once.
                    if find_indicator(&store.pack(), &query.get_untracked(), lang.get_untracked())
                        .is_some_and(|i| query.with_untracked(|q| q.starts_with(&i.id))) { jump(); }
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
