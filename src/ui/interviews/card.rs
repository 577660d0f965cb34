//! One interviewee's card: the questions for the role, each with the evidence item numbers that
//! back the answer (or the kinds still lacking), its basis, a readiness mark after rehearsal,
//! and notes. Printed, it is the person's one-page brief: the list and forms around it are left
//! out, the marks and notes print as text.

use super::state::Drill;
use crate::i18n::{tr, use_lang, InterviewWords};
use crate::store::today;
use crate::workspace::use_store;
use fscity_core::interview::{card, Readiness};
use leptos::prelude::*;

/// The card of interviewee `number`.
#[component]
pub fn InterviewCard(drill: Drill, number: u32) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let person = Memo::new(move |_| {
        drill
            .list
            .value
            .with(|l| l.as_ref().ok().and_then(|l| l.person(number).cloned()))
    });
    let context = move || {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| format!("{} · {} · {}", a.city, a.name, today()))
                .unwrap_or_default()
        })
    };
    let heading = move || {
        let lang = lang.get();
        person.with(|p| {
            p.as_ref()
                .map(|p| {
                    let mut parts = vec![p.name.clone()];
                    if !p.post.is_empty() {
                        parts.push(p.post.clone());
                    }
                    parts.push(p.role.label().get(lang).to_owned());
                    parts.push(p.tier.label().get(lang).to_owned());
                    format!(
                        "{}{}{}",
                        InterviewWords::CardOf.text(lang),
                        lang.colon(),
                        parts.join(" · ")
                    )
                })
                .unwrap_or_default()
        })
    };
    let questions = move || {
        let lang = lang.get();
        let bank = drill.bank.get();
        let Some(person) = person.get() else {
            return Vec::new();
        };
        let lines = store.assessment.with(|a| {
            a.as_ref()
                .map(|a| {
                    card(&bank, a, &person)
                        .into_iter()
                        .map(|l| {
                            let q = l.question;
                            (
                                q.id.clone(),
                                q.text.get(lang).to_owned(),
                                lang.join(&q.indicators),
                                format!(
                                    "{}{}",
                                    q.provenance.note.get(lang),
                                    lang.parenthesized(q.provenance.confidence.label().get(lang))
                                ),
                                l.evidence
                                    .iter()
                                    .map(|e| {
                                        format!(
                                            "{} {}{}",
                                            e.number,
                                            e.title,
                                            lang.parenthesized(e.state.label().get(lang))
                                        )
                                    })
                                    .collect::<Vec<_>>(),
                                lang.join(
                                    &l.lacking
                                        .iter()
                                        .map(|k| k.label().get(lang).to_owned())
                                        .collect::<Vec<_>>(),
                                ),
                                l.readiness,
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        lines
            .into_iter()
            .map(|(qid, text, indicators, basis, evidence, lacking, readiness)| {
                let select_id = crate::ui::dom_id(format!("readiness-{number}-{qid}"));
                let mark = {
                    let qid = qid.clone();
                    move |ev: leptos::ev::Event| {
                        let value = Readiness::from_id(&event_target_value(&ev));
                        let qid = qid.clone();
                        drill.apply(move |list, bank| list.mark(bank, number, &qid, value));
                    }
                };
                let shown = readiness.map(|r| r.label().get(lang).to_owned()).unwrap_or_else(|| InterviewWords::NotRehearsed.text(lang).to_owned());
                view! {
                    <li class="interview-question" data-question=qid.clone() data-readiness=readiness.map(|r| r.id()).unwrap_or("")>
                        <p class="question-text">{text}</p>
                        <p class="question-facts">
                            <span class="question-meta">{InterviewWords::Indicators.text(lang)} {indicators}</span>
                            {(!evidence.is_empty()).then(|| view! {
                                <span class="question-evidence" data-testid="question-evidence">{InterviewWords::Evidence.text(lang)} {lang.join(&evidence)}</span>
                            })}
                            {(!lacking.is_empty()).then(|| view! {
                                <span class="question-lacking" data-testid="question-lacking">{InterviewWords::Lacking.text(lang)} {lacking}</span>
                            })}
                            <span class="print-readiness">{InterviewWords::Readiness.text(lang)} {lang.colon()} {shown}</span>
                        </p>
                        <p class="question-basis">{InterviewWords::Basis.text(lang)} {basis}</p>
                        <div class="field no-print">
                            <label for=select_id.clone()>{InterviewWords::Readiness.text(lang)}</label>
                            <select id=select_id data-testid="readiness" on:change=mark>
                                <option value="" selected=readiness.is_none()>{InterviewWords::NotRehearsed.text(lang)}</option>
                                {Readiness::ALL.into_iter().map(|r| view! {
                                    <option value=r.id() selected=readiness == Some(r)>{r.label().get(lang).to_owned()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };
    let notes = move || person.with(|p| p.as_ref().map(|p| p.notes.clone()).unwrap_or_default());
    let notes_id = crate::ui::dom_id(format!("interview-notes-{number}"));
    view! {
        <article class="interview-card" data-testid="interview-card" data-person=number.to_string()>
            <p class="page-context">{context}</p>
            <h2 data-testid="card-heading">{heading}</h2>
            <p class="provenance-note">{tr(InterviewWords::NotOfficial)}</p>
            <ol class="interview-questions">{questions}</ol>
            <div class="field no-print">
                <label for=notes_id.clone()>{tr(InterviewWords::Notes)}</label>
                <textarea id=notes_id data-testid="person-notes" rows="3" prop:value=notes
                    on:change=move |ev| { let text = event_target_value(&ev); drill.apply(move |list, _| list.set_notes(number, &text)); }></textarea>
            </div>
            <Show when=move || !notes().is_empty()>
                <div class="print-only">
                    <h3>{tr(InterviewWords::Notes)}</h3>
                    <p class="pack-text">{notes}</p>
                </div>
            </Show>
            <button type="button" class="primary no-print" data-testid="print-brief"
                on:click=move |_| crate::ui::printing::print()>{tr(InterviewWords::PrintBrief)}</button>
        </article>
    }
}
