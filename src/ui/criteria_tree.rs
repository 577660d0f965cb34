//! The browsable tree: major items with their indicators, then the veto items and pass rules.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::{use_criteria, Selection};
use crate::ui::criteria_search::TreeFilter;
use fscity_core::pack::{Group, Indicator, Veto};
use leptos::prelude::*;

/// The navigation tree of the whole pack.
#[component]
pub fn CriteriaTree() -> impl IntoView {
    let pack = use_criteria().pack;
    view! {
        <nav class="tree" aria-label=tr(Msg::CriteriaTree) data-testid="criteria-tree">
            {pack.groups.iter().map(|group| view! { <GroupBranch group/> }).collect_view()}
            <details open class="branch">
                <summary>
                    <span class="branch-name">{tr(Msg::Vetoes)}</span>
                    <span class="branch-meta">{pack.vetoes.len()}</span>
                </summary>
                <ul>{pack.vetoes.iter().map(|veto| view! { <VetoLeaf veto/> }).collect_view()}</ul>
            </details>
            <TreeButton selection=Selection::PassRules testid="pass-rules-link">
                <span class="leaf-name">{tr(Msg::PassRules)}</span>
            </TreeButton>
        </nav>
    }
}

/// One major item, open by default; hidden when a search leaves none of its indicators.
#[component]
fn GroupBranch(group: &'static Group) -> impl IntoView {
    let lang = use_lang();
    let count = group.indicators.len();
    let filter = use_context::<TreeFilter>();
    let hidden = move || filter.is_some_and(|f| !group.indicators.iter().any(|i| f.shows(&i.id)));
    view! {
        <details open class="branch" data-group-id=group.id.clone() hidden=hidden>
            <summary>
                <span class="branch-name">{move || group.name.get(lang.get())}</span>
                <span class="branch-meta">
                    {count} " " {tr(Msg::IndicatorsCount)} " · " {group.points.to_string()} " " {tr(Msg::PointsUnit)}
                </span>
            </summary>
            <ul>{group.indicators.iter().map(|indicator| view! { <IndicatorLeaf indicator/> }).collect_view()}</ul>
        </details>
    }
}

/// One indicator: ID, name, points, key-item mark.
#[component]
fn IndicatorLeaf(indicator: &'static Indicator) -> impl IntoView {
    let lang = use_lang();
    let key = indicator
        .key_item
        .is_some()
        .then(|| view! { <span class="badge key">{tr(Msg::KeyItem)}</span> });
    let filter = use_context::<TreeFilter>();
    let hidden = move || filter.is_some_and(|f| !f.shows(&indicator.id));
    view! {
        <li hidden=hidden>
            <TreeButton selection=Selection::Indicator(indicator.id.clone()) indicator_id=indicator.id.clone()>
                <span class="leaf-id">{indicator.id.clone()}</span>
                <span class="leaf-name">{move || indicator.name.get(lang.get())}</span>
                {key}
                <span class="leaf-points">{indicator.max_points.to_string()}</span>
            </TreeButton>
        </li>
    }
}

/// One veto item.
#[component]
fn VetoLeaf(veto: &'static Veto) -> impl IntoView {
    let lang = use_lang();
    let filter = use_context::<TreeFilter>();
    let hidden = move || filter.is_some_and(|f| !f.shows_veto(&veto.id));
    view! {
        <li hidden=hidden data-tree-veto=veto.id.clone()>
            <TreeButton selection=Selection::Veto(veto.id.clone()) testid="veto-link">
                <span class="leaf-id">{veto.id.clone()}</span>
                <span class="leaf-name">{move || veto.name.get(lang.get())}</span>
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
    let state = use_criteria();
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
