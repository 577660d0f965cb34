//! Recording the plan's points on site, on a phone held in one hand: the points in the order
//! drawn, then one point's sheet at a time with targets a thumb can hit — 符合, or the lettered
//! finding, how many times and a note. Each tap is written at once with the roll-up it implies,
//! so the indicator's score is current while the reviewer is still in the shop, and nothing
//! waits for a network. Only the items whose findings changed repaint.

use super::record_part::InspectionRecord;
use crate::i18n::{tr, use_lang, InspectionWords};
use crate::io::photos::{self, PhotoProblem};
use crate::workspace::use_store;
use fscity_core::inspection::{CheckItem, CheckSheet, Finding, Mode, Visit};
use fscity_core::{Lang, Localize, Text};
use leptos::prelude::*;

/// A change to the findings of one point, given the item they are on.
type FindingsEdit = Box<dyn FnOnce(&mut Vec<Finding>, &str)>;

/// Bumped when a photo is kept or removed, so the storage line measures again.
#[derive(Clone, Copy)]
struct PhotosChanged(RwSignal<u32>);

/// The points to record, or the point being recorded.
#[component]
pub fn Recording(record: InspectionRecord) -> impl IntoView {
    let open = RwSignal::new(None::<u32>);
    let changed = RwSignal::new(0_u32);
    provide_context(PhotosChanged(changed));
    let lang = use_lang();
    let space = LocalResource::new(move || {
        changed.track();
        photos::usage()
    });
    let space_line = move || {
        let lang = lang.get();
        space.get().flatten().map(|(used, quota)| {
            let mb = |b: f64| match b / 1_048_576.0 {
                m if m >= 1024.0 => format!("{:.1} GB", m / 1024.0),
                m => format!("{m:.1} MB"),
            };
            view! {
                <p class="help" data-testid="photo-space">
                    {InspectionWords::PhotoSpace.text(lang)} {mb(used)}
                    {InspectionWords::PhotoSpaceOf.text(lang)} {mb(quota)}
                </p>
            }
        })
    };
    view! {
        <section class="recording no-print" data-testid="recording">
            <h2>{tr(InspectionWords::Recording)}</h2>
            <p class="help">{tr(InspectionWords::RecordingHelp)}</p>
            {space_line}
            <Show when=move || record.part.unreadable()>
                <p class="banner" role="alert" data-testid="inspection-unreadable">{tr(InspectionWords::Unreadable)}</p>
            </Show>
            {move || match open.get() {
                Some(point) => view! { <PointSheet record point open/> }.into_any(),
                None => view! { <PointList record open/> }.into_any(),
            }}
        </section>
    }
}

/// How a point stands: not checked, checked clean, or with findings (counted as ticked).
fn state_of(visit: Option<&Visit>, lang: Lang) -> (&'static str, String) {
    match visit {
        None => ("open", InspectionWords::NotChecked.text(lang).to_owned()),
        Some(v) if v.findings.is_empty() => {
            ("clean", InspectionWords::CheckedClean.text(lang).to_owned())
        }
        Some(v) => {
            let n: u32 = v.findings.iter().map(|f| f.count).sum();
            let words = InspectionWords::FindingsAt.text(lang);
            ("findings", format!("{words}{n}"))
        }
    }
}

/// The plan's points, 明查 then 暗访 in the order drawn, then any checked point the plan no
/// longer holds (a redraw keeps what was recorded).
#[component]
fn PointList(record: InspectionRecord, open: RwSignal<Option<u32>>) -> impl IntoView {
    let lang = use_lang();
    let types = record.sheets.with_untracked(|s| s.types());
    move || {
        let lang = lang.get();
        record.part.value.with(|value| {
            let Ok(inspection) = value else {
                return ().into_any();
            };
            let Some(plan) = &inspection.plan else {
                return view! { <p data-testid="recording-no-plan">{InspectionWords::NoPlan.text(lang)}</p> }
                    .into_any();
            };
            let planned: Vec<(Option<Mode>, u32)> = plan
                .open
                .points
                .iter()
                .map(|n| (Some(Mode::Open), *n))
                .chain(plan.covert.points.iter().map(|n| (Some(Mode::Covert), *n)))
                .collect();
            let outside = inspection
                .visits
                .iter()
                .map(|v| v.point)
                .filter(|n| !planned.iter().any(|(_, m)| m == n))
                .map(|n| (None, n));
            let rows = planned
                .iter()
                .copied()
                .chain(outside)
                .filter_map(|(mode, n)| inspection.point(n).map(|p| (mode, p)))
                .map(|(mode, p)| {
                    let n = p.number;
                    let kind = types
                        .get(&p.unit_type)
                        .map_or(p.unit_type.clone(), |t| t.name.get(lang).to_owned());
                    let mode = mode.map_or(InspectionWords::OutsidePlan.text(lang).to_owned(), |m| {
                        m.label().get(lang).to_owned()
                    });
                    let (state, said) = state_of(inspection.visit(n), lang);
                    view! {
                        <li>
                            <button type="button" class="point-row" data-testid="record-point"
                                data-point=n.to_string() data-state=state on:click=move |_| open.set(Some(n))>
                                <span class="point-name">{p.name.clone()}</span>
                                <span class="point-meta">{format!("{kind} · {} · {mode}", p.street)}</span>
                                <span class="point-state" data-testid="point-state">{said}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="point-list">{rows}</ol> }.into_any()
        })
    }
}

/// One point's sheet: every item with 符合 and its findings, the point's own note, 完成.
#[component]
fn PointSheet(record: InspectionRecord, point: u32, open: RwSignal<Option<u32>>) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let found = record.part.value.with_untracked(|v| {
        let inspection = v.as_ref().ok()?;
        let p = inspection.point(point)?.clone();
        // A point already checked keeps the sheet it was checked with.
        let sheet_id = inspection.visit(point).map(|v| v.sheet.clone());
        let sheet = record.sheets.with_untracked(|s| {
            sheet_id
                .and_then(|id| s.sheet(&id).cloned())
                .or_else(|| s.sheet_for(&p.unit_type).cloned())
        });
        Some((p, sheet))
    });
    let back = move |_| open.set(None);
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let Some((p, sheet)) = found else {
        return view! {
            <button type="button" class="back" data-testid="back-to-points" on:click=back>{tr(InspectionWords::BackToPoints)}</button>
        }
        .into_any();
    };
    let visit = Memo::new(move |_| {
        record
            .part
            .value
            .with(|v| v.as_ref().ok().and_then(|i| i.visit(point).cloned()))
    });
    let details = format!(
        "{} · {} · {}",
        p.address,
        p.contact,
        InspectionWords::Assigned.text(lang.get_untracked())
    );
    let assigned = p.assigned.clone();
    let body = match sheet {
        None => view! { <p class="warning" role="alert" data-testid="no-sheet">{tr(InspectionWords::NoSheet)}</p> }.into_any(),
        Some(sheet) => sheet_view(record, point, sheet, visit, store, open).into_any(),
    };
    view! {
        <div class="point-sheet" data-testid="point-sheet" data-point=point.to_string()>
            <button type="button" class="back" data-testid="back-to-points" on:click=back>{tr(InspectionWords::BackToPoints)}</button>
            <h3 tabindex="-1" node_ref=heading>{p.name.clone()}</h3>
            <p class="point-meta">{details} {move || lang.get().colon()} {assigned.clone()}</p>
            {body}
        </div>
    }
    .into_any()
}

/// The items of `sheet` for `point`, the effect on the indicators, the note and 完成.
fn sheet_view(
    record: InspectionRecord,
    point: u32,
    sheet: CheckSheet,
    visit: Memo<Option<Visit>>,
    store: crate::store::AssessmentStore,
    open: RwSignal<Option<u32>>,
) -> impl IntoView {
    let lang = use_lang();
    let sheet_id = sheet.id.clone();
    let items = sheet
        .items
        .iter()
        .map(|item| item_view(record, point, &sheet_id, item.clone(), visit))
        .collect_view();
    let mut indicators: Vec<String> = sheet.items.iter().map(|i| i.indicator.clone()).collect();
    indicators.dedup();
    indicators.sort();
    indicators.dedup();
    let pack = store.pack();
    let effects = indicators
        .into_iter()
        .filter_map(|id| pack.pack().indicator(&id).cloned())
        .map(|ind| {
            let result = store.result(ind.id.clone());
            let name = ind.name.clone();
            let id = ind.id.clone();
            view! {
                <li data-testid="site-effect" data-indicator=id.clone()>
                    <strong>{id.clone()} " " {move || name.get(lang.get()).to_owned()}</strong>
                    {move || lang.get().colon()}
                    {move || result.get().map(|r| r.explain(&ind).get(lang.get()).to_owned())}
                </li>
            }
        })
        .collect_view();
    let note_sheet = sheet_id.clone();
    let on_note = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let id = note_sheet.clone();
        record.change(|i| i.visit_mut(point, &id).note = text);
    };
    let done_sheet = sheet_id.clone();
    let done = move |_| {
        let id = done_sheet.clone();
        if record.change(|i| {
            i.visit_mut(point, &id);
        }) {
            open.set(None);
        }
    };
    let provenance = sheet.provenance.clone();
    let note_id = crate::ui::dom_id(format!("point-note-{point}"));
    view! {
        <p class="help">{move || sheet.title.get(lang.get()).to_owned()}</p>
        <ol class="check-items">{items}</ol>
        <div class="field">
            <label for=note_id.clone()>{tr(InspectionWords::PointNote)}</label>
            <textarea id=note_id data-testid="point-note" rows="2"
                prop:value=move || visit.with(|v| v.as_ref().map(|v| v.note.clone()).unwrap_or_default())
                on:change=on_note></textarea>
        </div>
        <ul class="site-effects" aria-live="polite">{effects}</ul>
        <button type="button" class="primary big" data-testid="point-done" on:click=done>{tr(InspectionWords::Done)}</button>
        <p class="provenance help" data-testid="sheet-provenance">
            {tr(InspectionWords::SheetProvenance)}
            {move || provenance.confidence.label().get(lang.get()).to_owned()}
            {move || lang.get().colon()}
            {move || provenance.note.get(lang.get()).to_owned()}
        </p>
    }
}

/// The findings an item offers: its lettered ones, or one plain 不符合.
fn options_of(item: &CheckItem) -> Vec<(Option<String>, Text)> {
    if item.findings.is_empty() {
        return vec![(None, InspectionWords::NotCompliant.both())];
    }
    item.findings
        .iter()
        .map(|f| (Some(f.id.clone()), f.text.clone()))
        .collect()
}

/// One item: 符合, each finding (pressed when ticked), and for a ticked one its count and note.
/// It repaints only when its own findings change.
fn item_view(
    record: InspectionRecord,
    point: u32,
    sheet: &str,
    item: CheckItem,
    visit: Memo<Option<Visit>>,
) -> impl IntoView {
    let lang = use_lang();
    let item_id = item.id.clone();
    let mine = Memo::new(move |_| {
        visit.with(|v| {
            v.as_ref().map(|v| {
                v.findings
                    .iter()
                    .filter(|f| f.item == item_id)
                    .cloned()
                    .collect::<Vec<Finding>>()
            })
        })
    });
    let write = {
        let sheet = sheet.to_owned();
        let item = item.id.clone();
        move |change: FindingsEdit| {
            let sheet = sheet.clone();
            let item = item.clone();
            record.change(move |i| change(&mut i.visit_mut(point, &sheet).findings, &item));
        }
    };
    // Photos of findings taken away go from the photo store too.
    let drop_photos = move |letter: Option<Option<String>>| {
        let gone: Vec<String> = mine.with_untracked(|m| {
            m.iter()
                .flatten()
                .filter(|f| letter.as_ref().is_none_or(|l| *l == f.option))
                .flat_map(|f| f.photos.clone())
                .collect()
        });
        if !gone.is_empty() {
            leptos::task::spawn_local(photos::remove(gone));
        }
    };
    let compliant = {
        let write = write.clone();
        move |_| {
            drop_photos(None);
            write(Box::new(|findings, item| {
                findings.retain(|f| f.item != item)
            }))
        }
    };
    let options = options_of(&item)
        .into_iter()
        .map(|(letter, text)| {
            let write = write.clone();
            let key = letter.clone();
            let pressed = move || {
                mine.with(|m| {
                    m.as_ref()
                        .is_some_and(|m| m.iter().any(|f| f.option == key))
                })
            };
            let data_option = letter.clone().unwrap_or_default();
            let shown = letter.clone().map(|l| format!("{l} "));
            let toggle = move |_| {
                let letter = letter.clone();
                drop_photos(Some(letter.clone()));
                write(Box::new(move |findings, item| {
                    match findings
                        .iter()
                        .position(|f| f.item == item && f.option == letter)
                    {
                        Some(at) => {
                            findings.remove(at);
                        }
                        None => findings.push(Finding {
                            item: item.to_owned(),
                            option: letter,
                            count: 1,
                            note: String::new(),
                            photos: Vec::new(),
                        }),
                    }
                }))
            };
            view! {
                <button type="button" class="option finding" data-testid="item-finding"
                    data-option=data_option
                    aria-pressed=move || pressed().to_string() on:click=toggle>
                    {shown}{move || text.get(lang.get()).to_owned()}
                </button>
            }
        })
        .collect_view();
    let details = {
        let item = item.clone();
        let write = write.clone();
        move || {
            let lang = lang.get();
            mine.get()
                .unwrap_or_default()
                .into_iter()
                .map(|f| finding_detail(&item, f, write.clone(), lang))
                .collect_view()
        }
    };
    let is_clean =
        move || visit.with(|v| v.is_some()) && mine.with(|m| m.as_ref().is_some_and(Vec::is_empty));
    let key = item.key.then(|| {
        view! { <span class="key-item" title=move || InspectionWords::KeyItem.text(lang.get())>"★"</span> }
    });
    let points = item.points;
    let indicator = item.indicator.clone();
    view! {
        <li class="check-item" data-testid="check-item" data-item=item.id.clone()>
            <p class="item-text">
                {key} <span class="item-id">{item.id.clone()}</span> " "
                {move || item.text.get(lang.get()).to_owned()}
                <span class="item-meta">
                    {move || lang.get().parenthesized(&format!(
                        "{points} {} · {} {indicator}",
                        InspectionWords::ItemPoints.text(lang.get()),
                        InspectionWords::Scores.text(lang.get())
                    ))}
                </span>
            </p>
            <div class="options" role="group">
                <button type="button" class="option ok" data-testid="item-ok"
                    aria-pressed=move || is_clean().to_string() on:click=compliant>
                    {tr(InspectionWords::Compliant)}
                </button>
                {options}
            </div>
            {details}
        </li>
    }
}

/// A ticked finding's count (− / +) and note.
fn finding_detail(
    item: &CheckItem,
    finding: Finding,
    write: impl Fn(FindingsEdit) + Clone + 'static,
    lang: Lang,
) -> impl IntoView {
    let label = finding
        .option
        .as_ref()
        .and_then(|l| item.finding(l))
        .map_or(InspectionWords::NotCompliant.text(lang).to_owned(), |f| {
            f.text.get(lang).to_owned()
        });
    let option = finding.option.clone();
    let edit = move |change: Box<dyn FnOnce(&mut Finding)>| {
        let option = option.clone();
        write(Box::new(move |findings, item| {
            if let Some(f) = findings
                .iter_mut()
                .find(|f| f.item == item && f.option == option)
            {
                change(f);
            }
        }))
    };
    let fewer = {
        let edit = edit.clone();
        move |_| edit(Box::new(|f| f.count = f.count.saturating_sub(1).max(1)))
    };
    let more = {
        let edit = edit.clone();
        move |_| edit(Box::new(|f| f.count = f.count.saturating_add(1)))
    };
    let on_note = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            edit(Box::new(move |f| f.note = text))
        }
    };
    let note_label = InspectionWords::FindingNote.text(lang);
    let changed = use_context::<PhotosChanged>().map(|c| c.0);
    let problem = RwSignal::new(None::<PhotoProblem>);
    let keeping = RwSignal::new(false);
    let on_photo = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let Some(file) = crate::io::file::picked(&ev) else {
                return;
            };
            keeping.set(true);
            let edit = edit.clone();
            leptos::task::spawn_local(async move {
                let kept = photos::keep(file).await;
                keeping.try_set(false);
                match kept {
                    Ok(kept) => {
                        problem.try_set(None);
                        edit(Box::new(move |f| f.photos.push(kept.id)));
                        if let Some(c) = changed {
                            c.try_update(|n| *n += 1);
                        }
                    }
                    Err(why) => {
                        problem.try_set(Some(why));
                    }
                }
            });
        }
    };
    let thumbs = finding
        .photos
        .iter()
        .map(|id| {
            let edit = edit.clone();
            let gone = id.clone();
            let remove = move || {
                let gone = gone.clone();
                let dropped = gone.clone();
                edit(Box::new(move |f| f.photos.retain(|p| *p != dropped)));
                leptos::task::spawn_local(async move {
                    photos::remove(vec![gone]).await;
                    if let Some(c) = changed {
                        c.try_update(|n| *n += 1);
                    }
                });
            };
            thumb(id.clone(), remove)
        })
        .collect_view();
    let photo_id = crate::ui::dom_id(format!(
        "photo-{}-{}",
        item.id,
        finding.option.clone().unwrap_or_default()
    ));
    view! {
        <div class="finding-detail" data-testid="finding-detail" data-option=finding.option.clone().unwrap_or_default()>
            <span class="finding-label">{label}</span>
            <span class="stepper">
                <button type="button" data-testid="finding-fewer" aria-label=InspectionWords::Fewer.text(lang)
                    disabled=finding.count <= 1 on:click=fewer>"−"</button>
                <output data-testid="finding-count" aria-label=InspectionWords::Times.text(lang)>{finding.count}</output>
                <button type="button" data-testid="finding-more" aria-label=InspectionWords::More.text(lang)
                    on:click=more>"+"</button>
            </span>
            <input type="text" class="finding-note" data-testid="finding-note" placeholder=note_label
                aria-label=note_label prop:value=finding.note.clone() on:change=on_note/>
            <span class="photos">
                {thumbs}
                <label class="option photo-add" for=photo_id.clone()>{InspectionWords::AddPhoto.text(lang)}</label>
                <input id=photo_id type="file" accept="image/*" capture="environment" class="visually-hidden"
                    data-testid="photo-file" on:change=on_photo/>
            </span>
            <Show when=move || keeping.get()><span role="status">{InspectionWords::KeepingPhoto.text(lang)}</span></Show>
            {move || problem.get().map(|p| view! {
                <p class="field-error" role="alert" data-testid="photo-problem">{p.message(lang)}</p>
            })}
        </div>
    }
}

/// A kept photo, read back from the photo store, with its remove button.
fn thumb(id: String, remove: impl Fn() + 'static) -> impl IntoView {
    let lang = use_lang();
    let url = LocalResource::new(move || {
        let id = id.clone();
        async move {
            let blob = photos::get(&id).await?;
            web_sys::Url::create_object_url_with_blob(&blob).ok()
        }
    });
    on_cleanup(move || {
        if let Some(Some(u)) = url.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    });
    view! {
        <span class="thumb" data-testid="photo">
            {move || url.get().flatten().map(|u| view! {
                <img src=u alt=move || InspectionWords::Photo.text(lang.get())/>
            })}
            <button type="button" class="remove-photo" data-testid="photo-remove"
                aria-label=move || InspectionWords::RemovePhoto.text(lang.get())
                on:click=move |_| remove()>"×"</button>
        </span>
    }
}
