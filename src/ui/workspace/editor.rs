//! The indicator being edited: what it asks, the answer control, the records, previous / next.

use super::answer::AnswerControl;
use super::navigator::{status_mark, status_token};
use super::record::record_chunk;
use crate::i18n::{tr, tr_sentence, tr_text, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::ui::explain::Explain;
use crate::ui::interviews::hint::interview_hint_chunk;
use crate::ui::lazy::Lazy;
use crate::workspace::use_store;
use fscity_core::pack::Indicator;
use fscity_core::report::Status;
use fscity_core::vocabulary::Method;
use leptos::prelude::*;

/// The editor pane; it follows the store's current indicator.
#[component]
pub fn IndicatorEditor() -> impl IntoView {
    let store = use_store();
    // A newly chosen indicator is brought into view, its heading clear of the sticky summary.
    Effect::new(move |first: Option<()>| {
        store.current.track();
        if first.is_some() {
            let heading = crate::ui::dom_id("editor-heading");
            request_animation_frame(move || reveal(&heading));
        }
    });
    view! {
        <section class="editor" data-testid="editor">
            {move || {
                let id = store.current.get();
                match store.pack().indicator(&id) {
                    Some(indicator) => view! { <EditorFor indicator/> }.into_any(),
                    None => ().into_any(),
                }
            }}
        </section>
    }
}

#[component]
fn EditorFor(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let heading = StoredValue::new(crate::ui::dom_id("editor-heading"));
    let lang = use_lang();
    let result = store.result(indicator.id.clone());
    let status = move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| r.status.clone())
                .unwrap_or(Status::NotAnswered)
        })
    };
    let explained = indicator.clone();
    let explanation = Signal::derive(move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| r.explain(&explained).get(lang.get()).to_owned())
                .unwrap_or_default()
        })
    });
    let group = store.pack().group_of(&indicator.id).map(|g| g.name.clone());
    let key = indicator.key_item.map(|k| {
        view! {
            <span class="badge key">{tr(Msg::KeyItemFloor)} " " {k.floor_percent} "%"</span>
        }
    });
    let id = indicator.id.clone();
    let clear = {
        let id = id.clone();
        move |_| store.clear_answer(&id)
    };
    let max_points = indicator.max_points.to_string();
    view! {
        <article class="card" data-testid="editor-card" data-indicator-id=id.clone()
            data-status=move || status_token(&status())>
            <p class="crumb">{group.map(tr_text)}</p>
            <h2 id=crate::ui::dom_id("editor-heading") tabindex="-1">
                <span class="leaf-id">{id.clone()}</span> " " {tr_text(indicator.map(|i| &i.name))}
            </h2>
            <p class="score-line">
                <span class=move || status_mark(&status()).1 aria-hidden="true">{move || status_mark(&status()).0}</span> " "
                <span data-testid="editor-status">{move || status().label().get(lang.get()).to_owned()}</span> " · "
                {tr(Msg::PointsEarned)} " "
                <strong data-testid="editor-points">{move || result.with(|r| r.as_ref().map(|r| r.awarded.to_string()).unwrap_or_default())}</strong>
                " / " {tr_sentence(Sentence::Points { points: max_points })}
                <Explain text=explanation testid="indicator-explain"/>
                {key}
            </p>
            <p class="explanation" data-testid="explanation">{move || explanation.get()}</p>
            <details class="criteria-text">
                <summary>{tr(Msg::Requirement)} " / " {tr(Msg::ScoringText)}</summary>
                <h3>{tr(Msg::Requirement)}</h3>
                <p class="pack-text">{tr_text(indicator.map(|i| &i.requirement))}</p>
                <h3>{tr(Msg::ScoringText)}</h3>
                <p class="pack-text">{tr_text(indicator.map(|i| &i.scoring))}</p>
            </details>
            <AnswerControl indicator=indicator.clone()/>
            <InterviewHintSlot indicator=indicator.clone()/>
            <div class="answer-actions">
                <button type="button" on:click=clear>{tr(Msg::ClearAnswer)}</button>
            </div>
            <RecordSection indicator/>
            <div class="pager">
                <button type="button" data-testid="prev" on:click=move |_| turn_page(store, -1, heading.get_value())>"← " {tr(Msg::Previous)}</button>
                <button type="button" data-testid="next" on:click=move |_| turn_page(store, 1, heading.get_value())>{tr(Msg::Next)} " →"</button>
            </div>
        </article>
    }
}

/// The rehearsal's suggestion for an indicator scored by interview, once interviewees are
/// listed: a chunk, so an assessment without a drill fetches nothing.
#[component]
fn InterviewHintSlot(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let asked = indicator.methods.contains(&Method::Interview);
    let listed = move || {
        asked
            && store
                .assessment
                .with(|a| a.as_ref().is_some_and(|a| !a.interviews.is_empty()))
    };
    view! {
        <Show when=listed>
            <Lazy load=interview_hint_chunk::load props=indicator.clone()/>
        </Show>
    }
}

/// 记录与整改, folded: its fields are a chunk fetched the first time the fold is opened (at once
/// when the indicator already has records, which then show unfolded), and kept once there.
#[component]
fn RecordSection(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let has_records = store
        .entry(indicator.id.clone())
        .with_untracked(|e| !e.is_empty());
    let opened = RwSignal::new(has_records);
    view! {
        <details class="record" open=has_records on:toggle=move |_| opened.set(true)>
            <summary>{tr(Msg::Record)}</summary>
            <Show when=move || opened.get()>
                <Lazy load=record_chunk::load props=indicator.clone()/>
            </Show>
        </details>
    }
}

/// Scrolls the heading `id` into view when it is hidden or under the sticky summary bar; in an
/// iframe always, since the host page's scroll position cannot be seen from inside.
fn reveal(id: &str) {
    let Some(heading) = document().get_element_by_id(id) else {
        return;
    };
    let covered = heading
        .closest(".fscity")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(".summary").ok().flatten())
        .map(|bar| bar.get_bounding_client_rect().height())
        .unwrap_or(0.0);
    let top = heading.get_bounding_client_rect().top();
    let viewport = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let in_frame = window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &window()));
    if in_frame || top < covered || top > viewport - 60.0 {
        let _ = heading.set_attribute("style", &format!("scroll-margin-top: {}px", covered + 8.0));
        heading.scroll_into_view_with_bool(true);
    }
}

/// Moves to the previous or next indicator and puts keyboard focus on its heading, so a
/// keyboard user continues from the top of the new indicator.
fn turn_page(store: crate::store::AssessmentStore, step: isize, heading: String) {
    store.step(step);
    request_animation_frame(move || {
        if let Some(heading) = document().get_element_by_id(&heading) {
            use wasm_bindgen::JsCast;
            let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}
