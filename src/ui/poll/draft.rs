//! A poll being imported: the file's table read against a mapping the city can change column by
//! column, every row that cannot be counted named by row and column, the figures it would give
//! — and nothing kept until "接受并保存". The mapping offered is the last kept poll's when the
//! file still has its columns (a 问卷星 survey exported again), else one guessed from the header.

use super::figures_view::FiguresView;
use super::state::PollState;
use crate::i18n::{tr, use_lang, PollWords as W, Sentence};
use crate::io::file::picked;
use crate::io::poll_file::{PollFile, PollFileRefused};
use crate::store::now;
use fscity_core::poll::{is_personal, DraftRead, Mapping, NewPoll};
use fscity_core::{Lang, Localize, Text};
use fscity_xlsx::protocol::PollAsk;
use leptos::prelude::*;
use std::sync::Arc;

/// A file read and not yet accepted (its table is in the reader worker, `PollFile`).
#[derive(Clone)]
struct Draft {
    file: String,
    header: Arc<Vec<String>>,
    reused: bool,
}

/// The table read by one mapping: the mapping, and what it gave.
type Outcome = Arc<(Mapping, DraftRead)>;

/// The import: a file input, then the draft's mapping, problems and figures with accept and
/// discard.
#[component]
pub fn PollImport(state: PollState) -> impl IntoView {
    let lang = use_lang();
    let draft = RwSignal::new(None::<Draft>);
    let table = StoredValue::new_local(None::<PollFile>);
    let refused = RwSignal::new(Vec::<Text>::new());
    let reading = RwSignal::new(false);
    let mapping = RwSignal::new(Mapping::default());
    let name = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    // Asks sent to the reader and the last answered: the figures shown are those of the
    // mapping on screen only when the two agree.
    let (asked, answered) = (StoredValue::new(0_u64), RwSignal::new(0_u64));
    let discard = move || {
        draft.set(None);
        outcome.set(None);
        table.set_value(None);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        let file_name = file.name();
        reading.set(true);
        refused.set(Vec::new());
        discard();
        leptos::task::spawn_local(async move {
            let opened = PollFile::open(file).await;
            reading.set(false);
            match opened {
                Ok((file, header)) => {
                    let kept = state.part.value.with_untracked(|p| {
                        p.as_ref()
                            .ok()
                            .and_then(|p| p.mapping_for(&header).cloned())
                    });
                    let reused = kept.is_some();
                    mapping.set(kept.unwrap_or_else(|| {
                        state
                            .questionnaire
                            .with_untracked(|q| Mapping::guess(q, &header))
                    }));
                    name.set(default_name(&now(), lang.get_untracked()));
                    table.set_value(Some(file));
                    draft.set(Some(Draft {
                        file: file_name,
                        header: Arc::new(header),
                        reused,
                    }));
                }
                Err(PollFileRefused::NotATable) => refused.set(vec![W::NotATable.both()]),
                Err(PollFileRefused::Problems(problems)) => refused.set(problems),
            }
        });
    };
    // The draft read by the mapping in the reader: again whenever a column is changed.
    Effect::new(move |_| {
        if draft.with(Option::is_none) {
            return;
        }
        let Some(file) = table.get_value() else {
            return;
        };
        let ask = PollAsk {
            questionnaire: (*state.questionnaire.get()).clone(),
            mapping: mapping.get(),
        };
        let n = asked.get_value() + 1;
        asked.set_value(n);
        leptos::task::spawn_local(async move {
            let read = file.read(&ask).await;
            if asked.get_value() != n {
                return;
            }
            match read {
                Ok(read) => outcome.set(Some(Arc::new((ask.mapping, read)))),
                Err(e) => {
                    refused.set(vec![e.text()]);
                    discard();
                }
            }
            answered.set(n);
        });
    });
    let current = move || answered.get() == asked.get_value() && outcome.with(Option::is_some);
    let accept = move |_| {
        let (Some(d), Some(o)) = (draft.get_untracked(), outcome.get_untracked()) else {
            return;
        };
        if answered.get_untracked() != asked.get_value() {
            return;
        }
        let title = name.get_untracked();
        let title = if title.trim().is_empty() {
            default_name(&now(), lang.get_untracked())
        } else {
            title
        };
        let stamp = now();
        let added = state.part.apply(|polls| {
            Ok::<_, ()>(polls.add(NewPoll {
                name: &title,
                imported: &stamp,
                file: &d.file,
                mapping: &o.0,
                answers: &o.1.answers,
            }))
        });
        if let Some(Ok(id)) = added {
            state.shown.set(Some(id));
            discard();
        }
    };
    let asked_questions = move || state.questionnaire.with(|q| q.questions.len());
    let file_id = crate::ui::dom_id("poll-file");
    let name_id = crate::ui::dom_id("poll-name");
    view! {
        <div class="field no-print">
            <label for=file_id.clone()>{tr(W::Import)}</label>
            <input id=file_id type="file" accept=".xlsx,.csv" data-testid="poll-file" on:change=on_file/>
        </div>
        <Show when=move || reading.get() || (draft.with(Option::is_some) && !current())><p role="status" data-testid="poll-reading">{tr(W::Reading)}</p></Show>
        <Show when=move || !refused.with(Vec::is_empty)>
            <div class="banner" role="alert" data-testid="poll-problems">
                <ul>{move || refused.get().into_iter().map(|p| view! { <li>{p.get(lang.get()).to_owned()}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <Show when=move || draft.with(Option::is_some)>
            <div class="poll-draft" data-testid="poll-draft">
                <p class="warning" data-testid="poll-preview">{tr(W::Preview)}</p>
                {move || draft.with(|d| d.as_ref().map(|d| view! {
                    <p class="help">{W::From.text(lang.get())} {d.file.clone()}</p>
                    {d.reused.then(|| view! { <p class="help" data-testid="poll-mapping-reused">{W::MappingReused.text(lang.get())}</p> })}
                }))}
                <MappingEditor state header=Signal::derive(move || draft.with(|d| d.as_ref().map(|d| d.header.clone()).unwrap_or_default())) mapping/>
                <AnswerMatching state outcome mapping/>
                {move || outcome.get().map(|o| read_view(&o.1, asked_questions(), lang.get()))}
                <div class="field">
                    <label for=name_id.clone()>{tr(W::PollName)}</label>
                    <input id=name_id.clone() type="text" data-testid="poll-name" prop:value=name
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="export-buttons">
                    <button type="button" data-testid="poll-accept" on:click=accept
                        disabled=move || !current() || outcome.with(|o| o.as_ref().is_none_or(|o| o.1.answers.is_empty()))>
                        {tr(W::Accept)}
                    </button>
                    <button type="button" data-testid="poll-discard" on:click=move |_| discard()>{tr(W::Cancel)}</button>
                </div>
            </div>
        </Show>
    }
}

/// "2026年6月自测" for `now` (RFC 3339).
fn default_name(now: &str, lang: Lang) -> String {
    let year = now.get(..4).unwrap_or_default();
    let month = now
        .get(5..7)
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(1);
    Sentence::DefaultPollName {
        year: year.to_owned(),
        month,
    }
    .message(lang)
}

/// One select per question, and for the district and the respondent ID: which column holds it.
/// Columns that look like personal data are not offered.
#[component]
fn MappingEditor(
    state: PollState,
    header: Signal<Arc<Vec<String>>>,
    mapping: RwSignal<Mapping>,
) -> impl IntoView {
    let lang = use_lang();
    /// Which of the mapping's slots a select sets.
    #[derive(Clone)]
    enum Slot {
        District,
        Respondent,
        Question(String),
    }
    let current = move |slot: &Slot| {
        mapping.with(|m| match slot {
            Slot::District => m.district.clone(),
            Slot::Respondent => m.respondent.clone(),
            Slot::Question(q) => m.questions.get(q).cloned(),
        })
    };
    let set = move |slot: &Slot, column: Option<String>| {
        mapping.update(|m| match slot {
            Slot::District => m.district = column,
            Slot::Respondent => m.respondent = column,
            Slot::Question(q) => match column {
                Some(c) => {
                    m.questions.insert(q.clone(), c);
                }
                None => {
                    m.questions.remove(q);
                }
            },
        })
    };
    let row = move |slot: Slot, label: String, testid: String| {
        let dom = crate::ui::dom_id(format!("poll-map-{testid}"));
        let chosen = slot.clone();
        let options = move || {
            let now = current(&chosen);
            header
                .get()
                .iter()
                .filter(|h| !h.is_empty() && !is_personal(h))
                .map(|h| {
                    view! { <option value=h.clone() selected=now.as_deref() == Some(h.as_str())>{h.clone()}</option> }
                })
                .collect_view()
        };
        let changed = slot.clone();
        view! {
            <tr>
                <th scope="row"><label for=dom.clone()>{label}</label></th>
                <td>
                    <select id=dom data-testid=format!("poll-map-{testid}") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set(&changed, (!v.is_empty()).then_some(v));
                    }>
                        <option value="" selected=move || current(&slot).is_none()>{W::NotRead.text(lang.get_untracked())}</option>
                        {options}
                    </select>
                </td>
            </tr>
        }
    };
    let questions = state.questionnaire.with_untracked(|q| {
        q.questions
            .iter()
            .map(|question| {
                let label = format!(
                    "{} {}",
                    question.id,
                    question.text.get(lang.get_untracked())
                );
                row(
                    Slot::Question(question.id.clone()),
                    label,
                    question.id.clone(),
                )
            })
            .collect_view()
    });
    view! {
        <details class="poll-mapping" data-testid="poll-mapping">
            <summary>{tr(W::MappingTitle)}</summary>
            <table class="sheet" tabindex="0">
                <tbody>
                    {row(Slot::District, W::District.text(lang.get_untracked()).to_owned(), "district".into())}
                    {row(Slot::Respondent, W::Respondent.text(lang.get_untracked()).to_owned(), "respondent".into())}
                    {questions}
                </tbody>
            </table>
        </details>
    }
}

/// A select for each answer text no option matched (and each already matched by hand): which
/// of the question's answers it means, or none.
#[component]
fn AnswerMatching(
    state: PollState,
    outcome: RwSignal<Option<Outcome>>,
    mapping: RwSignal<Mapping>,
) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        let mut texts: Vec<(String, String, Option<usize>)> = mapping.with(|m| {
            m.answers
                .iter()
                .flat_map(|(q, t)| t.keys().map(move |t| (q.clone(), t.clone(), None)))
                .collect()
        });
        if let Some(o) = outcome.get() {
            texts.extend(
                o.1.unknown
                    .iter()
                    .map(|u| (u.question.clone(), u.text.clone(), Some(u.cells))),
            );
        }
        texts
            .into_iter()
            .enumerate()
            .map(|(i, (question, text, cells))| {
                let chosen = mapping.with(|m| m.answers.get(&question).and_then(|t| t.get(&text)).cloned());
                let options = state.questionnaire.with(|q| {
                    q.questions
                        .iter()
                        .find(|x| x.id == question)
                        .and_then(|x| q.scale(&x.scale))
                        .map(|s| {
                            s.answers
                                .iter()
                                .map(|a| view! {
                                    <option value=a.id.clone() selected=chosen.as_deref() == Some(a.id.as_str())>{a.text.get(lang).to_owned()}</option>
                                })
                                .collect_view()
                        })
                });
                let dom = crate::ui::dom_id(format!("poll-answer-{i}"));
                let label = match cells {
                    Some(n) => format!("{question} “{text}”{}", lang.parenthesized(&format!("{n} {}", W::Cells.text(lang)))),
                    None => format!("{question} “{text}”"),
                };
                let (q, t) = (question.clone(), text.clone());
                view! {
                    <div class="field">
                        <label for=dom.clone()>{label}</label>
                        <select id=dom data-testid="poll-answer-match" data-text=text.clone() on:change=move |ev| {
                            let id = event_target_value(&ev);
                            mapping.update(|m| {
                                let texts = m.answers.entry(q.clone()).or_default();
                                if id.is_empty() {
                                    texts.remove(&t);
                                } else {
                                    texts.insert(t.clone(), id);
                                }
                                m.answers.retain(|_, t| !t.is_empty());
                            });
                        }>
                            <option value="" selected=chosen.is_none()>{W::LeaveOut.text(lang)}</option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view()
    };
    let any = move || {
        mapping.with(|m| !m.answers.is_empty())
            || outcome.with(|o| o.as_ref().is_some_and(|o| !o.1.unknown.is_empty()))
    };
    view! {
        <Show when=any>
            <fieldset class="poll-answer-matching" data-testid="poll-answer-matching">
                <legend>{tr(W::AnswerMatching)}</legend>
                {rows}
            </fieldset>
        </Show>
    }
}

/// What the draft read: counts, columns used, personal columns dropped, problems by row and
/// column, and its figures.
fn read_view(read: &DraftRead, asked: usize, lang: Lang) -> AnyView {
    let problems: Vec<String> = read.problems.iter().map(|p| p.message(lang)).collect();
    let more = read.problem_count.saturating_sub(problems.len());
    let nothing_mapped = read.unanswered.len() >= asked;
    view! {
        <p data-testid="poll-read">
            {W::Read.text(lang)} {read.answers.len()} " · "
            {W::NotCounted.text(lang)} {read.problem_count} " · " {W::Blank.text(lang)} {read.blank_rows}
        </p>
        {nothing_mapped.then(|| view! {
            <p class="banner" role="alert" data-testid="poll-unmappable">{W::NothingMapped.text(lang)}</p>
        })}
        {(!read.dropped.is_empty()).then(|| view! {
            <p class="warning" data-testid="poll-dropped">{W::Dropped.text(lang)} {lang.join(&read.dropped)}</p>
        })}
        {(!read.unanswered.is_empty() && !nothing_mapped).then(|| view! {
            <p class="warning" data-testid="poll-unanswered">{W::Unanswered.text(lang)} {lang.join(&read.unanswered)}</p>
        })}
        {(!problems.is_empty()).then(|| view! {
            <ul class="problems" data-testid="poll-row-problems">
                {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                {(more > 0).then(|| view! { <li>{W::MoreProblems.text(lang)} {more}</li> })}
            </ul>
        })}
        {read.answers.is_empty().then(|| view! { <p class="warning">{W::NoResponses.text(lang)}</p> })}
        <FiguresView figures=Arc::new(read.figures.clone()) lang/>
    }
    .into_any()
}
