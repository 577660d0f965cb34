//! The evidence package as printed: the 资料目录 (one major item per page, each item with its
//! number, with the counts ready and missing), or per 责任单位 the items still to supply, the
//! page a 食安办 hands to each department. Both are built by `fscity_core::export` from the
//! assessment, so the screen, the print and the CSV list the same items.

use super::choice::radio_choice;
use super::package_screen::{counts_line, DueOnScreen, IndexOnScreen, PrintCopy};
use super::review_rounds::ReviewRounds;
use super::sheet_table::SheetTable;
use crate::i18n::{tr, use_lang, EvidenceWords, Msg};
use crate::store::today;
use crate::workspace::use_store;
use fscity_core::export::{
    box_labels, due_by_department, package_index, package_summary, submission_forms, StateCounts,
};
use leptos::prelude::*;

/// Which of the two is shown and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Index,
    Forms,
    Due,
    Labels,
    Rounds,
}

/// The 资料目录 or the per-department list, with print.
#[component]
pub fn EvidencePackage() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let part = RwSignal::new(Part::Index);
    let heading = move || {
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| format!("{} · {} · {}", a.city, a.name, today()))
                .unwrap_or_default()
        })
    };
    let summary = Memo::new(move |_| {
        let lang = lang.get();
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| package_summary(&store.pack(), a, lang))
                .unwrap_or_default()
        })
    });
    let index = Memo::new(move |_| {
        let lang = lang.get();
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| package_index(&store.pack(), a, lang))
                .unwrap_or_default()
        })
    });
    let due = Memo::new(move |_| {
        let lang = lang.get();
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| due_by_department(&store.pack(), a, lang))
                .unwrap_or_default()
        })
    });
    let total = move || {
        summary.with(|sections| {
            sections
                .iter()
                .fold(StateCounts::default(), |t, s| StateCounts {
                    ready: t.ready + s.counts.ready,
                    missing: t.missing + s.counts.missing,
                    unavailable: t.unavailable + s.counts.unavailable,
                })
        })
    };
    let index_pages = move || {
        let lang = lang.get();
        index
            .get()
            .into_iter()
            .map(|s| {
                view! {
                    <section class="print-page package-section" data-print-group=s.group.clone()>
                        <p class="page-context">{heading}</p>
                        <h2>
                            {EvidenceWords::PackageIndex.text(lang)} " · " {s.name.clone()}
                            <span class="subtotal">{counts_line(s.counts, lang)}</span>
                        </h2>
                        <SheetTable sheet=s.sheet testid="package-index" kind="package-table"/>
                    </section>
                }
            })
            .collect_view()
    };
    let due_pages = move || {
        let lang = lang.get();
        due.get()
            .into_iter()
            .map(|d| {
                let name = if d.department.is_empty() {
                    Msg::NoDepartment.text(lang).to_owned()
                } else {
                    d.department.clone()
                };
                view! {
                    <section class="print-page department" data-print-department=name.clone()>
                        <p class="page-context">{heading}</p>
                        <h2>
                            {EvidenceWords::PackageDue.text(lang)} " · " {name.clone()}
                            <span class="subtotal">{counts_line(d.counts, lang)}</span>
                        </h2>
                        <SheetTable sheet=d.sheet testid="print-due" kind="package-table"/>
                    </section>
                }
            })
            .collect_view()
    };
    // One 材料提交表 per indicator, its score from the report the screen shows.
    let form_pages = move || {
        let lang = lang.get();
        let forms = store.assessment.with(|a| {
            let Some(a) = a else { return Vec::new() };
            store.report.with(|r| {
                r.as_ref()
                    .map(|r| submission_forms(&store.pack(), a, r, lang))
                    .unwrap_or_default()
            })
        });
        if forms.is_empty() {
            return view! { <p data-testid="package-empty">{EvidenceWords::PackageEmpty.text(lang)}</p> }.into_any();
        }
        forms
            .into_iter()
            .map(|f| {
                view! {
                    <section class="print-page submission-form" data-testid="submission-form" data-indicator=f.indicator.clone()>
                        <p class="page-context">{heading}</p>
                        <h2>{EvidenceWords::EvidenceEntries.text(lang)} " · " {f.indicator.clone()} " " {f.name.clone()}</h2>
                        <p class="form-group">{f.group.clone()}</p>
                        <dl class="form-facts">
                            <dt>{EvidenceWords::FormScore.text(lang)}</dt>
                            <dd data-testid="form-score">{f.score.clone()}</dd>
                            <dt>{EvidenceWords::FormConclusion.text(lang)}</dt>
                            <dd data-testid="form-conclusion" class="pack-text">{f.conclusion.clone()}</dd>
                            <dt>{EvidenceWords::FormCounts.text(lang)}</dt>
                            <dd>{counts_line(f.counts, lang)}</dd>
                        </dl>
                        <SheetTable sheet=f.sheet testid="form-items" kind="package-table"/>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    let labels = Memo::new(move |_| {
        let lang = lang.get();
        store.assessment.with(|a| {
            a.as_ref()
                .map(|a| box_labels(&store.pack(), a, lang))
                .unwrap_or_default()
        })
    });
    // One label per box (or folder) the items name: what is inside, from which major items.
    let label_cards = move || {
        let lang = lang.get();
        labels
            .get()
            .into_iter()
            .map(|l| {
                let place = if l.location.is_empty() {
                    EvidenceWords::LabelNoPlace.text(lang).to_owned()
                } else {
                    l.location.clone()
                };
                let count = l.items.len();
                view! {
                    <section class="box-label" data-testid="box-label" data-location=l.location.clone()>
                        <p class="page-context">{heading}</p>
                        <h2 class="box-place">{place}</h2>
                        <p class="box-groups">{lang.join(&l.groups.iter().map(String::as_str).collect::<Vec<_>>())}</p>
                        <p class="box-range" data-testid="box-range">
                            {EvidenceWords::LabelRange.text(lang)} " " {l.range.0.clone()} " – " {l.range.1.clone()}
                            " · " {count} " " {EvidenceWords::LabelItems.text(lang)}
                        </p>
                        <ol class="box-items">
                            {l.items.into_iter().map(|(number, title)| view! { <li><strong>{number}</strong> " " {title}</li> }).collect_view()}
                        </ol>
                    </section>
                }
            })
            .collect_view()
    };
    let choice = move |value: Part, label: EvidenceWords, testid: &'static str| {
        radio_choice(part, value, label, "package-part", testid)
    };
    view! {
        <div class="report-options no-print">
            <p class="help">{tr(EvidenceWords::PackageIntro)}</p>
            {choice(Part::Index, EvidenceWords::PackageIndex, "package-index-choice")}
            {choice(Part::Forms, EvidenceWords::EvidenceEntries, "package-forms-choice")}
            {choice(Part::Due, EvidenceWords::PackageDue, "package-due-choice")}
            {choice(Part::Labels, EvidenceWords::PackageLabels, "package-labels-choice")}
            {choice(Part::Rounds, EvidenceWords::ReviewRounds, "package-rounds-choice")}
            <p data-testid="package-total">{move || counts_line(total(), lang.get())}</p>
            <super::print_button::PrintButton/>
        </div>
        <article class="report-doc evidence-package" data-testid="evidence-package">
            {move || match part.get() {
                // Review rounds start before any evidence is listed.
                Part::Rounds => view! { <ReviewRounds/> }.into_any(),
                // A form may hold only a conclusion, before any item is listed.
                Part::Forms => form_pages().into_any(),
                _ if summary.with(Vec::is_empty) => view! {
                    <p data-testid="package-empty">{tr(EvidenceWords::PackageEmpty)}</p>
                }
                .into_any(),
                Part::Index => view! {
                    <IndexOnScreen summary index/>
                    <PrintCopy>{index_pages}</PrintCopy>
                }
                .into_any(),
                Part::Due => view! {
                    <DueOnScreen due/>
                    <PrintCopy>{due_pages}</PrintCopy>
                }
                .into_any(),
                Part::Labels => label_cards().into_any(),
            }}
        </article>
    }
}
