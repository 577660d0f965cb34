//! Components. Each file holds one component (or a small family) named after what it shows.

pub mod app;
pub mod criteria_search;
pub mod criteria_tree;
pub mod demo;
pub mod explain;
pub mod gaps;
pub mod indicator_detail;
pub mod lang_switch;
pub mod library;
pub mod pack_errors;
pub mod pass_rules;
pub mod presentation;
pub mod provenance;
pub mod provenance_notice;
pub mod reports;
pub mod rule_view;
pub mod status_bar;
pub mod tabs;
pub mod veto_detail;
pub mod workspace;
