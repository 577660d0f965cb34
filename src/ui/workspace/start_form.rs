//! Starting an assessment: city and assessment name.

use crate::i18n::{tr, use_lang, Msg};
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use leptos::prelude::*;
use std::sync::Arc;

/// The form shown before any assessment exists.
#[component]
pub fn StartForm(
    /// Called once the new assessment is created and open.
    #[prop(optional)]
    on_started: Option<Callback<()>>,
) -> impl IntoView {
    let store = use_store();
    let persistence = use_persistence();
    let switch = use_context::<crate::ui::pack_switch::PackSwitch>();
    let lang = use_lang();
    let shelf = crate::packs::use_shelf();
    // The pack to start on, by index on the shelf; the workspace's own by default.
    let chosen = RwSignal::new(shelf.and_then(|shelf| {
        shelf.packs.with_untracked(|p| {
            p.iter()
                .position(|s| Arc::ptr_eq(&s.pack, store.pack().pack()))
        })
    }));
    let city = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if city.with(|c| c.trim().is_empty()) {
            error.set(Some(Msg::CityRequired));
            return;
        }
        let pack = shelf.zip(chosen.get()).and_then(|(shelf, i)| {
            shelf
                .packs
                .with_untracked(|p| p.get(i).map(|s| s.pack.clone()))
        });
        match pack {
            Some(pack) if !Arc::ptr_eq(&pack, store.pack().pack()) => {
                // Written as a record of that pack, then opened: the workspace switches pack.
                let a = fscity_core::Assessment::new(
                    &pack,
                    city.get().trim(),
                    name.get().trim(),
                    &crate::store::now(),
                );
                let id = persistence.add(a, store);
                crate::ui::pack_switch::open_record(switch, persistence, store, &id);
            }
            _ => persistence.create(&city.get(), &name.get(), store),
        }
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
            {move || shelf.filter(|s| s.packs.with(|p| p.len() > 1)).map(|shelf| view! {
                <label for=crate::ui::dom_id("start-pack")>{tr(Msg::StartPack)}</label>
                <select id=crate::ui::dom_id("start-pack") data-testid="start-pack"
                    on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    {shelf.packs.get().into_iter().enumerate().map(|(i, s)| {
                        let label = pack_label(&s, lang.get());
                        view! { <option value=i.to_string() selected=move || chosen.get() == Some(i)>{label}</option> }
                    }).collect_view()}
                </select>
            })}
            <button type="submit" class="primary" data-testid="start-button">{tr(Msg::StartButton)}</button>
        </form>
    }
}

/// "国家食品安全示范城市评价细则（2023版） v2 · 导入自 细则.xlsx（2026-11-29）".
pub fn pack_label(shelved: &crate::packs::ShelvedPack, lang: fscity_core::Lang) -> String {
    let pack = &shelved.pack;
    let origin = shelved
        .origin
        .as_ref()
        .map(|o| format!(" · {}", o.describe().get(lang)))
        .unwrap_or_default();
    format!("{} v{}{origin}", pack.title.get(lang), pack.version)
}
