//! The evidence package on screen at the seed's scale (5,000 items): the 资料目录 as a list of
//! indicators with their counts, each opened to its items on demand, and one department's
//! outstanding items at a time. Laying out every row made opening the view take over a second;
//! the printout still holds every item (`PrintCopy`, built just after the screen is shown).

use super::sheet_table::SheetTable;
use crate::i18n::{tr, use_lang, EvidenceWords, Msg, Sentence};
use crate::ui::paging::Paging;
use fscity_core::export::{DepartmentDue, IndexSection, IndexSummary, Sheet, StateCounts};
use fscity_core::{Lang, Localize};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// "已备齐 3 份 · 待补充 1 份 · 无法提供 0 份".
pub(super) fn counts_line(counts: StateCounts, lang: Lang) -> String {
    Sentence::PackageCounts {
        ready: counts.ready,
        missing: counts.missing,
        unavailable: counts.unavailable,
    }
    .message(lang)
}

/// The printed copy of a part: hidden on screen, built once the screen has been painted so
/// opening the part does not wait for thousands of rows, and there for Ctrl+P or 打印.
#[component]
pub(super) fn PrintCopy(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                ready.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });
    view! {
        <div class="print-only print-copy" data-testid="print-copy">
            <Show when=move || ready.get()>{children()}</Show>
        </div>
    }
}

/// The 资料目录 on screen: per major item its counts and its indicators, each opened to its
/// items.
#[component]
pub(super) fn IndexOnScreen(
    summary: Memo<Vec<IndexSummary>>,
    index: Memo<Vec<IndexSection>>,
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(BTreeSet::<String>::new());
    // The counts are shown first; an indicator's rows are written out when it is opened.
    let sections = move || {
        let lang = lang.get();
        summary
            .get()
            .into_iter()
            .enumerate()
            .map(|(at, IndexSummary { group, name, counts, parts })| {
                let rows = parts
                    .into_iter()
                    .map(|part| {
                        let id = part.indicator.clone();
                        let shown = {
                            let id = id.clone();
                            Memo::new(move |_| open.with(|o| o.contains(&id)))
                        };
                        let toggle = {
                            let id = id.clone();
                            move |_| {
                                open.update(|o| {
                                    if !o.remove(&id) {
                                        o.insert(id.clone());
                                    }
                                })
                            }
                        };
                        let count = part.rows.len();
                        let paging = Paging::new();
                        let range = part.rows.clone();
                        let items = move || {
                            let shown = range.start..range.start + count.min(paging.limit());
                            index.with(|all| {
                                all.get(at).map(|s| Sheet {
                                    headers: s.sheet.headers.clone(),
                                    rows: s.sheet.rows.get(shown.clone()).map(<[_]>::to_vec).unwrap_or_default(),
                                })
                            })
                        };
                        view! {
                            <tr data-part=id.clone()>
                                <th scope="row">{id.clone()} " " {part.name.clone()}</th>
                                <td>{counts_line(part.counts, lang)}</td>
                                <td>
                                    <button type="button" data-testid="open-part" aria-expanded=move || shown.get().to_string() on:click=toggle>
                                        {move || if shown.get() { EvidenceWords::HideItems.text(lang) } else { EvidenceWords::ShowItems.text(lang) }}
                                        " (" {count} ")"
                                    </button>
                                </td>
                            </tr>
                            <Show when=move || shown.get()>
                                <tr class="part-items"><td colspan="3">
                                    {move || items().map(|sheet| view! { <SheetTable sheet testid="part-items" kind="package-table"/> })}
                                    {paging.more(move || count)}
                                </td></tr>
                            </Show>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="package-section" data-group=group data-testid="package-section">
                        <h2>
                            {EvidenceWords::PackageIndex.text(lang)} " · " {name}
                            <span class="subtotal" data-testid="package-counts">{counts_line(counts, lang)}</span>
                        </h2>
                        <table class="sheet package-summary" data-testid="package-summary">
                            <thead><tr>
                                <th scope="col">{tr(EvidenceWords::ProblemIndicator)}</th>
                                <th scope="col">{tr(EvidenceWords::FormCounts)}</th>
                                <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </section>
                }
            })
            .collect_view()
    };
    view! { <div class="no-print">{sections}</div> }
}

/// One department's outstanding items on screen, chosen from all departments with their
/// counts.
#[component]
pub(super) fn DueOnScreen(due: Memo<Vec<DepartmentDue>>) -> impl IntoView {
    let lang = use_lang();
    let chosen = RwSignal::new(None::<String>);
    // The chosen department, else the first with something outstanding, else the first.
    let shown = Memo::new(move |_| {
        due.with(|all| {
            chosen
                .get()
                .and_then(|c| all.iter().position(|d| d.department == c))
                .or_else(|| {
                    all.iter()
                        .position(|d| d.counts.missing + d.counts.unavailable > 0)
                })
                .or(if all.is_empty() { None } else { Some(0) })
        })
    });
    let name = move |d: &str, lang: Lang| {
        if d.is_empty() {
            Msg::NoDepartment.text(lang).to_owned()
        } else {
            d.to_owned()
        }
    };
    let options = move || {
        let lang = lang.get();
        due.get()
            .into_iter()
            .enumerate()
            .map(|(n, d)| {
                let label = format!("{}{}", name(&d.department, lang), lang.parenthesized(&counts_line(d.counts, lang)));
                view! { <option value=d.department.clone() selected=move || shown.get() == Some(n)>{label}</option> }
            })
            .collect_view()
    };
    let table = move || {
        let lang = lang.get();
        let n = shown.get()?;
        let d = due.with(|all| all.get(n).cloned())?;
        Some(view! {
            <section class="department" data-department=name(&d.department, lang) data-testid="due-shown">
                <h2>
                    {EvidenceWords::PackageDue.text(lang)} " · " {name(&d.department, lang)}
                    <span class="subtotal" data-testid="due-counts">{counts_line(d.counts, lang)}</span>
                </h2>
                <SheetTable sheet=d.sheet testid="package-due" kind="package-table"/>
            </section>
        })
    };
    let select_id = crate::ui::dom_id("due-department");
    view! {
        <div class="no-print">
            <div class="field">
                <label for=select_id.clone()>{tr(EvidenceWords::ProblemDepartment)}</label>
                <select id=select_id data-testid="due-department" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>{options}</select>
            </div>
            {table}
        </div>
    }
}
