//! The verdict and its reasons. The rule is stated on [`Outcome`]; this file applies it, and
//! [`crate::explain`] words each reason.

use crate::explain::verdict as words;
use crate::pack::Pack;
use crate::report::{
    KeyItemResult, KeyStatus, Outcome, Reason, ReasonKind, TotalResult, Verdict, VetoResult,
    VetoStatus,
};

/// Decides pass, fail or incomplete.
pub(crate) fn verdict(
    pack: &Pack,
    total: &TotalResult,
    vetoes: &[VetoResult],
    keys: &[KeyItemResult],
) -> Verdict {
    let mut fails = Vec::new();
    let mut open = Vec::new();
    for v in vetoes {
        match v.status {
            VetoStatus::Triggered => fails.push(veto_triggered(v)),
            VetoStatus::Unknown => open.push(Reason {
                kind: ReasonKind::VetoUnknown { veto: v.id.clone() },
                text: words::veto_unknown(v),
            }),
            VetoStatus::Clear => {}
        }
    }
    for k in keys {
        let id = &k.indicator;
        match k.status {
            KeyStatus::Below => fails.push(Reason {
                kind: ReasonKind::KeyItemBelow {
                    indicator: id.clone(),
                },
                text: words::key_item_below(k),
            }),
            KeyStatus::Unknown => open.push(Reason {
                kind: ReasonKind::KeyItemUnknown {
                    indicator: id.clone(),
                },
                text: words::key_item_unknown(k),
            }),
            KeyStatus::Met | KeyStatus::NotApplicable => {}
        }
    }
    let min = pack.pass_rule.min_total;
    let (lower, upper) = (total.range.lower, total.range.upper);
    let unanswered = total.counts.not_answered;
    if upper < min {
        fails.push(if unanswered == 0 {
            Reason {
                kind: ReasonKind::TotalBelow,
                text: words::total_below(lower, min),
            }
        } else {
            Reason {
                kind: ReasonKind::TotalCannotReach,
                text: words::total_cannot_reach(upper, min),
            }
        });
    } else if lower < min {
        open.push(Reason {
            kind: ReasonKind::TotalUndecided,
            text: words::total_undecided(lower, upper, min, unanswered),
        });
    }
    if !fails.is_empty() {
        return Verdict {
            outcome: Outcome::Fail,
            reasons: fails,
        };
    }
    if !open.is_empty() {
        return Verdict {
            outcome: Outcome::Incomplete,
            reasons: open,
        };
    }
    let mut reasons = vec![Reason {
        kind: ReasonKind::TotalReached,
        text: words::total_reached(lower, min),
    }];
    if !vetoes.is_empty() {
        reasons.push(Reason {
            kind: ReasonKind::NoVeto,
            text: words::no_veto(),
        });
    }
    if !keys.is_empty() {
        reasons.push(Reason {
            kind: ReasonKind::KeyItemsMet,
            text: words::key_items_met(),
        });
    }
    Verdict {
        outcome: Outcome::Pass,
        reasons,
    }
}

/// The reason a triggered veto fails the city.
pub(crate) fn veto_triggered(v: &VetoResult) -> Reason {
    Reason {
        kind: ReasonKind::VetoTriggered { veto: v.id.clone() },
        text: words::veto_triggered(v),
    }
}
