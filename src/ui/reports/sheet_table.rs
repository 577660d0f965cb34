//! A core [`Sheet`] as an HTML table. The printed 自评表, the action list and the comparison are
//! all sheets built by the core, so the screen and every export show the same cells.

use fscity_core::export::{Cell, Sheet};
use leptos::prelude::*;

/// The sheet with its header row in `<thead>` (repeated on every printed page) and numbers
/// right-aligned. `row_classes`, when given, adds a class per row (e.g. `overdue`).
#[component]
pub fn SheetTable(
    sheet: Sheet,
    #[prop(optional)] row_classes: Vec<&'static str>,
    #[prop(optional)] testid: &'static str,
    /// Extra class naming the kind of table, for column widths in print.
    #[prop(optional)]
    kind: &'static str,
) -> impl IntoView {
    let Sheet { headers, rows } = sheet;
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let class = row_classes.get(i).copied().unwrap_or_default();
            view! { <tr class=class>{row.into_iter().map(cell).collect_view()}</tr> }
        })
        .collect_view();
    view! {
        <table class=format!("sheet {kind}") data-testid=testid>
            <thead>
                <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
}

fn cell(cell: Cell) -> impl IntoView {
    let (class, text) = match cell {
        Cell::Text(text) => ("", text),
        Cell::Points(points) => ("num", points.to_string()),
        Cell::Count(n) => ("num", n.to_string()),
        Cell::Delta(delta) => ("num", delta.to_string()),
        Cell::Empty => ("", String::new()),
    };
    view! { <td class=class>{text}</td> }
}
