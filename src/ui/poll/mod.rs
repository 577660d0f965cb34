//! 满意度、知晓率、支持率 rehearsed from the city's own poll (issue 19): the questionnaire with
//! its provenance and a header a 问卷星 survey is built from, the sample size planner, and a
//! poll's responses imported and computed — intervals and the chance of clearing the
//! thresholds, overall and per district. A chunk of its own; the statistics are the core's.

mod planner;

use crate::i18n::{tr, use_lang, PollWords as W};
use crate::io::download::{download, stamp};
use crate::io::file::picked;
use crate::io::table_file::workbook_of_file;
use crate::store::now;
use fscity_core::export::{to_csv, Sheet};
use fscity_core::poll::{
    read_responses, results, Level, Mapping, Measure, PollResults, Questionnaire, ResponsesRead,
};
use fscity_core::{Lang, Localize, Text};
use leptos::prelude::*;
use std::sync::Arc;

crate::ui::lazy::chunk!(
    /// The poll rehearsal: a chunk of its own, fetched when the report is chosen.
    pub mod poll_chunk: () = |()| view! { <PollView/> }.into_any()
);

/// Problems listed at most; the rest are counted.
const LISTED: usize = 100;

/// A file read: what was read and its figures, or why it could not be.
#[derive(Clone)]
enum Outcome {
    Read(Arc<(ResponsesRead, Mapping, PollResults)>),
    Refused(Vec<Text>),
}

/// The view.
#[component]
pub fn PollView() -> impl IntoView {
    let lang = use_lang();
    let questionnaire = StoredValue::new(Arc::new(Questionnaire::shipped()));
    let outcome = RwSignal::new(None::<Outcome>);
    let reading = RwSignal::new(false);
    let header_csv = move |_| {
        let lang = lang.get_untracked();
        let sheet = Sheet {
            headers: questionnaire.with_value(|q| q.response_header(lang)),
            rows: Vec::new(),
        };
        let file = format!("{}-{}.csv", W::HeaderFile.text(lang), stamp(&now()));
        download(&file, "text/csv;charset=utf-8", &to_csv(&sheet));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        reading.set(true);
        leptos::task::spawn_local(async move {
            let read = async {
                let book = workbook_of_file(file).await?;
                let sheet = book
                    .sheets
                    .into_iter()
                    .find(|s| s.rows.iter().any(|r| r.iter().any(|c| !c.is_blank())))
                    .ok_or_else(|| vec![W::NotATable.both()])?;
                let q = questionnaire.get_value();
                let header: Vec<String> = sheet
                    .rows
                    .iter()
                    .find(|r| r.iter().any(|c| !c.is_blank()))
                    .map(|r| r.iter().map(|c| c.text().trim().to_owned()).collect())
                    .unwrap_or_default();
                let mapping = Mapping::guess(&q, &header);
                let read = read_responses(&sheet, &q, &mapping);
                let figures = results(&q, &read.responses, Level::P95);
                Ok::<_, Vec<Text>>(Arc::new((read, mapping, figures)))
            }
            .await;
            reading.set(false);
            outcome.set(Some(match read {
                Ok(read) => Outcome::Read(read),
                Err(problems) => Outcome::Refused(problems),
            }));
        });
    };
    let questions = move || {
        let lang = lang.get();
        questionnaire.with_value(|q| {
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
    let file_id = crate::ui::dom_id("poll-file");
    view! {
        <section class="report-doc poll" data-testid="poll">
            <h2>{tr(crate::i18n::Msg::ReportPoll)}</h2>
            <p class="help">{tr(W::Intro)}</p>
            <details data-testid="poll-questionnaire">
                <summary>{tr(W::Questionnaire)}</summary>
                <p class="provenance help">{move || questionnaire.with_value(|q| q.provenance.get(lang.get()).to_owned())}</p>
                <ol class="poll-questions">{questions}</ol>
                <div class="export-buttons no-print">
                    <button type="button" data-testid="poll-header-csv" on:click=header_csv>{tr(W::HeaderCsv)}</button>
                </div>
            </details>
            <planner::Planner/>
            <div class="field no-print">
                <label for=file_id.clone()>{tr(W::Import)}</label>
                <input id=file_id type="file" accept=".xlsx,.csv" data-testid="poll-file" on:change=on_file/>
            </div>
            <Show when=move || reading.get()><p role="status">{tr(W::Reading)}</p></Show>
            {move || outcome.get().map(|o| outcome_view(o, lang.get()))}
        </section>
    }
}

fn outcome_view(outcome: Outcome, lang: Lang) -> AnyView {
    let read = match outcome {
        Outcome::Refused(problems) => {
            return view! {
                <div class="banner" role="alert" data-testid="poll-problems">
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.get(lang).to_owned()}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any()
        }
        Outcome::Read(read) => read,
    };
    let (read, mapping, figures) = &*read;
    let problems: Vec<String> = read
        .problems
        .iter()
        .take(LISTED)
        .map(|p| p.message(lang))
        .collect();
    let more = read.problems.len().saturating_sub(LISTED);
    let used: Vec<String> = mapping
        .questions
        .iter()
        .map(|(q, h)| format!("{q} ← {h}"))
        .chain(
            mapping
                .district
                .iter()
                .map(|h| format!("{} ← {h}", W::District.text(lang))),
        )
        .collect();
    let sentences = [Measure::Satisfaction, Measure::Awareness, Measure::Support]
        .map(|m| m.sentence(figures.all.of(m), Level::P95, lang));
    let shown = |m: Measure, f: &fscity_core::poll::Figures| {
        f.of(m).map_or_else(
            || "—".to_owned(),
            |e| {
                let top = if m == Measure::Satisfaction {
                    100.0
                } else {
                    1.0
                };
                let range = format!(
                    "{}–{}",
                    m.shown(e.low.max(0.0), lang),
                    m.shown(e.high.min(top), lang)
                );
                format!("{}{}", m.shown(e.value, lang), lang.parenthesized(&range))
            },
        )
    };
    let rows = figures
        .by_district
        .iter()
        .map(|(district, f)| {
            let name = if district.is_empty() {
                W::NoDistrict.text(lang).to_owned()
            } else {
                district.clone()
            };
            view! {
                <tr data-district=district.clone()>
                    <th scope="row">{name}</th>
                    <td>{f.responses}</td>
                    <td>{shown(Measure::Satisfaction, f)}</td>
                    <td>{shown(Measure::Awareness, f)}</td>
                    <td>{shown(Measure::Support, f)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div data-testid="poll-results">
            <p class="warning" data-testid="poll-preview">{W::Preview.text(lang)}</p>
            <p data-testid="poll-read">
                {W::Read.text(lang)} {read.responses.len()} " · "
                {W::NotCounted.text(lang)} {read.problems.len()} " · " {W::Blank.text(lang)} {read.blank_rows}
            </p>
            <p class="help" data-testid="poll-mapped">{W::Mapped.text(lang)} {lang.join(&used)}</p>
            {(!read.dropped.is_empty()).then(|| view! {
                <p class="warning" data-testid="poll-dropped">{W::Dropped.text(lang)} {lang.join(&read.dropped)}</p>
            })}
            {(!read.unanswered.is_empty()).then(|| view! {
                <p class="warning" data-testid="poll-unanswered">{W::Unanswered.text(lang)} {lang.join(&read.unanswered)}</p>
            })}
            {(!problems.is_empty()).then(|| view! {
                <ul class="problems" data-testid="poll-row-problems">
                    {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{W::MoreProblems.text(lang)} {more}</li> })}
                </ul>
            })}
            <ul class="poll-sentences" data-testid="poll-sentences">
                {sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
            <table class="sheet" tabindex="0" data-testid="poll-by-district">
                <thead><tr>
                    <th scope="col">{W::District.text(lang)}</th>
                    <th scope="col">{W::Count.text(lang)}</th>
                    <th scope="col">{Measure::Satisfaction.label().get(lang).to_owned()}</th>
                    <th scope="col">{Measure::Awareness.label().get(lang).to_owned()}</th>
                    <th scope="col">{Measure::Support.label().get(lang).to_owned()}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
