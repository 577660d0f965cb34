//! The merge as the lead reads it: per indicator a group scores, which groups, where its answer
//! came from, and where groups disagree both answers side by side (in the words of the score
//! sheet) with the lead's choice and its reason — kept with the review.

use super::part::TeamState;
use crate::i18n::{tr, use_lang, TeamWords as W};
use crate::workspace::use_store;
use fscity_core::team::{answer_words, Choice, Source, TeamReview};
use fscity_core::Lang;
use leptos::prelude::*;

/// The merge table and the conflicts.
#[component]
pub fn MergedView(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let table = move || {
        let lang = lang.get();
        let r = state.review()?;
        let merged = r.merged();
        let pack = store.pack().pack().clone();
        let rows = r
            .scored()
            .into_iter()
            .map(|id| {
                let groups: Vec<String> = r.groups_of(id).iter().map(|g| g.name.clone()).collect();
                let source = match merged.sources.get(id) {
                    Some(s) => source_words(&r, s, lang),
                    None if merged.conflicts.iter().any(|c| &c.indicator == id) => {
                        W::Conflict.text(lang).to_owned()
                    }
                    None => W::NotYet.text(lang).to_owned(),
                };
                let answer = merged
                    .entries
                    .get(id)
                    .and_then(|e| e.answer.as_ref())
                    .and_then(|a| answer_words(&pack, id, a))
                    .map_or_else(
                        || W::Unanswered.text(lang).to_owned(),
                        |t| t.get(lang).to_owned(),
                    );
                view! {
                    <tr data-testid="team-merged-row" data-indicator=id.clone()>
                        <th scope="row">{id.clone()}</th>
                        <td>{lang.join(&groups)}</td>
                        <td data-testid="team-source">{source}</td>
                        <td>{answer}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <h4>{W::Merged.text(lang)}</h4>
            <table class="sheet" tabindex="0" data-testid="team-merged">
                <thead><tr>
                    <th scope="col">{W::Indicator.text(lang)}</th>
                    <th scope="col">{W::ScoredBy.text(lang)}</th>
                    <th scope="col">{W::Source.text(lang)}</th>
                    <th scope="col">{W::Merged.text(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    let conflicts = Memo::new(move |_| {
        state
            .review()
            .map(|r| {
                r.merged()
                    .conflicts
                    .iter()
                    .map(|c| c.indicator.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        {table}
        <Show when=move || conflicts.with(|c| !c.is_empty())>
            <h4>{tr(W::Conflicts)}</h4>
            <For each=move || conflicts.get() key=|id| id.clone() children=move |id| view! { <ConflictCard state id/> }/>
        </Show>
    }
}

/// Where an answer came from, in words.
fn source_words(r: &TeamReview, source: &Source, lang: Lang) -> String {
    let name = |g: &u32| r.group(*g).map(|g| g.name.clone()).unwrap_or_default();
    let names = |gs: &[u32]| lang.join(&gs.iter().map(name).collect::<Vec<_>>());
    match source {
        Source::Group(g) => format!("{}{}", name(g), lang.parenthesized(W::FromGroup.text(lang))),
        Source::Agreed(gs) => format!("{}{}", W::Agreed.text(lang), lang.parenthesized(&names(gs))),
        Source::Summed(gs) => format!("{}{}", W::Summed.text(lang), lang.parenthesized(&names(gs))),
        Source::Decided(g) => format!("{}{}", W::Decided.text(lang), lang.parenthesized(&name(g))),
        Source::Chosen(g) => format!("{}{}", W::Chosen.text(lang), lang.parenthesized(&name(g))),
    }
}

/// One indicator the groups disagree on: each group's answer, and the lead's choice with why.
#[component]
fn ConflictCard(state: TeamState, id: String) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let conflict = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .review()
                .and_then(|r| r.merged().conflicts.into_iter().find(|c| c.indicator == id))
        })
    };
    let chosen = RwSignal::new(
        conflict.with_untracked(|c| c.as_ref().and_then(|c| c.chosen.as_ref().map(|x| x.group))),
    );
    let reason = RwSignal::new(
        conflict
            .with_untracked(|c| {
                c.as_ref()
                    .and_then(|c| c.chosen.as_ref().map(|x| x.reason.clone()))
            })
            .unwrap_or_default(),
    );
    let missing = RwSignal::new(false);
    let pack = store.pack().pack().clone();
    let sides = {
        let id = id.clone();
        move || {
            let lang = lang.get();
            let r = state.review()?;
            conflict.get().map(|c| {
                c.answers
                    .iter()
                    .map(|(g, a)| {
                        let g = *g;
                        let name = r.group(g).map(|x| x.name.clone()).unwrap_or_default();
                        let words = answer_words(&pack, &id, a).map(|t| t.get(lang).to_owned()).unwrap_or_default();
                        let radio = crate::ui::dom_id(format!("team-choose-{id}-{g}"));
                        view! {
                            <div class="team-side">
                                <input type="radio" id=radio.clone() name=format!("team-choose-{id}") data-testid="team-choose" data-group=g.to_string()
                                    prop:checked=move || chosen.get() == Some(g) on:change=move |_| chosen.set(Some(g))/>
                                <label for=radio>{W::Choose.text(lang)} " " <strong>{name}</strong> {W::Colon.text(lang)} {words}</label>
                            </div>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let save = {
        let id = id.clone();
        move |_| {
            let (Some(group), why) = (chosen.get_untracked(), reason.get_untracked()) else {
                return;
            };
            if why.trim().is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            let id = id.clone();
            state.change(move |r| {
                r.choices.insert(
                    id,
                    Choice {
                        group,
                        reason: why.trim().to_owned(),
                    },
                );
                Ok::<_, ()>(())
            });
        }
    };
    let reason_id = crate::ui::dom_id(format!("team-reason-{id}"));
    view! {
        <fieldset class="team-conflict" data-testid="team-conflict" data-indicator=id.clone()>
            <legend>{id.clone()}</legend>
            {sides}
            <div class="field">
                <label for=reason_id.clone()>{tr(W::Reason)}</label>
                <input id=reason_id type="text" data-testid="team-reason" prop:value=reason on:input=move |ev| reason.set(event_target_value(&ev))/>
            </div>
            <Show when=move || missing.get()><p class="warning" role="alert">{tr(W::NeedReason)}</p></Show>
            <button type="button" data-testid="team-choose-save" disabled=move || chosen.get().is_none() on:click=save>{tr(W::Choose)}</button>
            {move || conflict.get().and_then(|c| c.chosen).map(|c| view! {
                <p class="help" data-testid="team-chosen">{W::Chosen.text(lang.get())} {W::Colon.text(lang.get())} {c.reason}</p>
            })}
        </fieldset>
    }
}
