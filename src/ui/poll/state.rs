//! What the poll views share: the record's polls (typed from it), the questionnaire, which
//! poll is shown and how. Apart from the view that mounts them, so none of them reaches back.

use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::assessment::stowed::Stowed;
use fscity_core::poll::{Polls, Questionnaire};
use leptos::prelude::*;
use std::sync::Arc;

/// The poll rehearsal of the open assessment.
#[derive(Clone, Copy)]
pub struct PollState {
    /// The polls kept with the assessment.
    pub part: StowedPart<Stowed<Polls>>,
    /// The questionnaire the answers are read and scored by: the city's when it loaded one.
    pub questionnaire: Memo<Arc<Questionnaire>>,
    /// The kept poll whose results are shown.
    pub shown: RwSignal<Option<u32>>,
    /// The kept poll it is compared with.
    pub compared: RwSignal<Option<u32>>,
    /// Whether the whole-city figures are weighted by district population.
    pub weighted: RwSignal<bool>,
}

impl PollState {
    /// The state for the store in context, showing `asked` (a link's poll) or the newest.
    pub fn new(asked: Option<u32>) -> PollState {
        let store = use_store();
        let part = StowedPart::new(store, |a| &mut a.polls, |a| &a.polls);
        let newest = part
            .value
            .with_untracked(|p| p.as_ref().ok().and_then(|p| p.polls.last().map(|k| k.id)));
        let shipped = Arc::new(Questionnaire::shipped());
        let questionnaire = Memo::new(move |_| {
            part.value.with(
                |p| match p.as_ref().ok().and_then(|p| p.questionnaire.as_ref()) {
                    Some(own) => Arc::new(own.clone()),
                    None => shipped.clone(),
                },
            )
        });
        PollState {
            part,
            questionnaire,
            shown: RwSignal::new(asked.or(newest)),
            compared: RwSignal::new(None),
            weighted: RwSignal::new(false),
        }
    }
}
