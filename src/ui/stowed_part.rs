//! A part of the record that rides as JSON (`Stowed`: the 资料审查 rounds, the 领导访谈 drill)
//! is typed by the chunk that shows it. One home for how such a view reads it and changes it:
//! a step runs on a copy and only one that succeeds is written, so a refused step changes
//! nothing; and a part that does not read (edited by hand) is never written over.

use crate::store::AssessmentStore;
use fscity_core::assessment::stowed::Stowed;
use fscity_core::Assessment;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Where the part sits in an assessment.
pub type Place<T> = fn(&mut Assessment) -> &mut Stowed<T>;

/// A stowed part of the open assessment, typed.
pub struct StowedPart<T: Send + Sync + 'static> {
    /// The part as typed; `Err` when the file holds something else. No assessment open reads
    /// as an empty part.
    pub value: Memo<Result<T, ()>>,
    store: AssessmentStore,
    place: Place<T>,
}

impl<T: Send + Sync + 'static> Clone for StowedPart<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for StowedPart<T> {}

impl<T> StowedPart<T>
where
    T: DeserializeOwned + Serialize + Default + PartialEq + Clone + Send + Sync + 'static,
{
    /// The part at `place` of the store's assessment.
    pub fn new(
        store: AssessmentStore,
        place: Place<T>,
        read: fn(&Assessment) -> &Stowed<T>,
    ) -> Self {
        let value = Memo::new(move |_| {
            store.assessment.with(|a| {
                a.as_ref()
                    .map(|a| read(a).read().map_err(|_| ()))
                    .unwrap_or_else(|| Ok(T::default()))
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
    pub fn apply<R, E>(&self, step: impl FnOnce(&mut T) -> Result<R, E>) -> Option<Result<R, E>> {
        self.apply_and(step, |_, _| {})
    }

    /// As [`StowedPart::apply`], and in the same edit `also` brings what the record derives
    /// from the part up to date (the 现场检查 roll-up on the indicators).
    pub fn apply_and<R, E>(
        &self,
        step: impl FnOnce(&mut T) -> Result<R, E>,
        also: impl FnOnce(&mut Assessment, &T),
    ) -> Option<Result<R, E>> {
        let mut copy = self.value.get_untracked().ok()?;
        let outcome = step(&mut copy);
        if outcome.is_ok() {
            let place = self.place;
            self.store.edit(|a| {
                place(a).write(&copy);
                also(a, &copy);
            });
        }
        Some(outcome)
    }
}
