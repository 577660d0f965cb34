//! Wording for the engine's own typed messages. Each is an exhaustive match, so a new variant
//! cannot ship without both languages.

use super::words;
use crate::message::{pick, Localize};
use crate::report::{CalcWarning, Problem};
use crate::Lang;

impl Localize for Problem {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            Problem::MissingInput { label, .. } => (
                format!("缺少“{}”，无法计算", label.zh),
                format!(
                    "“{}” is missing, so this cannot be computed",
                    label.get(Lang::En)
                ),
            ),
            Problem::InvalidInput { label, error, .. } => (
                format!("“{}”：{}，无法计算", label.zh, error.message(Lang::Zh)),
                format!(
                    "“{}”: {}; cannot compute",
                    label.get(Lang::En),
                    error.message(Lang::En)
                ),
            ),
            Problem::ZeroDenominator { label, .. } => (
                format!("“{}”为 0，无法计算", label.zh),
                format!("“{}” is 0, so this cannot be computed", label.get(Lang::En)),
            ),
            Problem::UnknownLevel { level } => (
                format!("所选等级“{level}”不属于本指标，请重新选择"),
                format!("The chosen level “{level}” is not one of this indicator's; choose again"),
            ),
            Problem::WrongAnswerKind => (
                "答案类型与计分方式不符，请重新作答".to_owned(),
                "The answer does not fit this indicator's rule; answer again".to_owned(),
            ),
            Problem::NotApplicableNotAllowed => (
                "本指标不能标为不适用，请作答".to_owned(),
                "This indicator cannot be marked not applicable; answer it".to_owned(),
            ),
        };
        pick(lang, zh, en)
    }
}

impl Localize for CalcWarning {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            CalcWarning::Input { label, warning, .. } => (
                format!("“{}”：{}", label.zh, warning.message(Lang::Zh)),
                format!("“{}”: {}", label.get(Lang::En), warning.message(Lang::En)),
            ),
            CalcWarning::MoreThanOnePerResident { value, population } => {
                let v = words::value(*value);
                (
                    format!(
                        "结果 {v} 超过每千人 1000，请核对“{}”是否按人数填写（而非万人）",
                        population.zh
                    ),
                    format!(
                        "The result, {v}, is above 1,000 per thousand; check that “{}” is a number of persons, not of 10,000s",
                        population.get(Lang::En)
                    ),
                )
            }
            CalcWarning::PartAboveWhole { part, whole, value } => {
                let v = words::value(*value);
                (
                    format!("“{}”大于“{}”（{v}%），请核对", part.zh, whole.zh),
                    format!(
                        "“{}” is more than “{}” ({v}%); please check",
                        part.get(Lang::En),
                        whole.get(Lang::En)
                    ),
                )
            }
        };
        pick(lang, zh, en)
    }
}
