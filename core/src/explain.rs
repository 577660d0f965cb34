//! Every sentence about a result: an indicator's points, a veto item's note, the total and the
//! groups, the verdict's reasons, the path to pass, the numbers inside them and the engine's
//! problems and warnings.
//!
//! The report keeps *what* happened as data; this module words it, in zh and en, when it is
//! shown. It reads the pack and the report and nothing else, so a sentence can be changed
//! without touching a rule, and a rule cannot depend on how it is worded. Methods that word a
//! report type (`IndicatorResult::explain`, `VetoResult::explain`, `Calculation::text`, …) are
//! defined here, beside the other sentences, although the types live in [`crate::report`].

mod basis;
mod indicator;
pub(crate) mod numbers;
pub(crate) mod path;
mod problems;
pub(crate) mod site;
mod total;
pub(crate) mod verdict;
mod veto;

pub use numbers::threshold_text;
