//! A point entered by hand: one the register lacks, or a 暗访 point the reviewers choose on the
//! spot, which then joins the plan's 暗访 points and is recorded like any other. The fields are
//! the register's; what is missing is named and nothing is added.

use super::record_part::InspectionRecord;
use crate::i18n::{tr, use_lang, InspectionWords as W};
use fscity_core::inspection::{MissingField, Point};
use fscity_core::Localize;
use leptos::prelude::*;

/// The form.
#[component]
pub fn AddPoint(record: InspectionRecord) -> impl IntoView {
    let lang = use_lang();
    let fields: [(W, RwSignal<String>); 6] = [
        (W::Area, RwSignal::new(String::new())),
        (W::Street, RwSignal::new(String::new())),
        (W::Name, RwSignal::new(String::new())),
        (W::Address, RwSignal::new(String::new())),
        (W::Contact, RwSignal::new(String::new())),
        (W::Assigned, RwSignal::new(String::new())),
    ];
    let kind = RwSignal::new(String::new());
    let covert = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<u32, Vec<MissingField>>>);
    let planned = move || {
        record
            .part
            .value
            .with(|v| v.as_ref().is_ok_and(|i| i.plan.is_some()))
    };
    let types = record.sheets.with_untracked(|s| s.unit_types.clone());
    let add = move |_| {
        let [area, street, name, address, contact, assigned] =
            fields.map(|(_, f)| f.get_untracked().trim().to_owned());
        let point = Point {
            number: 0,
            area,
            street,
            unit_type: kind.get_untracked(),
            name,
            address,
            contact,
            assigned,
            position: None,
        };
        let with_plan = covert.get_untracked() && planned();
        let mut added = None;
        record.change(|i| added = Some(i.add_point(point, with_plan)));
        if let Some(Ok(_)) = &added {
            for (_, f) in &fields {
                f.set(String::new());
            }
        }
        outcome.set(added);
    };
    let inputs = fields
        .iter()
        .enumerate()
        .map(|(n, (label, value))| {
            let id = crate::ui::dom_id(format!("add-point-{n}"));
            let value = *value;
            view! {
                <div class="field">
                    <label for=id.clone()>{tr(*label)}</label>
                    <input id=id type="text" data-testid="add-point-field" prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
                </div>
            }
        })
        .collect_view();
    let type_id = crate::ui::dom_id("add-point-type");
    let options = types
        .into_iter()
        .map(|t| {
            let id = t.id.clone();
            view! { <option value=id>{move || t.name.get(lang.get()).to_owned()}</option> }
        })
        .collect_view();
    view! {
        <details class="add-point no-print" data-testid="add-point">
            <summary>{tr(W::AddPoint)}</summary>
            <p class="help">{tr(W::AddPointHelp)}</p>
            {inputs}
            <div class="field">
                <label for=type_id.clone()>{tr(W::Type)}</label>
                <select id=type_id data-testid="add-point-type" prop:value=kind on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="">{tr(W::ChooseType)}</option>
                    {options}
                </select>
            </div>
            <Show when=planned>
                <label class="check">
                    <input type="checkbox" data-testid="add-point-covert" prop:checked=covert
                        on:change=move |ev| covert.set(event_target_checked(&ev))/>
                    {tr(W::CovertExtra)}
                </label>
            </Show>
            <button type="button" data-testid="add-point-button" on:click=add>{tr(W::AddPoint)}</button>
            {move || outcome.get().map(|o| match o {
                Ok(n) => view! { <p role="status" data-testid="point-added">{W::PointAdded.text(lang.get())}{n}</p> }.into_any(),
                Err(missing) => view! {
                    <ul class="field-error" role="alert" data-testid="add-point-problems">
                        {missing.iter().map(|m| view! { <li>{m.message(lang.get())}</li> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </details>
    }
}
