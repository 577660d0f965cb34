//! The verdict with every reason in plain words.

use crate::i18n::{tr, use_lang, Msg};
use crate::workspace::use_store;
use fscity_core::{Localize, Outcome};
use leptos::prelude::*;

/// 通过 / 未通过 / 尚未完成, with its reasons.
#[component]
pub fn VerdictPanel() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let verdict = Memo::new(move |_| store.report.with(|r| r.as_ref().map(|r| r.verdict.clone())));
    let outcome = move || verdict.with(|v| v.as_ref().map(|v| v.outcome));
    let (glyph, class) = (
        move || match outcome() {
            Some(Outcome::Pass) => "✔",
            Some(Outcome::Fail) => "✖",
            _ => "…",
        },
        move || match outcome() {
            Some(Outcome::Pass) => "verdict pass",
            Some(Outcome::Fail) => "verdict fail",
            _ => "verdict incomplete",
        },
    );
    let reasons = move || {
        verdict.with(|v| {
            v.as_ref()
                .map(|v| {
                    v.reasons
                        .iter()
                        .map(|r| r.text.get(lang.get()).to_owned())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card" aria-labelledby=crate::ui::dom_id("verdict-heading") data-testid="verdict-panel">
            <h2 id=crate::ui::dom_id("verdict-heading")>{tr(Msg::Verdict)}</h2>
            <crate::ui::undeclared::UndeclaredVetoes/>
            <p class=class aria-live="polite">
                <span aria-hidden="true">{glyph}</span> " "
                <strong data-testid="verdict">{move || outcome().map(|o| o.label().get(lang.get()).to_owned())}</strong>
            </p>
            <h3>{tr(Msg::VerdictReasons)}</h3>
            <ul class="reasons" data-testid="verdict-reasons">
                {move || reasons().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// What the assessment holds that the pack cannot score (answers kept by ID after a pack
/// change, unknown levels or inputs): shown, never dropped.
#[component]
pub fn WarningsPanel() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let warnings = Memo::new(move |_| {
        store
            .report
            .with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default())
    });
    view! {
        <Show when=move || !warnings.with(Vec::is_empty)>
            <section class="card" data-testid="warnings">
                <h2>{tr(Msg::WarningsHeading)}</h2>
                <p class="help">{tr(Msg::WarningsIntro)}</p>
                <ul>{move || warnings.get().iter().map(|w| view! { <li>{w.message(lang.get())}</li> }).collect_view()}</ul>
            </section>
        </Show>
    }
}
