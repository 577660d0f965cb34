//! The questionnaire as a paper form, for street intercepts and 应知应会 events: each question
//! with a box per answer, a line for the district, and the promise that no name or telephone
//! is asked. Shown only in print, and only when "打印问卷" asked for it; otherwise the page
//! prints the poll's results.

use crate::i18n::{use_lang, PollWords as W};
use fscity_core::poll::Questionnaire;
use leptos::prelude::*;
use std::sync::Arc;

/// The form.
#[component]
pub fn PaperForm(questionnaire: Memo<Arc<Questionnaire>>) -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        questionnaire.with(|q| {
            let questions = q
                .questions
                .iter()
                .map(|question| {
                    let boxes = q
                        .scale(&question.scale)
                        .map(|s| {
                            s.answers
                                .iter()
                                .map(|a| view! { <span class="paper-answer">"□ " {a.text.get(lang).to_owned()}</span> })
                                .collect_view()
                        });
                    view! {
                        <li>
                            <p>{question.text.get(lang).to_owned()}</p>
                            <p class="paper-answers">{boxes}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{W::PaperTitle.text(lang)}</h2>
                <p>{W::PaperIntro.text(lang)}</p>
                <p class="paper-district">{W::District.text(lang)} {lang.colon()} "________________"</p>
                <ol class="paper-questions">{questions}</ol>
                <p class="paper-thanks">{W::PaperThanks.text(lang)}</p>
            }
        })
    };
    view! { <div class="poll-paper print-only" data-testid="poll-paper">{body}</div> }
}
