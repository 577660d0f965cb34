//! The assessment store: one signal holding the city's answers, one memo holding the report.
//!
//! Every edit goes through a method here, which calls a pure `fscity-core` mutation; the report
//! is recomputed once per change by [`fscity_core::evaluate`] and components read slices of it
//! through memos, so a keystroke costs one evaluation, not one per component.

use crate::pack_ref::PackRef;
use fscity_core::report::IndicatorResult;
use fscity_core::{evaluate, Answer, Assessment, Decimal, Entry, Pack, Report};
use leptos::prelude::*;
use std::sync::Arc;

/// The city's assessment and everything derived from it.
#[derive(Clone, Copy)]
pub struct AssessmentStore {
    /// The pack the assessment answers, shared with the shelf.
    pack: StoredValue<Arc<Pack>>,
    /// The assessment; `None` until the city starts one. Read-only: every change goes through
    /// [`AssessmentStore::edit`] or [`AssessmentStore::replace`], which keep the row table true.
    pub assessment: ReadSignal<Option<Assessment>>,
    /// The writable side of `assessment`, used only by `edit` and `replace`.
    written: RwSignal<Option<Assessment>>,
    /// The report of the current answers.
    pub report: Memo<Option<Report>>,
    /// The indicator being edited, by stable ID.
    pub current: RwSignal<String>,
    /// Each indicator's position in pack order, which is also its position in a report. Owned
    /// by the workspace's reactive owner, so a switch of pack frees it.
    positions: StoredValue<std::collections::HashMap<String, usize>>,
    /// One signal per indicator result, owned by the store and set by the edit that changed it
    /// (only when it changed), so an edit re-renders the rows it affects and not every row of a
    /// large pack. Chosen over one memo per row by `make bench`: on the 5,000-indicator pack
    /// 5,000 memos re-checked after each answer cost about 20× more.
    results: StoredValue<Vec<RwSignal<Option<IndicatorResult>>>>,
}

/// The browser's clock as an ISO 8601 string; the core reads no clock itself.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date on the user's clock, `YYYY-MM-DD` in local time (an office in Beijing at 07:00
/// is already on the next day in its own calendar, not UTC's), for due dates and report dates.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

impl AssessmentStore {
    /// A store for `pack` with no assessment yet.
    pub fn new(pack: Arc<Pack>) -> AssessmentStore {
        let assessment = RwSignal::new(None::<Assessment>);
        let scored = pack.clone();
        let report =
            Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| evaluate(&scored, a))));
        let first = pack
            .indicators()
            .next()
            .map(|i| i.id.clone())
            .unwrap_or_default();
        let positions = StoredValue::new(
            pack.indicators()
                .enumerate()
                .map(|(n, i)| (i.id.clone(), n))
                .collect(),
        );
        let results = StoredValue::new(
            pack.indicators()
                .map(|_| RwSignal::new(None))
                .collect::<Vec<RwSignal<Option<IndicatorResult>>>>(),
        );
        AssessmentStore {
            pack: StoredValue::new(pack),
            assessment: assessment.read_only(),
            written: assessment,
            report,
            current: RwSignal::new(first),
            positions,
            results,
        }
    }

    /// The pack the assessment answers.
    pub fn pack(&self) -> PackRef {
        PackRef::new(self.pack.get_value())
    }

    /// The path to pass of the open assessment (tracked). Planned only where it is shown (a
    /// `Memo` in the gap view), not on every edit: on a large pack it is most of the work.
    pub fn path_to_pass(&self) -> Option<fscity_core::report::PathToPass> {
        let pack = self.pack.get_value();
        self.report.with(|report| {
            let report = report.as_ref()?;
            self.assessment.with(|a| {
                a.as_ref()
                    .map(|a| fscity_core::path_to_pass(&pack, a, report))
            })
        })
    }

    /// Applies a pure change to the assessment and stamps the time.
    pub fn edit(&self, change: impl FnOnce(&mut Assessment)) {
        let stamp = now();
        self.written.update(|a| {
            if let Some(a) = a {
                change(a);
                a.touch(&stamp);
            }
        });
        self.refresh_rows();
    }

    /// Puts a whole assessment in place (opened, demo, moved, closed with `None`).
    pub fn replace(&self, assessment: Option<Assessment>) {
        self.written.set(assessment);
        self.refresh_rows();
    }

    /// Sets each row whose result the last change altered. Reports list indicators in pack
    /// order, so row `n` is `report.indicators[n]`.
    fn refresh_rows(&self) {
        self.report.with_untracked(|r| {
            self.results.with_value(|rows| {
                for (n, row) in rows.iter().enumerate() {
                    let fresh = r.as_ref().and_then(|r| r.indicators.get(n));
                    if row.with_untracked(|old| old.as_ref() != fresh) {
                        row.set(fresh.cloned());
                    }
                }
            })
        })
    }

    /// Sets or replaces an indicator's answer.
    pub fn set_answer(&self, id: &str, answer: Answer) {
        self.edit(|a| a.set_answer(id, answer));
    }

    /// Removes an indicator's answer (keeping notes and the rest).
    pub fn clear_answer(&self, id: &str) {
        self.edit(|a| a.clear_answer(id));
    }

    /// Records one calculator figure.
    pub fn set_input(&self, id: &str, input: &str, value: Decimal) {
        self.edit(|a| a.set_input(id, input, value));
    }

    /// Removes one calculator figure.
    pub fn remove_input(&self, id: &str, input: &str) {
        self.edit(|a| a.remove_input(id, input));
    }

    /// Edits the non-answer fields of an indicator's entry.
    pub fn edit_entry(&self, id: &str, change: impl FnOnce(&mut Entry)) {
        self.edit(|a| change(a.entry_mut(id)));
    }

    /// Records a declaration veto; `None` takes the declaration back.
    pub fn declare_veto(&self, veto: &str, happened: Option<bool>) {
        self.edit(|a| match happened {
            Some(h) => a.declare_veto(veto, h),
            None => a.clear_veto(veto),
        });
    }

    /// A memo of one indicator's entry (cloned), re-running only when the assessment changes.
    pub fn entry(&self, id: String) -> Memo<Entry> {
        let assessment = self.assessment;
        Memo::new(move |_| {
            assessment.with(|a| {
                a.as_ref()
                    .and_then(|a| a.entry(&id))
                    .cloned()
                    .unwrap_or_default()
            })
        })
    }

    /// One indicator's result, updated only when it changes.
    pub fn result(&self, id: String) -> Signal<Option<IndicatorResult>> {
        let slot = self
            .positions
            .with_value(|p| p.get(&id).copied())
            .and_then(|n| self.results.with_value(|r| r.get(n).copied()));
        match slot {
            Some(slot) => slot.into(),
            None => Signal::derive(|| None),
        }
    }

    /// Moves the editor to the indicator `step` places away in pack order.
    pub fn step(&self, step: isize) {
        let Some(next) = self.pack.with_value(|pack| {
            let ids: Vec<&str> = pack.indicators().map(|i| i.id.as_str()).collect();
            let here = self
                .current
                .with_untracked(|c| ids.iter().position(|id| id == c))
                .unwrap_or(0);
            let next = (here as isize + step).clamp(0, ids.len() as isize - 1) as usize;
            ids.get(next).map(|id| (*id).to_owned())
        }) else {
            return;
        };
        self.current.set(next);
    }
}
