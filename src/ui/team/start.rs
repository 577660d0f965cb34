//! Neither lead nor group yet: set up a review on this assessment (it becomes the lead's merged
//! record), or open the lead's task file (it becomes a group's record). A task for another
//! criteria version is refused before anything is written.

use super::part::TeamState;
use crate::i18n::{tr, use_lang, TeamWords as W};
use crate::io::file::{picked, text_or_problem};
use crate::store::now;
use crate::workspace::use_store;
use fscity_core::team::{TaskFile, TeamPart, TeamReview};
use fscity_core::Localize;
use leptos::prelude::*;

/// The two ways in.
#[component]
pub fn Start(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let name = RwSignal::new(W::DefaultName.text(lang.get_untracked()).to_owned());
    let refused = RwSignal::new(None::<String>);
    let create = move |_| {
        let pack = store.pack().pack().clone();
        let city = store
            .assessment
            .with_untracked(|a| a.as_ref().map(|a| a.city.clone()))
            .unwrap_or_default();
        let stamp = now();
        let id = format!(
            "r-{}-{:08x}",
            crate::io::download::stamp(&stamp),
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        );
        let review = TeamReview::new(&id, &city, &name.get_untracked(), &pack, &stamp);
        state.part.apply(|p| {
            p.review = Some(review);
            Ok::<_, ()>(())
        });
    };
    let on_task = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        refused.set(None);
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            let text = match text_or_problem(file).await {
                Ok(text) => text,
                Err(e) => {
                    refused.set(Some(e.get(lang).to_owned()));
                    return;
                }
            };
            let task = match TaskFile::read(&text) {
                Ok(task) => task,
                Err(e) => {
                    refused.set(Some(e.message(lang)));
                    return;
                }
            };
            let pack = store.pack().pack().clone();
            if (task.pack_id.as_str(), task.pack_version) != (pack.id.as_str(), pack.version) {
                refused.set(Some(format!(
                    "{}{} {}{}",
                    W::NotThisPack.text(lang),
                    task.pack_id,
                    task.pack_version,
                    W::NotThisPackEnd.text(lang)
                )));
                return;
            }
            let done = state.part.apply(|p: &mut TeamPart| {
                if p.review.is_some() {
                    return Err(());
                }
                p.task = Some(task);
                Ok(())
            });
            if !matches!(done, Some(Ok(()))) {
                refused.set(Some(W::AlreadyLead.text(lang).to_owned()));
            }
        });
    };
    let name_id = crate::ui::dom_id("team-name");
    let task_id = crate::ui::dom_id("team-task-file");
    view! {
        <div class="team-start">
            <h3>{tr(W::StartLead)}</h3>
            <div class="field">
                <label for=name_id.clone()>{tr(W::ReviewName)}</label>
                <input id=name_id type="text" data-testid="team-review-name" prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="button" data-testid="team-create" on:click=create>{tr(W::Create)}</button>
            <h3>{tr(W::StartGroup)}</h3>
            <div class="field">
                <label for=task_id.clone()>{tr(W::StartGroup)}</label>
                <input id=task_id type="file" accept=".json,application/json" data-testid="team-task-file" on:change=on_task/>
            </div>
            {move || refused.get().map(|r| view! { <p class="banner" role="alert" data-testid="team-refused">{r}</p> })}
        </div>
    }
}
