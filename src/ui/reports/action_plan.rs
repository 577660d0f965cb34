//! The 整改清单 per 责任单位: each department gets its own printed page with only its actions,
//! and overdue ones stand out, because that page is what a 食安办 hands to each department.

use super::sheet_table::SheetTable;
use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::store::today;
use crate::workspace::use_store;
use fscity_core::actions::{actions, by_department, ActionState};
use fscity_core::export::action_sheet;
use fscity_core::Localize;
use leptos::prelude::*;

/// What the print dialog prints: every department, or one. It stays as chosen (and is shown in
/// the scope list), so printing from the browser's own menu prints the same pages.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Scope {
    All,
    One(String),
}

/// The action list grouped per department, with a print scope.
#[component]
pub fn ActionPlan() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let scope = RwSignal::new(Scope::All);
    let groups = Memo::new(move |_| {
        let lang = lang.get();
        let today = today();
        store.assessment.with(|a| {
            store.report.with(|r| {
                let (Some(a), Some(r)) = (a, r) else {
                    return Vec::new();
                };
                let list = actions(&store.pack(), a, r, &today);
                by_department(&list, lang)
                    .into_iter()
                    .map(|group| {
                        let name = if group.department.is_empty() {
                            Msg::NoDepartment.text(lang).to_owned()
                        } else {
                            group.department
                        };
                        let overdue: Vec<&'static str> = group
                            .actions
                            .iter()
                            .map(|x| match x.state {
                                ActionState::Overdue => "overdue",
                                ActionState::Done => "done",
                                ActionState::AwaitingRecheck => "awaiting",
                                ActionState::NotPlanned | ActionState::Open => "",
                            })
                            .collect();
                        let planned = group
                            .actions
                            .iter()
                            .filter(|x| x.state != ActionState::NotPlanned)
                            .count();
                        let sheet =
                            action_sheet(&store.pack(), group.actions.iter().copied(), lang);
                        (name, sheet, overdue, planned)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let heading = move || {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| format!("{} · {} · {}", a.city, a.name, today()))
                .unwrap_or_default()
        })
    };
    let sections = move || {
        let lang = lang.get();
        groups
            .get()
            .into_iter()
            .map(|(name, sheet, classes, planned)| {
                let overdue = classes.iter().filter(|c| **c == "overdue").count();
                let count = sheet.rows.len();
                let this = name.clone();
                let hidden = {
                    let name = name.clone();
                    move || matches!(scope.get(), Scope::One(ref d) if *d != name)
                };
                view! {
                    <section class="print-page department" class:print-hidden=hidden data-department=name.clone()>
                        <p class="page-context">{heading}</p>
                        <h2>
                            {Msg::ReportActions.text(lang)} " · " {name.clone()}
                            <span class="subtotal">
                                <span data-testid="action-counts">{Sentence::ActionsCount { count, planned }.message(lang)}</span>
                                {(overdue > 0).then(|| view! {
                                    " · " <span class="overdue-count">{overdue} " " {Msg::OverdueCount.text(lang)}</span>
                                })}
                            </span>
                        </h2>
                        <button type="button" class="no-print" data-testid="print-department"
                            on:click=move |_| { scope.set(Scope::One(this.clone())); super::print_button::print(); }>
                            {Msg::PrintDepartment.text(lang)}
                        </button>
                        <SheetTable sheet row_classes=classes testid="action-table" kind="action-table"/>
                    </section>
                }
            })
            .collect_view()
    };
    let names =
        move || groups.with(|g| g.iter().map(|(name, ..)| name.clone()).collect::<Vec<_>>());
    view! {
        <div class="report-options no-print">
            <p class="help">{tr(Msg::ActionsIntro)}</p>
            <label for=crate::ui::dom_id("print-scope")>{tr(Msg::PrintScope)}</label>
            <select id=crate::ui::dom_id("print-scope") data-testid="print-scope"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    scope.set(if v.is_empty() { Scope::All } else { Scope::One(v) });
                }>
                <option value="" selected=move || scope.get() == Scope::All>{tr(Msg::PrintAllDepartments)}</option>
                {move || names().into_iter().map(|name| {
                    let selected = { let name = name.clone(); move || scope.get() == Scope::One(name.clone()) };
                    view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                }).collect_view()}
            </select>
            <super::print_button::PrintButton/>
        </div>
        <Show when=move || !groups.with(Vec::is_empty) fallback=|| view! { <p>{tr(Msg::NoActions)}</p> }>
            <article class="report-doc action-plan" data-testid="action-plan">{sections}</article>
        </Show>
    }
}
