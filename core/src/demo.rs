//! 示例市: a fictional city's finished self-assessment, for trainers and first-time visitors.
//!
//! An empty form shows nothing of what the app is for; the demo shows a verdict, a gap list,
//! actions with owners and due dates (one overdue by the end of 2026) and a path to pass on
//! figures in the spirit of a real provincial pre-evaluation: 4.3 food and 1.8 agricultural
//! batches per 1,000 residents, all 317 school canteens with 明厨亮灶, ten years without an
//! accident. A few gaps are deliberate: findings in covert inspections (校园周边, 农贸市场,
//! 小餐饮), one 基本符合 and incomplete routine inspections, so that two key items fall below
//! their floor and the city does not pass, though no veto stands in its way.
//!
//! The data is a saved file (`demo/demo-city.json`, a bare assessment as any city could import)
//! and is read through the same reader as saved files, so it cannot drift from the format.
//! The city is invented; the UI says so.

use crate::saved::read_record;
use crate::Assessment;

/// The demo city's name, for the UI to recognise and label the fictional assessment.
pub const DEMO_CITY: &str = "示例市";

/// The demo assessment, as saved.
const DEMO_JSON: &str = include_str!("demo/demo-city.json");

/// The 示例市 assessment, answered in full against the default pack.
pub fn demo_assessment() -> Assessment {
    // The file is part of the build and `tests/demo.rs` reads it, so failing here would be a
    // broken build, not bad input.
    read_record(DEMO_JSON)
        .expect("the embedded demo assessment reads as a saved record")
        .assessment
}
