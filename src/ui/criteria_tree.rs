//! The browsable tree: major items with their indicators, then the veto items and pass rules.

use crate::i18n::{tr, tr_sentence, tr_text, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::ui::criteria_search::TreeFilter;
use crate::workspace::{use_workspace, Selection};
use fscity_core::pack::{Group, Indicator, Veto};
use leptos::prelude::*;

/// The navigation tree of the whole pack.
#[component]
pub fn CriteriaTree() -> impl IntoView {
    let pack = use_workspace().pack();
    view! {
        <nav class="tree" aria-label=tr(Msg::CriteriaTree) data-testid="criteria-tree">
            {pack.groups().map(|group| view! { <GroupBranch group/> }).collect_view()}
            <details open class="branch">
                <summary>
                    <span class="branch-name">{tr(Msg::Vetoes)}</span>
                    <span class="branch-meta">{pack.vetoes.len()}</span>
                </summary>
                <ul>{pack.vetoes().map(|veto| view! { <VetoLeaf veto/> }).collect_view()}</ul>
            </details>
            <TreeButton selection=Selection::PassRules testid="pass-rules-link">
                <span class="leaf-name">{tr(Msg::PassRules)}</span>
            </TreeButton>
        </nav>
    }
}

/// One major item, open by default; hidden when a search leaves none of its indicators.
#[component]
fn GroupBranch(group: PackRef<Group>) -> impl IntoView {
    let count = group.indicators.len();
    let filter = use_context::<TreeFilter>();
    let ids: Vec<String> = group.indicators.iter().map(|i| i.id.clone()).collect();
    let hidden = move || filter.is_some_and(|f| !ids.iter().any(|id| f.shows(id)));
    view! {
        <details open class="branch" data-group-id=group.id.clone() hidden=hidden>
            <summary>
                <span class="branch-name">{tr_text(group.map(|g| &g.name))}</span>
                <span class="branch-meta">
                    {tr_sentence(Sentence::GroupSize { count, points: group.points.to_string() })}
                </span>
            </summary>
            <ul>{group.indicators().map(|indicator| view! { <IndicatorLeaf indicator/> }).collect_view()}</ul>
        </details>
    }
}

/// One indicator: ID, name, points, key-item mark.
#[component]
fn IndicatorLeaf(indicator: PackRef<Indicator>) -> impl IntoView {
    let key = indicator
        .key_item
        .is_some()
        .then(|| view! { <span class="badge key">{tr(Msg::KeyItem)}</span> });
    let filter = use_context::<TreeFilter>();
    let id = indicator.id.clone();
    let name = tr_text(indicator.map(|i| &i.name));
    let points = indicator.max_points.to_string();
    let label = id.clone();
    let hidden = {
        let id = id.clone();
        move || filter.is_some_and(|f| !f.shows(&id))
    };
    view! {
        <li hidden=hidden>
            <TreeButton selection=Selection::Indicator(id.clone()) indicator_id=id.clone()>
                <span class="leaf-id">{label}</span>
                <span class="leaf-name">{name}</span>
                {key}
                <span class="leaf-points">{points}</span>
            </TreeButton>
        </li>
    }
}

/// One veto item.
#[component]
fn VetoLeaf(veto: PackRef<Veto>) -> impl IntoView {
    let filter = use_context::<TreeFilter>();
    let id = veto.id.clone();
    let name = tr_text(veto.map(|v| &v.name));
    let label = id.clone();
    let hidden = {
        let id = id.clone();
        move || filter.is_some_and(|f| !f.shows_veto(&id))
    };
    view! {
        <li hidden=hidden data-tree-veto=id.clone()>
            <TreeButton selection=Selection::Veto(id.clone()) testid="veto-link">
                <span class="leaf-id">{label}</span>
                <span class="leaf-name">{name}</span>
            </TreeButton>
        </li>
    }
}

/// A tree entry that selects something and shows when it is the current one.
#[component]
fn TreeButton(
    selection: Selection,
    #[prop(optional, into)] indicator_id: Option<String>,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let state = use_workspace();
    let target = selection.clone();
    let current = Memo::new(move |_| state.selection.with(|s| *s == target));
    view! {
        <button type="button" class="leaf" class:current=current
            aria-current=move || current.get().then_some("true")
            data-indicator-id=indicator_id data-testid=testid
            on:click=move |_| state.selection.set(selection.clone())>
            {children()}
        </button>
    }
}
