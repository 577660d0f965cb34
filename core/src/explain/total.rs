//! How the total and each group's rate were reached, in words.

use crate::report::{GroupResult, TotalResult};
use crate::Text;

impl TotalResult {
    /// How the total was reached, in zh and en: "总分 = 各大项得分之和：86 / 96。" and, only
    /// when some indicator is N/A, "有指标不适用，已从满分中扣除，总分按比例折算到满分：
    /// 86 × 100 / 96 = 89.5。" (the rescaling alone when a rebased pack's maximum differs
    /// from its scale without any N/A).
    pub fn explain(&self) -> Text {
        explain_total(self)
    }
}
impl GroupResult {
    /// A group's score rate with its counts, in zh and en:
    /// "得分率 18 / 20 = 90%（已作答：18，不适用：0）" /
    /// "Score rate 18 / 20 = 90% (answered: 18, not applicable: 0)".
    pub fn explain(&self) -> Text {
        explain_group(self)
    }
}

/// Words how the total was reached: the sum, and the rescaling only when it changed anything;
/// "有指标不适用" only when some indicator is N/A.
fn explain_total(total: &TotalResult) -> Text {
    let (a, m, scale, score) = (total.awarded, total.max, total.scale, total.score);
    let mut zh = format!("总分 = 各大项得分之和：{a} / {m}。");
    let mut en = format!("Total = the sum of the major items' scores: {a} / {m}.");
    let some_na = total.counts.not_applicable > 0;
    let rescaled = total.rebased && (some_na || scale != m);
    // The rescaled total is rounded down to a tenth, so it never reads above what was earned.
    let (sum, sum_en) = (
        format!("{a} × {scale} / {m} = {score}（向下取至 0.1 分）"),
        format!("{a} × {scale} / {m} = {score} (rounded down to 0.1 point)"),
    );
    let (more_zh, more_en) = match (some_na, rescaled) {
        (true, true) => (
            format!("有指标不适用，已从满分中扣除，总分按比例折算到满分：{sum}。"),
            format!(" Some indicators are not applicable: they leave the maximum, and the total is rescaled to the full scale: {sum_en}."),
        ),
        (true, false) => (
            "有指标不适用，已从满分中扣除。".to_owned(),
            " Some indicators are not applicable: they leave the maximum.".to_owned(),
        ),
        (false, true) => (
            format!("总分按比例折算到满分：{sum}。"),
            format!(" The total is rescaled to the full scale: {sum_en}."),
        ),
        (false, false) => (String::new(), String::new()),
    };
    zh.push_str(&more_zh);
    en.push_str(&more_en);
    if let Some(bonus) = total.bonus {
        let (base, plus, cap) = (total.base, bonus.counted, bonus.cap);
        zh.push_str(&format!(
            "另加加分项 {plus} 分（上限 {cap}）：{base} + {plus} = {score}。"
        ));
        en.push_str(&format!(
            " Plus the bonus items, {plus} (at most {cap}): {base} + {plus} = {score}."
        ));
    }
    Text::new(zh, en)
}

/// Words a group's score rate with its counts: "得分率 18 / 20 = 90%（已作答：18，不适用：0）".
fn explain_group(group: &GroupResult) -> Text {
    let (a, m, rate, c) = (group.awarded, group.max, group.rate, group.counts);
    Text::new(
        format!(
            "得分率 {a} / {m} = {rate}（已作答：{}，不适用：{}）",
            c.answered, c.not_applicable
        ),
        format!(
            "Score rate {a} / {m} = {rate} (answered: {}, not applicable: {})",
            c.answered, c.not_applicable
        ),
    )
}
