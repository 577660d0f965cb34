//! 满意度、知晓率、支持率 rehearsed from the city's own poll (issue 19): the questionnaire with
//! its provenance and a header a 问卷星 survey is built from, the sample size planner, and a
//! poll's responses imported and computed — intervals and the chance of clearing the
//! thresholds, overall and per district. A chunk of its own; the statistics are the core's.

mod charts;
mod draft;
mod figures_view;
mod kept_view;
mod paper;
mod planner;
mod populations;
mod questionnaire_edit;
mod shown;
mod state;

use crate::i18n::{tr, use_lang, PollWords as W};
use crate::io::download::{download, stamp};
use crate::store::now;
use crate::ui::report_link::ReportLink;
use fscity_core::export::{to_csv, Sheet};
use leptos::prelude::*;
use state::PollState;

crate::ui::lazy::chunk!(
    /// The poll rehearsal: a chunk of its own, fetched when the report is chosen.
    pub mod poll_chunk: () = |()| view! { <PollView/> }.into_any()
);

/// The view.
#[component]
pub fn PollView() -> impl IntoView {
    let lang = use_lang();
    let asked = use_context::<ReportLink>().and_then(|l| l.poll.get_untracked());
    let state = PollState::new(asked);
    let questionnaire = state.questionnaire;
    let header_csv = move |_| {
        let lang = lang.get_untracked();
        let sheet = Sheet {
            headers: questionnaire.with_untracked(|q| q.response_header(lang)),
            rows: Vec::new(),
        };
        let file = format!("{}-{}.csv", W::HeaderFile.text(lang), stamp(&now()));
        download(&file, "text/csv;charset=utf-8", &to_csv(&sheet));
    };
    let questions = move || {
        let lang = lang.get();
        questionnaire.with(|q| {
            q.questions
                .iter()
                .map(|question| {
                    let answers = q
                        .scale(&question.scale)
                        .map(|s| {
                            s.answers
                                .iter()
                                .map(|a| {
                                    let score = a.score.map_or_else(
                                        || W::NoScore.text(lang).to_owned(),
                                        |s| format!("{} {s}", W::Score.text(lang)),
                                    );
                                    format!("{}{}", a.text.get(lang), lang.parenthesized(&score))
                                })
                                .collect::<Vec<_>>()
                                .join(" · ")
                        })
                        .unwrap_or_default();
                    let feeds = question.feeds.map(|m| {
                        format!("{}{}", W::Feeds.text(lang), m.label().get(lang))
                    });
                    view! {
                        <li data-testid="poll-question">
                            <strong>{question.id.clone()} " " {question.text.get(lang).to_owned()}</strong>
                            <p class="help">{answers}</p>
                            <p class="provenance help">
                                {question.provenance.confidence.label().get(lang).to_owned()} {lang.colon()}
                                {question.provenance.note.get(lang).to_owned()} " " {feeds}
                            </p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let populations = Signal::derive(move || {
        state.part.value.with(|p| {
            p.as_ref()
                .map(|p| p.populations.iter().map(|(d, n)| (d.clone(), *n)).collect())
                .unwrap_or_default()
        })
    });
    // What the page prints: the results, unless the paper questionnaire was asked for.
    let paper = RwSignal::new(false);
    let print_as = move |form: bool| {
        move |_| {
            paper.set(form);
            crate::ui::printing::print();
        }
    };
    view! {
        <section class="report-doc poll" class:printing-paper=move || paper.get() data-testid="poll">
            <paper::PaperForm questionnaire/>
            <h2>{tr(crate::i18n::Msg::ReportPoll)}</h2>
            <p class="help">{tr(W::Intro)}</p>
            <div class="export-buttons no-print">
                <button type="button" data-testid="poll-print-results" on:click=print_as(false)>{tr(W::PrintResults)}</button>
                <button type="button" data-testid="poll-print-paper" on:click=print_as(true)>{tr(W::PrintQuestionnaire)}</button>
            </div>
            <details class="no-print" data-testid="poll-questionnaire">
                <summary>{tr(W::Questionnaire)}</summary>
                <p class="provenance help">{move || questionnaire.with(|q| q.provenance.get(lang.get()).to_owned())}</p>
                <ol class="poll-questions">{questions}</ol>
                <div class="export-buttons no-print">
                    <button type="button" data-testid="poll-header-csv" on:click=header_csv>{tr(W::HeaderCsv)}</button>
                </div>
                <questionnaire_edit::QuestionnaireEdit state/>
            </details>
            <planner::Planner populations/>
            <draft::PollImport state/>
            <kept_view::KeptPolls state/>
        </section>
    }
}
