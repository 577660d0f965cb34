//! Starting an assessment: city and assessment name.

use crate::i18n::{tr, use_lang, Msg};
use crate::persist::use_persistence;
use crate::store::use_store;
use leptos::prelude::*;

/// The form shown before any assessment exists.
#[component]
pub fn StartForm(
    /// Called once the new assessment is created and open.
    #[prop(optional)]
    on_started: Option<Callback<()>>,
) -> impl IntoView {
    let store = use_store();
    let persistence = use_persistence();
    let lang = use_lang();
    let city = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if city.with(|c| c.trim().is_empty()) {
            error.set(Some(Msg::CityRequired));
            return;
        }
        persistence.create(&city.get(), &name.get(), store);
        city.set(String::new());
        name.set(String::new());
        if let Some(done) = on_started {
            done.run(());
        }
    };
    view! {
        <form class="start-form card" on:submit=submit data-testid="start-form">
            <h2>{tr(Msg::StartHeading)}</h2>
            <p>{tr(Msg::StartIntro)}</p>
            <label for=crate::ui::dom_id("start-city")>{tr(Msg::CityName)}</label>
            <input id=crate::ui::dom_id("start-city") type="text" autocomplete="off" data-testid="start-city"
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=crate::ui::dom_id("start-city-error")
                prop:value=city on:input=move |ev| { city.set(event_target_value(&ev)); error.set(None); }/>
            <p id=crate::ui::dom_id("start-city-error") class="field-error" role="alert">
                {move || error.get().map(|m| m.text(lang.get()))}
            </p>
            <label for=crate::ui::dom_id("start-name")>{tr(Msg::AssessmentName)}</label>
            <input id=crate::ui::dom_id("start-name") type="text" autocomplete="off" data-testid="start-name"
                placeholder=tr(Msg::AssessmentNameHint)
                prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
            <button type="submit" class="primary" data-testid="start-button">{tr(Msg::StartButton)}</button>
        </form>
    }
}
