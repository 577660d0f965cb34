//! Things in an assessment that its pack does not know. They are kept in the file (a pack may
//! be fixed, or the city may have typed into the wrong place) and listed here, never scored.

use super::Cx;
use crate::assessment::ASSESSMENT_SCHEMA_VERSION;
use crate::message::{pick, Localize};
use crate::pack::{CalcSpec, Rule, VetoTest, VetoValue};
use crate::{assessment::Answer, Lang};

/// Something in the assessment that was kept but not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The assessment was made for another pack.
    OtherPack {
        /// The pack being used.
        pack: String,
        /// The pack the assessment names.
        found: String,
    },
    /// The assessment was made for another revision of this pack.
    OtherPackVersion {
        /// The pack's revision.
        pack: u32,
        /// The revision the assessment names.
        found: u32,
    },
    /// The file is of a newer format than this build writes.
    NewerSchema {
        /// The version found.
        found: u32,
    },
    /// An answer for an indicator the pack does not have.
    UnknownIndicator {
        /// The indicator ID.
        indicator: String,
    },
    /// A level the indicator does not have.
    UnknownLevel {
        /// The indicator ID.
        indicator: String,
        /// The level ID.
        level: String,
    },
    /// A sub-item the indicator does not have.
    UnknownSubItem {
        /// The indicator ID.
        indicator: String,
        /// The sub-item ID.
        item: String,
    },
    /// A figure for an input the calculator does not have.
    UnknownInput {
        /// The indicator or veto ID.
        owner: String,
        /// The input ID.
        input: String,
    },
    /// An answer for a veto item the pack does not have.
    UnknownVeto {
        /// The veto ID.
        veto: String,
    },
    /// A declaration for a veto that is decided by figures, or figures for one that is not.
    VetoAnswerKind {
        /// The veto ID.
        veto: String,
    },
}

/// Every warning, in file order.
pub(crate) fn warnings(cx: &Cx) -> Vec<Warning> {
    let (pack, a) = (cx.pack, cx.assessment);
    let mut out = Vec::new();
    if a.pack_id != pack.id {
        out.push(Warning::OtherPack {
            pack: pack.id.clone(),
            found: a.pack_id.clone(),
        });
    } else if a.pack_version != pack.version {
        out.push(Warning::OtherPackVersion {
            pack: pack.version,
            found: a.pack_version,
        });
    }
    if a.schema_version > ASSESSMENT_SCHEMA_VERSION {
        out.push(Warning::NewerSchema {
            found: a.schema_version,
        });
    }
    for (id, entry) in &a.entries {
        let Some(ind) = cx.indicator(id) else {
            out.push(Warning::UnknownIndicator {
                indicator: id.clone(),
            });
            continue;
        };
        let indicator = || id.clone();
        match (&ind.rule, &entry.answer) {
            (Rule::Levels { levels }, Some(Answer::Level { level }))
                if !levels.iter().any(|l| &l.id == level) =>
            {
                out.push(Warning::UnknownLevel {
                    indicator: indicator(),
                    level: level.clone(),
                });
            }
            (Rule::SubItems { items, .. }, Some(Answer::SubItems { met })) => {
                for item in met.iter().filter(|m| !items.iter().any(|i| &&i.id == m)) {
                    out.push(Warning::UnknownSubItem {
                        indicator: indicator(),
                        item: item.clone(),
                    });
                }
            }
            (Rule::Calculator(c), Some(Answer::Inputs { values })) => {
                for input in values
                    .keys()
                    .filter(|k| !c.spec.inputs.iter().any(|i| &&i.id == k))
                {
                    out.push(Warning::UnknownInput {
                        owner: indicator(),
                        input: input.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    for veto in a.veto_declarations.keys() {
        match pack.vetoes.iter().find(|v| &v.id == veto) {
            None => out.push(Warning::UnknownVeto { veto: veto.clone() }),
            Some(v) if !matches!(v.test, VetoTest::Declaration { .. }) => {
                out.push(Warning::VetoAnswerKind { veto: veto.clone() })
            }
            Some(_) => {}
        }
    }
    for (veto, values) in &a.veto_inputs {
        match pack.vetoes.iter().find(|v| &v.id == veto).map(|v| &v.test) {
            None => out.push(Warning::UnknownVeto { veto: veto.clone() }),
            Some(VetoTest::Threshold {
                value: VetoValue::Calculator(CalcSpec { inputs, .. }),
                ..
            }) => {
                for input in values
                    .keys()
                    .filter(|k| !inputs.iter().any(|i| &&i.id == k))
                {
                    out.push(Warning::UnknownInput {
                        owner: veto.clone(),
                        input: input.clone(),
                    });
                }
            }
            Some(_) => out.push(Warning::VetoAnswerKind { veto: veto.clone() }),
        }
    }
    out
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
