//! 领导访谈 rehearsed. The review team's interview groups speak with 市、县、乡 leaders and the
//! heads of 食安委 member units; no interview outline is public, so the questions are a bank
//! built from the duties the 2019 《地方党政领导干部食品安全责任制规定》 sets per post, each
//! with its provenance ([`bank`]). A city lists its interviewees ([`people`]) and rehearses
//! each with the card for the role ([`card`]); how they fare suggests a level for the interview indicators
//! ([`suggest`]), shown beside the answer and never applied by itself.

pub mod bank;
pub mod card;
pub mod people;
pub mod roles;
pub mod suggest;

pub use bank::{default_bank, Bank, BankError, Question};
pub use card::{card, CardEvidence, CardLine};
pub use people::{DrillError, Interviewee, Interviews, Readiness};
pub use roles::{Role, Tier};
pub use suggest::{suggestions, Suggestion};
