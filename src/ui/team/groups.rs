//! The groups of the lead's review: name, kind, members and indicators, each group's task file,
//! a new group, and how the answers of an indicator two groups score combine. Rows are keyed by
//! group, so a field being typed in is never rebuilt by a change elsewhere.

use super::part::TeamState;
use crate::i18n::{tr, use_lang, Sentence, TeamWords as W};
use crate::io::download::download;
use crate::workspace::use_store;
use fscity_core::pack::Rule;
use fscity_core::team::group::members_of;
use fscity_core::team::{CombineRule, GroupKind};
use fscity_core::Localize;
use leptos::prelude::*;

/// The groups and the rules for shared indicators.
#[component]
pub fn Groups(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        state
            .review()
            .map(|r| r.groups.iter().map(|g| g.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let new_name = RwSignal::new(String::new());
    let new_kind = RwSignal::new(GroupKind::Documents);
    let add = move |_| {
        let lang = lang.get_untracked();
        let name = new_name.get_untracked();
        let name = if name.trim().is_empty() {
            W::kind(new_kind.get_untracked(), lang).to_owned()
        } else {
            name
        };
        state.change(|r| Ok::<_, ()>(r.add_group(&name, new_kind.get_untracked())));
        new_name.set(String::new());
    };
    let name_id = crate::ui::dom_id("team-new-group");
    let kind_id = crate::ui::dom_id("team-new-kind");
    view! {
        <h4>{tr(W::Groups)}</h4>
        <table class="sheet team-groups" data-testid="team-groups">
            <thead><tr>
                <th scope="col">{tr(W::GroupName)}</th>
                <th scope="col">{tr(W::Kind)}</th>
                <th scope="col">{tr(W::Members)}</th>
                <th scope="col">{tr(W::Indicators)}</th>
                <th scope="col"></th>
            </tr></thead>
            <tbody>
                <For each=move || ids.get() key=|id| *id children=move |id| view! { <GroupRow state id/> }/>
            </tbody>
        </table>
        <div class="field-row no-print">
            <div class="field">
                <label for=name_id.clone()>{tr(W::NewGroup)}</label>
                <input id=name_id type="text" data-testid="team-new-group" prop:value=new_name on:input=move |ev| new_name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=kind_id.clone()>{tr(W::Kind)}</label>
                {kind_select(kind_id, "team-new-kind", Signal::derive(move || new_kind.get()), move |k| new_kind.set(k))}
            </div>
            <button type="button" data-testid="team-add-group" on:click=add>{tr(W::AddGroup)}</button>
        </div>
        <SharedRules state/>
    }
}

/// A select of group kinds.
fn kind_select(
    id: String,
    testid: &'static str,
    current: Signal<GroupKind>,
    set: impl Fn(GroupKind) + 'static,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <select id=id data-testid=testid on:change=move |ev| {
            let at = event_target_value(&ev).parse::<usize>().unwrap_or(0);
            if let Some(k) = GroupKind::ALL.get(at) {
                set(*k);
            }
        }>
            {GroupKind::ALL.iter().enumerate().map(|(i, k)| {
                let k = *k;
                view! { <option value=i.to_string() selected=move || current.get() == k>{move || W::kind(k, lang.get())}</option> }
            }).collect_view()}
        </select>
    }
}

/// One group: its fields, its indicators to tick, and its task file.
#[component]
fn GroupRow(state: TeamState, id: u32) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let group = Memo::new(move |_| state.review().and_then(|r| r.group(id).cloned()));
    let kind =
        Signal::derive(move || group.with(|g| g.as_ref().map_or(GroupKind::Documents, |g| g.kind)));
    let edit = move |f: Box<dyn FnOnce(&mut fscity_core::team::Group)>| {
        state.change(|r| r.group_mut(id).map(f).ok_or(()));
    };
    let download_task = move |_| {
        if let Some(task) = state.review().and_then(|r| r.task(id)) {
            let file = Sentence::TeamTaskFile {
                group: task.group.name.clone(),
            }
            .message(lang.get_untracked());
            download(&file, "application/json", &task.text());
        }
    };
    let pack = store.pack().pack().clone();
    let ticks = pack
        .groups
        .iter()
        .map(|major| {
            let boxes = major
                .indicators
                .iter()
                .map(|ind| {
                    let ind_id = ind.id.clone();
                    let checked = {
                        let ind_id = ind_id.clone();
                        move || group.with(|g| g.as_ref().is_some_and(|g| g.indicators.contains(&ind_id)))
                    };
                    let name = ind.name.clone();
                    let toggled = ind_id.clone();
                    view! {
                        <label class="team-tick">
                            <input type="checkbox" data-testid="team-assign" data-indicator=ind_id.clone() prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let ind = toggled.clone();
                                    edit(Box::new(move |g| {
                                        if on {
                                            g.indicators.insert(ind);
                                        } else {
                                            g.indicators.remove(&ind);
                                        }
                                    }));
                                }/>
                            {ind_id.clone()} " " {move || name.get(lang.get()).to_owned()}
                        </label>
                    }
                })
                .collect_view();
            let title = major.name.clone();
            view! { <fieldset><legend>{move || title.get(lang.get()).to_owned()}</legend>{boxes}</fieldset> }
        })
        .collect_view();
    let name_id = crate::ui::dom_id(format!("team-group-name-{id}"));
    let members_id = crate::ui::dom_id(format!("team-group-members-{id}"));
    let kind_id = crate::ui::dom_id(format!("team-group-kind-{id}"));
    view! {
        <tr data-testid="team-group" data-group=id.to_string()>
            <td>
                <label class="visually-hidden" for=name_id.clone()>{tr(W::GroupName)}</label>
                <input id=name_id type="text" data-testid="team-group-name" prop:value=move || group.with(|g| g.as_ref().map(|g| g.name.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let name = event_target_value(&ev);
                        if !name.trim().is_empty() {
                            edit(Box::new(move |g| g.name = name.trim().to_owned()));
                        }
                    }/>
            </td>
            <td>
                <label class="visually-hidden" for=kind_id.clone()>{tr(W::Kind)}</label>
                {kind_select(kind_id, "team-group-kind", kind, move |k| edit(Box::new(move |g| g.kind = k)))}
            </td>
            <td>
                <label class="visually-hidden" for=members_id.clone()>{tr(W::Members)}</label>
                <input id=members_id type="text" data-testid="team-group-members"
                    prop:value=move || group.with(|g| g.as_ref().map(|g| lang.get().join(&g.members)).unwrap_or_default())
                    on:change=move |ev| {
                        let members = members_of(&event_target_value(&ev));
                        edit(Box::new(move |g| g.members = members));
                    }/>
            </td>
            <td>
                <details class="team-assign">
                    <summary data-testid="team-assign-open">
                        {move || group.with(|g| {
                            let n = g.as_ref().map_or(0, |g| g.indicators.len());
                            if n == 0 { W::NoIndicators.text(lang.get()).to_owned() } else { format!("{} {n}", W::Assign.text(lang.get())) }
                        })}
                    </summary>
                    {ticks}
                </details>
            </td>
            <td>
                <button type="button" data-testid="team-task" disabled=move || group.with(|g| g.as_ref().is_none_or(|g| g.indicators.is_empty())) on:click=download_task>{tr(W::Task)}</button>
            </td>
        </tr>
    }
}

/// The indicators two or more groups score, each with how their answers combine.
#[component]
fn SharedRules(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let shared = Memo::new(move |_| {
        state
            .review()
            .map(|r| {
                r.scored()
                    .into_iter()
                    .filter(|id| r.groups_of(id).len() > 1)
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let row = move |id: String| {
        let pack = store.pack().pack().clone();
        let findings = pack
            .indicator(&id)
            .is_some_and(|i| matches!(i.rule, Rule::Deductions { .. }));
        let choices = {
            let id = id.clone();
            move || {
                let lang = lang.get();
                let r = state.review()?;
                let current = r.rules.get(&id).cloned();
                let mut options = vec![view! { <option value="" selected=current.is_none()>{W::RuleAgree.text(lang)}</option> }.into_any()];
                if findings {
                    options.push(view! { <option value="sum" selected=current == Some(CombineRule::SumFindings)>{W::RuleSum.text(lang)}</option> }.into_any());
                }
                for g in r.groups_of(&id) {
                    let selected = current == Some(CombineRule::Decides { group: g.id });
                    options.push(view! { <option value=g.id.to_string() selected=selected>{W::RuleDecides.text(lang)} {g.name.clone()}</option> }.into_any());
                }
                Some(options.collect_view())
            }
        };
        let changed = id.clone();
        let select_id = crate::ui::dom_id(format!("team-rule-{id}"));
        let name = pack.indicator(&id).map(|i| i.name.clone());
        view! {
            <div class="field">
                <label for=select_id.clone()>{id.clone()} " " {move || name.as_ref().map(|n| n.get(lang.get()).to_owned())}</label>
                <select id=select_id data-testid="team-rule" data-indicator=id.clone() on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let rule = match v.as_str() {
                        "" => None,
                        "sum" => Some(CombineRule::SumFindings),
                        g => g.parse::<u32>().ok().map(|group| CombineRule::Decides { group }),
                    };
                    let id = changed.clone();
                    state.change(move |r| {
                        match rule {
                            Some(rule) => r.rules.insert(id, rule),
                            None => r.rules.remove(&id),
                        };
                        Ok::<_, ()>(())
                    });
                }>{choices}</select>
            </div>
        }
    };
    view! {
        <Show when=move || shared.with(|s| !s.is_empty())>
            <fieldset class="team-rules" data-testid="team-rules">
                <legend>{tr(W::Shared)}</legend>
                <For each=move || shared.get() key=|id| id.clone() children=row/>
            </fieldset>
        </Show>
    }
}
