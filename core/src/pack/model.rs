//! The pack data model, exactly as it is written in JSON.

use crate::{Decimal, Points, Text};
use serde::{Deserialize, Serialize};

/// A complete criteria pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Version of the pack file format (see [`super::PACK_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Stable identifier, e.g. `nfsdc-2023`.
    pub id: String,
    /// Revision of this pack's content; increases when a city edits it, the id stays.
    pub version: u32,
    /// Title of the criteria.
    pub title: Text,
    /// Edition, e.g. `2023`.
    pub edition: String,
    /// Who issues the criteria the pack describes.
    pub issuer: Text,
    /// Where the content comes from and how far it can be trusted; shown to every user.
    pub provenance: Text,
    /// Whether the point values are the official ones.
    pub points_official: bool,
    /// The sum of all indicators' points.
    pub total_points: Points,
    /// Sources cited by indicators and veto items.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The major items (大项), in display order.
    pub groups: Vec<Group>,
    /// Veto items (否决项).
    #[serde(default)]
    pub vetoes: Vec<Veto>,
    /// What it takes to pass.
    pub pass_rule: PassRule,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short key indicators cite, e.g. `seed`.
    pub id: String,
    /// Title of the document or page.
    pub title: Text,
    /// Address, if public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// A major item (大项) and its indicators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable identifier, e.g. `basic`.
    pub id: String,
    /// Display name, e.g. 基础工作.
    pub name: Text,
    /// The sum of this group's indicator points.
    pub points: Points,
    /// Indicators in display order.
    pub indicators: Vec<Indicator>,
}

/// One scored indicator (指标).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable identifier, e.g. `C-02`.
    pub id: String,
    /// Short name.
    pub name: Text,
    /// 评价标准: what is required.
    pub requirement: Text,
    /// 评分标准: how points are given, in words.
    pub scoring: Text,
    /// 测评方式: how reviewers check it.
    pub methods: Vec<Method>,
    /// 佐证材料 a reviewer expects.
    #[serde(default)]
    pub evidence: Vec<Text>,
    /// 责任单位 usually responsible.
    #[serde(default)]
    pub departments: Vec<Text>,
    /// Maximum points (分值).
    pub max_points: Points,
    /// Set when this is a key item (关键项) with a floor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_item: Option<KeyItem>,
    /// How an answer becomes points.
    pub rule: Rule,
    /// Whether the indicator may be marked not applicable (with a reason).
    #[serde(default)]
    pub na_allowed: bool,
    /// Where the content comes from.
    pub provenance: Provenance,
    /// A worked scoring example, for trainers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Text>,
}

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

/// A key item's floor: it must score at least this share of its points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyItem {
    /// The floor in percent of the indicator's points, 0–100.
    pub floor_percent: u32,
}

/// How an answer becomes points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// One named answer among several, each worth fixed points (符合 / 基本符合 / 不符合).
    Levels {
        /// The answers, best first.
        levels: Vec<Level>,
    },
    /// 评分要点: points for each point met.
    SubItems {
        /// How met sub-items add up.
        mode: SubItemMode,
        /// The sub-items.
        items: Vec<SubItem>,
    },
    /// Start at the maximum, deduct per finding, never below zero (单项扣完为止).
    Deductions {
        /// Points deducted for each finding.
        per_finding: Points,
        /// What counts as one finding.
        finding: Text,
    },
    /// A computed value mapped to points by thresholds.
    Calculator(Calculator),
}

impl Rule {
    /// The type name as written in JSON.
    pub fn type_name(&self) -> &'static str {
        match self {
            Rule::Levels { .. } => "levels",
            Rule::SubItems { .. } => "sub_items",
            Rule::Deductions { .. } => "deductions",
            Rule::Calculator(_) => "calculator",
        }
    }
}

/// Every rule type name a pack may use.
pub const RULE_TYPES: [&str; 4] = ["levels", "sub_items", "deductions", "calculator"];

/// A named answer with its points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Stable identifier within the indicator, e.g. `met`.
    pub id: String,
    /// Display name, e.g. 符合.
    pub name: Text,
    /// Points for this answer.
    pub points: Points,
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

/// One 评分要点.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubItem {
    /// Stable identifier within the indicator.
    pub id: String,
    /// What must be true.
    pub text: Text,
    /// Points it carries.
    pub points: Points,
}

/// Named numeric inputs, a formula, and thresholds from the result to points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calculator {
    /// What the user types.
    pub inputs: Vec<CalcInput>,
    /// How the inputs become one value.
    pub formula: Formula,
    /// Unit of the result, e.g. 批次/千人.
    pub result_unit: Text,
    /// Ascending thresholds; the highest one reached gives the points, none reached gives 0.
    pub thresholds: Vec<Threshold>,
}

/// A number the user types.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalcInput {
    /// Stable identifier within the calculator, e.g. `batches`.
    pub id: String,
    /// What to type.
    pub label: Text,
    /// Unit, e.g. 批次.
    pub unit: Text,
    /// What values make sense.
    pub kind: InputKind,
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

/// How a calculator's inputs become its value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Formula {
    /// `count ÷ population × 1000`.
    PerThousand {
        /// Input holding the count.
        count: String,
        /// Input holding the population.
        population: String,
    },
    /// `part ÷ whole × 100`.
    Percentage {
        /// Input holding the part.
        part: String,
        /// Input holding the whole.
        whole: String,
    },
    /// `(current − previous) ÷ previous × 100`.
    Growth {
        /// Input holding this year's amount.
        current: String,
        /// Input holding last year's amount.
        previous: String,
    },
    /// The input itself (a survey score).
    Value {
        /// The input.
        input: String,
    },
}

impl Formula {
    /// The inputs the formula names, in order.
    pub fn input_ids(&self) -> Vec<&str> {
        match self {
            Formula::PerThousand { count, population } => vec![count, population],
            Formula::Percentage { part, whole } => vec![part, whole],
            Formula::Growth { current, previous } => vec![current, previous],
            Formula::Value { input } => vec![input],
        }
    }
}

/// Reaching `at_least` earns `points`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// The least value that earns the points.
    pub at_least: Decimal,
    /// The points earned.
    pub points: Points,
}

impl Threshold {
    /// The threshold as shown, with the calculator's result unit: "≥ 4 批次/千人", or "> 0%"
    /// when it is the smallest positive step (see [`crate::report::threshold_text`]).
    pub fn text(&self, unit: &Text) -> Text {
        crate::report::threshold_text(self.at_least, unit)
    }
}

/// Where an indicator's content comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// How close the wording is to a source.
    pub confidence: Confidence,
    /// Keys of the pack's [`Source`]s.
    #[serde(default)]
    pub sources: Vec<String>,
    /// What exactly is sourced and what is not.
    #[serde(default)]
    pub note: Text,
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
    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Confidence::Sourced => ("有出处原文", "Sourced wording"),
            Confidence::Paraphrased => ("据出处转述", "Paraphrased from a source"),
            Confidence::Inferred => ("推断", "Inferred"),
        };
        Text::new(zh, en)
    }
}

/// A veto item (否决项).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Veto {
    /// Stable identifier, e.g. `V-01`.
    pub id: String,
    /// Short name.
    pub name: Text,
    /// What triggers it.
    pub description: Text,
    /// How it is decided.
    pub test: VetoTest,
    /// Where it comes from.
    pub provenance: Provenance,
}

/// How a veto item is decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum VetoTest {
    /// The city answers yes or no; yes triggers the veto.
    Declaration {
        /// The question, phrased so that "yes" is the bad answer.
        question: Text,
    },
    /// A computed value below `at_least` triggers the veto.
    Threshold {
        /// Where the value comes from.
        value: VetoValue,
        /// The least acceptable value.
        at_least: Decimal,
    },
}

/// The value a threshold veto looks at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case", deny_unknown_fields)]
pub enum VetoValue {
    /// The calculated value of a calculator indicator, so the figure is typed once.
    Indicator {
        /// The indicator's ID.
        indicator: String,
    },
    /// A calculation of the veto's own.
    Calculator {
        /// What the user types.
        inputs: Vec<CalcInput>,
        /// How the inputs become the value.
        formula: Formula,
        /// Unit of the value.
        result_unit: Text,
    },
}

/// What it takes to pass.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassRule {
    /// The least total, on the scale of `total_points`.
    pub min_total: Points,
    /// Whether N/A indicators leave the denominator and the total is rescaled to
    /// `total_points` (otherwise N/A simply scores 0 of 0 and the scale shrinks).
    pub rebase_not_applicable: bool,
    /// Plain-words statement of the rule, shown with the verdict.
    pub summary: Text,
}

impl Pack {
    /// Every indicator, in display order.
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.groups.iter().flat_map(|g| g.indicators.iter())
    }

    /// The indicator with this ID.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators().find(|i| i.id == id)
    }

    /// The group holding the indicator with this ID.
    pub fn group_of(&self, id: &str) -> Option<&Group> {
        self.groups
            .iter()
            .find(|g| g.indicators.iter().any(|i| i.id == id))
    }

    /// The veto items whose threshold reads the value of the indicator with this ID (a low
    /// score there also decides the veto).
    pub fn vetoes_reading<'p>(&'p self, id: &'p str) -> impl Iterator<Item = &'p Veto> + 'p {
        self.vetoes.iter().filter(move |v| {
            matches!(&v.test, VetoTest::Threshold { value: VetoValue::Indicator { indicator }, .. } if indicator == id)
        })
    }

    /// The source with this key.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The number of indicators.
    pub fn indicator_count(&self) -> usize {
        self.groups.iter().map(|g| g.indicators.len()).sum()
    }
}
