//! Presentation mode for trainers: one indicator per screen in large type, moved with the arrow
//! keys, readable on a projector at 1280×720. When an assessment is open (the demo city, for
//! instance) its answer control and the live scores are on the slide, so a trainer can change
//! an answer and the room sees the points move.

use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::ui::workspace::answer::AnswerControl;
use crate::workspace::{use_workspace, Selection};
use fscity_core::example::worked_example;
use fscity_core::Localize;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

crate::ui::lazy::chunk!(
    /// Presentation mode: a chunk of its own.
    pub mod presentation_chunk: Callback<()> = |close| view! { <Presentation close/> }.into_any()
);

/// The full-screen slide; `close` leaves it (also Escape).
#[component]
pub fn Presentation(close: Callback<()>) -> impl IntoView {
    let state = use_workspace();
    let pack = state.pack();
    let lang = use_lang();
    let store = Some(state.store);
    let indicators: Vec<_> = pack.indicators().collect();
    let ids: Vec<String> = indicators.iter().map(|i| i.id.clone()).collect();
    let count = indicators.len();
    // The slide is the selection, so the address follows it (#/present/C-04) and Back, Forward
    // and a reload stay on it.
    let slide_ids = ids.clone();
    let index = Memo::new(move |_| {
        state.selection.with(|s| match s {
            Selection::Indicator(id) => slide_ids.iter().position(|i| i == id).unwrap_or(0),
            _ => 0,
        })
    });
    let go_ids = StoredValue::new(ids.clone());
    let go = move |to: usize| {
        let Some(id) = go_ids.with_value(|ids| ids.get(to.min(count.saturating_sub(1))).cloned())
        else {
            return;
        };
        let here = state
            .selection
            .with_untracked(|s| matches!(s, Selection::Indicator(at) if *at == id));
        if !here {
            state.selection.set(Selection::Indicator(id));
        }
    };
    let step = move |by: isize| {
        go((index.get_untracked() as isize + by).clamp(0, count as isize - 1) as usize);
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        // Arrow keys in a field where text is typed move its caret; on an answer's radio button,
        // checkbox or list they would change the answer, so there they turn the slide instead.
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| takes_text(&e));
        let handled = match event.key().as_str() {
            "Escape" => {
                close.run(());
                true
            }
            _ if typing => false,
            "ArrowRight" | "ArrowDown" | "PageDown" => {
                step(1);
                true
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                step(-1);
                true
            }
            "Home" => {
                go(0);
                true
            }
            "End" => {
                go(count.saturating_sub(1));
                true
            }
            _ => false,
        };
        if handled {
            event.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
    let slide = move || {
        let indicator = indicators[index.get()].clone();
        let lang = lang.get();
        let group = pack
            .group_of(&indicator.id)
            .map(|g| g.name.get(lang).to_owned())
            .unwrap_or_default();
        let example = indicator
            .example
            .clone()
            .unwrap_or_else(|| worked_example(&pack, &indicator).text);
        let answering = store.filter(|s| s.assessment.with(Option::is_some));
        view! {
            <p class="slide-crumb">{group} " · " {index.get() + 1} " / " {count}</p>
            <h2 class="slide-title" data-testid="slide-title">
                <span class="leaf-id">{indicator.id.clone()}</span> " " {indicator.name.get(lang).to_owned()}
                <span class="slide-points">{Sentence::Points { points: indicator.max_points.to_string() }.message(lang)}</span>
            </h2>
            <p class="slide-marks" data-testid="slide-marks">
                {indicator.key_item.map(|k| view! {
                    <span class="badge key">{Msg::KeyItemFloor.text(lang)} " " {k.floor_percent} "%"</span>
                })}
                {pack.vetoes_reading(&indicator.id).map(|v| view! {
                    <span class="badge veto">{Sentence::SlideVeto { id: v.id.to_string(), name: v.name.get(lang).to_owned() }.message(lang)}</span>
                }).collect_view()}
            </p>
            <p class="slide-requirement">{indicator.requirement.get(lang).to_owned()}</p>
            <p class="slide-scoring">{indicator.scoring.get(lang).to_owned()}</p>
            <p class="example">{example.get(lang).to_owned()}</p>
            {answering.map(|_| view! { <div class="slide-answer"><AnswerControl indicator/></div> })}
        }
    };
    let score = move || {
        let store = store?;
        let id = ids.get(index.get())?;
        store.report.with(|r| {
            let r = r.as_ref()?;
            let this = r.indicator(id)?;
            Some(format!(
                "{} {} / {} · {} {} / {}",
                Msg::ThisIndicator.text(lang.get()),
                this.awarded,
                this.max,
                Msg::TotalScore.text(lang.get()),
                r.total.score,
                r.total.scale
            ))
        })
    };
    // Keyboard focus moves into the slide, so arrows and Escape work at once and a screen reader
    // starts here rather than on the button behind it.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="presentation" role="dialog" aria-modal="true" aria-label=tr(Msg::PresentOpen) data-testid="presentation"
            tabindex="-1" node_ref=root>
            <div class="slide-bar">
                <button type="button" data-testid="slide-prev" on:click=move |_| step(-1)>{tr(Msg::Previous)}</button>
                <button type="button" data-testid="slide-next" on:click=move |_| step(1)>{tr(Msg::Next)}</button>
                <span class="slide-keys">{tr(Msg::PresentKeys)}</span>
                <strong class="slide-score" data-testid="slide-score" aria-live="polite">{score}</strong>
                <button type="button" data-testid="slide-close" on:click=move |_| close.run(())>{tr(Msg::PresentClose)}</button>
            </div>
            <article class="slide">{slide}</article>
        </div>
    }
}

/// Whether keys pressed in `element` edit text (a caret to move), rather than choose an option.
fn takes_text(element: &web_sys::Element) -> bool {
    match element.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("radio" | "checkbox" | "button" | "submit" | "reset" | "range" | "color")
        ),
        _ => element.has_attribute("contenteditable"),
    }
}
