//! What the drill's views share: the open assessment's interviewees (typed from the record),
//! the question bank for its pack, and the last refusal to show.

use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::assessment::stowed::Stowed;
use fscity_core::interview::{default_bank, Bank, DrillError, Interviews};
use leptos::prelude::*;
use std::sync::Arc;

/// The drill of the open assessment.
#[derive(Clone, Copy)]
pub struct Drill {
    /// The interviewees as typed.
    pub list: StowedPart<Stowed<Interviews>>,
    /// The bank, read against the assessment's pack.
    pub bank: Memo<Arc<Bank>>,
    /// Why the last step was refused.
    pub error: RwSignal<Option<DrillError>>,
}

impl Drill {
    /// The drill of the store in context.
    pub fn new() -> Drill {
        let store = use_store();
        Drill {
            list: StowedPart::new(store, |a| &mut a.interviews, |a| &a.interviews),
            bank: Memo::new(move |_| Arc::new(default_bank(&store.pack()))),
            error: RwSignal::new(None),
        }
    }

    /// Runs a step with the bank; a refusal is kept in `error` and changes nothing. Whether it
    /// was taken.
    pub fn apply(
        &self,
        step: impl FnOnce(&mut Interviews, &Bank) -> Result<(), DrillError>,
    ) -> bool {
        let bank = self.bank.get_untracked();
        match self.list.apply(|list| step(list, &bank)) {
            Some(Ok(())) => {
                self.error.set(None);
                true
            }
            Some(Err(e)) => {
                self.error.set(Some(e));
                false
            }
            None => false,
        }
    }
}
