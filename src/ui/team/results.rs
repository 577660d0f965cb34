//! The groups' result files coming in: each file read and checked, what it would change shown
//! before it is taken (a file refused for another review, pack, earlier task or an edit says
//! why, and nothing changes), the groups still out, and every file received, each downloadable
//! again exactly as it came.

use super::part::TeamState;
use crate::i18n::{tr, use_lang, Sentence, TeamWords as W};
use crate::io::download::{download, stamp};
use crate::io::file::{picked, text_or_problem};
use crate::store::now;
use crate::ui::status_bar::local_date_time;
use crate::workspace::use_store;
use fscity_core::team::{answer_words, Arrival, Change, ResultFile};
use fscity_core::{Lang, Localize};
use leptos::prelude::*;

/// A file read and not yet taken.
#[derive(Clone)]
struct Pending {
    file: ResultFile,
    arrival: Arrival,
}

/// Import, preview, waiting groups and history.
#[component]
pub fn Results(state: TeamState) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        refused.set(None);
        pending.set(None);
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            let read = match text_or_problem(file).await {
                Ok(text) => ResultFile::read(&text).map_err(|e| e.message(lang)),
                Err(e) => Err(e.get(lang).to_owned()),
            };
            let checked = read.and_then(|file| {
                let review = state.review().ok_or_else(String::new)?;
                let arrival = review.arrival(&file).map_err(|e| e.message(lang))?;
                Ok(Pending { file, arrival })
            });
            match checked {
                Ok(p) => pending.set(Some(p)),
                Err(why) => refused.set(Some(why)),
            }
        });
    };
    let accept = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let stamp = now();
        match state.change(|r| r.receive(p.file, &stamp)) {
            Some(Err(e)) => refused.set(Some(e.message(lang.get_untracked()))),
            _ => pending.set(None),
        }
    };
    let changes_view = move |changes: &[Change], lang: Lang| {
        let pack = store.pack().pack().clone();
        let words = |id: &str, a: &Option<fscity_core::Answer>| {
            a.as_ref()
                .and_then(|a| answer_words(&pack, id, a))
                .map_or_else(
                    || W::Unanswered.text(lang).to_owned(),
                    |t| t.get(lang).to_owned(),
                )
        };
        if changes.is_empty() {
            return view! { <p>{W::NoChange.text(lang)}</p> }.into_any();
        }
        view! {
            <ul data-testid="team-changes">
                {changes.iter().map(|c| view! {
                    <li>{c.indicator.clone()} {W::Colon.text(lang)} {words(&c.indicator, &c.before)} " → " {words(&c.indicator, &c.after)}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let preview = move || {
        let lang = lang.get();
        pending.get().map(|p| {
            let said = match &p.arrival {
                Arrival::First(changes) => view! { <p>{W::FirstFrom.text(lang)}</p> {changes_view(changes, lang)} }.into_any(),
                Arrival::Replaces(changes) => view! { <p>{W::Replaces.text(lang)}</p> {changes_view(changes, lang)} }.into_any(),
                Arrival::Older { in_use } => view! { <p>{W::Older.text(lang)} {local_date_time(in_use)} {W::OlderEnd.text(lang)}</p> }.into_any(),
                Arrival::Again => view! { <p>{W::Again.text(lang)}</p> }.into_any(),
            };
            let again = p.arrival == Arrival::Again;
            view! {
                <div class="team-preview" data-testid="team-preview">
                    <p><strong>{p.file.group_name.clone()}</strong> " · " {W::Exported.text(lang)} " " {local_date_time(&p.file.exported)}</p>
                    {said}
                    <div class="export-buttons">
                        <button type="button" data-testid="team-accept" disabled=again on:click=accept>{W::Accept.text(lang)}</button>
                        <button type="button" data-testid="team-discard" on:click=move |_| pending.set(None)>{W::Discard.text(lang)}</button>
                    </div>
                </div>
            }
        })
    };
    let waiting = move || {
        let lang = lang.get();
        state.review().map(|r| {
            let names: Vec<String> = r.waiting().iter().map(|g| g.name.clone()).collect();
            if names.is_empty() {
                view! { <p data-testid="team-waiting">{W::AllIn.text(lang)}</p> }.into_any()
            } else {
                view! { <p class="warning" data-testid="team-waiting">{W::Waiting.text(lang)} {lang.join(&names)}</p> }.into_any()
            }
        })
    };
    let history = move || {
        let lang = lang.get();
        let r = state.review()?;
        if r.received.is_empty() {
            return None;
        }
        let rows = r
            .received
            .iter()
            .map(|rec| {
                let in_use = r.current(rec.file.group).is_some_and(|f| f.seal == rec.file.seal);
                let file = rec.file.clone();
                let save = move |_| {
                    let name = Sentence::TeamResultFile {
                        group: file.group_name.clone(),
                        stamp: stamp(&file.exported),
                    }
                    .message(lang);
                    download(&name, "application/json", &file.text());
                };
                view! {
                    <tr data-testid="team-history-row">
                        <td>{rec.file.group_name.clone()}</td>
                        <td>{local_date_time(&rec.file.exported)}</td>
                        <td>{local_date_time(&rec.imported)}</td>
                        <td>{in_use.then(|| W::InUse.text(lang))}</td>
                        <td><button type="button" data-testid="team-history-download" on:click=save>{W::Download.text(lang)}</button></td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <h4>{W::History.text(lang)}</h4>
            <table class="sheet" data-testid="team-history">
                <thead><tr>
                    <th scope="col">{W::GroupName.text(lang)}</th>
                    <th scope="col">{W::Exported.text(lang)}</th>
                    <th scope="col">{W::Imported.text(lang)}</th>
                    <th scope="col"></th>
                    <th scope="col"></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    let file_id = crate::ui::dom_id("team-result-file");
    view! {
        <h4>{tr(W::Import)}</h4>
        {waiting}
        <div class="field no-print">
            <label for=file_id.clone()>{tr(W::Import)}</label>
            <input id=file_id type="file" accept=".json,application/json" data-testid="team-result-file" on:change=on_file/>
        </div>
        {move || refused.get().map(|r| view! { <p class="banner" role="alert" data-testid="team-refused">{r}</p> })}
        {preview}
        {history}
    }
}
