//! Import errors: where (sheet, row, column as the user sees them in Excel) and what, with a
//! message in Chinese or English that says what is wrong and what would be right.

use super::table::column_letters;
use crate::message::{pick, Localize};
use crate::pack::PackError;
use crate::Lang;
use std::fmt;

/// A problem in an imported spreadsheet, located as precisely as it can be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    /// The sheet's name as in the file; empty for a problem with the file itself.
    pub sheet: String,
    /// 1-based row, when the problem is in one row.
    pub row: Option<u32>,
    /// 1-based column, when the problem is in one column.
    pub column: Option<u32>,
    /// The column's title as written in the file's header row.
    pub column_name: Option<String>,
    /// What is wrong.
    pub kind: SheetErrorKind,
}

impl SheetError {
    /// The column as Excel letters (`G`, `AA`), when the problem is in one column.
    pub fn column_letters(&self) -> Option<String> {
        self.column.map(column_letters)
    }
}

/// What kind of number a cell should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// Points: at most one decimal (3, 2.5).
    Points,
    /// A whole percentage 0–100 (a key item's floor).
    Percent,
    /// A measured value, up to six decimals (a threshold).
    Value,
    /// A whole number ≥ 1 (a version).
    Whole,
}

/// The written form a cell should follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// `[id] name = points`, one level per line.
    Levels,
    /// `[id] text = points`, one sub-item per line.
    SubItems,
    /// `[id] label | unit | kind`, one input per line.
    CalcInputs,
    /// `a ÷ b × 1000`, `a ÷ b × 100`, `(a − b) ÷ b × 100` or `a`.
    Formula,
    /// `≥ value = points`, one per line.
    Thresholds,
    /// 是 or 否.
    YesNo,
    /// A 测评方式 label.
    Method,
    /// A 可信度 label.
    Confidence,
    /// 是否声明 or 低于门槛.
    VetoTest,
    /// `A 无证经营`, one lettered finding per line.
    FindingOptions,
    /// An English list longer than its Chinese list.
    EnglishLines {
        /// Lines in the Chinese column.
        expected: usize,
    },
    /// A key-item floor on an indicator marked as not a key item.
    KeyFloor,
}

/// Which stated points a sum is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointsPart {
    /// All indicators' points against the pack's total.
    Total,
    /// The best level against the indicator's points.
    Levels,
    /// The sub-items' points against the indicator's points.
    SubItems,
    /// The highest threshold's points against the indicator's points.
    Thresholds,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetErrorKind {
    /// The bytes are not UTF-8, UTF-16 or GB18030 text.
    Encoding {
        /// The bytes are an .xlsx (zip) file.
        looks_like_xlsx: bool,
    },
    /// A quoted CSV field never ends.
    UnterminatedQuote,
    /// No header row, or no data under it.
    NoData,
    /// A workbook of several sheets without the one named.
    MissingSheet {
        /// The sheet expected.
        sheet: String,
    },
    /// A required column is missing from the header row.
    MissingColumn {
        /// Its Chinese title.
        column: String,
        /// Its English title, accepted as well.
        alias: String,
    },
    /// Two columns have the same title.
    DuplicateColumn {
        /// The title.
        column: String,
        /// 1-based column of the first one.
        first_column: u32,
    },
    /// A required row of the 数据包 sheet is missing.
    MissingRow {
        /// The item the row should name, in Chinese.
        item: String,
        /// Its English name, accepted as well.
        alias: String,
    },
    /// Merged cells in the table.
    MergedCells {
        /// The range, e.g. `A3:A20`.
        range: String,
    },
    /// A formula where a value is needed.
    Formula {
        /// The formula's cached text, if the file had one.
        cached: String,
    },
    /// A blank row with data below it.
    EmptyRowInMiddle {
        /// The next row that has data.
        next_row: u32,
    },
    /// More data rows than an import accepts.
    TooManyRows {
        /// The limit.
        limit: u32,
        /// How many there are.
        found: usize,
    },
    /// A cell that must be filled is empty.
    Required {
        /// The choice that makes it required (a 计分方式, 判定方式 or 关键项), as written.
        when: Option<String>,
    },
    /// Not a number of the kind needed.
    NotANumber {
        /// What the cell holds.
        found: String,
        /// What it should hold.
        expected: NumberKind,
    },
    /// An ID used twice.
    DuplicateId {
        /// The ID.
        id: String,
        /// The row where it was first used, when on the same sheet.
        first_row: Option<u32>,
    },
    /// A 计分方式 that names no rule.
    UnknownRule {
        /// What the cell holds.
        found: String,
    },
    /// A 业态 the type list does not know (a check sheet is for a known type).
    UnknownUnitType {
        /// What the cell holds.
        found: String,
    },
    /// An indicator ID the criteria do not have (a check item scores one of them).
    UnknownIndicator {
        /// What the cell holds.
        found: String,
    },
    /// A check sheet's title or 业态 written differently on two of its rows.
    SheetInconsistent {
        /// What this row says.
        found: String,
        /// What the sheet's first row says.
        expected: String,
        /// That first row.
        first_row: u32,
    },
    /// A cell not written in the form its column asks for.
    BadSyntax {
        /// The offending text (the line, for a multi-line cell).
        found: String,
        /// The form expected.
        expected: Syntax,
    },
    /// A 大项 named differently on two rows with the same 大项编号.
    Inconsistent {
        /// What this row says.
        found: String,
        /// What the first row of the group says.
        expected: String,
        /// That first row.
        first_row: u32,
    },
    /// The 否决项 column disagrees with the veto items that read this indicator.
    VetoMismatch {
        /// What the cell lists.
        listed: String,
        /// What the veto items say.
        expected: String,
    },
    /// Points that do not add up to what is stated.
    PointsTotal {
        /// Which sum.
        part: PointsPart,
        /// The stated points.
        stated: String,
        /// What the parts add up to.
        sum: String,
    },
    /// Thresholds not ascending, or points falling as the value rises.
    ThresholdsOrder {
        /// 1-based position of the first threshold out of order.
        position: usize,
    },
    /// A problem found by pack validation, the same checks embedded packs pass.
    Invalid(Box<PackError>),
    /// The list was cut short.
    TooManyErrors {
        /// How many errors are listed.
        shown: usize,
    },
}

impl Localize for SheetError {
    fn message(&self, lang: Lang) -> String {
        format!("{}{}", self.place(lang), self.kind.message(lang))
    }
}

impl SheetError {
    /// "评价指标 表第 12 行 G 列（分值）：" / "Sheet 评价指标, row 12, column G (分值): ".
    fn place(&self, lang: Lang) -> String {
        let column = self.column.map(|c| {
            let letters = column_letters(c);
            match (&self.column_name, lang) {
                (Some(name), Lang::Zh) => format!("{letters} 列（{name}）"),
                (None, Lang::Zh) => format!("{letters} 列"),
                (Some(name), Lang::En) => format!("column {letters} ({name})"),
                (None, Lang::En) => format!("column {letters}"),
            }
        });
        match lang {
            Lang::Zh => {
                let mut out = String::new();
                if !self.sheet.is_empty() {
                    out.push_str(&format!("{} 表", self.sheet));
                }
                if let Some(row) = self.row {
                    out.push_str(&format!("第 {row} 行"));
                }
                if let Some(column) = column {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(&column);
                }
                if out.is_empty() {
                    out.push_str("文件");
                }
                out.push('：');
                out
            }
            Lang::En => {
                let mut parts = Vec::new();
                if !self.sheet.is_empty() {
                    parts.push(format!("Sheet {}", self.sheet));
                }
                if let Some(row) = self.row {
                    parts.push(format!("row {row}"));
                }
                parts.extend(column);
                if parts.is_empty() {
                    parts.push("File".into());
                }
                let mut out = parts.join(", ");
                if let Some(first) = out.get(..1) {
                    out = first.to_uppercase() + &out[1..];
                }
                out.push_str(": ");
                out
            }
        }
    }
}

impl Localize for NumberKind {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            NumberKind::Points => (
                "应填写如 3 或 2.5 的数字（最多一位小数）",
                "expected a number such as 3 or 2.5 (at most one decimal)",
            ),
            NumberKind::Percent => (
                "应填写 0 到 100 的整数，如 60（表示 60%）",
                "expected a whole number from 0 to 100, such as 60 (for 60%)",
            ),
            NumberKind::Value => (
                "应填写如 4、85 或 0.5 的数字（最多六位小数）",
                "expected a number such as 4, 85 or 0.5 (at most six decimals)",
            ),
            NumberKind::Whole => (
                "应填写正整数，如 1 或 2",
                "expected a whole number such as 1 or 2",
            ),
        };
        pick(lang, zh.into(), en.into())
    }
}

impl Localize for Syntax {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            Syntax::Levels => (
                "档次每行一档，应写成“[编号] 名称 = 分值”，如 [met] 符合 = 3（编号可省略）".into(),
                "levels go one per line as \"[id] name = points\", e.g. [met] 符合 = 3 (the id may be left out)".into(),
            ),
            Syntax::SubItems => (
                "评分要点每行一条，应写成“[编号] 内容 = 分值”，如 [rules] 有工作规则 = 1（编号可省略）".into(),
                "sub-items go one per line as \"[id] text = points\", e.g. [rules] 有工作规则 = 1 (the id may be left out)".into(),
            ),
            Syntax::CalcInputs => (
                "计算输入每行一项，应写成“[编号] 名称 | 单位 | 类型”，类型为 计数、人口、数值 或 百分比，如 [batches] 抽检批次 | 批次 | 计数".into(),
                "inputs go one per line as \"[id] label | unit | kind\", kind being count, population, amount or percent, e.g. [batches] 抽检批次 | 批次 | count".into(),
            ),
            Syntax::Formula => (
                "公式应使用计算输入的编号，写成 a ÷ b × 1000（每千人）、a ÷ b × 100（百分比）、(a − b) ÷ b × 100（增长率）或单独一个编号".into(),
                "the formula uses input ids: a ÷ b × 1000 (per thousand), a ÷ b × 100 (percentage), (a − b) ÷ b × 100 (growth) or a single id".into(),
            ),
            Syntax::Thresholds => (
                "阈值每行一档，应写成“≥ 门槛 = 分值”，如 ≥4 = 3".into(),
                "thresholds go one per line as \"≥ value = points\", e.g. ≥4 = 3".into(),
            ),
            Syntax::YesNo => ("应填写“是”或“否”".into(), "expected 是 (yes) or 否 (no)".into()),
            Syntax::Method => (
                "测评方式应为 资料审查、现场检查·明查、现场检查·暗访、访谈、问卷测评 中的一项或多项，用“、”分隔".into(),
                "methods are one or more of 资料审查, 现场检查·明查, 现场检查·暗访, 访谈, 问卷测评 (or document review, site inspection (announced), site inspection (covert), interview, survey), separated by 、 or commas".into(),
            ),
            Syntax::Confidence => (
                "可信度应为 有出处原文、据出处转述 或 推断".into(),
                "confidence is 有出处原文 (sourced), 据出处转述 (paraphrased) or 推断 (inferred)".into(),
            ),
            Syntax::VetoTest => (
                "判定方式应为“是否声明”或“低于门槛”".into(),
                "the test is 是否声明 (declaration) or 低于门槛 (threshold)".into(),
            ),
            Syntax::FindingOptions => (
                "问题选项每行一项，应写成“字母 问题”，字母为 A–Z 且不重复，如 A 无证经营".into(),
                "findings go one per line as \"letter text\", letters A–Z used once each, e.g. A 无证经营".into(),
            ),
            Syntax::EnglishLines { expected } => (
                format!("英文的行数多于中文（中文有 {expected} 行）；英文应与中文逐行对应"),
                format!("more English lines than Chinese ones ({expected}); the English goes line by line with the Chinese"),
            ),
            Syntax::KeyFloor => (
                "关键项为“否”时关键项下限应留空；如是关键项，请在关键项列填“是”".into(),
                "a floor is given but the key-item column says no; leave the floor empty or answer yes".into(),
            ),
        };
        pick(lang, zh, en)
    }
}

impl Localize for SheetErrorKind {
    fn message(&self, lang: Lang) -> String {
        use SheetErrorKind::*;
        let (zh, en) = match self {
            Encoding { looks_like_xlsx: true } => (
                "这是 Excel（.xlsx）文件而不是 CSV 文件，请按 Excel 文件导入。".into(),
                "this is an Excel (.xlsx) file, not CSV; import it as an Excel file.".into(),
            ),
            Encoding { looks_like_xlsx: false } => (
                "无法识别文件的文字编码；请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，或保存为 GBK 编码的 CSV。".into(),
                "the text encoding is not recognised; in Excel use Save As → CSV UTF-8 (comma delimited), or save a GBK-encoded CSV.".into(),
            ),
            UnterminatedQuote => (
                "从这里开始的引号没有结束（文件可能被截断）；带引号的单元格应以另一个英文双引号 \" 结束。".into(),
                "the quote opened here never closes (the file may be cut short); a quoted cell ends with another double quote \".".into(),
            ),
            NoData => (
                "表中没有数据；第 1 行应为列标题，下面每行一个条目。".into(),
                "the sheet has no data; row 1 holds the column titles and each row below one entry.".into(),
            ),
            MissingSheet { sheet } => (
                format!("工作簿中没有“{sheet}”表；请保留模板中的“{sheet}”表。"),
                format!("the workbook has no sheet named \"{sheet}\"; keep the template's \"{sheet}\" sheet."),
            ),
            MissingColumn { column, alias } => (
                format!("缺少“{column}”列；表头行中应有一列标题为“{column}”（或英文“{alias}”）。"),
                format!("the column \"{alias}\" is missing; the header row needs a column titled \"{alias}\" (or \"{column}\")."),
            ),
            DuplicateColumn { column, first_column } => {
                let first = column_letters(*first_column);
                (
                    format!("“{column}”列出现了两次（另一列在 {first} 列）；每个列标题只能出现一次。"),
                    format!("the column \"{column}\" appears twice (also column {first}); each title may appear once."),
                )
            }
            MissingRow { item, alias } => (
                format!("缺少“{item}”一行；项目列中应有一行写“{item}”（或英文“{alias}”）。"),
                format!("the row \"{alias}\" is missing; the item column needs a row named \"{alias}\" (or \"{item}\")."),
            ),
            MergedCells { range } => (
                format!("{range} 是合并单元格；请取消合并，在每一行分别填写（大项可只填第一行，下面留空表示相同）。"),
                format!("{range} is a merged cell; unmerge it and fill each row (a group may be given on its first row only; blank means the same)."),
            ),
            Formula { cached } => {
                let (zh_shown, en_shown) = if cached.trim().is_empty() {
                    (String::new(), String::new())
                } else {
                    (format!("（显示为“{cached}”）"), format!(" (showing \"{cached}\")"))
                };
                (
                    format!("单元格是公式{zh_shown}；导入只读取数值，请复制后用“选择性粘贴 → 数值”替换公式。"),
                    format!("the cell holds a formula{en_shown}; the import reads values only, so copy it and use Paste Special → Values."),
                )
            }
            EmptyRowInMiddle { next_row } => (
                format!("这是一个空行，但第 {next_row} 行还有数据；表格中间不能留空行，请删除这一行。"),
                format!("this row is empty but row {next_row} has data; remove empty rows between entries."),
            ),
            TooManyRows { limit, found } => (
                format!("数据有 {found} 行，超过上限 {limit} 行；一次最多导入 {limit} 行，请删除多余的行。"),
                format!("{found} data rows exceed the limit of {limit}; an import takes at most {limit} rows."),
            ),
            Required { when: None } => (
                "不能为空，请填写。".into(),
                "this cell must be filled in.".into(),
            ),
            Required { when: Some(choice) } => (
                format!("选择“{choice}”时此处必须填写。"),
                format!("this cell is required with \"{choice}\"."),
            ),
            NotANumber { found, expected } => (
                format!("“{found}”不是有效的数字，{}。", expected.message(Lang::Zh)),
                format!("\"{found}\" is not a valid number; {}.", expected.message(Lang::En)),
            ),
            DuplicateId { id, first_row: Some(first) } => (
                format!("编号“{id}”重复（第 {first} 行已经使用）；每个编号只能出现一次。"),
                format!("the ID \"{id}\" is already used on row {first}; each ID may appear once."),
            ),
            DuplicateId { id, first_row: None } => (
                format!("编号“{id}”重复；每个编号只能出现一次。"),
                format!("the ID \"{id}\" is used twice; each ID may appear once."),
            ),
            UnknownRule { found } => (
                format!("未知的计分方式“{found}”；应填写 档次、评分要点、评分要点（全部满足）、扣分 或 计算。"),
                format!("unknown rule \"{found}\"; expected levels, sub-items, sub-items (all required), deductions or calculator."),
            ),
            UnknownUnitType { found } => (
                format!("未知的业态“{found}”；应为业态清单中的一类（如 小餐饮、农贸市场）。"),
                format!("unknown type \"{found}\"; expected one of the type list (e.g. 小餐饮, 农贸市场)."),
            ),
            UnknownIndicator { found } => (
                format!("评价细则中没有指标“{found}”；应填写细则中的指标编号（如 P-11）。"),
                format!("the criteria have no indicator \"{found}\"; expected an indicator ID of the criteria (e.g. P-11)."),
            ),
            SheetInconsistent { found, expected, first_row } => (
                format!("“{found}”与第 {first_row} 行同一检查表写的“{expected}”不一致；同一检查表的各行应写同一名称和业态。"),
                format!("\"{found}\" differs from \"{expected}\" on row {first_row} of the same sheet; every row of a sheet gives the same title and type."),
            ),
            BadSyntax { found, expected } => (
                format!("“{found}”的写法无法识别；{}。", expected.message(Lang::Zh)),
                format!("\"{found}\" cannot be read; {}.", expected.message(Lang::En)),
            ),
            Inconsistent { found, expected, first_row } => (
                format!("“{found}”与第 {first_row} 行同一大项写的“{expected}”不一致；同一大项应写同一名称。"),
                format!("\"{found}\" differs from \"{expected}\" given for the same group on row {first_row}; a group has one name."),
            ),
            VetoMismatch { listed, expected } => {
                let (zh_expected, en_expected) = if expected.is_empty() {
                    ("否决项表中没有取值自本指标的否决项".to_owned(), "no veto item reads this indicator".to_owned())
                } else {
                    (format!("否决项表中取值自本指标的是“{expected}”"), format!("the veto items reading this indicator are \"{expected}\""))
                };
                (
                    format!("填写了“{listed}”，但{zh_expected}；此列应与否决项表一致，或留空。"),
                    format!("lists \"{listed}\" but {en_expected}; make this column agree with the veto sheet, or leave it empty."),
                )
            }
            PointsTotal { part, stated, sum } => match part {
                PointsPart::Total => (
                    format!("各指标分值合计为 {sum}，与总分 {stated} 不符；应调整各指标分值使合计等于总分，或修改数据包表中的总分。"),
                    format!("the indicators' points add up to {sum}, not the total {stated}; adjust the points or the total on the pack sheet."),
                ),
                PointsPart::Levels => (
                    format!("最高档次为 {sum} 分，与分值 {stated} 不符；最高一档应等于分值。"),
                    format!("the best level gives {sum}, but the indicator is worth {stated}; the best level should equal the points."),
                ),
                PointsPart::SubItems => (
                    format!("评分要点的分值合计为 {sum}，与分值 {stated} 不符；各条分值之和应等于分值。"),
                    format!("the sub-items add up to {sum}, but the indicator is worth {stated}; they should add up to the points."),
                ),
                PointsPart::Thresholds => (
                    format!("最高一档阈值得 {sum} 分，与分值 {stated} 不符；最高一档应等于分值。"),
                    format!("the highest threshold gives {sum}, but the indicator is worth {stated}; it should equal the points."),
                ),
            },
            ThresholdsOrder { position } => (
                format!("第 {position} 档阈值顺序错误；门槛应从小到大排列，分值不能随之减少，如 ≥1 = 1；≥2 = 3。"),
                format!("threshold {position} is out of order; values must ascend and points must not fall, e.g. ≥1 = 1; ≥2 = 3."),
            ),
            Invalid(error) => (
                format!("{}（{}）。", error.kind.message(Lang::Zh), error.location.message(Lang::Zh)),
                format!("{} ({}).", error.kind.message(Lang::En), error.location.message(Lang::En)),
            ),
            TooManyErrors { shown } => (
                format!("错误太多，只列出了前 {shown} 条；请先改正以上错误再导入。"),
                format!("too many errors; only the first {shown} are listed. Fix these and import again."),
            ),
        };
        pick(lang, zh, en)
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SheetError {}

impl SheetError {
    /// An error at a cell (or a row, or a whole sheet) of the named sheet.
    pub(crate) fn at(
        sheet: &str,
        row: Option<u32>,
        column: Option<(u32, &str)>,
        kind: SheetErrorKind,
    ) -> SheetError {
        SheetError {
            sheet: sheet.to_owned(),
            row,
            column: column.map(|(c, _)| c),
            column_name: column.map(|(_, name)| name.to_owned()),
            kind,
        }
    }
}
