//! 现场检查 rehearsed as the provincial team runs it. The city keeps a register of its
//! inspection points (点位库, [`register`]) sorted by 业态 ([`unit_types`], data), and draws a
//! sampled plan from it the way the seed's team did — areas first, then streets, then points
//! per type, for 明查 and 暗访 ([`plan`]), seeded so a draw can be shown and repeated. Points
//! are checked against a sheet per 业态 ([`sheets`], data) and the findings recorded
//! ([`visit`]) roll up into the indicators the sheet items are keyed to ([`rollup`]).

pub mod plan;
pub mod point;
pub mod record;
pub mod register;
pub mod results;
pub mod rollup;
pub mod sheet_check;
pub mod sheet_template;
pub mod sheets;
pub mod stowage;
pub mod unit_types;
pub mod visit;

pub use plan::{draw, Coverage, Drawn, Mode, ModeRule, Plan, PlanRule, RuleProblem, Shortfall};
pub use point::Point;
pub use record::{Inspection, MissingField};
pub use register::{read_register, RegisterRead, UnknownType};
pub use results::{point_tally, results, CheckResults, CheckTally};
pub use rollup::roll_up;
pub use sheet_check::{SheetAt, SheetError};
pub use sheet_template::{items_sheet, read_sheet_template, sheet_template, SheetFileError};
pub use sheets::{CheckItem, CheckSheet, Counting, FindingOption, IndicatorRollUp, SheetPack};
pub use stowage::StowedInspection;
pub use unit_types::{UnitType, UnitTypes};
pub use visit::{Finding, Visit};
