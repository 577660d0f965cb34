//! Wording for the engine's own typed messages: problems, calculation warnings and the warnings
//! about what an assessment holds that its pack does not know. Each is an exhaustive match, so
//! a new variant cannot ship without both languages.

use super::numbers as words;
use crate::message::{pick, Localize};
use crate::report::{CalcWarning, Problem, Warning, FAR_ABOVE_FULL_MARKS};
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
            CalcWarning::FarAboveFullMarks {
                value,
                full_marks,
                unit,
            } => {
                let (v, full) = (words::value(*value), words::value(*full_marks));
                (
                    format!(
                        "结果 {v} {} 超过满分线 {full} {} 的 {FAR_ABOVE_FULL_MARKS} 倍，请核对所填数字（例如人口是否按人数填写、批次是否多写了零）",
                        unit.zh, unit.zh
                    ),
                    format!(
                        "The result, {v} {}, is more than {FAR_ABOVE_FULL_MARKS} times the full-marks level of {full} {}; check the figures (a population in persons, not 10,000s; no extra zeros)",
                        unit.get(Lang::En),
                        unit.get(Lang::En)
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

impl Localize for Warning {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            Warning::OtherPack { pack, found } => (
                format!("本自评是按数据包“{found}”填写的，现按“{pack}”计分"),
                format!("This assessment was made for pack “{found}”; it is scored against “{pack}”"),
            ),
            Warning::OtherPackVersion { pack, found } => (
                format!("本自评按数据包第 {found} 版填写，现按第 {pack} 版计分"),
                format!("This assessment was made for revision {found} of the pack; it is scored against revision {pack}"),
            ),
            Warning::NewerSchema { found } => (
                format!("文件格式版本 {found} 比本工具新，部分内容可能未被读取"),
                format!("File format version {found} is newer than this tool; some content may be ignored"),
            ),
            Warning::UnknownIndicator { indicator } => (
                format!("数据包中没有指标 {indicator}，其答案已保留但不计分"),
                format!("The pack has no indicator {indicator}; its answer is kept but not scored"),
            ),
            Warning::UnknownLevel { indicator, level } => (
                format!("指标 {indicator} 没有等级“{level}”，已保留但不计分"),
                format!("Indicator {indicator} has no level “{level}”; kept but not scored"),
            ),
            Warning::UnknownSubItem { indicator, item } => (
                format!("指标 {indicator} 没有要点“{item}”，已保留但不计分"),
                format!("Indicator {indicator} has no item “{item}”; kept but not scored"),
            ),
            Warning::UnknownInput { owner, input } => (
                format!("{owner} 没有输入项“{input}”，已保留但不使用"),
                format!("{owner} has no input “{input}”; kept but not used"),
            ),
            Warning::UnknownVeto { veto } => (
                format!("数据包中没有否决项 {veto}，其答案已保留但不使用"),
                format!("The pack has no veto item {veto}; its answer is kept but not used"),
            ),
            Warning::VetoAnswerKind { veto } => (
                format!("否决项 {veto} 的答案类型与判定方式不符，已保留但不使用"),
                format!("The answer to veto item {veto} does not fit how it is decided; kept but not used"),
            ),
        };
        pick(lang, zh, en)
    }
}
