//! A part of the record that rides as JSON (`Stowed`: the 资料审查 rounds, the 领导访谈 drill,
//! the 现场检查 record) is typed by the chunk that shows it. One home for how such a view reads
//! it and changes it: a step runs on a copy and only one that succeeds is written, so a refused
//! step changes nothing; and a part that does not read (edited by hand) is never written over.

use crate::store::AssessmentStore;
use fscity_core::assessment::stowed::Stow;
use fscity_core::Assessment;
use leptos::prelude::*;

/// Where the part sits in an assessment.
pub type Place<S> = fn(&mut Assessment) -> &mut S;

/// A stowed part of the open assessment, typed.
pub struct StowedPart<S: Stow + 'static>
where
    S::Value: Send + Sync + 'static,
{
    /// The part as typed; `Err` when the file holds something else. No assessment open reads
    /// as an empty part.
    pub value: Memo<Result<S::Value, ()>>,
    store: AssessmentStore,
    place: Place<S>,
}

impl<S: Stow + 'static> Clone for StowedPart<S>
where
    S::Value: Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: Stow + 'static> Copy for StowedPart<S> where S::Value: Send + Sync + 'static {}

impl<S> StowedPart<S>
where
    S: Stow + 'static,
    S::Value: Default + PartialEq + Clone + Send + Sync + 'static,
{
    /// The part at `place` of the store's assessment. Reading it again after a change
    /// elsewhere in the record is cheap: the part keeps its typed value.
    pub fn new(store: AssessmentStore, place: Place<S>, read: fn(&Assessment) -> &S) -> Self {
        let value = Memo::new(move |_| {
            store.assessment.with(|a| {
                a.as_ref()
                    .map(|a| read(a).read_value().map_err(|_| ()))
                    .unwrap_or_else(|| Ok(S::Value::default()))
            })
        });
        StowedPart {
            value,
            store,
            place,
        }
    }

    /// Whether the part could not be read, and so cannot be changed here.
    pub fn unreadable(&self) -> bool {
        self.value.with(Result::is_err)
    }

    /// Runs `step` on a copy and writes the copy only when it succeeds; `None` when the part
    /// is unreadable (nothing runs).
    pub fn apply<R, E>(
        &self,
        step: impl FnOnce(&mut S::Value) -> Result<R, E>,
    ) -> Option<Result<R, E>> {
        self.apply_and(step, |_, _| {})
    }

    /// As [`StowedPart::apply`], and in the same edit `also` brings what the record derives
    /// from the part up to date (the 现场检查 roll-up on the indicators).
    pub fn apply_and<R, E>(
        &self,
        step: impl FnOnce(&mut S::Value) -> Result<R, E>,
        also: impl FnOnce(&mut Assessment, &S::Value),
    ) -> Option<Result<R, E>> {
        let mut copy = self.value.get_untracked().ok()?;
        let outcome = step(&mut copy);
        if outcome.is_ok() {
            let place = self.place;
            self.store.edit(|a| {
                also(a, &copy);
                place(a).write_value(copy);
            });
        }
        Some(outcome)
    }
}
