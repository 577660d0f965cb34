//! Wording for the engine's own typed messages. Each is an exhaustive match, so a new variant
//! cannot ship without both languages.

use crate::message::{pick, Localize};
use crate::report::Problem;
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
