//! Autosave and the other tabs: a change is written within half a second and when the page is
//! hidden; a newer copy written by another tab (seen through `storage` events and the revision
//! counter) is loaded if this tab has nothing unsaved, and otherwise the user chooses.

use super::persistence::{Persistence, APP_VERSION};
use super::save_status::{status_after, Conflict, SaveStatus};
use crate::store::{now, AssessmentStore};
use fscity_core::saved::sync::{ForeignStep, SaveStep};
use fscity_core::saved::{read_record, SavedAssessment};
use leptos::prelude::*;

const DEBOUNCE_MS: i32 = 400;

impl Persistence {
    /// The open assessment's JSON, as the policy compares it.
    fn current_json(assessments: AssessmentStore) -> Option<String> {
        assessments
            .assessment
            .with_untracked(|a| a.as_ref().map(fscity_core::saved::assessment_json))
    }

    /// True when the open assessment differs from what this tab last wrote or read.
    pub fn is_dirty(&self, assessments: AssessmentStore) -> bool {
        Self::current_json(assessments)
            .is_some_and(|json| self.copy.with_value(|c| c.is_dirty(&json)))
    }

    /// Writes the open assessment now if it changed. Refuses (and raises a conflict) when
    /// another tab has written a newer revision since this tab last read or wrote it.
    pub fn save_now(&self, assessments: AssessmentStore) {
        let (Some(id), Some(json)) = (
            self.open_id.get_untracked(),
            Self::current_json(assessments),
        ) else {
            return;
        };
        // The record this tab wrote last is not read again to learn its revision.
        let stored = self.store.get_value().get(&format!("a.{id}"));
        let own = stored
            .as_deref()
            .and_then(|text| self.copy.with_value(|c| c.own_revision(text)));
        let stored = match own {
            Some(_) => None,
            None => stored.and_then(|raw| read_record(&raw).ok()),
        };
        let conflict_open = self.conflict.with_untracked(Option::is_some);
        let revision = own.or(stored.as_ref().map(|s| s.revision));
        let step = self
            .copy
            .with_value(|c| c.save(&json, revision, conflict_open));
        if let (SaveStep::Conflict, Some(theirs)) = (step, stored) {
            self.conflict.set(Some(Conflict { theirs }));
        }
        if let SaveStep::Write { revision } = step {
            if let Some(assessment) = assessments.assessment.get_untracked() {
                self.write(&id, assessment, json, revision, assessments);
            }
        }
    }

    fn write(
        &self,
        id: &str,
        assessment: fscity_core::Assessment,
        json: String,
        revision: u64,
        assessments: AssessmentStore,
    ) {
        let saved = SavedAssessment::new(assessment, APP_VERSION, &now(), revision);
        let record = saved.to_json();
        let written = self.store.get_value().set(&format!("a.{id}"), &record);
        if written.is_ok() {
            self.copy
                .update_value(|c| c.written(revision, json, record));
            self.refresh_listing(id, &saved, assessments.pack().pack());
        }
        self.status.set(status_after(written));
    }

    /// Resolves a conflict by loading the other tab's copy (this tab's edits are dropped —
    /// the UI offers a download of them first).
    pub fn take_theirs(&self, assessments: AssessmentStore) {
        if let (Some(conflict), Some(id)) =
            (self.conflict.get_untracked(), self.open_id.get_untracked())
        {
            self.adopt(&id, conflict.theirs, assessments);
        }
    }

    /// Resolves a conflict by writing this tab's copy over the other tab's.
    pub fn keep_mine(&self, assessments: AssessmentStore) {
        if let Some(conflict) = self.conflict.get_untracked() {
            self.copy
                .update_value(|c| c.keep_mine(conflict.theirs.revision));
            self.conflict.set(None);
            self.save_now(assessments);
        }
    }

    /// Another tab wrote `name`: follow it.
    fn on_foreign_write(&self, name: &str, assessments: AssessmentStore) {
        let open = self.open_id.get_untracked();
        let is_open = open.as_deref().is_some_and(|id| name == format!("a.{id}"));
        if !is_open {
            if name.starts_with("a.") {
                self.reload_list(assessments);
            }
            return;
        }
        let Some(theirs) = self
            .store
            .get_value()
            .get(name)
            .and_then(|raw| read_record(&raw).ok())
        else {
            return;
        };
        let current = Self::current_json(assessments).unwrap_or_default();
        match self
            .copy
            .with_value(|c| c.foreign_write(theirs.revision, &current))
        {
            ForeignStep::Ignore => {}
            ForeignStep::Conflict => self.conflict.set(Some(Conflict { theirs })),
            ForeignStep::Adopt => {
                if let Some(id) = open {
                    self.adopt(&id, theirs, assessments);
                }
            }
        }
    }
}

/// Wires autosave: debounced on every change, at once when the page is hidden, and listening
/// to other tabs. Call once per workspace; everything is undone when its owner is cleaned up.
pub fn install_autosave(p: Persistence, assessments: AssessmentStore) {
    // Shared with the cleanup below, which must still reach it when the workspace's own
    // reactive values are being disposed.
    let pending = std::sync::Arc::new(std::sync::Mutex::new(None::<TimeoutHandle>));
    let timer = pending.clone();
    Effect::new(move |_| {
        assessments.assessment.track();
        // The status first: comparing the whole record is needed only once per run of edits.
        if matches!(
            p.status.get_untracked(),
            SaveStatus::Saved(_) | SaveStatus::Idle
        ) && p.is_dirty(assessments)
        {
            p.status.set(SaveStatus::Pending);
        }
        if let Some(handle) = timer.lock().ok().and_then(|mut t| t.take()) {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || p.save_now(assessments),
            std::time::Duration::from_millis(DEBOUNCE_MS as u64),
        );
        if let Ok(mut slot) = timer.lock() {
            *slot = handle.ok();
        }
    });
    Effect::new(move |_| {
        let indicator = assessments.current.get();
        p.open_id.track();
        p.save_state(&indicator);
    });
    // Listeners go when the workspace goes (a switch to another pack starts a new one).
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| p.save_now(assessments));
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden())
        {
            p.save_now(assessments);
        }
    });
    // Closing the tab saves what can be saved; what cannot (a conflict, a failed write) asks.
    let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        p.save_now(assessments);
        if p.is_dirty(assessments) {
            event.prevent_default();
            event.set_return_value("unsaved");
        }
    });
    let storage = window_event_listener(leptos::ev::storage, move |event| {
        let Some(key) = event.key() else {
            p.reload_list(assessments);
            return;
        };
        let store = p.store.get_value();
        if let Some(name) = store.name_of(&key) {
            p.on_foreign_write(name, assessments);
        }
    });
    on_cleanup(move || {
        // A save still waiting would run against a workspace that is gone; the switch that
        // ends a workspace saves first.
        if let Some(handle) = pending.lock().ok().and_then(|mut t| t.take()) {
            handle.clear();
        }
        pagehide.remove();
        hidden.remove();
        unload.remove();
        storage.remove();
    });
}
