//! Pack errors: typed, carrying data rather than sentences, each saying where it is.

use crate::message::{pick, Localize};
use crate::vocabulary::{RuleKind, SavedFile};
use crate::Lang;
use std::fmt;

/// Where in a pack a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The pack as a whole (a top-level field).
    Pack {
        /// Field path, e.g. `total_points`.
        field: String,
    },
    /// A group.
    Group {
        /// Group ID (or `#n` if it has none).
        group: String,
        /// Field path inside the group.
        field: String,
    },
    /// An indicator.
    Indicator {
        /// Indicator ID (or `#n` if it has none).
        indicator: String,
        /// Field path inside the indicator, e.g. `rule.thresholds[1].at_least`.
        field: String,
    },
    /// A veto item.
    Veto {
        /// Veto ID (or `#n` if it has none).
        veto: String,
        /// Field path inside the veto item.
        field: String,
    },
}

impl Location {
    pub(crate) fn pack(field: impl Into<String>) -> Location {
        Location::Pack {
            field: field.into(),
        }
    }
    pub(crate) fn indicator(id: &str, field: impl Into<String>) -> Location {
        Location::Indicator {
            indicator: id.to_owned(),
            field: field.into(),
        }
    }
    pub(crate) fn group(id: &str, field: impl Into<String>) -> Location {
        Location::Group {
            group: id.to_owned(),
            field: field.into(),
        }
    }
    pub(crate) fn veto(id: &str, field: impl Into<String>) -> Location {
        Location::Veto {
            veto: id.to_owned(),
            field: field.into(),
        }
    }

    /// The field path.
    pub fn field(&self) -> &str {
        match self {
            Location::Pack { field }
            | Location::Group { field, .. }
            | Location::Indicator { field, .. }
            | Location::Veto { field, .. } => field,
        }
    }

    /// The indicator ID, when the problem is inside an indicator.
    pub fn indicator_id(&self) -> Option<&str> {
        match self {
            Location::Indicator { indicator, .. } => Some(indicator),
            _ => None,
        }
    }
}

impl Localize for Location {
    fn message(&self, lang: Lang) -> String {
        let field = self.field();
        let at = |zh: String, en: String| {
            let (zh, en) = if field.is_empty() {
                (zh, en)
            } else {
                (
                    format!("{zh}，字段 {field}"),
                    format!("{en}, field {field}"),
                )
            };
            pick(lang, zh, en)
        };
        match self {
            Location::Pack { .. } => at("数据包".into(), "pack".into()),
            Location::Group { group, .. } => at(format!("大项 {group}"), format!("group {group}")),
            Location::Indicator { indicator, .. } => at(
                format!("指标 {indicator}"),
                format!("indicator {indicator}"),
            ),
            Location::Veto { veto, .. } => {
                at(format!("否决项 {veto}"), format!("veto item {veto}"))
            }
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackErrorKind {
    /// Not JSON at all.
    NotJson {
        /// Parser message.
        detail: String,
        /// 1-based line.
        line: usize,
    },
    /// JSON of the wrong shape: a missing or unknown field, or a wrong type.
    Shape {
        /// Parser message.
        detail: String,
    },
    /// A file of this tool that is not a pack (an assessment backup given to the criteria import).
    NotAPack {
        /// What the file is.
        saved: SavedFile,
    },
    /// A pack file format this version cannot read.
    UnsupportedSchema {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// `rule.type` names no known rule.
    UnknownRuleType {
        /// The name found.
        found: String,
    },
    /// Two things share an ID.
    DuplicateId {
        /// The ID.
        id: String,
    },
    /// An ID is empty or holds spaces or other characters that do not belong in an ID.
    BadId {
        /// The ID.
        id: String,
    },
    /// Chinese text is required and missing.
    MissingZhText,
    /// Parts do not add up to the stated total.
    PointsDoNotSum {
        /// The stated total.
        stated: String,
        /// The actual sum.
        sum: String,
    },
    /// A rule's best answer is not worth the indicator's points.
    RuleMaxMismatch {
        /// What the rule can award at best.
        rule_max: String,
        /// The indicator's stated points.
        max_points: String,
    },
    /// Points below zero, or a deduction that is not positive.
    NotPositive,
    /// Thresholds not strictly ascending, or points falling as the value rises.
    ThresholdOutOfOrder {
        /// 0-based position of the first offending threshold.
        index: usize,
    },
    /// A key item's floor above 100%.
    FloorAbove100 {
        /// The floor given.
        floor: u32,
    },
    /// A formula names an input the calculator does not have.
    UnknownInput {
        /// The name used.
        input: String,
    },
    /// A reference to an indicator that does not exist, or is not a calculator where one is needed.
    BadIndicatorRef {
        /// The ID referred to.
        id: String,
    },
    /// A citation of a source the pack does not list.
    UnknownSource {
        /// The key cited.
        source: String,
    },
    /// A source address that is not an `http:` or `https:` URL (it would not be safe to
    /// follow, e.g. `javascript:`).
    UnsafeLink {
        /// The address as written.
        url: String,
    },
    /// An indicator or veto item uses an ID the pack has retired.
    RetiredIdReused {
        /// The ID.
        id: String,
        /// The pack version that retired it.
        version: u32,
    },
    /// A bonus block's cap is not above 0, or above the points its items carry.
    BonusCapOutOfRange {
        /// The cap given.
        cap: String,
        /// The points of the block's items.
        points: String,
    },
    /// A key item inside a bonus block (a bonus cannot be a condition of passing).
    KeyItemInBonus,
    /// A veto item reads an indicator in a bonus block.
    VetoReadsBonus {
        /// The indicator's ID.
        id: String,
    },
    /// Every group is a bonus block, so there is no base total.
    NoBaseGroup,
    /// A list that must have entries is empty.
    Empty,
    /// The pass mark is above the total.
    PassMarkAboveTotal,
}

/// A problem in a pack, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// Where.
    pub location: Location,
    /// What.
    pub kind: PackErrorKind,
}

impl PackError {
    pub(crate) fn new(location: Location, kind: PackErrorKind) -> PackError {
        PackError { location, kind }
    }
}

impl Localize for PackErrorKind {
    fn message(&self, lang: Lang) -> String {
        use PackErrorKind::*;
        let (zh, en) = match self {
            NotJson { detail, line } => (
                format!("不是有效的 JSON（第 {line} 行：{detail}）"),
                format!("not valid JSON (line {line}: {detail})"),
            ),
            Shape { detail } => (format!("结构不符合数据包格式：{detail}"), format!("does not match the pack format: {detail}")),
            NotAPack { saved } => {
                let (zh, en) = match saved {
                    SavedFile::Assessment => ("一项自评的备份", "an assessment backup"),
                    SavedFile::Backup => ("自评备份", "a backup of assessments"),
                };
                (
                    format!("这是本工具导出的{zh}文件，不是评价细则数据包：请在“我的自评”页的“导入备份”中导入它"),
                    format!("this is {en} exported by this tool, not a criteria pack: import it under My assessments → Import a backup"),
                )
            }
            UnsupportedSchema { found, supported } => (
                format!("数据包格式版本 {found} 无法读取（本工具支持 {supported}）"),
                format!("pack format version {found} cannot be read (this tool reads {supported})"),
            ),
            UnknownRuleType { found } => {
                let known: Vec<&str> = RuleKind::ALL.iter().map(|k| k.id()).collect();
                let (last, rest) = known.split_last().unwrap_or((&"", &[]));
                (
                    format!("未知的计分方式“{found}”，应为 {} 或 {last}", rest.join("、")),
                    format!("unknown rule type \"{found}\"; expected {} or {last}", rest.join(", ")),
                )
            }
            DuplicateId { id } => (format!("编号“{id}”重复"), format!("ID \"{id}\" is used twice")),
            BadId { id } => (
                format!("编号“{id}”无效：不能为空，不能含空格"),
                format!("ID \"{id}\" is invalid: it must be non-empty and contain no spaces"),
            ),
            MissingZhText => ("缺少中文文本".into(), "Chinese text is missing".into()),
            PointsDoNotSum { stated, sum } => (
                format!("分值合计为 {sum}，与标明的总分 {stated} 不符"),
                format!("points add up to {sum}, not the stated total {stated}"),
            ),
            RuleMaxMismatch { rule_max, max_points } => (
                format!("计分规则最高只能得 {rule_max} 分，与分值 {max_points} 不符"),
                format!("the rule awards at most {rule_max}, but the indicator is worth {max_points}"),
            ),
            NotPositive => ("分值不能为负，每处扣分必须大于 0".into(), "points cannot be negative and a deduction must be above 0".into()),
            ThresholdOutOfOrder { index } => (
                format!("第 {} 个阈值顺序错误：阈值须从小到大，得分不能随之减少", index + 1),
                format!("threshold {} is out of order: thresholds must ascend and their points must not fall", index + 1),
            ),
            FloorAbove100 { floor } => (
                format!("关键项下限 {floor}% 超过 100%"),
                format!("key-item floor {floor}% is above 100%"),
            ),
            UnknownInput { input } => (
                format!("公式引用了不存在的输入项“{input}”"),
                format!("the formula refers to an unknown input \"{input}\""),
            ),
            BadIndicatorRef { id } => (
                format!("引用的指标“{id}”不存在或不是计算型指标"),
                format!("the referenced indicator \"{id}\" does not exist or is not a calculator"),
            ),
            UnknownSource { source } => (
                format!("引用了未列出的出处“{source}”"),
                format!("cites a source \"{source}\" the pack does not list"),
            ),
            UnsafeLink { url } => (
                format!("出处网址“{url}”不是 http 或 https 网址，不能作为链接（请填写以 http:// 或 https:// 开头的网址，或留空）"),
                format!("the source address \"{url}\" is not an http or https URL and cannot be a link (give an address starting with http:// or https://, or leave it empty)"),
            ),
            RetiredIdReused { id, version } => (
                format!("编号“{id}”已在第 {version} 版停用，不能再次使用；请换一个新编号"),
                format!("ID \"{id}\" was retired in version {version} and cannot be used again; choose a new ID"),
            ),
            BonusCapOutOfRange { cap, points } => (
                format!("加分上限 {cap} 须大于 0 且不超过加分项分值合计 {points}"),
                format!("the bonus cap {cap} must be above 0 and at most the bonus items' points, {points}"),
            ),
            KeyItemInBonus => (
                "加分项不能设为关键项".into(),
                "a bonus item cannot be a key item".into(),
            ),
            VetoReadsBonus { id } => (
                format!("否决项不能读取加分项“{id}”的数值"),
                format!("a veto item cannot read the bonus item \"{id}\""),
            ),
            NoBaseGroup => (
                "至少要有一个不是加分项的大项".into(),
                "at least one group must not be a bonus block".into(),
            ),
            Empty => ("列表不能为空".into(), "the list must not be empty".into()),
            PassMarkAboveTotal => ("及格线高于总分".into(), "the pass mark is above the total".into()),
        };
        pick(lang, zh, en)
    }
}

impl Localize for PackError {
    fn message(&self, lang: Lang) -> String {
        let sep = match lang {
            Lang::Zh => "：",
            Lang::En => ": ",
        };
        format!(
            "{}{sep}{}",
            self.location.message(lang),
            self.kind.message(lang)
        )
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for PackError {}
