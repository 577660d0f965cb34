//! A review team without a server (issue 20): the lead splits the indicators into groups and
//! hands out task files; each group scores its own in its own browser and sends back a sealed
//! result file; the lead imports them into one assessment. A chunk of its own; the rules (the
//! seal, the refusals, the merge) are the core's `team`.

mod group_side;
mod groups;
mod lead;
mod merged;
mod part;
mod results;
mod start;

use crate::i18n::{tr, TeamWords as W};
use leptos::prelude::*;
use part::TeamState;

crate::ui::lazy::chunk!(
    /// The review team: a chunk of its own, fetched when the report is chosen.
    pub mod team_chunk: () = |()| view! { <TeamView/> }.into_any()
);

/// The view: the lead's review, the group's task, or how to start either.
#[component]
pub fn TeamView() -> impl IntoView {
    let state = TeamState::new();
    let role = Memo::new(move |_| {
        state.part.value.with(|p| match p {
            Err(()) => Role::Unreadable,
            Ok(p) if p.review.is_some() => Role::Lead,
            Ok(p) if p.task.is_some() => Role::Group,
            Ok(_) => Role::None,
        })
    });
    view! {
        <section class="team" data-testid="team-view">
            <p class="help">{tr(W::Intro)}</p>
            {move || match role.get() {
                Role::Unreadable => view! { <p class="banner" role="alert" data-testid="team-unreadable">{tr(W::Unreadable)}</p> }.into_any(),
                Role::Lead => view! { <lead::LeadView state/> }.into_any(),
                Role::Group => view! { <group_side::GroupView state/> }.into_any(),
                Role::None => view! { <start::Start state/> }.into_any(),
            }}
        </section>
    }
}

/// What the open assessment is in a review team.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Unreadable,
    Lead,
    Group,
    None,
}
