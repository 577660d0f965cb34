//! The domain's closed vocabularies: every kind a pack, an answer or a saved file can name.
//!
//! Each kind is an enum with `ALL` (display order), `id()` (the token pack JSON and saved files
//! use, equal to its serde name), `label()` (the one wording the template, the diff and the UI
//! share) and, where a spreadsheet spells it differently, `sheet_token()`. Adding a variant is a
//! compiler-guided edit: every `match` on it stops the build until the new kind is handled.
//! This module sits at the bottom of the crate (it imports only [`Text`]), so both the pack
//! model and the saved assessment can name kinds without a circle.

use crate::{Lang, Text};
use serde::{Deserialize, Serialize};

/// A closed vocabulary whose members have a display label.
pub trait Vocabulary: Copy + 'static {
    /// Every member, in display order.
    fn all() -> &'static [Self];
    /// The stable token, as in pack JSON and saved files.
    fn id(self) -> &'static str;
    /// Display name.
    fn label(self) -> Text;
}

/// Implements [`Vocabulary`] from the kind's own `ALL`, `id()` and `label()`.
macro_rules! vocabulary {
    ($($kind:ty),*) => {$(
        impl Vocabulary for $kind {
            fn all() -> &'static [Self] {
                &<$kind>::ALL
            }
            fn id(self) -> &'static str {
                <$kind>::id(self)
            }
            fn label(self) -> Text {
                <$kind>::label(self)
            }
        }
    )*};
}

vocabulary!(
    Method,
    RuleKind,
    VetoKind,
    SubItemMode,
    InputKind,
    Confidence,
    RollUpRule
);

/// How reviewers check an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// 资料审查.
    DocumentReview,
    /// 现场检查 · 明查.
    OpenInspection,
    /// 现场检查 · 暗访.
    CovertInspection,
    /// 访谈.
    Interview,
    /// 问卷测评.
    Survey,
}

impl Method {
    /// Every method, in display order.
    pub const ALL: [Method; 5] = [
        Method::DocumentReview,
        Method::OpenInspection,
        Method::CovertInspection,
        Method::Interview,
        Method::Survey,
    ];

    /// A stable token, as in pack files (`document_review`, …), for forms and files.
    pub fn id(self) -> &'static str {
        match self {
            Method::DocumentReview => "document_review",
            Method::OpenInspection => "open_inspection",
            Method::CovertInspection => "covert_inspection",
            Method::Interview => "interview",
            Method::Survey => "survey",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Method::DocumentReview => ("资料审查", "Document review"),
            Method::OpenInspection => ("现场检查·明查", "Site inspection (announced)"),
            Method::CovertInspection => ("现场检查·暗访", "Site inspection (covert)"),
            Method::Interview => ("访谈", "Interview"),
            Method::Survey => ("问卷测评", "Survey"),
        };
        Text::new(zh, en)
    }
}

/// The kind of an indicator's rule: how an answer becomes points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// One named answer among several (符合 / 基本符合 / 不符合).
    Levels,
    /// 评分要点: points for each point met.
    SubItems,
    /// Start at the maximum, deduct per finding (单项扣完为止).
    Deductions,
    /// A computed value mapped to points by thresholds.
    Calculator,
}

impl RuleKind {
    /// Every rule kind, in the order the template explains them.
    pub const ALL: [RuleKind; 4] = [
        RuleKind::Levels,
        RuleKind::SubItems,
        RuleKind::Deductions,
        RuleKind::Calculator,
    ];

    /// The `type` token of the rule in pack JSON.
    pub fn id(self) -> &'static str {
        match self {
            RuleKind::Levels => "levels",
            RuleKind::SubItems => "sub_items",
            RuleKind::Deductions => "deductions",
            RuleKind::Calculator => "calculator",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            RuleKind::Levels => ("按档次计分", "By level"),
            RuleKind::SubItems => ("按评分要点计分", "By scoring points"),
            RuleKind::Deductions => ("扣分制", "Deductions"),
            RuleKind::Calculator => ("计算型", "Calculated"),
        };
        Text::new(zh, en)
    }

    /// The shape of the answer a rule of this kind reads.
    pub fn answer_shape(self) -> AnswerShape {
        match self {
            RuleKind::Levels => AnswerShape::Level,
            RuleKind::SubItems => AnswerShape::SubItems,
            RuleKind::Deductions => AnswerShape::Findings,
            RuleKind::Calculator => AnswerShape::Inputs,
        }
    }
}

/// How a veto item is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VetoKind {
    /// The city declares yes or no.
    Declaration,
    /// A threshold on a calculator indicator's value (no answer of its own).
    Indicator,
    /// A threshold on a calculation of the veto's own.
    Calculator,
}

impl VetoKind {
    /// Every veto kind, in display order.
    pub const ALL: [VetoKind; 3] = [
        VetoKind::Declaration,
        VetoKind::Indicator,
        VetoKind::Calculator,
    ];

    /// The stable token, as in saved files.
    pub fn id(self) -> &'static str {
        match self {
            VetoKind::Declaration => "declaration",
            VetoKind::Indicator => "indicator",
            VetoKind::Calculator => "calculator",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            VetoKind::Declaration => ("城市申报", "Declared by the city"),
            VetoKind::Indicator => ("取自指标数值", "An indicator's value"),
            VetoKind::Calculator => ("自有测评数据", "Figures of its own"),
        };
        Text::new(zh, en)
    }

    /// Whether the city answers the veto item itself (it does not when the veto reads an
    /// indicator's value).
    pub fn has_own_answer(self) -> bool {
        self != VetoKind::Indicator
    }
}

/// The shape of an indicator's answer, one per [`crate::Answer`] variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerShape {
    /// A chosen level.
    Level,
    /// Sub-items marked met.
    SubItems,
    /// A number of findings.
    Findings,
    /// Figures for a calculator.
    Inputs,
    /// Not applicable, with a reason.
    NotApplicable,
}

impl AnswerShape {
    /// The rule kind an answer of this shape was made for; `None` for N/A, which any rule
    /// allowing it can read.
    pub fn rule_kind(self) -> Option<RuleKind> {
        match self {
            AnswerShape::Level => Some(RuleKind::Levels),
            AnswerShape::SubItems => Some(RuleKind::SubItems),
            AnswerShape::Findings => Some(RuleKind::Deductions),
            AnswerShape::Inputs => Some(RuleKind::Calculator),
            AnswerShape::NotApplicable => None,
        }
    }
}

/// How met sub-items add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubItemMode {
    /// The sum of the points of the items met.
    Sum,
    /// Full points only when every item is met, otherwise none.
    AllRequired,
}

impl SubItemMode {
    /// Both modes.
    pub const ALL: [SubItemMode; 2] = [SubItemMode::Sum, SubItemMode::AllRequired];

    /// The token in pack JSON.
    pub fn id(self) -> &'static str {
        match self {
            SubItemMode::Sum => "sum",
            SubItemMode::AllRequired => "all_required",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        match self {
            SubItemMode::Sum => Text::new("所达要点分值相加", "adding up the points met"),
            SubItemMode::AllRequired => {
                Text::new("全部达到得满分", "full points only when all are met")
            }
        }
    }
}

/// The range of values an input accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A whole count ≥ 0 (batches, cases).
    Count,
    /// A population or other denominator: whole and > 0.
    Population,
    /// Any amount ≥ 0 (money, a score).
    Amount,
    /// A percentage 0–100.
    Percent,
}

impl InputKind {
    /// Every input kind, in display order.
    pub const ALL: [InputKind; 4] = [
        InputKind::Count,
        InputKind::Population,
        InputKind::Amount,
        InputKind::Percent,
    ];

    /// The token in pack JSON.
    pub fn id(self) -> &'static str {
        match self {
            InputKind::Count => "count",
            InputKind::Population => "population",
            InputKind::Amount => "amount",
            InputKind::Percent => "percent",
        }
    }

    /// Display name, with the range it accepts.
    pub fn label(self) -> Text {
        match self {
            InputKind::Count => Text::new("计数（不小于 0 的整数）", "a count (whole, 0 or more)"),
            InputKind::Population => Text::new(
                "人口等分母（大于 0 的整数）",
                "a population (whole, above 0)",
            ),
            InputKind::Amount => Text::new("数额（不小于 0）", "an amount (0 or more)"),
            InputKind::Percent => Text::new("百分比（0–100）", "a percentage (0–100)"),
        }
    }

    /// How the pack spreadsheet's 计算输入 cell spells the kind.
    pub fn sheet_token(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            InputKind::Count => ("计数", "count"),
            InputKind::Population => ("人口", "population"),
            InputKind::Amount => ("数值", "amount"),
            InputKind::Percent => ("百分比", "percent"),
        };
        if lang == Lang::Zh {
            zh
        } else {
            en
        }
    }
}

/// How close the wording is to a public source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Wording taken from a source (short names only).
    Sourced,
    /// A source says it; the words are ours.
    Paraphrased,
    /// No source says it; inferred from the scheme's structure or city practice.
    Inferred,
}

impl Confidence {
    /// Every confidence, strongest first.
    pub const ALL: [Confidence; 3] = [
        Confidence::Sourced,
        Confidence::Paraphrased,
        Confidence::Inferred,
    ];

    /// The token in pack JSON.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Sourced => "sourced",
            Confidence::Paraphrased => "paraphrased",
            Confidence::Inferred => "inferred",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Confidence::Sourced => ("有出处原文", "Sourced wording"),
            Confidence::Paraphrased => ("据出处转述", "Paraphrased from a source"),
            Confidence::Inferred => ("推断", "Inferred"),
        };
        Text::new(zh, en)
    }

    /// The short word a pack spreadsheet may use instead of the label.
    pub fn sheet_token(self) -> &'static str {
        match self {
            Confidence::Sourced => "原文",
            Confidence::Paraphrased => "转述",
            Confidence::Inferred => "推断",
        }
    }
}

/// How the findings at many inspection points become one indicator's deduction. The official
/// rule is not public (evaluation-workflow §2), so a check-sheet pack chooses per indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RollUpRule {
    /// Every point's deductions added up, capped at the indicator's points (单项扣完为止).
    #[default]
    Pooled,
    /// The mean of the points' scores.
    Mean,
    /// The worst point's score.
    Worst,
}

impl RollUpRule {
    /// Every rule, the default first.
    pub const ALL: [RollUpRule; 3] = [RollUpRule::Pooled, RollUpRule::Mean, RollUpRule::Worst];

    /// The token in pack JSON and saved files.
    pub fn id(self) -> &'static str {
        match self {
            RollUpRule::Pooled => "pooled",
            RollUpRule::Mean => "mean",
            RollUpRule::Worst => "worst",
        }
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            RollUpRule::Pooled => (
                "各点位扣分累计，单项扣完为止",
                "Deductions pooled, at most the indicator's points",
            ),
            RollUpRule::Mean => ("按点位平均得分", "Mean of the point scores"),
            RollUpRule::Worst => ("按最差点位得分", "The worst point's score"),
        };
        Text::new(zh, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `id()` is the serde name, so files and forms spell a kind one way.
    fn ids_are_serde_names<K: Vocabulary + Serialize>() {
        for &kind in K::all() {
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.id()));
            assert!(!kind.label().zh.is_empty() && !kind.label().en.is_empty());
        }
    }

    #[test]
    fn every_vocabulary_spells_its_tokens_as_serde_does() {
        ids_are_serde_names::<Method>();
        ids_are_serde_names::<RuleKind>();
        ids_are_serde_names::<VetoKind>();
        ids_are_serde_names::<SubItemMode>();
        ids_are_serde_names::<InputKind>();
        ids_are_serde_names::<Confidence>();
        ids_are_serde_names::<RollUpRule>();
    }

    #[test]
    fn an_answer_shape_leads_back_to_its_rule_kind() {
        for kind in RuleKind::ALL {
            assert_eq!(kind.answer_shape().rule_kind(), Some(kind));
        }
        assert_eq!(AnswerShape::NotApplicable.rule_kind(), None);
    }
}

/// A file this tool writes that is not a criteria pack, by its `format` field. The pack reader
/// recognises one given to it by mistake and says where it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SavedFile {
    /// One assessment (`fscity-assessment`).
    Assessment,
    /// A backup of one or more assessments (`fscity-backup`).
    Backup,
}

impl SavedFile {
    /// Both kinds.
    pub const ALL: [SavedFile; 2] = [SavedFile::Assessment, SavedFile::Backup];

    /// The `format` token the file carries.
    pub const fn format(self) -> &'static str {
        match self {
            SavedFile::Assessment => "fscity-assessment",
            SavedFile::Backup => "fscity-backup",
        }
    }

    /// The kind whose `format` token is `token`.
    pub fn from_format(token: &str) -> Option<SavedFile> {
        SavedFile::ALL.into_iter().find(|k| k.format() == token)
    }
}
