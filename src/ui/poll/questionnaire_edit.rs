//! The questionnaire is data the city may change (issue 19): its answer scores typed here, or
//! the whole questionnaire downloaded as JSON, edited and loaded back — checked whole, every
//! problem named, nothing changed when one is found. The city's version is kept with its polls
//! and every result is computed by it; the built-in one is a click (and a question) away.

use super::state::PollState;
use crate::i18n::{tr, use_lang, PollWords as W};
use crate::io::download::{download, stamp};
use crate::io::file::{picked, read_text};
use crate::store::now;
use fscity_core::poll::Questionnaire;
use fscity_core::Localize;
use leptos::prelude::*;

/// Downloading, loading and restoring the questionnaire, and the score fields.
#[component]
pub fn QuestionnaireEdit(state: PollState) -> impl IntoView {
    let lang = use_lang();
    let refused = RwSignal::new(Vec::<String>::new());
    // Bumped when the questionnaire is replaced whole, so the score fields show its scores.
    let replaced = RwSignal::new(0u32);
    let own = Memo::new(move |_| {
        state
            .part
            .value
            .with(|p| p.as_ref().is_ok_and(|p| p.questionnaire.is_some()))
    });
    let save = move |q: Questionnaire| {
        let _ = state.part.apply(|polls| {
            polls.questionnaire = Some(q);
            Ok::<_, ()>(())
        });
    };
    let download_json = move |_| {
        let text = state
            .questionnaire
            .with_untracked(|q| serde_json::to_string_pretty(&**q).unwrap_or_default());
        let file = format!(
            "{}-{}.json",
            W::QuestionnaireFile.text(lang.get_untracked()),
            stamp(&now())
        );
        download(&file, "application/json", &text);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            match read_text(file).await {
                Ok(text) => match Questionnaire::load(&text) {
                    Ok(q) => {
                        refused.set(Vec::new());
                        save(q);
                        replaced.update(|n| *n += 1);
                    }
                    Err(errors) => refused.set(errors.iter().map(|e| e.message(lang)).collect()),
                },
                Err(_) => refused.set(vec![crate::i18n::Msg::FileUnreadable.text(lang).to_owned()]),
            }
        });
    };
    let restore = move |_| {
        let sure = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(W::ConfirmRestore.text(lang.get_untracked()))
                    .ok()
            })
            .unwrap_or(false);
        if sure {
            let _ = state.part.apply(|polls| {
                polls.questionnaire = None;
                Ok::<_, ()>(())
            });
            replaced.update(|n| *n += 1);
        }
    };
    let file_id = crate::ui::dom_id("poll-questionnaire-file");
    view! {
        <ScoreFields state save replaced/>
        <Show when=move || own.get()>
            <p class="warning" data-testid="poll-own-questionnaire">{tr(W::OwnQuestionnaire)}</p>
        </Show>
        <Show when=move || !refused.with(Vec::is_empty)>
            <div class="banner" role="alert" data-testid="poll-questionnaire-problems">
                {tr(W::QuestionnaireRefused)}
                <ul>{move || refused.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <div class="export-buttons no-print">
            <button type="button" data-testid="poll-questionnaire-json" on:click=download_json>{tr(W::DownloadQuestionnaire)}</button>
            <label for=file_id.clone()>{tr(W::LoadQuestionnaire)}</label>
            <input id=file_id type="file" accept=".json" data-testid="poll-questionnaire-file" on:change=on_file/>
            <Show when=move || own.get()>
                <button type="button" data-testid="poll-restore-questionnaire" on:click=restore>{tr(W::RestoreShipped)}</button>
            </Show>
        </div>
    }
}

/// A field per answer of each scale. The fields hang on the scales' answers alone, so a score
/// typed (which changes the questionnaire) never rebuilds the field typed in.
#[component]
fn ScoreFields(
    state: PollState,
    save: impl Fn(Questionnaire) + Copy + Send + Sync + 'static,
    replaced: RwSignal<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let shape = Memo::new(move |_| {
        let generation = replaced.get();
        let scales = state.questionnaire.with(|q| {
            q.scales
                .iter()
                .map(|s| {
                    let answers: Vec<(String, fscity_core::Text)> = s
                        .answers
                        .iter()
                        .map(|a| (a.id.clone(), a.text.clone()))
                        .collect();
                    let used: Vec<String> = q
                        .questions
                        .iter()
                        .filter(|x| x.scale == s.id)
                        .map(|x| x.id.clone())
                        .collect();
                    (s.id.clone(), used, answers)
                })
                .collect::<Vec<_>>()
        });
        (generation, scales)
    });
    let fields = move || {
        shape
            .get()
            .1
            .into_iter()
            .map(|(scale, used, answers)| {
                let inputs = answers
                    .into_iter()
                    .map(|(answer, text)| {
                        let kept = state.questionnaire.with_untracked(|q| {
                            q.scale(&scale)
                                .and_then(|s| s.by_id(&answer))
                                .and_then(|a| a.score)
                                .map(|n| format!("{n}"))
                                .unwrap_or_default()
                        });
                        let typed = RwSignal::new(kept);
                        let bad = RwSignal::new(false);
                        let dom = crate::ui::dom_id(format!("poll-score-{scale}-{answer}"));
                        let (s, a) = (scale.clone(), answer.clone());
                        let on_input = move |ev: leptos::ev::Event| {
                            let value = event_target_value(&ev);
                            typed.set(value.clone());
                            let score = match value.trim() {
                                "" => Some(None),
                                t => t.parse::<u32>().ok().filter(|n| *n <= 100).map(Some),
                            };
                            bad.set(score.is_none());
                            let Some(score) = score else {
                                return;
                            };
                            let mut q = (*state.questionnaire.get_untracked()).clone();
                            if let Some(option) = q
                                .scales
                                .iter_mut()
                                .find(|x| x.id == s)
                                .and_then(|x| x.answers.iter_mut().find(|x| x.id == a))
                            {
                                option.score = score;
                            }
                            save(q);
                        };
                        view! {
                            <span class="score-field">
                                <label for=dom.clone()>{move || text.get(lang.get()).to_owned()}</label>
                                <input id=dom type="text" inputmode="numeric" size="3" data-testid="poll-score"
                                    data-scale=scale.clone() data-answer=answer.clone() prop:value=typed on:input=on_input/>
                                <Show when=move || bad.get()>
                                    <span class="field-error" role="alert">{move || W::BadScore.text(lang.get())}</span>
                                </Show>
                            </span>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="poll-scale">
                        <legend>{move || lang.get().join(&used)}</legend>
                        {inputs}
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <details class="poll-scores no-print" data-testid="poll-scores">
            <summary>{tr(W::Scores)}</summary>
            {fields}
        </details>
    }
}
