//! The verdict and its reasons. The rule is stated on [`Outcome`]; this file applies it and
//! words each reason so a 食安办 official can read it aloud.

use crate::pack::Pack;
use crate::report::{
    KeyItemResult, KeyStatus, Outcome, Reason, ReasonKind, TotalResult, Verdict, VetoResult,
    VetoStatus,
};
use crate::Text;

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
                text: Text::new(
                    format!("否决项尚未确定：{}", v.name.zh),
                    format!("Veto not yet known: {}", v.name.get(crate::Lang::En)),
                ),
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
                text: Text::new(
                    format!("关键项 {id} 得分率 {} < {}%", k.rate, k.floor_percent),
                    format!("Key item {id} scored {} < {}%", k.rate, k.floor_percent),
                ),
            }),
            KeyStatus::Unknown => open.push(Reason {
                kind: ReasonKind::KeyItemUnknown {
                    indicator: id.clone(),
                },
                text: Text::new(
                    format!("关键项 {id} 尚未作答"),
                    format!("Key item {id} is not answered yet"),
                ),
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
                text: Text::new(
                    format!("总分 {lower} < {min}"),
                    format!("Total {lower} < {min}"),
                ),
            }
        } else {
            Reason {
                kind: ReasonKind::TotalCannotReach,
                text: Text::new(
                    format!("总分最高只能达到 {upper} < {min}"),
                    format!("Total can reach at most {upper} < {min}"),
                ),
            }
        });
    } else if lower < min {
        open.push(Reason {
            kind: ReasonKind::TotalUndecided,
            text: Text::new(
                format!("总分在 {lower} 至 {upper} 之间，能否达到 {min} 尚未确定（{unanswered} 项未作答）"),
                format!("Total between {lower} and {upper}; whether it reaches {min} is open ({unanswered} not answered)"),
            ),
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
        text: Text::new(
            format!("总分 {lower} ≥ {min}"),
            format!("Total {lower} ≥ {min}"),
        ),
    }];
    if !vetoes.is_empty() {
        reasons.push(Reason {
            kind: ReasonKind::NoVeto,
            text: Text::new("无否决项", "No veto triggered"),
        });
    }
    if !keys.is_empty() {
        reasons.push(Reason {
            kind: ReasonKind::KeyItemsMet,
            text: Text::new("关键项均达到下限", "Every key item at or above its floor"),
        });
    }
    Verdict {
        outcome: Outcome::Pass,
        reasons,
    }
}

/// "否决项：食品抽检 3.2 批次/千人 < 4", or "否决项：重大事故（已申报发生）".
pub(crate) fn veto_triggered(v: &VetoResult) -> Reason {
    let en_name = v.name.get(crate::Lang::En);
    let text = if v.value.is_some() {
        let why = v.explain();
        Text::new(
            format!("否决项：{} {}", v.name.zh, why.zh),
            format!("Veto: {en_name} {}", why.en),
        )
    } else {
        Text::new(
            format!("否决项：{}（已申报发生）", v.name.zh),
            format!("Veto: {en_name} (declared)"),
        )
    };
    Reason {
        kind: ReasonKind::VetoTriggered { veto: v.id.clone() },
        text,
    }
}
