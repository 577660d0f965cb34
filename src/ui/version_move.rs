//! Moving an assessment to a newer version of its criteria pack (after a city imported the
//! official text, say): the differences and the score before and after are shown first; answers
//! move by stable ID; what the new version cannot score goes to the assessment's archive, shown
//! below, never dropped; and the move can be undone.

use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::packs::{use_shelf, PackShelf};
use crate::store::{now, AssessmentStore};
use crate::ui::lazy::Lazy;
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use fscity_core::pack_diff::{move_assessment, Subject};
use fscity_core::{Assessment, Localize, Pack};
use leptos::prelude::*;
use std::sync::Arc;

/// The last move, kept for undo across the workspace rebuild: the record, the assessment before
/// and the assessment the move produced. Undo is offered only while the assessment is still
/// exactly what the move produced, so it can never throw away edits made afterwards.
#[derive(Clone, Copy)]
pub struct MoveUndo(pub RwSignal<Option<(String, Assessment, Assessment)>>);

/// What both the offer and the preview work with: the shelf, the last move (for undo), the
/// store, persistence, the pack switch and the language; `None` where there is no shelf.
type Moving = (
    PackShelf,
    RwSignal<Option<(String, Assessment, Assessment)>>,
    AssessmentStore,
    crate::persist::Persistence,
    Option<crate::ui::pack_switch::PackSwitch>,
    RwSignal<fscity_core::Lang>,
);

fn moving() -> Option<Moving> {
    let (Some(shelf), Some(MoveUndo(undo))) = (use_shelf(), use_context::<MoveUndo>()) else {
        return None;
    };
    let switch = use_context::<crate::ui::pack_switch::PackSwitch>();
    Some((
        shelf,
        undo,
        use_store(),
        use_persistence(),
        switch,
        use_lang(),
    ))
}

/// The offer to move (when the shelf holds a newer version), the preview, and the undo.
#[component]
pub fn VersionMove() -> impl IntoView {
    let Some((shelf, undo, store, persistence, switch, lang)) = moving() else {
        return ().into_any();
    };
    let newer = move || newer_version(shelf, store);
    let previewing = RwSignal::new(false);
    let can_undo = move || {
        undo.with(|u| {
            u.as_ref().is_some_and(|(id, _, after)| {
                persistence
                    .open_id
                    .with(|open| open.as_deref() == Some(id.as_str()))
                    && store.assessment.with(|a| a.as_ref() == Some(after))
            })
        })
    };
    let undo_move = move |_| {
        let (Some((id, before, _)), Some(open)) =
            (undo.get_untracked(), persistence.open_id.get_untracked())
        else {
            return;
        };
        if id != open || !can_undo() {
            return;
        }
        undo.set(None);
        store.replace(Some(before));
        persistence.save_now(store);
        crate::ui::pack_switch::open_record(switch, persistence, store, &id);
    };
    view! {
        <Show when=can_undo>
            <div class="banner" role="status" data-testid="move-done">
                <p>{move || Sentence::MoveDone { version: store.pack().version }.message(lang.get())}</p>
                <button type="button" data-testid="move-undo" on:click=undo_move>{tr(Msg::MoveUndo)}</button>
            </div>
        </Show>
        <Show when=move || newer().is_some()>
            <div class="banner" role="note" data-testid="move-offer">
                <p>{move || Sentence::MoveOffer { version: newer().map(|p| p.version).unwrap_or_default() }.message(lang.get())}</p>
                <button type="button" data-testid="move-preview" on:click=move |_| previewing.update(|p| *p = !*p)>{tr(Msg::MovePreview)}</button>
            </div>
        </Show>
        <Show when=move || previewing.get() && newer().is_some()>
            <Lazy load=move_panel_chunk::load props=previewing/>
        </Show>
        <ArchivePanel/>
    }
    .into_any()
}

/// The newer version of the open assessment's pack on the shelf, if there is one.
fn newer_version(shelf: PackShelf, store: AssessmentStore) -> Option<Arc<Pack>> {
    shelf.packs.track(); // an import adds a version
    store.assessment.with(Option::is_some).then_some(())?;
    shelf
        .latest(&store.pack().id)
        .filter(|p| p.version > store.pack().version)
}

crate::ui::lazy::chunk!(
    /// The move preview (the differences, the score before and after) and the move itself: a
    /// chunk of its own.
    pub mod move_panel_chunk: RwSignal<bool> = |previewing| view! { <MovePanel previewing/> }.into_any()
);

/// The preview of a move to the newer version, with confirm and cancel.
#[component]
fn MovePanel(previewing: RwSignal<bool>) -> impl IntoView {
    let Some((shelf, undo, store, persistence, switch, lang)) = moving() else {
        return ().into_any();
    };
    let newer = move || newer_version(shelf, store);
    let preview = move || {
        let to = newer()?;
        let a = store.assessment.get()?;
        let moved = move_assessment(&a, &store.pack(), &to);
        Some((to, moved))
    };
    let confirm = move |_| {
        let (Some((_, moved)), Some(id), Some(before)) = (
            preview(),
            persistence.open_id.get_untracked(),
            store.assessment.get_untracked(),
        ) else {
            return;
        };
        let mut after = moved.assessment;
        after.touch(&now());
        undo.set(Some((id.clone(), before, after.clone())));
        store.replace(Some(after));
        persistence.save_now(store);
        crate::ui::pack_switch::open_record(switch, persistence, store, &id);
    };
    view! {
        <section class="card" data-testid="move-panel">
            {move || preview().map(|(to, moved)| {
                let lang = lang.get();
                let lines = moved.diff.lines(&store.pack(), &to);
                let archived = moved.archived.len() + moved.archived_vetoes.len();
                view! {
                    <h2>{Msg::MoveHeading.text(lang)} " v" {store.pack().version} " → v" {to.version}</h2>
                    <p data-testid="move-scores">
                        {Msg::TotalScore.text(lang)} " " {moved.before.total.score.to_string()} " → "
                        <strong>{moved.after.total.score.to_string()}</strong>
                        " · " {Msg::Verdict.text(lang)} " " {moved.before.verdict.outcome.label().get(lang).to_owned()}
                        " → " {moved.after.verdict.outcome.label().get(lang).to_owned()}
                    </p>
                    <ul data-testid="move-diff">
                        {lines.iter().map(|l| {
                            let indicator = match &l.subject {
                                Subject::Indicator(id) => Some(id.to_string()),
                                _ => None,
                            };
                            view! {
                                <li class:breaks=l.breaks_answers data-indicator=indicator>{l.text.get(lang).to_owned()}</li>
                            }
                        }).collect_view()}
                    </ul>
                    <p class="help">{Msg::MoveArchiveNote.text(lang)} " " {archived}</p>
                    <button type="button" class="primary" data-testid="move-confirm" on:click=confirm>
                        {Msg::MoveConfirm.text(lang)} " v" {to.version}
                    </button>
                    <button type="button" on:click=move |_| previewing.set(false)>{Msg::Cancel.text(lang)}</button>
                }
            })}
        </section>
    }
    .into_any()
}

/// Answers an earlier move could not carry, with why: kept in the file and shown here.
#[component]
fn ArchivePanel() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let archived = move || {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.archive
                        .iter()
                        .map(|x| {
                            Sentence::Archived {
                                id: x.indicator.clone(),
                                version: x.from_pack_version,
                                reason: x.reason.message(lang.get()),
                            }
                            .message(lang.get())
                        })
                        .chain(a.veto_archive.iter().map(|x| {
                            Sentence::Archived {
                                id: x.veto.clone(),
                                version: x.from_pack_version,
                                reason: x.reason.message(lang.get()),
                            }
                            .message(lang.get())
                        }))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !archived().is_empty()>
            <details class="card archive" data-testid="archive">
                <summary>{tr(Msg::ArchiveHeading)} " (" {move || archived().len()} ")"</summary>
                <p class="help">{tr(Msg::ArchiveIntro)}</p>
                <ul>{move || archived().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </details>
        </Show>
    }
}
