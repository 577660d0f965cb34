//! A round's marks on the evidence items, one indicator at a time (a reviewer reads the
//! package indicator by indicator, and a package of 5,000 items is not one table): each item
//! 符合 / 部分符合 / 不符合 with a remark, and the round's tally.

use crate::i18n::{tr, use_lang, EvidenceWords};
use crate::ui::paging::Paging;
use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::assessment::review::{ItemMark, ItemVerdict, Review, ReviewError};
use fscity_core::assessment::stowed::Stowed;
use leptos::prelude::*;

/// The marks of `round` on the items of one chosen indicator.
#[component]
pub(super) fn ItemMarks(
    part: StowedPart<Stowed<Review>>,
    round: Signal<Option<u32>>,
    error: RwSignal<Option<ReviewError>>,
) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    // The indicators that have items, in the pack's order.
    let with_items = Memo::new(move |_| {
        let pack = store.pack();
        store.assessment.with(|a| {
            let Some(a) = a else { return Vec::new() };
            pack.indicators()
                .filter(|i| a.entries.get(&i.id).is_some_and(|e| !e.evidence.is_empty()))
                .map(|i| (i.id.clone(), i.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let indicator = Memo::new(move |_| {
        chosen
            .get()
            .filter(|c| with_items.with(|w| w.iter().any(|(id, _)| id == c)))
            .or_else(|| with_items.with(|w| w.first().map(|(id, _)| id.clone())))
    });
    let tally = move || {
        let r = round.get()?;
        part.value.with(|v| {
            v.as_ref()
                .ok()
                .and_then(|v| v.round(r))
                .map(|r| r.mark_counts().sentence(lang.get()))
        })
    };
    let set = move |number: String, mark: Option<ItemMark>| {
        let Some(r) = round.get_untracked() else {
            return;
        };
        match part.apply(|review| review.mark(r, &number, mark)) {
            Some(Err(e)) => error.set(Some(e)),
            Some(Ok(())) => error.set(None),
            None => {}
        }
    };
    let paging = Paging::new();
    let count = move || {
        let Some(id) = indicator.get() else { return 0 };
        store.assessment.with(|a| {
            a.as_ref()
                .and_then(|a| a.entries.get(&id))
                .map_or(0, |e| e.evidence.len())
        })
    };
    let rows = move || {
        let lang = lang.get();
        let limit = paging.limit();
        let (Some(id), Some(r)) = (indicator.get(), round.get()) else {
            return Vec::new();
        };
        let items = store.assessment.with(|a| {
            a.as_ref()
                .and_then(|a| a.entries.get(&id))
                .map(|e| e.evidence.iter().take(limit).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        });
        items
            .into_iter()
            .map(|item| {
                let number = item.number(&id);
                let mark = part.value.with(|v| {
                    v.as_ref()
                        .ok()
                        .and_then(|v| v.round(r))
                        .and_then(|r| r.marks.get(&number).cloned())
                });
                let verdict = mark.as_ref().map(|m| m.verdict);
                let remark = mark.map(|m| m.remark).unwrap_or_default();
                let choose = {
                    let (number, remark) = (number.clone(), remark.clone());
                    move |ev: leptos::ev::Event| {
                        let mark = ItemVerdict::from_id(&event_target_value(&ev)).map(|verdict| ItemMark {
                            verdict,
                            remark: remark.clone(),
                        });
                        set(number.clone(), mark);
                    }
                };
                let note = {
                    let number = number.clone();
                    move |ev: leptos::ev::Event| {
                        if let Some(verdict) = verdict {
                            set(number.clone(), Some(ItemMark { verdict, remark: event_target_value(&ev) }));
                        }
                    }
                };
                let label = format!("{} {}", number, item.title);
                view! {
                    <tr data-item=number.clone() data-verdict=verdict.map(|v| v.id()).unwrap_or("")>
                        <td class="num">{number.clone()}</td>
                        <td>{item.title.clone()}</td>
                        <td>{item.kind.label().get(lang).to_owned()}</td>
                        <td>{item.state.label().get(lang).to_owned()}</td>
                        <td>
                            <select data-testid="item-verdict" aria-label=format!("{} · {label}", EvidenceWords::ItemVerdict.text(lang)) on:change=choose>
                                <option value="" selected=verdict.is_none()>{EvidenceWords::NotMarked.text(lang)}</option>
                                {ItemVerdict::ALL.into_iter().map(|v| view! {
                                    <option value=v.id() selected=verdict == Some(v)>{v.label().get(lang).to_owned()}</option>
                                }).collect_view()}
                            </select>
                        </td>
                        <td>
                            <input type="text" data-testid="item-remark" aria-label=format!("{} · {label}", EvidenceWords::ItemRemark.text(lang))
                                disabled=verdict.is_none() prop:value=remark on:change=note/>
                        </td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };
    let select_id = crate::ui::dom_id("marks-indicator");
    view! {
        <section class="item-marks" data-testid="item-marks">
            <h3>{tr(EvidenceWords::ItemMarks)}</h3>
            <p class="round-counts" data-testid="mark-counts">{tally}</p>
            <Show when=move || !with_items.with(Vec::is_empty) fallback=|| view! { <p>{tr(EvidenceWords::PackageEmpty)}</p> }>
                <div class="field no-print">
                    <label for=select_id.clone()>{tr(EvidenceWords::ProblemIndicator)}</label>
                    <select id=select_id.clone() data-testid="marks-indicator" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                        {move || with_items.get().into_iter().map(|(id, name)| {
                            let here = id.clone();
                            view! { <option value=id.clone() selected=move || indicator.get().as_deref() == Some(here.as_str())>{format!("{id} {}", name.get(lang.get()))}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <table class="sheet marks-table" data-testid="marks-table">
                    <thead><tr>
                        <th scope="col">{tr(EvidenceWords::LabelRange)}</th>
                        <th scope="col">{tr(EvidenceWords::EvidenceTitle)}</th>
                        <th scope="col">{tr(EvidenceWords::EvidenceKind)}</th>
                        <th scope="col">{tr(EvidenceWords::EvidenceState)}</th>
                        <th scope="col">{tr(EvidenceWords::ItemVerdict)}</th>
                        <th scope="col">{tr(EvidenceWords::ItemRemark)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                {paging.more(count)}
            </Show>
        </section>
    }
}
