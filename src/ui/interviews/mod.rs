//! 领导访谈 rehearsed on screen: the people the review team may interview, a card of questions
//! for each (`card`), and the levels the rehearsal suggests for the interview indicators. The
//! rules are `fscity_core::interview`; these views ask for them and say when a step is refused.

mod card;
pub mod hint;
mod state;

use crate::i18n::{tr, use_lang, InterviewWords, Msg};
use crate::workspace::use_store;
use card::InterviewCard;
use fscity_core::interview::{suggestions, Role, Tier};
use fscity_core::{Answer, Localize};
use leptos::prelude::*;
use state::Drill;

crate::ui::lazy::chunk!(
    /// The 领导访谈 drill: a chunk of its own, fetched when the report is chosen.
    pub mod interviews_chunk: () = |()| view! { <InterviewDrill/> }.into_any()
);

/// The interviewee list, the add form, the suggestions and the card shown.
#[component]
pub fn InterviewDrill() -> impl IntoView {
    let drill = Drill::new();
    let lang = use_lang();
    let shown = RwSignal::new(None::<u32>);
    let (name, post) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let role = RwSignal::new(None::<Role>);
    let tier = RwSignal::new(Tier::City);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, p, r, t) = (
            name.get_untracked(),
            post.get_untracked(),
            role.get_untracked(),
            tier.get_untracked(),
        );
        let taken = drill.apply(|list, _| {
            shown.set(Some(list.add(&n, r, t, &p)?));
            Ok(())
        });
        if taken {
            name.set(String::new());
            post.set(String::new());
        }
    };
    let people = move || {
        let lang = lang.get();
        let bank = drill.bank.get();
        drill.list.value.with(|list| {
            let Ok(list) = list else { return Vec::new() };
            list.people
                .iter()
                .map(|p| {
                    let number = p.number;
                    let asked = bank.for_role(p.role).count();
                    let remove = move |_| {
                        if window().confirm_with_message(InterviewWords::RemoveAsk.text(lang)).unwrap_or(false) {
                            drill.apply(|list, _| list.remove(number).map(|_| ()));
                            if shown.get_untracked() == Some(number) {
                                shown.set(None);
                            }
                        }
                    };
                    view! {
                        <tr data-person=number.to_string()>
                            <td class="num">{number}</td>
                            <td>{p.name.clone()}</td>
                            <td>{p.role.label().get(lang).to_owned()}</td>
                            <td>{p.tier.label().get(lang).to_owned()}</td>
                            <td>{p.post.clone()}</td>
                            <td class="num" data-testid="person-rehearsed">{format!("{} / {asked}", p.marks.len())}</td>
                            <td>
                                <button type="button" data-testid="open-card" aria-pressed=move || (shown.get() == Some(number)).to_string()
                                    on:click=move |_| shown.set(Some(number))>{InterviewWords::Open.text(lang)}</button>
                                <button type="button" data-testid="remove-person" on:click=remove>{InterviewWords::Remove.text(lang)}</button>
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let store = use_store();
    let suggested = move || {
        let lang = lang.get();
        let pack = store.pack();
        let bank = drill.bank.get();
        let list = drill.list.value.get().unwrap_or_default();
        let all = suggestions(&pack, &bank, &list);
        if all.is_empty() {
            return view! { <p data-testid="no-suggestion">{InterviewWords::NoSuggestion.text(lang)}</p> }.into_any();
        }
        all.into_iter()
            .map(|s| {
                let name = pack.indicator(&s.indicator).map(|i| i.name.get(lang).to_owned()).unwrap_or_default();
                let current = current_level(&store, &s.indicator, lang);
                view! {
                    <li data-testid="suggestion" data-indicator=s.indicator.clone() data-level=s.level.clone()>
                        <strong>{s.indicator.clone()} " " {name}</strong> " — " {s.message(lang)}
                        " · " {InterviewWords::Current.text(lang)} {current}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let role_options = move || {
        let lang = lang.get();
        Role::ALL
            .into_iter()
            .map(|r| view! { <option value=r.id() selected=move || role.get() == Some(r)>{r.label().get(lang).to_owned()}</option> })
            .collect_view()
    };
    let tier_options = move || {
        let lang = lang.get();
        Tier::ALL
            .into_iter()
            .map(|t| view! { <option value=t.id() selected=move || tier.get() == t>{t.label().get(lang).to_owned()}</option> })
            .collect_view()
    };
    let bank_note = move || drill.bank.with(|b| b.provenance.clone());
    let id = |key: &str| crate::ui::dom_id(format!("interview-{key}"));
    view! {
        <div class="report-doc interview-drill" data-testid="interview-drill">
            <div class="no-print">
                <h2>{tr(crate::i18n::Msg::ReportInterviews)}</h2>
                <p class="help">{tr(InterviewWords::Intro)}</p>
                <p class="provenance-note" data-testid="bank-provenance">{move || bank_note().get(lang.get()).to_owned()}</p>
                <Show when=move || drill.list.unreadable()>
                    <p class="banner" role="alert" data-testid="interviews-unreadable">{tr(InterviewWords::Unreadable)}</p>
                </Show>
                <h3>{tr(InterviewWords::Suggestions)}</h3>
                <ul class="suggestions" data-testid="suggestions">{suggested}</ul>
                <form class="interview-add" on:submit=add>
                    <div class="field">
                        <label for=id("name")>{tr(InterviewWords::Name)}</label>
                        <input id=id("name") type="text" data-testid="person-name" prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for=id("role")>{tr(InterviewWords::Role)}</label>
                        <select id=id("role") data-testid="person-role" on:change=move |ev| {
                            let r = Role::from_id(&event_target_value(&ev));
                            role.set(r);
                            if let Some(r) = r { tier.set(r.usual_tier()); }
                        }>
                            <option value="" selected=move || role.get().is_none()>{tr(InterviewWords::ChooseRole)}</option>
                            {role_options}
                        </select>
                    </div>
                    <div class="field">
                        <label for=id("tier")>{tr(InterviewWords::Tier)}</label>
                        <select id=id("tier") data-testid="person-tier"
                            on:change=move |ev| if let Some(t) = Tier::from_id(&event_target_value(&ev)) { tier.set(t) }>{tier_options}</select>
                    </div>
                    <div class="field">
                        <label for=id("post")>{tr(InterviewWords::Post)}</label>
                        <input id=id("post") type="text" data-testid="person-post" prop:value=post on:input=move |ev| post.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" data-testid="add-person">{tr(InterviewWords::Add)}</button>
                </form>
                <p class="field-error" role="alert" data-testid="drill-error">{move || drill.error.get().map(|e| e.message(lang.get()))}</p>
                <Show when=move || drill.list.value.with(|l| l.as_ref().is_ok_and(|l| !l.people.is_empty()))
                    fallback=|| view! { <p data-testid="nobody">{tr(InterviewWords::Nobody)}</p> }>
                    <table class="sheet people-table" data-testid="people">
                        <thead><tr>
                            <th scope="col">{tr(InterviewWords::Number)}</th>
                            <th scope="col">{tr(InterviewWords::Name)}</th>
                            <th scope="col">{tr(InterviewWords::Role)}</th>
                            <th scope="col">{tr(InterviewWords::Tier)}</th>
                            <th scope="col">{tr(InterviewWords::Post)}</th>
                            <th scope="col">{tr(InterviewWords::Rehearsed)}</th>
                            <th scope="col"><span class="visually-hidden">{tr(Msg::Actions)}</span></th>
                        </tr></thead>
                        <tbody>{people}</tbody>
                    </table>
                </Show>
            </div>
            {move || shown.get().filter(|n| drill.list.value.with(|l| l.as_ref().is_ok_and(|l| l.person(*n).is_some())))
                .map(|number| view! { <InterviewCard drill number/> })}
        </div>
    }
}

/// The level the indicator is answered with now, by name.
fn current_level(
    store: &crate::store::AssessmentStore,
    id: &str,
    lang: fscity_core::Lang,
) -> String {
    let pack = store.pack();
    store.assessment.with(|a| {
        let level = a
            .as_ref()
            .and_then(|a| a.entries.get(id))
            .and_then(|e| match &e.answer {
                Some(Answer::Level { level }) => Some(level.clone()),
                _ => None,
            });
        let named = level.and_then(|l| {
            let indicator = pack.indicator(id)?;
            match &indicator.rule {
                fscity_core::pack::Rule::Levels { levels } => levels
                    .iter()
                    .find(|x| x.id == l)
                    .map(|x| x.name.get(lang).to_owned()),
                _ => None,
            }
        });
        named.unwrap_or_else(|| InterviewWords::NoAnswer.text(lang).to_owned())
    })
}
