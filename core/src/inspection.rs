//! 现场检查 rehearsed as the provincial team runs it. The city keeps a register of its
//! inspection points (点位库, [`register`]) sorted by 业态 ([`unit_types`], data), and draws a
//! sampled plan from it the way the seed's team did — areas first, then streets, then points
//! per type, for 明查 and 暗访 ([`plan`]), seeded so a draw can be shown and repeated.

pub mod plan;
pub mod point;
pub mod record;
pub mod register;
pub mod unit_types;

pub use plan::{draw, Coverage, Drawn, Mode, ModeRule, Plan, PlanRule, Shortfall};
pub use point::Point;
pub use record::Inspection;
pub use register::{read_register, RegisterRead, UnknownType};
pub use unit_types::{UnitType, UnitTypes};
