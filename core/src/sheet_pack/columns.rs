//! The sheets and columns of the criteria spreadsheet, in one table: the template writes these
//! titles, the import looks them up (Chinese or English), and the 说明 sheet explains them.

use crate::pack::{Veto, VetoTest, VetoValue};
use crate::Lang;

/// A sheet's name in both languages.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SheetName {
    pub zh: &'static str,
    pub en: &'static str,
}

impl SheetName {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    pub fn matches(self, name: &str) -> bool {
        let name = normalize(name);
        name == normalize(self.zh) || name == normalize(self.en)
    }
}

pub(crate) const INDICATOR_SHEET: SheetName = SheetName {
    zh: "评价指标",
    en: "Indicators",
};
pub(crate) const VETO_SHEET: SheetName = SheetName {
    zh: "否决项",
    en: "Veto items",
};
pub(crate) const PACK_SHEET: SheetName = SheetName {
    zh: "数据包",
    en: "Pack",
};
pub(crate) const SOURCE_SHEET: SheetName = SheetName {
    zh: "出处",
    en: "Sources",
};
pub(crate) const README_SHEET: SheetName = SheetName {
    zh: "说明",
    en: "Read me",
};

/// One column (or, on the 数据包 sheet, one row): its titles and how to fill it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Column {
    pub zh: &'static str,
    pub en: &'static str,
    pub required: bool,
    pub help_zh: &'static str,
    pub help_en: &'static str,
}

impl Column {
    /// A column without help text (the register's, the check sheets').
    pub const fn plain(zh: &'static str, en: &'static str, required: bool) -> Column {
        Column {
            zh,
            en,
            required,
            help_zh: "",
            help_en: "",
        }
    }

    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    pub fn matches(&self, title: &str) -> bool {
        let title = normalize(title);
        title == normalize(self.zh) || title == normalize(self.en)
    }
}

/// Titles compare without spaces, with full-width brackets as ASCII and English in lower case,
/// so `评价指标 (英文)` and `indicator (english)` find their columns.
pub(crate) fn normalize(title: &str) -> String {
    title
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '：' => ':',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

macro_rules! columns {
    ($($name:ident = $zh:literal, $en:literal, $required:literal, $help_zh:expr, $help_en:expr;)*) => {
        $(pub(crate) const $name: Column = Column {
            zh: $zh, en: $en, required: $required, help_zh: $help_zh, help_en: $help_en,
        };)*
    };
}

const EN_HELP_ZH: &str = "英文版本，可留空（界面会显示中文）。";
const EN_HELP_EN: &str = "The English version; may be empty (the Chinese is shown).";

columns! {
    GROUP = "大项", "Group", true,
        "所属大项的名称，如 基础工作。留空表示与上一行相同。",
        "The major item's name, e.g. 基础工作. Blank means the same as the row above.";
    ID = "指标编号", "ID", true,
        "指标的固定编号，如 B-01，不可重复、不含空格。自评记录按编号对应，已用的编号请勿改动。",
        "The indicator's permanent ID, e.g. B-01: unique, no spaces. Answers are kept by ID, so do not change IDs in use.";
    NAME = "评价指标", "Indicator", true,
        "指标名称。",
        "The indicator's short name (Chinese).";
    REQUIREMENT = "评价标准", "Requirement", true,
        "要求达到什么。",
        "What is required (Chinese).";
    SCORING = "评分标准", "Scoring", true,
        "用文字说明如何给分。",
        "How points are given, in words (Chinese).";
    METHODS = "测评方式", "Methods", true,
        "资料审查、现场检查·明查、现场检查·暗访、访谈、问卷测评中的一项或多项，用“、”分隔。",
        "One or more of document review, site inspection (announced), site inspection (covert), interview, survey, separated by commas.";
    POINTS = "分值", "Points", true,
        "数字，最多一位小数，如 3 或 1.5。全部指标分值之和须等于数据包表中的总分。",
        "A number with at most one decimal, e.g. 3 or 1.5. All indicators' points must add up to the total on the pack sheet.";
    KEY_ITEM = "关键项", "Key item", false,
        "是 或 否（留空为否）。",
        "Yes or no (blank is no).";
    KEY_FLOOR = "关键项下限", "Key-item floor", false,
        "关键项至少要得分值的百分之几，填 0–100 的整数，如 60 表示 60%。非关键项留空。",
        "The share of its points a key item must reach, a whole number 0–100 (60 means 60%). Empty for other indicators.";
    VETOES = "否决项", "Veto items", false,
        "取值自本指标的否决项编号，如 V-02，仅供对照（否决项在否决项表中填写）；如填写须与否决项表一致，也可留空。",
        "The veto items that read this indicator, e.g. V-02, for reference (vetoes are defined on the veto sheet); if filled, it must agree with that sheet.";
    RULE = "计分方式", "Rule", true,
        "档次、评分要点、评分要点（全部满足）、扣分 或 计算；决定后面哪几列必填（见下方各计分方式的说明）。",
        "Levels, sub-items, sub-items (all required), deductions or calculator; decides which of the next columns are needed (see the rules below).";
    LEVELS = "档次", "Levels", false,
        "计分方式为档次时必填。每行一档（单元格内换行按 Alt+Enter），从高到低，写成“[编号] 名称 = 分值”，如 [met] 符合 = 3。编号可省略（按顺序编为 1、2、3）。最高一档等于分值。",
        "Required for levels. One level per line (Alt+Enter in a cell), best first, as \"[id] name = points\", e.g. [met] 符合 = 3. The id may be left out (then 1, 2, 3). The best level equals the points.";
    SUB_ITEMS = "评分要点", "Sub-items", false,
        "计分方式为评分要点时必填。每行一条，写成“[编号] 内容 = 分值”，编号可省略。各条分值之和等于分值。",
        "Required for sub-items. One per line as \"[id] text = points\"; the id may be left out. They add up to the points.";
    PER_FINDING = "每处扣分", "Deduction per finding", false,
        "计分方式为扣分时必填：每发现一处问题扣几分（大于 0），扣完为止。",
        "Required for deductions: points taken off per finding (above 0), never below zero.";
    FINDING = "扣分情形", "Finding", false,
        "计分方式为扣分时必填：什么算一处问题。",
        "Required for deductions: what counts as one finding.";
    INPUTS = "计算输入", "Calculator inputs", false,
        "计分方式为计算时必填。每行一项，写成“[编号] 名称 | 单位 | 类型”，类型为 计数、人口、数值 或 百分比。",
        "Required for calculators. One per line as \"[id] label | unit | kind\", kind being count, population, amount or percent.";
    FORMULA = "计算公式", "Formula", false,
        "用计算输入的编号写：a ÷ b × 1000（每千人）、a ÷ b × 100（百分比）、(a − b) ÷ b × 100（增长率），或只写一个编号（直接取值）。",
        "In input ids: a ÷ b × 1000 (per thousand), a ÷ b × 100 (percentage), (a − b) ÷ b × 100 (growth), or one id (the value itself).";
    RESULT_UNIT = "结果单位", "Result unit", false,
        "计算结果的单位，如 批次/千人 或 %。",
        "The unit of the result, e.g. 批次/千人 or %.";
    THRESHOLDS = "阈值", "Thresholds", false,
        "计分方式为计算时必填。每行一档，写成“≥ 门槛 = 分值”，门槛从小到大、分值不减；得达到的最高一档的分值，一档未达到得 0 分。最高一档等于分值。",
        "Required for calculators. One per line as \"≥ value = points\", values ascending, points not falling; the highest reached gives the points, none gives 0. The highest equals the points.";
    NA_ALLOWED = "可标为不适用", "N/A allowed", false,
        "是 或 否（留空为否）：本市没有相应业态时可标为不适用。",
        "Yes or no (blank is no): whether a city without the activity may mark it not applicable.";
    EVIDENCE = "佐证材料", "Evidence", false,
        "评审时查看的材料，每行一项。",
        "Documents reviewers look at, one per line.";
    DEPARTMENTS = "责任单位", "Departments", false,
        "通常负责的单位，每行一个。",
        "Departments usually responsible, one per line.";
    CONFIDENCE = "可信度", "Confidence", false,
        "有出处原文、据出处转述 或 推断；留空表示按官方文件原文录入（有出处原文）。",
        "Sourced, paraphrased or inferred; blank means typed from the official document (sourced).";
    SOURCES = "出处", "Sources", false,
        "出处表中的出处编号，多个用“、”分隔。",
        "IDs from the sources sheet, separated by commas.";
    NOTE = "出处说明", "Provenance note", false,
        "哪些内容有出处、哪些是推断。",
        "What is sourced and what is not.";
    EXAMPLE = "计分示例", "Example", false,
        "一个算分的例子，供培训使用，可留空。",
        "A worked scoring example for trainers; may be empty.";
    GROUP_ID = "大项编号", "Group ID", false,
        "大项的固定编号，如 basic；留空表示与上一行相同，新大项留空则自动编号。",
        "The group's permanent ID, e.g. basic; blank means the same as the row above, or a new ID for a new group.";
    GROUP_EN = "大项（英文）", "Group (English)", false, EN_HELP_ZH, EN_HELP_EN;
    GROUP_BONUS_CAP = "加分上限", "Bonus cap", false,
        "仅当该大项是加分项（如 示范引领）时填写：其各项得分相加后最多计入总分的分数，如 5。加分项不计入总分 100 分，也不能抵消否决项或关键项。填在该大项的每一行（数值相同）或只填第一行；普通大项留空。",
        "Only for a bonus block (e.g. 示范引领): the most its items together add to the total, e.g. 5. A bonus block is not part of the stated total and never makes up for a veto or a key item. Fill it on the group's rows (the same value) or on its first row only; leave it empty for an ordinary group.";
    NAME_EN = "评价指标（英文）", "Indicator (English)", false, EN_HELP_ZH, EN_HELP_EN;
    REQUIREMENT_EN = "评价标准（英文）", "Requirement (English)", false, EN_HELP_ZH, EN_HELP_EN;
    SCORING_EN = "评分标准（英文）", "Scoring (English)", false, EN_HELP_ZH, EN_HELP_EN;
    LEVELS_EN = "档次（英文）", "Levels (English)", false,
        "与档次列逐行对应，只写名称。",
        "Line by line with the levels column, names only.";
    SUB_ITEMS_EN = "评分要点（英文）", "Sub-items (English)", false,
        "与评分要点列逐行对应，只写内容。",
        "Line by line with the sub-items column, text only.";
    FINDING_EN = "扣分情形（英文）", "Finding (English)", false, EN_HELP_ZH, EN_HELP_EN;
    INPUTS_EN = "计算输入（英文）", "Calculator inputs (English)", false,
        "与计算输入列逐行对应，写成“名称 | 单位”。",
        "Line by line with the inputs column, as \"label | unit\".";
    RESULT_UNIT_EN = "结果单位（英文）", "Result unit (English)", false, EN_HELP_ZH, EN_HELP_EN;
    EVIDENCE_EN = "佐证材料（英文）", "Evidence (English)", false,
        "与佐证材料列逐行对应。",
        "Line by line with the evidence column.";
    DEPARTMENTS_EN = "责任单位（英文）", "Departments (English)", false,
        "与责任单位列逐行对应。",
        "Line by line with the departments column.";
    NOTE_EN = "出处说明（英文）", "Provenance note (English)", false, EN_HELP_ZH, EN_HELP_EN;
    EXAMPLE_EN = "计分示例（英文）", "Example (English)", false, EN_HELP_ZH, EN_HELP_EN;

    VETO_ID = "否决项编号", "ID", true,
        "否决项的固定编号，如 V-01，不可重复。",
        "The veto item's permanent ID, e.g. V-01; unique.";
    VETO_NAME = "名称", "Name", true,
        "否决项名称。",
        "Its short name (Chinese).";
    VETO_DESCRIPTION = "触发情形", "Description", true,
        "什么情况下否决。",
        "What triggers it (Chinese).";
    VETO_TEST = "判定方式", "Test", true,
        "是否声明（城市回答是或否，答“是”即否决）或 低于门槛（数值低于门槛即否决）。",
        "Declaration (the city answers yes or no; yes triggers it) or threshold (a value below the bar triggers it).";
    VETO_QUESTION = "问题", "Question", false,
        "判定方式为是否声明时必填；问法应使“是”为不利的回答。",
        "Required for a declaration, phrased so that yes is the bad answer.";
    VETO_FROM = "取值指标", "From indicator", false,
        "判定方式为低于门槛时：取值的计算型指标编号，如 C-02；留空则用本行的计算输入和公式。",
        "For a threshold: the calculator indicator giving the value, e.g. C-02; blank to use this row's own inputs and formula.";
    VETO_AT_LEAST = "门槛", "At least", false,
        "判定方式为低于门槛时必填：可接受的最低值。",
        "Required for a threshold: the least acceptable value.";
    VETO_QUESTION_EN = "问题（英文）", "Question (English)", false, EN_HELP_ZH, EN_HELP_EN;
    VETO_NAME_EN = "名称（英文）", "Name (English)", false, EN_HELP_ZH, EN_HELP_EN;
    VETO_DESCRIPTION_EN = "触发情形（英文）", "Description (English)", false, EN_HELP_ZH, EN_HELP_EN;

    SOURCE_ID = "出处编号", "ID", true,
        "出处的简短编号，指标和否决项的出处列引用它。",
        "A short key that the sources columns cite.";
    SOURCE_TITLE = "名称", "Title", true,
        "文件或网页的名称。",
        "Title of the document or page (Chinese).";
    SOURCE_TITLE_EN = "名称（英文）", "Title (English)", false, EN_HELP_ZH, EN_HELP_EN;
    SOURCE_ISSUER = "发布机关", "Issuer", false,
        "最初发布者（政府机关、报社），读者据此判断可信度；不要填转载网站。",
        "Who first issued it (a government office, a newspaper), which is what a reader trusts; not a site that copied it.";
    SOURCE_ISSUER_EN = "发布机关（英文）", "Issuer (English)", false, EN_HELP_ZH, EN_HELP_EN;
    SOURCE_PUBLICATION = "发布情况", "Publication", false,
        "在哪里、何时首次发布，如 文号、报纸和日期。",
        "Where and when it was first published, e.g. a document number, a newspaper and date.";
    SOURCE_PUBLICATION_EN = "发布情况（英文）", "Publication (English)", false, EN_HELP_ZH, EN_HELP_EN;
    SOURCE_URL = "网址", "URL", false,
        "发布机关自己网站上的网址，可留空。",
        "Address on the issuer's own site; may be empty.";
    SOURCE_COPY_URL = "转载网址", "Copy URL", false,
        "原文不在网上时，转载该文的其他网站的网址；界面标为“转载”。",
        "When the original is not online, the address of a copy on another site; shown as a copy (转载).";

    ITEM = "项目", "Item", true,
        "下列各项，每行一项。",
        "The items below, one per row.";
    VALUE = "内容", "Value", true,
        "该项的内容（中文）。",
        "The item's value (Chinese).";
    VALUE_EN = "内容（英文）", "Value (English)", false, EN_HELP_ZH, EN_HELP_EN;

    PACK_ID = "编号", "ID", true,
        "数据包的固定编号，如 nfsdc-2023；自评记录按编号对应。",
        "The pack's permanent ID, e.g. nfsdc-2023; assessments refer to it.";
    PACK_VERSION = "版本", "Version", true,
        "内容版本号（正整数）。编号不变而内容有改动时，如未提高版本号，导入时自动加 1。",
        "Content revision (a whole number). When the content changed under the same ID and this was not raised, the import adds 1.";
    PACK_TITLE = "标题", "Title", true,
        "评价细则的标题。",
        "Title of the criteria.";
    PACK_EDITION = "版次", "Edition", true,
        "如 2023。",
        "E.g. 2023.";
    PACK_ISSUER = "发布机关", "Issuer", true,
        "印发评价细则的机关。",
        "Who issues the criteria.";
    PACK_PROVENANCE = "来源说明", "Provenance", true,
        "内容从何而来、可信程度，向所有用户显示。",
        "Where the content comes from and how far it can be trusted; shown to every user.";
    PACK_OFFICIAL = "分值为官方分值", "Official points", true,
        "是 或 否：分值是否为官方文件的分值。",
        "Yes or no: whether the points are the official ones.";
    PACK_TOTAL = "总分", "Total points", true,
        "全部指标分值之和。",
        "The sum of all indicators' points.";
    PACK_PASS_MARK = "及格线", "Pass mark", true,
        "通过所需的最低总分。",
        "The least total that passes.";
    PACK_REBASE = "不适用指标折算", "Rebase N/A", true,
        "是 或 否：是否将标为不适用的指标剔除后按总分折算。",
        "Yes or no: whether N/A indicators leave the denominator and the total is rescaled.";
    PACK_PASS_RULE = "通过规则", "Pass rule", true,
        "用文字说明怎样才算通过，随结论显示。",
        "The pass rule in plain words, shown with the verdict.";
}

/// The 评价指标 sheet's columns, in template order: the familiar layout first, then the rule
/// details, the other fields, and the English texts.
pub(crate) const INDICATOR_COLUMNS: [&Column; 41] = [
    &GROUP,
    &ID,
    &NAME,
    &REQUIREMENT,
    &SCORING,
    &METHODS,
    &POINTS,
    &KEY_ITEM,
    &KEY_FLOOR,
    &VETOES,
    &RULE,
    &LEVELS,
    &SUB_ITEMS,
    &PER_FINDING,
    &FINDING,
    &INPUTS,
    &FORMULA,
    &RESULT_UNIT,
    &THRESHOLDS,
    &NA_ALLOWED,
    &EVIDENCE,
    &DEPARTMENTS,
    &CONFIDENCE,
    &SOURCES,
    &NOTE,
    &EXAMPLE,
    &GROUP_ID,
    &GROUP_EN,
    &GROUP_BONUS_CAP,
    &NAME_EN,
    &REQUIREMENT_EN,
    &SCORING_EN,
    &LEVELS_EN,
    &SUB_ITEMS_EN,
    &FINDING_EN,
    &INPUTS_EN,
    &RESULT_UNIT_EN,
    &EVIDENCE_EN,
    &DEPARTMENTS_EN,
    &NOTE_EN,
    &EXAMPLE_EN,
];

/// The 否决项 sheet's columns.
pub(crate) const VETO_COLUMNS: [&Column; 19] = [
    &VETO_ID,
    &VETO_NAME,
    &VETO_DESCRIPTION,
    &VETO_TEST,
    &VETO_QUESTION,
    &VETO_FROM,
    &VETO_AT_LEAST,
    &INPUTS,
    &FORMULA,
    &RESULT_UNIT,
    &CONFIDENCE,
    &SOURCES,
    &NOTE,
    &VETO_NAME_EN,
    &VETO_DESCRIPTION_EN,
    &VETO_QUESTION_EN,
    &INPUTS_EN,
    &RESULT_UNIT_EN,
    &NOTE_EN,
];

/// The 出处 sheet's columns.
pub(crate) const SOURCE_COLUMNS: [&Column; 9] = [
    &SOURCE_ID,
    &SOURCE_TITLE,
    &SOURCE_TITLE_EN,
    &SOURCE_ISSUER,
    &SOURCE_ISSUER_EN,
    &SOURCE_PUBLICATION,
    &SOURCE_PUBLICATION_EN,
    &SOURCE_URL,
    &SOURCE_COPY_URL,
];

/// The 数据包 sheet's columns: one item per row.
pub(crate) const PACK_COLUMNS: [&Column; 3] = [&ITEM, &VALUE, &VALUE_EN];

/// The 数据包 sheet's rows.
pub(crate) const PACK_ITEMS: [&Column; 11] = [
    &PACK_ID,
    &PACK_VERSION,
    &PACK_TITLE,
    &PACK_EDITION,
    &PACK_ISSUER,
    &PACK_PROVENANCE,
    &PACK_OFFICIAL,
    &PACK_TOTAL,
    &PACK_PASS_MARK,
    &PACK_REBASE,
    &PACK_PASS_RULE,
];

/// The veto items whose value is this indicator's, sorted: what the 否决项 column shows.
pub(crate) fn reading_vetoes(vetoes: &[Veto], id: &str) -> Vec<String> {
    let mut ids: Vec<String> = vetoes
        .iter()
        .filter(|v| {
            matches!(
                &v.test,
                VetoTest::Threshold {
                    value: VetoValue::Indicator { indicator },
                    ..
                } if indicator == id
            )
        })
        .map(|v| v.id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_unique_within_each_sheet_in_both_languages() {
        let sheets: [&[&Column]; 4] = [
            &INDICATOR_COLUMNS,
            &VETO_COLUMNS,
            &SOURCE_COLUMNS,
            &PACK_ITEMS,
        ];
        for columns in sheets {
            let mut seen = std::collections::HashSet::new();
            for column in columns {
                assert!(seen.insert(normalize(column.zh)), "{}", column.zh);
                assert!(seen.insert(normalize(column.en)), "{}", column.en);
            }
        }
    }

    #[test]
    fn titles_match_loosely() {
        assert!(NAME_EN.matches(" 评价指标 (英文) "));
        assert!(NAME_EN.matches("indicator (ENGLISH)"));
        assert!(!NAME.matches("评价指标（英文）"));
    }
}
