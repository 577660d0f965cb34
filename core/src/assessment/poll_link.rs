//! A figure an indicator took from one of the city's polls (B-16 知晓率, B-17 满意度): the
//! answer then says where it came from ("来自 2026年6月自测（n = 1,100）") and links to it, and
//! typing the figure by hand detaches it, visibly, so a number is never shown as a poll's
//! when it is not.

use serde::{Deserialize, Serialize};

/// Which poll a figure came from, as it was named when applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollLink {
    /// The poll's number in the record (`poll::kept::KeptPoll::id`).
    pub poll: u32,
    /// Its name when applied.
    pub name: String,
    /// How many responses gave the figure.
    pub n: u64,
}

impl PollLink {
    /// "来自 2026年6月自测（n = 1,100）".
    pub fn sentence(&self, lang: crate::Lang) -> String {
        let n = crate::Decimal::whole(i64::try_from(self.n).unwrap_or(i64::MAX)).grouped();
        match lang {
            crate::Lang::Zh => format!("来自 {}（n = {n}）", self.name),
            crate::Lang::En => format!("From {} (n = {n})", self.name),
        }
    }
}
