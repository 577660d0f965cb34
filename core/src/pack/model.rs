//! The pack data model, exactly as it is written in JSON.

pub use crate::vocabulary::{
    AnswerShape, Confidence, InputKind, Method, RuleKind, SubItemMode, VetoKind, Vocabulary,
};
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
    /// How the evaluation is run (teams, documents, sampled points), shown with the provenance.
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub methods_note: Text,
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
    /// IDs this pack no longer uses. They stay listed so no later version reuses one for a
    /// different requirement, which would silently move old answers onto it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<Retired>,
    /// What it takes to pass.
    pub pass_rule: PassRule,
}

/// An indicator or veto ID taken out of the pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    /// The ID, never to be used again in this pack.
    pub id: String,
    /// The pack version that took it out.
    pub version: u32,
    /// Why, and what replaces it.
    #[serde(default)]
    pub note: Text,
}

/// A cited source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short key indicators cite, e.g. `seed`.
    pub id: String,
    /// Title of the document or page.
    pub title: Text,
    /// Who first issued it (a government office, a newspaper); what a reader trusts.
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub issuer: Text,
    /// Where and when it was first published.
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub publication: Text,
    /// Address at the original issuer, if public.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Address of a copy on another site (转载), when the original is not online.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copy_url: String,
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
    /// Set when this is a bonus block (加分项): its points are added after the base total, up
    /// to the cap, and are not part of `total_points`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<Bonus>,
    /// Indicators in display order.
    pub indicators: Vec<Indicator>,
}

impl Group {
    /// Whether this is a bonus block.
    pub fn is_bonus(&self) -> bool {
        self.bonus.is_some()
    }
}

/// A bonus block's cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bonus {
    /// The most its indicators can add, however many points they award together.
    pub cap: Points,
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
    /// The rule's kind (its `type` in JSON).
    pub fn kind(&self) -> RuleKind {
        match self {
            Rule::Levels { .. } => RuleKind::Levels,
            Rule::SubItems { .. } => RuleKind::SubItems,
            Rule::Deductions { .. } => RuleKind::Deductions,
            Rule::Calculator(_) => RuleKind::Calculator,
        }
    }

    /// The calculation, when the rule is a calculator.
    pub fn calc(&self) -> Option<&CalcSpec> {
        match self {
            Rule::Calculator(calculator) => Some(&calculator.spec),
            _ => None,
        }
    }
}

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

/// A calculation: named numeric inputs and a formula that turns them into one value. Shared by
/// calculator indicators and by veto items with a calculation of their own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalcSpec {
    /// What the user types.
    pub inputs: Vec<CalcInput>,
    /// How the inputs become one value.
    pub formula: Formula,
    /// Unit of the result, e.g. 批次/千人.
    pub result_unit: Text,
}

impl CalcSpec {
    /// The input with this ID.
    pub fn input(&self, id: &str) -> Option<&CalcInput> {
        self.inputs.iter().find(|i| i.id == id)
    }
}

/// A calculation whose value is mapped to points by thresholds. In JSON its fields sit side by
/// side (`inputs`, `formula`, `result_unit`, `thresholds`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "CalculatorFields", into = "CalculatorFields")]
pub struct Calculator {
    /// The calculation.
    pub spec: CalcSpec,
    /// Ascending thresholds; the highest one reached gives the points, none reached gives 0.
    pub thresholds: Vec<Threshold>,
}

/// [`Calculator`] as written in JSON.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalculatorFields {
    inputs: Vec<CalcInput>,
    formula: Formula,
    result_unit: Text,
    thresholds: Vec<Threshold>,
}

impl From<CalculatorFields> for Calculator {
    fn from(f: CalculatorFields) -> Self {
        let spec = CalcSpec {
            inputs: f.inputs,
            formula: f.formula,
            result_unit: f.result_unit,
        };
        Calculator {
            spec,
            thresholds: f.thresholds,
        }
    }
}

impl From<Calculator> for CalculatorFields {
    fn from(c: Calculator) -> Self {
        CalculatorFields {
            inputs: c.spec.inputs,
            formula: c.spec.formula,
            result_unit: c.spec.result_unit,
            thresholds: c.thresholds,
        }
    }
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

/// Where an indicator's content comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    Calculator(CalcSpec),
}

impl VetoTest {
    /// How the veto item is decided.
    pub fn kind(&self) -> VetoKind {
        match self {
            VetoTest::Declaration { .. } => VetoKind::Declaration,
            VetoTest::Threshold {
                value: VetoValue::Indicator { .. },
                ..
            } => VetoKind::Indicator,
            VetoTest::Threshold {
                value: VetoValue::Calculator(_),
                ..
            } => VetoKind::Calculator,
        }
    }

    /// The veto's own calculation, when it has one.
    pub fn calc(&self) -> Option<&CalcSpec> {
        match self {
            VetoTest::Threshold {
                value: VetoValue::Calculator(spec),
                ..
            } => Some(spec),
            _ => None,
        }
    }
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

    /// The number of indicators, bonus items included.
    pub fn indicator_count(&self) -> usize {
        self.groups.iter().map(|g| g.indicators.len()).sum()
    }

    /// The number of base indicators (the "54"), bonus items left out.
    pub fn base_indicator_count(&self) -> usize {
        self.base_groups().map(|g| g.indicators.len()).sum()
    }

    /// The groups that make up the base total, in display order.
    pub fn base_groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| !g.is_bonus())
    }

    /// Whether the indicator with this ID sits in a bonus block.
    pub fn is_bonus_indicator(&self, id: &str) -> bool {
        self.group_of(id).is_some_and(Group::is_bonus)
    }

    /// The retired entry for this ID, if the pack took it out.
    pub fn retired(&self, id: &str) -> Option<&Retired> {
        self.retired.iter().find(|r| r.id == id)
    }
}
