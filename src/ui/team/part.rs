//! What the team views share: the record's part in a review team, typed, and the one way a
//! change to the lead's review reaches the record (the merge written into the indicators in the
//! same edit). Apart from the view that mounts them, so none of them reaches back.

use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::assessment::stowed::Stowed;
use fscity_core::team::{TeamPart, TeamReview};
use leptos::prelude::*;

/// The open assessment's part in a review team.
#[derive(Clone, Copy)]
pub struct TeamState {
    /// The part, typed.
    pub part: StowedPart<Stowed<TeamPart>>,
}

impl TeamState {
    /// The state for the store in context.
    pub fn new() -> TeamState {
        let store = use_store();
        TeamState {
            part: StowedPart::new(store, |a| &mut a.team, |a| &a.team),
        }
    }

    /// The lead's review, when this record leads one.
    pub fn review(&self) -> Option<TeamReview> {
        self.part
            .value
            .with(|p| p.as_ref().ok().and_then(|p| p.review.clone()))
    }

    /// Runs `step` on the review and writes the merge into the indicators in the same edit;
    /// nothing changes when the step fails.
    pub fn change<R, E>(
        &self,
        step: impl FnOnce(&mut TeamReview) -> Result<R, E>,
    ) -> Option<Result<R, E>> {
        self.part
            .apply_and(
                |p| match p.review.as_mut() {
                    Some(review) => step(review).map(Some),
                    None => Ok(None),
                },
                |a, p| {
                    if let Some(review) = &p.review {
                        review.apply_to(a);
                    }
                },
            )
            .and_then(|r| r.transpose())
    }
}
