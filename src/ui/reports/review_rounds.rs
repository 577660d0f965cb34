//! 资料审查 rounds on screen: start a round, raise problems on indicators, mark them corrected,
//! and in a later round close or reopen them; each round says what it found and what became
//! of it ("第 1 轮发现问题 83 项，已整改 83 项"). The rules are `fscity_core::assessment::review`;
//! this view only asks for them, and says in the user's language when a step is refused.

use super::item_marks::ItemMarks;
use crate::i18n::{tr, use_lang, EvidenceWords, Msg};
use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::assessment::review::{Problem, ProblemState, Review, ReviewError};
use fscity_core::Localize;
use leptos::prelude::*;

/// The rounds, the round shown, its problems and the forms.
#[component]
pub fn ReviewRounds() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let error = RwSignal::new(None::<ReviewError>);
    // The review as typed; `Err` when the file holds something else (edited by hand): then
    // nothing here writes over it.
    let part = StowedPart::new(store, |a| &mut a.review, |a| &a.review);
    let review = part.value;
    let unreadable = move || part.unreadable();
    let rounds = Memo::new(move |_| {
        review.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.rounds
                        .iter()
                        .map(|r| (r.number, r.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let shown = RwSignal::new(None::<u32>);
    // The newest round unless another was chosen.
    let round = move || {
        shown
            .get()
            .or_else(|| rounds.with(|r| r.last().map(|(n, _)| *n)))
    };
    // A refused step changes nothing and says why.
    let apply = move |step: Step| match part.apply(step) {
        Some(Err(e)) => error.set(Some(e)),
        Some(Ok(())) => error.set(None),
        None => {}
    };

    let (name, date, reviewer) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let start = move |_| {
        let (n, d, who) = (
            name.get_untracked(),
            date.get_untracked(),
            reviewer.get_untracked(),
        );
        if let Some(Ok(started)) = part.apply(|r| Ok::<_, ReviewError>(r.start_round(&n, &d, &who)))
        {
            shown.set(Some(started));
        }
        name.set(String::new());
    };

    let indicator = RwSignal::new(String::new());
    let (text, department, due) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let raise = move |_| {
        let Some(round) = round() else { return };
        let (i, t, d, u) = (
            indicator.get_untracked(),
            text.get_untracked(),
            department.get_untracked(),
            due.get_untracked(),
        );
        let i = if i.is_empty() {
            store
                .pack()
                .indicators()
                .next()
                .map(|x| x.id.clone())
                .unwrap_or_default()
        } else {
            i
        };
        apply(Box::new(move |r| {
            r.raise(round, &i, &t, &d, &u).map(|_| ())
        }));
        if error.with_untracked(Option::is_none) {
            text.set(String::new());
        }
    };
    let counts = move || {
        let round = round()?;
        review.with(|r| {
            r.as_ref()
                .ok()
                .map(|r| r.counts(round).sentence(round, lang.get()))
        })
    };
    let problems = move |recheck: bool| {
        let Some(round) = round() else {
            return Vec::new();
        };
        review.with(|r| {
            r.as_ref()
                .map(|r| {
                    if recheck {
                        r.to_recheck(round).into_iter().cloned().collect()
                    } else {
                        r.problems
                            .iter()
                            .filter(|p| p.raised_in == round)
                            .cloned()
                            .collect()
                    }
                })
                .unwrap_or_default()
        })
    };
    let field = |label: EvidenceWords, key: &'static str, value: RwSignal<String>| {
        let id = crate::ui::dom_id(format!("review-{key}"));
        view! {
            <div class="field">
                <label for=id.clone()>{tr(label)}</label>
                <input id=id type="text" data-testid=format!("review-{key}") prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    let options = move || {
        let lang = lang.get();
        store
            .pack()
            .indicators()
            .map(|i| view! { <option value=i.id.clone()>{format!("{} {}", i.id, i.name.get(lang))}</option> })
            .collect_view()
    };
    view! {
        <div class="review-rounds" data-testid="review-rounds">
            <p class="help">{tr(EvidenceWords::ReviewIntro)}</p>
            <Show when=unreadable>
                <p class="banner" role="alert" data-testid="review-unreadable">{tr(EvidenceWords::ReviewUnreadable)}</p>
            </Show>
            <fieldset class="review-start no-print">
                <legend>{tr(EvidenceWords::StartRound)}</legend>
                {field(EvidenceWords::RoundName, "name", name)}
                {field(EvidenceWords::RoundDate, "date", date)}
                {field(EvidenceWords::RoundReviewer, "reviewer", reviewer)}
                <button type="button" data-testid="review-start" disabled=move || name.with(|n| n.trim().is_empty()) on:click=start>{tr(EvidenceWords::StartRound)}</button>
            </fieldset>
            <Show when=move || !rounds.with(Vec::is_empty) fallback=|| view! { <p data-testid="review-none">{tr(EvidenceWords::NoRounds)}</p> }>
                <div class="field no-print">
                    <label for=crate::ui::dom_id("review-round")>{tr(EvidenceWords::CurrentRound)}</label>
                    <select id=crate::ui::dom_id("review-round") data-testid="review-round"
                        on:change=move |ev| shown.set(event_target_value(&ev).parse().ok())>
                        {move || rounds.get().into_iter().map(|(n, label)| {
                            view! { <option value=n.to_string() selected=move || round() == Some(n)>{format!("{n} · {label}")}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <p class="round-counts" data-testid="review-counts">{counts}</p>
                <ItemMarks part round=Signal::derive(round) error/>
                <fieldset class="review-raise no-print">
                    <legend>{tr(EvidenceWords::RaiseProblem)}</legend>
                    <div class="field">
                        <label for=crate::ui::dom_id("review-indicator")>{tr(EvidenceWords::ProblemIndicator)}</label>
                        <select id=crate::ui::dom_id("review-indicator") data-testid="review-indicator"
                            on:change=move |ev| indicator.set(event_target_value(&ev))>{options}</select>
                    </div>
                    {field(EvidenceWords::ProblemText, "text", text)}
                    {field(EvidenceWords::ProblemDepartment, "department", department)}
                    {field(EvidenceWords::ProblemDue, "due", due)}
                    <button type="button" data-testid="review-raise" on:click=raise>{tr(EvidenceWords::RaiseProblem)}</button>
                </fieldset>
                <p class="field-error" role="alert" data-testid="review-error">{move || error.get().map(|e| e.message(lang.get()))}</p>
                <h3>{tr(EvidenceWords::ToRecheck)}</h3>
                <ProblemTable problems=Signal::derive(move || problems(true)) round=Signal::derive(move || round().unwrap_or(0)) apply testid="review-recheck"/>
                <h3>{tr(EvidenceWords::RoundProblems)}</h3>
                <ProblemTable problems=Signal::derive(move || problems(false)) round=Signal::derive(move || round().unwrap_or(0)) apply testid="review-problems"/>
            </Show>
        </div>
    }
}

/// One review step, run on the assessment's review: refused steps change nothing.
type Step = Box<dyn FnOnce(&mut Review) -> Result<(), ReviewError>>;
type Apply = Callback<Step>;

/// Problems with what can be done to each: mark corrected (with a note), close or reopen.
#[component]
fn ProblemTable(
    problems: Signal<Vec<Problem>>,
    round: Signal<u32>,
    #[prop(into)] apply: Apply,
    testid: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        problems
            .get()
            .into_iter()
            .map(|p| {
                let number = p.number;
                let note = RwSignal::new(p.fix_note.clone());
                let state = p.state;
                let later = round.get() > p.raised_in;
                view! {
                    <tr data-problem=number.to_string()>
                        <td class="num">{number}</td>
                        <td>{p.indicator.clone()}</td>
                        <td>{p.text.clone()}</td>
                        <td class="num">{p.raised_in}</td>
                        <td>{p.department.clone()}</td>
                        <td>{p.due.clone()}</td>
                        <td data-testid="problem-state">{state.label().get(lang).to_owned()}</td>
                        <td class="no-print">
                            {(state == ProblemState::Open).then(|| view! {
                                <input type="text" data-testid="fix-note" aria-label=EvidenceWords::FixNote.text(lang) prop:value=note on:input=move |ev| note.set(event_target_value(&ev))/>
                                <button type="button" data-testid="mark-corrected" on:click=move |_| { let n = note.get_untracked(); apply.run(Box::new(move |r| r.mark_corrected(number, &n))); }>{EvidenceWords::MarkCorrected.text(lang)}</button>
                            })}
                            {(state == ProblemState::Fixed && later).then(|| view! {
                                <button type="button" data-testid="close-problem" on:click=move |_| { let r0 = round.get_untracked(); apply.run(Box::new(move |r| r.close(number, r0))); }>{EvidenceWords::CloseProblem.text(lang)}</button>
                            })}
                            {(state != ProblemState::Open && later).then(|| view! {
                                <button type="button" data-testid="reopen-problem" on:click=move |_| { let r0 = round.get_untracked(); apply.run(Box::new(move |r| r.reopen(number, r0))); }>{EvidenceWords::ReopenProblem.text(lang)}</button>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="sheet review-table" data-testid=testid>
            <thead><tr>
                <th scope="col">{tr(EvidenceWords::ProblemNumber)}</th>
                <th scope="col">{tr(EvidenceWords::ProblemIndicator)}</th>
                <th scope="col">{tr(EvidenceWords::ProblemText)}</th>
                <th scope="col">{tr(EvidenceWords::ProblemRaisedIn)}</th>
                <th scope="col">{tr(EvidenceWords::ProblemDepartment)}</th>
                <th scope="col">{tr(EvidenceWords::ProblemDue)}</th>
                <th scope="col">{tr(Msg::Status)}</th>
                <th scope="col" class="no-print">{tr(EvidenceWords::FixNote)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
