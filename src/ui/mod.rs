//! Components. Each file holds one component (or a small family) named after what it shows.

pub mod app;
pub mod criteria_search;
pub mod criteria_tree;
pub mod demo;
pub mod earlier_packs;
pub mod explain;
pub mod gaps;
pub mod indicator_detail;
pub mod inspection;
pub mod instance_context;
pub mod interviews;
pub mod lang_switch;
pub mod lazy;
pub mod library;
pub mod main_view;
pub mod pack_editor;
pub mod pack_errors;
pub mod pack_library;
pub mod pack_switch;
pub mod paging;
pub mod pass_rules;
pub mod photo_backup;
pub mod poll;
pub mod presentation;
pub mod printing;
pub mod provenance;
pub mod provenance_notice;
pub mod report_link;
pub mod reports;
pub mod route;
pub mod rule_view;
pub mod status_bar;
pub mod stowed_part;
pub mod tabs;
pub mod team;
pub mod undeclared;
pub mod version_move;
pub mod veto_detail;
pub mod workspace;

/// Element ids of this instance. Two instances can share a document (two widgets on a host
/// page, or the demo sandbox next to the user's own assessments), and ids must stay unique
/// there or labels and `aria-*` references would point into the other instance.
#[derive(Clone, Debug, Default)]
pub struct IdPrefix(pub String);

/// `name` as an element id of the current instance (prefixed when the instance has a prefix).
pub fn dom_id(name: impl std::fmt::Display) -> String {
    match leptos::prelude::use_context::<IdPrefix>() {
        Some(IdPrefix(prefix)) if !prefix.is_empty() => format!("{prefix}{name}"),
        _ => name.to_string(),
    }
}

/// How an assessment is named wherever the user must know which one is open: "城市 · 名称"
/// (the core's rule, shared with the reports it writes).
pub fn assessment_label(city: &str, name: &str) -> String {
    fscity_core::assessment::label(city, name)
}

/// False for the second and later clicks of a double or triple click, so an action that makes
/// something (a copy, an import) is made once however the button is pressed. Keyboard presses
/// (detail 0) and single clicks pass.
pub fn first_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.detail() <= 1
}
