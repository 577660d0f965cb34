//! The self-assessment report as a city hands it in: cover, summary, then the 自评表 one major
//! item per printed page. It is an ordinary part of the page, styled for A4 by the print
//! stylesheet, so "save as PDF" in any browser's print dialog produces the file.

use super::sheet_table::SheetTable;
use crate::i18n::{tr, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::store::today;
use crate::workspace::use_store;
use fscity_core::export::{group_tables, printed_appendix, AppendixNote, TableOptions};
use fscity_core::report::{KeyStatus, VetoStatus};
use fscity_core::Localize;
use fscity_core::{Assessment, Lang, Pack, Report};
use leptos::prelude::*;

/// Options, the print button and the report itself.
#[component]
pub fn PrintedReport() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let only_lost = RwSignal::new(false);
    let include_notes = RwSignal::new(true);
    let document = move || {
        let lang = lang.get();
        let options = TableOptions {
            only_lost: only_lost.get(),
            include_notes: include_notes.get(),
        };
        store.assessment.with(|a| {
            store.report.with(|r| match (a, r) {
                (Some(a), Some(r)) => {
                    view! { <ReportDocument pack=store.pack() assessment=a.clone() report=r.clone() options lang/> }
                        .into_any()
                }
                _ => view! { <p>{Msg::ReportNeedsAssessment.text(lang)}</p> }.into_any(),
            })
        })
    };
    view! {
        <div class="report-options no-print">
            <label class="choice">
                <input type="checkbox" data-testid="only-lost" prop:checked=move || only_lost.get()
                    on:change=move |ev| only_lost.set(event_target_checked(&ev))/>
                {tr(Msg::OnlyLost)}
            </label>
            <label class="choice">
                <input type="checkbox" data-testid="include-notes" prop:checked=move || include_notes.get()
                    on:change=move |ev| include_notes.set(event_target_checked(&ev))/>
                {tr(Msg::IncludeNotes)}
            </label>
            <super::print_button::PrintButton/>
        </div>
        {document}
    }
}

#[component]
fn ReportDocument(
    pack: PackRef<Pack>,
    assessment: Assessment,
    report: Report,
    options: TableOptions,
    lang: Lang,
) -> impl IntoView {
    let tables = group_tables(&pack, &assessment, &report, options, lang);
    let appendix = printed_appendix(&pack, &assessment, &report, options, lang);
    let groups = tables
        .into_iter()
        .map(|table| {
            let empty = table.sheet.rows.is_empty();
            view! {
                <section class="print-page group-table" data-group=table.id.clone()>
                    <h2>
                        {Msg::SelfTable.text(lang)} " · " {table.name.clone()}
                        <span class="subtotal">
                            {Msg::Subtotal.text(lang)} " " {table.score.to_string()} " / " {table.max.to_string()}
                        </span>
                    </h2>
                    {if empty {
                        view! { <p>{Msg::NoRowsInGroup.text(lang)}</p> }.into_any()
                    } else {
                        view! { <SheetTable sheet=table.sheet testid="self-table" kind="self-table"/> }.into_any()
                    }}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="report-doc" data-testid="printed-report">
            <Cover pack=pack.clone() assessment lang/>
            <ReportSummary pack report lang/>
            {groups}
            {(!appendix.is_empty()).then(|| view! { <Appendix notes=appendix lang/> })}
        </article>
    }
}

/// Long notes and 扣分原因 in full, at the page's width; the table refers to them by number.
#[component]
fn Appendix(notes: Vec<AppendixNote>, lang: Lang) -> impl IntoView {
    view! {
        <section class="print-page appendix" data-testid="report-appendix">
            <h2>{Msg::Appendix.text(lang)}</h2>
            {notes.into_iter().map(|n| view! {
                <section class="appendix-note" data-appendix=n.number>
                    <h3>{Sentence::AppendixNote { number: n.number, indicator: n.indicator.to_string(), field: n.field.label(lang).to_string() }.message(lang)}</h3>
                    <p class="pack-text">{n.text}</p>
                </section>
            }).collect_view()}
        </section>
    }
}

/// City, assessment, dates, the criteria and its provenance notice.
#[component]
pub fn Cover(pack: PackRef<Pack>, assessment: Assessment, lang: Lang) -> impl IntoView {
    let updated: String = assessment.updated.chars().take(10).collect();
    let notice = if pack.points_official {
        Msg::NoticePointsOfficial
    } else {
        Msg::NoticePointsIllustrative
    };
    view! {
        <header class="cover">
            <h1>{Msg::ReportTitle.text(lang)}</h1>
            <dl class="facts">
                <dt>{Msg::CityName.text(lang)}</dt><dd data-testid="report-city">{assessment.city.clone()}</dd>
                <dt>{Msg::AssessmentName.text(lang)}</dt><dd>{assessment.name.clone()}</dd>
                <dt>{Msg::ReportDate.text(lang)}</dt><dd>{today()}</dd>
                <dt>{Msg::LastChanged.text(lang)}</dt><dd>{updated}</dd>
                <dt>{Msg::Criteria.text(lang)}</dt>
                <dd>{pack.title.get(lang).to_owned()} " (" {pack.edition.clone()} ") · " {Msg::PackVersion.text(lang)} " " {pack.version}</dd>
            </dl>
            <div class="cover-notice">
                <strong>{Msg::NoticeHeading.text(lang)}</strong>
                <p>{pack.provenance.get(lang).to_owned()}</p>
                <p>{notice.text(lang)}</p>
            </div>
        </header>
    }
}

/// Total, verdict with reasons, group scores, veto items and key items.
#[component]
fn ReportSummary(pack: PackRef<Pack>, report: Report, lang: Lang) -> impl IntoView {
    let total = &report.total;
    let rescaled = total.counts.not_applicable > 0;
    let rescale_note = total.explain().get(lang).to_owned();
    let verdict = report.verdict.outcome.label().get(lang).to_owned();
    let reasons = report
        .verdict
        .reasons
        .iter()
        .map(|r| view! { <li>{r.text.get(lang).to_owned()}</li> })
        .collect_view();
    let groups = report
        .groups
        .iter()
        .map(|g| {
            view! {
                <tr>
                    <td>{g.name.get(lang).to_owned()}</td>
                    <td class="num">{g.awarded.to_string()}</td>
                    <td class="num">{g.max.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let vetoes = report
        .vetoes
        .iter()
        .map(|v| {
            let status = match v.status {
                VetoStatus::Clear => Msg::VetoClear,
                VetoStatus::Triggered => Msg::VetoTriggered,
                VetoStatus::Unknown => Msg::VetoUnknown,
            };
            view! {
                <tr>
                    <td>{v.id.to_string()} " " {v.name.get(lang).to_owned()}</td>
                    <td>{status.text(lang)}</td>
                    <td>{v.explain().get(lang).to_owned()}</td>
                </tr>
            }
        })
        .collect_view();
    let keys = report
        .key_items
        .iter()
        .map(|k| {
            let name = pack
                .indicator(&k.indicator)
                .map(|i| i.name.get(lang).to_owned())
                .unwrap_or_default();
            let status = match k.status {
                KeyStatus::Met => Msg::KeyMet,
                KeyStatus::Below => Msg::KeyBelow,
                KeyStatus::Unknown => Msg::KeyUnknown,
                KeyStatus::NotApplicable => Msg::NotApplicableShort,
            };
            view! {
                <tr>
                    <td>{k.indicator.to_string()} " " {name}</td>
                    <td class="num">{k.awarded.to_string()} " / " {k.max.to_string()}</td>
                    <td class="num">{k.floor_percent} "%"</td>
                    <td>{status.text(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="report-summary">
            <h2>{Msg::Summary.text(lang)}</h2>
            <p class="headline">
                {Msg::TotalScore.text(lang)} " "
                <strong data-testid="report-total">{total.score.to_string()}</strong>
                " / " {total.scale.to_string()}
                " · " {Msg::Verdict.text(lang)} " "
                <strong data-testid="report-verdict">{verdict}</strong>
            </p>
            // With N/A answers the total is rescaled: said on page 1, beside the figure it changes.
            {rescaled.then(|| view! { <p class="rescale-note" data-testid="report-rescaled">{rescale_note}</p> })}
            <h3>{Msg::VerdictReasons.text(lang)}</h3>
            <ul class="reasons">{reasons}</ul>
            <h3>{Msg::GroupScores.text(lang)}</h3>
            <table class="sheet compact">
                <thead><tr>
                    <th scope="col">{Msg::GroupColumn.text(lang)}</th>
                    <th scope="col">{Msg::ScoreHeader.text(lang)}</th>
                    <th scope="col">{Msg::MaxHeader.text(lang)}</th>
                </tr></thead>
                <tbody>{groups}</tbody>
            </table>
            <h3>{Msg::Vetoes.text(lang)}</h3>
            <table class="sheet compact">
                <thead><tr>
                    <th scope="col">{Msg::Vetoes.text(lang)}</th>
                    <th scope="col">{Msg::Status.text(lang)}</th>
                    <th scope="col">{Msg::VerdictReasons.text(lang)}</th>
                </tr></thead>
                <tbody>{vetoes}</tbody>
            </table>
            <h3>{Msg::KeyItems.text(lang)}</h3>
            <table class="sheet compact">
                <thead><tr>
                    <th scope="col">{Msg::IndicatorColumn.text(lang)}</th>
                    <th scope="col">{Msg::PointsEarned.text(lang)}</th>
                    <th scope="col">{Msg::Floor.text(lang)}</th>
                    <th scope="col">{Msg::Status.text(lang)}</th>
                </tr></thead>
                <tbody>{keys}</tbody>
            </table>
        </section>
    }
}
