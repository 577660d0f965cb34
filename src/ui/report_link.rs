//! Which report the reports view shows, kept per workspace so that a view elsewhere can open
//! one: a figure applied from a poll ("来自 2026年6月自测（n = 1,100）") opens that poll. Shared
//! by the answer fields and the reports chunk, so it lives apart from both.

use crate::ui::tabs::View;
use leptos::prelude::*;

/// A report of the reports view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReportKind {
    /// The printed self-assessment report.
    #[default]
    Printed,
    /// The action list per department.
    Actions,
    /// Progress between two assessments.
    Progress,
    /// The 资料审查 evidence package.
    Package,
    /// The 领导访谈 rehearsal.
    Interviews,
    /// The 现场检查 rehearsal.
    Inspection,
    /// The 满意度/知晓率 poll rehearsal.
    Poll,
    /// The review team (评价组协作).
    Team,
}

/// The workspace's view and report, and the poll a link asked for.
#[derive(Clone, Copy)]
pub struct ReportLink {
    /// The tab shown.
    pub view: RwSignal<View>,
    /// The report shown under Reports.
    pub kind: RwSignal<ReportKind>,
    /// The poll to show when the poll report opens from a link.
    pub poll: RwSignal<Option<u32>>,
}

impl ReportLink {
    /// Provides one for the workspace whose tabs are `view`.
    pub fn provide(view: RwSignal<View>) -> ReportLink {
        let link = ReportLink {
            view,
            kind: RwSignal::new(ReportKind::Printed),
            poll: RwSignal::new(None),
        };
        provide_context(link);
        link
    }

    /// Opens poll `id` in the poll report.
    pub fn open_poll(&self, id: u32) {
        self.poll.set(Some(id));
        self.kind.set(ReportKind::Poll);
        self.view.set(View::Reports);
    }
}
