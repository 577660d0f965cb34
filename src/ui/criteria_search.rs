//! Search and filters over the criteria tree, for trainers and for anyone looking for "the one
//! about 抽检": by ID or any part of a name, requirement or scoring text, by 大项, by 测评方式
//! and by 责任单位. The matching is the core's (`fscity_core::search`); this file only holds the
//! controls and shares the result with the tree.

use crate::i18n::{tr, tr_text, use_lang, Msg, Sentence};
use crate::workspace::use_workspace;
use fscity_core::pack::Method;
use fscity_core::search::{departments, search, search_vetoes, Filters};
use leptos::prelude::*;
use std::collections::HashSet;

/// The indicators the tree shows: `None` while no search or filter is active.
#[derive(Clone, Copy)]
pub struct TreeFilter(
    pub Memo<Option<HashSet<String>>>,
    /// The veto items the query finds (`None` without a query).
    pub Memo<Option<HashSet<String>>>,
);

impl TreeFilter {
    /// Whether an indicator is shown.
    pub fn shows(&self, id: &str) -> bool {
        self.0
            .with(|m| m.as_ref().is_none_or(|ids| ids.contains(id)))
    }

    /// Whether a veto item is shown.
    pub fn shows_veto(&self, id: &str) -> bool {
        self.1
            .with(|m| m.as_ref().is_none_or(|ids| ids.contains(id)))
    }
}

/// The search box and the three filters; provides [`TreeFilter`] to the tree below.
#[component]
pub fn CriteriaSearch() -> impl IntoView {
    let pack = use_workspace().pack();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let group = RwSignal::new(String::new());
    let method = RwSignal::new(String::new());
    let department = RwSignal::new(String::new());
    let searched = pack.clone();
    let matched = Memo::new(move |_| {
        let filters = Filters {
            query: query.get(),
            group: Some(group.get()).filter(|g| !g.is_empty()),
            method: Method::ALL
                .into_iter()
                .find(|m| method.with(|t| t == m.id())),
            department: Some(department.get()).filter(|d| !d.is_empty()),
        };
        (filters != Filters::default()).then(|| {
            search(&searched, &filters)
                .into_iter()
                .map(|i| i.id.clone())
                .collect::<HashSet<_>>()
        })
    });
    let searched = pack.clone();
    let vetoes = Memo::new(move |_| {
        query.with(|q| {
            (!q.trim().is_empty()).then(|| {
                search_vetoes(&searched, q)
                    .into_iter()
                    .map(|v| v.id.clone())
                    .collect::<HashSet<_>>()
            })
        })
    });
    provide_context(TreeFilter(matched, vetoes));
    let count = move || {
        matched.with(|m| {
            m.as_ref().map(|ids| {
                fscity_core::Localize::message(
                    &Sentence::SearchFound { count: ids.len() },
                    lang.get(),
                )
            })
        })
    };
    let all_departments = departments(&pack);
    view! {
        <div class="criteria-search" role="search">
            <label for=crate::ui::dom_id("criteria-query")>{tr(Msg::SearchLabel)}</label>
            <input id=crate::ui::dom_id("criteria-query") type="search" data-testid="criteria-query"
                placeholder=tr(Msg::SearchHint) prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <div class="filters">
                <label>
                    <span>{tr(Msg::GroupList)}</span>
                    <select data-testid="filter-group" on:change=move |ev| group.set(event_target_value(&ev))>
                        <option value="">{tr(Msg::FilterAll)}</option>
                        {pack.groups.iter().map(|g| view! {
                            <option value=g.id.clone()>{tr_text(g.name.clone())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{tr(Msg::Methods)}</span>
                    <select data-testid="filter-browse-method" on:change=move |ev| method.set(event_target_value(&ev))>
                        <option value="">{tr(Msg::FilterAll)}</option>
                        {method_options(lang)}
                    </select>
                </label>
                <label>
                    <span>{tr(Msg::Departments)}</span>
                    <select data-testid="filter-browse-department" on:change=move |ev| department.set(event_target_value(&ev))>
                        <option value="">{tr(Msg::FilterAll)}</option>
                        {all_departments.into_iter().map(|d| {
                            let value = d.zh.clone();
                            view! { <option value=value>{move || d.get(lang.get()).to_owned()}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="help" role="status" data-testid="search-count">{count}</p>
        </div>
    }
}

/// One `<option>` per 测评方式, valued by its stable token, named in the current language.
pub fn method_options(lang: RwSignal<fscity_core::Lang>) -> impl IntoView {
    Method::ALL
        .into_iter()
        .map(|m| {
            let label = m.label();
            view! { <option value=m.id()>{move || label.get(lang.get()).to_owned()}</option> }
        })
        .collect_view()
}
