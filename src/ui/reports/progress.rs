//! Progress between two assessments of the same criteria, e.g. March and June: what changed
//! per indicator, per group and in total, which vetoes and which verdict changed, and which
//! gaps were closed or opened. The open assessment is read from memory (with edits not yet
//! saved), the other from storage; both are scored by the same `evaluate` as the screen.

use super::sheet_table::SheetTable;
use crate::i18n::{tr, use_lang, Msg};
use crate::io::download::{download, stamp};
use crate::store::now;
use crate::workspace::use_persistence;
use crate::workspace::use_store;
use fscity_core::export::{named_comparison_table, side_label, to_csv, Sheet};
use fscity_core::{compare, evaluate, Assessment, Comparison};
use leptos::prelude::*;

/// The two pickers, the headline changes and the comparison table.
#[component]
pub fn Progress() -> impl IntoView {
    let store = use_store();
    let persistence = use_persistence();
    let lang = use_lang();
    let candidates = Memo::new(move |_| {
        let mut list: Vec<_> = persistence
            .list
            .get()
            .into_iter()
            .filter(|l| l.pack_id == store.pack().id)
            .collect();
        list.sort_by(|a, b| a.updated.cmp(&b.updated));
        list
    });
    let after = RwSignal::new(persistence.open_id.get_untracked().unwrap_or_default());
    let before = RwSignal::new(
        candidates
            .get_untracked()
            .iter()
            .rev()
            .map(|l| l.id.clone())
            .find(|id| *id != after.get_untracked())
            .unwrap_or_default(),
    );
    let load = move |id: &str| -> Option<Assessment> {
        if persistence.open_id.get().as_deref() == Some(id) {
            store.assessment.get()
        } else {
            persistence.read(id).map(|s| s.assessment)
        }
    };
    let only_changed = RwSignal::new(false);
    let result = Memo::new(move |_| -> Option<(Comparison, Sheet, [String; 2])> {
        let (b, a) = (before.get(), after.get());
        if b.is_empty() || a.is_empty() || a == b {
            return None;
        }
        let (b, a) = (load(&b)?, load(&a)?);
        let comparison = compare(
            &store.pack(),
            &evaluate(&store.pack(), &b),
            &evaluate(&store.pack(), &a),
        );
        let shown = if only_changed.get() {
            comparison.clone().changed_only()
        } else {
            comparison.clone()
        };
        let sheet = named_comparison_table(&store.pack(), &shown, &b, &a, lang.get());
        Some((comparison, sheet, [side_label(&b), side_label(&a)]))
    });
    let picker = move |label: Msg, testid: &'static str, chosen: RwSignal<String>| {
        view! {
            <label class="field">
                <span>{tr(label)}</span>
                <select data-testid=testid on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="" selected=move || chosen.get().is_empty()>"—"</option>
                    {move || candidates.get().into_iter().map(|l| {
                        let id = l.id.clone();
                        let selected = move || chosen.get() == id;
                        let date: String = l.updated.chars().take(10).collect();
                        view! { <option value=l.id.clone() selected=selected>{format!("{} · {} · {date}", l.city, l.name)}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let export = move |ev: leptos::ev::MouseEvent| {
        if !crate::ui::first_click(&ev) {
            return;
        }
        if let Some((_, sheet, _)) = result.get_untracked() {
            let city = store
                .assessment
                .with_untracked(|a| a.as_ref().map(|a| a.city.clone()).unwrap_or_default());
            let file = format!(
                "{}-{city}-{}.csv",
                Msg::ProgressFile.text(lang.get_untracked()),
                stamp(&now())
            );
            download(&file, "text/csv;charset=utf-8", &to_csv(&sheet));
        }
    };
    let body = move || {
        let lang = lang.get();
        if candidates.with(|c| c.len() < 2) {
            return view! { <p data-testid="progress-need-two">{Msg::ProgressNeedTwo.text(lang)}</p> }.into_any();
        }
        let Some((comparison, sheet, [named_before, named_after])) = result.get() else {
            return view! { <p>{Msg::ProgressSame.text(lang)}</p> }.into_any();
        };
        let score = comparison.total.score;
        let gap_list = |gaps: &[fscity_core::report::Gap]| {
            if gaps.is_empty() {
                Msg::NoneWord.text(lang).to_owned()
            } else {
                lang.join(
                    &gaps
                        .iter()
                        .map(|g| g.indicator.as_str())
                        .collect::<Vec<_>>(),
                )
            }
        };
        view! {
            <div class="progress-headline" data-testid="progress-summary">
                <h2 class="progress-sides" data-testid="progress-sides">
                    {Msg::ReportProgress.text(lang)} {lang.colon()} {named_before} " → " {named_after}
                </h2>
                <p>
                    {Msg::TotalScore.text(lang)} " " {score.before.to_string()} " → "
                    <strong data-testid="progress-total">{score.after.to_string()}</strong>
                    " (" <span data-testid="progress-delta">{score.delta.to_string()}</span> ")"
                </p>
                <p>
                    {Msg::Verdict.text(lang)} " " {comparison.verdict.before.label().get(lang).to_owned()} " → "
                    <strong data-testid="progress-verdict">{comparison.verdict.after.label().get(lang).to_owned()}</strong>
                </p>
                <p>{Msg::ClosedGaps.text(lang)}{lang.colon()} <span data-testid="closed-gaps">{gap_list(&comparison.closed_gaps)}</span></p>
                <p>{Msg::OpenedGaps.text(lang)}{lang.colon()} <span data-testid="opened-gaps">{gap_list(&comparison.opened_gaps)}</span></p>
            </div>
            <SheetTable sheet testid="progress-table"/>
        }
        .into_any()
    };
    view! {
        <div class="report-options no-print">
            <p class="help">{tr(Msg::ProgressIntro)}</p>
            {picker(Msg::ProgressBefore, "progress-before", before)}
            {picker(Msg::ProgressAfter, "progress-after", after)}
            <label class="choice">
                <input type="checkbox" data-testid="only-changed" prop:checked=move || only_changed.get()
                    on:change=move |ev| only_changed.set(event_target_checked(&ev))/>
                {tr(Msg::OnlyChanged)}
            </label>
            <button type="button" data-testid="export-progress" disabled=move || result.with(Option::is_none)
                on:click=export>{tr(Msg::ExportProgress)}</button>
            <super::print_button::PrintButton/>
        </div>
        <article class="report-doc" data-testid="progress-report">{body}</article>
    }
}
