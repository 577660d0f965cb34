//! Blank check sheets for paper use: one printed page per sheet the plan needs, in the shape of
//! the public 暗访 sheets (unit, address, date and inspectors at the head; 序号, item, points, the
//! lettered findings to tick, the deduction; 其他问题 and signatures at the foot), so a group
//! without a phone records the same items the app scores.

use fscity_core::inspection::{CheckSheet, Inspection, Plan, SheetPack};
use fscity_core::Lang;
use leptos::prelude::*;

use crate::i18n::InspectionWords as W;

/// The sheets of the plan's points, each once, in the order first needed.
pub fn blank_sheets(
    sheets: &SheetPack,
    inspection: &Inspection,
    plan: &Plan,
    heading: &str,
    lang: Lang,
) -> Vec<AnyView> {
    let mut needed: Vec<&CheckSheet> = Vec::new();
    for n in plan.open.points.iter().chain(&plan.covert.points) {
        let sheet = inspection
            .point(*n)
            .and_then(|p| sheets.sheet_for(&p.unit_type));
        if let Some(sheet) = sheet.filter(|s| !needed.iter().any(|n| n.id == s.id)) {
            needed.push(sheet);
        }
    }
    needed
        .into_iter()
        .map(|sheet| blank_sheet(sheet, heading, lang))
        .collect()
}

fn blank_sheet(sheet: &CheckSheet, heading: &str, lang: Lang) -> AnyView {
    let rows = sheet
        .items
        .iter()
        .map(|item| {
            let choices = if item.findings.is_empty() {
                format!(
                    "□{}　□{}",
                    W::Compliant.text(lang),
                    W::NotCompliant.text(lang)
                )
            } else {
                let mut all: Vec<String> = item
                    .findings
                    .iter()
                    .map(|f| format!("□{} {}", f.id, f.text.get(lang)))
                    .collect();
                all.push(format!("□{}", W::Compliant.text(lang)));
                all.join("　")
            };
            view! {
                <tr>
                    <td>{item.id.clone()}</td>
                    <td>{item.key.then_some("★ ")}{item.text.get(lang).to_owned()}</td>
                    <td class="num">{item.points.to_string()}</td>
                    <td>{choices}</td>
                    <td></td>
                </tr>
            }
        })
        .collect_view();
    let field = |label: W| {
        view! { <tr><th scope="row">{label.text(lang)}</th><td class="blank"></td></tr> }
    };
    view! {
        <section class="print-page blank-sheet" data-testid="blank-sheet" data-sheet=sheet.id.clone()>
            <p class="page-context">{heading.to_owned()}</p>
            <h2>{W::BlankSheet.text(lang)} " · " {sheet.title.get(lang).to_owned()}</h2>
            <table class="sheet blank-fields">
                <tbody>
                    {field(W::Name)}
                    {field(W::Address)}
                    {field(W::Date)}
                    {field(W::Inspectors)}
                </tbody>
            </table>
            <table class="sheet">
                <thead><tr>
                    <th scope="col">{W::Seq.text(lang)}</th>
                    <th scope="col">{W::Item.text(lang)}</th>
                    <th scope="col">{W::ItemScore.text(lang)}</th>
                    <th scope="col">{W::FindingsColumn.text(lang)}</th>
                    <th scope="col">{W::Deducted.text(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="help">{W::KeyLegend.text(lang)} " · " {W::SheetProvenance.text(lang)} {sheet.provenance.confidence.label().get(lang).to_owned()}</p>
            <p class="blank-box">{W::PointNote.text(lang)}{lang.colon()}</p>
            <p class="signatures">{W::Signatures.text(lang)}</p>
        </section>
    }
    .into_any()
}
