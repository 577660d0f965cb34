//! What a city records beside the answer: notes, 扣分原因, the 材料提交表 (`submission`),
//! 责任单位, the corrective action and an effort estimate. Text fields keep what is typed and write it through, and show
//! the stored value whenever it changes elsewhere (`followed`); boxes and dates show the stored
//! value itself.
//!
//! Not needed to answer or to score, so a chunk of its own: the editor's 记录与整改 disclosure
//! (`editor::RecordSection`) fetches it the first time it is opened, at once when the indicator
//! already has records.

use super::answer::number_field::NumberField;
use super::followed::followed_text;
use super::submission::Submission;
use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::workspace::use_store;
use fscity_core::assessment::{CorrectiveAction, Entry};
use fscity_core::pack::{Indicator, InputKind};
use fscity_core::{Decimal, Lang, Localize, MAX_NOTE_CHARS};
use leptos::prelude::*;

crate::ui::lazy::chunk!(
    /// The record fields (notes, evidence, actions): a chunk of their own.
    pub mod record_chunk: PackRef<Indicator> =
        |indicator| view! { <RecordFields indicator/> }.into_any()
);

/// The record fields of one indicator.
#[component]
pub fn RecordFields(indicator: PackRef<Indicator>) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = indicator.id.clone();
    let entry = store.entry(id.clone());
    let field = move |key: &'static str,
                      label: Msg,
                      multiline: bool,
                      get: fn(&Entry) -> String,
                      set: fn(&mut Entry, String)| {
        let id = id.clone();
        let dom_id = crate::ui::dom_id(format!("{key}-{id}"));
        let text = followed_text(
            Signal::derive(move || Some(entry.with(get))),
            move |typed| {
                let mut stored = Entry::default();
                set(&mut stored, typed.to_owned());
                get(&stored)
            },
        );
        let on_input = move |ev| {
            // Held to the limit also where the browser's maxlength does not apply (a script).
            let typed: String = event_target_value(&ev)
                .chars()
                .take(MAX_NOTE_CHARS)
                .collect();
            text.set(typed.clone());
            store.edit_entry(&id, |e| set(e, typed));
        };
        let input = if multiline {
            view! { <LimitedText dom_id=dom_id.clone() text on_input/> }.into_any()
        } else {
            view! { <input id=dom_id.clone() type="text" prop:value=text on:input=on_input/> }
                .into_any()
        };
        view! { <div class="field"><label for=dom_id>{tr(label)}</label>{input}</div> }
    };
    let lang_now = lang.get_untracked();
    let pack_departments = lang_now.join(
        &indicator
            .departments
            .iter()
            .map(|d| d.get(lang_now))
            .collect::<Vec<_>>(),
    );
    let effort_id = indicator.id.clone();
    let effort =
        Signal::derive(move || entry.with(|e| e.effort.map(|n| Decimal::whole(i64::from(n)))));
    let on_effort = Callback::new(move |v: Option<Decimal>| {
        store.edit_entry(&effort_id, |e| {
            e.effort = v.map(|d| d.as_f64().min(u32::MAX as f64) as u32)
        });
    });
    let conclusion = field(
        "conclusion",
        Msg::EvidenceConclusion,
        true,
        |e| e.conclusion.clone(),
        |e, v| e.conclusion = v,
    );
    view! {
            {field("notes", Msg::Notes, true, |e| e.notes.clone(), |e, v| e.notes = v)}
            {field("lost", Msg::LostReason, true, |e| e.lost_reason.clone(), |e, v| e.lost_reason = v)}
            <Submission indicator=indicator.clone()>{conclusion}</Submission>
            {field("departments", Msg::DepartmentsInput, false, |e| Lang::Zh.join(&e.departments), |e, v| e.departments = split_departments(&v))}
            <p class="help">{tr(Msg::PackDepartments)} {pack_departments}</p>
            <fieldset class="action">
                <legend>{tr(Msg::Action)}</legend>
                {field("action", Msg::Action, true, |e| action_of(e).what, |e, v| action_mut(e).what = v)}
                {field("owner", Msg::ActionOwner, false, |e| action_of(e).owner, |e, v| action_mut(e).owner = v)}
                <DueDate id=indicator.id.clone() entry/>
                <DoneBox id=indicator.id.clone() entry/>
            </fieldset>
            <NumberField dom_id=crate::ui::dom_id(format!("effort-{}", indicator.id))
                label=Signal::derive(move || Msg::Effort.text(lang.get()).to_owned())
                unit=Signal::derive(String::new) kind=InputKind::Count value=effort on_value=on_effort/>
    }
}

/// A textarea held to [`MAX_NOTE_CHARS`], with a visible count of what is used. The caller cuts
/// what is typed to the limit; a paste that went over says how much was not kept (the browser's
/// `maxlength` would cut it silently, so the limit is held here instead).
#[component]
pub fn LimitedText(
    dom_id: String,
    text: RwSignal<String>,
    mut on_input: impl FnMut(leptos::ev::Event) + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let count_id = format!("{dom_id}-count");
    let used = Memo::new(move |_| text.with(|t| t.chars().count()));
    let cut = RwSignal::new(0usize);
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev).chars().count();
        cut.set(typed.saturating_sub(MAX_NOTE_CHARS));
        on_input(ev);
    };
    view! {
        <textarea id=dom_id rows="2"
            aria-describedby=count_id.clone() prop:value=text on:input=on_input></textarea>
        <span id=count_id class="char-count" class:full=move || { used.get() >= MAX_NOTE_CHARS }
            data-testid="char-count" aria-live="polite">
            {move || Sentence::CharsUsed { used: used.get(), max: MAX_NOTE_CHARS }.message(lang.get())}
        </span>
        <strong class="field-error" data-testid="chars-cut" role="status">
            {move || (cut.get() > 0).then(|| Sentence::CharsCut { cut: cut.get(), max: MAX_NOTE_CHARS }.message(lang.get()))}
        </strong>
    }
}

/// The entry's corrective action as stored (empty when there is none).
fn action_of(entry: &Entry) -> CorrectiveAction {
    entry.action.clone().unwrap_or_default()
}

fn action_mut(entry: &mut Entry) -> &mut CorrectiveAction {
    entry.action.get_or_insert_with(CorrectiveAction::default)
}

/// Splits a typed list of departments on Chinese and Latin separators.
pub fn split_departments(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[component]
fn DueDate(id: String, entry: Memo<Entry>) -> impl IntoView {
    let store = use_store();
    let dom_id = crate::ui::dom_id(format!("due-{id}"));
    view! {
        <div class="field">
            <label for=dom_id.clone()>{tr(Msg::ActionDue)}</label>
            <input id=dom_id type="date" prop:value=move || entry.with(|e| action_of(e).due)
                on:input=move |ev| { let v = event_target_value(&ev); store.edit_entry(&id, |e| action_mut(e).due = v); }/>
        </div>
    }
}

/// The action's 已完成 mark: a done action is never called overdue.
#[component]
fn DoneBox(id: String, entry: Memo<Entry>) -> impl IntoView {
    let store = use_store();
    view! {
        <label class="choice">
            <input type="checkbox" data-testid="action-done" prop:checked=move || entry.with(|e| action_of(e).done)
                on:change=move |ev| { let v = event_target_checked(&ev); store.edit_entry(&id, |e| action_mut(e).done = v); }/>
            {tr(Msg::ActionDone)}
        </label>
    }
}
