//! 现场检查 rehearsed on screen (issue 18): the city's register of points imported from its
//! spreadsheet (a failed import changes nothing; a replacing one asks first), the sampled plan
//! drawn from it with a seed that is shown and kept, printed as one route sheet per mode and
//! area, and the points recorded on site ([`recording`]). The rules are
//! `fscity_core::inspection`.

mod add_point;
mod paper;
mod record_part;
mod recording;
mod results_view;
mod rule_form;
mod sheet_file;

use record_part::InspectionRecord;

use crate::i18n::{tr, use_lang, InspectionWords};
use crate::io::file::picked;
use crate::io::table_file::workbook_of_file;
use crate::store::today;
use crate::workspace::use_store;
use fscity_core::inspection::{draw, read_register, Drawn, Inspection, Mode, SheetPack};
use fscity_core::{Lang, Localize, Text};
use leptos::prelude::*;
use std::collections::BTreeMap;

crate::ui::lazy::chunk!(
    /// 现场检查 rehearsal: a chunk of its own, fetched when the report is chosen.
    pub mod inspection_chunk: () = |()| view! { <InspectionView/> }.into_any()
);

/// What the last import said: problems (nothing changed), or what came in.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Refused(Vec<Text>),
    Taken { points: usize, unknown: Vec<String> },
}

/// The register, the draw and the plan's route sheets.
#[component]
pub fn InspectionView() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let record = InspectionRecord::new();
    let part = record.part;
    let outcome = RwSignal::new(None::<Outcome>);
    let reading = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked(&ev) else {
            return;
        };
        reading.set(true);
        leptos::task::spawn_local(async move {
            let read = async {
                let book = workbook_of_file(file).await?;
                let sheet = book.sheets.first().ok_or_else(Vec::new)?;
                read_register(sheet, &record.sheets.with_untracked(|s| s.types()))
                    .map_err(|errors| errors.iter().map(|e| e.text()).collect::<Vec<_>>())
            }
            .await;
            reading.set(false);
            match read {
                Err(problems) => outcome.set(Some(Outcome::Refused(problems))),
                Ok(read) => {
                    let held = part
                        .value
                        .with_untracked(|v| v.as_ref().map_or(0, |i| i.register.len()));
                    let ask = InspectionWords::ReplaceAsk.text(lang.get_untracked());
                    if held > 0 && !window().confirm_with_message(ask).unwrap_or(false) {
                        return;
                    }
                    let points = read.points.len();
                    let unknown = read
                        .unknown_types
                        .iter()
                        .map(|u| format!("{} ({})", u.text, u.row))
                        .collect();
                    // The checks go with the old register, and so do their photos.
                    let mut gone = Vec::new();
                    if record.change(|i| {
                        gone = i.photo_keys();
                        i.replace_register(read.points);
                    }) {
                        outcome.set(Some(Outcome::Taken { points, unknown }));
                        if !gone.is_empty() {
                            crate::io::photos::remove(gone).await;
                        }
                    }
                }
            }
        });
    };
    let seed = RwSignal::new(js_sys::Date::now() as u64 % 1_000_000);
    let seed_text = RwSignal::new(String::new());
    let bad_seed = RwSignal::new(false);
    let draw_plan = move |_| {
        let typed = seed_text.get_untracked();
        let chosen = if typed.trim().is_empty() {
            Some(seed.get_untracked())
        } else {
            typed.trim().parse::<u64>().ok()
        };
        let Some(chosen) = chosen else {
            bad_seed.set(true);
            return;
        };
        bad_seed.set(false);
        // A rule that cannot be drawn by says why beside its form; nothing is asked or drawn.
        let problems = part
            .value
            .with_untracked(|v| v.as_ref().map(|i| i.rule().problems()).unwrap_or_default());
        if !problems.is_empty() {
            return;
        }
        let planned = part
            .value
            .with_untracked(|v| v.as_ref().is_ok_and(|i| i.plan.is_some()));
        if planned
            && !window()
                .confirm_with_message(InspectionWords::RedrawAsk.text(lang.get_untracked()))
                .unwrap_or(false)
        {
            return;
        }
        record.change(|i| i.plan = Some(draw(&i.register, &i.rule(), chosen)));
        seed.set(chosen.wrapping_add(1));
        seed_text.set(String::new());
    };
    let outcome_view = move || {
        let lang = lang.get();
        outcome.get().map(|o| match o {
            Outcome::Refused(problems) => view! {
                <div class="banner" role="alert" data-testid="register-problems">
                    <p>{InspectionWords::NothingChanged.text(lang)}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.get(lang).to_owned()}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
            Outcome::Taken { points, unknown } => view! {
                <p role="status" data-testid="register-imported">{InspectionWords::Imported.text(lang)} {points}</p>
                {(!unknown.is_empty()).then(|| view! {
                    <p class="warning" data-testid="register-unknown">{InspectionWords::UnknownType.text(lang)} {lang.join(&unknown)}</p>
                })}
            }
            .into_any(),
        })
    };
    let register_size = move || {
        part.value
            .with(|v| v.as_ref().map_or(0, |i| i.register.len()))
    };
    let print_blank = RwSignal::new(false);
    // What the route and blank sheets show — the plan and the register, not the checks — so a
    // finding recorded does not redraw a hundred rows.
    let planned = Memo::new(move |_| {
        part.value.with(|v| {
            v.as_ref()
                .ok()
                .filter(|i| i.plan.is_some())
                .map(|i| Inspection {
                    register: i.register.clone(),
                    plan: i.plan.clone(),
                    ..Inspection::default()
                })
        })
    });
    let heading = Memo::new(move |_| {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| format!("{} · {} · {}", a.city, a.name, today()))
                .unwrap_or_default()
        })
    });
    let plan_view = move || {
        let lang = lang.get();
        let sheets = record.sheets.get();
        let types = sheets.types();
        let blank = print_blank.get();
        let heading = heading.get();
        planned.with(|v| {
            let inspection = v.as_ref()?;
            let plan = inspection.plan.as_ref()?;
            let shortfalls: Vec<String> = plan.shortfalls.iter().map(|s| s.message(&types, lang)).collect();
            let routes = [(Mode::Open, &plan.open), (Mode::Covert, &plan.covert)]
                .into_iter()
                .flat_map(|(mode, drawn)| route_sheets(inspection, &sheets, mode, drawn, &heading, plan.seed, lang))
                .collect_view();
            let blanks = blank.then(|| paper::blank_sheets(&sheets, inspection, plan, &heading, lang));
            Some(view! {
                <p class="plan-summary no-print" data-testid="plan-summary">
                    {plan.summary(&inspection.register, lang)} " · " {InspectionWords::SeedUsed.text(lang)} " "
                    <strong data-testid="plan-seed">{plan.seed}</strong>
                </p>
                <p class="help no-print" data-testid="plan-report-sentence">
                    {InspectionWords::ReportSentence.text(lang)} {plan.report_sentence(&inspection.register, lang)}
                </p>
                {(!shortfalls.is_empty()).then(|| view! {
                    <div class="warning no-print" data-testid="plan-shortfalls">
                        <p>{InspectionWords::Shortfalls.text(lang)}</p>
                        <ul>{shortfalls.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    </div>
                })}
                <label class="no-print check">
                    <input type="checkbox" data-testid="print-blank" prop:checked=print_blank
                        on:change=move |ev| print_blank.set(event_target_checked(&ev))/>
                    {InspectionWords::PrintBlank.text(lang)}
                </label>
                {routes}
                {blanks}
            })
        })
    };
    let id = |key: &str| crate::ui::dom_id(format!("inspection-{key}"));
    view! {
        <section class="report-doc inspection" data-testid="inspection">
            <div class="no-print">
                <h2>{tr(crate::i18n::Msg::ReportInspection)}</h2>
                <p class="help">{tr(InspectionWords::Intro)}</p>
                <div class="field">
                    <label for=id("file")>{tr(InspectionWords::ImportRegister)}</label>
                    <input id=id("file") type="file" accept=".xlsx,.csv" data-testid="register-file" on:change=on_file/>
                </div>
                <Show when=move || reading.get()><p role="status">{tr(InspectionWords::Reading)}</p></Show>
                {outcome_view}
                <p data-testid="register-size">
                    {move || if register_size() == 0 {
                        InspectionWords::NoRegister.text(lang.get()).to_owned()
                    } else {
                        format!("{}{} {}", InspectionWords::RegisterSize.text(lang.get()), register_size(), InspectionWords::Points.text(lang.get()))
                    }}
                </p>
                <Show when=move || register_size() != 0>
                    <div class="field">
                        <label for=id("seed")>{tr(InspectionWords::Seed)}</label>
                        <input id=id("seed") type="text" inputmode="numeric" data-testid="plan-seed-input"
                            placeholder=move || seed.get().to_string() prop:value=seed_text
                            on:input=move |ev| seed_text.set(event_target_value(&ev)) aria-invalid=move || bad_seed.get().to_string()/>
                        <p class="help">{tr(InspectionWords::SeedHelp)}</p>
                        <Show when=move || bad_seed.get()>
                            <p class="field-error" role="alert" data-testid="seed-error">{tr(InspectionWords::BadSeed)}</p>
                        </Show>
                    </div>
                    <rule_form::RuleForm record/>
                    <button type="button" class="primary" data-testid="draw-plan" on:click=draw_plan>{tr(InspectionWords::Draw)}</button>
                </Show>
            </div>
            // On a phone the recording comes first: the route sheets are for print and the desk.
            <Show when=move || register_size() != 0>
                <recording::Recording record/>
                <results_view::ResultsView record/>
            </Show>
            <sheet_file::SheetFile record/>
            <add_point::AddPoint record/>
            {plan_view}
        </section>
    }
}

/// One route sheet per area of a mode: its points in drawing order with what a group needs.
fn route_sheets(
    inspection: &Inspection,
    sheets: &SheetPack,
    mode: Mode,
    drawn: &Drawn,
    heading: &str,
    seed: u64,
    lang: Lang,
) -> Vec<AnyView> {
    let mut by_area: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for n in &drawn.points {
        if let Some(p) = inspection.point(*n) {
            by_area.entry(p.area.as_str()).or_default().push(*n);
        }
    }
    drawn
        .areas
        .iter()
        .filter_map(|area| by_area.get(area.as_str()).map(|points| (area, points)))
        .map(|(area, points)| {
            let types = sheets.types();
            let rows = points
                .iter()
                .filter_map(|n| inspection.point(*n))
                .map(|p| {
                    let kind = types.get(&p.unit_type).map_or(p.unit_type.clone(), |t| t.name.get(lang).to_owned());
                    let sheet = sheets.sheet_for(&p.unit_type).map(|s| s.title.get(lang).to_owned()).unwrap_or_default();
                    view! {
                        <tr data-point=p.number.to_string()>
                            <td>{p.street.clone()}</td>
                            <td>{kind}</td>
                            <td>{p.name.clone()}</td>
                            <td>{p.address.clone()}</td>
                            <td>{p.contact.clone()}</td>
                            <td>{p.assigned.clone()}</td>
                            <td>{sheet}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="print-page route-sheet" data-testid="route-sheet" data-mode=mode.label().en.to_lowercase() data-area=area.clone()>
                    <p class="page-context">{heading.to_owned()} " · " {InspectionWords::SeedUsed.text(lang)} " " {seed}</p>
                    <h2>{InspectionWords::RouteSheet.text(lang)} " · " {mode.label().get(lang).to_owned()} " · " {area.clone()}</h2>
                    // Focusable: on a phone the table scrolls sideways, by keyboard too.
                    <table class="sheet" tabindex="0">
                        <thead><tr>
                            <th scope="col">{InspectionWords::Street.text(lang)}</th>
                            <th scope="col">{InspectionWords::Type.text(lang)}</th>
                            <th scope="col">{InspectionWords::Name.text(lang)}</th>
                            <th scope="col">{InspectionWords::Address.text(lang)}</th>
                            <th scope="col">{InspectionWords::Contact.text(lang)}</th>
                            <th scope="col">{InspectionWords::Assigned.text(lang)}</th>
                            <th scope="col">{InspectionWords::SheetToUse.text(lang)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
            .into_any()
        })
        .collect()
}
