//! The 材料提交表 of one indicator, as 资料审查 reads it: the city's 自评结论, the self-score
//! (from the answer, never typed twice), and the numbered evidence items, each with its type,
//! date or period, issuer, 责任单位, where the original is kept, what it proves and whether it
//! is in the package. The numbers are the items' own (`fscity_core::assessment::evidence`): a
//! removed item leaves a gap until the city asks for renumbering.

use super::followed::followed_text;
use crate::i18n::{tr, use_lang, EvidenceWords, Msg};
use crate::pack_ref::PackRef;
use crate::ui::paging::Paging;
use crate::workspace::use_store;
use fscity_core::assessment::evidence::{check_date, parse_pages, renumber, REVIEW_ASPECTS};
use fscity_core::assessment::{Entry, Evidence, EvidenceKind, EvidenceState};
use fscity_core::pack::Indicator;
use fscity_core::{Lang, Localize};
use leptos::prelude::*;

/// The 材料提交表: `children` is the 自评结论 field.
#[component]
pub fn Submission(indicator: PackRef<Indicator>, children: Children) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = indicator.id.clone();
    let entry = store.entry(id.clone());
    let result = store.result(id.clone());
    let score = move || {
        result.get().filter(|r| r.status.is_answered()).map_or_else(
            || Msg::Unanswered.text(lang.get()).to_owned(),
            |r| format!("{} / {}", r.awarded, r.max),
        )
    };
    let count = Memo::new(move |_| entry.with(|e| e.evidence.len()));
    let paging = Paging::new();
    let suggested = indicator.map(|i| i.evidence.as_slice());
    let any_suggested = !suggested.is_empty();
    // The 细则's suggested evidence, one click each to adopt, until the city has it listed.
    let suggestions = move || {
        let lang = lang.get();
        entry.with(|e| {
            suggested
                .iter()
                .filter(|s| {
                    !e.evidence
                        .iter()
                        .any(|x| x.title.trim() == s.get(lang).trim())
                })
                .map(|s| s.get(lang).to_owned())
                .collect::<Vec<_>>()
        })
    };
    let aspects = move || {
        let lang = lang.get();
        let words: Vec<&str> = REVIEW_ASPECTS
            .iter()
            .map(|(zh, en)| if lang == Lang::Zh { *zh } else { *en })
            .collect();
        lang.join(&words)
    };
    // Renumbering is offered only when the numbers are not already 1, 2, 3 …
    let gaps = Memo::new(move |_| {
        entry.with(|e| {
            e.evidence
                .iter()
                .enumerate()
                .any(|(n, x)| x.seq as usize != n + 1)
        })
    });
    let (adopt_id, add_id, row_id, renumber_id) = (id.clone(), id.clone(), id.clone(), id);
    let renumber_all = move |_| {
        let ask = EvidenceWords::EvidenceRenumberAsk.text(lang.get_untracked());
        if window().confirm_with_message(ask).unwrap_or(false) {
            store.edit_entry(&renumber_id, |e| renumber(&mut e.evidence));
        }
    };
    view! {
        <fieldset class="evidence" data-testid="submission">
            <legend>{tr(EvidenceWords::EvidenceEntries)}</legend>
            <p class="help" data-testid="submission-score">{tr(EvidenceWords::EvidenceSelfScore)} {score}</p>
            {children()}
            <p class="help evidence-aspects">{tr(EvidenceWords::EvidenceAspects)} {aspects}</p>
            // Keyed by position and count: adding or removing rebuilds the rows, typing does not.
            <For each=move || { let c = count.get(); (0..c.min(paging.limit())).map(move |n| (n, c)) } key=|k| *k let:k>
                <EvidenceRow id=row_id.clone() n=k.0 entry/>
            </For>
            {paging.more(move || count.get())}
            <Show when=move || any_suggested>
                <p class="help evidence-suggestions">
                    {tr(EvidenceWords::PackEvidence)}
                    {let adopt_id = adopt_id.clone(); let suggestions = suggestions.clone(); move || suggestions().into_iter().map(|title| {
                        let id = adopt_id.clone();
                        let label = title.clone();
                        view! {
                            " "
                            <button type="button" class="link-button" data-testid="adopt-evidence"
                                on:click=move |_| {
                                    let title = title.clone();
                                    store.edit_entry(&id, move |e| { let item = Evidence::next(&e.evidence, title); e.evidence.push(item) });
                                    paging.reveal(count.get_untracked());
                                }>
                                "+ " {label}
                            </button>
                        }
                    }).collect_view()}
                </p>
            </Show>
            <button type="button" data-testid="add-evidence"
                on:click=move |_| { store.edit_entry(&add_id, |e| { let item = Evidence::next(&e.evidence, String::new()); e.evidence.push(item) }); paging.reveal(count.get_untracked()); }>
                "+ " {tr(EvidenceWords::AddEvidence)}
            </button>
            <Show when=move || gaps.get()>
                <button type="button" data-testid="renumber-evidence" on:click=renumber_all.clone()>{tr(EvidenceWords::EvidenceRenumber)}</button>
            </Show>
        </fieldset>
    }
}

/// One evidence item: its number, then every field of it.
#[component]
fn EvidenceRow(id: String, n: usize, entry: Memo<Entry>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let base = crate::ui::dom_id(format!("ev-{id}-{n}"));
    let item = Memo::new(move |_| entry.with(|e| e.evidence.get(n).cloned().unwrap_or_default()));
    let number = {
        let id = id.clone();
        move || item.with(|x| x.number(&id))
    };
    let edit = {
        let id = id.clone();
        move |change: Box<dyn FnOnce(&mut Evidence)>| {
            store.edit_entry(&id, |e| {
                if let Some(item) = e.evidence.get_mut(n) {
                    change(item);
                }
            });
        }
    };
    let text = |key: &'static str,
                label: EvidenceWords,
                get: fn(&Evidence) -> String,
                set: fn(&mut Evidence, String)| {
        let shown = followed_text(Signal::derive(move || Some(item.with(get))), str::to_owned);
        let edit = edit.clone();
        let dom_id = format!("{base}-{key}");
        view! {
            <div class="field">
                <label for=dom_id.clone()>{tr(label)}</label>
                <input id=dom_id type="text" prop:value=shown data-field=key
                    on:input=move |ev| { let v = event_target_value(&ev); shown.set(v.clone()); edit(Box::new(move |x| set(x, v))); }/>
            </div>
        }
    };
    // A date is stored only when it is one; until then the field says what is wrong.
    let date = followed_text(
        Signal::derive(move || Some(item.with(|x| x.date.clone()))),
        str::to_owned,
    );
    let date_problem = RwSignal::new(None);
    let date_edit = edit.clone();
    let on_date = move |ev| {
        let typed = event_target_value(&ev);
        date.set(typed.clone());
        match check_date(&typed) {
            Ok(()) => {
                date_problem.set(None);
                date_edit(Box::new(move |x| x.date = typed.trim().to_owned()));
            }
            Err(problem) => date_problem.set(Some(problem)),
        }
    };
    // A page count is stored only when it is one, as the date.
    let pages = followed_text(
        Signal::derive(move || {
            Some(item.with(|x| {
                if x.pages == 0 {
                    String::new()
                } else {
                    x.pages.to_string()
                }
            }))
        }),
        str::to_owned,
    );
    let pages_problem = RwSignal::new(None);
    let pages_edit = edit.clone();
    let on_pages = move |ev| {
        let typed = event_target_value(&ev);
        pages.set(typed.clone());
        match parse_pages(&typed) {
            Ok(n) => {
                pages_problem.set(None);
                pages_edit(Box::new(move |x| x.pages = n));
            }
            Err(problem) => pages_problem.set(Some(problem)),
        }
    };
    let (kind_edit, state_edit) = (edit.clone(), edit.clone());
    let remove_id = id;
    view! {
        <div class="evidence-row" data-testid="evidence-row" data-evidence-number=number.clone()>
            <strong class="evidence-number" data-testid="evidence-number">{number.clone()}</strong>
            <div class="field">
                <label for=format!("{base}-kind")>{tr(EvidenceWords::EvidenceKind)}</label>
                <select id=format!("{base}-kind") data-field="kind" prop:value=move || item.with(|x| x.kind.id())
                    on:change=move |ev| { if let Some(k) = EvidenceKind::from_id(&event_target_value(&ev)) { kind_edit(Box::new(move |x| x.kind = k)); } }>
                    {EvidenceKind::ALL.into_iter().map(|k| view! { <option value=k.id()>{move || k.label().get(lang.get()).to_owned()}</option> }).collect_view()}
                </select>
            </div>
            {text("title", EvidenceWords::EvidenceTitle, |x| x.title.clone(), |x, v| x.title = v)}
            <div class="field">
                <label for=format!("{base}-date")>{tr(EvidenceWords::EvidenceDate)}</label>
                <input id=format!("{base}-date") type="text" data-field="date" placeholder=move || EvidenceWords::EvidenceDateExample.text(lang.get())
                    prop:value=date on:input=on_date aria-invalid=move || date_problem.with(|p| p.is_some().to_string())/>
                <strong class="field-error" data-testid="evidence-date-error" role="alert">
                    {move || date_problem.with(|p| p.as_ref().map(|p| p.message(lang.get())))}
                </strong>
            </div>
            {text("issuer", EvidenceWords::EvidenceIssuer, |x| x.issuer.clone(), |x, v| x.issuer = v)}
            {text("department", EvidenceWords::EvidenceDepartment, |x| x.department.clone(), |x, v| x.department = v)}
            {text("location", EvidenceWords::EvidenceLocation, |x| x.location.clone(), |x, v| x.location = v)}
            <div class="field">
                <label for=format!("{base}-pages")>{tr(EvidenceWords::EvidencePages)}</label>
                <input id=format!("{base}-pages") type="text" inputmode="numeric" class="short" data-field="pages"
                    prop:value=pages on:input=on_pages aria-invalid=move || pages_problem.with(|p| p.is_some().to_string())/>
                <strong class="field-error" data-testid="evidence-pages-error" role="alert">
                    {move || pages_problem.with(|p| p.as_ref().map(|p| p.message(lang.get())))}
                </strong>
            </div>
            {text("proves", EvidenceWords::EvidenceProves, |x| x.proves.clone(), |x, v| x.proves = v)}
            <div class="field">
                <label for=format!("{base}-state")>{tr(Msg::Status)}</label>
                <select id=format!("{base}-state") data-field="state" prop:value=move || item.with(|x| x.state.id())
                    on:change=move |ev| { if let Some(s) = EvidenceState::from_id(&event_target_value(&ev)) { state_edit(Box::new(move |x| x.state = s)); } }>
                    {EvidenceState::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || s.label().get(lang.get()).to_owned()}</option> }).collect_view()}
                </select>
            </div>
            <button type="button" data-testid="remove-evidence" on:click=move |_| store.edit_entry(&remove_id, |e| { if n < e.evidence.len() { e.evidence.remove(n); } })>
                {tr(Msg::Remove)}
            </button>
        </div>
    }
}
