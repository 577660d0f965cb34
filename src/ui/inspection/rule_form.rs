//! The plan rule a city edits: areas and streets per mode, points per 业态. The seed's shape
//! is the default, and going back to it is one button. A figure that is not a whole number is
//! refused at its field and nothing is written; a rule that cannot be drawn by says why, and the
//! draw refuses it (`PlanRule::problems`).

use super::record_part::InspectionRecord;
use crate::i18n::{tr, use_lang, InspectionWords as W};
use fscity_core::inspection::{Mode, ModeRule, PlanRule};
use fscity_core::Localize;
use leptos::prelude::*;

/// A figure of the rule: an area count or a type's points.
#[derive(Clone, PartialEq)]
enum Figure {
    Districts,
    Counties,
    Streets,
    Type(String),
}

impl Figure {
    fn get(&self, rule: &PlanRule, mode: Mode) -> u32 {
        let m = rule.mode(mode);
        match self {
            Figure::Districts => m.districts,
            Figure::Counties => m.counties,
            Figure::Streets => m.streets,
            Figure::Type(t) => rule.count(mode, t),
        }
    }

    fn set(&self, rule: &mut PlanRule, mode: Mode, n: u32) {
        let m: &mut ModeRule = rule.mode_mut(mode);
        match self {
            Figure::Districts => m.districts = n,
            Figure::Counties => m.counties = n,
            Figure::Streets => m.streets = n,
            Figure::Type(t) => rule.set_count(mode, t, n),
        }
    }
}

/// The form, folded away until opened; what stops a draw shows beside it either way.
#[component]
pub fn RuleForm(record: InspectionRecord) -> impl IntoView {
    let lang = use_lang();
    let rule = Memo::new(move |_| {
        record.part.value.with(|v| {
            v.as_ref()
                .map(|i| (i.rule(), i.rule.is_some()))
                .unwrap_or((PlanRule::seed_shape(), false))
        })
    });
    let bad = RwSignal::new(None::<String>);
    let field = move |figure: Figure, mode: Mode, label: String| {
        let key = format!("{label}-{}", mode.label().en);
        let id = crate::ui::dom_id(format!("rule-{}-{key}", mode.label().en));
        let shown = {
            let figure = figure.clone();
            move || figure.get(&rule.get().0, mode).to_string()
        };
        let invalid = {
            let key = key.clone();
            move || bad.get().as_deref() == Some(key.as_str())
        };
        let on_change = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            match text.trim().parse::<u32>().ok().filter(|n| *n <= 999) {
                Some(n) => {
                    bad.set(None);
                    let figure = figure.clone();
                    record.change(move |i| {
                        let mut r = i.rule();
                        figure.set(&mut r, mode, n);
                        i.rule = Some(r);
                    });
                }
                None => bad.set(Some(key.clone())),
            }
        };
        view! {
            <input id=id type="text" inputmode="numeric" class="short" data-testid="rule-figure"
                aria-label=label prop:value=shown aria-invalid=move || invalid().to_string() on:change=on_change/>
        }
    };
    let types = record.sheets.with_untracked(|s| s.unit_types.clone());
    let area_rows = [
        (Figure::Districts, W::Districts),
        (Figure::Counties, W::Counties),
        (Figure::Streets, W::Streets),
    ]
    .into_iter()
    .map(|(figure, words)| {
        let label = words.text(lang.get_untracked()).to_owned();
        view! {
            <tr>
                <th scope="row">{tr(words)}</th>
                <td>{field(figure.clone(), Mode::Open, format!("{label} {}", Mode::Open.label().get(lang.get_untracked())))}</td>
                <td>{field(figure, Mode::Covert, format!("{label} {}", Mode::Covert.label().get(lang.get_untracked())))}</td>
            </tr>
        }
    })
    .collect_view();
    let type_rows = types
        .into_iter()
        .map(|t| {
            let name = t.name.get(lang.get_untracked()).to_owned();
            let figure = Figure::Type(t.id.clone());
            view! {
                <tr data-type=t.id.clone()>
                    <th scope="row">{move || t.name.get(lang.get()).to_owned()}</th>
                    <td>{field(figure.clone(), Mode::Open, format!("{name} {}", Mode::Open.label().get(lang.get_untracked())))}</td>
                    <td>{field(figure, Mode::Covert, format!("{name} {}", Mode::Covert.label().get(lang.get_untracked())))}</td>
                </tr>
            }
        })
        .collect_view();
    let problems = move || {
        let lang = lang.get();
        let list = rule.with(|(r, _)| r.problems());
        (!list.is_empty()).then(|| {
            view! {
                <ul class="field-error" role="alert" data-testid="rule-problems">
                    {list.iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <details class="rule-form no-print" data-testid="rule-form">
            <summary>{tr(W::PlanRule)} {move || rule.with(|(_, custom)| custom.then(|| W::RuleCustom.text(lang.get())))}</summary>
            <p class="help">{tr(W::PlanRuleHelp)}</p>
            <table class="sheet rule-table">
                <thead><tr>
                    <th scope="col"></th>
                    <th scope="col">{move || Mode::Open.label().get(lang.get()).to_owned()}</th>
                    <th scope="col">{move || Mode::Covert.label().get(lang.get()).to_owned()}</th>
                </tr></thead>
                <tbody>{area_rows}{type_rows}</tbody>
            </table>
            <Show when=move || bad.with(Option::is_some)>
                <p class="field-error" role="alert" data-testid="rule-bad-figure">{tr(W::WholeNumber)}</p>
            </Show>
            <button type="button" data-testid="rule-reset" on:click=move |_| { bad.set(None); record.change(|i| i.rule = None); }>{tr(W::RuleReset)}</button>
        </details>
        {problems}
    }
}
