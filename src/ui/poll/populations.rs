//! The 常住人口 of each district the shown poll reached, typed by the city and kept with its
//! polls, for weighting. A figure that is not a whole number above 0 says so beside its field
//! and is not kept; emptying a field forgets that district's figure.

use super::state::PollState;
use crate::i18n::{tr, use_lang, PollWords as W};
use leptos::prelude::*;

/// A field per district.
#[component]
pub fn Populations(state: PollState, districts: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let fields = districts
        .into_iter()
        .filter(|d| !d.is_empty())
        .map(|district| {
            let dom = crate::ui::dom_id(format!("poll-people-{district}"));
            let kept = state.part.value.with_untracked(|p| {
                p.as_ref()
                    .ok()
                    .and_then(|p| p.populations.get(&district).map(u64::to_string))
                    .unwrap_or_default()
            });
            let text = RwSignal::new(kept);
            let bad = RwSignal::new(false);
            let name = district.clone();
            let on_input = move |ev: leptos::ev::Event| {
                let typed = event_target_value(&ev);
                text.set(typed.clone());
                let figure = match typed.trim().replace([',', '，'], "").as_str() {
                    "" => Some(None),
                    t => t.parse::<u64>().ok().filter(|n| *n > 0).map(Some),
                };
                bad.set(figure.is_none());
                if let Some(figure) = figure {
                    let name = name.clone();
                    let _ = state.part.apply(|polls| {
                        match figure {
                            Some(n) => polls.populations.insert(name, n),
                            None => polls.populations.remove(&name),
                        };
                        Ok::<_, ()>(())
                    });
                }
            };
            view! {
                <div class="field">
                    <label for=dom.clone()>{district.clone()}</label>
                    <input id=dom type="text" inputmode="numeric" data-testid="poll-population-field"
                        data-district=district.clone() prop:value=text on:input=on_input/>
                    <Show when=move || bad.get()>
                        <span class="field-error" role="alert">{move || W::BadPopulation.text(lang.get())}</span>
                    </Show>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="poll-populations no-print" data-testid="poll-populations">
            <summary>{tr(W::Populations)}</summary>
            <div class="poll-population-fields">{fields}</div>
        </details>
    }
}
