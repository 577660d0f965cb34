//! Editing a criteria pack in the browser, for a 食安办 without Excel at hand or with small
//! corrections to make. The editor is the template itself — the same sheets and columns as the
//! downloadable spreadsheet — so the same reader validates it on every keystroke, its errors
//! point at the cells, and nothing about the pack format is written twice. Saving always makes
//! a new version on the shelf (the id stays); the embedded pack is never changed in place.

use crate::i18n::{tr, tr_text, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::packs::{use_shelf, AddError, Origin};
use crate::store::now;
use fscity_core::sheet_pack::{points_total, read_workbook, template, RawCell, Workbook};
use fscity_core::{Localize, Pack};
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

/// The sheets of `base` as editable tables, live validation, the running total and save.
#[component]
pub fn PackEditor(base: Arc<Pack>, close: Callback<()>) -> impl IntoView {
    let Some(shelf) = use_shelf() else {
        return ().into_any();
    };
    let lang = use_lang();
    let book = StoredValue::new(Workbook::from_sheets(&template(
        &base,
        lang.get_untracked(),
    )));
    // Notified on every edit (validation) and on every added or removed row (the grid's shape).
    let edits = Trigger::new();
    let shape = Trigger::new();
    let active = RwSignal::new(1usize); // 评价指标; 0 is the 说明 sheet
    let saved = RwSignal::new(None::<String>);
    let title = tr_text(PackRef::new(base.clone()).map(|p| &p.title));
    let base_version = base.version;
    let result = Memo::new(move |_| {
        edits.track();
        book.with_value(|b| read_workbook(b, &base))
    });
    let bad_cells = Memo::new(move |_| {
        result.with(|r| match r {
            Ok(_) => HashSet::new(),
            Err(errors) => errors
                .iter()
                .filter_map(|e| Some((e.sheet.clone(), e.row?, e.column?)))
                .collect::<HashSet<_>>(),
        })
    });
    let total = move || {
        edits.track();
        book.with_value(points_total)
    };
    let save = move |_| {
        let Ok(mut pack) = result.get_untracked() else {
            return;
        };
        if shelf.find(&pack.id, pack.version).is_some() {
            pack.version = shelf.latest(&pack.id).map_or(pack.version, |p| p.version) + 1;
        }
        let version = pack.version;
        let origin = Origin::edited(now());
        let lang = lang.get_untracked();
        match shelf.add(pack, origin) {
            Ok(_) => saved.set(Some(Sentence::EditorSaved { version }.message(lang))),
            Err(AddError::Exists) => saved.set(Some(Msg::EditorExists.text(lang).to_owned())),
            Err(AddError::Storage(fault)) => saved.set(Some(
                Sentence::PackNotSaved {
                    why: fault.message(lang),
                }
                .message(lang),
            )),
        }
    };
    let tabs = move || {
        book.with_value(|b| {
            b.sheets
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let name = s.name.clone();
                    view! {
                        <button type="button" class="tab" class:current=move || active.get() == i
                            aria-current=move || (active.get() == i).then_some("page")
                            on:click=move |_| active.set(i)>{name}</button>
                    }
                })
                .collect_view()
        })
    };
    let grid = move || {
        shape.track();
        let index = active.get();
        let (name, header, rows) = book.with_value(|b| {
            let s = &b.sheets[index];
            let header: Vec<String> = s
                .rows
                .first()
                .map(|r| r.iter().map(RawCell::text).collect())
                .unwrap_or_default();
            let rows: Vec<Vec<String>> = s
                .rows
                .iter()
                .skip(1)
                .map(|r| r.iter().map(RawCell::text).collect())
                .collect();
            (s.name.clone(), header, rows)
        });
        let width = header
            .len()
            .max(rows.iter().map(Vec::len).max().unwrap_or(0));
        let body = rows
            .into_iter()
            .enumerate()
            .map(|(r, row)| {
                let row_number = r as u32 + 2;
                let cells = (0..width)
                    .map(|c| {
                        let value = row.get(c).cloned().unwrap_or_default();
                        let sheet = name.clone();
                        let column = c as u32 + 1;
                        let bad = move || bad_cells.with(|set| set.contains(&(sheet.clone(), row_number, column)));
                        let on_input = move |ev: leptos::ev::Event| {
                            let text = event_target_value(&ev);
                            book.update_value(|b| set_cell(b, index, row_number as usize - 1, c, text));
                            edits.notify();
                        };
                        view! {
                            <td class:cell-error=bad>
                                <textarea rows="1" prop:value=value on:input=on_input
                                    aria-label=format!("{}{} {}", fscity_core::sheet_pack::column_letters(column), row_number, header_of(&header, c))
                                    data-cell=format!("{}{}", fscity_core::sheet_pack::column_letters(column), row_number)></textarea>
                            </td>
                        }
                    })
                    .collect_view();
                let remove = move |_| {
                    book.update_value(|b| {
                        let rows = &mut b.sheets[index].rows;
                        if r + 1 < rows.len() {
                            rows.remove(r + 1);
                        }
                    });
                    edits.notify();
                    shape.notify();
                };
                view! {
                    <tr>
                        <th scope="row">{row_number}
                            <button type="button" class="row-remove" data-testid="editor-remove-row" on:click=remove
                                aria-label=format!("{} {row_number}", Msg::EditorRemoveRow.text(lang.get_untracked()))>"×"</button>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="sheet editor-grid" data-testid="editor-grid" data-sheet=name.clone()>
                <thead><tr><th></th>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
    };
    let add_row = move |_| {
        let index = active.get_untracked();
        book.update_value(|b| b.sheets[index].rows.push(Vec::new()));
        shape.notify();
    };
    let problems = move || {
        let lang = lang.get();
        result.with(|r| match r {
            Ok(pack) => view! {
                <p class="import-ok" data-testid="editor-valid">
                    {Msg::EditorValid.text(lang)} " " {pack.id.clone()} " v" {pack.version}
                </p>
            }
            .into_any(),
            Err(errors) => view! {
                <ul class="import-problems" data-testid="editor-problems">
                    {errors.iter().take(50).map(|e| view! { <li>{e.message(lang)}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    view! {
        <section class="card pack-editor" data-testid="pack-editor">
            <h2>{tr(Msg::EditorHeading)} " · " {title} " v" {base_version}</h2>
            <p class="help">{tr(Msg::EditorIntro)}</p>
            <p data-testid="editor-total">{tr(Msg::EditorTotal)} " " <strong>{move || total().to_string()}</strong></p>
            <nav class="tabs">{tabs}</nav>
            <div class="editor-scroll">{grid}</div>
            <button type="button" data-testid="editor-add-row" on:click=add_row>{tr(Msg::EditorAddRow)}</button>
            {problems}
            <button type="button" class="primary" data-testid="editor-save"
                disabled=move || result.with(|r| r.is_err()) on:click=save>{tr(Msg::EditorSave)}</button>
            <button type="button" data-testid="editor-close" on:click=move |_| close.run(())>{tr(Msg::Close)}</button>
            <p role="status" data-testid="editor-saved">{move || saved.get()}</p>
        </section>
    }
    .into_any()
}

fn header_of(header: &[String], column: usize) -> String {
    header.get(column).cloned().unwrap_or_default()
}

/// Writes `text` at (row, column) of sheet `index`, growing the row as needed.
fn set_cell(book: &mut Workbook, index: usize, row: usize, column: usize, text: String) {
    let rows = &mut book.sheets[index].rows;
    while rows.len() <= row {
        rows.push(Vec::new());
    }
    let cells = &mut rows[row];
    if cells.len() <= column {
        cells.resize(column + 1, RawCell::Empty);
    }
    cells[column] = if text.trim().is_empty() {
        RawCell::Empty
    } else {
        RawCell::Text(text)
    };
}
