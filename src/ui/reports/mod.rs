//! Reports a city hands in: the printed self-assessment report, the action list per department,
//! progress between two assessments, and the CSV/Excel exports. Every table is built by
//! `fscity_core::export` from the same report the screen shows.

mod action_plan;
mod choice;
mod exports;
mod item_marks;
mod package;
mod package_screen;
mod print_button;
mod printed;
mod progress;
mod review_rounds;
mod sheet_table;

pub use exports::ExportButtons;

use crate::i18n::{tr, Msg, Words};
use crate::ui::inspection::inspection_chunk;
use crate::ui::interviews::interviews_chunk;
use crate::ui::lazy::Lazy;
use crate::ui::poll::poll_chunk;
use crate::ui::report_link::{ReportKind as Kind, ReportLink};
use crate::ui::team::team_chunk;
use action_plan::ActionPlan;
use choice::radio_choice;
use leptos::prelude::*;
use package::EvidencePackage;
use printed::PrintedReport;
use progress::Progress;

crate::ui::lazy::chunk!(
    /// The reports view with the print, CSV and Excel exports: a chunk of its own.
    pub mod reports_chunk: () = |()| view! { <ReportsView/> }.into_any()
);

/// The reports view: a choice of report, the exports, and the report itself. The choice is
/// the workspace's (`ReportLink`), so it stays while other tabs are visited and a link can
/// set it.
#[component]
pub fn ReportsView() -> impl IntoView {
    let kind = use_context::<ReportLink>()
        .map(|l| l.kind)
        .unwrap_or_else(|| RwSignal::new(Kind::Printed));
    view! {
        <section class="card reports" data-testid="reports-view">
            <div class="no-print">
                <fieldset class="report-kinds">
                    <legend>{tr(Msg::ReportKinds)}</legend>
                    {kind_choice(kind, Kind::Printed, Msg::ReportPrinted, "report-printed")}
                    {kind_choice(kind, Kind::Actions, Msg::ReportActions, "report-actions")}
                    {kind_choice(kind, Kind::Progress, Msg::ReportProgress, "report-progress")}
                    {kind_choice(kind, Kind::Package, Msg::ReportPackage, "report-package")}
                    {kind_choice(kind, Kind::Interviews, Msg::ReportInterviews, "report-interviews")}
                    {kind_choice(kind, Kind::Inspection, Msg::ReportInspection, "report-inspection")}
                    {kind_choice(kind, Kind::Poll, Msg::ReportPoll, "report-poll")}
                    {kind_choice(kind, Kind::Team, Msg::ReportTeam, "report-team")}
                </fieldset>
                <ExportButtons/>
            </div>
            {move || match kind.get() {
                Kind::Printed => view! { <PrintedReport/> }.into_any(),
                Kind::Actions => view! { <ActionPlan/> }.into_any(),
                Kind::Progress => view! { <Progress/> }.into_any(),
                Kind::Package => view! { <EvidencePackage/> }.into_any(),
                Kind::Interviews => view! { <Lazy load=interviews_chunk::load props=()/> }.into_any(),
                Kind::Inspection => view! { <Lazy load=inspection_chunk::load props=()/> }.into_any(),
                Kind::Poll => view! { <Lazy load=poll_chunk::load props=()/> }.into_any(),
                Kind::Team => view! { <Lazy load=team_chunk::load props=()/> }.into_any(),
            }}
        </section>
    }
}

/// One choice of report.
fn kind_choice<W: Words>(
    kind: RwSignal<Kind>,
    value: Kind,
    label: W,
    testid: &'static str,
) -> impl IntoView {
    radio_choice(kind, value, label, "report-kind", testid)
}
