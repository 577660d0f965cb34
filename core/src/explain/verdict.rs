//! The verdict's reasons in words, so a 食安办 official can read them aloud.

use crate::report::{KeyItemResult, VetoResult};
use crate::{Lang, Points, Text};

/// "否决项尚未确定：重大事故".
pub(crate) fn veto_unknown(v: &VetoResult) -> Text {
    Text::new(
        format!("否决项尚未确定：{}", v.name.zh),
        format!("Veto not yet known: {}", v.name.get(Lang::En)),
    )
}

/// "否决项：食品抽检 3.2 批次/千人 < 4", or "否决项：重大事故（已申报发生）".
pub(crate) fn veto_triggered(v: &VetoResult) -> Text {
    let en_name = v.name.get(Lang::En);
    if v.value.is_some() {
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
    }
}

/// "关键项 B-01 得分率 50% < 60%".
pub(crate) fn key_item_below(k: &KeyItemResult) -> Text {
    let id = &k.indicator;
    Text::new(
        format!("关键项 {id} 得分率 {} < {}%", k.rate, k.floor_percent),
        format!("Key item {id} scored {} < {}%", k.rate, k.floor_percent),
    )
}

/// "关键项 B-01 尚未作答".
pub(crate) fn key_item_unknown(k: &KeyItemResult) -> Text {
    let id = &k.indicator;
    Text::new(
        format!("关键项 {id} 尚未作答"),
        format!("Key item {id} is not answered yet"),
    )
}

/// "总分 72 < 80".
pub(crate) fn total_below(lower: Points, min: Points) -> Text {
    Text::new(
        format!("总分 {lower} < {min}"),
        format!("Total {lower} < {min}"),
    )
}

/// "总分最高只能达到 78 < 80".
pub(crate) fn total_cannot_reach(upper: Points, min: Points) -> Text {
    Text::new(
        format!("总分最高只能达到 {upper} < {min}"),
        format!("Total can reach at most {upper} < {min}"),
    )
}

/// The total is still open: "总分在 70 至 90 之间，能否达到 80 尚未确定（5 项未作答）".
pub(crate) fn total_undecided(
    lower: Points,
    upper: Points,
    min: Points,
    unanswered: usize,
) -> Text {
    Text::new(
        format!("总分在 {lower} 至 {upper} 之间，能否达到 {min} 尚未确定（{unanswered} 项未作答）"),
        format!("Total between {lower} and {upper}; whether it reaches {min} is open ({unanswered} not answered)"),
    )
}

/// "总分 86 ≥ 80".
pub(crate) fn total_reached(lower: Points, min: Points) -> Text {
    Text::new(
        format!("总分 {lower} ≥ {min}"),
        format!("Total {lower} ≥ {min}"),
    )
}

/// No veto item triggered.
pub(crate) fn no_veto() -> Text {
    Text::new("无否决项", "No veto triggered")
}

/// Every key item at its floor.
pub(crate) fn key_items_met() -> Text {
    Text::new("关键项均达到下限", "Every key item at or above its floor")
}
