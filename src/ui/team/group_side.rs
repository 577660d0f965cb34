//! A group's record: the task it was given (the review, the group, its members and its
//! indicators) and its result file, sealed by the core from what this record holds on those
//! indicators only.

use super::part::TeamState;
use crate::i18n::{tr, use_lang, Sentence, TeamWords as W};
use crate::io::download::{download, stamp};
use crate::store::now;
use crate::workspace::use_store;
use fscity_core::Localize;
use leptos::prelude::*;

/// The group's view.
#[component]
pub fn GroupView(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let exported = RwSignal::new(false);
    let task = Memo::new(move |_| {
        state
            .part
            .value
            .with(|p| p.as_ref().ok().and_then(|p| p.task.clone()))
    });
    let export = move |_| {
        let Some(task) = task.get_untracked() else {
            return;
        };
        let Some(file) = store
            .assessment
            .with_untracked(|a| a.as_ref().map(|a| task.answer(&a.entries, &now())))
        else {
            return;
        };
        let name = Sentence::TeamResultFile {
            group: file.group_name.clone(),
            stamp: stamp(&file.exported),
        }
        .message(lang.get_untracked());
        exported.set(download(&name, "application/json", &file.text()));
    };
    let pack = store.pack().pack().clone();
    let info = move || {
        let lang = lang.get();
        task.get().map(|t| {
            let indicators = t
                .group
                .indicators
                .iter()
                .map(|id| {
                    let name = pack.indicator(id).map(|i| i.name.get(lang).to_owned()).unwrap_or_default();
                    view! { <li data-testid="team-task-indicator">{id.clone()} " " {name}</li> }
                })
                .collect_view();
            view! {
                <h3 data-testid="team-group-title">{t.group.name.clone()} " · " {W::kind(t.group.kind, lang)}</h3>
                <p>{W::ReviewOf.text(lang)} {t.city.clone()} " " {t.review_name.clone()}</p>
                {(!t.group.members.is_empty()).then(|| view! {
                    <p>{W::MembersOf.text(lang)} {W::Colon.text(lang)} {lang.join(&t.group.members)}</p>
                })}
                <p class="help">{W::OnlyThese.text(lang)}</p>
                <ul>{indicators}</ul>
            }
        })
    };
    view! {
        <div class="team-group-side" data-testid="team-group-side">
            <h4>{tr(W::GroupTask)}</h4>
            {info}
            <button type="button" data-testid="team-export" on:click=export>{tr(W::Export)}</button>
            <Show when=move || exported.get()><p role="status" data-testid="team-exported">{tr(W::Exported2)}</p></Show>
        </div>
    }
}
